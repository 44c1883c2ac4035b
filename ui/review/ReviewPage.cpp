#include "ReviewPage.h"

#include "AppContext.h"
#include "ReviewCharts.h"
#include "ReviewHouseholdsDialog.h"
#include "files/FileDialogs.h"
#include "io/SafeFiles.h"
#include "review/ReviewExport.h"
#include "storage/BackgroundConnection.h"
#include "storage/Database.h"
#include "storage/DirectoryRepositories.h"
#include "storage/ReferenceRepository.h"
#include "storage/ReviewRepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Passerelle::Ui {
namespace {

enum Column { LabelColumn, CurrentColumn, PreviousColumn, ChangeColumn, ColumnCount };
enum Role { EntriesRole = Qt::UserRole + 1, RowKeyRole };

/// The values of a row as one cell: the value, or « header : value » pairs for a row of
/// several columns.
QString cellText(const ReviewSection &section, const ReviewRow *row)
{
    if (!row)
        return QString();
    if (row->values.size() == 1)
        return row->values.first().text();
    QStringList parts;
    for (qsizetype i = 0; i < row->values.size(); ++i)
        parts << section.columns.value(i) + u" : "_s + row->values.at(i).text();
    return parts.join(u" · "_s);
}

/// A row of the figures: `first`, then empty cells.
QList<QStandardItem *> rowOf(QStandardItem *first)
{
    return {first, new QStandardItem, new QStandardItem, new QStandardItem};
}

QString tooltipOf(const ReviewDefinition &d)
{
    if (d.text.isEmpty())
        return QString();
    return u"<p><b>"_s + d.title.toHtmlEscaped() + u"</b></p><p>"_s + d.text.toHtmlEscaped()
           + u"</p>"_s;
}

QStringList checkedCodes(QToolButton *button)
{
    QStringList codes;
    for (QAction *a : button->menu()->actions()) {
        if (a->isChecked())
            codes << a->property("code").toString();
    }
    return codes;
}

QList<Id> checkedIds(QToolButton *button)
{
    QList<Id> ids;
    for (QAction *a : button->menu()->actions()) {
        if (a->isChecked())
            ids << a->data().toLongLong();
    }
    return ids;
}

void checkCodes(QToolButton *button, const QStringList &codes)
{
    for (QAction *a : button->menu()->actions()) {
        const QSignalBlocker blocker(a);
        a->setChecked(codes.contains(a->property("code").toString()));
    }
}

} // namespace

/// What a computation in the background hands back.
struct ReviewPage::Outcome
{
    std::optional<Result<ReviewFigures>> current;
    std::optional<Result<ReviewFigures>> previous;
};

ReviewPage::ReviewPage(AppContext &context, QWidget *parent) : Page(context, parent)
{
    setObjectName(u"review"_s);
    // The figures are computed on a connection of its own (same base, account and schema), in
    // a thread of its own; the review only reads.
    m_reader = new BackgroundConnection(context.db(), this);
    buildUi();
}

ReviewPage::~ReviewPage()
{
    // A computation still running stops early; the reader waits for it and drops its result.
    cancel();
}

QString ReviewPage::title() const
{
    return tr("Annual review");
}

QIcon ReviewPage::icon() const
{
    return QIcon(u":/passerelle/icons/review.svg"_s);
}

