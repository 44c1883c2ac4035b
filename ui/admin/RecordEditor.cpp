#include "RecordEditor.h"

#include "AppContext.h"
#include "ChildTable.h"
#include "forms/TabForms.h"
#include "widgets/FormWidgets.h"

#include <QAction>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Passerelle::Ui {

namespace {

/// What the choices of the forms are made of: when it changes, the choices are rebuilt.
QString lookupsKey(const Lookups &l)
{
    QStringList parts;
    for (ReferenceList list : ReferenceLists::all()) {
        for (const ReferenceItem &item : l.catalog.items(list))
            parts << item.code + u'=' + item.label;
        parts << QStringLiteral("|");
    }
    for (const Agency &a : l.agencies)
        parts << QString::number(a.id) + a.name + (a.active ? u'+' : u'-');
    for (const Partner &p : l.partners)
        parts << QString::number(p.id) + p.name + (p.active ? u'+' : u'-');
    return parts.join(u'\n');
}

} // namespace

RecordEditor::RecordEditor(AppContext &context, Shape shape, QWidget *parent)
    : QWidget(parent), m_context(context), m_shape(shape)
{
    if (auto lookups = Lookups::load(context.db())) {
        m_lookups = *lookups;
        m_lookupsKey = lookupsKey(m_lookups);
    }

    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(0, 6, 0, 0);
    auto *splitter = new QSplitter(this);
    m_splitter = splitter;
    splitter->setChildrenCollapsible(false);
    outer->addWidget(splitter);

    m_new = new QPushButton(style()->standardIcon(QStyle::SP_FileIcon), QString(), this);
    m_new->setObjectName(QStringLiteral("newRecord"));
    m_new->setToolTip(tr("Start a new record (Ctrl+N)"));

    if (shape == Shape::ListAndForm) {
        auto *left = new QWidget(splitter);
        auto *leftLayout = new QVBoxLayout(left);
        leftLayout->setContentsMargins(0, 0, 6, 0);
        auto *top = new QHBoxLayout;
        m_filter = new QLineEdit(left);
        m_filter->setObjectName(QStringLiteral("listFilter"));
        m_filter->setPlaceholderText(tr("Filter…"));
        m_filter->setClearButtonEnabled(true);
        top->addWidget(m_filter, 1);
        top->addWidget(m_new);
        leftLayout->addLayout(top);
        m_list = TabForms::recordTable(QStringLiteral("list"), {}, left);
        m_list->setMinimumWidth(360);
        m_list->setSortingEnabled(false);
        leftLayout->addWidget(m_list, 1);
        splitter->addWidget(left);
        connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
            const QString key = ReferenceLists::normalizedKey(text);
            for (int row = 0; row < m_list->rowCount(); ++row) {
                QStringList cells;
                for (int c = 0; c < m_list->columnCount(); ++c)
                    cells << (m_list->item(row, c) ? m_list->item(row, c)->text() : QString());
                m_list->setRowHidden(row, !ReferenceLists::normalizedKey(cells.join(u' '))
                                               .contains(key));
            }
        });
        connect(m_list, &QTableWidget::currentCellChanged, this,
                [this](int row, int, int previousRow) {
                    if (m_selecting || row == previousRow || row < 0)
                        return;
                    const Id id = m_list->item(row, 0)->data(Qt::UserRole).toLongLong();
                    if (id == currentId())
                        return;
                    if (!maybeLeave()) {
                        // Stay on the record being edited.
                        QTimer::singleShot(0, this, [this] { selectRowOf(currentId()); });
                        return;
                    }
                    if (const Status loaded = load(id); !loaded)
                        setStatus(loaded.error().message, true);
                    else
                        setStatus(QString(), false);
                    showCurrent();
                });
    }

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(6, 0, 0, 0);
    auto *header = new QHBoxLayout;
    m_heading = TabForms::heading(QString(), 1.25, right);
    m_heading->setObjectName(QStringLiteral("heading"));
    // A long name (« LAAVA « Logement Accompagné Adapté Vers l'Autonomie » ») goes on two
    // lines rather than widen the window past the screen.
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    header->addWidget(m_heading, 1);
    m_modified = new QLabel(tr("● Modified — not saved"), right);
    m_modified->setObjectName(QStringLiteral("modifiedIndicator"));
    m_modified->setStyleSheet(QStringLiteral("color: #a05a00; font-weight: bold;"));
    m_modified->hide();
    header->addWidget(m_modified);
    if (shape == Shape::FormOnly)
        m_new->hide();
    m_revert = new QPushButton(style()->standardIcon(QStyle::SP_DialogResetButton), tr("&Revert"),
                               right);
    m_revert->setObjectName(QStringLiteral("revert"));
    m_revert->setToolTip(tr("Go back to the record as saved (can be undone)"));
    m_save = new QPushButton(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("&Save"),
                             right);
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setToolTip(tr("Save the changes (Ctrl+S)"));
    m_undo = new QToolButton(right);
    m_undo->setObjectName(QStringLiteral("undo"));
    m_redo = new QToolButton(right);
    m_redo->setObjectName(QStringLiteral("redo"));
    header->addWidget(m_undo);
    header->addWidget(m_redo);
    header->addWidget(m_revert);
    header->addWidget(m_save);
    rightLayout->addLayout(header);
    m_status = new QLabel(right);
    m_status->setObjectName(QStringLiteral("saveStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    rightLayout->addWidget(m_status);

    auto *scroll = new QScrollArea(right);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_form = new QWidget(scroll);
    m_form->setObjectName(QStringLiteral("form"));
    m_formLayout = new QVBoxLayout(m_form);
    m_formLayout->setContentsMargins(0, 0, 8, 0);
    scroll->setWidget(m_form);
    TabForms::anchorScrolling(scroll);
    rightLayout->addWidget(scroll, 1);
    splitter->addWidget(right);
    splitter->setStretchFactor(splitter->count() - 1, 1);
    if (shape == Shape::ListAndForm)
        splitter->setSizes({420, 900});

    auto *saveAction = new QAction(this);
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(saveAction);
    connect(saveAction, &QAction::triggered, this, &RecordEditor::save);
    if (shape == Shape::ListAndForm) {
        auto *newAction = new QAction(this);
        newAction->setShortcut(QKeySequence::New);
        newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(newAction);
        connect(newAction, &QAction::triggered, this, &RecordEditor::startNew);
    }
    connect(m_save, &QPushButton::clicked, this, &RecordEditor::save);
    connect(m_revert, &QPushButton::clicked, this, &RecordEditor::revert);
    connect(m_new, &QPushButton::clicked, this, &RecordEditor::startNew);
    // The indicator is set by the subclass's first refresh(): virtual calls are not yet
    // possible here.
    m_save->setEnabled(false);
    m_revert->setEnabled(false);
}

FieldMessage *RecordEditor::message(const QString &field, QWidget *parent)
{
    auto *m = new FieldMessage(parent);
    m->setObjectName(QStringLiteral("message_") + field);
    m_messages.insert(field, m);
    return m;
}

QFormLayout *RecordEditor::formGroup(const QString &title)
{
    auto *form = new QFormLayout(new QGroupBox(title, m_form));
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return form;
}

ChildTable *RecordEditor::childTable(const QString &title, const QString &name,
                                     const QString &addText, const QString &emptyText,
                                     const QString &editText)
{
    auto *box = new QGroupBox(title, m_form);
    auto *table = new ChildTable(name, box, addText, emptyText);
    connect(table, &ChildTable::edited, this,
            [this, editText](const QString &mergeKey) { changed(editText, mergeKey); });
    m_tables << table;
    m_formLayout->addWidget(box);
    return table;
}

void RecordEditor::addSidePane(QWidget *pane)
{
    m_splitter->insertWidget(0, pane);
    m_splitter->setSizes({300, 900});
}

void RecordEditor::setNewText(const QString &text)
{
    m_new->setText(text);
}

void RecordEditor::setHistory(EditHistory *history)
{
    QUndoStack *stack = history->undoStack();
    QAction *undo = stack->createUndoAction(this, tr("Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = stack->createRedoAction(this, tr("Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    for (const auto &[action, button, icon] :
         {std::tuple{undo, m_undo, QStyle::SP_ArrowBack},
          std::tuple{redo, m_redo, QStyle::SP_ArrowForward}}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setIcon(style()->standardIcon(icon));
        addAction(action);
        button->setDefaultAction(action);
    }
}

void RecordEditor::changed(const QString &text)
{
    // Keystrokes in one field make one step.
    const QWidget *focus = focusWidget();
    changed(text, focus && isAncestorOf(focus) ? focus->objectName() : QString());
}

void RecordEditor::changed(const QString &text, const QString &mergeKey)
{
    if (m_filling)
        return;
    commit(text, mergeKey);
    recordEdited();
    showProblems(problems());
    updateIndicator();
}

void RecordEditor::updateIndicator()
{
    const bool isModified = modified();
    m_modified->setVisible(isModified);
    m_save->setEnabled(isModified);
    m_revert->setEnabled(isModified);
    m_heading->setText(heading());
    if (isModified != m_wasModified) {
        m_wasModified = isModified;
        Q_EMIT modifiedChanged(isModified);
    }
}

void RecordEditor::showProblems(const Problems &problems)
{
    QList<std::shared_ptr<TabForms::FormMessages>> forms;
    for (const auto &form : std::as_const(m_binderMessages)) {
        if (auto alive = form.lock())
            forms << alive;
    }
    const auto hasMessage = [&](const QString &field) {
        return m_messages.contains(field)
               || std::any_of(forms.cbegin(), forms.cend(),
                              [&](const auto &form) { return form->message(field); });
    };
    QHash<QString, QStringList> byField;
    QStringList elsewhere;
    static const QRegularExpression nested(QStringLiteral("^(\\w+)\\["));
    for (const FieldProblem &p : problems) {
        if (hasMessage(p.field)) {
            byField[p.field] << p.message;
            continue;
        }
        const auto m = nested.match(p.field);
        bool shown = false;
        for (ChildTable *t : std::as_const(m_tables))
            shown = shown || (m.hasMatch() && t->objectName() == m.captured(1) + u"Editor");
        if (!shown)
            elsewhere << p.message; // never hidden: shown above the form
    }
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it)
        it.value()->setMessage(byField.value(it.key()).join(u'\n'));
    for (const auto &form : std::as_const(forms))
        form->show(byField);
    for (ChildTable *t : std::as_const(m_tables))
        t->showProblems(problems);
    if (!elsewhere.isEmpty())
        setStatus(elsewhere.join(u'\n'), true);
}

void RecordEditor::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;")
                                  : QStringLiteral("color: #1b7a2e;"));
    m_status->setVisible(!text.isEmpty());
}

