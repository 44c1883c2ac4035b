#pragma once

#include "widgets/WidgetsFwd.h"

#include "domain/Validation.h"
#include "editing/EditDocument.h"
#include "forms/Binder.h"
#include "households/Lookups.h"
#include "Page.h"

#include <QHash>
#include <QStyle>
#include <QWidget>

#include <memory>

namespace Passerelle::Ui {

class ChildTable;

/// The editor of one kind of record (an action, a partner, an agency, a user, the
/// organisation): optionally a list to choose the record, its form, and New / Undo (Ctrl+Z) /
/// Redo (Ctrl+Shift+Z) / Revert / Save (Ctrl+S) with a "modified" indicator. The record is an
/// EditDocument, as the household file and the committees are: every change is a step that
/// can be undone until saved (keystrokes in one field make one step). Leaving a modified
/// record (choosing another one, New, closing the window) asks first, so nothing is lost
/// silently. The rules are core's Validation: each message shows beside its field.
class RecordEditor : public QWidget
{
    Q_OBJECT

public:
    enum class Shape { ListAndForm, FormOnly };

    RecordEditor(AppContext &context, Shape shape, QWidget *parent = nullptr);

    bool isModified() const { return modified(); }
    /// When the record has unsaved changes, asks whether to save them, drop them or stay.
    /// True when the caller may go on (nothing left unsaved that the user wanted).
    bool maybeLeave();
    /// Saves the record; on failure shows why and keeps the changes. True when saved.
    bool save();
    /// Drops the changes and shows the record as stored.
    void revert();
    /// Starts a new record (after asking about unsaved changes).
    bool startNew();
    /// Reloads the choices and the list, and the record unless it has unsaved changes.
    void refresh();
    /// Shows the record `id` (after asking about unsaved changes). False when refused.
    bool select(Id id);

    QTableWidget *list() const { return m_list; }
    const Lookups &lookups() const { return m_lookups; }
    /// The line above the form that says what happened to the last save.
    QString statusText() const;

Q_SIGNALS:
    void modifiedChanged(bool modified);
    void saved(Id id);

protected:
    struct ListRow
    {
        Id id = 0;
        QStringList cells;
        bool inactive = false; ///< shown dimmed
    };

    // --- what a kind of record provides ---------------------------------------------------
    virtual QStringList listHeaders() const { return {}; }
    virtual Result<QList<ListRow>> listRows() const { return QList<ListRow>(); }
    /// Loads the record `id` (0: a new one) as both the stored and the edited record.
    virtual Status load(Id id) = 0;
    virtual Id currentId() const = 0;
    virtual bool modified() const = 0;
    virtual Problems problems() const = 0;
    /// Writes the edited record; on success it becomes the stored one. Returns its id.
    virtual Result<Id> store() = 0;
    /// Makes the stored record the edited one again.
    virtual void discard() = 0;
    /// Fills the widgets from the edited record.
    virtual void showRecord() = 0;
    /// The heading of the form ("LAAVA — Logement…", "New action").
    virtual QString heading() const = 0;
    /// Records the form's record, as the user just changed it, as one step of the history
    /// named `text`; `mergeKey` (the field typed in) merges keystrokes. RecordEditorOf<T>
    /// does it.
    virtual void commit(const QString &text, const QString &mergeKey)
    {
        Q_UNUSED(text)
        Q_UNUSED(mergeKey)
    }
    /// Goes back to the stored record as a step that can be undone (RecordEditorOf<T>), or
    /// drops the changes.
    virtual void revertRecord() { discard(); }
    /// The reference data changed (an entry added to a list…): rebuild the choices.
    virtual void lookupsChanged() {}
    /// The user just changed the record (what depends on it may show it).
    virtual void recordEdited() {}

