#include "CommitteesPage.h"

#include "AppContext.h"
#include "MainWindow.h"
#include "SuggestionsDialog.h"
#include "committees/CommitteeOverview.h"
#include "committees/CommitteeSuggestions.h"
#include "documents/Documents.h"
#include "domain/Validation.h"
#include "storage/CommitteeRepository.h"
#include "storage/CommitteeSuggestionRepository.h"
#include "storage/HouseholdRepository.h"
#include "widgets/FormWidgets.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHideEvent>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableWidget>
#include <QTimeEdit>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Passerelle::Ui {

namespace {

enum ListColumn { ListDate, ListAgency, ListHouseholds, ListDecisions };
enum ReviewColumn { ReviewReference, ReviewName, ReviewReason, ReviewDecision };

/// Merge keys of the edits typed character by character: one undo step per field (and per
/// review for the decision notes).
enum MergeKey {
    NoMerge = -1,
    MergePlace = 1,
    MergeParticipants,
    MergeMinutes,
    MergeTime,
    MergeNotes = 0x10000,
};

constexpr int IdRole = Qt::UserRole;

/// One edit of the committee shown: the states before and after.
class CommitteeEdit : public QUndoCommand
{
public:
    using Apply = std::function<void(const FollowUpCommittee &)>;

    CommitteeEdit(const QString &text, int mergeKey, FollowUpCommittee before,
                  FollowUpCommittee after, Apply apply)
        : QUndoCommand(text), m_key(mergeKey), m_before(std::move(before)),
          m_after(std::move(after)), m_apply(std::move(apply))
    {
    }

    void undo() override { m_apply(m_before); }
    void redo() override { m_apply(m_after); }
    int id() const override { return m_key; }
    bool mergeWith(const QUndoCommand *other) override
    {
        m_after = static_cast<const CommitteeEdit *>(other)->m_after;
        setObsolete(m_after == m_before);
        return true;
    }

private:
    int m_key;
    FollowUpCommittee m_before;
    FollowUpCommittee m_after;
    Apply m_apply;
};

QLabel *pageTitle(const QString &text, QWidget *parent)
{
    auto *title = new QLabel(text, parent);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    title->setFont(font);
    return title;
}

QString dateText(const QDate &date, const QTime &time)
{
    if (!date.isValid())
        return QString();
    QString text = date.toString(QStringLiteral("dd/MM/yyyy"));
    if (time.isValid())
        text += QStringLiteral("  ") + time.toString(QStringLiteral("HH:mm"));
    return text;
}

} // namespace

CommitteesPage::CommitteesPage(AppContext &context, QWidget *parent) : Page(context, parent)
{
    setObjectName(QStringLiteral("committees"));
    if (auto lookups = Lookups::load(context.db()))
        m_lookups = *lookups;
    m_undo = new QUndoStack(this);

    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    header->addWidget(pageTitle(title(), this));
    header->addStretch();
    auto *newButton = new QPushButton(style()->standardIcon(QStyle::SP_FileIcon),
                                      tr("&New committee"), this);
    newButton->setObjectName(QStringLiteral("newCommittee"));
    newButton->setToolTip(tr("Prepare a follow-up committee for the agency shown"));
    header->addWidget(newButton);
    layout->addLayout(header);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("committeesSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(buildList());
    splitter->addWidget(buildForm());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({400, 900});
    layout->addWidget(splitter, 1);

    connect(newButton, &QPushButton::clicked, this, &CommitteesPage::newCommittee);
    connect(&context, &AppContext::currentAgencyChanged, this, [this](Id agency) {
        m_agencyFilter->setCurrentIndex(std::max(0, m_agencyFilter->findData(agency)));
        // Hidden, the page is refreshed when the navigation shows it again.
        if (isVisible())
            reloadList();
    });
    connect(m_undo, &QUndoStack::indexChanged, this, &CommitteesPage::updateState);

    auto *saveAction = new QAction(tr("Save"), this);
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(saveAction, &QAction::triggered, this, [this] {
        if (m_open)
            save();
    });
    addAction(saveAction);
    QAction *undo = m_undo->createUndoAction(this, tr("Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *redo = m_undo->createRedoAction(this, tr("Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undo);
    addAction(redo);
    if (auto *undoButton = findChild<QToolButton *>(QStringLiteral("undo"))) {
        undo->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
        undoButton->setDefaultAction(undo);
    }
    if (auto *redoButton = findChild<QToolButton *>(QStringLiteral("redo"))) {
        redo->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
        redoButton->setDefaultAction(redo);
    }

    m_agencyFilter->setCurrentIndex(
        std::max(0, m_agencyFilter->findData(context.currentAgency())));
    reloadList();
    updateState();
}

CommitteesPage::~CommitteesPage()
{
    // The undo commands call back into the page: they go while it is still whole.
    m_undo->clear();
}

QString CommitteesPage::title() const
{
    return tr("Follow-up committees");
}

QIcon CommitteesPage::icon() const
{
    return QIcon(QStringLiteral(":/passerelle/icons/committees.svg"));
}

QList<std::pair<Id, QString>> CommitteesPage::agencyChoices() const
{
    QList<std::pair<Id, QString>> out;
    for (const auto &[id, name] : m_lookups.agencyChoices()) {
        if (context().scope().allowsAgency(id))
            out.append({id, name});
    }
    return out;
}

FieldMessage *CommitteesPage::message(const QString &field, QWidget *parent)
{
    auto *m = new FieldMessage(parent);
    m->setObjectName(QStringLiteral("message_") + field);
    m_messages.insert(field, m);
    return m;
}

// --- building ------------------------------------------------------------------------------

QWidget *CommitteesPage::buildList()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 6, 0);
    auto *filterRow = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("Agenc&y:"), panel);
    m_agencyFilter = new QComboBox(panel);
    m_agencyFilter->setObjectName(QStringLiteral("agencyFilter"));
    m_agencyFilter->addItem(tr("All agencies"), Id(0));
    for (const auto &[id, name] : agencyChoices())
        m_agencyFilter->addItem(name, id);
    filterLabel->setBuddy(m_agencyFilter);
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_agencyFilter, 1);
    layout->addLayout(filterRow);

    m_list = new QTreeWidget(panel);
    m_list->setObjectName(QStringLiteral("committeeList"));
    m_list->setHeaderLabels({tr("Date"), tr("Agency"), tr("Households"), tr("Decisions")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setMinimumWidth(360);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(ListAgency, QHeaderView::Stretch);
    m_list->headerItem()->setToolTip(ListHouseholds, tr("Households listed for review"));
    m_list->headerItem()->setToolTip(ListDecisions, tr("Decisions recorded"));
    layout->addWidget(m_list, 1);
    m_emptyList = new QLabel(panel);
    m_emptyList->setObjectName(QStringLiteral("emptyList"));
    m_emptyList->setWordWrap(true);
    m_emptyList->setEnabled(false);
    layout->addWidget(m_emptyList);

    connect(m_agencyFilter, &QComboBox::activated, this, &CommitteesPage::reloadList);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        if (m_selecting || !current)
            return;
        const Id id = current->data(ListDate, IdRole).toLongLong();
        if (id <= 0 || (m_open && id == m_stored.id))
            return;
        // Out of the list's own signal: saving from the question rebuilds the list.
        QMetaObject::invokeMethod(this, [this, id] { selectCommittee(id); },
                                  Qt::QueuedConnection);
    });
    return panel;
}

