#include "ReviewedHouseholds.h"

#include "AppContext.h"
#include "SuggestionsDialog.h"
#include "committees/CommitteeSuggestions.h"
#include "households/Lookups.h"
#include "storage/HouseholdRepository.h"
#include "widgets/FormWidgets.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Passerelle::Ui {

namespace {

enum Column { Reference, Name, Reason, Decision };
/// What a search result keeps: the household's id, reference and name.
enum FoundRole { IdRole = Qt::UserRole, ReferenceRole, NameRole };

} // namespace

ReviewedHouseholds::ReviewedHouseholds(EditDocument<FollowUpCommittee> &document,
                                       AppContext &context, const Lookups &lookups,
                                       QWidget *parent)
    : QWidget(parent), m_document(document), m_context(context), m_lookups(lookups),
      m_decisionForm(
          this,
          [this]() -> const CommitteeReview * {
              const int row = m_table->currentRow();
              return row >= 0 && row < committee().reviews.size() ? &committee().reviews.at(row)
                                                                   : nullptr;
          },
          [this](const QString &text, const Forms::Binder<CommitteeReview>::Change &edit,
                 const QString &key) {
              // Typing in the notes of one household makes one step.
              const int row = m_table->currentRow();
              change(text, row, [row, edit](FollowUpCommittee &c) { edit(c.reviews[row]); },
                     key.isEmpty() ? key : key + u'#' + QString::number(row));
          },
          Forms::Commit::Live)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *box = new QGroupBox(tr("Households reviewed"), this);
    outer->addWidget(box);
    auto *layout = new QVBoxLayout(box);

    auto *tools = new QHBoxLayout;
    m_addSuggested = new QPushButton(tr("Add the s&uggested households…"), box);
    m_addSuggested->setObjectName(QStringLiteral("addSuggested"));
    m_search = new QLineEdit(box);
    m_search->setObjectName(QStringLiteral("householdSearch"));
    m_search->setPlaceholderText(tr("Reference or name…"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    tools->addWidget(m_addSuggested);
    tools->addSpacing(16);
    TabForms::addLabelled(tools, tr("Add a &household:"), m_search, 1);
    layout->addLayout(tools);

    // The households found, with the button that adds the one chosen: shown while searching.
    m_results = new QWidget(box);
    auto *foundRow = new QHBoxLayout(m_results);
    foundRow->setContentsMargins(0, 0, 0, 0);
    m_found = new QListWidget(m_results);
    m_found->setObjectName(QStringLiteral("searchResults"));
    m_found->setMaximumHeight(110);
    auto *addFound = new QPushButton(tr("Add"), m_results);
    addFound->setObjectName(QStringLiteral("addFound"));
    foundRow->addWidget(m_found, 1);
    foundRow->addWidget(addFound, 0, Qt::AlignTop);
    m_results->hide();
    layout->addWidget(m_results);

    auto *body = new QHBoxLayout;
    auto *tableColumn = new QVBoxLayout;
    m_table = TabForms::recordTable(QStringLiteral("reviews"),
                                    {tr("Reference"), tr("Household"), tr("Reason"),
                                     tr("Decision")},
                                    box);
    // The reason is edited in its cell (the other cells are read-only).
    m_table->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed
                             | QAbstractItemView::SelectedClicked);
    m_table->setMinimumHeight(180);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(Reference, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Name, QHeaderView::Interactive);
    header->setSectionResizeMode(Reason, QHeaderView::Stretch);
    header->setSectionResizeMode(Decision, QHeaderView::Interactive);
    m_table->setColumnWidth(Name, 170);
    m_table->setColumnWidth(Decision, 200);
    m_table->setToolTip(tr("Double-click a household to open its file; the reason can be "
                           "edited (F2)."));
    tableColumn->addWidget(m_table, 1);
    m_empty = TabForms::emptyState(tr("No household listed yet — add the suggested households "
                                      "or search for one above."),
                                   box);
    m_empty->setObjectName(QStringLiteral("emptyReviews"));
    tableColumn->addWidget(m_empty);

    auto *rowButtons = new QHBoxLayout;
    m_up = new QPushButton(style()->standardIcon(QStyle::SP_ArrowUp), QString(), box);
    m_up->setObjectName(QStringLiteral("moveUp"));
    m_up->setToolTip(tr("Move up (Alt+Up)"));
    m_down = new QPushButton(style()->standardIcon(QStyle::SP_ArrowDown), QString(), box);
    m_down->setObjectName(QStringLiteral("moveDown"));
    m_down->setToolTip(tr("Move down (Alt+Down)"));
    m_remove = new QPushButton(tr("&Remove"), box);
    m_remove->setObjectName(QStringLiteral("removeReview"));
    m_remove->setToolTip(tr("Take the household off this committee's list (can be undone)"));
    m_openFile = new QPushButton(style()->standardIcon(QStyle::SP_DirOpenIcon),
                                 tr("&Open the file"), box);
    m_openFile->setObjectName(QStringLiteral("openHousehold"));
    m_openFile->setToolTip(tr("Open the household's file on its follow-up tab"));
    rowButtons->addWidget(m_up);
    rowButtons->addWidget(m_down);
    rowButtons->addWidget(m_remove);
    rowButtons->addStretch();
    rowButtons->addWidget(m_openFile);
    tableColumn->addLayout(rowButtons);
    body->addLayout(tableColumn, 3);

    m_detail = new QGroupBox(tr("Decision"), box);
    m_detail->setObjectName(QStringLiteral("decisionBox"));
    auto *detail = new QVBoxLayout(m_detail);
    m_detailHeading = new QLabel(m_detail);
    m_detailHeading->setObjectName(QStringLiteral("decisionHeading"));
    m_detailHeading->setWordWrap(true);
    detail->addWidget(m_detailHeading);
    // The decision and its notes, each under its label.
    auto *decision = m_decisionForm.bind(
        new CodeCombo(m_lookups.catalog, ReferenceList::CommitteeDecision, true, m_detail),
        &CommitteeReview::decision, tr("Record a decision"));
    decision->setObjectName(QStringLiteral("decision"));
    TabForms::addLabelled(detail, tr("D&ecision:"), decision);
    auto *notes = m_decisionForm.bind(new FreeTextEdit(m_detail), &CommitteeReview::decisionNotes,
                                      tr("Edit the decision notes"));
    notes->setObjectName(QStringLiteral("decisionNotes"));
    notes->setMinimumHeight(110);
    TabForms::addLabelled(detail, tr("Dec&ision notes:"), notes, 1);
    m_message = new FieldMessage(m_detail);
    m_message->setObjectName(QStringLiteral("message_review"));
    detail->addWidget(m_message);
    body->addWidget(m_detail, 2);
    layout->addLayout(body, 1);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &ReviewedHouseholds::search);
    connect(m_found, &QListWidget::itemActivated, this, &ReviewedHouseholds::addFound);
    connect(addFound, &QPushButton::clicked, this, &ReviewedHouseholds::addFound);
    connect(m_addSuggested, &QPushButton::clicked, this, &ReviewedHouseholds::addSuggested);
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    connect(m_remove, &QPushButton::clicked, this, &ReviewedHouseholds::remove);
    connect(m_openFile, &QPushButton::clicked, this, &ReviewedHouseholds::openCurrent);
    for (const auto &[key, delta] : {std::pair{Qt::Key_Up, -1}, std::pair{Qt::Key_Down, 1}}) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::ALT | key), m_table);
        shortcut->setContext(Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, delta] { move(delta); });
    }
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int, int column) {
        if (column != Reason)
            openCurrent();
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this] {
        if (!m_filling)
            fillDetail();
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_filling || item->column() != Reason)
            return;
        const int row = item->row();
        const QString text = item->text().trimmed();
        change(tr("Edit the reason"), row,
               [row, text](FollowUpCommittee &c) { c.reviews[row].reason = text; });
    });
    setOpen(false);
}

