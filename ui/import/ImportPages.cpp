#include "ImportPages.h"

#include "Settings.h"
#include "files/FileDialogs.h"
#include "forms/TabForms.h"
#include "import/ImportProblemsModel.h"
#include "import/ImportRunner.h"
#include "import/ImportWizard.h"

#include <QAbstractButton>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Passerelle::Ui {

namespace {

using Settings::importFolder;

QString startFolder(const QString &path)
{
    if (!path.isEmpty())
        return QFileInfo(path).absolutePath();
    const QString remembered = importFolder().value();
    return remembered.isEmpty() ? QDir::homePath() : remembered;
}

QLabel *wrappedLabel(const QString &text, QWidget *parent, const QString &name = {})
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

void colour(QLabel *label, const char *colour)
{
    label->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(QLatin1String(colour)));
}

const char *const ErrorColour = "#b01c1c";
const char *const WarningColour = "#8a5a00";
const char *const SuccessColour = "#1e6b2e";
const char *const HintColour = "#555555";

QString upperFirst(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

/// A progress bar showing `done` of `total` (busy while the total is not known).
void showProgress(QProgressBar *bar, qint64 done, qint64 total)
{
    if (total <= 0) {
        bar->setRange(0, 0);
        return;
    }
    // QProgressBar counts in int: in thousandths of the total.
    bar->setRange(0, 1000);
    bar->setValue(int(done * 1000 / total));
}

/// Columns as wide as what they show (within reason), the message taking the rest.
void fitColumns(QTableView *view)
{
    const int widest = view->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 28;
    for (int column : {ImportProblemsModel::KindColumn, ImportProblemsModel::FileColumn,
                       ImportProblemsModel::LineColumn, ImportProblemsModel::ColumnColumn,
                       ImportProblemsModel::ValueColumn}) {
        view->resizeColumnToContents(column);
        view->setColumnWidth(column, std::min(view->columnWidth(column) + 8, widest));
    }
}

QTableView *problemsView(ImportProblemsModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    // Thousands of rows: widths from a sample of them.
    view->horizontalHeader()->setResizeContentsPrecision(200);
    QObject::connect(model, &QAbstractItemModel::modelReset, view, [view] { fitColumns(view); });
    return view;
}

} // namespace

ImportPage::ImportPage(ImportWizard &wizard, const QString &name, const QString &title,
                       const QString &subTitle)
    : QWizardPage(&wizard), m_wizard(wizard)
{
    setObjectName(name);
    setTitle(title);
    setSubTitle(subTitle);
}

void ImportPage::cleanupPage()
{
    m_wizard.runner().stop();
    QWizardPage::cleanupPage();
}

void ImportPage::follow(QProgressBar *bar, const std::function<void()> &finished)
{
    connect(&m_wizard.runner(), &ImportRunner::finished, this, [this, finished] {
        if (m_wizard.currentPage() == this)
            finished();
    });
    if (bar) {
        connect(&m_wizard.runner(), &ImportRunner::progressed, this,
                [this, bar](qint64 done, qint64 total) {
                    if (m_wizard.currentPage() == this)
                        showProgress(bar, done, total);
                });
    }
}

void ImportPage::run(bool dryRun)
{
    Import::Options options;
    options.householdsPath = m_wizard.householdsPath();
    options.contactsPath = m_wizard.contactsPath();
    options.dryRun = dryRun;
    m_wizard.runner().run(options);
}

// --- 1. The files ----------------------------------------------------------------------------

