#include "RetentionPage.h"

#include "AppContext.h"
#include "forms/TabForms.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

namespace Passerelle::Ui {
namespace {

QString shown(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QStringLiteral("—");
}

} // namespace

RetentionPage::RetentionPage(AppContext &context, QWidget *parent)
    : RecordEditorOf(context, Shape::FormOnly, &m_settings, parent), m_form(binder(&m_settings))
{
    setObjectName(QStringLiteral("retention"));
    auto *intro = new QLabel(
        tr("The CNIL's rules for social support (délibération 2021-028, référentiel of "
           "retention periods 2023-095) keep a household's file in the active base for 2 years "
           "after the last contact and the end of support. After that the file is anonymised: "
           "names, birth dates, phone, e-mail, street address, every free text and the stored "
           "prints are erased; the coded data stays, so that the reviews of past years keep "
           "their figures. The erased bytes are removed from the base."),
        formArea());
    intro->setWordWrap(true);
    formLayout()->addWidget(intro);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    formLayout()->addLayout(form);
    const auto period = [&](const QString &label, const QString &name,
                            int RetentionSettings::*member, int minimum, int maximum,
                            const QString &suffix, const QString &text) {
        auto *box = new QSpinBox(formArea());
        box->setRange(minimum, maximum);
        box->setSuffix(suffix);
        // The box has no special text: it always holds a value.
        m_form->row(
            form, label, box, name, [member](const RetentionSettings &s) { return s.*member; },
            [member](RetentionSettings &s, std::optional<int> value) {
                s.*member = value.value_or(s.*member);
            },
            text);
    };
    period(tr("Household files, after the last contact and the end of &support:"),
           QStringLiteral("years"), &RetentionSettings::years, RetentionSettings::MinYears,
           RetentionSettings::MaxYears, tr(" year(s)"),
           tr("Change the retention of household files"));
    period(tr("&Journal entries (6 months to 3 years):"), QStringLiteral("journalMonths"),
           &RetentionSettings::journalMonths, RetentionSettings::MinJournalMonths,
           RetentionSettings::MaxJournalMonths, tr(" month(s)"),
           tr("Change the retention of journal entries"));

    m_summary = new QLabel(formArea());
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    formLayout()->addWidget(m_summary);
    m_table = TabForms::recordTable(
        QStringLiteral("candidates"),
        {tr("Reference"), tr("Agency"), tr("Last contact"), tr("End of support")}, formArea());
    formLayout()->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_anonymise = new QPushButton(tr("&Anonymise…"), formArea());
    m_anonymise->setObjectName(QStringLiteral("anonymise"));
    buttons->addWidget(m_anonymise);
    formLayout()->addLayout(buttons);

    // The households due depend on the periods saved.
    connect(this, &RecordEditor::saved, this, &RetentionPage::showCandidates);
    connect(m_anonymise, &QPushButton::clicked, this, [this] { anonymise(); });
}

Status RetentionPage::load(Id)
{
    PASSERELLE_TRY(settings, RetentionRepository(context().db()).settings());
    loaded(settings);
    return {};
}

Result<Id> RetentionPage::store()
{
    PASSERELLE_CHECK(
        RetentionRepository(context().db()).saveSettings(context().scope(), m_settings));
    loaded(m_settings);
    return Id(1);
}

void RetentionPage::refresh()
{
    RecordEditor::refresh();
    showCandidates();
}

void RetentionPage::showCandidates()
{
    m_table->setRowCount(0);
    auto due = RetentionRepository(context().db()).candidates(context().scope(), context().today());
    if (!due) {
        m_summary->setText(due.error().message);
        m_anonymise->setEnabled(false);
        return;
    }
    const QDate cutoff = Retention::cutoff(context().today(), stored());
    m_summary->setText(
        due->isEmpty()
            ? tr("No household is due for anonymisation: every household had a contact or a "
                 "support after %1. The retention run still purges the journal entries older "
                 "than %n month(s).",
                 nullptr, stored().journalMonths)
                  .arg(shown(cutoff))
            : tr("%n household(s) with neither contact nor support since %1. Untick those to "
                 "keep for now (an ongoing procedure, for instance).",
                 nullptr, int(due->size()))
                  .arg(shown(cutoff)));
    m_table->setRowCount(int(due->size()));
    for (int row = 0; row < due->size(); ++row) {
        const RetentionCandidate &c = due->at(row);
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

bool RetentionPage::anonymise(bool confirm)
{
    const QList<Id> ids = ticked();
    if (confirm) {
        QMessageBox box(QMessageBox::Warning, tr("Anonymise"),
                        ids.isEmpty()
                            ? tr("No household is ticked: only the journal entries older than "
                                 "%n month(s) will be purged.",
                                 nullptr, stored().journalMonths)
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
                   nullptr, stored().journalMonths));
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
    auto report = RetentionRepository(context().db())
                      .run(context().scope(), ids, [&progress](qsizetype done, qsizetype) {
                          progress.setValue(int(done));
                          return !progress.wasCanceled();
                      });
    progress.reset();
    Q_EMIT context().dataChanged();
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