QString RecordEditor::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

void RecordEditor::showCurrent()
{
    m_filling = true;
    showRecord();
    // Long values show from their beginning.
    for (QLineEdit *edit : m_form->findChildren<QLineEdit *>()) {
        if (!edit->hasFocus())
            edit->setCursorPosition(0);
    }
    for (ChildTable *t : std::as_const(m_tables))
        t->fill();
    m_filling = false;
    showProblems(problems());
    updateIndicator();
    selectRowOf(currentId());
}

bool RecordEditor::maybeLeave()
{
    // Leave the field being typed in, so that its value counts.
    if (QWidget *focus = focusWidget(); focus && isAncestorOf(focus))
        focus->clearFocus();
    if (!modified())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                    tr("“%1” has changes that are not saved.").arg(heading()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setInformativeText(tr("Save them before going on?"));
    box.setDefaultButton(QMessageBox::Save);
    const int answer = box.exec();
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return save();
    discard();
    showCurrent();
    return true;
}

bool RecordEditor::save()
{
    if (QWidget *focus = focusWidget(); focus && isAncestorOf(focus))
        focus->clearFocus();
    if (TabForms::refuseUnreadValues(this, tr("Not saved")))
        return false;
    const Problems found = problems();
    if (!found.isEmpty()) {
        showProblems(found);
        setStatus(tr("Not saved: correct the fields marked in red."), true);
        return false;
    }
    const bool wasNew = currentId() <= 0;
    const Result<Id> stored = store();
    if (!stored) {
        setStatus(tr("Not saved: %1").arg(stored.error().message), true);
        return false;
    }
    // Read back what was written (children come back in their stored order, with their ids).
    if (const Status loaded = load(*stored); !loaded)
        setStatus(loaded.error().message, true);
    else
        setStatus(wasNew ? tr("Created.") : tr("Saved."), false);
    if (auto lookups = Lookups::load(m_context.db())) {
        m_lookups = *lookups;
        m_lookupsKey = lookupsKey(m_lookups);
    }
    fillList();
    showCurrent();
    FieldMessage::releaseRooms(this);
    Q_EMIT saved(*stored);
    Q_EMIT m_context.dataChanged();
    return true;
}

void RecordEditor::revert()
{
    revertRecord();
    setStatus(QString(), false);
    showCurrent();
}

bool RecordEditor::startNew()
{
    if (!maybeLeave())
        return false;
    if (const Status loaded = load(0); !loaded) {
        setStatus(loaded.error().message, true);
        return false;
    }
    setStatus(QString(), false);
    showCurrent();
    if (m_list) {
        const QSignalBlocker blocker(m_list);
        m_list->clearSelection();
        m_list->setCurrentItem(nullptr);
    }
    if (QWidget *first = m_form->nextInFocusChain(); first && m_form->isAncestorOf(first))
        first->setFocus();
    return true;
}

bool RecordEditor::select(Id id)
{
    if (id == currentId())
        return true;
    if (!maybeLeave())
        return false;
    if (const Status loaded = load(id); !loaded) {
        setStatus(loaded.error().message, true);
        return false;
    }
    setStatus(QString(), false);
    showCurrent();
    return true;
}

void RecordEditor::refresh()
{
    if (auto lookups = Lookups::load(m_context.db())) {
        const QString key = lookupsKey(*lookups);
        m_lookups = *lookups;
        if (key != m_lookupsKey) {
            m_lookupsKey = key;
            m_filling = true;
            lookupsChanged();
            m_filling = false;
        }
    }
    fillList();
    if (!modified()) {
        Id id = currentId();
        if (id <= 0 && m_list && m_list->rowCount() > 0 && m_shape == Shape::ListAndForm)
            id = m_list->item(0, 0)->data(Qt::UserRole).toLongLong();
        // A record removed or changed elsewhere is read again.
        if (const Status loaded = load(id); !loaded)
            setStatus(loaded.error().message, true);
    }
    showCurrent();
}

void RecordEditor::fillList()
{
    if (!m_list)
        return;
    const auto rows = listRows();
    if (!rows) {
        setStatus(rows.error().message, true);
        return;
    }
    const QSignalBlocker blocker(m_list);
    m_selecting = true;
    const QStringList headers = listHeaders();
    m_list->setColumnCount(int(headers.size()));
    m_list->setHorizontalHeaderLabels(headers);
    m_list->setRowCount(int(rows->size()));
    for (int r = 0; r < rows->size(); ++r) {
        const ListRow &row = rows->at(r);
        for (int c = 0; c < headers.size(); ++c) {
            auto *item = TabForms::cell(row.cells.value(c));
            item->setData(Qt::UserRole, row.id);
            if (row.inactive) {
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
                item->setToolTip(tr("Inactive"));
            }
            m_list->setItem(r, c, item);
        }
    }
    m_list->resizeColumnsToContents();
    for (int c = 0; c < m_list->columnCount(); ++c)
        m_list->setColumnWidth(c, std::min(m_list->columnWidth(c), 320));
    m_selecting = false;
    if (m_filter && !m_filter->text().isEmpty())
        Q_EMIT m_filter->textChanged(m_filter->text());
    selectRowOf(currentId());
}

void RecordEditor::selectRowOf(Id id)
{
    if (!m_list)
        return;
    m_selecting = true;
    int found = -1;
    for (int r = 0; r < m_list->rowCount(); ++r) {
        if (m_list->item(r, 0)->data(Qt::UserRole).toLongLong() == id)
            found = r;
    }
    if (found >= 0) {
        m_list->setCurrentCell(found, 0);
        m_list->scrollToItem(m_list->item(found, 0));
    } else {
        m_list->clearSelection();
        m_list->setCurrentItem(nullptr);
    }
    m_selecting = false;
}

// --- EditorTabsPage ----------------------------------------------------------------------

EditorTabsPage::EditorTabsPage(AppContext &context, const QString &name, QWidget *parent)
    : Page(context, parent)
{
    setObjectName(name);
    auto *layout = new QVBoxLayout(this);
    m_heading = TabForms::heading(QString(), 1.5, this);
    layout->addWidget(m_heading);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs, 1);
}

