#include "ChildTable.h"

#include "households/Lookups.h"
#include "forms/TabForms.h"
#include "widgets/FormWidgets.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Passerelle::Ui {

namespace {

const char *const ProblemProperty = "problem";

/// The widget that shows a problem's red frame (the line edit of a date field).
QWidget *frameOf(QWidget *cell)
{
    if (auto *date = qobject_cast<DateEdit *>(cell))
        return date->lineEdit();
    return cell;
}

void setProblem(QWidget *widget, const QString &message)
{
    widget = frameOf(widget);
    const bool has = !message.isEmpty();
    if (widget->property(ProblemProperty).toBool() == has && widget->toolTip() == message)
        return;
    widget->setProperty(ProblemProperty, has);
    widget->setToolTip(message);
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

} // namespace

ChildTable::ChildTable(const QString &name, const Lookups &lookups, QWidget *parent)
    : QWidget(parent), m_name(name), m_lookups(lookups)
{
    setObjectName(name + QStringLiteral("Editor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_table = new QTableWidget(this);
    m_table->setObjectName(name);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 16);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    // A cell that breaks a rule gets a red frame; its tooltip says why.
    m_table->setStyleSheet(QStringLiteral("*[problem=\"true\"] { border: 1px solid #b00020; }"));
    layout->addWidget(m_table);
    m_empty = TabForms::emptyState(QString(), this);
    m_empty->setObjectName(name + QStringLiteral("Empty"));
    layout->addWidget(m_empty);
    m_message = new FieldMessage(this);
    m_message->setObjectName(QStringLiteral("message_") + name);
    layout->addWidget(m_message);

    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(style()->standardIcon(QStyle::SP_FileDialogNewFolder), QString(), this);
    m_add->setObjectName(QStringLiteral("add_") + name);
    m_remove = new QPushButton(style()->standardIcon(QStyle::SP_TrashIcon), tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("remove_") + name);
    m_remove->setEnabled(false);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] {
        if (!m_addRow)
            return;
        m_addRow();
        fill();
        const int row = m_table->rowCount() - 1;
        m_table->setCurrentCell(row, 0);
        if (QWidget *w = m_table->cellWidget(row, 0))
            w->setFocus();
        else
            m_table->setFocus();
        Q_EMIT edited();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (!m_removeRow || row < 0 || row >= m_table->rowCount())
            return;
        m_removeRow(row);
        fill();
        if (m_table->rowCount() > 0)
            m_table->setCurrentCell(std::min(row, m_table->rowCount() - 1), 0);
        Q_EMIT edited();
    });
    connect(m_table, &QTableWidget::currentCellChanged, this,
            [this](int row) { m_remove->setEnabled(m_add->isEnabled() && row >= 0); });
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_filling || item->column() >= m_columns.size())
            return;
        const Column &c = m_columns.at(item->column());
        if (c.kind != Kind::Text)
            return;
        c.set(item->row(), item->text().trimmed());
        Q_EMIT edited();
    });
    updateEmptyState();
}

void ChildTable::setColumns(const QList<Column> &columns)
{
    m_columns = columns;
    m_table->setColumnCount(int(columns.size()));
    QStringList headers;
    for (const Column &c : columns)
        headers << c.header;
    m_table->setHorizontalHeaderLabels(headers);
    QHeaderView *header = m_table->horizontalHeader();
    const int charWidth = m_table->fontMetrics().averageCharWidth();
    for (int i = 0; i < columns.size(); ++i) {
        if (columns[i].width > 0) {
            header->setSectionResizeMode(i, QHeaderView::Interactive);
            m_table->setColumnWidth(i, columns[i].width * charWidth + 24);
        } else {
            header->setSectionResizeMode(i, QHeaderView::Stretch);
        }
    }
}

void ChildTable::setRows(std::function<int()> count, std::function<void()> add,
                         std::function<void(int)> remove)
{
    m_count = std::move(count);
    m_addRow = std::move(add);
    m_removeRow = std::move(remove);
}

void ChildTable::setTexts(const QString &addText, const QString &emptyText)
{
    m_add->setText(addText);
    m_empty->setText(emptyText);
}

QList<QWidget *> ChildTable::tabStops() const
{
    return {m_table, m_add, m_remove};
}

int ChildTable::column(const QString &field) const
{
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns[i].field == field)
            return i;
    }
    return -1;
}

QWidget *ChildTable::cellWidget(int row, const QString &field) const
{
    const int c = column(field);
    return c < 0 ? nullptr : m_table->cellWidget(row, c);
}

void ChildTable::fill()
{
    m_filling = true;
    const int current = m_table->currentRow();
    const int rows = m_count ? m_count() : 0;
    m_table->setRowCount(rows);
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < m_columns.size(); ++column)
            setCell(row, column);
    }
    if (current >= 0 && current < rows)
        m_table->setCurrentCell(current, 0);
    m_filling = false;
    updateEmptyState();
}

