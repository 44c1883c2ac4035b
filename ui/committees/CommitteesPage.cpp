#include "CommitteesPage.h"

#include "AppContext.h"
#include "CommitteeForm.h"
#include "CommitteeList.h"
#include "MainWindow.h"
#include "ReviewedHouseholds.h"
#include "committees/CommitteeOverview.h"
#include "documents/Documents.h"
#include "forms/TabForms.h"
#include "widgets/FormWidgets.h"
#include "storage/CommitteeRepository.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHideEvent>
#include <QIcon>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Passerelle::Ui {

CommitteesPage::CommitteesPage(AppContext &context, QWidget *parent) : Page(context, parent)
{
    setObjectName(QStringLiteral("committees"));
    if (auto lookups = Lookups::load(context.db()))
        m_lookups = *lookups;

    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    header->addWidget(TabForms::heading(title(), 1.5, this));
    header->addStretch();
    auto *newButton = new QPushButton(style()->standardIcon(QStyle::SP_FileIcon),
                                      tr("&New committee"), this);
    newButton->setObjectName(QStringLiteral("newCommittee"));
    newButton->setToolTip(tr("Prepare a follow-up committee for the agency shown"));
    header->addWidget(newButton);
    layout->addLayout(header);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("committeesSplitter"));
    splitter->setChildrenCollapsible(false);
    m_list = new CommitteeList(context, m_lookups, agencyChoices(), splitter);
    splitter->addWidget(m_list);
    splitter->addWidget(buildForm());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({400, 900});
    layout->addWidget(splitter, 1);

    connect(newButton, &QPushButton::clicked, this, &CommitteesPage::newCommittee);
    connect(m_list, &CommitteeList::agencyChosen, this, &CommitteesPage::reloadList);
    connect(m_list, &CommitteeList::chosen, this, [this](Id id) {
        if (m_open && id == m_document.stored().id)
            return;
        // Out of the list's own signal: saving from the question rebuilds the list.
        QMetaObject::invokeMethod(this, [this, id] { selectCommittee(id); },
                                  Qt::QueuedConnection);
    });
    connect(&context, &AppContext::currentAgencyChanged, this, [this](Id agency) {
        m_list->setAgency(agency);
        // Hidden, the page is refreshed when the navigation shows it again.
        if (isVisible())
            reloadList();
    });
    connect(&m_document, &EditHistory::changed, this, [this] {
        m_showProblems = m_showProblems || m_document.undoStack()->count() > 0;
        refreshForm();
    });
    connect(&m_document, &EditHistory::modifiedChanged, this, [this](bool modified) {
        updateState();
        if (m_open)
            Q_EMIT modifiedChanged(modified);
    });

    auto *saveAction = new QAction(tr("Save"), this);
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(saveAction, &QAction::triggered, this, [this] {
        if (m_open)
            save();
    });
    addAction(saveAction);
    QAction *undo = m_document.undoStack()->createUndoAction(this, tr("Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document.undoStack()->createRedoAction(this, tr("Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    for (const auto &[action, icon, name] :
         {std::tuple{undo, QStyle::SP_ArrowBack, "undo"},
          std::tuple{redo, QStyle::SP_ArrowForward, "redo"}}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setIcon(style()->standardIcon(icon));
        addAction(action);
        findChild<QToolButton *>(QLatin1String(name))->setDefaultAction(action);
    }

    m_list->setAgency(context.currentAgency());
    reloadList();
    updateState();
}

QString CommitteesPage::title() const
{
    return tr("Follow-up committees");
}

QIcon CommitteesPage::icon() const
{
    return QIcon(QStringLiteral(":/passerelle/icons/committees.svg"));
}

QList<std::pair<Id, QString>> CommitteesPage::agencyChoices() const
{
    QList<std::pair<Id, QString>> out;
    for (const auto &[id, name] : m_lookups.agencyChoices()) {
        if (context().scope().allowsAgency(id))
            out.append({id, name});
    }
    return out;
}

QWidget *CommitteesPage::buildForm()
{
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("formStack"));
    auto *hint = TabForms::hint(tr("Choose a committee in the list, or prepare one with “New "
                                   "committee”."),
                                m_stack);
    hint->setObjectName(QStringLiteral("formHint"));
    hint->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(hint);

    auto *page = new QWidget(m_stack);
    auto *outer = new QVBoxLayout(page);
    outer->setContentsMargins(6, 0, 0, 0);
    auto *headingRow = new QHBoxLayout;
    m_heading = TabForms::heading(QString(), 1.2, page);
    m_heading->setObjectName(QStringLiteral("heading"));
    m_modified = new QLabel(tr("● Unsaved changes"), page);
    m_modified->setObjectName(QStringLiteral("modifiedIndicator"));
    m_modified->setStyleSheet(QStringLiteral("color: #a15c00; font-weight: bold;"));
    headingRow->addWidget(m_heading, 1);
    headingRow->addWidget(m_modified);
    outer->addLayout(headingRow);

    auto *scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_reviews = new ReviewedHouseholds(m_document, context(), m_lookups);
    m_form = new CommitteeForm(m_document, m_reviews, scroll);
    m_form->setAgencies(agencyChoices());
    scroll->setWidget(m_form);
    TabForms::anchorScrolling(scroll);
    outer->addWidget(scroll, 1);

    auto *bar = new QHBoxLayout;
    m_status = new QLabel(page);
    m_status->setObjectName(QStringLiteral("status"));
    m_statusTimer = new QTimer(this);
    m_statusTimer->setSingleShot(true);
    m_statusTimer->setInterval(4000);
    connect(m_statusTimer, &QTimer::timeout, m_status, &QLabel::clear);
    auto *undoButton = new QToolButton(page);
    undoButton->setObjectName(QStringLiteral("undo"));
    undoButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
    auto *redoButton = new QToolButton(page);
    redoButton->setObjectName(QStringLiteral("redo"));
    redoButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_delete = new QPushButton(style()->standardIcon(QStyle::SP_TrashIcon), tr("De&lete…"), page);
    m_delete->setObjectName(QStringLiteral("delete"));
    m_delete->setToolTip(tr("Delete this committee, its minutes and its decisions"));
    m_revert = new QPushButton(tr("Re&vert"), page);
    m_revert->setObjectName(QStringLiteral("revert"));
    m_revert->setToolTip(tr("Go back to the committee as saved (can be undone)"));
    m_save = new QPushButton(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("&Save"),
                             page);
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setToolTip(tr("Save the committee (Ctrl+S); each decision is recorded in the "
                          "household's history"));
    bar->addWidget(m_status, 1);
    bar->addWidget(undoButton);
    bar->addWidget(redoButton);
    bar->addSpacing(12);
    m_agenda = new QPushButton(QIcon(QStringLiteral(":/passerelle/icons/print.svg")),
                               tr("A&genda"), page);
    m_agenda->setObjectName(QStringLiteral("agenda"));
    m_agenda->setToolTip(tr("The agenda of the committee: the households to review, without "
                            "any sensitive detail"));
    auto *agendaMenu = new QMenu(m_agenda);
    agendaMenu->addAction(tr("Print pre&view…"), this,
                          [this] { printAgenda(DocumentPrinter::Output::Preview); });
    agendaMenu->addAction(tr("&Print…"), this,
                          [this] { printAgenda(DocumentPrinter::Output::Printer); });
    agendaMenu->addAction(tr("Save as P&DF…"), this,
                          [this] { printAgenda(DocumentPrinter::Output::Pdf); });
    agendaMenu->addAction(tr("Save as &ODT…"), this,
                          [this] { printAgenda(DocumentPrinter::Output::Odt); })
            ->setObjectName(QStringLiteral("agendaOdt"));
    m_agenda->setMenu(agendaMenu);
    bar->addWidget(m_agenda);
    bar->addWidget(m_delete);
    bar->addWidget(m_revert);
    bar->addWidget(m_save);
    outer->addLayout(bar);
    m_stack->addWidget(page);

    connect(m_save, &QPushButton::clicked, this, &CommitteesPage::save);
    connect(m_revert, &QPushButton::clicked, this, &CommitteesPage::revert);
    connect(m_delete, &QPushButton::clicked, this, &CommitteesPage::deleteCommittee);

    // The keyboard goes through the committee, its households, the minutes, then the buttons.
    QStringList order{u"agencyId"_qs,  u"date"_qs,         u"time"_qs,         u"place"_qs,
                      u"participants"_qs, u"addSuggested"_qs, u"householdSearch"_qs,
                      u"searchResults"_qs, u"reviews"_qs,    u"moveUp"_qs,       u"moveDown"_qs,
                      u"removeReview"_qs, u"openHousehold"_qs, u"decision"_qs,
                      u"decisionNotes"_qs, u"minutes"_qs,  u"save"_qs,         u"revert"_qs,
                      u"delete"_qs};
    QList<QWidget *> widgets;
    for (const QString &name : order)
        widgets << page->findChild<QWidget *>(name);
    TabForms::tabOrder(widgets);
    return m_stack;
}