void ReviewPage::buildUi()
{
    auto *layout = new QVBoxLayout(this);

    // The question: a period and a scope.
    auto *question = new QHBoxLayout;
    question->addWidget(new QLabel(tr("Year:"), this));
    m_year = new QSpinBox(this);
    m_year->setObjectName(u"year"_s);
    m_year->setRange(1990, 2100);
    m_year->setAccessibleName(tr("Year of the review"));
    question->addWidget(m_year);
    m_customDates = new QToolButton(this);
    m_customDates->setObjectName(u"customDates"_s);
    m_customDates->setText(tr("Other dates"));
    m_customDates->setCheckable(true);
    m_customDates->setToolTip(tr("Choose any period instead of a calendar year"));
    question->addWidget(m_customDates);
    // The dates of the period, enabled with "Other dates".
    const auto dateField = [this, question](const QString &name, const QString &accessibleName) {
        auto *edit = new QDateEdit(this);
        edit->setObjectName(name);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"dd/MM/yyyy"_s);
        edit->setAccessibleName(accessibleName);
        edit->setEnabled(false);
        question->addWidget(edit);
        return edit;
    };
    m_from = dateField(u"from"_s, tr("First day of the period"));
    question->addWidget(new QLabel(u"–"_s, this));
    m_to = dateField(u"to"_s, tr("Last day of the period"));
    question->addSpacing(12);
    // The actions, then the agencies, ticked in the menu of a button.
    const auto choices = [this, question](const QString &name) {
        auto *button = new QToolButton(this);
        button->setObjectName(name);
        button->setPopupMode(QToolButton::InstantPopup);
        button->setMenu(new QMenu(button));
        button->setMinimumWidth(170);
        question->addWidget(button);
        return button;
    };
    m_actions = choices(u"actions"_s);
    m_agencies = choices(u"agencies"_s);
    question->addStretch(1);
    layout->addLayout(question);

    // What is shown, the progress of a computation, its messages.
    auto *status = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"summary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    status->addWidget(m_summary, 1);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"progress"_s);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    status->addWidget(m_progress);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(u"cancel"_s);
    m_cancel->hide();
    status->addWidget(m_cancel);
    layout->addLayout(status);
    m_message = new QLabel(this);
    m_message->setObjectName(u"message"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    layout->addWidget(m_message);

    // The figures and the charts.
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(u"reviewTabs"_s);
    m_table = new QTreeView(tabs);
    m_table->setObjectName(u"figures"_s);
    m_model = new QStandardItemModel(0, ColumnCount, m_table);
    m_table->setModel(m_model);
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->header()->setStretchLastSection(false);
    setColumnWidths();
    tabs->addTab(m_table, tr("Figures"));
    m_charts = new ReviewCharts(tabs);
    tabs->addTab(m_charts, tr("Charts"));
    layout->addWidget(tabs, 1);

    // What can be done with them.
    auto *exports = new QHBoxLayout;
    m_mask = new QCheckBox(tr("Show counts from 1 to 4 as « < 5 » in breakdowns (publication)"),
                           this);
    m_mask->setObjectName(u"maskSmallCounts"_s);
    exports->addWidget(m_mask);
    exports->addStretch(1);
    const QList<std::pair<QString, QString>> formats = {
        {u"pdf"_s, tr("Export as PDF…")}, {u"xlsx"_s, tr("Export as Excel…")},
        {u"csv"_s, tr("Export as CSV…")},
        {u"json"_s, tr("Export as JSON…")}};
    for (const auto &[format, text] : formats) {
        if (!ReviewExport::formatNamed(format))
            continue;
        auto *button = new QPushButton(text, this);
        button->setObjectName(u"export_"_s + format);
        button->setEnabled(false);
        connect(button, &QPushButton::clicked, this, [this, f = format] { exportAs(f); });
        exports->addWidget(button);
        m_exportButtons << button;
    }
    layout->addLayout(exports);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &ReviewPage::compute);

    const int lastYear = context().today().year() - 1;
    m_year->setValue(lastYear);
    setYear(lastYear);

    connect(m_year, &QSpinBox::valueChanged, this, [this](int year) {
        if (!m_customDates->isChecked())
            setYear(year);
    });
    connect(m_customDates, &QToolButton::toggled, this, [this](bool custom) {
        m_from->setEnabled(custom);
        m_to->setEnabled(custom);
        m_year->setEnabled(!custom);
        if (!custom)
            setYear(m_year->value());
    });
    connect(m_from, &QDateEdit::dateChanged, this, &ReviewPage::scheduleCompute);
    connect(m_to, &QDateEdit::dateChanged, this, &ReviewPage::scheduleCompute);
    connect(m_mask, &QCheckBox::toggled, this, [this] { display(); });
    connect(m_cancel, &QPushButton::clicked, this, &ReviewPage::cancel);
    // A click on a figure, or Enter on its row, lists the households behind it.
    const auto drill = [this](const QModelIndex &index) {
        const QString key = index.siblingAtColumn(CurrentColumn).data(EntriesRole).toString();
        if (!key.isEmpty())
            showHouseholds(key, index.siblingAtColumn(LabelColumn).data().toString());
    };
    connect(m_table, &QTreeView::clicked, this, [drill](const QModelIndex &index) {
        if (index.column() == CurrentColumn)
            drill(index);
    });
    connect(m_table, &QTreeView::activated, this, drill);
    connect(&context(), &AppContext::dataChanged, this, [this] {
        m_dirty = true;
        if (isVisible())
            scheduleCompute();
    });
}