    // --- helpers for the subclasses ----------------------------------------------------------
    AppContext &context() const { return m_context; }
    /// The widget the subclass builds its form in (inside a scroll area).
    QWidget *formArea() const { return m_form; }
    QVBoxLayout *formLayout() const { return m_formLayout; }
    /// True while showRecord() fills the widgets: their signals are not user edits.
    bool filling() const { return m_filling; }
    /// To call after every user edit: records it as a step named `text` (undoable), updates
    /// the indicator and the messages.
    void changed(const QString &text = {});
    /// The same, for a change that says itself which steps it merges with (`mergeKey`, the
    /// field typed in; none: a step of its own).
    void changed(const QString &text, const QString &mergeKey);
    /// A binder of the fields of `part` (the record, or a part of it) to this editor: each
    /// change the user makes is written into `part`, then changed(). The messages of its
    /// rows show the problems of their fields, as long as the binder lives.
    template <typename P>
    std::shared_ptr<Forms::Binder<P>> binder(P *part)
    {
        auto made = std::make_shared<Forms::Binder<P>>(
            this, [part] { return part; },
            [this, part](const QString &text, const typename Forms::Binder<P>::Change &change,
                         const QString &mergeKey) {
                change(*part);
                changed(text, mergeKey);
            },
            Forms::Commit::Live);
        m_binderMessages.removeIf([](const auto &messages) { return messages.expired(); });
        m_binderMessages.append(std::shared_ptr<TabForms::FormMessages>(made, &made->messages()));
        return made;
    }
    /// The history the Undo and Redo buttons and shortcuts work on.
    void setHistory(EditHistory *history);
    /// Shows the record again (after an undo or a redo).
    void showCurrent();
    /// A message shown beside the field `field` (object name message_<field>).
    FieldMessage *message(const QString &field, QWidget *parent);
    /// A group box `title` of the form, with a form layout whose fields take the width (the
    /// box is the layout's parentWidget()).
    QFormLayout *formGroup(const QString &title);
    /// The children `name` of the record ("fundingLines"), listed in a group box `title` added
    /// to the form and edited in the form of the child chosen; each change is a step named
    /// `editText`. The caller gives the table its children and their fields (setChildren).
    ChildTable *childTable(const QString &title, const QString &name, const QString &addText,
                           const QString &emptyText, const QString &editText);
    /// The text of the New button ("New action").
    void setNewText(const QString &text);
    /// Puts `pane` left of the heading and the form: how a form-only editor chooses what it
    /// edits (the reference lists).
    void addSidePane(QWidget *pane);
    /// Shows the problems beside their fields (and in the child tables).
    void showProblems(const Problems &problems);
    /// Shows a sentence above the form; `error` colours it as a failure.
    void setStatus(const QString &text, bool error);
    /// The list of records, reloaded; keeps the current selection.
    void fillList();

private:
    void updateIndicator();
    void selectRowOf(Id id);