ImportFilesPage::ImportFilesPage(ImportWizard &wizard)
    : ImportPage(wizard, QStringLiteral("filesPage"), tr("The spreadsheets to import"),
                 tr("The unit's follow-up tables, saved as CSV by the spreadsheet (separated "
                    "by semicolons, commas or tabs; UTF-8 or what French Excel writes)."))
{
    auto *layout = new QVBoxLayout(this);
    auto *grid = new QGridLayout;
    const auto row = [&](int r, const QString &label, QLineEdit *&edit, const QString &name,
                         const QString &caption, const QString &note) {
        auto *title = new QLabel(label, this);
        edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setClearButtonEnabled(true);
        edit->setMinimumWidth(520);
        title->setBuddy(edit);
        auto *browse = new QPushButton(tr("&Browse…"), this);
        browse->setObjectName(name + QStringLiteral("Browse"));
        connect(browse, &QPushButton::clicked, this, [this, edit, caption] {
            this->browse(edit, caption);
        });
        grid->addWidget(title, 2 * r, 0);
        grid->addWidget(edit, 2 * r, 1);
        grid->addWidget(browse, 2 * r, 2);
        auto *hint = wrappedLabel(note, this);
        colour(hint, HintColour);
        QFont small = hint->font();
        small.setPointSizeF(small.pointSizeF() * 0.92);
        hint->setFont(small);
        grid->addWidget(hint, 2 * r + 1, 1, 1, 2);
    };
    row(0, tr("&Households (required):"), m_households, QStringLiteral("householdsFile"),
        tr("Households file"),
        tr("One line per household and action: reference, name, agency, action, dates of the "
           "path, dwelling and lease."));
    row(1, tr("&Contacts (optional):"), m_contacts, QStringLiteral("contactsFile"),
        tr("Contacts file"),
        tr("One line per contact: the household's reference, date, type, duration, author."));
    grid->setColumnStretch(1, 1);
    grid->setVerticalSpacing(6);
    layout->addLayout(grid);
    layout->addSpacing(16);
    layout->addWidget(wrappedLabel(
        tr("Nothing is written before the last step. Passerelle first shows what it recognised "
           "in the files, then checks every line as the import will read it and lists every "
           "problem. The import then writes everything, or nothing if one line is wrong; "
           "importing the same files again creates no duplicates."),
        this));
    layout->addStretch(1);
    // The households file is required: « Suivant » waits for it.
    registerField(QStringLiteral("householdsFile*"), m_households);
    registerField(QStringLiteral("contactsFile"), m_contacts);
}

void ImportFilesPage::browse(QLineEdit *edit, const QString &caption)
{
    const QString path = FileDialogs::openFile(this, caption, startFolder(edit->text()),
                                               tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    edit->setText(QDir::toNativeSeparators(path));
    importFolder().setValue(QFileInfo(path).absolutePath());
}

// --- 2. What was recognised ----------------------------------------------------------------

ImportDetectionPage::ImportDetectionPage(ImportWizard &wizard)
    : ImportPage(wizard, QStringLiteral("detectionPage"), tr("What Passerelle recognised"),
                 tr("How each file is written, and which of its columns the import reads. "
                    "Unknown columns are ignored: check that none of them holds what a "
                    "recognised column should."))
{
    auto *layout = new QVBoxLayout(this);
    m_reading = wrappedLabel(tr("Reading the files…"), this, QStringLiteral("reading"));
    layout->addWidget(m_reading);
    m_files = new QWidget(this);
    m_files->setObjectName(QStringLiteral("inspections"));
    auto *files = new QHBoxLayout(m_files);
    files->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_files, 1);
    follow(nullptr, [this] { showInspections(); });
}

