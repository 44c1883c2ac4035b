#include "ReferenceListsEditor.h"

#include "AppContext.h"
#include "forms/TabForms.h"
#include "storage/ReferenceRepository.h"
#include "widgets/FormWidgets.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Passerelle::Ui {

namespace {

enum Column { CodeColumn, LabelColumn, OriginColumn, ActiveColumn };

} // namespace

ReferenceListsEditor::ReferenceListsEditor(AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("referenceListsEditor"));
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(0, 6, 0, 0);
    auto *splitter = new QSplitter(this);
    splitter->setChildrenCollapsible(false);
    outer->addWidget(splitter);

    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 6, 0);
    m_lists = new QListWidget(left);
    m_lists->setObjectName(QStringLiteral("referenceLists"));
    m_lists->setMinimumWidth(260);
    m_lists->setAlternatingRowColors(true);
    for (ReferenceList list : ReferenceLists::all()) {
        auto *item = new QListWidgetItem(ReferenceLists::title(list), m_lists);
        item->setData(Qt::UserRole, int(list));
        if (!ReferenceLists::isExtensible(list)) {
            QFont font = item->font();
            font.setItalic(true);
            item->setFont(font);
            item->setToolTip(tr("Fixed list: Passerelle's rules depend on its entries."));
        } else {
            item->setToolTip(tr("You may add entries to this list."));
        }
    }
    m_lists->sortItems();
    leftLayout->addWidget(m_lists, 1);
    auto *legend = new QLabel(tr("Lists in italics are fixed; entries may be added to the "
                                 "others."),
                              left);
    legend->setWordWrap(true);
    legend->setStyleSheet(QStringLiteral("color: palette(mid);"));
    leftLayout->addWidget(legend);
    splitter->addWidget(left);

    auto *right = new QWidget(splitter);
    auto *layout = new QVBoxLayout(right);
    layout->setContentsMargins(6, 0, 0, 0);
    m_title = new QLabel(right);
    m_title->setObjectName(QStringLiteral("heading"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);
    m_explanation = new QLabel(right);
    m_explanation->setObjectName(QStringLiteral("explanation"));
    m_explanation->setWordWrap(true);
    layout->addWidget(m_explanation);

    m_entries = TabForms::recordTable(QStringLiteral("referenceEntries"),
                                      {tr("Code"), tr("Label"), tr("Origin"), tr("Active")}, right);
    // Only the label of an added entry may be edited, in place.
    m_entries->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_entries->horizontalHeader()->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
    m_entries->horizontalHeader()->setStretchLastSection(false);
    layout->addWidget(m_entries, 1);

    auto *rowButtons = new QHBoxLayout;
    m_toggle = new QPushButton(right);
    m_toggle->setObjectName(QStringLiteral("toggleEntry"));
    rowButtons->addWidget(m_toggle);
    m_done = new QLabel(right);
    m_done->setObjectName(QStringLiteral("entryStatus"));
    m_done->setStyleSheet(QStringLiteral("color: #1b7a2e;"));
    rowButtons->addWidget(m_done, 1);
    layout->addLayout(rowButtons);

    auto *addBox = new QGroupBox(tr("Add an entry"), right);
    m_addArea = addBox;
    auto *form = new QFormLayout(addBox);
    m_code = new QLineEdit(addBox);
    m_code->setObjectName(QStringLiteral("newEntryCode"));
    m_code->setMaxLength(40);
    m_code->setPlaceholderText(tr("lower-case words joined by “_”, e.g. jeune_majeur"));
    auto *codeLabel = new QLabel(tr("Co&de:"), addBox);
    codeLabel->setBuddy(m_code);
    form->addRow(codeLabel, m_code);
    m_label = new QLineEdit(addBox);
    m_label->setObjectName(QStringLiteral("newEntryLabel"));
    auto *labelLabel = new QLabel(tr("&Label:"), addBox);
    labelLabel->setBuddy(m_label);
    form->addRow(labelLabel, m_label);
    m_message = new FieldMessage(addBox);
    m_message->setObjectName(QStringLiteral("message_newEntry"));
    form->addRow(QString(), m_message);
    m_add = new QPushButton(style()->standardIcon(QStyle::SP_DialogApplyButton),
                            tr("&Add to the list"), addBox);
    m_add->setObjectName(QStringLiteral("addEntry"));
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_add);
    addRow->addStretch();
    form->addRow(QString(), addRow);
    layout->addWidget(addBox);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 900});
    QWidget::setTabOrder(m_lists, m_entries);
    QWidget::setTabOrder(m_entries, m_toggle);
    QWidget::setTabOrder(m_toggle, m_code);
    QWidget::setTabOrder(m_code, m_label);
    QWidget::setTabOrder(m_label, m_add);

    connect(m_lists, &QListWidget::currentRowChanged, this, [this] {
        m_message->setMessage(QString());
        m_done->clear();
        fillEntries();
    });
    connect(m_entries, &QTableWidget::currentCellChanged, this, &ReferenceListsEditor::updateButtons);
    connect(m_entries, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_filling && item->column() == LabelColumn)
            renameEntry(item->row(), item->text());
    });
    connect(m_add, &QPushButton::clicked, this, &ReferenceListsEditor::addEntry);
    connect(m_label, &QLineEdit::returnPressed, this, &ReferenceListsEditor::addEntry);
    connect(m_toggle, &QPushButton::clicked, this, &ReferenceListsEditor::toggleEntry);

    m_lists->setCurrentRow(0);
    refresh();
}

