#pragma once

#include "widgets/FormWidgets.h"

#include <QAbstractItemView>
#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

// Small building blocks shared by the Plan, Suivi, Sortie and Historique tabs, so that they
// look alike: a field with its message under it, read-only lists, explained empty states.

namespace Passerelle::Ui::TabWidgets {

/// The colour of what must catch the eye (overdue, late, open alert), as FieldMessage's.
inline QColor alertColour()
{
    return QColor(0xb0, 0x00, 0x20);
}

/// A field with the message of its rule under it, as one cell of a form.
inline QWidget *withMessage(QWidget *field, FieldMessage *message, QWidget *parent)
{
    auto *cell = new QWidget(parent);
    auto *v = new QVBoxLayout(cell);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(1);
    v->addWidget(field);
    v->addWidget(message);
    return cell;
}

/// A date field as wide as a date, not as the form.
inline DateEdit *compact(DateEdit *edit)
{
    edit->setMaximumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("00/00/00000"))
                          + 80);
    return edit;
}

/// A free-text field of a bounded height, so that the lists around it keep the room.
inline FreeTextEdit *bounded(FreeTextEdit *edit, int lines)
{
    const int height = edit->editor()->fontMetrics().lineSpacing() * lines + 12;
    edit->editor()->setMinimumHeight(std::min(height, 60));
    edit->editor()->setMaximumHeight(height);
    // The reminder stays under the text, whatever room the form has.
    edit->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    return edit;
}

/// A line that says why a list is empty and what to do.
inline QLabel *emptyState(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setMargin(12);
    QFont font = label->font();
    font.setItalic(true);
    label->setFont(font);
    label->setStyleSheet(QStringLiteral("color: palette(mid);"));
    return label;
}

/// A list of records shown row by row, chosen with the keyboard or the mouse; edited in the
/// form beside it, never in its cells.
inline QTableWidget *recordTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

/// A read-only cell.
inline QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

/// Makes a row stand out (bold, in the alert colour) and says why in its tooltip.
inline void standOut(QTableWidget *table, int row, const QString &why)
{
    for (int column = 0; column < table->columnCount(); ++column) {
        if (QTableWidgetItem *item = table->item(row, column)) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
            item->setForeground(alertColour());
            item->setToolTip(why);
        }
    }
}

/// The first line of a free text, for a list.
inline QString firstLine(const QString &text)
{
    const QString trimmed = text.trimmed();
    const qsizetype end = trimmed.indexOf(u'\n');
    return end < 0 ? trimmed : trimmed.left(end) + QStringLiteral(" …");
}

/// A date as lists show it.
inline QString date(const QDate &day)
{
    return day.isValid() ? day.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

} // namespace Passerelle::Ui::TabWidgets
