#include "ContractTab.h"

#include "AppContext.h"
#include "Lookups.h"
#include "documents/Documents.h"
#include "households/ContractRules.h"
#include "ScanViewerDialog.h"
#include "Settings.h"
#include "files/FileDialogs.h"
#include "io/SafeFiles.h"
#include "storage/ContractPrintRepository.h"
#include "storage/ContractScanRepository.h"
#include "widgets/FormWidgets.h"

#include <QAction>
#include <QFileInfo>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyle>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Passerelle::Ui {

using namespace TabForms;

namespace {

enum VersionColumn {
    VersionNumber,
    VersionKind,
    VersionSigned,
    VersionStart,
    VersionEnd,
    VersionNotes
};

} // namespace

ContractTab::ContractTab(HouseholdDocument &document, AppContext &context, const Lookups &lookups,
                         QWidget *parent)
    : HouseholdTab(document, context, lookups, parent)
    , m_contractFields(
              this, [this] { return currentContract(); },
              [this](const auto &...edit) { editContract(edit...); })
    , m_versionFields(
              this, [this] { return currentVersionRecord(); },
              [this](const QString &text, const auto &change, const QString &mergeKey) {
                  const int index = m_version; // the binder edits only a version shown
                  editContract(
                          text,
                          [index, change](SupportContract &c) {
                              if (index < c.versions.size())
                                  change(c.versions[index]);
                          },
                          mergeKey);
              })
    , m_stepFields(
              this, [this] { return currentContract(); },
              // Each step is an edit of its own: no merging.
              [this](const QString &text, const auto &change, const QString &) {
                  editContract(text, change);
              },
              Forms::Commit::Live)
{
    setObjectName(QStringLiteral("contract"));
    m_contractFields.messages().setFallback(QStringLiteral("place"));
    m_versionFields.messages().setFallback(QStringLiteral("endDate"));

    QVBoxLayout *layout = scrollingPage(this);
    QWidget *content = layout->parentWidget();
    // The contract's own toolbar: the support whose contract is shown, and printing the
    // contract (each printed version is kept with the contract).
    m_toolbar = new QToolBar(tr("Contract"), this);
    m_toolbar->setObjectName(QStringLiteral("contractActions"));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_actionLabel = new QLabel(m_toolbar);
    m_actionLabel->setObjectName(QStringLiteral("contractSupport"));
    m_actionLabel->setContentsMargins(6, 0, 6, 0);
    m_toolbar->addWidget(m_actionLabel);
    m_action = new RecordCombo(false, m_toolbar);
    m_action->setObjectName(QStringLiteral("contractAction"));
    m_action->setMinimumWidth(320);
    m_action->setToolTip(tr("The household has several supports: choose whose contract to show."));
    m_actionChoice = m_toolbar->addWidget(m_action);
    auto *spacer = new QWidget(m_toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolbar->addWidget(spacer);
    m_previewAction = m_toolbar->addAction(
            style()->standardIcon(QStyle::SP_FileDialogContentsView), tr("Print pre&view…"),
            this, [this] { printContract(Output::Preview); });
    m_previewAction->setObjectName(QStringLiteral("previewContract"));
    m_previewAction->setToolTip(tr("See the contract as it will print, then print it"));
    m_printAction = m_toolbar->addAction(
            QIcon::fromTheme(QStringLiteral("document-print"),
                             QIcon(QStringLiteral(":/passerelle/icons/print.svg"))),
            tr("&Print…"), this, [this] { printContract(Output::Printer); });
    m_printAction->setObjectName(QStringLiteral("printContract"));
    m_printAction->setShortcut(QKeySequence::Print);
    m_printAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_printAction->setToolTip(tr("Print the contract, in the version selected (Ctrl+P)"));
    addAction(m_printAction);
    m_pdfAction = m_toolbar->addAction(style()->standardIcon(QStyle::SP_DriveFDIcon),
                                       tr("Save as P&DF…"), this,
                                       [this] { printContract(Output::Pdf); });
    m_pdfAction->setObjectName(QStringLiteral("contractPdf"));
    m_pdfAction->setToolTip(tr("Save the contract, in the version selected, as a PDF file"));
    m_odtAction = m_toolbar->addAction(tr("Save as &ODT…"), this,
                                       [this] { printContract(Output::Odt); });
    m_odtAction->setObjectName(QStringLiteral("contractOdt"));
    m_odtAction->setToolTip(tr("Save the contract, in the version selected, as an OpenDocument "
                               "text to edit once in LibreOffice (the text printed from the "
                               "data, not the version kept as signed)"));
    // Above the page, which scrolls.
    qobject_cast<QVBoxLayout *>(this->layout())->insertWidget(0, m_toolbar);

    m_empty = emptyState(QString(), content);
    m_empty->setObjectName(QStringLiteral("noContract"));
    layout->addWidget(m_empty);
    m_create = new QPushButton(tr("&Create the contract"), content);
    m_create->setObjectName(QStringLiteral("createContract"));
    layout->addWidget(m_create, 0, Qt::AlignHCenter);

    m_details = new QWidget(content);
    auto *details = new QVBoxLayout(m_details);
    details->setContentsMargins(0, 0, 0, 0);
    QList<QWidget *> order{m_action, m_create}; // the keyboard order of the tab
    auto *top = new QHBoxLayout;
    top->addWidget(buildTerms(order), 2);
    top->addWidget(buildVersions(order), 3);
    details->addLayout(top);
    details->addWidget(buildCommitments(order));
    details->addWidget(buildPrints(order));
    details->addWidget(buildScans(order));
    layout->addWidget(m_details);
    layout->addStretch();

    tabOrder(order);

    connect(m_action, &RecordCombo::idEdited, this, &ContractTab::showAction);
    connect(m_create, &QPushButton::clicked, this, [this] {
        const Id actionId = m_actionId;
        if (actionId == 0 || currentContract())
            return;
        const QDate today = this->context().today();
        m_version = 0;
        edit(tr("Create the contract"), [actionId, today](HouseholdFile &f) {
            f.contracts << ContractRules::newContract(f, actionId, today);
        });
        m_place->setFocus();
    });
}

QString ContractTab::title() const
{
    return tr("Contract");
}

QWidget *ContractTab::buildTerms(QList<QWidget *> &order)
{
    auto *box = group(tr("Tripartite contract"), this);
    auto *form = new QFormLayout(box);
    auto &contract = m_contractFields;
    m_place = contract.row(form, tr("&Place:"), new QLineEdit(box),
                           QStringLiteral("contract.place"), &SupportContract::place,
                           tr("Change the place of the contract"), QStringLiteral("place"));
    m_place->setPlaceholderText(tr("where it is signed"));
    auto *duration = new QSpinBox(box);
    duration->setRange(0, 99);
    duration->setSuffix(tr(" months"));
    duration->setKeyboardTracking(false);
    contract.addRow(form, tr("&Duration:"), duration, QStringLiteral("contract.durationMonths"),
                    QStringLiteral("durationMonths"));
    // Each step of the box is a change (the box does not track the keyboard).
    m_stepFields.bind(
            duration, [](const SupportContract &c) { return c.durationMonths; },
            [](SupportContract &c, std::optional<int> months) {
                // The versions' ends that followed the duration follow it still.
                ContractRules::setDuration(c, months.value_or(0));
            },
            tr("Change the duration of the contract"));
    order << m_place << duration
          << contract.row(
                     form, tr("Meeting &frequency:"),
                     new CodeCombo(lookups().catalog, ReferenceList::MeetingFrequency, true, box),
                     QStringLiteral("contract.meetingFrequency"),
                     &SupportContract::meetingFrequency, tr("Change the meeting frequency"),
                     QStringLiteral("meetingFrequency"))
          << contract.row(form, tr("Consent to data process&ing:"), new DateEdit(box),
                          QStringLiteral("contract.consentDate"), &SupportContract::consentDate,
                          tr("Change the date of consent"), QStringLiteral("consentDate"))
          << contract.row(form, tr("Signs for the &landlord:"), new QLineEdit(box),
                          QStringLiteral("contract.landlordSignatory"),
                          &SupportContract::landlordSignatory,
                          tr("Change who signs for the landlord"))
          << contract.row(form, tr("Signs for the &association:"), new QLineEdit(box),
                          QStringLiteral("contract.associationSignatory"),
                          &SupportContract::associationSignatory,
                          tr("Change who signs for the association"));
    m_householdSignatories = new QLabel(box);
    m_householdSignatories->setObjectName(QStringLiteral("contract.householdSignatories"));
    m_householdSignatories->setWordWrap(true);
    form->addRow(tr("Signs for the household:"), m_householdSignatories);
    return box;
}

QWidget *ContractTab::buildCommitments(QList<QWidget *> &order)
{
    auto *box = group(tr("Commitments"), this);
    auto *columns = new QHBoxLayout(box);
    auto column = [&](const QString &label, const QString &name, QString SupportContract::*member,
                      const QString &editText) {
        auto *v = new QVBoxLayout;
        auto *title = new QLabel(label, box);
        auto *text = sized(new FreeTextEdit(box), 110, 170);
        text->setObjectName(name);
        title->setBuddy(text);
        v->addWidget(title);
        v->addWidget(text, 1);
        columns->addLayout(v, 1);
        order << m_contractFields.bind(text, member, editText);
    };
    column(tr("Of the &household:"), QStringLiteral("contract.householdCommitments"),
           &SupportContract::householdCommitments, tr("Change the household's commitments"));
    column(tr("Of the ass&ociation:"), QStringLiteral("contract.associationCommitments"),
           &SupportContract::associationCommitments, tr("Change the association's commitments"));
    column(tr("Of the la&ndlord:"), QStringLiteral("contract.landlordCommitments"),
           &SupportContract::landlordCommitments, tr("Change the landlord's commitments"));
    return box;
}

QWidget *ContractTab::buildVersions(QList<QWidget *> &order)
{
    auto *box = group(tr("Versions (initial contract, amendments, renewals)"), this);
    m_versions = recordTable(
            QStringLiteral("versions"),
            {tr("No."), tr("Kind"), tr("Signed on"), tr("Start"), tr("End"), tr("Notes")}, box);
    ListSection list(box, m_versions, QString());
    // The version in force says when there is none; the versions are chosen by their index
    // (a new version has no id yet).
    list.empty->hide();
    m_inForce = heading(QString(), 1.0, box);
    m_inForce->setObjectName(QStringLiteral("contractInForce"));
    m_inForce->setWordWrap(true);
    list.list->insertWidget(0, m_inForce);
    m_versionsMessage = new FieldMessage(box);
    m_versionsMessage->setObjectName(QStringLiteral("message_versions"));
    list.list->insertWidget(2, m_versionsMessage);
    m_renew = list.button(tr("&Renew"), QStringLiteral("renewContract"));
    m_renew->setToolTip(tr("Adds a renewal starting the day after the current version ends, for "
                           "the same length."));
    m_amend = list.button(tr("A&mendment"), QStringLiteral("amendContract"));
    m_amend->setToolTip(tr("Adds an amendment for the rest of the current period."));
    m_removeVersion = new QPushButton(tr("Remove the last version"), box);
    m_removeVersion->setObjectName(QStringLiteral("removeVersion"));
    list.buttons->addWidget(m_removeVersion);

    m_versionForm = list.form;
    QWidget *parent = list.form;
    auto *form = list.fields;
    auto &version = m_versionFields;
    order << m_versions << m_renew << m_amend << m_removeVersion
          << version.row(form, tr("&Kind:"),
                         new CodeCombo(lookups().catalog, ReferenceList::ContractVersionKind, false,
                                       parent),
                         QStringLiteral("version.kind"), &ContractVersion::kind,
                         tr("Change the kind of version"), QStringLiteral("kind"));
    m_signed = version.row(form, tr("Si&gned on:"), new DateEdit(parent),
                           QStringLiteral("version.date"), &ContractVersion::date,
                           tr("Change the date of signature"), QStringLiteral("date"));
    order << m_signed
          << version.row(
                     form, tr("&Start:"), new DateEdit(parent), QStringLiteral("version.startDate"),
                     [](const ContractVersion &v) { return v.startDate; },
                     [this](ContractVersion &v, const QDate &start) {
                         // An end that followed the start (start + duration) follows it still.
                         const SupportContract *c = currentContract();
                         ContractRules::setVersionStart(v, start, c ? c->durationMonths : 0);
                     },
                     tr("Change the start of the version"), QStringLiteral("startDate"))
          << version.row(form, tr("&End:"), new DateEdit(parent), QStringLiteral("version.endDate"),
                         &ContractVersion::endDate, tr("Change the end of the version"),
                         QStringLiteral("endDate"))
          << version.row(form, tr("Notes of the &version:"),
                         sized(new FreeTextEdit(parent), 60, 110), QStringLiteral("version.notes"),
                         &ContractVersion::notes, tr("Change the notes of the version"));

    connect(m_versions, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && row != m_version)
            showVersion(row);
    });
    connect(m_renew, &QPushButton::clicked, this, [this] { addVersion(true); });
    connect(m_amend, &QPushButton::clicked, this, [this] { addVersion(false); });
    connect(m_removeVersion, &QPushButton::clicked, this, [this] {
        editContract(tr("Remove the last version of the contract"), [](SupportContract &c) {
            if (c.versions.size() > 1)
                c.versions.removeLast();
        });
    });
    return box;
}