ReferenceList ReferenceListsEditor::currentList() const
{
    const QListWidgetItem *item = m_lists->currentItem();
    return item ? ReferenceList(item->data(Qt::UserRole).toInt()) : ReferenceList::Public;
}

void ReferenceListsEditor::showList(ReferenceList list)
{
    for (int i = 0; i < m_lists->count(); ++i) {
        if (m_lists->item(i)->data(Qt::UserRole).toInt() == int(list))
            m_lists->setCurrentRow(i);
    }
}

void ReferenceListsEditor::refresh()
{
    if (auto catalog = ReferenceRepository(m_context.db()).catalog())
        m_catalog = *catalog;
    fillEntries();
}

bool ReferenceListsEditor::isAdded(int row) const
{
    const QTableWidgetItem *item = m_entries->item(row, CodeColumn);
    return item && !item->data(Qt::UserRole).toBool();
}

void ReferenceListsEditor::fillEntries()
{
    const ReferenceList list = currentList();
    const bool extensible = ReferenceLists::isExtensible(list);
    m_title->setText(ReferenceLists::title(list));
    m_explanation->setText(
        extensible
            ? tr("Built-in entries are read-only: their codes are used in the data, the imports "
                 "and the year-end review. You may add entries to this list; an entry you added "
                 "can be renamed (double-click its label) or hidden from the choices — records "
                 "that use it keep it.")
            : tr("This list is fixed: Passerelle's rules depend on each of its entries, so none "
                 "can be added, renamed or hidden."));
    m_addArea->setEnabled(extensible);

    const QString current = m_entries->currentRow() >= 0 && m_entries->item(m_entries->currentRow(), 0)
                                ? m_entries->item(m_entries->currentRow(), 0)->text()
                                : QString();
    QStringList active;
    for (const ReferenceItem &item : m_catalog.items(list))
        active << item.code;
    const QList<ReferenceItem> items = m_catalog.items(list, true);
    m_filling = true;
    m_entries->setRowCount(int(items.size()));
    int select = -1;
    for (int row = 0; row < items.size(); ++row) {
        const ReferenceItem &item = items[row];
        const bool isActive = active.contains(item.code);
        auto *code = TabForms::cell(item.code);
        code->setData(Qt::UserRole, item.builtIn);
        m_entries->setItem(row, CodeColumn, code);
        auto *label = TabForms::cell(item.label);
        if (!item.builtIn)
            label->setFlags(label->flags() | Qt::ItemIsEditable);
        m_entries->setItem(row, LabelColumn, label);
        m_entries->setItem(row, OriginColumn,
                           TabForms::cell(item.builtIn ? tr("Built in") : tr("Added")));
        auto *activeCell = TabForms::cell(isActive ? tr("Yes") : tr("Hidden"));
        activeCell->setData(Qt::UserRole, isActive);
        m_entries->setItem(row, ActiveColumn, activeCell);
        const QString why = item.builtIn ? tr("Built-in entry: read-only.")
                                         : tr("Added entry: double-click the label to rename it.");
        for (int c = 0; c < m_entries->columnCount(); ++c) {
            m_entries->item(row, c)->setToolTip(why);
            if (!isActive)
                m_entries->item(row, c)->setForeground(
                    palette().color(QPalette::Disabled, QPalette::Text));
        }
        if (item.code == current)
            select = row;
    }
    m_entries->resizeColumnToContents(CodeColumn);
    m_entries->resizeColumnToContents(OriginColumn);
    m_entries->resizeColumnToContents(ActiveColumn);
    m_entries->setCurrentCell(select, 0);
    m_filling = false;
    updateButtons();
}

