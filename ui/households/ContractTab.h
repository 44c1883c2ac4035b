#pragma once

#include "widgets/WidgetsFwd.h"

#include "HouseholdTab.h"
#include "forms/TabForms.h"
#include "documents/DocumentPrinter.h"
#include "domain/ContractPrint.h"
#include "domain/ContractScan.h"
#include "forms/Binder.h"

namespace Passerelle::Ui {

/// Contrat: the tripartite support contract of each support (one per action): its terms, each
/// party's commitments, the signatories, and its versions (initial, avenants, renewals).
class ContractTab : public HouseholdTab
{
    Q_OBJECT

public:
    ContractTab(HouseholdDocument &document, AppContext &context, const Lookups &lookups,
                QWidget *parent = nullptr);

    QString title() const override;
    void refresh() override;

    /// The toolbar of the contract shown ("contractActions"): the choice of the support, the
    /// print preview, printing and the PDF export.
    QToolBar *actionsToolBar() const { return m_toolbar; }

    using Output = DocumentPrinter::Output;
    /// Prints the version shown of the contract shown (saving the file first, after asking,
    /// when it has unsaved changes): the printed version is kept with the contract (date,
    /// version number, SHA-256 of the PDF). For Output::Pdf, `pdfPath` (when given) is the file
    /// written instead of asking. True when printed.
    bool printContract(Output output, const QString &pdfPath = {});
    /// Attaches the scan of the signed contract to the version shown (saving the file first,
    /// after asking, when it has unsaved changes): the file at `path`, or one asked for when
    /// empty. True when attached.
    bool attachScan(const QString &path = {});
    /// The scans of the contract shown, oldest first (without their bytes).
    const QList<ContractScan> &scans() const { return m_scanList; }
    /// The action whose contract is shown (0: the household has no support).
    Id currentActionId() const { return m_actionId; }
    void showAction(Id actionId);
    /// The index of the version shown in the version form (-1: none).
    int currentVersion() const { return m_version; }
    void showVersion(int index);

private:
    QWidget *buildPrints(QList<QWidget *> &order);
    void fillPrints();
    QWidget *buildScans(QList<QWidget *> &order);
    void fillScans();
    const ContractScan *selectedScan() const;
    QWidget *buildTerms(QList<QWidget *> &order);
    QWidget *buildCommitments(QList<QWidget *> &order);
    QWidget *buildVersions(QList<QWidget *> &order);
    void fillChooser();
    void fillContract();
    void fillVersions();
    void fillVersionForm();
    const SupportContract *currentContract() const;
    const ContractVersion *currentVersionRecord() const;
    void editContract(const QString &text, const std::function<void(SupportContract &)> &change,
                      const QString &mergeKey = {});
    void addVersion(bool renewal);

    Id m_actionId = 0;
    int m_version = -1;

    QToolBar *m_toolbar = nullptr;
    QLabel *m_actionLabel = nullptr;
    RecordCombo *m_action = nullptr;
    QAction *m_actionChoice = nullptr;
    QAction *m_previewAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_pdfAction = nullptr;
    QAction *m_odtAction = nullptr;
    QTableWidget *m_prints = nullptr;
    QPushButton *m_copyPrint = nullptr;
    QLabel *m_printStatus = nullptr;
    QList<ContractPrint> m_printList;
    QTableWidget *m_scans = nullptr;
    QPushButton *m_attachScan = nullptr;
    QPushButton *m_openScan = nullptr;
    QPushButton *m_removeScan = nullptr;
    QLabel *m_scanStatus = nullptr;
    QList<ContractScan> m_scanList;
    QLabel *m_empty = nullptr;
    QPushButton *m_create = nullptr;
    QWidget *m_details = nullptr;

    QLineEdit *m_place = nullptr;
    QLabel *m_householdSignatories = nullptr;

    QLabel *m_inForce = nullptr;
    QTableWidget *m_versions = nullptr;
    QPushButton *m_renew = nullptr;
    QPushButton *m_amend = nullptr;
    QPushButton *m_removeVersion = nullptr;
    FieldMessage *m_versionsMessage = nullptr;
    QWidget *m_versionForm = nullptr;
    DateEdit *m_signed = nullptr;

    Forms::Binder<SupportContract> m_contractFields;
    Forms::Binder<ContractVersion> m_versionFields;
    /// The fields whose every change is one step of its own (each step of the duration box).
    Forms::Binder<SupportContract> m_stepFields;
};

} // namespace Passerelle::Ui
