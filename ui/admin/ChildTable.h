#pragma once

#include "widgets/WidgetsFwd.h"

#include "domain/Validation.h"

#include <QVariant>
#include <QWidget>

#include <functional>

namespace Passerelle::Ui {

struct Lookups;

/// The editable table of a record's children (funding lines, expenses, contacts, agreements):
/// one row per child, cells edited in place with the form widgets (dates, amounts, reference
/// lists, records), Add / Remove buttons, an explained empty state, and the messages of the
/// rules the children break, on the cell concerned and listed under the table.
class ChildTable : public QWidget
{
    Q_OBJECT

public:
    enum class Kind {
        Text,   ///< QString, typed in the cell
        Date,   ///< QDate, may stay empty
        Money,  ///< Cents (qint64)
        Code,   ///< QString code of a reference list
        Record, ///< Id of a record (0 = none)
        Count,  ///< optional non-negative int: an invalid QVariant when unknown
    };

    struct Column
    {
        QString field; ///< member name as Validation names it ("amountGranted")
        QString header;
        Kind kind = Kind::Text;
        std::function<QVariant(int row)> get;
        std::function<void(int row, const QVariant &value)> set;
        ReferenceList list = ReferenceList::Public; ///< for Kind::Code
        bool allowEmpty = true;                     ///< for Kind::Code and Kind::Record
        std::function<QList<std::pair<Id, QString>>()> choices; ///< for Kind::Record
        int width = 0; ///< in characters; 0 = stretch
    };

    /// `name` is the member holding the children ("fundingLines"): it names the widgets
    /// (add_<name>, remove_<name>, message_<name>) and matches the fields of the problems.
    ChildTable(const QString &name, const Lookups &lookups, QWidget *parent = nullptr);

    void setColumns(const QList<Column> &columns);
    /// How many children there are, and how to add and remove one.
    void setRows(std::function<int()> count, std::function<void()> add,
                 std::function<void(int row)> remove);
    void setTexts(const QString &addText, const QString &emptyText);

    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    /// The widget of a cell (the editor of dates, amounts, choices), or nullptr for text.
    QWidget *cellWidget(int row, const QString &field) const;
    int column(const QString &field) const;

    /// Rebuilds every row from the record.
    void fill();
    /// Marks the cells whose `name[i].field` has a problem and lists the messages.
    void showProblems(const Problems &problems);
    void setReadOnly(bool readOnly);

Q_SIGNALS:
    /// The user changed a child, added or removed one.
    void edited();

private:
    void setCell(int row, int column);
    void updateEmptyState();

    QString m_name;
    const Lookups &m_lookups;
    QList<Column> m_columns;
    std::function<int()> m_count;
    std::function<void()> m_addRow;
    std::function<void(int)> m_removeRow;
    QTableWidget *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    FieldMessage *m_message = nullptr;
    bool m_filling = false;
};

} // namespace Passerelle::Ui
