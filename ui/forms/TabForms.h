#pragma once

#include "widgets/WidgetsFwd.h"

#include "domain/Types.h"
#include "domain/Validation.h"

#include <QHash>
#include <QList>
#include <QSize>
#include <QString>

class QBoxLayout;
class QAbstractItemModel;
class QColor;
class QHeaderView;
class QScrollArea;

namespace Passerelle {
struct HouseholdFile;
}

namespace Passerelle::Ui {

struct Lookups;

// Building blocks of the household tabs (and of the administration's editors), so that they
// look alike: a list of records chosen row by row (each row keeps its record's id) beside the
// form that edits the chosen one, with the message of each rule under its field.
namespace TabForms {

QGroupBox *group(const QString &title, QWidget *parent);

/// Shows a tab for reading only (a role that may not change it): text fields become read-only
/// (still selectable), every other input and button is disabled.
void makeReadOnly(QWidget *tab);

/// Gives `tab` a page that scrolls when the window is small; returns the page's layout (its
/// parentWidget() is the page).
QVBoxLayout *scrollingPage(QWidget *tab);

/// Keeps the focused field of `scroll`'s page in place on the screen when the page above it
/// grows (a message appears): the page scrolls by as much. scrollingPage() does it.
void anchorScrolling(QScrollArea *scroll);

/// A field whose text is not a value (a date « 31/02/19 », an amount « 12,3,4 »): saved as it
/// stands, its text would be lost without a word.
struct UnreadValue
{
    QWidget *field;
    QString message; ///< its label and what is wrong, in French
};
/// Takes what is typed in every enabled date and amount field under `root`, as leaving each
/// would: a save then holds every value typed, even in a field that lost the focus unseen.
void commitTypedValues(QWidget *root);
/// The enabled date and amount fields under `root` whose text cannot be read.
QList<UnreadValue> unreadValues(QWidget *root);
/// Commits what is typed (commitTypedValues), then, when unreadValues(root) finds any: says so in a box titled `title` (nothing saved), then
/// shows the first one, its text kept, to correct it; returns true. False when none.
bool refuseUnreadValues(QWidget *root, const QString &title);

/// A line that says why a list is empty and what to do.
QLabel *emptyState(const QString &text, QWidget *parent);

/// A heading: `text` in bold, `scale` times the size of the font around it.
QLabel *heading(const QString &text, qreal scale, QWidget *parent);

/// A line of help, greyed out, that wraps.
QLabel *hint(const QString &text, QWidget *parent);

/// The colour of what must catch the eye (overdue, late, open alert), as FieldMessage's.
QColor alertColour();

/// A date field as wide as a date, not as the form.
DateEdit *compact(DateEdit *edit);

/// Gives a window or dialog its first size: `preferred`, but never larger than the screen it
/// is on (95 % of the room left by the panels), so that its buttons stay within reach on a
/// 1366×768 laptop.
void resizeWithinScreen(QWidget *window, QSize preferred);

/// `widget` between `minimum` and `maximum` pixels high.
template <typename W>
W *sized(W *widget, int minimum, int maximum)
{
    widget->setMinimumHeight(minimum);
    widget->setMaximumHeight(maximum);
    return widget;
}

/// A free-text field of a bounded height, so that the lists around it keep the room.
FreeTextEdit *bounded(FreeTextEdit *edit, int lines);

/// Where the form of the record chosen in a list stands: under the list, or beside it.
enum class FormPlace { Under, Beside };

/// A list of records as every list of a household file shows it: the list, the line that says
/// why it is empty, a row of buttons under it, and the form of the record chosen (under or
/// beside the list). The caller names its buttons and fills `fields`.
struct ListSection
{
    ListSection(QGroupBox *box, QTableWidget *table, const QString &emptyText,
                FormPlace place = FormPlace::Under);
    /// The same, the form in a box of its own (`formBox`, placed by the caller) and hidden
    /// while no record is chosen.
    ListSection(QGroupBox *box, QTableWidget *table, const QString &emptyText, QGroupBox *formBox);
    /// A button in the row under the list, named `name`.
    QPushButton *button(const QString &text, const QString &name);

