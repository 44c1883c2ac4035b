#include "JournalPage.h"

#include "AppContext.h"
#include "files/FileDialogs.h"
#include "forms/TabForms.h"
#include "households/HistoryText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Passerelle::Ui {
namespace {

constexpr int PageSize = 200;

} // namespace

JournalPage::JournalPage(AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("journal"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Every opening of a household file, change, export, print, backup, restore, login "
           "and retention run, with the account that did it. The journal cannot be changed: "
           "each entry carries the hash of the one before, and « passerelle check » reports "
           "an entry removed or altered. Entries older than the period set under "
           "« Conservation » are purged by the retention run."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    const auto reload = [this] {
        if (m_loading)
            return;
        m_offset = 0;
        load();
    };
    auto *filters = new QHBoxLayout;
    const auto labelled = [&](const QString &label, QWidget *field, const QString &name) {
        field->setObjectName(name);
        auto *text = new QLabel(label, this);
        text->setBuddy(field);
        filters->addWidget(text);
        filters->addWidget(field);
    };
    // From, To: a date the entries are filtered on once its box is ticked.
    const auto bound = [&](const QString &label, const QString &name, const QDate &date,
                           QDateEdit *&edit) {
        auto *use = new QCheckBox(label, this);
        edit = new QDateEdit(date, this);
        edit->setObjectName(name);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        edit->setEnabled(false);
        filters->addWidget(use);
        filters->addWidget(edit);
        connect(use, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        connect(use, &QCheckBox::toggled, this, reload);
        connect(edit, &QDateEdit::dateChanged, this, reload);
        return use;
    };
    m_login = new QComboBox(this);
    m_login->setMinimumContentsLength(12);
    labelled(tr("&Account:"), m_login, QStringLiteral("login"));
    m_household = new QLineEdit(this);
    m_household->setPlaceholderText(tr("File reference"));
    m_household->setClearButtonEnabled(true);
    labelled(tr("&Household:"), m_household, QStringLiteral("household"));
    m_operation = new QComboBox(this);
    labelled(tr("&Kind:"), m_operation, QStringLiteral("operation"));
    m_useFrom = bound(tr("&From"), QStringLiteral("from"), m_context.today().addMonths(-1), m_from);
    m_useTo = bound(tr("&To"), QStringLiteral("to"), m_context.today(), m_to);
    filters->addStretch(1);
    layout->addLayout(filters);

    m_table = TabForms::recordTable(QStringLiteral("entries"),
                                    {tr("Date"), tr("Account"), tr("Operation"), tr("Record"),
                                     tr("Household"), tr("Details")},
                                    this);
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_previous = new QPushButton(tr("&Newer"), this);
    m_next = new QPushButton(tr("&Older"), this);
    m_export = new QPushButton(tr("E&xport to CSV…"), this);
    m_export->setObjectName(QStringLiteral("export"));
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_previous);
    buttons->addWidget(m_next);
    buttons->addWidget(m_export);
    layout->addLayout(buttons);

    connect(m_login, &QComboBox::currentIndexChanged, this, reload);
    connect(m_operation, &QComboBox::currentIndexChanged, this, reload);
    connect(m_household, &QLineEdit::editingFinished, this, reload);
    connect(m_previous, &QPushButton::clicked, this, [this] {
        m_offset = qMax(0, m_offset - PageSize);
        load();
    });
    connect(m_next, &QPushButton::clicked, this, [this] {
        m_offset += PageSize;
        load();
    });
    connect(m_export, &QPushButton::clicked, this, [this] { exportCsv(); });
}

void JournalPage::refresh()
{
    JournalRepository journal(m_context.db());
    m_loading = true;
    const QString login = m_login->currentData().toString();
    const QString operation = m_operation->currentData().toString();
    m_login->clear();
    m_login->addItem(tr("(every account)"), QString());
    if (auto logins = journal.logins(m_context.scope())) {
        for (const QString &l : std::as_const(*logins))
            m_login->addItem(l, l);
    }
    m_operation->clear();
    m_operation->addItem(tr("(every kind)"), QString());
    if (auto operations = journal.operations(m_context.scope())) {
        for (const QString &o : std::as_const(*operations))
            m_operation->addItem(HistoryText::operation(o), o);
    }
    m_login->setCurrentIndex(qMax(0, m_login->findData(login)));
    m_operation->setCurrentIndex(qMax(0, m_operation->findData(operation)));
    m_loading = false;
    load();
}

JournalFilter JournalPage::filter() const
{
    JournalFilter f;
    f.login = m_login->currentData().toString();
    f.householdReference = m_household->text().trimmed();
    f.operation = m_operation->currentData().toString();
    if (m_useFrom->isChecked())
        f.from = m_from->date();
    if (m_useTo->isChecked())
        f.to = m_to->date();
    f.limit = PageSize;
    f.offset = m_offset;
    return f;
}

void JournalPage::setFilter(const JournalFilter &f)
{
    m_loading = true;
    if (m_login->findData(f.login) < 0 && !f.login.isEmpty())
        m_login->addItem(f.login, f.login);
    m_login->setCurrentIndex(qMax(0, m_login->findData(f.login)));
    if (m_operation->findData(f.operation) < 0 && !f.operation.isEmpty())
        m_operation->addItem(HistoryText::operation(f.operation), f.operation);
    m_operation->setCurrentIndex(qMax(0, m_operation->findData(f.operation)));
    m_household->setText(f.householdReference);
    m_useFrom->setChecked(f.from.isValid());
    if (f.from.isValid())
        m_from->setDate(f.from);
    m_useTo->setChecked(f.to.isValid());
    if (f.to.isValid())
        m_to->setDate(f.to);
    m_offset = f.offset;
    m_loading = false;
    load();
}

void JournalPage::load()
{
    const JournalRepository journal(m_context.db());
    auto page = journal.list(m_context.scope(), filter());
    // The ids of the changes read as the Historique reads them: addresses and names.
    auto names = page ? journal.names(m_context.scope(), page->lines)
                      : Result<HistoryText::Names>(page.error());
    m_table->setRowCount(0);
    if (!names) {
        m_status->setText(names.error().message);
        m_previous->setEnabled(false);
        m_next->setEnabled(false);
        m_export->setEnabled(false);
        return;
    }
    const qint64 total = page->total;
    m_table->setRowCount(int(page->lines.size()));
    for (int row = 0; row < page->lines.size(); ++row) {
        const JournalLine &l = page->lines.at(row);
        const HistoryText::Line shown = HistoryText::line(l.entry, QString(), *names);
        const QStringList cells = {shown.when,
                                   l.entry.login,
                                   HistoryText::operation(l.entry.operation),
                                   HistoryText::entity(l.entry.entity),
                                   l.householdReference,
                                   shown.details};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    if (total == 0) {
        m_status->setText(tr("No entry matches these filters."));
    } else {
        m_status->setText(tr("Entries %1 to %2 of %3, newest first.")
                              .arg(m_offset + 1)
                              .arg(m_offset + page->lines.size())
                              .arg(total));
    }
    m_previous->setEnabled(m_offset > 0);
    m_next->setEnabled(m_offset + page->lines.size() < total);
    m_export->setEnabled(total > 0);
}

bool JournalPage::exportCsv(const QString &path)
{
    QString target = path;
    if (target.isEmpty()) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        target = FileDialogs::saveFile(
            this, tr("Export the journal"),
            QDir(folder).filePath(tr("journal-%1.csv")
                                      .arg(m_context.today().toString(Qt::ISODate))),
            tr("CSV files (*.csv)"));
        if (target.isEmpty())
            return false;
        if (!target.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive))
            target += QStringLiteral(".csv");
    }
    auto written = JournalRepository(m_context.db()).exportCsv(m_context.scope(), filter(), target);
    if (!written) {
        QMessageBox::warning(this, tr("Export the journal"), written.error().message);
        return false;
    }
    load();
    if (path.isEmpty()) {
        QMessageBox::information(this, tr("Export the journal"),
                                 tr("%n entry(ies) exported to %1. The export is recorded in the "
                                    "journal.",
                                    nullptr, int(*written))
                                     .arg(QDir::toNativeSeparators(target)));
    }
    return true;
}

} // namespace Passerelle::Ui
