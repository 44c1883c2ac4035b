#pragma once

#include "domain/Validation.h"
#include "households/Lookups.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QTableWidget;
class QVBoxLayout;

namespace Passerelle::Ui {

class AppContext;
class ChildTable;
class FieldMessage;

/// The editor of one kind of record (an action, a partner, an agency, a user, the
/// organisation): optionally a list to choose the record, its form, and New / Save (Ctrl+S) /
/// Revert with a "modified" indicator. Changes stay in the form until saved; leaving a
/// modified record (choosing another one, New, closing the window) asks first, so nothing is
/// lost silently. The rules are core's Validation: each message shows beside its field.
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
    /// The reference data changed (an entry added to a list…): rebuild the choices.
    virtual void lookupsChanged() {}

    // --- helpers for the subclasses ----------------------------------------------------------
    AppContext &context() const { return m_context; }
    /// The widget the subclass builds its form in (inside a scroll area).
    QWidget *formArea() const { return m_form; }
    QVBoxLayout *formLayout() const { return m_formLayout; }
    /// True while showRecord() fills the widgets: their signals are not user edits.
    bool filling() const { return m_filling; }
    /// To call after every user edit: updates the indicator and the messages.
    void changed();
    /// A message shown beside the field `field` (object name message_<field>).
    FieldMessage *message(const QString &field, QWidget *parent);
    /// Adds a row "label: field + message" to a form, names the field after `field`, and
    /// makes the label's &-mnemonic reach it.
    void addRow(QFormLayout *form, const QString &label, QWidget *widget, const QString &field);
    void addTable(ChildTable *table) { m_tables << table; }
    /// The text of the New button ("New action").
    void setNewText(const QString &text);
    /// Shows the problems beside their fields (and in the child tables).
    void showProblems(const Problems &problems);
    /// Shows a sentence above the form; `error` colours it as a failure.
    void setStatus(const QString &text, bool error);
    /// The list of records, reloaded; keeps the current selection.
    void fillList();

private:
    void updateIndicator();
    void showCurrent();
    void selectRowOf(Id id);

    AppContext &m_context;
    Shape m_shape;
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
    QWidget *m_form = nullptr;
    QVBoxLayout *m_formLayout = nullptr;
    QHash<QString, FieldMessage *> m_messages;
    QList<ChildTable *> m_tables;
    bool m_filling = false;
    bool m_selecting = false;
    bool m_wasModified = false;
};

} // namespace Passerelle::Ui