QWidget *CommitteesPage::buildForm()
{
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("formStack"));
    auto *hint = new QLabel(tr("Choose a committee in the list, or prepare one with “New "
                               "committee”."),
                            m_stack);
    hint->setObjectName(QStringLiteral("formHint"));
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    hint->setEnabled(false);
    m_stack->addWidget(hint);

    auto *page = new QWidget(m_stack);
    auto *outer = new QVBoxLayout(page);
    outer->setContentsMargins(6, 0, 0, 0);
    auto *headingRow = new QHBoxLayout;
    m_heading = new QLabel(page);
    m_heading->setObjectName(QStringLiteral("heading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_modified = new QLabel(tr("● Unsaved changes"), page);
    m_modified->setObjectName(QStringLiteral("modifiedIndicator"));
    m_modified->setStyleSheet(QStringLiteral("color: #a15c00; font-weight: bold;"));
    headingRow->addWidget(m_heading, 1);
    headingRow->addWidget(m_modified);
    outer->addLayout(headingRow);

    auto *scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(buildCommitteeBox());
    column->addWidget(buildReviewsBox(), 1);
    auto *minutesBox = new QGroupBox(tr("Minutes"), content);
    auto *minutesLayout = new QVBoxLayout(minutesBox);
    auto *minutesLabel = new QLabel(tr("What was said and agreed, for the record (&minutes):"),
                                    minutesBox);
    m_minutes = new FreeTextEdit(minutesBox);
    m_minutes->setObjectName(QStringLiteral("minutes"));
    m_minutes->setMinimumHeight(120);
    minutesLabel->setBuddy(m_minutes->editor());
    minutesLayout->addWidget(minutesLabel);
    minutesLayout->addWidget(m_minutes);
    column->addWidget(minutesBox);
    connect(m_minutes->editor(), &QPlainTextEdit::textChanged, this, [this] {
        const QString text = m_minutes->text();
        change(tr("Edit the minutes"), MergeMinutes,
               [text](FollowUpCommittee &c) { c.minutes = text; });
    });
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    auto *bar = new QHBoxLayout;
    m_status = new QLabel(page);
    m_status->setObjectName(QStringLiteral("status"));
    m_statusTimer = new QTimer(this);
    m_statusTimer->setSingleShot(true);
    m_statusTimer->setInterval(4000);
    connect(m_statusTimer, &QTimer::timeout, m_status, &QLabel::clear);
    auto *undoButton = new QToolButton(page);
    undoButton->setObjectName(QStringLiteral("undo"));
    undoButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
    auto *redoButton = new QToolButton(page);
    redoButton->setObjectName(QStringLiteral("redo"));
    redoButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_delete = new QPushButton(style()->standardIcon(QStyle::SP_TrashIcon), tr("De&lete…"), page);
    m_delete->setObjectName(QStringLiteral("delete"));
    m_delete->setToolTip(tr("Delete this committee, its minutes and its decisions"));
    m_revert = new QPushButton(tr("Re&vert"), page);
    m_revert->setObjectName(QStringLiteral("revert"));
    m_revert->setToolTip(tr("Go back to the committee as saved (can be undone)"));
    m_save = new QPushButton(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("&Save"),
                             page);
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setToolTip(tr("Save the committee (Ctrl+S); each decision is recorded in the "
                          "household's history"));
    bar->addWidget(m_status, 1);
    bar->addWidget(undoButton);
    bar->addWidget(redoButton);
    bar->addSpacing(12);
    m_agenda = new QPushButton(QIcon(QStringLiteral(":/passerelle/icons/print.svg")),
                               tr("A&genda"), page);
    m_agenda->setObjectName(QStringLiteral("agenda"));
    m_agenda->setToolTip(tr("The agenda of the committee: the households to review, without "
                            "any sensitive detail"));
    auto *agendaMenu = new QMenu(m_agenda);
    agendaMenu->addAction(tr("Print pre&view…"), this,
                          [this] { printAgenda(DocumentPrinter::Output::Preview); });
    agendaMenu->addAction(tr("&Print…"), this,
                          [this] { printAgenda(DocumentPrinter::Output::Printer); });
    agendaMenu->addAction(tr("Save as P&DF…"), this,
                          [this] { printAgenda(DocumentPrinter::Output::Pdf); });
    m_agenda->setMenu(agendaMenu);
    bar->addWidget(m_agenda);
    bar->addWidget(m_delete);
    bar->addWidget(m_revert);
    bar->addWidget(m_save);
    outer->addLayout(bar);
    m_stack->addWidget(page);

    connect(m_save, &QPushButton::clicked, this, &CommitteesPage::save);
    connect(m_revert, &QPushButton::clicked, this, &CommitteesPage::revert);
    connect(m_delete, &QPushButton::clicked, this, &CommitteesPage::deleteCommittee);

    setTabOrder(m_agency, m_date->lineEdit());
    setTabOrder(m_date->lineEdit(), m_time);
    setTabOrder(m_time, m_place);
    setTabOrder(m_place, m_participants);
    setTabOrder(m_participants, m_addSuggested);
    setTabOrder(m_addSuggested, m_search);
    setTabOrder(m_search, m_found);
    setTabOrder(m_found, m_reviews);
    setTabOrder(m_reviews, m_up);
    setTabOrder(m_up, m_down);
    setTabOrder(m_down, m_remove);
    setTabOrder(m_remove, m_openFile);
    setTabOrder(m_openFile, m_decision);
    setTabOrder(m_decision, m_decisionNotes->editor());
    setTabOrder(m_decisionNotes->editor(), m_minutes->editor());
    setTabOrder(m_minutes->editor(), m_save);
    setTabOrder(m_save, m_revert);
    setTabOrder(m_revert, m_delete);
    return m_stack;
}

QWidget *CommitteesPage::buildCommitteeBox()
{
    auto *box = new QGroupBox(tr("Committee"));
    auto *columns = new QHBoxLayout(box);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto addRow = [&](const QString &label, QWidget *field, const QString &name,
                      QWidget *buddy = nullptr) {
        field->setObjectName(name);
        auto *cell = new QWidget(box);
        auto *v = new QVBoxLayout(cell);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(1);
        v->addWidget(field);
        v->addWidget(message(name, cell));
        auto *text = new QLabel(label, box);
        text->setBuddy(buddy ? buddy : field);
        form->addRow(text, cell);
    };
    m_agency = new RecordCombo(false, box);
    m_agency->setRecords(agencyChoices());
    addRow(tr("&Agency:"), m_agency, QStringLiteral("agencyId"));
    m_date = new DateEdit(box);
    addRow(tr("&Date:"), m_date, QStringLiteral("date"), m_date->lineEdit());
    m_time = new QTimeEdit(box);
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_time->setMinimumTime(QTime(0, 0));
    // 00:00 stands for "no time set": no committee meets at midnight.
    m_time->setSpecialValueText(tr("—"));
    m_time->setMaximumWidth(110);
    addRow(tr("&Time:"), m_time, QStringLiteral("time"));
    m_place = new QLineEdit(box);
    m_place->setPlaceholderText(tr("e.g. Agency meeting room"));
    addRow(tr("&Place:"), m_place, QStringLiteral("place"));
    columns->addLayout(form, 1);

    auto *people = new QVBoxLayout;
    auto *peopleLabel = new QLabel(tr("Parti&cipants (one per line):"), box);
    m_participants = new QPlainTextEdit(box);
    m_participants->setObjectName(QStringLiteral("participants"));
    m_participants->setTabChangesFocus(true);
    m_participants->setPlaceholderText(tr("Name (role or organisation)\nOne participant per "
                                          "line"));
    m_participants->setMinimumHeight(90);
    peopleLabel->setBuddy(m_participants);
    people->addWidget(peopleLabel);
    people->addWidget(m_participants, 1);
    columns->addLayout(people, 1);

    connect(m_agency, &RecordCombo::idEdited, this, [this](Id id) {
        change(tr("Change the agency"), NoMerge, [id](FollowUpCommittee &c) { c.agencyId = id; });
    });
    connect(m_date, &DateEdit::dateEdited, this, [this](const QDate &date) {
        change(tr("Change the date"), NoMerge, [date](FollowUpCommittee &c) { c.date = date; });
    });
    connect(m_time, &QTimeEdit::timeChanged, this, [this](const QTime &time) {
        const QTime value = time == m_time->minimumTime() ? QTime() : time;
        change(tr("Change the time"), MergeTime,
               [value](FollowUpCommittee &c) { c.time = value; });
    });
    connect(m_place, &QLineEdit::textEdited, this, [this](const QString &text) {
        change(tr("Edit the place"), MergePlace, [text](FollowUpCommittee &c) { c.place = text; });
    });
    connect(m_participants, &QPlainTextEdit::textChanged, this, [this] {
        const QString text = m_participants->toPlainText();
        change(tr("Edit the participants"), MergeParticipants,
               [text](FollowUpCommittee &c) { c.participants = text; });
    });
    return box;
}

QWidget *CommitteesPage::buildReviewsBox()
{
    auto *box = new QGroupBox(tr("Households reviewed"));
    auto *layout = new QVBoxLayout(box);

    auto *tools = new QHBoxLayout;
    m_addSuggested = new QPushButton(tr("Add the s&uggested households…"), box);
    m_addSuggested->setObjectName(QStringLiteral("addSuggested"));
    m_addSuggested->setToolTip(tr("Households in support with an open alert, an overdue "
                                  "objective or no recent contact on the day of the committee"));
    auto *searchLabel = new QLabel(tr("Add a &household:"), box);
    m_search = new QLineEdit(box);
    m_search->setObjectName(QStringLiteral("householdSearch"));
    m_search->setPlaceholderText(tr("Reference or name…"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    searchLabel->setBuddy(m_search);
    tools->addWidget(m_addSuggested);
    tools->addSpacing(16);
    tools->addWidget(searchLabel);
    tools->addWidget(m_search, 1);
    layout->addLayout(tools);

    auto *foundRow = new QHBoxLayout;
    m_found = new QListWidget(box);
    m_found->setObjectName(QStringLiteral("searchResults"));
    m_found->setMaximumHeight(110);
    m_found->hide();
    m_addFound = new QPushButton(tr("Add"), box);
    m_addFound->setObjectName(QStringLiteral("addFound"));
    m_addFound->hide();
    foundRow->addWidget(m_found, 1);
    foundRow->addWidget(m_addFound, 0, Qt::AlignTop);
    layout->addLayout(foundRow);

    auto *body = new QHBoxLayout;
    auto *tableColumn = new QVBoxLayout;
    m_reviews = new QTableWidget(0, 4, box);
    m_reviews->setObjectName(QStringLiteral("reviews"));
    m_reviews->setHorizontalHeaderLabels({tr("Reference"), tr("Household"), tr("Reason"),
                                          tr("Decision")});
    m_reviews->verticalHeader()->hide();
    m_reviews->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_reviews->setSelectionMode(QAbstractItemView::SingleSelection);
    m_reviews->setEditTriggers(QAbstractItemView::EditKeyPressed
                               | QAbstractItemView::AnyKeyPressed
                               | QAbstractItemView::SelectedClicked);
    m_reviews->setAlternatingRowColors(true);
    m_reviews->setWordWrap(false);
    m_reviews->setMinimumHeight(180);
    m_reviews->horizontalHeader()->setSectionResizeMode(ReviewReference,
                                                        QHeaderView::ResizeToContents);
    m_reviews->horizontalHeader()->setSectionResizeMode(ReviewName, QHeaderView::Interactive);
    m_reviews->horizontalHeader()->setSectionResizeMode(ReviewReason, QHeaderView::Stretch);
    m_reviews->horizontalHeader()->setSectionResizeMode(ReviewDecision,
                                                        QHeaderView::Interactive);
    m_reviews->setColumnWidth(ReviewName, 170);
    m_reviews->setColumnWidth(ReviewDecision, 200);
    m_reviews->setToolTip(tr("Double-click a household to open its file; the reason can be "
                             "edited (F2)."));
    tableColumn->addWidget(m_reviews, 1);
    m_emptyReviews = new QLabel(tr("No household listed yet — add the suggested households "
                                   "or search for one above."),
                                box);
    m_emptyReviews->setObjectName(QStringLiteral("emptyReviews"));
    m_emptyReviews->setWordWrap(true);
    m_emptyReviews->setEnabled(false);
    tableColumn->addWidget(m_emptyReviews);

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
    auto *decisionLabel = new QLabel(tr("D&ecision:"), m_detail);
    m_decision = new CodeCombo(m_lookups.catalog, ReferenceList::CommitteeDecision, true,
                               m_detail);
    m_decision->setObjectName(QStringLiteral("decision"));
    decisionLabel->setBuddy(m_decision);
    detail->addWidget(decisionLabel);
    detail->addWidget(m_decision);
    auto *notesLabel = new QLabel(tr("Dec&ision notes:"), m_detail);
    m_decisionNotes = new FreeTextEdit(m_detail);
    m_decisionNotes->setObjectName(QStringLiteral("decisionNotes"));
    m_decisionNotes->setMinimumHeight(110);
    notesLabel->setBuddy(m_decisionNotes->editor());
    detail->addWidget(notesLabel);
    detail->addWidget(m_decisionNotes, 1);
    detail->addWidget(message(QStringLiteral("review"), m_detail));
    body->addWidget(m_detail, 2);
    layout->addLayout(body, 1);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &CommitteesPage::search);
    connect(m_found, &QListWidget::itemActivated, this, &CommitteesPage::addFound);
    connect(m_addFound, &QPushButton::clicked, this, &CommitteesPage::addFound);
    connect(m_addSuggested, &QPushButton::clicked, this, &CommitteesPage::addSuggestedHouseholds);
    connect(m_up, &QPushButton::clicked, this, [this] { moveReview(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveReview(1); });
    connect(m_remove, &QPushButton::clicked, this, &CommitteesPage::removeReview);
    connect(m_openFile, &QPushButton::clicked, this, &CommitteesPage::openCurrentHousehold);
    auto *upKey = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Up), m_reviews);
    upKey->setContext(Qt::WidgetShortcut);
    connect(upKey, &QShortcut::activated, this, [this] { moveReview(-1); });
    auto *downKey = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Down), m_reviews);
    downKey->setContext(Qt::WidgetShortcut);
    connect(downKey, &QShortcut::activated, this, [this] { moveReview(1); });
    connect(m_reviews, &QTableWidget::cellDoubleClicked, this, [this](int, int column) {
        if (column != ReviewReason)
            openCurrentHousehold();
    });
    connect(m_reviews, &QTableWidget::currentCellChanged, this, [this] {
        if (!m_filling)
            fillDetail();
    });
    connect(m_reviews, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_filling || item->column() != ReviewReason)
            return;
        const QString text = item->text().trimmed();
        editReview(item->row(), tr("Edit the reason"), NoMerge,
                   [text](CommitteeReview &r) { r.reason = text; });
    });
    connect(m_decision, &CodeCombo::codeEdited, this, [this](const QString &code) {
        editReview(m_reviews->currentRow(), tr("Record a decision"), NoMerge,
                   [code](CommitteeReview &r) { r.decision = code; });
    });
    connect(m_decisionNotes->editor(), &QPlainTextEdit::textChanged, this, [this] {
        const int row = m_reviews->currentRow();
        const QString text = m_decisionNotes->text();
        editReview(row, tr("Edit the decision notes"), MergeNotes + std::max(0, row),
                   [text](CommitteeReview &r) { r.decisionNotes = text; });
    });
    return box;
}

