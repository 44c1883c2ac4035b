#include "ChildTable.h"

#include "forms/TabForms.h"
#include "widgets/FormWidgets.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Passerelle::Ui {

ChildTable::ChildTable(const QString &name, QGroupBox *box, const QString &addText,
                       const QString &emptyText)
    : QObject(box), m_name(name),
      m_list(box, TabForms::recordTable(name, {}, box), emptyText)
{
    setObjectName(name + QStringLiteral("Editor"));
    m_list.table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Free texts share what the table has left (elided); dates, codes and amounts keep
    // their width, so that an amount is never pushed out of sight by a long label.
    m_list.table->horizontalHeader()->setStretchLastSection(false);
    m_list.empty->setObjectName(name + QStringLiteral("Empty"));
    m_message = new FieldMessage(box);
    m_message->setObjectName(QStringLiteral("message_") + name);
    m_list.list->insertWidget(2, m_message);
    m_add = m_list.button(addText, QStringLiteral("add_") + name);
    m_add->setIcon(box->style()->standardIcon(QStyle::SP_FileDialogNewFolder));
    m_remove = m_list.button(tr("Remove"), QStringLiteral("remove_") + name);
    m_remove->setIcon(box->style()->standardIcon(QStyle::SP_TrashIcon));

    connect(m_add, &QPushButton::clicked, this, [this] {
        if (!m_addChild)
            return;
        m_addChild();
        m_row = m_count() - 1;
        fill();
        Q_EMIT edited(QString());
        if (!m_fieldWidgets.isEmpty())
            m_fieldWidgets.first()->setFocus();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (!m_removeChild || m_row < 0 || m_row >= m_count())
            return;
        m_removeChild(m_row);
        fill(); // the row stays chosen: the next child, else the one before
        Q_EMIT edited(QString());
    });
    connect(m_list.table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row != m_row)
            choose(row);
    });
    fill();
}

void ChildTable::addColumn(const QString &header, QWidget *field)
{
    m_headers << header;
    m_list.table->setColumnCount(int(m_headers.size()));
    m_list.table->setHorizontalHeaderLabels(m_headers);
    const bool freeText = qobject_cast<QLineEdit *>(field) && !qobject_cast<MoneyEdit *>(field);
    m_list.table->horizontalHeader()->setSectionResizeMode(
            int(m_headers.size()) - 1, freeText ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    m_fieldWidgets << field;
}

QString ChildTable::label(const QString &header)
{
    return tr("%1:").arg(header);
}

QList<QWidget *> ChildTable::tabStops() const
{
    return QList<QWidget *>{m_list.table, m_add, m_remove} + m_fieldWidgets;
}

void ChildTable::fill()
{
    const int rows = m_count ? m_count() : 0;
    {
        const QSignalBlocker blocker(m_list.table); // filling chooses no row
        m_list.table->setRowCount(rows);
        for (int row = 0; row < rows; ++row)
            showRow(row);
    }
    // The list is as tall as its rows (two to twelve): the form scrolls, not each list.
    TabForms::fitRows(m_list.table, 2, 12);
    m_list.table->setVisible(rows > 0);
    m_list.empty->setVisible(rows == 0 && !m_list.empty->text().isEmpty());
    choose(m_row >= 0 && m_row < rows ? m_row : rows - 1);
}

void ChildTable::showRow(int row)
{
    const QStringList texts = m_cells(row);
    for (int column = 0; column < texts.size(); ++column) {
        QTableWidgetItem *cell = TabForms::setCell(m_list.table, row, column, texts.at(column));
        // Amounts line up on the right, as in a ledger.
        if (column < m_fieldWidgets.size() && qobject_cast<MoneyEdit *>(m_fieldWidgets.at(column)))
            cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
}

void ChildTable::choose(int row)
{
    m_row = row;
    TabForms::selectRow(m_list.table, row);
    m_list.form->setEnabled(row >= 0);
    m_remove->setEnabled(row >= 0);
    if (m_refreshForm)
        m_refreshForm();
    if (m_fieldMessages)
        m_fieldMessages->show(m_problems.value(row));
}

void ChildTable::childEdited(const QString &mergeKey)
{
    showRow(m_row);
    Q_EMIT edited(mergeKey.isEmpty() ? mergeKey
                                     : mergeKey + u'#' + QString::number(m_row));
}

void ChildTable::showProblems(const Problems &problems)
{
    static const QRegularExpression nested(QStringLiteral("^(\\w+)\\[(\\d+)\\]\\.(\\w+)$"));
    m_problems.clear();
    QStringList lines;
    for (const FieldProblem &p : problems) {
        const auto m = nested.match(p.field);
        if (!m.hasMatch() || m.captured(1) != m_name)
            continue;
        const int row = m.captured(2).toInt();
        m_problems[row] << FieldProblem{m.captured(3), p.message};
        lines << tr("Line %1: %2").arg(row + 1).arg(p.message);
    }
    for (int row = 0; row < m_list.table->rowCount(); ++row)
        TabForms::setRowProblems(m_list.table, row, m_problems.value(row));
    m_message->setMessage(lines.join(u'\n'));
    if (m_fieldMessages)
        m_fieldMessages->show(m_problems.value(m_row));
}

QString ChildTable::cellText(const QLineEdit *, const QString &text)
{
    return text;
}

QString ChildTable::cellText(const DateEdit *, const QDate &date)
{
    return TabForms::dateText(date);
}

QString ChildTable::cellText(const MoneyEdit *, std::optional<Cents> cents)
{
    return MoneyEdit::format(cents.value_or(0));
}

QString ChildTable::cellText(const QComboBox *combo, const QVariant &value)
{
    const int index = combo->findData(value);
    return index >= 0 ? combo->itemText(index) : value.toString();
}

QString ChildTable::cellText(const QSpinBox *, std::optional<int> count)
{
    return count ? QString::number(*count) : QString();
}

} // namespace Passerelle::Ui
