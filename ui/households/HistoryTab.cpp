#include "HistoryTab.h"

#include "AppContext.h"
#include "Lookups.h"
#include "forms/TabForms.h"
#include "households/HistoryText.h"
#include "storage/JournalRepository.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Passerelle::Ui {

using namespace TabForms;

namespace {

enum Column { When, Who, What, Details };

} // namespace

HistoryTab::HistoryTab(HouseholdDocument &document, AppContext &context, const Lookups &lookups,
                       QWidget *parent)
    : HouseholdTab(document, context, lookups, parent)
{
    setObjectName(QStringLiteral("history"));
    auto *layout = new QVBoxLayout(this);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("historyFilter"));
    m_filter->setPlaceholderText(tr("Filter: a name, a date, a field, a kind of record…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(340);
    m_count = filterRow(layout, tr("&Filter:"), m_filter, QStringLiteral("historyCount"));

    m_journal = recordTable(QStringLiteral("journal"),
                            {tr("When"), tr("Who"), tr("What"), tr("Fields changed")}, this);
    m_journal->setWordWrap(true);
    m_journal->setTextElideMode(Qt::ElideNone);
    stretchColumns(m_journal->horizontalHeader(), {Details});
    m_journal->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_journal, 1);
    m_empty = emptyState(QString(), this);
    m_empty->setObjectName(QStringLiteral("noHistory"));
    layout->addWidget(m_empty);
    layout->addStretch();
    auto *note = new QLabel(tr("The journal records every opening and every change of the file; "
                               "it cannot be edited."),
                            this);
    note->setStyleSheet(QStringLiteral("color: palette(mid);"));
    layout->addWidget(note);

    connect(m_filter, &QLineEdit::textChanged, this, &HistoryTab::refresh);
    setTabOrder(m_filter, m_journal);
}

QString HistoryTab::title() const
{
    return tr("History");
}

void HistoryTab::refresh()
{
    const QList<AuditEntry> &history = file().history;
    const QString filter = m_filter->text();
    // Every edit refreshes the tabs; the journal only changes when the file is saved.
    if (m_filled && history == m_shown && filter == m_shownFilter)
        return;
    if (!m_filled || history != m_shown) {
        // The journal keeps ids and codes; people read addresses, names and labels, read as
        // every view of the journal reads them (a record deleted since reads « (deleted) »).
        // Read again when the journal changes, not at each letter of the filter.
        auto linked = JournalRepository(context().db()).names(context().scope(), history);
        m_names = {};
        if (linked) {
            m_names = *linked;
        } else {
            // The base did not answer: codes still read with the window's labels.
            m_names.code = [this](ReferenceList list, const QString &code) {
                return lookups().catalog.label(list, code);
            };
        }
    }
    m_filled = true;
    m_shown = history;
    m_shownFilter = filter;

    const HistoryText::Names &names = m_names;
    QList<HistoryText::Line> lines;
    for (const AuditEntry &e : history) {
        const HistoryText::Line line = HistoryText::line(
            e, e.userId > 0 ? lookups().userName(e.userId) : QString(), names);
        if (HistoryText::matches(line, filter))
            lines << line;
    }
    m_journal->setUpdatesEnabled(false);
    m_journal->setRowCount(int(lines.size()));
    for (int row = 0; row < lines.size(); ++row) {
        const HistoryText::Line &l = lines.at(row);
        m_journal->setItem(row, When, cell(l.when));
        m_journal->setItem(row, Who, cell(l.who));
        m_journal->setItem(row, What, cell(l.what));
        auto *details = cell(l.details);
        details->setToolTip(l.details);
        m_journal->setItem(row, Details, details);
    }
    m_journal->setUpdatesEnabled(true);
    m_count->setText(filter.trimmed().isEmpty()
                         ? tr("%n entry(ies)", nullptr, int(history.size()))
                         : tr("%n of %1 entries", nullptr, int(lines.size()))
                               .arg(history.size()));
    const bool empty = lines.isEmpty();
    m_journal->setVisible(!empty);
    m_empty->setVisible(empty);
    m_empty->setText(history.isEmpty()
                         ? tr("Nothing in the journal yet: it fills as the file is opened and "
                              "saved.")
                         : tr("No entry matches “%1”.").arg(filter.trimmed()));
}

} // namespace Passerelle::Ui
