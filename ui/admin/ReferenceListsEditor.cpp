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
#include <QStyle>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Passerelle::Ui {

namespace {

enum Column { CodeColumn, LabelColumn, OriginColumn, ActiveColumn };

using Entry = ReferenceListEdit::Entry;

/// Writes what changed from `before` to `after` (entries added, renamed, hidden or offered
/// again) through the repository, whose rules refuse what may not be stored.
Status write(AppContext &context, const ReferenceListEdit &before, const ReferenceListEdit &after)
{
    ReferenceRepository refs(context.db());
    // Entries are only ever appended, never removed nor moved: an entry past the stored ones
    // is new, and its code is the repository's to accept or refuse (one already used, too).
    for (qsizetype i = 0; i < after.entries.size(); ++i) {
        const Entry &e = after.entries.at(i);
        if (e.builtIn)
            continue;
        const Entry *old = i < before.entries.size() ? &before.entries.at(i) : nullptr;
        if (!old)
            PASSERELLE_CHECK(refs.addItem(context.scope(), after.list, e.code, e.label));
        else if (old->label != e.label)
            PASSERELLE_CHECK(refs.renameItem(context.scope(), after.list, e.code, e.label));
        if ((old ? old->active : true) != e.active)
            PASSERELLE_CHECK(refs.setItemActive(context.scope(), after.list, e.code, e.active));
    }
    return {};
}

} // namespace

ReferenceListsEditor::ReferenceListsEditor(AppContext &context, QWidget *parent)
    : RecordEditorOf(context, Shape::FormOnly, &m_working, parent)
{
    setObjectName(QStringLiteral("referenceListsEditor"));
    // The lists stand left of the heading, its Undo / Redo / Save buttons and the entries.
    auto *left = new QWidget(this);
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
    leftLayout->addWidget(TabForms::hint(
            tr("Lists in italics are fixed; entries may be added to the others."), left));
    addSidePane(left);

    QWidget *area = formArea();
    QVBoxLayout *layout = formLayout();
    m_explanation = new QLabel(area);
    m_explanation->setObjectName(QStringLiteral("explanation"));
    m_explanation->setWordWrap(true);
    layout->addWidget(m_explanation);

    // The list is read-only: the label of an added entry is changed in the field under it.
    auto *entriesBox = new QGroupBox(tr("Entries"), area);
    TabForms::ListSection section(
        entriesBox,
        TabForms::recordTable(QStringLiteral("referenceEntries"),
                              {tr("Code"), tr("Label"), tr("Origin"), tr("Active")}, entriesBox),
        QString());
    m_entries = section.table;
    m_entries->horizontalHeader()->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
    m_entries->horizontalHeader()->setStretchLastSection(false);
    m_entryForm = section.form;
    m_toggle = section.button(QString(), QStringLiteral("toggleEntry"));
    layout->addWidget(entriesBox, 1);
    m_form = std::make_unique<Forms::Binder<Entry>>(
        this, [this] { return chosen(); },
        [this](const QString &text, const Forms::Binder<Entry>::Change &change,
               const QString &mergeKey) {
            if (Entry *e = chosen(); e && !e->builtIn) {
                change(*e);
                m_mergeKey = mergeKey;
                changed(text);
                m_mergeKey.clear();
            }
        },
        Forms::Commit::Live);
    auto *rename = m_form->row(section.fields, tr("Lab&el:"), new QLineEdit(m_entryForm),
                               QStringLiteral("entryLabel"), &Entry::label, tr("Rename the entry"));

    auto *addBox = new QGroupBox(tr("Add an entry"), area);
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
    auto *add = new QPushButton(style()->standardIcon(QStyle::SP_DialogApplyButton),
                                tr("&Add to the list"), addBox);
    add->setObjectName(QStringLiteral("addEntry"));
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(add);
    addRow->addStretch();
    form->addRow(QString(), addRow);
    layout->addWidget(addBox);
    TabForms::tabOrder({m_lists, m_entries, rename, m_toggle,
                        m_code, m_label, add});

    connect(m_lists, &QListWidget::currentRowChanged, this, [this](int row) {
        const auto list = ReferenceList(m_lists->item(row)->data(Qt::UserRole).toInt());
        if (list == currentList())
            return;
        m_message->setMessage(QString());
        if (!select(int(list) + 1)) // stays on the list being edited
            QTimer::singleShot(0, this, [this] { showList(currentList()); });
    });
    connect(m_entries, &QTableWidget::currentCellChanged, this, [this](int row) {
        const QTableWidgetItem *code = row >= 0 ? m_entries->item(row, CodeColumn) : nullptr;
        m_chosen = code ? code->text() : QString();
        showRecord();
    });
    connect(add, &QPushButton::clicked, this, &ReferenceListsEditor::addEntry);
    connect(m_label, &QLineEdit::returnPressed, this, &ReferenceListsEditor::addEntry);
    connect(m_toggle, &QPushButton::clicked, this, &ReferenceListsEditor::toggleEntry);

    m_lists->setCurrentRow(0);
    refresh();
}

void ReferenceListsEditor::showList(ReferenceList list)
{
    for (int i = 0; i < m_lists->count(); ++i) {
        if (m_lists->item(i)->data(Qt::UserRole).toInt() == int(list))
            m_lists->setCurrentRow(i);
    }
}