// --- the list ------------------------------------------------------------------------------

void CommitteesPage::reloadList()
{
    const Id agency = m_agencyFilter->currentData().toLongLong();
    auto committees = CommitteeRepository(context().db()).list(context().scope(), agency);
    if (!committees) {
        QMessageBox::warning(this, title(), committees.error().message);
        return;
    }
    const QList<CommitteeOverview> overviews =
        CommitteeOverviews::build(*committees, context().today());
    m_selecting = true;
    m_list->clear();
    QTreeWidgetItem *upcoming = nullptr;
    QTreeWidgetItem *past = nullptr;
    const auto group = [this](const QString &text) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(ListDate, text);
        item->setFirstColumnSpanned(true);
        item->setFlags(Qt::ItemIsEnabled);
        QFont font = item->font(ListDate);
        font.setBold(true);
        item->setFont(ListDate, font);
        return item;
    };
    int upcomingCount = 0;
    for (const CommitteeOverview &o : overviews)
        upcomingCount += o.upcoming ? 1 : 0;
    for (const CommitteeOverview &o : overviews) {
        QTreeWidgetItem *parent = nullptr;
        if (o.upcoming) {
            if (!upcoming)
                upcoming = group(tr("Upcoming (%1)").arg(upcomingCount));
            parent = upcoming;
        } else {
            if (!past)
                past = group(tr("Past (%1)").arg(overviews.size() - upcomingCount));
            parent = past;
        }
        auto *item = new QTreeWidgetItem(parent);
        item->setText(ListDate, dateText(o.date, o.time));
        item->setData(ListDate, IdRole, o.id);
        item->setText(ListAgency, m_lookups.agencyName(o.agencyId));
        item->setText(ListHouseholds, QString::number(o.households));
        item->setText(ListDecisions, QString::number(o.decisions));
        item->setTextAlignment(ListHouseholds, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(ListDecisions, Qt::AlignRight | Qt::AlignVCenter);
        const QString tip = o.place.isEmpty() ? m_lookups.agencyName(o.agencyId) : o.place;
        for (int c = ListDate; c <= ListDecisions; ++c)
            item->setToolTip(c, tip);
        if (o.upcoming && o.households > 0 && o.decisions < o.households)
            item->setForeground(ListDecisions, palette().brush(QPalette::PlaceholderText));
    }
    m_list->expandAll();
    for (int c = ListDate; c <= ListDecisions; ++c) {
        if (c != ListAgency)
            m_list->resizeColumnToContents(c);
    }
    m_emptyList->setText(agency > 0 ? tr("No committee for this agency yet — prepare one with "
                                         "“New committee”.")
                                    : tr("No committee yet — prepare one with “New "
                                         "committee”."));
    m_emptyList->setVisible(overviews.isEmpty());
    m_selecting = false;
    selectInList(m_open ? m_stored.id : 0);
}

