#pragma once

#include "Result.h"
#include "exchange/Import.h"
#include "security/Scope.h"

#include <QWizard>

namespace Passerelle {
class Database;
}

namespace Passerelle::Ui {

class ImportRunner;

/// Fichier › Importer des tableaux… : the innovation officer's import of a unit's
/// spreadsheets (IMPORT.md), step by step. She chooses the households file (and the contacts
/// file, if any); sees what Passerelle recognised in each (encoding, separator, the columns and
/// what they fill, the columns it ignores); the files are checked as the import would read them
/// (a dry run) and every error and warning is listed, to be saved as a CSV; the import is
/// possible only without errors. It then runs with a progress bar and can be cancelled: all or
/// nothing, as on the command line (`passerelle import`), journaled under her account. The
/// long work runs in a thread of its own (ImportRunner): the window never freezes.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilesPageId, DetectionPageId, CheckPageId, ProgressPageId, DonePageId };

    ImportWizard(Database &db, const Scope &scope, QWidget *parent = nullptr);
    ~ImportWizard() override;

    /// The files chosen on the first page.
    QString householdsPath() const;
    QString contactsPath() const;
    /// Fills the first page (as the « Parcourir… » buttons do).
    void setFiles(const QString &householdsPath, const QString &contactsPath);

    ImportRunner &runner() const { return *m_runner; }
    /// The last check (dry run) and the import, once done.
    const Import::Report &checkReport() const { return m_check; }
    const Import::Report &importReport() const { return m_import; }
    /// True once the import was written to the base.
    bool wasImported() const { return m_imported; }

    /// Writes the problems of the last check to `path` (';'-separated CSV, UTF-8 with BOM).
    Status saveProblems(const QString &path) const;

    // The pages' share of the work (they show; the wizard holds the state).
    void setCheckReport(const Import::Report &report) { m_check = report; }
    void setImportReport(const Import::Report &report);

Q_SIGNALS:
    /// The import was written: the screens reload what they show.
    void imported();

public Q_SLOTS:
    /// Closing while work runs cancels it first (an import rolls back), then closes.
    void reject() override;

private:
    ImportRunner *m_runner = nullptr;
    Import::Report m_check;
    Import::Report m_import;
    bool m_imported = false;
};

} // namespace Passerelle::Ui
