#include "FollowUpTab.h"

#include "AppContext.h"
#include "Lookups.h"
#include "forms/TabForms.h"
#include "domain/Validation.h"
#include "households/FollowUpRules.h"
#include "widgets/FormWidgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QSpinBox>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Passerelle::Ui {

using namespace TabForms;

namespace {

enum ContactColumn { ContactDate, ContactType, ContactDuration, ContactAuthor, ContactNote };
enum AlertColumn { AlertDate, AlertType, AlertAmount, AlertClosed };
enum ReviewColumn { ReviewDate, ReviewReason, ReviewDecision, ReviewNotes };

QSpinBox *durationBox(QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(0, 24 * 60);
    box->setSingleStep(15);
    box->setSpecialValueText(QStringLiteral("—"));
    box->setSuffix(FollowUpTab::tr(" min"));
    box->setAccelerated(true);
    return box;
}

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

/// Puts `field` in `column` of a row of fields: under its label, over its message (if any).
void addColumn(QGridLayout *grid, int column, const QString &label, QWidget *field,
               FieldMessage *message = nullptr, Qt::Alignment alignment = {})
{
    QWidget *parent = grid->parentWidget();
    grid->addWidget(buddyLabel(label, field, parent), 0, column);
    grid->addWidget(message ? withMessage(field, message, parent) : field, 1, column, alignment);
}

} // namespace

FollowUpTab::FollowUpTab(HouseholdDocument &document, AppContext &context,
                         const Lookups &lookups, QWidget *parent)
    : HouseholdTab(document, context, lookups, parent),
      m_contactList(this, document, [](HouseholdFile &f) -> QList<Contact> & { return f.contacts; },
                    FollowUpRules::sortContacts),
      m_alertList(this, document, [](HouseholdFile &f) -> QList<Alert> & { return f.alerts; },
                  FollowUpRules::sortAlerts)
{
    setObjectName(QStringLiteral("followup"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 6, 0, 0);
    auto *quick = buildQuickEntry(this);
    auto *quickRow = new QHBoxLayout;
    quickRow->setContentsMargins(9, 0, 9, 0);
    quickRow->addWidget(quick);
    outer->addLayout(quickRow);
    // The keyboard order: the quick entry, the contacts, the alerts, the reviews.
    QList<QWidget *> order{m_quickDate,   m_quickType, m_quickDuration,
                           m_quickAuthor, m_quickNote, m_quickAdd};

    // The contacts take the height of the window; the alerts and the committees' reviews
    // scroll beside them when the window is small.
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("followUpSplitter"));
    splitter->setChildrenCollapsible(false);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(9, 0, 0, 0);
    leftLayout->addWidget(buildContacts(left, order));
    auto *side = new QWidget(splitter);
    QVBoxLayout *right = scrollingPage(side);
    QWidget *content = right->parentWidget();
    right->setContentsMargins(0, 0, 9, 0);
    QWidget *alerts = buildAlerts(content, order);
    QWidget *reviews = buildReviews(content);
    right->addWidget(alerts);
    right->addWidget(reviews);
    // Alerts and committee decisions are the landlord's: a partner referent gets neither
    // (core leaves them out), and is not told "none" either.
    const bool internal = context.scope().may(Permission::ReadInternalNotes);
    alerts->setVisible(internal);
    reviews->setVisible(internal);
    right->addStretch();
    splitter->addWidget(left);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({600, 460});
    outer->addWidget(splitter, 1);

    tabOrder(order << m_reviews);
}

QString FollowUpTab::title() const
{
    return tr("Follow-up");
}

// --- quick entry ---------------------------------------------------------------------------

