#include "HouseholdWindow.h"

#include "AppContext.h"
#include "ContractTab.h"
#include "DiagnosticTab.h"
#include "ExitTab.h"
#include "FollowUpTab.h"
#include "HistoryTab.h"
#include "HouseholdTab.h"
#include "HousingTab.h"
#include "MeetingsTab.h"
#include "NewHouseholdDialog.h"
#include "storage/HouseholdRepository.h"
#include "PlanTab.h"
#include "Settings.h"
#include "SituationTab.h"
#include "documents/AccessExport.h"
#include "domain/HouseholdStatus.h"
#include "files/FileDialogs.h"
#include "forms/TabForms.h"
#include "widgets/FormWidgets.h"
#include "storage/RetentionRepository.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QPushButton>
#include <QStandardPaths>
#include <QLabel>
#include <QInputDialog>
#include <QMessageBox>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Passerelle::Ui {

namespace {

const Setting<QByteArray> geometrySetting{QStringLiteral("householdWindow/geometry"), QByteArray()};

} // namespace

HouseholdWindow::HouseholdWindow(AppContext &context, QWidget *parent)
    : QMainWindow(parent), m_context(context),
      m_document(new HouseholdDocument(context.db(), context.scope(), this))
{
    setObjectName(QStringLiteral("householdWindow"));
    if (auto lookups = Lookups::load(context.db()))
        m_lookups = *lookups;
}

HouseholdWindow::~HouseholdWindow()
{
    // An editor still open in a tab commits its text while the window is torn down: the
    // document must no longer refresh a window half destroyed.
    if (m_document)
        m_document->disconnect(this);
}

Status HouseholdWindow::open(Id householdId)
{
    PASSERELLE_CHECK(m_document->open(householdId));
    build();
    return {};
}

