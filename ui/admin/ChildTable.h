#pragma once

#include "widgets/WidgetsFwd.h"

#include "domain/Validation.h"

#include <QVariant>
#include <QWidget>

#include <functional>
#include <optional>
#include <type_traits>

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

    /// A column of `kind` showing and editing `member` of each of `children`; `width` in
    /// characters (0: it stretches).
    template <typename C, typename V>
    static Column column(QList<C> &children, V C::*member, const QString &field,
                         const QString &header, Kind kind, int width = 0)
    {
        Column c{field, header, kind,
                 [&children, member](int r) { return toVariant(children[r].*member); },
                 [&children, member](int r, const QVariant &v) {
                     children[r].*member = fromVariant<V>(v);
                 }};
        c.width = width;
        return c;
    }

    void setColumns(const QList<Column> &columns);
    /// How many children there are, and how to add and remove one.
    void setRows(std::function<int()> count, std::function<void()> add,
                 std::function<void(int row)> remove);
    /// The children are `children`; one added is `make()`.
    template <typename C>
    void setRows(QList<C> &children,
                 std::type_identity_t<std::function<C()>> make = [] { return C{}; })
    {
        setRows([&children] { return int(children.size()); },
                [&children, make] { children.append(make()); },
                [&children](int row) { children.removeAt(row); });
    }
    void setTexts(const QString &addText, const QString &emptyText);

    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    /// Where the Tab key stops: the table, then its buttons.
    QList<QWidget *> tabStops() const;
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
    /// A Kind::Count is an invalid QVariant when unknown.
    template <typename V>
    static QVariant toVariant(const V &value)
    {
        if constexpr (std::is_same_v<V, std::optional<int>>)
            return value ? QVariant(*value) : QVariant();
        else
            return QVariant::fromValue(value);
    }
    template <typename V>
    static V fromVariant(const QVariant &value)
    {
        if constexpr (std::is_same_v<V, std::optional<int>>)
            return value.isValid() ? std::optional<int>(value.toInt()) : std::nullopt;
        else
            return value.value<V>();
    }

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