void CommitteesPage::selectInList(Id id)
{
    const bool wasSelecting = m_selecting;
    m_selecting = true;
    QTreeWidgetItem *found = nullptr;
    for (QTreeWidgetItemIterator it(m_list); *it && id > 0; ++it) {
        if ((*it)->data(ListDate, IdRole).toLongLong() == id) {
            found = *it;
            break;
        }
    }
    if (found) {
        m_list->setCurrentItem(found);
        m_list->scrollToItem(found);
    } else {
        m_list->setCurrentItem(nullptr);
        m_list->clearSelection();
    }
    m_selecting = wasSelecting;
}

// --- showing a committee -------------------------------------------------------------------

bool CommitteesPage::printAgenda(DocumentPrinter::Output output, const QString &pdfPath)
{
    if (!m_open)
        return false;
    if (isModified() || m_stored.id <= 0) {
        const auto answer = QMessageBox::question(
                this, tr("Print the agenda"),
                tr("The agenda prints the committee as saved, and it has unsaved changes. Save "
                   "them now?"),
                QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Save);
        if (answer != QMessageBox::Save || !save())
            return false;
    }
    Database &db = context().db();
    auto folder = Documents::templatesFolder(db);
    Result<PrintedDocument> printed
            = folder ? Documents::printCommitteeAgenda(db, context().scope(), m_stored.id,
                                                       *folder)
                     : Result<PrintedDocument>(folder.error());
    if (!printed) {
        QMessageBox::warning(this, tr("Print the agenda"), printed.error().message);
        return false;
    }
    return DocumentPrinter::output(this, *printed, output,
                                   tr("Agenda of the committee %1")
                                           .arg(m_stored.date.toString(Qt::ISODate)),
                                   pdfPath);
}

