#pragma once

#include "widgets/WidgetsFwd.h"

#include "households/HouseholdDocument.h"

#include <QWidget>

namespace Passerelle::Ui {

struct Lookups;

/// One tab of a household file (Situation, Logement & bail…). It shows the document's edited
/// file, and turns every change the user makes into one undoable edit of the document.
class HouseholdTab : public QWidget
{
    Q_OBJECT

public:
    HouseholdTab(HouseholdDocument &document, AppContext &context, const Lookups &lookups,
                 QWidget *parent = nullptr)
        : QWidget(parent), m_document(document), m_context(context), m_lookups(lookups)
    {
    }

    /// The tab's label, translated.
    virtual QString title() const = 0;
    /// Shows the document's current file (after an edit, an undo, a save...).
    virtual void refresh() = 0;
    /// Shows the record `id` of the tab (a diagnostic…); tabs without records ignore it.
    virtual void showRecord(Id id) { Q_UNUSED(id); }

Q_SIGNALS:
    /// Asks the window to bring the tab named `name` (its object name) forward, showing its
    /// record `id` (0: as it is): the next step of the work is in another tab.
    void showRequested(const QString &name, Id id);

protected:
    HouseholdDocument &document() const { return m_document; }
    const HouseholdFile &file() const { return m_document.file(); }
    AppContext &context() const { return m_context; }
    const Lookups &lookups() const { return m_lookups; }
    /// Records one edit; while refresh() fills the widgets, their signals are ignored.
    void edit(const QString &text, const std::function<void(HouseholdFile &)> &change)
    {
        if (!m_refreshing)
            m_document.edit(text, change);
    }
    /// Adds a record to `list` (a Forms::RecordList) as one undoable edit named `text`:
    /// `add(file, id)` appends it under the id given; the list chooses it and `focus` (when
    /// given) takes the keyboard.
    template <typename List, typename Add>
    void addRecord(List &list, const QString &text, QWidget *focus, Add add)
    {
        // The id the record will get: the edit applies to a copy of this same file.
        const Id id = m_document.file().nextTemporaryId();
        list.setCurrentId(id);
        edit(text, [id, add](HouseholdFile &f) { add(f, id); });
        if (focus)
            focus->setFocus();
    }
    /// Documents print what is saved: when the file has unsaved changes (or `mustSave`, for a
    /// record not yet in the database), asks to save it first, and saves. True when there is
    /// nothing left to save.
    bool saveBeforePrinting(const QString &title, bool mustSave = false);
    /// Use around the filling of widgets in refresh().
    struct Refreshing
    {
        explicit Refreshing(HouseholdTab *tab) : m_tab(tab) { m_tab->m_refreshing = true; }
        ~Refreshing() { m_tab->m_refreshing = false; }
        HouseholdTab *m_tab;
    };

private:
    HouseholdDocument &m_document;
    AppContext &m_context;
    const Lookups &m_lookups;
    bool m_refreshing = false;
};

/// A tab that shows one support at a time (Plan, Exit): a header chooses the action of the
/// support shown (its name alone when the household has one support), then comes the page of
/// that support, which scrolls, or a page that says why there is none.
class SupportTab : public HouseholdTab
{
    Q_OBJECT

public:
    using HouseholdTab::HouseholdTab;

    /// The action whose support is shown.
    Id actionId() const { return m_actionId; }
    void setActionId(Id actionId);

protected:
    /// Builds the tab: the header "`label` [choice]" (the choice named `objectName`, explained
    /// by `toolTip`), then the pages: `empty`, and the support's, whose layout it returns (its
    /// parentWidget() is the page).
    QVBoxLayout *buildPages(const QString &label, const QString &objectName,
                            const QString &toolTip, QWidget *empty);
    /// Lists the actions of the household's supports (then `alsoIds`) in the header; shows the
    /// one chosen while it is listed, else the support going on first (`none`: no support).
    void fillActions(const QString &none, const QList<Id> &alsoIds = {});
    /// Shows the support's page, or the empty page.
    void showSupportPage(bool shown);
    /// Another action is shown: what was chosen in the former one's support no longer is.
    virtual void actionChanged() {}
    RecordCombo *actionChoice() const { return m_action; }

private:
    Id m_actionId = 0;
    RecordCombo *m_action = nullptr;
    QLabel *m_actionName = nullptr;
    QStackedWidget *m_pages = nullptr;
};

} // namespace Passerelle::Ui