void ImportDetectionPage::initializePage()
{
    m_reading->show();
    while (QLayoutItem *item = m_files->layout()->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_wizard.runner().inspect(m_wizard.householdsPath(), m_wizard.contactsPath());
    Q_EMIT completeChanged();
}

bool ImportDetectionPage::isComplete() const
{
    return !m_wizard.runner().isRunning();
}

void ImportDetectionPage::showInspections()
{
    m_reading->hide();
    const ImportRunner &runner = m_wizard.runner();
    m_files->layout()->addWidget(fileBox(tr("Households"), &runner.households()));
    m_files->layout()->addWidget(
        fileBox(tr("Contacts"), runner.contacts() ? &*runner.contacts() : nullptr));
    Q_EMIT completeChanged();
}

QGroupBox *ImportDetectionPage::fileBox(const QString &title,
                                        const Import::FileInspection *inspection)
{
    const bool named = inspection && !inspection->file.isEmpty();
    auto *box = new QGroupBox(named ? tr("%1 — %2").arg(title, inspection->file) : title, m_files);
    box->setObjectName(title == tr("Households") ? QStringLiteral("householdsInspection")
                                                 : QStringLiteral("contactsInspection"));
    auto *layout = new QVBoxLayout(box);
    if (!inspection) {
        layout->addWidget(
            wrappedLabel(tr("No contacts file: only the households will be imported."), box));
        layout->addStretch(1);
        return box;
    }
    const Import::FileInspection &seen = *inspection;
    if (!seen.readable) {
        QStringList reasons;
        for (const Import::Problem &p : seen.problems)
            reasons << p.message;
        auto *unreadable = wrappedLabel(tr("This file cannot be read: %1.")
                                            .arg(reasons.join(QStringLiteral("; "))),
                                        box, QStringLiteral("unreadable"));
        colour(unreadable, ErrorColour);
        layout->addWidget(unreadable);
        layout->addStretch(1);
        return box;
    }
    QString separator;
    if (seen.separator == u';')
        separator = tr("semicolon (;)");
    else if (seen.separator == u',')
        separator = tr("comma (,)");
    else if (seen.separator == u'\t')
        separator = tr("tab");
    else
        separator = seen.separator;
    QString encoding = seen.encoding;
    if (encoding == QStringLiteral("Windows-1252"))
        encoding = tr("Windows-1252 (as French Excel saves)");
    const QString facts = tr("Encoding: %1\nSeparator: %2\n%n line(s) of data after the header",
                             nullptr, seen.records)
                              .arg(encoding, separator);
    layout->addWidget(wrappedLabel(facts, box, QStringLiteral("facts")));

    QTableWidget *table = TabForms::recordTable(
        QStringLiteral("recognised"), {tr("Column of the file"), tr("Read as")}, box);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setRowCount(int(seen.recognised.size()));
    for (int r = 0; r < seen.recognised.size(); ++r) {
        const Import::RecognisedColumn &c = seen.recognised.at(r);
        auto *header = new QTableWidgetItem(c.header);
        auto *meaning = new QTableWidgetItem(upperFirst(c.meaning));
        const QString tip = c.required ? tr("Column %1 (required): %2").arg(c.column, c.meaning)
                                       : tr("Column %1: %2").arg(c.column, c.meaning);
        header->setToolTip(tip);
        meaning->setToolTip(tip);
        header->setData(Qt::UserRole, c.column);
        if (c.required) {
            QFont bold = header->font();
            bold.setBold(true);
            header->setFont(bold);
        }
        table->setItem(r, 0, header);
        table->setItem(r, 1, meaning);
    }
    table->resizeColumnToContents(0);
    table->setColumnWidth(0, std::min(table->columnWidth(0) + 12, 220));
    layout->addWidget(table, 1);
    auto *legend = wrappedLabel(tr("%n column(s) recognised; required columns in bold.", nullptr,
                                   int(seen.recognised.size())),
                                box);
    layout->addWidget(legend);

    auto *unknown = wrappedLabel(
        seen.unknown.isEmpty()
            ? tr("No unknown column.")
            : tr("Unknown column(s), ignored: %1", nullptr, int(seen.unknown.size()))
                  .arg(seen.unknown.join(QStringLiteral(", "))),
        box, QStringLiteral("unknown"));
    if (!seen.unknown.isEmpty())
        colour(unknown, WarningColour);
    layout->addWidget(unknown);
    if (!seen.missing.isEmpty()) {
        auto *missing = wrappedLabel(
            tr("Required column(s) missing: %1. The check will refuse the file: add them to the "
               "spreadsheet.",
               nullptr, int(seen.missing.size()))
                .arg(seen.missing.join(QStringLiteral(", "))),
            box, QStringLiteral("missing"));
        colour(missing, ErrorColour);
        layout->addWidget(missing);
    }
    return box;
}

// --- 3. The check ----------------------------------------------------------------------------

ImportCheckPage::ImportCheckPage(ImportWizard &wizard)
    : ImportPage(wizard, QStringLiteral("checkPage"), tr("Check"),
                 tr("Every line is read as the import will read it, and nothing is written. "
                    "The import is possible once there is no error left."))
{
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    auto *layout = new QVBoxLayout(this);
    m_summary = wrappedLabel(QString(), this, QStringLiteral("summary"));
    layout->addWidget(m_summary);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("checkProgress"));
    m_progress->setTextVisible(false);
    layout->addWidget(m_progress);
    m_model = new ImportProblemsModel(this);
    layout->addWidget(problemsView(m_model, QStringLiteral("problems"), this), 1);
    auto *buttons = new QHBoxLayout;
    m_recheck = new QPushButton(tr("&Check again"), this);
    m_recheck->setObjectName(QStringLiteral("recheck"));
    m_recheck->setToolTip(tr("Read the files again, once corrected and saved"));
    m_save = new QPushButton(tr("&Save the list…"), this);
    m_save->setObjectName(QStringLiteral("saveProblems"));
    m_save->setToolTip(tr("Save the errors and warnings as a CSV file, to correct the "
                          "spreadsheets"));
    buttons->addWidget(m_recheck);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);
    connect(m_recheck, &QPushButton::clicked, this, &ImportCheckPage::check);
    connect(m_save, &QPushButton::clicked, this, &ImportCheckPage::saveProblems);
    follow(m_progress, [this] {
        m_wizard.setCheckReport(m_wizard.runner().report());
        m_checked = true;
        showReport();
    });
}