void ReviewPage::setColumnWidths()
{
    // The figure's name takes what the values leave.
    QHeaderView *header = m_table->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
    const int width = fontMetrics().horizontalAdvance(u"années 2015 à 2018 0"_s);
    for (int c : {CurrentColumn, PreviousColumn, ChangeColumn}) {
        header->setSectionResizeMode(c, QHeaderView::Fixed);
        header->resizeSection(c, width);
    }
}

void ReviewPage::showRunning(bool running, bool exportable)
{
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    for (QPushButton *b : std::as_const(m_exportButtons))
        b->setEnabled(exportable);
}

void ReviewPage::say(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"QLabel { color: #8a1c1c; }"_s
                                   : u"QLabel { color: #1b5e20; }"_s);
    m_message->setVisible(!text.isEmpty());
}

void ReviewPage::refresh()
{
    loadChoices();
    if (m_dirty)
        compute();
}

void ReviewPage::loadChoices()
{
    if (m_loaded)
        return;
    const Scope &scope = context().scope();
    // A choice ticked in the menu of `button`: the button says it, the figures follow.
    const auto addChoice = [this](QToolButton *button, const QString &text, Id id,
                                  const QString &code) {
        QAction *item = button->menu()->addAction(text);
        item->setCheckable(true);
        item->setData(id);
        item->setProperty("code", code);
        connect(item, &QAction::toggled, this, [this] {
            updateChoiceButtons();
            scheduleCompute();
        });
    };
    if (auto actions = ActionRepository(context().db()).list()) {
        for (const Action &a : std::as_const(*actions)) {
            addChoice(m_actions, a.code + u" — "_s + a.name, a.id, a.code);
        }
    }
    if (auto agencies = AgencyRepository(context().db()).list()) {
        for (const Agency &a : std::as_const(*agencies)) {
            if (scope.agencyId && *scope.agencyId != a.id)
                continue; // her agency only, whatever she asks
            addChoice(m_agencies, a.name, a.id, a.code);
        }
    }
    m_agencies->setEnabled(!scope.agencyId);
    updateChoiceButtons();
    m_loaded = true;
}

void ReviewPage::updateChoiceButtons()
{
    const QStringList actions = checkedCodes(m_actions);
    m_actions->setText(actions.isEmpty() ? tr("All actions") : actions.join(u", "_s));
    m_actions->setToolTip(tr("Actions of the review (none ticked: all)"));
    if (context().scope().agencyId) {
        const QList<QAction *> items = m_agencies->menu()->actions();
        m_agencies->setText(items.isEmpty() ? tr("Your agency") : items.first()->text());
        m_agencies->setToolTip(tr("You see the households of your agency only."));
        return;
    }
    const QStringList agencies = checkedCodes(m_agencies);
    m_agencies->setText(agencies.isEmpty() ? tr("All agencies") : agencies.join(u", "_s));
    m_agencies->setToolTip(tr("Agencies of the review (none ticked: all)"));
}

ReviewRequest ReviewPage::request() const
{
    ReviewRequest r;
    r.from = m_from->date();
    r.to = m_to->date();
    r.actionIds = checkedIds(m_actions);
    r.agencyIds = checkedIds(m_agencies);
    return r;
}

void ReviewPage::setYear(int year)
{
    {
        const QSignalBlocker a(m_from);
        const QSignalBlocker b(m_to);
        const QSignalBlocker c(m_year);
        m_year->setValue(year);
        m_from->setDate(QDate(year, 1, 1));
        m_to->setDate(QDate(year, 12, 31));
    }
    scheduleCompute();
}