bool CommitteesPage::isModified() const
{
    return m_open && !(m_edited == m_stored);
}

QString CommitteesPage::describe(const FollowUpCommittee &c) const
{
    if (!c.date.isValid())
        return c.id > 0 ? tr("this committee") : tr("the new committee");
    return tr("of %1 (%2)").arg(c.date.toString(QStringLiteral("dd/MM/yyyy")),
                                m_lookups.agencyName(c.agencyId));
}

bool CommitteesPage::selectCommittee(Id id)
{
    if (m_open && m_stored.id == id && id > 0) {
        selectInList(id);
        return true;
    }
    if (!maybeLeave()) {
        selectInList(m_open ? m_stored.id : 0);
        return false;
    }
    auto committee = CommitteeRepository(context().db()).get(context().scope(), id);
    if (!committee) {
        QMessageBox::warning(this, title(), committee.error().message);
        reloadList();
        return false;
    }
    load(*committee);
    return true;
}

bool CommitteesPage::newCommittee()
{
    if (!maybeLeave())
        return false;
    FollowUpCommittee blank;
    blank.agencyId = agencyForNew();
    load(blank);
    m_date->setFocus(Qt::OtherFocusReason);
    return true;
}

Id CommitteesPage::agencyForNew() const
{
    if (const Id filter = m_agencyFilter->currentData().toLongLong(); filter > 0)
        return filter;
    if (context().currentAgency() > 0)
        return context().currentAgency();
    if (context().scope().agencyId)
        return *context().scope().agencyId;
    const auto choices = agencyChoices();
    return choices.isEmpty() ? 0 : choices.first().first;
}

void CommitteesPage::load(const FollowUpCommittee &committee)
{
    const bool same = m_open && committee.id > 0 && committee.id == m_stored.id;
    const int row = same ? m_reviews->currentRow() : -1;
    m_undo->clear();
    m_stored = committee;
    m_edited = committee;
    m_open = true;
    m_showProblems = false;
    QList<Id> ids;
    for (const CommitteeReview &r : committee.reviews)
        ids << r.householdId;
    loadLabels(ids);
    m_stack->setCurrentIndex(1);
    m_search->clear();
    m_rowAfterChange = row >= 0 ? row : (committee.reviews.isEmpty() ? -1 : 0);
    fillForm();
    selectInList(committee.id);
}

void CommitteesPage::loadLabels(const QList<Id> &ids)
{
    QList<Id> missing;
    for (const Id id : ids) {
        if (!m_labels.contains(id))
            missing << id;
    }
    if (missing.isEmpty())
        return;
    auto labels = CommitteeSuggestionRepository(context().db()).labels(context().scope(), missing);
    if (!labels)
        return;
    for (auto it = labels->cbegin(); it != labels->cend(); ++it)
        m_labels.insert(it.key(), Label{it->reference, it->name});
}