// --- the list ------------------------------------------------------------------------------

void CommitteesPage::reloadList()
{
    m_list->reload(m_open ? m_document.stored().id : 0);
}

// --- showing a committee -------------------------------------------------------------------

bool CommitteesPage::printAgenda(DocumentPrinter::Output output, const QString &pdfPath)
{
    if (!m_open)
        return false;
    if (isModified() || m_document.stored().id <= 0) {
        const auto answer = QMessageBox::question(
                this, tr("Print the agenda"),
                tr("The agenda prints the committee as saved, and it has unsaved changes. Save "
                   "them now?"),
                QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Save);
        if (answer != QMessageBox::Save || !save())
            return false;
    }
    Database &db = context().db();
    const FollowUpCommittee &stored = m_document.stored();
    auto folder = Documents::templatesFolder(db);
    Result<PrintedDocument> printed
            = folder ? Documents::printCommitteeAgenda(db, context().scope(), stored.id, *folder)
                     : Result<PrintedDocument>(folder.error());
    if (!printed) {
        QMessageBox::warning(this, tr("Print the agenda"), printed.error().message);
        return false;
    }
    return DocumentPrinter::output(this, *printed, output,
                                   tr("Agenda of the committee %1")
                                           .arg(stored.date.toString(Qt::ISODate)),
                                   pdfPath);
}