void ReviewPage::setPeriod(const QDate &from, const QDate &to)
{
    m_customDates->setChecked(true);
    {
        const QSignalBlocker a(m_from);
        const QSignalBlocker b(m_to);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    scheduleCompute();
}

void ReviewPage::setActionCodes(const QStringList &codes)
{
    loadChoices();
    checkCodes(m_actions, codes);
    updateChoiceButtons();
    scheduleCompute();
}

void ReviewPage::setAgencyCodes(const QStringList &codes)
{
    loadChoices();
    if (!context().scope().agencyId)
        checkCodes(m_agencies, codes);
    updateChoiceButtons();
    scheduleCompute();
}

void ReviewPage::scheduleCompute()
{
    m_dirty = true;
    if (m_loaded)
        m_debounce->start();
}

void ReviewPage::compute()
{
    m_debounce->stop();
    m_dirty = false;
    const ReviewRequest current = request();
    if (current.to < current.from) {
        say(tr("The end of the period is before its start: correct the dates."), true);
        return;
    }
    cancel(); // an older computation's result is dropped
    const quint64 generation = ++m_generation;
    const ReviewRequest previous = Review::previousRequest(current);
    const Scope scope = context().scope();
    auto flag = std::make_shared<std::atomic_bool>(false);
    m_cancelFlag = flag;
    m_computing = true;
    say(QString(), false);
    showRunning(true, false);
    // When no second connection can be made (a server refusing one more), the reader computes
    // on the window's connection.
    m_reader->read<std::shared_ptr<Outcome>>(
        [scope, current, previous, flag](Database &db) {
            auto outcome = std::make_shared<Outcome>();
            outcome->current = Review::compute(db, scope, current, flag.get());
            if (*outcome->current && !flag->load())
                outcome->previous = Review::compute(db, scope, previous, flag.get());
            return outcome;
        },
        this,
        [this, generation](std::shared_ptr<Outcome> outcome) { finish(*outcome, generation); });
}

void ReviewPage::cancel()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    m_cancelFlag.reset();
    if (m_computing) {
        // Its result is dropped (the generation moved on); it ends on its own.
        ++m_generation;
        m_computing = false;
        showRunning(false, m_current.has_value());
        say(m_current ? tr("Computation cancelled: the figures shown are those of the previous "
                           "request.")
                      : tr("Computation cancelled."),
            false);
        Q_EMIT computed();
    }
}

void ReviewPage::finish(const Outcome &outcome, quint64 generation)
{
    if (generation != m_generation)
        return; // a newer request, or a cancel
    m_computing = false;
    m_cancelFlag.reset();
    const Result<ReviewFigures> &current = *outcome.current;
    showRunning(false, current.ok());
    if (!current) {
        say(current.error().message, true);
        Q_EMIT computed();
        return;
    }
    m_current = *current;
    m_previous.reset();
    if (outcome.previous && *outcome.previous)
        m_previous = **outcome.previous;
    display();
    Q_EMIT computed();
}

ReviewSectionOptions ReviewPage::sectionOptions() const
{
    ReviewSectionOptions options;
    options.maskSmallCounts = m_mask->isChecked();
    return options;
}