QWidget *FollowUpTab::buildQuickEntry(QWidget *parent)
{
    auto *box = new QGroupBox(tr("New contact (Ctrl+N) — Enter adds it"), parent);
    box->setObjectName(QStringLiteral("quickEntry"));
    auto *grid = new QGridLayout(box);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(2);
    m_quickDate = compact(new DateEdit(box));
    m_quickDate->setObjectName(QStringLiteral("quickDate"));
    m_quickType = new CodeCombo(lookups().catalog, ReferenceList::ContactType, false, box);
    m_quickType->setObjectName(QStringLiteral("quickType"));
    m_quickDuration = durationBox(box);
    m_quickDuration->setObjectName(QStringLiteral("quickDuration"));
    m_quickAuthor = new QLineEdit(box);
    m_quickAuthor->setObjectName(QStringLiteral("quickAuthor"));
    QStringList names;
    for (const User &u : lookups().users)
        names << u.displayName;
    auto *completer = new QCompleter(names, m_quickAuthor);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_quickAuthor->setCompleter(completer);
    m_quickNote = new QLineEdit(box);
    m_quickNote->setObjectName(QStringLiteral("quickNote"));
    m_quickNote->setPlaceholderText(tr("What was done or said (the full note can be completed "
                                       "below)"));
    m_quickNote->setToolTip(cnilReminder());
    m_quickAdd = new QPushButton(style()->standardIcon(QStyle::SP_DialogApplyButton),
                                 tr("&Add"), box);
    m_quickAdd->setObjectName(QStringLiteral("addContact"));
    m_quickAdd->setToolTip(tr("Add the contact (Enter)"));

    addColumn(grid, 0, tr("Dat&e"), m_quickDate);
    addColumn(grid, 1, tr("T&ype"), m_quickType);
    addColumn(grid, 2, tr("Durat&ion"), m_quickDuration);
    addColumn(grid, 3, tr("Aut&hor"), m_quickAuthor);
    addColumn(grid, 4, tr("N&ote"), m_quickNote);
    grid->addWidget(m_quickAdd, 1, 5);
    grid->setColumnStretch(3, 1);
    grid->setColumnStretch(4, 3);
    // The quick row's message belongs to what is being typed, not to the saved contacts.
    m_quickMessage = new FieldMessage(box);
    m_quickMessage->setObjectName(QStringLiteral("message_quick"));
    grid->addWidget(m_quickMessage, 2, 0, 1, 6);
    auto *reminder = new QLabel(cnilReminder(), box);
    QFont small = reminder->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    small.setItalic(true);
    reminder->setFont(small);
    reminder->setStyleSheet(QStringLiteral("color: palette(mid);"));
    grid->addWidget(reminder, 3, 0, 1, 6);

    const QList<QWidget *> quickFields{m_quickDate->lineEdit(), m_quickType, m_quickDuration,
                                       m_quickAuthor, m_quickNote};
    for (QWidget *w : quickFields)
        w->installEventFilter(this);
    connect(m_quickAdd, &QPushButton::clicked, this, &FollowUpTab::addQuickContact);
    resetQuickEntry();
    return box;
}

bool FollowUpTab::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier)) && !m_quickPending) {
            // Once the field has taken the key (a date typed is read on Enter), add.
            m_quickPending = true;
            QMetaObject::invokeMethod(this, &FollowUpTab::addQuickContact, Qt::QueuedConnection);
        }
    }
    return HouseholdTab::eventFilter(watched, event);
}

QString FollowUpTab::cesfName() const
{
    return lookups().userName(file().household.cesfUserId);
}

Id FollowUpTab::userIdNamed(const QString &name) const
{
    for (const User &u : lookups().users) {
        if (!name.isEmpty() && u.displayName.compare(name, Qt::CaseInsensitive) == 0)
            return u.id;
    }
    return 0;
}

void FollowUpTab::resetQuickEntry()
{
    m_quickDate->setDate(context().today());
    m_quickDuration->setValue(0);
    m_proposedAuthor = cesfName();
    m_quickAuthor->setText(m_proposedAuthor);
    m_quickNote->clear();
    m_quickMessage->setMessage(QString());
}

void FollowUpTab::startNewContact()
{
    if (!m_quickDate->date().isValid() && m_quickDate->lineEdit()->text().isEmpty())
        m_quickDate->setDate(context().today());
    if (m_quickAuthor->text().isEmpty())
        m_quickAuthor->setText(cesfName());
    m_quickDate->lineEdit()->setFocus(Qt::ShortcutFocusReason);
    m_quickDate->lineEdit()->selectAll();
}

