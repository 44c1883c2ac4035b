#pragma once

#include "households/HouseholdDocument.h"

#include <QWidget>

namespace Passerelle::Ui {

class AppContext;
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

} // namespace Passerelle::Ui