    QVBoxLayout *list; ///< the list, its empty state and its buttons
    QTableWidget *table;
    QLabel *empty;
    QHBoxLayout *buttons;
    QWidget *form;
    QFormLayout *fields;
    /// The form is hidden, rather than disabled, while no record is chosen.
    bool hideForm = false;

private:
    /// The list in `list`, the form in `form`.
    ListSection(QGroupBox *box, QTableWidget *table, const QString &emptyText, QWidget *form,
                QVBoxLayout *list);
};

/// A read-only list of records, one per row, chosen with the keyboard or the mouse; edited in
/// the form beside it, never in its cells.
QTableWidget *recordTable(const QString &objectName, const QStringList &headers, QWidget *parent);

/// Gives a list the height of its rows (at least `minRows`, at most `maxRows`, then it scrolls),
/// so that a short list does not take the room of the form under it.
void fitRows(QTableWidget *table, int minRows = 3, int maxRows = 8);

/// Sets the text of a cell, reusing its item so that filling never deletes an item in use.
QTableWidgetItem *setCell(QTableWidget *table, int row, int column, const QString &text);

/// A read-only cell.
QTableWidgetItem *cell(const QString &text);

/// Makes a row stand out (bold, in the alert colour) and says why in its tooltip.
void standOut(QTableWidget *table, int row, const QString &why);

/// The first line of a free text, for a list: cut to `maxLength` characters when longer (0: never),
/// and followed by "…" when the text goes on.
QString firstLine(const QString &text, int maxLength = 0);

/// The id kept by a row (in its first cell), and the row of an id (-1 when absent).
void setRowId(QTableWidget *table, int row, Id id);
Id rowId(const QTableWidget *table, int row);
int rowOf(const QTableWidget *table, Id id);

enum class RowLook { Normal, Planned, Warning };
/// Gives a row its look (planned: italic on a tinted background; warning: in red) and says
/// why in its tooltip.
void setRowLook(QTableWidget *table, int row, RowLook look, const QString &why = {});

/// A row in red when its record breaks a rule, every message in its tooltip; normal otherwise.
void setRowProblems(QTableWidget *table, int row, const Problems &problems);

/// Selects a row without the table's signals (while filling it).
void selectRow(QTableWidget *table, int row);

/// Ends the filling of a list: shows it, or its empty state when it has no row, and selects
/// the record `current` when it is still listed, else the last one. Returns the id selected
/// (0 for an empty list).
Id showRecords(QTableWidget *table, QWidget *emptyState, Id current);

/// The actions of the household's supports, then `alsoIds` (records made under another
/// action), each once, as choices ("LAAVA — Logement accompagné…").
QList<std::pair<Id, QString>> supportActionChoices(const HouseholdFile &file,
                                                   const Lookups &lookups,
                                                   const QList<Id> &alsoIds = {});

/// The action a tab showing one support at a time shows among `choices`: `current` while it
/// is listed, else the first support still going on, else the first choice; 0 for none.
Id shownSupportAction(const HouseholdFile &file, const QList<std::pair<Id, QString>> &choices,
                      Id current);

/// The header of such a tab: "`label` [choice]". `combo` is named `objectName`, the label
/// that stands for it when there is nothing to choose `objectName` + "Name".
QHBoxLayout *supportHeader(const QString &label, const QString &objectName, const QString &toolTip,
                           RecordCombo *&combo, QLabel *&name, QWidget *parent);

/// Fills the header: the choice when there are several supports, the name alone otherwise
/// (`none` when there is no support).
void showSupportChoices(RecordCombo *combo, QLabel *name,
                        const QList<std::pair<Id, QString>> &choices, Id shown,
                        const QString &none);

/// dd/MM/yyyy, or "" for no date.
QString dateText(const QDate &date);

/// The order in which Tab goes through `widgets` (a DateEdit or a FreeTextEdit by its editor).
void tabOrder(const QList<QWidget *> &widgets);

/// `field` with the message of its rules under it, as one cell of a form; the cell passes the
/// focus on to the field (so that a label's mnemonic reaches it).
QWidget *withMessage(QWidget *field, FieldMessage *message, QWidget *parent);

/// Adds "label  field" to a form, the field over its message; the label's buddy is the field.
QLabel *addRow(QFormLayout *form, const QString &label, QWidget *field, FieldMessage *message);

/// The messages of one form, by field name ("endDate", "versions[2].endDate"...).
class FormMessages
{
public:
    /// A message for `field`, named "message_<prefix><field>" (unique in a household window).
    FieldMessage *add(const QString &field, QWidget *parent);
    void setPrefix(const QString &prefix) { m_prefix = prefix; }
    /// A field that shows the problems no other field shows.
    void setFallback(const QString &field) { m_fallback = field; }
    /// Shows each problem beside its field (problems of nested fields "a[1].b" beside "a"
    /// when there is no message for the whole name); clears the others.
    void show(const Problems &problems);
    /// Shows the messages a form grouped by field itself; clears the others.
    void show(const QHash<QString, QStringList> &byField);
    void clear() { show(Problems()); }
    FieldMessage *message(const QString &field) const { return m_messages.value(field); }

private:
    QHash<QString, FieldMessage *> m_messages;
    QString m_prefix;
    QString m_fallback;
};

/// The problems of record `index` of the list `list`, named as its own form names them
/// ("versions[2].endDate" → "endDate"); for an empty `list`, those of the record itself.
Problems problemsOf(const Problems &all, const QString &list, qsizetype index = -1);

/// Adds "label" then `field` to `layout` (over it in a column, before it in a row), the field
/// stretched by `stretch`; the label's mnemonic reaches the field.
QLabel *addLabelled(QBoxLayout *layout, const QString &label, QWidget *field, int stretch = 0);

/// A read-only view of `model`, one record per row as recordTable's, never edited in its
/// cells; sorted by `sortColumn` (-1: the model's own order) until a header is clicked.
QTableView *recordView(QAbstractItemModel *model, const QString &objectName, int sortColumn,
                       QWidget *parent);

/// A choice of one record among `records` (`allowEmpty`: "none" is a choice too).
RecordCombo *recordChoice(bool allowEmpty, const QList<std::pair<Id, QString>> &records,
                          QWidget *parent);

/// Every column of `header` as wide as its contents, but the `stretched` ones, which share the
/// room left.
void stretchColumns(QHeaderView *header, const QList<int> &stretched);

/// A row over a list: "label" and the `filter` of the list, then, at the far end, a count of
/// what is shown (the label returned, named `countName`). Added to `layout`.
QLabel *filterRow(QVBoxLayout *layout, const QString &label, QWidget *filter,
                  const QString &countName);

} // namespace TabForms
} // namespace Passerelle::Ui