void ReviewedHouseholds::opened(const FollowUpCommittee &committee, bool sameCommittee)
{
    const int row = sameCommittee ? m_table->currentRow() : -1;
    QList<Id> missing;
    for (const CommitteeReview &r : committee.reviews) {
        if (!m_labels.contains(r.householdId))
            missing << r.householdId;
    }
    if (!missing.isEmpty()) {
        if (auto labels = CommitteeSuggestionRepository(m_context.db())
                              .labels(m_context.scope(), missing))
            m_labels.insert(*labels);
    }
    m_search->clear();
    m_rowAfterChange = row >= 0 ? row : (committee.reviews.isEmpty() ? -1 : 0);
}

void ReviewedHouseholds::setOpen(bool open)
{
    m_open = open;
    const FollowUpCommittee &c = committee();
    const bool canSuggest = open && c.agencyId > 0 && c.date.isValid();
    m_addSuggested->setEnabled(canSuggest);
    m_addSuggested->setToolTip(canSuggest ? tr("Households in support with an open alert, an "
                                               "overdue objective or no recent contact on the "
                                               "day of the committee")
                                          : tr("Choose the agency and the date of the "
                                               "committee first."));
    m_search->setEnabled(open && c.agencyId > 0);
}

bool ReviewedHouseholds::focusSearch()
{
    if (!m_open || !m_search->isEnabled())
        return false;
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
    return true;
}

void ReviewedHouseholds::change(const QString &text, int rowAfter,
                                const std::function<void(FollowUpCommittee &)> &edit,
                                const QString &mergeKey)
{
    if (m_filling || !m_open || rowAfter < 0 || rowAfter >= committee().reviews.size())
        return;
    m_rowAfterChange = rowAfter;
    m_document.edit(text, edit, mergeKey);
}