void ReferenceListsEditor::updateButtons()
{
    const int row = m_entries->currentRow();
    const bool added = row >= 0 && isAdded(row);
    const bool hidden = added && !m_entries->item(row, ActiveColumn)->data(Qt::UserRole).toBool();
    m_toggle->setEnabled(added);
    m_toggle->setText(hidden ? tr("&Show again in the choices") : tr("&Hide from the choices"));
    m_toggle->setIcon(style()->standardIcon(hidden ? QStyle::SP_DialogYesButton
                                                   : QStyle::SP_DialogNoButton));
    m_toggle->setToolTip(row >= 0 && !added
                             ? tr("Built-in entries cannot be hidden: the data and the year-end "
                                  "review rely on them.")
                             : QString());
}

bool ReferenceListsEditor::addEntry()
{
    const ReferenceList list = currentList();
    const QString code = m_code->text().trimmed();
    const QString label = m_label->text().trimmed();
    const Status added = ReferenceRepository(m_context.db())
                             .addItem(m_context.scope(), list, code, label);
    if (!added) {
        m_message->setMessage(added.error().message);
        m_done->clear();
        return false;
    }
    m_message->setMessage(QString());
    m_code->clear();
    m_label->clear();
    refresh();
    for (int row = 0; row < m_entries->rowCount(); ++row) {
        if (m_entries->item(row, CodeColumn)->text() == code)
            m_entries->setCurrentCell(row, 0);
    }
    m_done->setText(tr("“%1” added.").arg(label));
    Q_EMIT m_context.dataChanged();
    return true;
}

bool ReferenceListsEditor::renameEntry(int row, const QString &label)
{
    if (row < 0 || !isAdded(row))
        return false;
    const QString code = m_entries->item(row, CodeColumn)->text();
    const Status renamed = ReferenceRepository(m_context.db())
                               .renameItem(m_context.scope(), currentList(), code, label);
    if (!renamed)
        m_message->setMessage(renamed.error().message);
    else
        m_done->setText(tr("“%1” renamed.").arg(label.trimmed()));
    refresh(); // shows what is stored, renamed or not
    if (renamed)
        Q_EMIT m_context.dataChanged();
    return bool(renamed);
}

bool ReferenceListsEditor::toggleEntry()
{
    const int row = m_entries->currentRow();
    if (row < 0 || !isAdded(row))
        return false;
    const QString code = m_entries->item(row, CodeColumn)->text();
    const bool hide = m_entries->item(row, ActiveColumn)->data(Qt::UserRole).toBool();
    const Status done = ReferenceRepository(m_context.db())
                            .setItemActive(m_context.scope(), currentList(), code, !hide);
    if (!done) {
        m_message->setMessage(done.error().message);
        return false;
    }
    m_done->setText(hide ? tr("“%1” is hidden from the choices.").arg(code)
                         : tr("“%1” is offered again.").arg(code));
    refresh();
    Q_EMIT m_context.dataChanged();
    return true;
}

} // namespace Passerelle::Ui