void FollowUpTab::addQuickContact()
{
    m_quickPending = false;
    if (!m_quickDate->isAcceptable()) {
        m_quickMessage->setMessage(m_quickDate->problem());
        m_quickDate->lineEdit()->setFocus();
        return;
    }
    Contact c;
    c.date = m_quickDate->date();
    c.type = m_quickType->code();
    c.durationMinutes = Forms::Field<QSpinBox>::value(m_quickDuration);
    c.author = m_quickAuthor->text().trimmed();
    c.authorUserId = userIdNamed(c.author);
    c.notes = m_quickNote->text().trimmed();
    QStringList problems;
    for (const FieldProblem &p : Validation::check(c, lookups().catalog, context().today()))
        problems << p.message;
    if (!problems.isEmpty()) {
        m_quickMessage->setMessage(problems.join(u'\n'));
        return;
    }
    // The id the contact will get: the edit applies to a copy of this same file.
    m_contactList.setCurrentId(file().nextTemporaryId());
    if (!m_filter->currentData().toString().isEmpty() && m_filter->currentData() != c.type)
        m_filter->setCurrentIndex(0); // the new contact must show
    edit(tr("Add a contact"), [c](HouseholdFile &f) { FollowUpRules::addContact(f, c); });
    const QString type = c.type;
    resetQuickEntry();
    m_quickType->setCode(type); // series of contacts of one kind are common
    m_quickDate->lineEdit()->setFocus();
    m_quickDate->lineEdit()->selectAll();
}

// --- contacts ------------------------------------------------------------------------------

QWidget *FollowUpTab::buildContacts(QWidget *parent, QList<QWidget *> &order)
{
    auto *box = new QGroupBox(tr("Contacts"), parent);
    auto *layout = new QVBoxLayout(box);
    m_filter = new QComboBox(box);
    m_filter->setObjectName(QStringLiteral("contactFilter"));
    m_filter->addItem(tr("All types"), QString());
    for (const ReferenceItem &item : lookups().catalog.items(ReferenceList::ContactType))
        m_filter->addItem(item.label, item.code);
    m_count = filterRow(layout, tr("&Show:"), m_filter, QStringLiteral("contactCount"));

    m_contacts
            = recordTable(QStringLiteral("contacts"),
                          {tr("Date"), tr("Type"), tr("Duration"), tr("Author"), tr("Note")}, box);
    m_contacts->setMinimumHeight(120); // three rows: the whole tab fits a laptop screen
    for (int c : {ContactDate, ContactType, ContactDuration, ContactAuthor})
        m_contacts->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    layout->addWidget(m_contacts, 1);
    m_noContact = emptyState(QString(), box);
    m_noContact->setObjectName(QStringLiteral("noContact"));
    layout->addWidget(m_noContact);

    auto *contactForm = new QGroupBox(tr("Selected contact"), box);
    contactForm->setObjectName(QStringLiteral("contactForm"));
    auto *grid = new QGridLayout(contactForm);
    grid->setVerticalSpacing(2);
    auto &contact = m_contactList.form();
    // The fields side by side, each over the message of its rule.
    auto *contactDate = contact.bind(compact(new DateEdit(contactForm)), &Contact::date,
                                     tr("Change the date of a contact"));
    contactDate->setObjectName(QStringLiteral("contactDate"));
    addColumn(grid, 0, tr("Date"), contactDate,
              contact.message(QStringLiteral("date"), contactDate));
    auto *contactType = contact.bind(
            new CodeCombo(lookups().catalog, ReferenceList::ContactType, false, contactForm),
            &Contact::type, tr("Change the type of a contact"));
    contactType->setObjectName(QStringLiteral("contactType"));
    addColumn(grid, 1, tr("Type"), contactType,
              contact.message(QStringLiteral("type"), contactType));
    auto *contactDuration = contact.bind(durationBox(contactForm), &Contact::durationMinutes,
                                         tr("Change the duration of a contact"));
    contactDuration->setObjectName(QStringLiteral("contactDuration"));
    addColumn(grid, 2, tr("Duration"), contactDuration,
              contact.message(QStringLiteral("durationMinutes"), contactDuration));
    auto *contactAuthor = contact.bind(
            new QLineEdit(contactForm), [](const Contact &c) { return c.author; },
            [this](Contact &c, const QString &name) {
                c.author = name;
                c.authorUserId = userIdNamed(name);
            },
            tr("Change the author of a contact"));
    contactAuthor->setObjectName(QStringLiteral("contactAuthor"));
    contactAuthor->setCompleter(new QCompleter(m_quickAuthor->completer()->model(), contactAuthor));
    addColumn(grid, 3, tr("Author"), contactAuthor, nullptr, Qt::AlignTop);
    grid->setColumnStretch(3, 1);
    auto *contactNotes = contact.bind(bounded(new FreeTextEdit(contactForm), 4), &Contact::notes,
                                      tr("Edit the notes of a contact"));
    contactNotes->setObjectName(QStringLiteral("contactNotes"));
    grid->addWidget(buddyLabel(tr("Notes"), contactNotes, contactForm), 2, 0, 1, 3);
    auto *contactShared
            = contact.bind(new QCheckBox(tr("Shared with the association"), contactForm),
                           &Contact::shared, tr("Share the notes of a contact or not"));
    contactShared->setObjectName(QStringLiteral("contactShared"));
    contactShared->setToolTip(tr("Unticked, the notes stay internal to the landlord: the "
                                 "partner association's referent never sees them."));
    // A partner referent reads only shared notes: the choice is the landlord's.
    contactShared->setVisible(context().scope().may(Permission::ReadInternalNotes));
    grid->addWidget(contactShared, 2, 3, Qt::AlignRight);
    grid->addWidget(contactNotes, 3, 0, 1, 4);
    auto *removeContact = new QPushButton(tr("Remove the contact"), contactForm);
    removeContact->setObjectName(QStringLiteral("removeContact"));
    removeContact->setToolTip(tr("Ctrl+Z brings it back until the file is saved"));
    grid->addWidget(removeContact, 4, 0, 1, 4, Qt::AlignRight);
    layout->addWidget(contactForm);
    order << m_filter << m_contacts << contactDate << contactType << contactDuration
          << contactAuthor << contactNotes << contactShared << removeContact;

    // The remove button is in the form, enabled with it.
    m_contactList.attach(m_contacts, m_noContact, contactForm, nullptr, this,
                         [this] { showProblems(); });
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        fillContacts();
        m_contactList.showCurrent();
    });
    connect(removeContact, &QPushButton::clicked, this,
            [this] { m_contactList.remove(tr("Remove a contact")); });
    auto *remove = new QShortcut(QKeySequence::Delete, m_contacts, nullptr, nullptr,
                                 Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, removeContact, &QPushButton::click);
    return box;
}