void ChildTable::setCell(int row, int column)
{
    const Column &c = m_columns.at(column);
    const QVariant value = c.get(row);
    auto emitEdited = [this] {
        if (!m_filling)
            Q_EMIT edited();
    };
    switch (c.kind) {
    case Kind::Text: {
        m_table->removeCellWidget(row, column);
        m_table->setItem(row, column, new QTableWidgetItem(value.toString()));
        return;
    }
    case Kind::Date: {
        auto *edit = new DateEdit(m_table);
        edit->setDate(value.toDate());
        connect(edit, &DateEdit::dateEdited, this, [this, c, row, emitEdited](const QDate &d) {
            c.set(row, d);
            emitEdited();
        });
        m_table->setCellWidget(row, column, edit);
        break;
    }
    case Kind::Money: {
        auto *edit = new MoneyEdit(m_table);
        edit->setFrame(false);
        edit->setCents(value.toLongLong());
        connect(edit, &MoneyEdit::centsEdited, this,
                [c, row, emitEdited](std::optional<Cents> cents) {
                    c.set(row, QVariant::fromValue(qint64(cents.value_or(0))));
                    emitEdited();
                });
        m_table->setCellWidget(row, column, edit);
        break;
    }
    case Kind::Code: {
        auto *combo = new CodeCombo(m_lookups.catalog, c.list, c.allowEmpty, m_table);
        combo->setCode(value.toString());
        connect(combo, &CodeCombo::codeEdited, this, [c, row, emitEdited](const QString &code) {
            c.set(row, code);
            emitEdited();
        });
        m_table->setCellWidget(row, column, combo);
        break;
    }
    case Kind::Record: {
        auto *combo = new RecordCombo(c.allowEmpty, m_table);
        combo->setRecords(c.choices ? c.choices() : QList<std::pair<Id, QString>>());
        combo->setId(value.toLongLong());
        connect(combo, &RecordCombo::idEdited, this, [c, row, emitEdited](Id id) {
            c.set(row, QVariant::fromValue(qint64(id)));
            emitEdited();
        });
        m_table->setCellWidget(row, column, combo);
        break;
    }
    case Kind::Count: {
        auto *spin = new QSpinBox(m_table);
        spin->setFrame(false);
        spin->setRange(-1, 100000);
        spin->setSpecialValueText(tr("—"));
        spin->setValue(value.isValid() ? value.toInt() : -1);
        connect(spin, &QSpinBox::valueChanged, this, [c, row, emitEdited](int v) {
            c.set(row, v < 0 ? QVariant() : QVariant(v));
            emitEdited();
        });
        m_table->setCellWidget(row, column, spin);
        break;
    }
    }
    // A cell widget covers the item; the item keeps the row selectable.
    auto *item = new QTableWidgetItem;
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    m_table->setItem(row, column, item);
}

void ChildTable::updateEmptyState()
{
    // The table is as tall as its rows (two to twelve): the form scrolls, not each table.
    const int rows = std::clamp(m_table->rowCount(), 2, 12);
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height()
                            + rows * m_table->verticalHeader()->defaultSectionSize()
                            + 2 * m_table->frameWidth() + 4);
    const bool empty = m_table->rowCount() == 0;
    m_empty->setVisible(empty && !m_empty->text().isEmpty());
    m_remove->setEnabled(m_add->isEnabled() && !empty && m_table->currentRow() >= 0);
}

void ChildTable::showProblems(const Problems &problems)
{
    static const QRegularExpression nested(QStringLiteral("^(\\w+)\\[(\\d+)\\]\\.(\\w+)$"));
    QHash<std::pair<int, int>, QStringList> byCell;
    QStringList lines;
    for (const FieldProblem &p : problems) {
        const auto m = nested.match(p.field);
        if (!m.hasMatch() || m.captured(1) != m_name)
            continue;
        const int row = m.captured(2).toInt();
        const int c = column(m.captured(3));
        byCell[{row, c}] << p.message;
        lines << tr("Line %1: %2").arg(row + 1).arg(p.message);
    }
    for (int row = 0; row < m_table->rowCount(); ++row) {
        for (int c = 0; c < m_table->columnCount(); ++c) {
            const QString message = byCell.value({row, c}).join(u'\n');
            if (QWidget *w = m_table->cellWidget(row, c)) {
                setProblem(w, message);
            } else if (QTableWidgetItem *item = m_table->item(row, c)) {
                const QSignalBlocker blocker(m_table);
                item->setBackground(message.isEmpty() ? QBrush() : QBrush(QColor(0xfb, 0xe3, 0xe6)));
                item->setToolTip(message);
            }
        }
    }
    m_message->setMessage(lines.join(u'\n'));
}

void ChildTable::setReadOnly(bool readOnly)
{
    m_add->setEnabled(!readOnly);
    m_table->setEnabled(!readOnly);
    updateEmptyState();
}

} // namespace Passerelle::Ui