QString CommitteesPage::describe(const FollowUpCommittee &c) const
{
    if (!c.date.isValid())
        return c.id > 0 ? tr("this committee") : tr("the new committee");
    return tr("of %1 (%2)").arg(c.date.toString(QStringLiteral("dd/MM/yyyy")),
                                m_lookups.agencyName(c.agencyId));
}

bool CommitteesPage::selectCommittee(Id id)
{
    if (m_open && m_document.stored().id == id && id > 0) {
        m_list->select(id);
        return true;
    }
    if (!maybeLeave()) {
        m_list->select(m_open ? m_document.stored().id : 0);
        return false;
    }
    auto committee = CommitteeRepository(context().db()).get(context().scope(), id);
    if (!committee) {
        QMessageBox::warning(this, title(), committee.error().message);
        reloadList();
        return false;
    }
    load(*committee);
    return true;
}

bool CommitteesPage::newCommittee()
{
    if (!maybeLeave())
        return false;
    FollowUpCommittee blank;
    blank.agencyId = agencyForNew();
    load(blank);
    m_form->focusDate();
    return true;
}

Id CommitteesPage::agencyForNew() const
{
    if (const Id filter = m_list->agency(); filter > 0)
        return filter;
    if (context().currentAgency() > 0)
        return context().currentAgency();
    if (context().scope().agencyId)
        return *context().scope().agencyId;
    const auto choices = agencyChoices();
    return choices.isEmpty() ? 0 : choices.first().first;
}

void CommitteesPage::load(const FollowUpCommittee &committee)
{
    const bool same = m_open && committee.id > 0 && committee.id == m_document.stored().id;
    m_open = true;
    m_showProblems = false;
    m_form->setOpen(true);
    m_stack->setCurrentIndex(1);
    m_reviews->opened(committee, same);
    m_document.reset(committee); // its change shows the committee
    m_list->select(committee.id);
}

void CommitteesPage::close()
{
    m_open = false;
    m_form->setOpen(false);
    m_document.reset(FollowUpCommittee());
    m_stack->setCurrentIndex(0);
    updateState();
}

void CommitteesPage::refreshForm()
{
    const Problems problems = m_open && m_showProblems
                                  ? Validation::check(m_document.edited(), m_lookups.catalog)
                                  : Problems();
    m_form->refresh(problems);
    m_reviews->refresh(problems);
    updateState();
}

void CommitteesPage::updateState()
{
    const bool modified = isModified();
    const FollowUpCommittee &edited = m_document.edited();
    m_modified->setVisible(modified);
    m_save->setEnabled(modified);
    m_revert->setEnabled(modified);
    m_delete->setEnabled(m_open && m_document.stored().id > 0);
    m_agenda->setEnabled(m_open);
    m_reviews->setOpen(m_open);
    if (!m_open)
        return;
    QString heading = m_document.stored().id > 0 ? tr("Committee") : tr("New committee");
    if (edited.date.isValid())
        heading += QStringLiteral(" — ") + CommitteeList::dateText(edited.date, edited.time);
    if (edited.agencyId > 0)
        heading += QStringLiteral(" — ") + m_lookups.agencyName(edited.agencyId);
    m_heading->setText(heading);
}

// --- households reviewed -------------------------------------------------------------------