void CommitteesPage::change(const QString &text, int mergeKey,
                            const std::function<void(FollowUpCommittee &)> &edit)
{
    if (m_filling || !m_open)
        return;
    FollowUpCommittee after = m_edited;
    edit(after);
    if (after == m_edited)
        return;
    m_showProblems = true;
    m_undo->push(new CommitteeEdit(text, mergeKey, m_edited, after,
                                   [this](const FollowUpCommittee &state) { setState(state); }));
}

void CommitteesPage::editReview(int row, const QString &text, int mergeKey,
                                const std::function<void(CommitteeReview &)> &edit)
{
    if (row < 0 || row >= m_edited.reviews.size())
        return;
    m_rowAfterChange = row;
    change(text, mergeKey, [row, &edit](FollowUpCommittee &c) { edit(c.reviews[row]); });
}

void CommitteesPage::setState(const FollowUpCommittee &state)
{
    m_edited = state;
    fillForm();
}

void CommitteesPage::fillForm()
{
    m_filling = true;
    const FollowUpCommittee &c = m_edited;
    m_agency->setId(c.agencyId);
    if (m_date->date() != c.date || !m_date->isAcceptable())
        m_date->setDate(c.date);
    const QTime time = c.time.isValid() ? c.time : m_time->minimumTime();
    if (m_time->time() != time)
        m_time->setTime(time);
    if (m_place->text() != c.place)
        m_place->setText(c.place);
    if (m_participants->toPlainText() != c.participants)
        m_participants->setPlainText(c.participants);
    m_minutes->setText(c.minutes);
    fillReviews();
    fillDetail();
    m_filling = false;
    updateState();
    showProblems();
}

void CommitteesPage::fillReviews()
{
    const bool wasFilling = m_filling;
    m_filling = true;
    int row = m_rowAfterChange >= 0 ? m_rowAfterChange : m_reviews->currentRow();
    m_rowAfterChange = -1;
    const auto &reviews = m_edited.reviews;
    m_reviews->setRowCount(int(reviews.size()));
    for (int i = 0; i < reviews.size(); ++i) {
        const CommitteeReview &r = reviews.at(i);
        const Label label = m_labels.value(r.householdId,
                                           Label{tr("(not visible)"), QString()});
        auto cell = [this, i](int column, const QString &text, bool editable) {
            auto *item = new QTableWidgetItem(text);
            Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
            if (editable)
                flags |= Qt::ItemIsEditable;
            item->setFlags(flags);
            item->setToolTip(text);
            m_reviews->setItem(i, column, item);
            return item;
        };
        cell(ReviewReference, label.reference, false)->setData(IdRole, r.householdId);
        cell(ReviewName, label.name, false);
        cell(ReviewReason, r.reason, true);
        cell(ReviewDecision,
             r.decision.isEmpty() ? QString()
                                  : m_lookups.catalog.label(ReferenceList::CommitteeDecision,
                                                            r.decision),
             false);
    }
    if (reviews.isEmpty())
        row = -1;
    else
        row = std::clamp(row, 0, int(reviews.size()) - 1);
    if (row != m_reviews->currentRow() || row < 0)
        m_reviews->setCurrentCell(row, row < 0 ? -1 : ReviewReference);
    else
        m_reviews->selectRow(row);
    m_emptyReviews->setVisible(reviews.isEmpty());
    m_reviews->setVisible(!reviews.isEmpty());
    m_filling = wasFilling;
}

void CommitteesPage::fillDetail()
{
    const bool wasFilling = m_filling;
    m_filling = true;
    const int row = m_reviews->currentRow();
    const bool valid = row >= 0 && row < m_edited.reviews.size();
    m_detail->setEnabled(valid);
    if (valid) {
        const CommitteeReview &r = m_edited.reviews.at(row);
        const Label label = m_labels.value(r.householdId);
        m_detailHeading->setText(tr("%1 — %2").arg(label.reference, label.name));
        m_decision->setCode(r.decision);
        m_decisionNotes->setText(r.decisionNotes);
    } else {
        m_detailHeading->setText(tr("Choose a household in the list to record the decision."));
        m_decision->setCode(QString());
        m_decisionNotes->setText(QString());
    }
    m_up->setEnabled(valid && row > 0);
    m_down->setEnabled(valid && row + 1 < m_edited.reviews.size());
    m_remove->setEnabled(valid);
    m_openFile->setEnabled(valid);
    m_filling = wasFilling;
    showProblems();
}

void CommitteesPage::showProblems()
{
    Problems problems;
    if (m_open && m_showProblems)
        problems = Validation::check(m_edited, m_lookups.catalog);
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it) {
        if (it.key() == u"review")
            continue;
        QString text;
        for (const FieldProblem &p : std::as_const(problems)) {
            if (p.field == it.key())
                text = p.message;
        }
        it.value()->setMessage(text);
    }
    // Problems of a review: its row is marked, the message shows beside its decision.
    const int current = m_reviews->currentRow();
    QString currentText;
    for (int row = 0; row < m_reviews->rowCount(); ++row) {
        const QString prefix = QStringLiteral("reviews[%1].").arg(row);
        QStringList texts;
        for (const FieldProblem &p : std::as_const(problems)) {
            if (p.field.startsWith(prefix) && !texts.contains(p.message))
                texts << p.message;
        }
        if (QTableWidgetItem *item = m_reviews->item(row, ReviewReference)) {
            item->setIcon(texts.isEmpty() ? QIcon()
                                          : style()->standardIcon(QStyle::SP_MessageBoxWarning));
            if (!texts.isEmpty())
                item->setToolTip(texts.join(u'\n'));
        }
        if (row == current)
            currentText = texts.join(u'\n');
    }
    m_messages.value(QStringLiteral("review"))->setMessage(currentText);
}

