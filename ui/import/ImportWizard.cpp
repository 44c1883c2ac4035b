#include "ImportWizard.h"

#include "forms/TabForms.h"
#include "import/ImportPages.h"
#include "import/ImportRunner.h"
#include "io/SafeFiles.h"

namespace Passerelle::Ui {

ImportWizard::ImportWizard(Database &db, const Scope &scope, QWidget *parent)
    : QWizard(parent), m_runner(new ImportRunner(db, scope, this))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import spreadsheets"));
    setWizardStyle(QWizard::ModernStyle);
    setOptions(QWizard::NoBackButtonOnLastPage | QWizard::NoCancelButtonOnLastPage);
    setPage(FilesPageId, new ImportFilesPage(*this));
    setPage(DetectionPageId, new ImportDetectionPage(*this));
    setPage(CheckPageId, new ImportCheckPage(*this));
    setPage(ProgressPageId, new ImportProgressPage(*this));
    setPage(DonePageId, new ImportDonePage(*this));
    setStartId(FilesPageId);
    // Room for the tables of columns and problems, within a 1366 x 768 laptop screen.
    TabForms::resizeWithinScreen(this, QSize(1080, 680));
}

ImportWizard::~ImportWizard()
{
    // The work still running stops (rolled back) before the pages it reports to go.
    delete m_runner;
    m_runner = nullptr;
}

QString ImportWizard::householdsPath() const
{
    return field(QStringLiteral("householdsFile")).toString().trimmed();
}

QString ImportWizard::contactsPath() const
{
    return field(QStringLiteral("contactsFile")).toString().trimmed();
}

void ImportWizard::setFiles(const QString &householdsPath, const QString &contactsPath)
{
    setField(QStringLiteral("householdsFile"), householdsPath);
    setField(QStringLiteral("contactsFile"), contactsPath);
}

Status ImportWizard::saveProblems(const QString &path) const
{
    return SafeFiles::writeAtomically(path, Import::problemsCsv(m_check));
}

void ImportWizard::setImportReport(const Import::Report &report)
{
    m_import = report;
    const bool written = report.ok() && !m_imported;
    m_imported = m_imported || report.ok();
    if (written)
        Q_EMIT imported();
}

void ImportWizard::reject()
{
    m_runner->stop();
    QWizard::reject();
}

} // namespace Passerelle::Ui