Status ReferenceListsEditor::load(Id id)
{
    PASSERELLE_TRY(catalog, ReferenceRepository(context().db()).catalog());
    ReferenceListEdit edit;
    const QListWidgetItem *shown = m_lists->currentItem();
    edit.list = id > 0 ? ReferenceList(id - 1)
                       : ReferenceList(shown ? shown->data(Qt::UserRole).toInt() : 0);
    QStringList active;
    for (const ReferenceItem &item : catalog.items(edit.list))
        active << item.code;
    for (const ReferenceItem &item : catalog.items(edit.list, true))
        edit.entries.append({item.code, item.label, item.builtIn, active.contains(item.code)});
    loaded(edit);
    return {};
}

Result<Id> ReferenceListsEditor::store()
{
    Transaction transaction(context().db());
    PASSERELLE_CHECK(transaction.status());
    PASSERELLE_CHECK(write(context(), stored(), m_working));
    PASSERELLE_CHECK(transaction.commit());
    return currentId();
}

void ReferenceListsEditor::commit(const QString &text, const QString &mergeKey)
{
    // Keystrokes in the label of one entry make one step (the binder says when the user
    // types, not the focus); adding or hiding an entry is a step each.
    Q_UNUSED(mergeKey)
    RecordEditorOf::commit(text, m_mergeKey.isEmpty() ? QString() : m_mergeKey + u'#' + m_chosen);
}

ReferenceListEdit::Entry *ReferenceListsEditor::chosen()
{
    for (Entry &e : m_working.entries) {
        if (e.code == m_chosen)
            return &e;
    }
    return nullptr;
}

void ReferenceListsEditor::showRecord()
{
    const ReferenceList list = currentList();
    const bool extensible = ReferenceLists::isExtensible(list);
    m_explanation->setText(
        extensible
            ? tr("Built-in entries are read-only: their codes are used in the data, the imports "
                 "and the year-end review. You may add entries to this list; an entry you added "
                 "can be renamed (choose it, then change its label under the list) or hidden "
                 "from the choices — records that use it keep it.")
            : tr("This list is fixed: Passerelle's rules depend on each of its entries, so none "
                 "can be added, renamed or hidden."));
    m_addArea->setEnabled(extensible);
    showList(list);

    const QColor dimmed = palette().color(QPalette::Disabled, QPalette::Text);
    {
        const QSignalBlocker blocker(m_entries); // filling chooses no entry
        m_entries->setRowCount(int(m_working.entries.size()));
        int chosenRow = -1;
        for (int row = 0; row < m_working.entries.size(); ++row) {
            const Entry &e = m_working.entries.at(row);
            const QStringList cells{e.code, e.label, e.builtIn ? tr("Built in") : tr("Added"),
                                    e.active ? tr("Yes") : tr("Hidden")};
            const QString why = e.builtIn ? tr("Built-in entry: read-only.")
                                          : tr("Added entry: choose it to change its label "
                                               "under the list.");
            for (int c = 0; c < cells.size(); ++c) {
                QTableWidgetItem *cell = TabForms::setCell(m_entries, row, c, cells.at(c));
                cell->setToolTip(why);
                cell->setForeground(e.active ? palette().color(QPalette::Text) : dimmed);
            }
            if (e.code == m_chosen)
                chosenRow = row;
        }
        m_entries->resizeColumnToContents(CodeColumn);
        m_entries->resizeColumnToContents(OriginColumn);
        m_entries->resizeColumnToContents(ActiveColumn);
        TabForms::selectRow(m_entries, chosenRow);
        if (chosenRow < 0)
            m_chosen.clear();
    }

    const Entry *e = chosen();
    const bool added = e && !e->builtIn;
    const bool hidden = added && !e->active;
    m_entryForm->setEnabled(added);
    m_form->refresh();
    m_toggle->setEnabled(added);
    m_toggle->setText(hidden ? tr("&Show again in the choices") : tr("&Hide from the choices"));
    m_toggle->setIcon(style()->standardIcon(hidden ? QStyle::SP_DialogYesButton
                                                   : QStyle::SP_DialogNoButton));
    m_toggle->setToolTip(e && !added
                             ? tr("Built-in entries cannot be hidden: the data and the year-end "
                                  "review rely on them.")
                             : QString());
}

bool ReferenceListsEditor::addEntry()
{
    const QString code = m_code->text().trimmed();
    const QString label = m_label->text().trimmed();
    ReferenceListEdit after = m_working;
    after.entries.append({code, label, false, true});
    // The rules are the repository's: the list as it would be saved is written, then rolled
    // back; what it refuses shows under the fields.
    Status allowed;
    {
        Transaction trial(context().db());
        allowed = trial.status() ? write(context(), stored(), after) : trial.status();
    }
    if (!allowed) {
        m_message->setMessage(allowed.error().message);
        return false;
    }
    m_message->setMessage(QString());
    m_code->clear();
    m_label->clear();
    m_working = after;
    m_chosen = code;
    changed(tr("Add an entry"));
    return true;
}

bool ReferenceListsEditor::toggleEntry()
{
    const Entry *e = chosen();
    if (!e || e->builtIn)
        return false;
    m_form->edit(e->active ? tr("Hide the entry from the choices") : tr("Offer the entry again"),
                 [](Entry &entry) { entry.active = !entry.active; });
    return true;
}

} // namespace Passerelle::Ui