QWidget *ContractTab::buildPrints(QList<QWidget *> &order)
{
    auto *box = group(tr("Printed versions"), this);
    auto *layout = new QVBoxLayout(box);
    m_prints = recordTable(QStringLiteral("contractPrints"),
                           {tr("Version"), tr("Printed on"), tr("By"), tr("SHA-256 of the PDF")},
                           box);
    m_prints->setToolTip(tr("Each print of the contract is kept with it: the PDF, and its "
                            "SHA-256 fingerprint to recognise the text that was signed."));
    layout->addWidget(m_prints);
    m_printStatus = new QLabel(box);
    m_printStatus->setObjectName(QStringLiteral("printStatus"));
    m_printStatus->setWordWrap(true);
    m_printStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_printStatus, 1);
    m_copyPrint = new QPushButton(tr("Save a &copy of this print…"), box);
    m_copyPrint->setObjectName(QStringLiteral("copyPrint"));
    m_copyPrint->setToolTip(tr("Saves the PDF exactly as it was printed then"));
    buttons->addWidget(m_copyPrint);
    layout->addLayout(buttons);
    order << m_prints << m_copyPrint;

    connect(m_prints, &QTableWidget::itemSelectionChanged, this, [this] {
        m_copyPrint->setEnabled(m_prints->currentRow() >= 0);
    });
    connect(m_copyPrint, &QPushButton::clicked, this, [this] {
        const int row = m_prints->currentRow();
        if (row < 0 || row >= m_printList.size())
            return;
        const ContractPrint &print = m_printList.at(row);
        auto pdf = ContractPrintRepository(context().db()).pdf(context().scope(), print.id);
        if (!pdf) {
            QMessageBox::warning(this, tr("Printed versions"), pdf.error().message);
            return;
        }
        PrintedDocument copy;
        copy.pdf = *pdf;
        DocumentPrinter::exportPdf(
                this, copy,
                tr("Contract %1 version %2 printed %3")
                        .arg(file().household.reference)
                        .arg(print.versionNumber)
                        .arg(print.printedAt.toLocalTime().toString(
                                QStringLiteral("yyyy-MM-dd HH'h'mm"))));
    });
    return box;
}