void CommitteesPage::updateState()
{
    const bool modified = isModified();
    m_modified->setVisible(modified);
    m_save->setEnabled(modified);
    m_revert->setEnabled(modified);
    m_delete->setEnabled(m_open && m_stored.id > 0);
    m_agenda->setEnabled(m_open);
    const bool canSuggest = m_open && m_edited.agencyId > 0 && m_edited.date.isValid();
    m_addSuggested->setEnabled(canSuggest);
    m_addSuggested->setToolTip(canSuggest ? tr("Households in support with an open alert, an "
                                               "overdue objective or no recent contact on the "
                                               "day of the committee")
                                          : tr("Choose the agency and the date of the "
                                               "committee first."));
    m_search->setEnabled(m_open && m_edited.agencyId > 0);
    if (m_open) {
        QString heading = m_stored.id > 0 ? tr("Committee") : tr("New committee");
        if (m_edited.date.isValid())
            heading += QStringLiteral(" — ") + dateText(m_edited.date, m_edited.time);
        if (m_edited.agencyId > 0)
            heading += QStringLiteral(" — ") + m_lookups.agencyName(m_edited.agencyId);
        m_heading->setText(heading);
    }
    if (modified != m_wasModified) {
        m_wasModified = modified;
        Q_EMIT modifiedChanged(modified);
    }
}

// --- households reviewed -------------------------------------------------------------------

void CommitteesPage::addHousehold(Id householdId, const QString &reference, const QString &name,
                                  const QString &reason)
{
    if (!m_open || householdId <= 0)
        return;
    for (int i = 0; i < m_edited.reviews.size(); ++i) {
        if (m_edited.reviews.at(i).householdId == householdId) {
            m_reviews->setCurrentCell(i, ReviewReference);
            return;
        }
    }
    m_labels.insert(householdId, Label{reference, name});
    m_rowAfterChange = int(m_edited.reviews.size());
    change(tr("Add a household"), NoMerge, [householdId, reason](FollowUpCommittee &c) {
        CommitteeReview r;
        r.householdId = householdId;
        r.reason = reason;
        c.reviews << r;
    });
}

void CommitteesPage::addSuggestedHouseholds()
{
    if (!m_open || m_edited.agencyId <= 0 || !m_edited.date.isValid())
        return;
    Database &db = context().db();
    auto suggestions = CommitteeSuggestions::suggest(db, context().scope(), m_edited.agencyId,
                                                     m_edited.date);
    if (!suggestions) {
        QMessageBox::warning(this, title(), suggestions.error().message);
        return;
    }
    QList<CommitteeSuggestion> fresh;
    int listed = 0;
    for (const CommitteeSuggestion &s : std::as_const(*suggestions)) {
        const bool already = std::any_of(m_edited.reviews.cbegin(), m_edited.reviews.cend(),
                                         [&s](const CommitteeReview &r) {
                                             return r.householdId == s.householdId;
                                         });
        if (already)
            ++listed;
        else
            fresh << s;
    }
    const int days = CommitteeSuggestions::noContactDays(db).valueOr(
        CommitteeSuggestions::DefaultNoContactDays);
    const QString heading = tr("Households to review at the committee of %1 — %2")
                                .arg(m_edited.date.toString(QStringLiteral("dd/MM/yyyy")),
                                     m_lookups.agencyName(m_edited.agencyId));
    SuggestionsDialog dialog(fresh, listed, days, heading, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QList<CommitteeSuggestion> chosen = dialog.checked();
    if (chosen.isEmpty())
        return;
    for (const CommitteeSuggestion &s : chosen)
        m_labels.insert(s.householdId, Label{s.reference, s.name});
    m_rowAfterChange = int(m_edited.reviews.size());
    change(tr("Add the suggested households"), NoMerge, [chosen](FollowUpCommittee &c) {
        for (const CommitteeSuggestion &s : chosen) {
            CommitteeReview r;
            r.householdId = s.householdId;
            r.reason = s.reasonText();
            c.reviews << r;
        }
    });
}

void CommitteesPage::moveReview(int delta)
{
    const int row = m_reviews->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_edited.reviews.size())
        return;
    m_rowAfterChange = target;
    change(delta < 0 ? tr("Move a household up") : tr("Move a household down"), NoMerge,
           [row, target](FollowUpCommittee &c) { c.reviews.swapItemsAt(row, target); });
}

void CommitteesPage::removeReview()
{
    const int row = m_reviews->currentRow();
    if (row < 0 || row >= m_edited.reviews.size())
        return;
    m_rowAfterChange = row;
    change(tr("Remove a household"), NoMerge,
           [row](FollowUpCommittee &c) { c.reviews.removeAt(row); });
}

void CommitteesPage::openCurrentHousehold()
{
    const int row = m_reviews->currentRow();
    if (row < 0 || row >= m_edited.reviews.size())
        return;
    Q_EMIT context().openHouseholdRequested(m_edited.reviews.at(row).householdId,
                                            QStringLiteral("followup"));
}