void FollowUpTab::fillContacts()
{
    const QList<Contact> &contacts = file().contacts;
    const QString type = m_filter->currentData().toString();
    // Filling the list is not choosing a row: the row chosen is set at the end.
    const QSignalBlocker blocker(m_contacts);
    if (contacts != m_shownContacts || type != m_shownFilter) {
        m_shownContacts = contacts;
        m_shownFilter = type;
        const QList<int> shown = FollowUpRules::contactsOfType(contacts, type);
        m_contacts->setRowCount(int(shown.size()));
        for (int row = 0; row < shown.size(); ++row) {
            const Contact &c = contacts.at(shown.at(row));
            auto *date = cell(dateText(c.date));
            m_contacts->setItem(row, ContactDate, date);
            setRowId(m_contacts, row, c.id);
            m_contacts->setItem(row, ContactType,
                                cell(lookups().catalog.label(ReferenceList::ContactType, c.type)));
            m_contacts->setItem(row, ContactDuration,
                                cell(c.durationMinutes ? tr("%1 min").arg(*c.durationMinutes)
                                                       : QString()));
            m_contacts->setItem(row, ContactAuthor, cell(c.author));
            auto *note = cell(firstLine(c.notes));
            note->setToolTip(c.notes);
            m_contacts->setItem(row, ContactNote, note);
            if (!Validation::check(c, lookups().catalog, context().today()).isEmpty())
                date->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        }
        m_count->setText(type.isEmpty()
                             ? tr("%n contact(s)", nullptr, int(shown.size()))
                             : tr("%n contact(s) of this type", nullptr, int(shown.size())));
        const bool empty = shown.isEmpty();
        m_contacts->setVisible(!empty);
        m_noContact->setVisible(empty);
        m_noContact->setText(contacts.isEmpty()
                                 ? tr("No contact yet — add the first one in the row above "
                                      "(Ctrl+N), then press Enter.")
                                 : tr("No contact of this type — choose “All types” to see "
                                      "the others."));
    }
    // The contact chosen stays chosen; else the newest.
    int current = rowOf(m_contacts, m_contactList.currentId());
    if (current < 0 && m_contacts->rowCount() > 0)
        current = 0;
    m_contactList.setCurrentId(current >= 0 ? rowId(m_contacts, current) : 0);
    selectRow(m_contacts, current);
}

