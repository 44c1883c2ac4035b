#pragma once

#include "widgets/WidgetsFwd.h"

// The pages of ImportWizard, in their order.

#include "exchange/Import.h"

#include <QWizardPage>

#include <functional>

namespace Passerelle::Ui {

class ImportProblemsModel;
class ImportWizard;

/// What the pages share: the wizard, which holds the state and runs the long work in its
/// ImportRunner; a page shows only the work it started.
class ImportPage : public QWizardPage
{
public:
    /// Going back from the page stops the work it started.
    void cleanupPage() override;

protected:
    ImportPage(ImportWizard &wizard, const QString &name, const QString &title,
               const QString &subTitle);
    /// While this page is shown: shows in `bar` (if any) how far the runner is, and calls
    /// `finished` when it finishes.
    void follow(QProgressBar *bar, const std::function<void()> &finished);
    /// Runs the import of the files chosen: a check that writes nothing when `dryRun`.
    void run(bool dryRun);

    ImportWizard &m_wizard;
};

/// 1. The files: households (required) and contacts (optional), chosen through FileDialogs.
class ImportFilesPage : public ImportPage
{
    Q_OBJECT

public:
    explicit ImportFilesPage(ImportWizard &wizard);

    QLineEdit *householdsEdit() const { return m_households; }
    QLineEdit *contactsEdit() const { return m_contacts; }

private:
    void browse(QLineEdit *edit, const QString &caption);

    QLineEdit *m_households = nullptr;
    QLineEdit *m_contacts = nullptr;
};

/// 2. What was recognised in each file: encoding, separator, lines, the columns and what they
/// fill, the columns ignored, the required columns missing.
class ImportDetectionPage : public ImportPage
{
    Q_OBJECT

public:
    explicit ImportDetectionPage(ImportWizard &wizard);

    void initializePage() override;
    bool isComplete() const override;

private:
    void showInspections();
    /// What was recognised in one file (`inspection` null: no file was chosen).
    QGroupBox *fileBox(const QString &title, const Import::FileInspection *inspection);

    QLabel *m_reading = nullptr;
    QWidget *m_files = nullptr;
};

/// 3. The check (a dry run): every error and warning, their counts, saved as CSV on demand;
/// « Vérifier à nouveau » after correcting the files. The import button waits for no error.
class ImportCheckPage : public ImportPage
{
    Q_OBJECT

public:
    explicit ImportCheckPage(ImportWizard &wizard);

    void initializePage() override;
    bool isComplete() const override;

    /// Runs the dry run again (the files are read again).
    void check();

private:
    void showReport();
    void saveProblems();

    QLabel *m_summary = nullptr;
    QProgressBar *m_progress = nullptr;
    ImportProblemsModel *m_model = nullptr;
    QPushButton *m_recheck = nullptr;
    QPushButton *m_save = nullptr;
    bool m_checked = false;
};

/// 4. The import, with its progress and « Annuler l'import » (all or nothing).
class ImportProgressPage : public ImportPage
{
    Q_OBJECT

public:
    explicit ImportProgressPage(ImportWizard &wizard);

    void initializePage() override;
    bool isComplete() const override;

private:
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    bool m_done = false;
};

/// 5. What was done: households created and updated, supports, contacts created and already
/// present; or that nothing was written (cancelled, or refused).
class ImportDonePage : public ImportPage
{
    Q_OBJECT

public:
    explicit ImportDonePage(ImportWizard &wizard);

    void initializePage() override;

private:
    QLabel *m_outcome = nullptr;
    QFormLayout *m_counts = nullptr; ///< in the widget "counts", hidden unless imported
    QTableView *m_problems = nullptr;
    ImportProblemsModel *m_model = nullptr;
};

} // namespace Passerelle::Ui