void ReviewPage::display()
{
    if (!m_current)
        return;
    auto catalog = ReferenceRepository(context().db()).catalog();
    if (!catalog) {
        say(catalog.error().message, true);
        return;
    }
    m_sections = ReviewSections::build(*m_current, *catalog, sectionOptions());
    const QList<ReviewSection> previousSections =
        m_previous ? ReviewSections::build(*m_previous, *catalog, sectionOptions())
                   : QList<ReviewSection>{};
    const QString period = ReviewSections::periodText(m_current->request);
    const QString previousPeriod = m_previous ? ReviewSections::periodText(m_previous->request)
                                              : QString();
    m_summary->setText(tr("Review of %1, %2, %3.")
                           .arg(ReviewSections::actionsText(*m_current), period,
                                ReviewSections::agenciesText(*m_current)));
    m_model->clear();
    m_model->setColumnCount(ColumnCount);
    m_model->setHorizontalHeaderLabels(
        {tr("Figure"), ReviewSections::shortPeriodText(m_current->request),
         m_previous ? ReviewSections::shortPeriodText(m_previous->request) : QString(),
         tr("Change")});
    m_model->horizontalHeaderItem(CurrentColumn)->setToolTip(period);
    if (m_previous)
        m_model->horizontalHeaderItem(PreviousColumn)->setToolTip(previousPeriod);
    setColumnWidths();

    QFont bold = m_table->font();
    bold.setBold(true);
    QFont link = m_table->font();
    link.setUnderline(true);
    const QColor linkColor = palette().color(QPalette::Link);
    for (const ReviewSection &section : std::as_const(m_sections)) {
        const ReviewSection *before = nullptr;
        for (const ReviewSection &p : previousSections)
            before = p.key == section.key ? &p : before;
        auto *title = new QStandardItem(section.title);
        title->setFont(bold);
        title->setData(section.key, RowKeyRole);
        title->setToolTip(tooltipOf(ReviewSections::definition(section.definitionKey)));
        m_model->appendRow(rowOf(title));
        if (section.rows.isEmpty()) {
            auto *none = new QStandardItem(tr("No data for the period"));
            none->setForeground(palette().color(QPalette::PlaceholderText));
            title->appendRow(rowOf(none));
        }
        for (const ReviewRow &row : section.rows) {
            const std::optional<ReviewRow> previous = ReviewSections::previousRow(before, row);
            const ReviewRow *old = previous ? &*previous : nullptr;
            const QString definitionKey = row.definitionKey.isEmpty() ? section.definitionKey
                                                                      : row.definitionKey;
            const QString tip = tooltipOf(ReviewSections::definition(definitionKey));
            auto *label = new QStandardItem(row.label);
            auto *value = new QStandardItem(cellText(section, &row));
            auto *previousValue = new QStandardItem(old ? cellText(section, old)
                                                        : (m_previous ? tr("n.a.") : QString()));
            QString change;
            if (row.values.size() == 1) {
                change = old && old->values.size() == 1
                             ? row.values.first().changeFrom(old->values.first())
                             : tr("n.a.");
            }
            auto *changeItem = new QStandardItem(change);
            for (QStandardItem *item : {label, value, previousValue, changeItem}) {
                item->setToolTip(tip);
                item->setData(row.key, RowKeyRole);
            }
            for (QStandardItem *item : {value, previousValue, changeItem})
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            const bool drills = !row.entriesKey.isEmpty()
                                && !m_current->entries(row.entriesKey).isEmpty()
                                && !(row.values.size() == 1 && row.values.first().masked);
            if (drills) {
                value->setData(row.entriesKey, EntriesRole);
                value->setFont(link);
                value->setForeground(linkColor);
                value->setToolTip(tip + u"<p><i>"_s
                                  + tr("Click to list the households behind this figure.")
                                        .toHtmlEscaped()
                                  + u"</i></p>"_s);
            }
            title->appendRow({label, value, previousValue, changeItem});
        }
        if (!section.note.isEmpty()) {
            auto *note = new QStandardItem(section.note);
            QFont italic = m_table->font();
            italic.setItalic(true);
            note->setFont(italic);
            title->appendRow(rowOf(note));
            m_table->setFirstColumnSpanned(note->row(), title->index(), true);
        }
    }
    m_table->expandAll();
    for (int r = 0; r < m_model->rowCount(); ++r)
        m_table->setFirstColumnSpanned(r, QModelIndex(), true);
    m_charts->setSections(m_sections);
}

void ReviewPage::showHouseholds(const QString &entriesKey, const QString &label)
{
    if (!m_current)
        return;
    QList<Id> ids;
    for (const ReviewEntry &e : m_current->entries(entriesKey))
        ids << e.householdId;
    auto *dialog = new ReviewHouseholdsDialog(context(), label, ids, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

Status ReviewPage::exportTo(const QString &formatName, const QString &path)
{
    const auto format = ReviewExport::formatNamed(formatName);
    if (!m_current || !format)
        return Error::usage(tr("Compute the review before exporting it."));
    PASSERELLE_TRY(bytes, ReviewExport::render(context().db(), *m_current, *format,
                                               sectionOptions()));
    // Journaled with the file: no entry for a file that could not be written.
    Transaction tx(context().db());
    PASSERELLE_CHECK(tx.status());
    PASSERELLE_CHECK(ReviewRepository(context().db())
                         .recordExport(context().scope(), m_current->request, formatName));
    PASSERELLE_CHECK(SafeFiles::writeAtomically(path, bytes));
    return tx.commit();
}

void ReviewPage::exportAs(const QString &formatName)
{
    const auto format = ReviewExport::formatNamed(formatName);
    if (!m_current || !format)
        return;
    const QString extension = ReviewExport::extension(*format);
    const QString suggested = QDir::home().filePath(
        u"bilan-%1-%2.%3"_s.arg(m_current->request.from.toString(u"yyyyMMdd"_s),
                                m_current->request.to.toString(u"yyyyMMdd"_s), extension));
    const QString path = FileDialogs::saveFile(this, tr("Export the review"), suggested,
                                               tr("%1 files (*.%2)").arg(extension.toUpper(),
                                                                          extension));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status status = exportTo(formatName, path);
    QApplication::restoreOverrideCursor();
    if (!status) {
        QMessageBox::warning(this, tr("Export the review"), status.error().message);
        return;
    }
    say(tr("Review exported to %1.").arg(QDir::toNativeSeparators(path)), false);
}

} // namespace Passerelle::Ui