// --- alerts --------------------------------------------------------------------------------

QWidget *FollowUpTab::buildAlerts(QWidget *parent, QList<QWidget *> &order)
{
    auto *box = new QGroupBox(tr("Alerts"), parent);
    TabForms::ListSection list(
            box,
            sized(recordTable(QStringLiteral("alerts"),
                              {tr("Date"), tr("Type"), tr("Amount"), tr("Closed on")}, box),
                  100, 170),
            tr("No alert. Raise one when a warning sign appears: unpaid rent, neighbour "
               "conflict, damage, prolonged absence."));
    stretchColumns(list.table->horizontalHeader(), {AlertType});
    list.empty->setObjectName(QStringLiteral("noAlert"));
    auto *add = list.button(tr("Raise an a&lert"), QStringLiteral("addAlert"));
    m_closeAlert = list.button(tr("&Close the alert"), QStringLiteral("closeAlert"));
    m_closeAlert->setToolTip(tr("Closes the alert today; then write how it was resolved"));
    // Removing stands apart, at the other end of the row.
    auto *remove = new QPushButton(tr("Remove"), box);
    remove->setObjectName(QStringLiteral("removeAlert"));
    list.buttons->addWidget(remove);

    list.form->setObjectName(QStringLiteral("alertForm"));
    QWidget *fields = list.form;
    auto &alert = m_alertList.form();
    auto *type = new CodeCombo(lookups().catalog, ReferenceList::AlertType, false, fields);
    auto *amount = new MoneyEdit(fields);
    amount->setToolTip(tr("The arrears, for unpaid rent"));
    auto *resolution = bounded(new FreeTextEdit(fields), 3);
    order << list.table << add << m_closeAlert << remove
          << alert.row(list.fields, tr("Da&te:"), compact(new DateEdit(fields)),
                       QStringLiteral("alertDate"), &Alert::date, tr("Change the date of an alert"),
                       QStringLiteral("date"))
          << alert.row(list.fields, tr("&Kind:"), type, QStringLiteral("alertType"), &Alert::type,
                       tr("Change the kind of an alert"), QStringLiteral("type"))
          << alert.row(list.fields, tr("A&mount due:"), amount, QStringLiteral("alertAmount"),
                       &Alert::amount, tr("Change the amount of an alert"),
                       QStringLiteral("amount"))
          << alert.row(list.fields, tr("&Description:"), bounded(new FreeTextEdit(fields), 3),
                       QStringLiteral("alertDescription"), &Alert::description,
                       tr("Edit the description of an alert"))
          << alert.row(list.fields, tr("Closed o&n:"), compact(new DateEdit(fields)),
                       QStringLiteral("alertClosed"), &Alert::closedDate,
                       tr("Change the closing date of an alert"), QStringLiteral("closedDate"))
          << alert.row(list.fields, tr("&Resolution:"), resolution,
                       QStringLiteral("alertResolution"), &Alert::resolution,
                       tr("Edit the resolution of an alert"))
          << alert.row(list.fields, tr("Partner mo&bilised:"),
                       recordChoice(true, lookups().partnerChoices(), fields),
                       QStringLiteral("alertPartner"), &Alert::partnerId,
                       tr("Change the partner mobilised for an alert"));
    list.hideForm = true;
    m_alertList.attach(list, remove, this, tr("Remove an alert"), [this] {
        const Alert *a = m_alertList.current();
        m_closeAlert->setEnabled(a && a->isOpen());
        showProblems();
    });

    connect(add, &QPushButton::clicked, this, [this, type] {
        Alert a;
        a.date = context().today();
        const QList<ReferenceItem> types = lookups().catalog.items(ReferenceList::AlertType);
        a.type = types.isEmpty() ? QString() : types.first().code;
        // The alert gets the id the list chooses.
        addRecord(m_alertList, tr("Raise an alert"), type,
                  [a](HouseholdFile &f, Id) { FollowUpRules::addAlert(f, a); });
    });
    connect(m_closeAlert, &QPushButton::clicked, this, [this, resolution] {
        const QDate today = context().today();
        m_alertList.edit(tr("Close an alert"),
                         [today](Alert &a) { FollowUpRules::closeAlert(a, today); });
        resolution->setFocus();
    });
    return box;
}