void ContractTab::fillPrints()
{
    const SupportContract *c = currentContract();
    m_printList.clear();
    if (c && c->id > 0) {
        auto prints = ContractPrintRepository(context().db()).list(context().scope(), c->id);
        if (prints)
            m_printList = *prints;
    }
    m_prints->setRowCount(int(m_printList.size()));
    // Newest first: the one just printed is at the top.
    for (int row = 0; row < m_printList.size(); ++row) {
        const ContractPrint &p = m_printList.at(m_printList.size() - 1 - row);
        setCell(m_prints, row, 0, tr("no. %1").arg(p.versionNumber));
        setCell(m_prints, row, 1,
                QLocale().toString(p.printedAt.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm")));
        setCell(m_prints, row, 2, p.printedBy);
        setCell(m_prints, row, 3, p.sha256.left(16) + QChar(0x2026));
        m_prints->item(row, 3)->setToolTip(p.sha256);
    }
    std::reverse(m_printList.begin(), m_printList.end());
    m_prints->resizeColumnsToContents();
    fitRows(m_prints, 2, 6);
    m_copyPrint->setEnabled(false);
    if (m_printList.isEmpty()) {
        m_printStatus->setText(c && c->id > 0 ? tr("Not printed yet.")
                                              : tr("The contract prints once it is saved."));
    } else if (m_printStatus->property("justPrinted").toBool()) {
        m_printStatus->setProperty("justPrinted", false);
    } else {
        m_printStatus->clear();
    }
}

QWidget *ContractTab::buildScans(QList<QWidget *> &order)
{
    auto *box = group(tr("Signed contracts (scans)"), this);
    auto *layout = new QVBoxLayout(box);
    m_scans = recordTable(QStringLiteral("contractScans"),
                          {tr("Version"), tr("Attached on"), tr("By"), tr("File"), tr("Size"),
                           tr("SHA-256")},
                          box);
    m_scans->setToolTip(tr("The scan of each signed version (PDF, JPEG or PNG, up to %1 MB), "
                           "with its SHA-256 fingerprint.")
                                .arg(ContractScan::MaxBytes / (1024 * 1024)));
    layout->addWidget(m_scans);
    m_scanStatus = new QLabel(box);
    m_scanStatus->setObjectName(QStringLiteral("scanStatus"));
    m_scanStatus->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_scanStatus, 1);
    m_attachScan = new QPushButton(tr("Attach the si&gned scan…"), box);
    m_attachScan->setObjectName(QStringLiteral("attachScan"));
    m_attachScan->setToolTip(tr("Attaches the scan of the signed contract to the version "
                                "selected above"));
    m_openScan = new QPushButton(tr("&Open"), box);
    m_openScan->setObjectName(QStringLiteral("openScan"));
    m_removeScan = new QPushButton(tr("Remo&ve the scan"), box);
    m_removeScan->setObjectName(QStringLiteral("removeScan"));
    m_removeScan->setToolTip(tr("Removes a scan attached by mistake (a wrong file or version)"));
    buttons->addWidget(m_attachScan);
    buttons->addWidget(m_openScan);
    buttons->addWidget(m_removeScan);
    layout->addLayout(buttons);
    order << m_scans << m_attachScan << m_openScan << m_removeScan;

    const auto selectionChanged = [this] {
        const bool chosen = selectedScan() != nullptr;
        m_openScan->setEnabled(chosen);
        m_removeScan->setEnabled(chosen && context().scope().may(Permission::EditHouseholds));
    };
    connect(m_scans, &QTableWidget::itemSelectionChanged, this, selectionChanged);
    connect(m_attachScan, &QPushButton::clicked, this, [this] { attachScan(); });
    const auto open = [this] {
        const ContractScan *chosen = selectedScan();
        if (!chosen)
            return;
        auto scan = ContractScanRepository(context().db()).open(context().scope(), chosen->id);
        if (!scan) {
            QMessageBox::warning(this, tr("Signed contracts (scans)"), scan.error().message);
            fillScans();
            return;
        }
        ScanViewerDialog viewer(*scan,
                                tr("Signed contract %1 — version %2")
                                        .arg(file().household.reference)
                                        .arg(scan->versionNumber),
                                this);
        viewer.exec();
    };
    connect(m_openScan, &QPushButton::clicked, this, open);
    connect(m_scans, &QTableWidget::cellDoubleClicked, this, open);
    connect(m_removeScan, &QPushButton::clicked, this, [this] {
        const ContractScan *chosen = selectedScan();
        if (!chosen)
            return;
        QMessageBox box(QMessageBox::Question, tr("Remove the scan"),
                        tr("Remove the scan “%1” of version no. %2?")
                                .arg(chosen->fileName)
                                .arg(chosen->versionNumber),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("removeScanQuestion"));
        box.setInformativeText(tr("Do it only for a scan attached by mistake. The removal is "
                                  "kept in the journal."));
        box.setDefaultButton(QMessageBox::Cancel);
        if (box.exec() != QMessageBox::Yes)
            return;
        const Status removed
                = ContractScanRepository(context().db()).remove(context().scope(), chosen->id);
        if (!removed)
            QMessageBox::warning(this, tr("Remove the scan"), removed.error().message);
        fillScans();
    });
    return box;
}

const ContractScan *ContractTab::selectedScan() const
{
    const int row = m_scans->currentRow();
    return row >= 0 && row < m_scanList.size() && !m_scans->selectedItems().isEmpty()
                   ? &m_scanList.at(row)
                   : nullptr;
}

void ContractTab::fillScans()
{
    const SupportContract *c = currentContract();
    m_scanList.clear();
    if (c && c->id > 0) {
        auto scans = ContractScanRepository(context().db()).list(context().scope(), c->id);
        if (scans)
            m_scanList = *scans;
        else
            m_scanStatus->setText(scans.error().message);
    }
    m_scans->setRowCount(int(m_scanList.size()));
    for (int row = 0; row < m_scanList.size(); ++row) {
        const ContractScan &scan = m_scanList.at(row);
        setCell(m_scans, row, 0, tr("no. %1").arg(scan.versionNumber));
        setCell(m_scans, row, 1,
                QLocale().toString(scan.attachedAt.toLocalTime(),
                                   QStringLiteral("dd/MM/yyyy HH:mm")));
        setCell(m_scans, row, 2, scan.attachedBy);
        setCell(m_scans, row, 3, scan.fileName);
        setCell(m_scans, row, 4, QLocale().formattedDataSize(scan.sizeBytes));
        setCell(m_scans, row, 5, scan.sha256.left(16) + QChar(0x2026));
        m_scans->item(row, 5)->setToolTip(scan.sha256);
    }
    m_scans->resizeColumnsToContents();
    fitRows(m_scans, 1, 4);
    m_scans->setCurrentCell(-1, -1);
    m_openScan->setEnabled(false);
    m_removeScan->setEnabled(false);
    const bool editable = c && c->id > 0 && context().scope().may(Permission::EditHouseholds);
    m_attachScan->setEnabled(editable && currentVersionRecord() != nullptr);
    if (m_scanList.isEmpty() && !m_scanStatus->property("keep").toBool())
        m_scanStatus->setText(tr("No signed scan attached yet."));
    else if (!m_scanStatus->property("keep").toBool())
        m_scanStatus->clear();
    m_scanStatus->setProperty("keep", false);
}

bool ContractTab::attachScan(const QString &path)
{
    const SupportContract *c = currentContract();
    if (!c || !currentVersionRecord() || !saveBeforePrinting(tr("Attach the signed scan"),
                                                             c->id <= 0))
        return false;
    c = currentContract();
    const ContractVersion *version = currentVersionRecord();
    if (!c || c->id <= 0 || !version)
        return false;
    QString chosen = path;
    if (chosen.isEmpty()) {
        QString folder = Settings::pdfFolder().value();
        if (folder.isEmpty() || !QDir(folder).exists())
            folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        chosen = FileDialogs::openFile(this,
                                       tr("Scan of the signed contract, version no. %1")
                                               .arg(version->number),
                                       folder,
                                       tr("Scans (*.pdf *.jpg *.jpeg *.png);;All files (*)"));
        if (chosen.isEmpty())
            return false;
    }
    // A file too big is refused before it is read into memory.
    if (const Status size = ContractScanRepository::checkSize(chosen, QFileInfo(chosen).size());
        !size && QFileInfo::exists(chosen)) {
        QMessageBox::warning(this, tr("Attach the signed scan"), size.error().message);
        return false;
    }
    // Read through SafeFiles: never the live base or its journal (opening them with a plain
    // QFile would drop SQLite's locks), never a FIFO or a device.
    const Result<QByteArray> bytes = SafeFiles::readRegularFile(chosen, ContractScan::MaxBytes);
    if (!bytes) {
        QMessageBox::warning(this, tr("Attach the signed scan"), bytes.error().message);
        return false;
    }
    auto attached = ContractScanRepository(context().db())
                            .attach(context().scope(), c->id, version->number, chosen, *bytes);
    if (!attached) {
        QMessageBox::warning(this, tr("Attach the signed scan"), attached.error().message);
        return false;
    }
    Settings::pdfFolder().setValue(QFileInfo(chosen).absolutePath());
    m_scanStatus->setText(tr("Scan of version no. %1 attached; SHA-256: %2.")
                                  .arg(attached->versionNumber)
                                  .arg(attached->sha256));
    m_scanStatus->setProperty("keep", true);
    fillScans();
    return true;
}

bool ContractTab::printContract(Output output, const QString &pdfPath)
{
    const SupportContract *c = currentContract();
    if (!c || !saveBeforePrinting(tr("Print the contract"), c->id <= 0))
        return false;
    c = currentContract();
    if (!c || c->id <= 0)
        return false;
    const int versionNumber
            = m_version >= 0 && m_version < c->versions.size() ? c->versions.at(m_version).number
                                                               : 0;
    const QStringList warnings = ContractRules::printWarnings(file(), *c, versionNumber);
    if (!warnings.isEmpty() && output != Output::Odt) {
        // Printed, the contract is signed as it reads: what the plan gets wrong is said first.
        QMessageBox box(QMessageBox::Question, tr("Print the contract"),
                        tr("Before printing, check the support plan:"),
                        QMessageBox::Yes | QMessageBox::No, this);
        box.setObjectName(QStringLiteral("printWarnings"));
        box.setInformativeText(u"• "_s + warnings.join(u"\n• "_s) + u"\n\n"_s
                               + tr("Print the contract anyway?"));
        box.setDefaultButton(QMessageBox::No);
        if (box.exec() != QMessageBox::Yes)
            return false;
    }
    Database &db = context().db();
    auto folder = Documents::templatesFolder(db);
    Result<PrintedContract> printed
            = folder ? Documents::printContract(db, context().scope(), file().household.id,
                                                m_actionId, *folder, versionNumber,
                                                output == Output::Odt
                                                        ? Documents::Source::Data
                                                        : Documents::Source::AsSigned)
                     : Result<PrintedContract>(folder.error());
    if (!printed) {
        QMessageBox::warning(this, tr("Print the contract"), printed.error().message);
        return false;
    }
    const bool done = DocumentPrinter::output(this, *printed, output,
                                              tr("Contract %1 version %2")
                                                      .arg(file().household.reference)
                                                      .arg(printed->versionNumber),
                                              pdfPath);
    if (!done)
        return false;
    if (output == Output::Odt)
        return true; // a draft to edit, not a print of the contract
    auto recorded = Documents::recordPrint(db, context().scope(), *printed);
    if (!recorded) {
        QMessageBox::warning(this, tr("Print the contract"),
                             tr("The contract was printed, but the print could not be kept "
                                "with it: %1")
                                     .arg(recorded.error().message));
        return true;
    }
    if (printed->reprintOf > 0) {
        m_printStatus->setText(
                tr("Version no. %1 printed again as it was printed on %2 and signed (%n "
                   "page(s)); SHA-256 of the PDF: %3.",
                   nullptr, printed->pageCount)
                        .arg(recorded->versionNumber)
                        .arg(QLocale().toString(printed->keptPrintedAt.toLocalTime(),
                                                QStringLiteral("dd/MM/yyyy HH:mm")),
                             recorded->sha256));
    } else {
        m_printStatus->setText(
                tr("Version no. %1 printed (%n page(s)); SHA-256 of the PDF: %2.", nullptr,
                   printed->pageCount)
                        .arg(recorded->versionNumber)
                        .arg(recorded->sha256));
    }
    m_printStatus->setProperty("justPrinted", true);
    fillPrints();
    return true;
}

void ContractTab::addVersion(bool renewal)
{
    const SupportContract *contract = currentContract();
    if (!contract)
        return;
    const Result<ContractVersion> next
            = renewal ? ContractRules::renewal(*contract, file().support(contract->actionId))
                      : ContractRules::amendment(*contract, file().support(contract->actionId),
                                                 context().today());
    if (!next) {
        m_versionsMessage->setMessage(next.error().message);
        return;
    }
    const ContractVersion version = *next;
    m_version = int(contract->versions.size());
    editContract(renewal ? tr("Renew the contract") : tr("Add an amendment to the contract"),
                 [version](SupportContract &c) { c.versions << version; });
    m_signed->setFocus();
}

const SupportContract *ContractTab::currentContract() const
{
    return m_actionId > 0 ? file().contract(m_actionId) : nullptr;
}

const ContractVersion *ContractTab::currentVersionRecord() const
{
    const SupportContract *c = currentContract();
    return c && m_version >= 0 && m_version < c->versions.size() ? &c->versions.at(m_version)
                                                                 : nullptr;
}

void ContractTab::editContract(const QString &text,
                               const std::function<void(SupportContract &)> &change,
                               const QString &mergeKey)
{
    const Id actionId = m_actionId;
    if (!currentContract())
        return;
    document().edit(
            text,
            [actionId, change](HouseholdFile &f) {
                for (SupportContract &c : f.contracts) {
                    if (c.actionId == actionId)
                        change(c);
                }
            },
            mergeKey);
}

void ContractTab::showAction(Id actionId)
{
    m_actionId = actionId;
    m_version = -1;
    refresh();
}

void ContractTab::showVersion(int index)
{
    m_version = index;
    const Refreshing guard(this);
    selectRow(m_versions, index);
    fillVersionForm();
}

void ContractTab::fillChooser()
{
    const QList<std::pair<Id, QString>> choices = supportActionChoices(file(), lookups());
    const Id shown = shownSupportAction(file(), choices, m_actionId);
    if (shown != m_actionId) {
        m_actionId = shown;
        m_version = -1;
    }
    m_action->setRecords(choices);
    m_action->setId(m_actionId);
    // The choice shows only when there is one to make.
    const bool several = choices.size() > 1;
    m_actionChoice->setVisible(several);
    // The code alone keeps room for the print actions; the full name is in the tooltip.
    m_actionLabel->setText(several             ? tr("Support:")
                           : choices.isEmpty() ? tr("No support yet")
                                               : tr("Support: %1")
                                                         .arg(lookups().actionCode(m_actionId)));
    m_actionLabel->setToolTip(choices.size() == 1 ? choices.first().second : QString());
}

void ContractTab::fillContract()
{
    const SupportContract *c = currentContract();
    m_details->setVisible(c != nullptr);
    m_empty->setVisible(c == nullptr);
    m_create->setVisible(c == nullptr && m_actionId > 0);
    for (QAction *a : {m_previewAction, m_printAction, m_pdfAction, m_odtAction})
        a->setEnabled(c != nullptr && !c->versions.isEmpty());
    if (!c) {
        m_empty->setText(m_actionId > 0
                                 ? tr("No contract for this support yet — create it: the initial "
                                      "version starts with the support, for 12 months.")
                                 : tr("This household has no support yet: add one in the Situation "
                                      "tab; its tripartite contract is then written here."));
        return;
    }
    m_contractFields.refresh();
    m_stepFields.refresh();
    const QStringList signatories = ContractRules::householdSignatories(file().household);
    m_householdSignatories->setText(
            signatories.isEmpty()
                    ? tr("nobody yet — tick “Signs” for the members in the Situation tab")
                    : signatories.join(QStringLiteral(", ")));

    m_contractFields.showProblems(problemsOf(ContractRules::check(file(), *c, lookups().catalog), {}));
    fillVersions();
}

void ContractTab::fillVersions()
{
    const SupportContract *c = currentContract();
    const QList<ContractVersion> versions = c ? c->versions : QList<ContractVersion>();
    const ReferenceCatalog &refs = lookups().catalog;
    const Problems problems = c ? ContractRules::check(file(), *c, refs) : Problems();
    m_versions->setRowCount(int(versions.size()));
    for (int row = 0; row < versions.size(); ++row) {
        const ContractVersion &v = versions.at(row);
        setCell(m_versions, row, VersionNumber, QString::number(v.number));
        setCell(m_versions, row, VersionKind,
                refs.label(ReferenceList::ContractVersionKind, v.kind));
        setCell(m_versions, row, VersionSigned,
                v.date.isValid() ? dateText(v.date) : tr("not signed"));
        setCell(m_versions, row, VersionStart, dateText(v.startDate));
        setCell(m_versions, row, VersionEnd, dateText(v.endDate));
        setCell(m_versions, row, VersionNotes, firstLine(v.notes, 60));
        const Problems own = problemsOf(problems, QStringLiteral("versions"), row);
        setRowLook(m_versions, row, own.isEmpty() ? RowLook::Normal : RowLook::Warning,
                   own.isEmpty() ? QString() : own.first().message);
    }
    m_versions->resizeColumnsToContents();
    fitRows(m_versions, 3, 8);
    if (m_version < 0 || m_version >= versions.size())
        m_version = int(versions.size()) - 1;
    selectRow(m_versions, m_version);
    const ContractVersion *current = c ? c->currentVersion() : nullptr;
    m_inForce->setText(
            current ? tr("Current version: no. %1 (%2), from %3 to %4.")
                              .arg(current->number)
                              .arg(refs.label(ReferenceList::ContractVersionKind, current->kind),
                                   dateText(current->startDate), dateText(current->endDate))
                    : tr("No version yet."));
    m_renew->setEnabled(current != nullptr);
    m_amend->setEnabled(current != nullptr);
    m_removeVersion->setEnabled(versions.size() > 1);
    m_versionsMessage->setMessage({});
    fillVersionForm();
    fillPrints();
    fillScans();
}

void ContractTab::fillVersionForm()
{
    const bool valid = currentVersionRecord() != nullptr;
    m_versionForm->setEnabled(valid);
    m_versionFields.refresh();
    m_versionFields.showProblems(
            valid ? problemsOf(ContractRules::check(file(), *currentContract(), lookups().catalog),
                               QStringLiteral("versions"), m_version)
                  : Problems());
}

void ContractTab::refresh()
{
    const Refreshing guard(this);
    fillChooser();
    fillContract();
}

} // namespace Passerelle::Ui