void ImportCheckPage::initializePage()
{
    check();
}

bool ImportCheckPage::isComplete() const
{
    return m_checked && !m_wizard.runner().isRunning() && m_wizard.checkReport().ok();
}

void ImportCheckPage::check()
{
    if (m_wizard.runner().isRunning())
        return;
    m_checked = false;
    m_model->clear();
    m_wizard.setCheckReport({});
    m_summary->setText(tr("Checking the files as the import will read them… Nothing is "
                          "written."));
    m_summary->setStyleSheet(QString());
    m_progress->show();
    showProgress(m_progress, 0, 0);
    m_recheck->setEnabled(false);
    m_save->setEnabled(false);
    run(true);
    Q_EMIT completeChanged();
}

void ImportCheckPage::showReport()
{
    const Import::Report &report = m_wizard.checkReport();
    m_model->setReport(report);
    m_progress->hide();
    m_recheck->setEnabled(true);
    m_save->setEnabled(m_model->rowCount() > 0);
    const int errors = m_model->errorCount();
    const int warnings = m_model->warningCount();
    QStringList text;
    if (report.cancelled) {
        text << tr("The check was interrupted.");
    } else if (errors > 0) {
        text << tr("%1 and %2.").arg(tr("%n error(s)", nullptr, errors),
                                     tr("%n warning(s)", nullptr, warnings))
                    + u' '
                    + tr("The import is not possible while there are errors: correct the files, "
                         "save them, then click « Check again ».");
        colour(m_summary, ErrorColour);
    } else {
        const QLocale locale;
        text << (warnings > 0 ? tr("No error, %n warning(s): read them before importing.",
                                   nullptr, warnings)
                              : tr("No error, no warning."))
             << tr("The import will give:")
             << tr("• households: %1 created, %2 updated")
                    .arg(locale.toString(report.householdsCreated),
                         locale.toString(report.householdsUpdated))
             << tr("• supports: %1 created, %2 updated")
                    .arg(locale.toString(report.supportsCreated),
                         locale.toString(report.supportsUpdated))
             << tr("• contacts: %1 created, %2 already present")
                    .arg(locale.toString(report.contactsCreated),
                         locale.toString(report.contactsAlreadyPresent))
             << tr("Nothing is written yet: click « Import » to write everything.");
        colour(m_summary, SuccessColour);
    }
    m_summary->setText(text.join(u'\n'));
    Q_EMIT completeChanged();
}

void ImportCheckPage::saveProblems()
{
    const QString suggested = QDir(startFolder(m_wizard.householdsPath()))
                                  .filePath(tr("import-problems.csv"));
    const QString path = FileDialogs::saveFile(this, tr("Save the list of problems"), suggested,
                                               tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const Status saved = m_wizard.saveProblems(path); !saved) {
        QMessageBox::warning(this, tr("Save the list of problems"), saved.error().message);
        return;
    }
    importFolder().setValue(QFileInfo(path).absolutePath());
}

// --- 4. The import ---------------------------------------------------------------------------

ImportProgressPage::ImportProgressPage(ImportWizard &wizard)
    : ImportPage(wizard, QStringLiteral("progressPage"), tr("Import"),
                 tr("Everything is written in one go: if the import is cancelled, or fails, "
                    "nothing is written at all."))
{
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    m_status = wrappedLabel(QString(), this, QStringLiteral("status"));
    layout->addWidget(m_status);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    layout->addWidget(m_progress);
    m_cancel = new QPushButton(tr("&Cancel the import"), this);
    m_cancel->setObjectName(QStringLiteral("cancelImport"));
    layout->addWidget(m_cancel, 0, Qt::AlignRight);
    layout->addStretch(2);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_wizard.runner().cancel();
        m_cancel->setEnabled(false);
        m_status->setText(tr("Cancelling… Nothing will be written."));
    });
    follow(m_progress, [this] {
        m_done = true;
        if (QAbstractButton *cancel = m_wizard.button(QWizard::CancelButton))
            cancel->setEnabled(true);
        m_wizard.setImportReport(m_wizard.runner().report());
        Q_EMIT completeChanged();
        m_wizard.next();
    });
}