void ReviewedHouseholds::refresh(const Problems &problems)
{
    m_problems = problems;
    fillTable();
    fillDetail();
}

void ReviewedHouseholds::fillTable()
{
    m_filling = true;
    const int row = m_rowAfterChange >= 0 ? m_rowAfterChange : m_table->currentRow();
    m_rowAfterChange = -1;
    const auto &reviews = committee().reviews;
    m_table->setRowCount(int(reviews.size()));
    for (int i = 0; i < reviews.size(); ++i) {
        const CommitteeReview &r = reviews.at(i);
        const Label label = m_labels.value(r.householdId, Label{tr("(not visible)"), QString()});
        const QStringList texts{label.reference, label.name, r.reason,
                                m_lookups.catalog.label(ReferenceList::CommitteeDecision,
                                                        r.decision)};
        for (int column = Reference; column <= Decision; ++column)
            TabForms::setCell(m_table, i, column, texts.at(column))->setToolTip(texts.at(column));
        m_table->item(i, Reason)->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable
                                           | Qt::ItemIsEditable);
        TabForms::setRowId(m_table, i, r.householdId);
    }
    // The same row stays chosen (the last one when it is gone); its household is listed once.
    TabForms::showRecords(m_table, m_empty, TabForms::rowId(m_table, std::max(row, 0)));
    m_filling = false;
}

void ReviewedHouseholds::fillDetail()
{
    const int row = m_table->currentRow();
    const CommitteeReview *review = m_decisionForm.record();
    const bool valid = review != nullptr;
    m_detail->setEnabled(valid);
    const Label label = valid ? m_labels.value(review->householdId) : Label();
    m_detailHeading->setText(valid ? tr("%1 — %2").arg(label.reference, label.name)
                                   : tr("Choose a household in the list to record the decision."));
    m_decisionForm.refresh();
    m_up->setEnabled(valid && row > 0);
    m_down->setEnabled(valid && row + 1 < committee().reviews.size());
    m_remove->setEnabled(valid);
    m_openFile->setEnabled(valid);
    showProblems();
}

void ReviewedHouseholds::showProblems()
{
    // Problems of a review: its row is marked, the message shows beside its decision.
    const int current = m_table->currentRow();
    QString currentText;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QStringList texts;
        for (const FieldProblem &p : TabForms::problemsOf(m_problems, u"reviews"_qs, row))
            texts << p.message;
        texts.removeDuplicates();
        if (QTableWidgetItem *item = m_table->item(row, Reference)) {
            item->setIcon(texts.isEmpty() ? QIcon()
                                          : style()->standardIcon(QStyle::SP_MessageBoxWarning));
            if (!texts.isEmpty())
                item->setToolTip(texts.join(u'\n'));
        }
        if (row == current)
            currentText = texts.join(u'\n');
    }
    m_message->setMessage(currentText);
}

int ReviewedHouseholds::rowOf(Id householdId) const
{
    const auto &reviews = committee().reviews;
    const auto found = std::find_if(reviews.cbegin(), reviews.cend(),
                                    [householdId](const CommitteeReview &r) {
                                        return r.householdId == householdId;
                                    });
    return found == reviews.cend() ? -1 : int(found - reviews.cbegin());
}

void ReviewedHouseholds::addHousehold(Id householdId, const QString &reference,
                                      const QString &name, const QString &reason)
{
    if (!m_open || householdId <= 0)
        return;
    if (const int listed = rowOf(householdId); listed >= 0) {
        m_table->setCurrentCell(listed, Reference);
        return;
    }
    m_labels.insert(householdId, Label{reference, name});
    m_rowAfterChange = int(committee().reviews.size());
    m_document.edit(tr("Add a household"), [householdId, reason](FollowUpCommittee &c) {
        c.reviews << CommitteeReview{.householdId = householdId, .reason = reason};
    });
}