void CommitteesPage::addHousehold(Id householdId, const QString &reference, const QString &name,
                                  const QString &reason)
{
    m_reviews->addHousehold(householdId, reference, name, reason);
}

// --- saving --------------------------------------------------------------------------------

bool CommitteesPage::save()
{
    if (!m_open)
        return false;
    // Leave the field being typed in, so that its value is part of the save.
    if (QWidget *focus = focusWidget(); focus && isAncestorOf(focus))
        focus->clearFocus();
    if (TabForms::refuseUnreadValues(this, tr("Not saved")))
        return false;
    m_showProblems = true;
    refreshForm();
    FollowUpCommittee committee = m_document.edited();
    committee.place = committee.place.trimmed();
    committee.participants = committee.participants.trimmed();
    Database &db = context().db();
    const Status saved = CommitteeRepository(db).save(context().scope(), committee);
    if (!saved) {
        QMessageBox::warning(this, tr("Not saved"), saved.error().message);
        return false;
    }
    auto stored = CommitteeRepository(db).get(context().scope(), committee.id);
    load(stored ? *stored : committee);
    reloadList();
    FieldMessage::releaseRooms(this);
    m_status->setText(tr("Saved."));
    m_statusTimer->start();
    Q_EMIT context().dataChanged();
    return true;
}

void CommitteesPage::revert()
{
    if (isModified())
        m_document.revert(tr("Revert the changes"));
}

bool CommitteesPage::deleteCommittee()
{
    const FollowUpCommittee &stored = m_document.stored();
    if (!m_open || stored.id <= 0)
        return false;
    const int decisions = CommitteeOverviews::decisionCount(stored);
    QMessageBox box(QMessageBox::Question, tr("Delete the committee"),
                    tr("Delete the committee %1?").arg(describe(stored)),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setInformativeText(tr("Its participants, its minutes and the %n decision(s) recorded "
                              "will be deleted. This cannot be undone.",
                              nullptr, decisions));
    box.button(QMessageBox::Yes)->setText(tr("Delete"));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes)
        return false;
    const Status removed = CommitteeRepository(context().db()).remove(context().scope(),
                                                                      stored.id);
    if (!removed) {
        QMessageBox::warning(this, tr("Not deleted"), removed.error().message);
        return false;
    }
    close();
    reloadList();
    Q_EMIT context().dataChanged();
    return true;
}

bool CommitteesPage::maybeLeave()
{
    if (m_asking)
        return false;
    if (QWidget *focus = focusWidget(); focus && isAncestorOf(focus))
        focus->clearFocus();
    if (!isModified())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                    tr("The committee %1 has changes that are not saved.")
                        .arg(describe(m_document.edited())),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setInformativeText(tr("Save them before going on?"));
    box.setDefaultButton(QMessageBox::Save);
    m_asking = true;
    const int answer = box.exec();
    m_asking = false;
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return save();
    m_document.discard();
    return true;
}

// --- page life -----------------------------------------------------------------------------

void CommitteesPage::refresh()
{
    if (auto lookups = Lookups::load(context().db())) {
        m_lookups.agencies = lookups->agencies;
        m_form->setAgencies(agencyChoices());
    }
    reloadList();
    // The committee shown may have changed elsewhere; unsaved changes stay as they are.
    const Id id = m_document.stored().id;
    if (m_open && id > 0 && !isModified()) {
        auto stored = CommitteeRepository(context().db()).get(context().scope(), id);
        if (!stored)
            close();
        else if (!(*stored == m_document.stored()))
            load(*stored);
    }
}

bool CommitteesPage::focusSearch()
{
    return m_open && m_reviews->focusSearch();
}

void CommitteesPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    // Closing the main window must not drop the changes made here.
    if (!m_watchedWindow && window() != this) {
        m_watchedWindow = window();
        m_watchedWindow->installEventFilter(this);
    }
}

void CommitteesPage::hideEvent(QHideEvent *event)
{
    Page::hideEvent(event);
    // Another page was chosen while this one has unsaved changes: ask, and come back when
    // the user wants to stay. (Minimising the window, or closing it, is not leaving.)
    if (event->spontaneous() || m_asking || !isModified() || window() == this
        || !window()->isVisible())
        return;
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (isVisible() || !isModified())
                return;
            if (!maybeLeave()) {
                if (auto *main = qobject_cast<MainWindow *>(window()))
                    main->showPage(objectName());
            }
        },
        Qt::QueuedConnection);
}

bool CommitteesPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_watchedWindow && event->type() == QEvent::Close && !maybeLeave()) {
        event->ignore();
        return true;
    }
    return Page::eventFilter(watched, event);
}

} // namespace Passerelle::Ui