void ImportProgressPage::initializePage()
{
    m_done = false;
    m_cancel->setEnabled(true);
    m_status->setText(tr("Importing the households, their path and their contacts…"));
    showProgress(m_progress, 0, 0);
    // « Annuler l'import » says what cancelling does; the wizard's own button waits.
    if (QAbstractButton *cancel = m_wizard.button(QWizard::CancelButton))
        cancel->setEnabled(false);
    run(false);
}

bool ImportProgressPage::isComplete() const
{
    return m_done;
}

// --- 5. What was done ------------------------------------------------------------------------

ImportDonePage::ImportDonePage(ImportWizard &wizard)
    : ImportPage(wizard, QStringLiteral("donePage"), tr("Import finished"), QString())
{
    setFinalPage(true);
    auto *layout = new QVBoxLayout(this);
    m_outcome = wrappedLabel(QString(), this, QStringLiteral("outcome"));
    QFont bigger = m_outcome->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.1);
    m_outcome->setFont(bigger);
    layout->addWidget(m_outcome);
    auto *counts = new QWidget(this);
    counts->setObjectName(QStringLiteral("counts"));
    m_counts = new QFormLayout(counts);
    m_counts->setContentsMargins(12, 12, 0, 0);
    layout->addWidget(counts);
    m_model = new ImportProblemsModel(this);
    m_problems = problemsView(m_model, QStringLiteral("importProblems"), this);
    layout->addWidget(m_problems, 1);
    layout->addStretch(1);
}

void ImportDonePage::initializePage()
{
    const Import::Report &report = m_wizard.importReport();
    while (m_counts->rowCount() > 0)
        m_counts->removeRow(0);
    m_model->clear();
    m_counts->parentWidget()->hide();
    m_problems->hide();
    if (report.ok()) {
        setTitle(tr("Import finished"));
        setSubTitle(tr("The base holds the households and contacts of the files; the screens of "
                       "Passerelle show them."));
        m_outcome->setText(tr("The import is done."));
        colour(m_outcome, SuccessColour);
        const QLocale locale;
        const auto count = [&](const QString &label, int value, const QString &name) {
            auto *number = new QLabel(locale.toString(value));
            number->setObjectName(name);
            m_counts->addRow(label, number);
        };
        count(tr("Households created:"), report.householdsCreated,
              QStringLiteral("householdsCreated"));
        count(tr("Households updated:"), report.householdsUpdated,
              QStringLiteral("householdsUpdated"));
        count(tr("Supports created:"), report.supportsCreated, QStringLiteral("supportsCreated"));
        count(tr("Supports updated:"), report.supportsUpdated, QStringLiteral("supportsUpdated"));
        count(tr("Contacts created:"), report.contactsCreated, QStringLiteral("contactsCreated"));
        count(tr("Contacts already present (not duplicated):"), report.contactsAlreadyPresent,
              QStringLiteral("contactsAlreadyPresent"));
        count(tr("Warnings:"), int(report.warnings.size()), QStringLiteral("warnings"));
        m_counts->parentWidget()->show();
        if (!report.warnings.isEmpty()) {
            m_model->setReport(report);
            m_problems->show();
        }
    } else if (report.cancelled) {
        setTitle(tr("Import cancelled"));
        setSubTitle(tr("The files can be imported later: the base has not changed."));
        m_outcome->setText(tr("The import was cancelled: nothing was written, the base is "
                              "exactly as it was before."));
        colour(m_outcome, WarningColour);
    } else {
        setTitle(tr("Import refused"));
        setSubTitle(tr("All or nothing: since a line could not be written, none was."));
        m_outcome->setText(tr("The import could not be done: nothing was written, the base is "
                              "as it was before. The problems below were found while writing "
                              "(the base or the files may have changed since the check): "
                              "correct them, then import again."));
        colour(m_outcome, ErrorColour);
        m_model->setReport(report);
        m_problems->show();
    }
}

} // namespace Passerelle::Ui