bool HouseholdWindow::startNew()
{
    NewHouseholdDialog dialog(m_context, m_lookups, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (const Id existing = dialog.existingHousehold()) {
        // The person was known already: their file opens instead of a new one.
        Q_EMIT m_context.openHouseholdRequested(existing, QString());
        return false;
    }
    m_document->create(dialog.file());
    build();
    return true;
}

void HouseholdWindow::build()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_heading = TabForms::heading(QString(), 1.4, central);
    m_heading->setObjectName(QStringLiteral("heading"));
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary = new QLabel(central);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_consentWarning = new QLabel(central);
    m_consentWarning->setObjectName(QStringLiteral("consentWarning"));
    m_consentWarning->setWordWrap(true);
    m_consentWarning->hide();
    layout->addWidget(m_heading);
    layout->addWidget(m_summary);
    layout->addWidget(m_consentWarning);
    m_tabs = new QTabWidget(central);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    addTab(new SituationTab(*m_document, m_context, m_lookups, m_tabs));
    addTab(new HousingTab(*m_document, m_context, m_lookups, m_tabs));
    addTab(new DiagnosticTab(*m_document, m_context, m_lookups, m_tabs));
    addTab(new MeetingsTab(*m_document, m_context, m_lookups, m_tabs));
    addTab(new ContractTab(*m_document, m_context, m_lookups, m_tabs));
    addTab(new PlanTab(*m_document, m_context, m_lookups, m_tabs));
    addTab(new FollowUpTab(*m_document, m_context, m_lookups, m_tabs));
    addTab(new ExitTab(*m_document, m_context, m_lookups, m_tabs));
    addTab(new HistoryTab(*m_document, m_context, m_lookups, m_tabs));
    applyRights();

    auto *toolbar = addToolBar(tr("File"));
    toolbar->setObjectName(QStringLiteral("fileToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    QAction *saveAction = toolbar->addAction(style()->standardIcon(QStyle::SP_DialogSaveButton),
                                             tr("&Save"), this, &HouseholdWindow::save);
    saveAction->setObjectName(QStringLiteral("saveAction"));
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setToolTip(tr("Save the changes (Ctrl+S)"));
    // Short labels in the toolbar, so that it keeps its room on a laptop screen; the step
    // undone or redone is in the tooltip.
    QUndoStack *stack = m_document->undoStack();
    auto *undo = new QAction(style()->standardIcon(QStyle::SP_ArrowBack), tr("&Undo"), this);
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    auto *redo = new QAction(style()->standardIcon(QStyle::SP_ArrowForward), tr("&Redo"), this);
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    connect(undo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(redo, &QAction::triggered, stack, &QUndoStack::redo);
    const auto showSteps = [this, stack, undo, redo] {
        undo->setEnabled(stack->canUndo());
        redo->setEnabled(stack->canRedo());
        undo->setToolTip(stack->canUndo() ? tr("Undo: %1").arg(stack->undoText()) : tr("Undo"));
        redo->setToolTip(stack->canRedo() ? tr("Redo: %1").arg(stack->redoText()) : tr("Redo"));
    };
    connect(stack, &QUndoStack::indexChanged, this, showSteps);
    connect(stack, &QUndoStack::undoTextChanged, this, showSteps);
    connect(stack, &QUndoStack::redoTextChanged, this, showSteps);
    showSteps();
    toolbar->addAction(undo);
    toolbar->addAction(redo);
    toolbar->addSeparator();
    if (m_context.scope().may(Permission::AccessExport)) {
        QAction *exportAll = toolbar->addAction(
            style()->standardIcon(QStyle::SP_FileDialogContentsView),
            tr("Export the &whole file (right of access)…"), this, [this] { exportWholeFile(); });
        exportAll->setObjectName(QStringLiteral("accessExportAction"));
        exportAll->setToolTip(tr("Everything held on the household, its notes and the journal "
                                 "of who opened its file, as a PDF or JSON file (RGPD, "
                                 "article 15)"));
        exportAll->setEnabled(!m_document->isNew());
    }
    if (m_context.scope().may(Permission::Retention)) {
        QAction *erase = toolbar->addAction(style()->standardIcon(QStyle::SP_TrashIcon),
                                            tr("&Erase on request…"), this,
                                            [this] { eraseOnRequest(); });
        erase->setObjectName(QStringLiteral("eraseAction"));
        erase->setToolTip(tr("Anonymise this household now, at its request (right to "
                             "erasure, RGPD article 17)"));
        erase->setEnabled(!m_document->isNew() && !m_document->file().household.anonymisedAt.isValid());
    }
    if (m_context.scope().may(Permission::DeleteHouseholds)) {
        QAction *remove = toolbar->addAction(style()->standardIcon(QStyle::SP_DialogDiscardButton),
                                             tr("&Delete (created by mistake)…"), this,
                                             [this] { deleteCreatedByMistake(); });
        remove->setObjectName(QStringLiteral("deleteAction"));
        remove->setToolTip(tr("Delete this file and everything in it: only for a file created "
                              "by mistake (a duplicate, a wrong referral); the journal keeps "
                              "the reason"));
        remove->setEnabled(!m_document->isNew());
    }
    toolbar->addSeparator();
    QAction *closeAction = toolbar->addAction(style()->standardIcon(QStyle::SP_DialogCloseButton),
                                              tr("&Close"), this, &QWidget::close);
    closeAction->setShortcut(QKeySequence::Close);
    for (int i = 0; i < 9; ++i) {
        auto *go = new QAction(this);
        go->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        connect(go, &QAction::triggered, this, [this, i] {
            if (i < m_tabs->count())
                m_tabs->setCurrentIndex(i);
        });
        addAction(go);
    }
    // Ctrl+N: a new contact, from anywhere in the file (the Suivi tab's quick-entry row).
    auto *newContact = new QAction(tr("New contact"), this);
    newContact->setObjectName(QStringLiteral("newContactAction"));
    newContact->setShortcut(QKeySequence::New);
    connect(newContact, &QAction::triggered, this, [this] {
        showTab(QStringLiteral("followup"));
        if (auto *followUp = qobject_cast<FollowUpTab *>(tab(QStringLiteral("followup"))))
            followUp->startNewContact();
    });
    addAction(newContact);

    connect(m_document, &HouseholdDocument::changed, this, &HouseholdWindow::refresh);
    // What another window saved about the household (a committee's decision) shows here at
    // once, the edits in progress kept.
    connect(&m_context, &AppContext::dataChanged, this, [this] {
        if (m_deleted || m_document->isNew())
            return;
        // Not readable (the file was deleted or anonymised meanwhile): it keeps what it shows.
        const Status refreshed = m_document->refreshCommitteeReviews();
        Q_UNUSED(refreshed);
    });
    connect(m_document, &HouseholdDocument::modifiedChanged, this,
            &QWidget::setWindowModified);
    const QByteArray geometry = geometrySetting.value();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        TabForms::resizeWithinScreen(this, QSize(1100, 780));
    refresh(); // sets the title, with its [*] placeholder, before the modified mark
    setWindowModified(m_document->isModified());
}

void HouseholdWindow::applyRights()
{
    const Scope &scope = m_context.scope();
    applyReadOnly();
    if (!scope.may(Permission::ReadInternalNotes)) {
        // The file's journal is the landlord's.
        for (HouseholdTab *t : std::as_const(m_tabList)) {
            if (qobject_cast<HistoryTab *>(t))
                m_tabs->removeTab(m_tabs->indexOf(t));
        }
    }
}

void HouseholdWindow::addTab(HouseholdTab *tab)
{
    m_tabList << tab;
    m_tabs->addTab(tab, tab->title());
    connect(tab, &HouseholdTab::showRequested, this, [this](const QString &name, Id id) {
        showTab(name);
        if (HouseholdTab *t = this->tab(name); t && id != 0)
            t->showRecord(id);
    });
}

HouseholdTab *HouseholdWindow::tab(const QString &name) const
{
    for (HouseholdTab *t : m_tabList) {
        if (t->objectName() == name)
            return t;
    }
    return nullptr;
}

void HouseholdWindow::showTab(const QString &name)
{
    if (HouseholdTab *t = tab(name))
        m_tabs->setCurrentWidget(t);
}

void HouseholdWindow::refresh()
{
    const HouseholdFile &file = m_document->file();
    const Household &h = file.household;
    const QString name = h.displayName().isEmpty() ? tr("New household") : h.displayName();
    setWindowTitle(tr("%1 — %2 [*]").arg(h.reference.isEmpty() ? tr("(no reference)")
                                                               : h.reference,
                                         name));
    m_heading->setText(name + QStringLiteral("  ·  ") + h.reference);

    QList<std::pair<QDate, QDate>> spans;
    QStringList actions;
    for (const Support &s : file.supports) {
        spans.append({s.startDate, s.endDate});
        actions << m_lookups.actionCode(s.actionId);
    }
    QStringList outcomes;
    for (const Referral &r : file.referrals)
        outcomes << r.outcome;
    const QString status = m_lookups.catalog.label(ReferenceList::HouseholdStatus,
                                                   HouseholdStatus::compute(spans, outcomes));
    QStringList parts{status, m_lookups.agencyName(h.agencyId)};
    if (!actions.isEmpty())
        parts << actions.join(QStringLiteral(", "));
    if (h.cesfUserId > 0)
        parts << tr("CESF: %1").arg(m_lookups.userName(h.cesfUserId));
    m_summary->setText(parts.join(QStringLiteral("  ·  ")));
    QString warning;
    bool pending = false;
    if (h.anonymisedAt.isValid()) {
        warning = tr("This file was anonymised on %1: names, contact details, address and free "
                     "text were erased; the coded data stays for the reviews.")
                      .arg(h.anonymisedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy")));
    } else if (!h.consentDate.isValid()) {
        warning = tr("⚠ No consent to data processing recorded: enter its date and what was "
                     "explained to the household in the Situation tab.");
    } else if (!m_document->stored().household.consentDate.isValid()) {
        // Typed, not saved yet: the line stays (with what it now says) until the save, so that
        // the tabs under it do not move up under the pointer.
        warning = tr("✓ Consent given on %1: it is recorded when the file is saved.")
                          .arg(h.consentDate.toString(QStringLiteral("dd/MM/yyyy")));
        pending = true;
    }
    m_consentWarning->setText(warning);
    m_consentWarning->setStyleSheet(
            pending ? QStringLiteral("QLabel { background: #e6f4ea; color: #1e4620; "
                                     "border: 1px solid #8cc49a; padding: 4px; }")
                    : QStringLiteral("QLabel { background: #fff3cd; color: #5c3c00; "
                                     "border: 1px solid #e0b252; padding: 4px; }"));
    m_consentWarning->setVisible(!warning.isEmpty());
    for (HouseholdTab *t : std::as_const(m_tabList))
        t->refresh();
    applyReadOnly(); // rows and fields a refresh created
}

void HouseholdWindow::applyReadOnly()
{
    // What the role may change is decided in core (Scope::may), which refuses any other save;
    // the window shows the rest for reading.
    const Scope &scope = m_context.scope();
    if (scope.may(Permission::EditHouseholds))
        return;
    for (HouseholdTab *t : std::as_const(m_tabList)) {
        if (!(scope.may(Permission::EditDiagnostic) && qobject_cast<DiagnosticTab *>(t)))
            TabForms::makeReadOnly(t);
    }
}

bool HouseholdWindow::save()
{
    // Leave the field being typed in, so that its value is part of the save.
    if (QWidget *focus = focusWidget())
        focus->clearFocus();
    // A date or an amount typed that cannot be read would be dropped without a word.
    if (TabForms::refuseUnreadValues(this, tr("Not saved")))
        return false;
    const Status saved = m_document->save();
    if (!saved) {
        QMessageBox::warning(this, tr("Not saved"), saved.error().message);
        return false;
    }
    FieldMessage::releaseRooms(this);
    statusBar()->showMessage(tr("Saved."), 4000);
    Q_EMIT this->saved(m_document->file().household.id);
    Q_EMIT m_context.dataChanged();
    return true;
}

bool HouseholdWindow::exportWholeFile(const QString &path)
{
    const QString title = tr("Export the whole file");
    if (m_document->isNew() || m_document->isModified()) {
        QMessageBox::information(this, title,
                                 tr("The export gives the file as saved: save or undo the "
                                    "changes first."));
        return false;
    }
    const Household &h = m_document->file().household;
    QString target = path;
    if (target.isEmpty()) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        target = FileDialogs::saveFile(
            this, title, QDir(folder).filePath(tr("Whole file %1.pdf").arg(h.reference)),
            tr("PDF files (*.pdf);;JSON files (*.json)"));
        if (target.isEmpty())
            return false;
        if (QFileInfo(target).suffix().isEmpty())
            target += QStringLiteral(".pdf");
    }
    const Status written = AccessExport::writeFile(m_context.db(), m_context.scope(), h.id, target);
    if (!written) {
        QMessageBox::warning(this, title, written.error().message);
        return false;
    }
    statusBar()->showMessage(tr("Whole file exported: %1").arg(QDir::toNativeSeparators(target)),
                             6000);
    return true;
}

bool HouseholdWindow::eraseOnRequest(bool confirm)
{
    const QString title = tr("Erase on request");
    if (m_document->isNew() || m_document->isModified()) {
        QMessageBox::information(this, title, tr("Save or undo the changes first."));
        return false;
    }
    const Id id = m_document->file().household.id;
    const QString reference = m_document->file().household.reference;
    if (confirm) {
        QMessageBox box(QMessageBox::Warning, title,
                        tr("Anonymise the household %1 now, at its request?").arg(reference),
                        QMessageBox::Cancel, this);
        box.setInformativeText(
            tr("The names and first names of its members, their birth dates, the phone, the "
               "e-mail, the street address of its dwellings, every note and free text of its "
               "file and the printed contracts kept will be erased for good. The reference, "
               "the dates and the coded data stay, so that the reviews keep their figures. "
               "This cannot be undone."));
        QPushButton *go = box.addButton(tr("&Erase"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != static_cast<QAbstractButton *>(go))
            return false;
    }
    auto report = RetentionRepository(m_context.db()).run(m_context.scope(), {id});
    if (!report) {
        QMessageBox::warning(this, title, report.error().message);
        return false;
    }
    Q_EMIT m_context.dataChanged();
    if (confirm)
        QMessageBox::information(this, title, tr("The household %1 was anonymised.").arg(reference));
    close();
    return true;
}

bool HouseholdWindow::deleteCreatedByMistake(const QString &givenReason)
{
    const QString title = tr("Delete a file created by mistake");
    if (m_document->isNew())
        return false;
    const Id id = m_document->file().household.id;
    const QString reference = m_document->file().household.reference;
    QString reason = givenReason;
    if (reason.isEmpty()) {
        QInputDialog ask(this);
        ask.setObjectName(QStringLiteral("deleteReason"));
        ask.setWindowTitle(title);
        ask.setInputMode(QInputDialog::TextInput);
        ask.setOption(QInputDialog::UsePlainTextEditForTextInput);
        ask.setLabelText(
                tr("The file %1 and everything recorded in it (members, referrals, leases, "
                   "contracts, contacts…) will be deleted for good. Only for a file created by "
                   "mistake: a duplicate, a wrong referral. The file of a household that was "
                   "followed is anonymised by retention instead.\n\nWhy is it deleted? The "
                   "journal keeps the reason (no names, please).")
                        .arg(reference));
        ask.setOkButtonText(tr("Delete for good"));
        if (ask.exec() != QDialog::Accepted)
            return false;
        reason = ask.textValue();
    }
    const Status deleted
            = HouseholdRepository(m_context.db()).deleteCreatedByMistake(m_context.scope(), id, reason);
    if (!deleted) {
        QMessageBox::warning(this, title, deleted.error().message);
        return false;
    }
    m_deleted = true;
    Q_EMIT m_context.dataChanged();
    close();
    return true;
}

void HouseholdWindow::closeEvent(QCloseEvent *event)
{
    if (QWidget *focus = focusWidget())
        focus->clearFocus();
    TabForms::commitTypedValues(this);
    if ((m_document->isModified() || !TabForms::unreadValues(this).isEmpty()) && !m_deleted) {
        QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                        tr("The file of %1 has changes that are not saved.")
                            .arg(m_document->file().household.displayName()),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setInformativeText(tr("Save them before closing?"));
        box.setDefaultButton(QMessageBox::Save);
        const int answer = box.exec();
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !save())) {
            event->ignore();
            return;
        }
    }
    geometrySetting.setValue(saveGeometry());
    event->accept();
}

} // namespace Passerelle::Ui