    AppContext &m_context;
    Shape m_shape;
    QSplitter *m_splitter = nullptr;
    Lookups m_lookups;
    QString m_lookupsKey;
    QTableWidget *m_list = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_modified = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QToolButton *m_undo = nullptr;
    QToolButton *m_redo = nullptr;
    QWidget *m_form = nullptr;
    QVBoxLayout *m_formLayout = nullptr;
    QHash<QString, FieldMessage *> m_messages;
    QList<std::weak_ptr<TabForms::FormMessages>> m_binderMessages;
    QList<ChildTable *> m_tables;
    bool m_filling = false;
    bool m_selecting = false;
    bool m_wasModified = false;
};

/// A RecordEditor of records of type T: the form writes into `working` (a member of the
/// subclass), and each change becomes a step of an EditDocument<T>.
template <typename T>
class RecordEditorOf : public RecordEditor
{
public:
    RecordEditorOf(AppContext &context, Shape shape, T *working, QWidget *parent = nullptr)
        : RecordEditor(context, shape, parent), m_working(working)
    {
        setHistory(&m_document);
        QObject::connect(&m_document, &EditHistory::changed, this, [this] {
            if (m_committing)
                return;
            *m_working = m_document.edited(); // an undo, a redo or a revert
            showCurrent();
        });
    }

protected:
    const T &stored() const { return m_document.stored(); }
    const T &working() const { return *m_working; }
    /// `record` was read from (or written to) the database: it is the one shown and saved.
    void loaded(const T &record)
    {
        m_committing = true;
        m_document.reset(record);
        *m_working = record;
        m_committing = false;
    }
    /// load() of a record read by `repository.get(id)` (a new one for 0).
    template <typename Repository>
    Status loadFrom(const Repository &repository, Id id)
    {
        if (id <= 0) {
            loaded(T{});
            return {};
        }
        PASSERELLE_TRY(record, repository.get(id));
        loaded(record);
        return {};
    }
    /// store() of a record written by `repository.save(scope, record)`, which gives it its id.
    template <typename Repository>
    Result<Id> storeIn(const Repository &repository)
    {
        T copy = *m_working;
        PASSERELLE_CHECK(repository.save(this->context().scope(), copy));
        loaded(copy);
        return copy.id;
    }
    bool modified() const override { return m_document.isModified(); }
    void discard() override
    {
        loaded(m_document.stored());
    }
    void revertRecord() override
    {
        m_committing = true;
        m_document.revert(RecordEditor::tr("Revert the changes"));
        *m_working = m_document.edited();
        m_committing = false;
    }
    void commit(const QString &text, const QString &mergeKey) override
    {
        m_committing = true;
        m_document.edit(
            text.isEmpty() ? RecordEditor::tr("Edit %1").arg(heading()) : text,
            [record = *m_working](T &edited) { edited = record; }, mergeKey);
        m_committing = false;
    }

private:
    T *m_working;
    EditDocument<T> m_document;
    bool m_committing = false;
};

/// A RecordEditorOf a directory record (an action, a partner, an agency): `Repo` of
/// core/storage reads it (`get(id)`) and writes it (`save(scope, record)`), core's
/// Validation::check finds its problems; the subclass only builds and shows its form.
template <typename T, typename Repo>
class RepositoryEditorOf : public RecordEditorOf<T>
{
public:
    using RecordEditorOf<T>::RecordEditorOf;

protected:
    Status load(Id id) override { return this->loadFrom(Repo(this->context().db()), id); }
    Result<Id> store() override { return this->storeIn(Repo(this->context().db())); }
    Id currentId() const override { return this->working().id; }
    Problems problems() const override
    {
        if constexpr (requires(const T &r, const ReferenceCatalog &c) {
                          Validation::check(r, c);
                      })
            return Validation::check(this->working(), this->lookups().catalog);
        else
            return Validation::check(this->working());
    }
};

/// A page of record editors in tabs (Actions & partners, Administration): under its title, a
/// tab per editor; an editor's tab with unsaved changes says so, even when another one is
/// shown, and neither leaving the page nor closing the main window drops them silently.
class EditorTabsPage : public Page
{
    Q_OBJECT

public:
    /// Asks about the unsaved changes of each editor; true when the page may be left.
    bool maybeLeave();
    /// Reloads every editor.
    void refresh() override;

protected:
    /// The page is named `name`; its subclass gives it its title (setHeading) and its tabs.
    EditorTabsPage(AppContext &context, const QString &name, QWidget *parent);
    void setHeading(const QString &title);
    QTabWidget *tabs() const { return m_tabs; }
    /// Adds the tab `text` showing `widget` (when there is one: nullptr for a tab the role
    /// may not see). A RecordEditor's tab says when it has unsaved changes, leaving the page
    /// asks about them, and refresh() reloads it.
    void addTab(QWidget *widget, QStyle::StandardPixmap icon, const QString &text);
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QLabel *m_heading = nullptr;
    QTabWidget *m_tabs = nullptr;
    QList<RecordEditor *> m_editors;
    QObject *m_watchedWindow = nullptr;
};

} // namespace Passerelle::Ui