void EditorTabsPage::setHeading(const QString &title)
{
    m_heading->setText(title);
}

void EditorTabsPage::addTab(QWidget *widget, QStyle::StandardPixmap icon, const QString &text)
{
    if (!widget)
        return;
    const int index = m_tabs->addTab(widget, style()->standardIcon(icon), text);
    if (auto *editor = qobject_cast<RecordEditor *>(widget)) {
        m_editors << editor;
        // A tab with unsaved changes says so, even when another one is shown.
        connect(editor, &RecordEditor::modifiedChanged, this, [this, index, text](bool modified) {
            m_tabs->setTabText(index, modified ? text + QStringLiteral(" •") : text);
        });
    }
}

void EditorTabsPage::refresh()
{
    for (RecordEditor *editor : std::as_const(m_editors))
        editor->refresh();
}

bool EditorTabsPage::maybeLeave()
{
    for (RecordEditor *editor : std::as_const(m_editors)) {
        if (editor->isModified()) {
            m_tabs->setCurrentWidget(editor);
            if (!editor->maybeLeave())
                return false;
        }
    }
    return true;
}

void EditorTabsPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    // Closing the main window must not drop the changes made here.
    if (!m_watchedWindow) {
        m_watchedWindow = window();
        m_watchedWindow->installEventFilter(this);
    }
}

bool EditorTabsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_watchedWindow && event->type() == QEvent::Close && !maybeLeave()) {
        event->ignore();
        return true;
    }
    return Page::eventFilter(watched, event);
}

} // namespace Passerelle::Ui