void ReviewedHouseholds::addSuggested()
{
    const FollowUpCommittee &c = committee();
    if (!m_open || c.agencyId <= 0 || !c.date.isValid())
        return;
    Database &db = m_context.db();
    auto suggestions = CommitteeSuggestions::suggest(db, m_context.scope(), c.agencyId, c.date);
    if (!suggestions) {
        QMessageBox::warning(this, tr("Follow-up committees"), suggestions.error().message);
        return;
    }
    QList<CommitteeSuggestion> fresh;
    int listed = 0;
    for (const CommitteeSuggestion &s : std::as_const(*suggestions)) {
        if (rowOf(s.householdId) >= 0)
            ++listed;
        else
            fresh << s;
    }
    const int days = CommitteeSuggestions::noContactDays(db).valueOr(
        CommitteeSuggestions::DefaultNoContactDays);
    const QString heading = tr("Households to review at the committee of %1 — %2")
                                .arg(c.date.toString(QStringLiteral("dd/MM/yyyy")),
                                     m_lookups.agencyName(c.agencyId));
    SuggestionsDialog dialog(fresh, listed, days, heading, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QList<CommitteeSuggestion> chosen = dialog.checked();
    if (chosen.isEmpty())
        return;
    for (const CommitteeSuggestion &s : chosen)
        m_labels.insert(s.householdId, Label{s.reference, s.name});
    m_rowAfterChange = int(c.reviews.size());
    m_document.edit(tr("Add the suggested households"), [chosen](FollowUpCommittee &edited) {
        for (const CommitteeSuggestion &s : chosen)
            edited.reviews << CommitteeReview{.householdId = s.householdId,
                                              .reason = s.reasonText()};
    });
}

void ReviewedHouseholds::move(int delta)
{
    const int row = m_table->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= committee().reviews.size())
        return;
    change(delta < 0 ? tr("Move a household up") : tr("Move a household down"), target,
           [row, target](FollowUpCommittee &c) { c.reviews.swapItemsAt(row, target); });
}

void ReviewedHouseholds::remove()
{
    const int row = m_table->currentRow(); // change() checks that a household is chosen
    change(tr("Remove a household"), row,
           [row](FollowUpCommittee &c) { c.reviews.removeAt(row); });
}

void ReviewedHouseholds::openCurrent()
{
    if (const CommitteeReview *review = m_decisionForm.record())
        Q_EMIT m_context.openHouseholdRequested(review->householdId, QStringLiteral("followup"));
}

void ReviewedHouseholds::search()
{
    const QString text = m_search->text().trimmed();
    m_found->clear();
    if (text.isEmpty() || !m_open) {
        m_results->hide();
        return;
    }
    HouseholdFilter filter;
    filter.text = text;
    filter.agencyId = committee().agencyId;
    auto rows = HouseholdRepository(m_context.db()).list(m_context.scope(), filter);
    if (!rows) {
        QMessageBox::warning(this, tr("Follow-up committees"), rows.error().message);
        return;
    }
    constexpr int MaxShown = 30;
    for (const HouseholdRow &row : std::as_const(*rows)) {
        if (m_found->count() >= MaxShown)
            break;
        const bool listed = rowOf(row.id) >= 0;
        QString line = row.reference + QStringLiteral(" — ") + row.displayName
                       + QStringLiteral("  (")
                       + m_lookups.catalog.label(ReferenceList::HouseholdStatus, row.status)
                       + u')';
        if (listed)
            line += QStringLiteral("  ") + tr("already listed");
        auto *item = new QListWidgetItem(line, m_found);
        item->setData(IdRole, row.id);
        item->setData(ReferenceRole, row.reference);
        item->setData(NameRole, row.displayName);
        if (listed)
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
        else if (!m_found->currentItem())
            m_found->setCurrentItem(item); // the first household that can be added
    }
    if (m_found->count() == 0) {
        auto *none = new QListWidgetItem(tr("No household of this agency matches “%1”.")
                                             .arg(text),
                                         m_found);
        none->setFlags(Qt::NoItemFlags);
    } else if (rows->size() > MaxShown) {
        auto *more = new QListWidgetItem(tr("… %n more: type more of the name or reference.",
                                            nullptr, int(rows->size() - MaxShown)),
                                         m_found);
        more->setFlags(Qt::NoItemFlags);
    }
    m_results->show();
}

QString ReviewedHouseholds::reasonFor(Id householdId) const
{
    const FollowUpCommittee &c = committee();
    if (c.agencyId <= 0 || !c.date.isValid())
        return QString();
    auto suggestions = CommitteeSuggestions::suggest(m_context.db(), m_context.scope(),
                                                     c.agencyId, c.date);
    for (const CommitteeSuggestion &s : suggestions ? *suggestions : QList<CommitteeSuggestion>()) {
        if (s.householdId == householdId)
            return s.reasonText();
    }
    return QString();
}

void ReviewedHouseholds::addFound()
{
    QListWidgetItem *item = m_found->currentItem();
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return;
    const Id id = item->data(IdRole).toLongLong();
    addHousehold(id, item->data(ReferenceRole).toString(), item->data(NameRole).toString(),
                 reasonFor(id));
    m_search->clear();
    m_results->hide();
    m_search->setFocus(Qt::OtherFocusReason);
}

bool ReviewedHouseholds::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down && m_found->isVisible() && m_found->count() > 0) {
            m_found->setFocus(Qt::OtherFocusReason);
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && !m_search->text().trimmed().isEmpty()) {
            m_searchTimer->stop();
            search();
            addFound();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Passerelle::Ui
