#include "RetentionPage.h"

#include "AppContext.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Passerelle::Ui {
namespace {

QString shown(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QStringLiteral("—");
}

} // namespace

RetentionPage::RetentionPage(AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("retention"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("The CNIL's rules for social support (délibération 2021-028, référentiel of "
           "retention periods 2023-095) keep a household's file in the active base for 2 years "
           "after the last contact and the end of support. After that the file is anonymised: "
           "names, birth dates, phone, e-mail, street address, every free text and the stored "
           "prints are erased; the coded data stays, so that the reviews of past years keep "
           "their figures. The erased bytes are removed from the base."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *settingsBox = new QGroupBox(tr("Retention periods"), this);
    auto *form = new QFormLayout(settingsBox);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_years = new QSpinBox(settingsBox);
    m_years->setObjectName(QStringLiteral("years"));
    m_years->setRange(RetentionSettings::MinYears, RetentionSettings::MaxYears);
    m_years->setSuffix(tr(" year(s)"));
    m_months = new QSpinBox(settingsBox);
    m_months->setObjectName(QStringLiteral("journalMonths"));
    m_months->setRange(RetentionSettings::MinJournalMonths, RetentionSettings::MaxJournalMonths);
    m_months->setSuffix(tr(" month(s)"));
    form->addRow(tr("Household files, after the last contact and the end of &support:"),
                 m_years);
    form->addRow(tr("&Journal entries (6 months to 3 years):"), m_months);
    m_save = new QPushButton(tr("&Save the periods"), settingsBox);
    m_save->setObjectName(QStringLiteral("saveSettings"));
    m_save->setEnabled(false);
    form->addRow(QString(), m_save);
    layout->addWidget(settingsBox);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("candidates"));
    m_table->setHorizontalHeaderLabels(
        {tr("Reference"), tr("Agency"), tr("Last contact"), tr("End of support")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_anonymise = new QPushButton(tr("&Anonymise…"), this);
    m_anonymise->setObjectName(QStringLiteral("anonymise"));
    buttons->addWidget(m_anonymise);
    layout->addLayout(buttons);

    const auto changed = [this] {
        m_save->setEnabled(m_years->value() != m_settings.years
                           || m_months->value() != m_settings.journalMonths);
    };
    connect(m_years, &QSpinBox::valueChanged, this, changed);
    connect(m_months, &QSpinBox::valueChanged, this, changed);
    connect(m_save, &QPushButton::clicked, this, &RetentionPage::saveSettings);
    connect(m_anonymise, &QPushButton::clicked, this, [this] { anonymise(); });
}

void RetentionPage::refresh()
{
    RetentionRepository retention(m_context.db());
    if (auto s = retention.settings())
        m_settings = *s;
    m_years->setValue(m_settings.years);
    m_months->setValue(m_settings.journalMonths);
    m_save->setEnabled(false);
    m_table->setRowCount(0);
    auto due = retention.candidates(m_context.scope(), m_context.today());
    if (!due) {
        m_candidates.clear();
        m_summary->setText(due.error().message);
        m_anonymise->setEnabled(false);
        return;
    }
    m_candidates = *due;
    const QDate cutoff = Retention::cutoff(m_context.today(), m_settings);
    m_summary->setText(
        m_candidates.isEmpty()
            ? tr("No household is due for anonymisation: every household had a contact or a "
                 "support after %1. The retention run still purges the journal entries older "
                 "than %n month(s).",
                 nullptr, m_settings.journalMonths)
                  .arg(shown(cutoff))
            : tr("%n household(s) with neither contact nor support since %1. Untick those to "
                 "keep for now (an ongoing procedure, for instance).",
                 nullptr, int(m_candidates.size()))
                  .arg(shown(cutoff)));
    m_table->setRowCount(int(m_candidates.size()));
    for (int row = 0; row < m_candidates.size(); ++row) {
        const RetentionCandidate &c = m_candidates.at(row);
        auto *reference = new QTableWidgetItem(c.reference);
        reference->setFlags(reference->flags() | Qt::ItemIsUserCheckable);
        reference->setCheckState(Qt::Checked);
        reference->setData(Qt::UserRole, c.householdId);
        m_table->setItem(row, 0, reference);
        m_table->setItem(row, 1, new QTableWidgetItem(c.agency));
        m_table->setItem(row, 2, new QTableWidgetItem(shown(c.lastContact)));
        m_table->setItem(row, 3, new QTableWidgetItem(shown(c.supportEnd)));
    }
    m_table->resizeColumnsToContents();
    m_anonymise->setEnabled(true);
}

QList<Id> RetentionPage::ticked() const
{
    QList<Id> ids;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *item = m_table->item(row, 0);
        if (item && item->checkState() == Qt::Checked)
            ids << item->data(Qt::UserRole).toLongLong();
    }
    return ids;
}

bool RetentionPage::saveSettings()
{
    RetentionSettings s;
    s.years = m_years->value();
    s.journalMonths = m_months->value();
    const Status saved = RetentionRepository(m_context.db()).saveSettings(m_context.scope(), s);
    if (!saved) {
        QMessageBox::warning(this, tr("Retention periods"), saved.error().message);
        return false;
    }
    refresh();
    return true;
}

bool RetentionPage::anonymise(bool confirm)
{
    const QList<Id> ids = ticked();
    if (confirm) {
        QMessageBox box(QMessageBox::Warning, tr("Anonymise"),
                        ids.isEmpty()
                            ? tr("No household is ticked: only the journal entries older than "
                                 "%n month(s) will be purged.",
                                 nullptr, m_settings.journalMonths)
                            : tr("Anonymise %n household(s)?", nullptr, int(ids.size())),
                        QMessageBox::Cancel, this);
        if (!ids.isEmpty()) {
            box.setInformativeText(
                tr("For each household, the following will be erased for good: the names and "
                   "first names of its members, their birth dates, the phone, the e-mail, the "
                   "street address of its dwellings, every note and free text of its file "
                   "(diagnostic, meetings, contract, plan, contacts, alerts, committees, end of "
                   "support) and the printed contracts kept. The reference, the dates and the "
                   "coded data stay, so that the reviews keep their figures. Journal entries "
                   "older than %n month(s) are purged too. This cannot be undone.",
                   nullptr, m_settings.journalMonths));
        }
        QPushButton *go = box.addButton(tr("&Anonymise"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != static_cast<QAbstractButton *>(go))
            return false;
    }
    QProgressDialog progress(tr("Anonymising…"), tr("Stop"), 0, int(ids.size()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    auto report = RetentionRepository(m_context.db())
                      .run(m_context.scope(), ids, [&progress](qsizetype done, qsizetype) {
                          progress.setValue(int(done));
                          return !progress.wasCanceled();
                      });
    progress.reset();
    Q_EMIT m_context.dataChanged();
    refresh();
    if (!report) {
        QMessageBox::warning(this, tr("Anonymise"), report.error().message);
        return false;
    }
    if (confirm) {
        QMessageBox::information(
            this, tr("Anonymise"),
            tr("%n household(s) anonymised.", nullptr, int(report->anonymised)) + u'\n'
                + tr("%n old journal entry(ies) purged.", nullptr, int(report->journal.removed))
                + (report->cancelled ? u'\n' + tr("Stopped before the end: run it again for "
                                                   "the others.")
                                     : QString()));
    }
    return true;
}

} // namespace Passerelle::Ui