void FollowUpTab::fillAlerts()
{
    // The alert chosen stays chosen; else the first one.
    const QList<Alert> &alerts = file().alerts;
    if (!m_alertList.current() && !alerts.isEmpty())
        m_alertList.setCurrentId(alerts.first().id);
    const QDate today = context().today();
    m_alertList.show(
            [this](const Alert &a) {
                return QStringList{dateText(a.date),
                                   lookups().catalog.label(ReferenceList::AlertType, a.type),
                                   a.amount ? MoneyEdit::format(*a.amount) : QString(),
                                   a.isOpen() ? tr("open") : dateText(a.closedDate)};
            },
            [this, today](int row, const Alert &a) {
                QTableWidget *table = m_alertList.table();
                table->item(row, AlertAmount)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                // A row keeps its cells from one filling to the next: its look is set each time.
                if (a.isOpen())
                    standOut(table, row, tr("Open alert: close it once resolved."));
                else
                    setRowLook(table, row, RowLook::Normal);
                table->item(row, AlertDate)
                        ->setIcon(Validation::check(a, lookups().catalog, today).isEmpty()
                                          ? QIcon()
                                          : style()->standardIcon(QStyle::SP_MessageBoxWarning));
            });
}

// --- committee reviews ---------------------------------------------------------------------

QWidget *FollowUpTab::buildReviews(QWidget *parent)
{
    auto *box = new QGroupBox(tr("Reviews by follow-up committees"), parent);
    auto *layout = new QVBoxLayout(box);
    m_reviews
            = sized(recordTable(QStringLiteral("committeeReviews"),
                                {tr("Committee"), tr("Reason"), tr("Decision"), tr("Notes")}, box),
                    100, 200);
    m_reviews->setToolTip(tr("Decisions are recorded in the follow-up committee itself"));
    for (int c : {ReviewDate, ReviewReason, ReviewDecision})
        m_reviews->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    layout->addWidget(m_reviews);
    m_noReview = emptyState(tr("Not reviewed by a follow-up committee yet."), box);
    m_noReview->setObjectName(QStringLiteral("noReview"));
    layout->addWidget(m_noReview);
    return box;
}

void FollowUpTab::fillReviews()
{
    const auto &reviews = file().committeeReviews;
    m_reviews->setRowCount(int(reviews.size()));
    for (int row = 0; row < reviews.size(); ++row) {
        const auto &[committee, review] = reviews.at(row);
        auto *date = cell(dateText(committee.date));
        date->setToolTip(committee.place);
        m_reviews->setItem(row, ReviewDate, date);
        auto *reason = cell(firstLine(review.reason));
        reason->setToolTip(review.reason);
        m_reviews->setItem(row, ReviewReason, reason);
        m_reviews->setItem(row, ReviewDecision,
                           cell(review.decision.isEmpty()
                                    ? tr("not decided yet")
                                    : lookups().catalog.label(ReferenceList::CommitteeDecision,
                                                              review.decision)));
        auto *notes = cell(firstLine(review.decisionNotes));
        notes->setToolTip(review.decisionNotes);
        m_reviews->setItem(row, ReviewNotes, notes);
    }
    m_reviews->setVisible(!reviews.isEmpty());
    m_noReview->setVisible(reviews.isEmpty());
}

// --- all -----------------------------------------------------------------------------------

void FollowUpTab::refresh()
{
    Refreshing guard(this);
    // The author proposed follows the household's CESF, unless someone else was typed.
    const QString proposed = cesfName();
    if (m_quickAuthor->text().isEmpty() || m_quickAuthor->text() == m_proposedAuthor)
        m_quickAuthor->setText(proposed);
    m_proposedAuthor = proposed;
    fillContacts();
    m_contactList.showCurrent();
    fillAlerts();
    fillReviews();
    showProblems();
}

void FollowUpTab::showProblems()
{
    const QDate today = context().today();
    const Contact *c = m_contactList.current();
    m_contactList.form().showProblems(c ? Validation::check(*c, lookups().catalog, today)
                                        : Problems());
    const Alert *a = m_alertList.current();
    m_alertList.form().showProblems(a ? Validation::check(*a, lookups().catalog, today)
                                      : Problems());
}

} // namespace Passerelle::Ui