void CommitteesPage::search()
{
    const QString text = m_search->text().trimmed();
    m_found->clear();
    if (text.isEmpty() || !m_open) {
        m_found->hide();
        m_addFound->hide();
        return;
    }
    HouseholdFilter filter;
    filter.text = text;
    filter.agencyId = m_edited.agencyId;
    auto rows = HouseholdRepository(context().db()).list(context().scope(), filter);
    if (!rows) {
        QMessageBox::warning(this, title(), rows.error().message);
        return;
    }
    constexpr int MaxShown = 30;
    for (const HouseholdRow &row : std::as_const(*rows)) {
        if (m_found->count() >= MaxShown)
            break;
        const bool listed = std::any_of(m_edited.reviews.cbegin(), m_edited.reviews.cend(),
                                        [&row](const CommitteeReview &r) {
                                            return r.householdId == row.id;
                                        });
        QString line = row.reference + QStringLiteral(" — ") + row.displayName
                       + QStringLiteral("  (")
                       + m_lookups.catalog.label(ReferenceList::HouseholdStatus, row.status)
                       + u')';
        if (listed)
            line += QStringLiteral("  ") + tr("already listed");
        auto *item = new QListWidgetItem(line, m_found);
        item->setData(IdRole, row.id);
        item->setData(IdRole + 1, row.reference);
        item->setData(IdRole + 2, row.displayName);
        if (listed)
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
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
    for (int i = 0; i < m_found->count(); ++i) {
        if (m_found->item(i)->flags() & Qt::ItemIsEnabled) {
            m_found->setCurrentRow(i);
            break;
        }
    }
    m_found->show();
    m_addFound->show();
}

QString CommitteesPage::reasonFor(Id householdId) const
{
    if (m_edited.agencyId <= 0 || !m_edited.date.isValid())
        return QString();
    auto suggestions = CommitteeSuggestions::suggest(context().db(), context().scope(),
                                                     m_edited.agencyId, m_edited.date);
    if (!suggestions)
        return QString();
    for (const CommitteeSuggestion &s : std::as_const(*suggestions)) {
        if (s.householdId == householdId)
            return s.reasonText();
    }
    return QString();
}

void CommitteesPage::addFound()
{
    QListWidgetItem *item = m_found->currentItem();
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return;
    const Id id = item->data(IdRole).toLongLong();
    addHousehold(id, item->data(IdRole + 1).toString(), item->data(IdRole + 2).toString(),
                 reasonFor(id));
    m_search->clear();
    m_found->hide();
    m_addFound->hide();
    m_search->setFocus(Qt::OtherFocusReason);
}

// --- saving --------------------------------------------------------------------------------

bool CommitteesPage::save()
{
    if (!m_open)
        return false;
    // Leave the field being typed in, so that its value is part of the save.
    if (QWidget *focus = focusWidget(); focus && isAncestorOf(focus))
        focus->clearFocus();
    m_showProblems = true;
    showProblems();
    FollowUpCommittee committee = m_edited;
    committee.place = committee.place.trimmed();
    committee.participants = committee.participants.trimmed();
    Database &db = context().db();
    const Status saved = CommitteeRepository(db).save(context().scope(), committee);
    if (!saved) {
        QMessageBox::warning(this, tr("Not saved"), saved.error().message);
        return false;
    }
    auto stored = CommitteeRepository(db).get(context().scope(), committee.id);
    load(stored ? *stored : committee);
    reloadList();
    m_status->setText(tr("Saved."));
    m_statusTimer->start();
    Q_EMIT context().dataChanged();
    return true;
}

void CommitteesPage::revert()
{
    if (!isModified())
        return;
    const FollowUpCommittee stored = m_stored;
    change(tr("Revert the changes"), NoMerge, [stored](FollowUpCommittee &c) { c = stored; });
}

bool CommitteesPage::deleteCommittee()
{
    if (!m_open || m_stored.id <= 0)
        return false;
    const int decisions = CommitteeOverviews::decisionCount(m_stored);
    QMessageBox box(QMessageBox::Question, tr("Delete the committee"),
                    tr("Delete the committee %1?").arg(describe(m_stored)),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setInformativeText(tr("Its participants, its minutes and the %n decision(s) recorded "
                              "will be deleted. This cannot be undone.",
                              nullptr, decisions));
    box.button(QMessageBox::Yes)->setText(tr("Delete"));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes)
        return false;
    const Status removed = CommitteeRepository(context().db()).remove(context().scope(),
                                                                      m_stored.id);
    if (!removed) {
        QMessageBox::warning(this, tr("Not deleted"), removed.error().message);
        return false;
    }
    m_undo->clear();
    m_open = false;
    m_stored = FollowUpCommittee();
    m_edited = FollowUpCommittee();
    m_stack->setCurrentIndex(0);
    reloadList();
    updateState();
    Q_EMIT context().dataChanged();
    return true;
}

bool CommitteesPage::maybeLeave()
{
    if (m_asking)
        return false;
    if (QWidget *focus = focusWidget(); focus && isAncestorOf(focus))
        focus->clearFocus();
    if (!isModified())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                    tr("The committee %1 has changes that are not saved.")
                        .arg(describe(m_edited)),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setInformativeText(tr("Save them before going on?"));
    box.setDefaultButton(QMessageBox::Save);
    m_asking = true;
    const int answer = box.exec();
    m_asking = false;
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return save();
    m_undo->clear();
    setState(m_stored);
    return true;
}

// --- page life -----------------------------------------------------------------------------

void CommitteesPage::refresh()
{
    if (auto lookups = Lookups::load(context().db())) {
        m_lookups.agencies = lookups->agencies;
        m_agency->setRecords(agencyChoices());
    }
    reloadList();
    // The committee shown may have changed elsewhere; unsaved changes stay as they are.
    if (m_open && m_stored.id > 0 && !isModified()) {
        auto stored = CommitteeRepository(context().db()).get(context().scope(), m_stored.id);
        if (!stored) {
            m_undo->clear();
            m_open = false;
            m_stored = m_edited = FollowUpCommittee();
            m_stack->setCurrentIndex(0);
            updateState();
        } else if (!(*stored == m_stored)) {
            load(*stored);
        }
    }
}

bool CommitteesPage::focusSearch()
{
    if (!m_open || !m_search->isEnabled())
        return false;
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
    return true;
}

void CommitteesPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    // Closing the main window must not drop the changes made here.
    if (!m_watchedWindow && window() != this) {
        m_watchedWindow = window();
        m_watchedWindow->installEventFilter(this);
    }
}

void CommitteesPage::hideEvent(QHideEvent *event)
{
    Page::hideEvent(event);
    // Another page was chosen while this one has unsaved changes: ask, and come back when
    // the user wants to stay. (Minimising the window, or closing it, is not leaving.)
    if (event->spontaneous() || m_asking || !isModified() || window() == this
        || !window()->isVisible())
        return;
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (isVisible() || !isModified())
                return;
            if (!maybeLeave()) {
                if (auto *main = qobject_cast<MainWindow *>(window()))
                    main->showPage(objectName());
            }
        },
        Qt::QueuedConnection);
}

bool CommitteesPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_watchedWindow && event->type() == QEvent::Close && !maybeLeave()) {
        event->ignore();
        return true;
    }
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
    return Page::eventFilter(watched, event);
}

} // namespace Passerelle::Ui
