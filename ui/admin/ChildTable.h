#pragma once

#include "widgets/WidgetsFwd.h"

#include "domain/Validation.h"
#include "forms/Binder.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

namespace Passerelle::Ui {

template <typename C>
class ChildForm;

/// The children of a record (funding lines, expenses, contacts, agreements) in a group box of
/// its form: a read-only list, one row per child, with the form of the child chosen under it
/// (children are edited there, never in the cells), Add / Remove buttons, an explained empty
/// state, and the messages of the rules the children break: under the field of the child
/// chosen, on its row, and every one listed under the list.
///
/// A child has no id until its record is saved: the child chosen is the row chosen. Filling
/// the list again (an undo, a redo, another record) keeps the row when it is still there,
/// else chooses the last one; an added child is chosen; after a removal, the child that takes
/// its place (else the one before it).
class ChildTable : public QObject
{
    Q_OBJECT

public:
    /// The children `name` of the record ("fundingLines"), shown in `box`. `name` names the
    /// list and the widgets (add_<name>, remove_<name>, <name>Empty, message_<name>, the field
    /// <name>.<field>) and matches the fields of the problems ("fundingLines[2].funder").
    ChildTable(const QString &name, QGroupBox *box, const QString &addText,
               const QString &emptyText);

    /// The children are `children` (a member of the edited record); one added is `make()`.
    /// Returns the form of the child chosen, which the caller gives its fields.
    template <typename C>
    ChildForm<C> &setChildren(QList<C> &children,
                              std::type_identity_t<std::function<C()>> make = [] { return C{}; });

    QTableWidget *table() const { return m_list.table; }
    QPushButton *addButton() const { return m_add; }
    /// Where the Tab key stops: the list, its buttons, then the fields of the form.
    QList<QWidget *> tabStops() const;

    /// Rebuilds every row from the record and shows the child chosen in the form.
    void fill();
    /// Marks the rows whose `name[i].field` has a problem, shows those of the child chosen
    /// under its fields, and lists the messages.
    void showProblems(const Problems &problems);

Q_SIGNALS:
    /// The user changed a child (`mergeKey`: the field typed in, and the child's row, so
    /// that keystrokes make one step), added or removed one (no key: a step of its own).
    void edited(const QString &mergeKey);

private:
    template <typename C>
    friend class ChildForm;

    /// A column `header` of the list, for `field` of the form.
    void addColumn(const QString &header, QWidget *field);
    /// The label of a field in the form: its column's header.
    static QString label(const QString &header);
    void choose(int row);
    void showRow(int row);
    /// The child chosen was changed in the form (`mergeKey` from its binder).
    void childEdited(const QString &mergeKey);

    // The text of a value in the list, as the field showing it in the form shows it.
    static QString cellText(const QLineEdit *, const QString &text);
    static QString cellText(const DateEdit *, const QDate &date);
    static QString cellText(const MoneyEdit *, std::optional<Cents> cents);
    static QString cellText(const QComboBox *combo, const QVariant &value);
    static QString cellText(const QSpinBox *, std::optional<int> count);

    QString m_name;
    TabForms::ListSection m_list;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    FieldMessage *m_message = nullptr;
    QStringList m_headers;
    QList<QWidget *> m_fieldWidgets;
    int m_row = -1;
    QHash<int, Problems> m_problems; ///< by row, the fields named as in the form

    // The children, whatever their type (set by setChildren).
    std::shared_ptr<void> m_childForm;
    std::function<int()> m_count;
    std::function<QStringList(int row)> m_cells;
    std::function<void()> m_addChild;
    std::function<void(int row)> m_removeChild;
    std::function<void()> m_refreshForm;
    TabForms::FormMessages *m_fieldMessages = nullptr;
};

/// The form of the child chosen in a ChildTable: each field is a row of the form and a column
/// of the list. A change is written into the child, then the table says it is edited: the
/// editor records it as one step of the record's history (named after the table).
template <typename C>
class ChildForm
{
public:
    ChildForm(ChildTable *table, QList<C> &children)
        : m_table(table), m_children(children),
          m_binder(
              table,
              [this]() -> const C * {
                  const int row = m_table->m_row;
                  return row >= 0 && row < m_children.size() ? &m_children.at(row) : nullptr;
              },
              [this](const QString &, const typename Forms::Binder<C>::Change &change,
                     const QString &mergeKey) {
                  change(m_children[m_table->m_row]);
                  m_table->childEdited(mergeKey);
              },
              Forms::Commit::Live)
    {
    }

    /// Where the fields are made.
    QWidget *parent() const { return m_table->m_list.form; }

    /// The field `name` of the children, shown by `widget` in the form and in the column
    /// `header` of the list.
    template <typename W, typename V>
    W *field(const QString &header, W *widget, const QString &name, V C::*member)
    {
        return field(
            header, widget, name, [member](const C &c) { return c.*member; },
            [member](C &c, const auto &value) {
                // An amount left empty is 0.
                if constexpr (std::is_same_v<std::decay_t<decltype(value)>, std::optional<V>>)
                    c.*member = value.value_or(V{});
                else
                    c.*member = value;
            });
    }
    /// The same, the value read by `get(child)` and written by `set(child, value)`.
    template <typename W, typename Get, typename Set>
    W *field(const QString &header, W *widget, const QString &name, Get get, Set set)
    {
        m_cells.append([widget, get](const C &c) { return ChildTable::cellText(widget, get(c)); });
        m_table->addColumn(header, widget);
        m_binder.addRow(m_table->m_list.fields, ChildTable::label(header), widget,
                        m_table->m_name + u'.' + name, name);
        // The step is named after the table ("Edit the funding").
        return m_binder.bind(widget, get, set, QString());
    }

    QStringList cells(int row) const
    {
        QStringList texts;
        for (const auto &cell : m_cells)
            texts << cell(m_children.at(row));
        return texts;
    }
    Forms::Binder<C> &binder() { return m_binder; }

private:
    ChildTable *m_table;
    QList<C> &m_children;
    Forms::Binder<C> m_binder;
    QList<std::function<QString(const C &)>> m_cells;
};

template <typename C>
ChildForm<C> &ChildTable::setChildren(QList<C> &children,
                                      std::type_identity_t<std::function<C()>> make)
{
    auto form = std::make_shared<ChildForm<C>>(this, children);
    m_childForm = form;
    m_count = [&children] { return int(children.size()); };
    m_cells = [form = form.get()](int row) { return form->cells(row); };
    m_addChild = [&children, make] { children.append(make()); };
    m_removeChild = [&children](int row) { children.removeAt(row); };
    m_refreshForm = [form = form.get()] { form->binder().refresh(); };
    m_fieldMessages = &form->binder().messages();
    return *form;
}

} // namespace Passerelle::Ui
