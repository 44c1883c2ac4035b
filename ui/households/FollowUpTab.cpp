#include "FollowUpTab.h"

#include "AppContext.h"
#include "Lookups.h"
#include "forms/TabForms.h"
#include "domain/Validation.h"
#include "households/FollowUpRules.h"
#include "forms/RecordList.h"
#include "widgets/FormWidgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QSpinBox>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include <iterator>

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

    // The contacts take the height of the window; the alerts and the committees' reviews
    // scroll beside them when the window is small.
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("followUpSplitter"));
    splitter->setChildrenCollapsible(false);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(9, 0, 0, 0);
    leftLayout->addWidget(buildContacts(left));
    auto *scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *right = new QVBoxLayout(content);
    right->setContentsMargins(0, 0, 9, 0);
    QWidget *alerts = buildAlerts(content);
    QWidget *reviews = buildReviews(content);
    right->addWidget(alerts);
    right->addWidget(reviews);
    // Alerts and committee decisions are the landlord's: a partner referent gets neither
    // (core leaves them out), and is not told "none" either.
    const bool internal = context.scope().may(Permission::ReadInternalNotes);
    alerts->setVisible(internal);
    reviews->setVisible(internal);
    right->addStretch();
    scroll->setWidget(content);
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({600, 460});
    outer->addWidget(splitter, 1);

    TabForms::tabOrder({m_quickDate,      m_quickType,     m_quickDuration,   m_quickAuthor,
                        m_quickNote,      m_quickAdd,      m_filter,          m_contacts,
                        m_contactDate,    m_contactType,   m_contactDuration, m_contactAuthor,
                        m_contactNotes,   m_contactShared, m_removeContact, m_alerts,          m_addAlert,
                        m_closeAlert,     m_removeAlert,   m_alertDate,       m_alertType,
                        m_alertAmount,    m_alertDescription, m_alertClosed,  m_alertResolution,
                        m_reviews});
}

QString FollowUpTab::title() const
{
    return tr("Follow-up");
}

// --- quick entry ---------------------------------------------------------------------------

QWidget *FollowUpTab::buildQuickEntry(QWidget *parent)
{
    m_quickBox = new QGroupBox(tr("New contact (Ctrl+N) — Enter adds it"), parent);
    m_quickBox->setObjectName(QStringLiteral("quickEntry"));
    auto *grid = new QGridLayout(m_quickBox);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(2);
    m_quickDate = compact(new DateEdit(m_quickBox));
    m_quickDate->setObjectName(QStringLiteral("quickDate"));
    m_quickType = new CodeCombo(lookups().catalog, ReferenceList::ContactType, false, m_quickBox);
    m_quickType->setObjectName(QStringLiteral("quickType"));
    m_quickDuration = durationBox(m_quickBox);
    m_quickDuration->setObjectName(QStringLiteral("quickDuration"));
    m_quickAuthor = new QLineEdit(m_quickBox);
    m_quickAuthor->setObjectName(QStringLiteral("quickAuthor"));
    QStringList names;
    for (const User &u : lookups().users)
        names << u.displayName;
    auto *completer = new QCompleter(names, m_quickAuthor);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_quickAuthor->setCompleter(completer);
    m_quickNote = new QLineEdit(m_quickBox);
    m_quickNote->setObjectName(QStringLiteral("quickNote"));
    m_quickNote->setPlaceholderText(tr("What was done or said (the full note can be completed "
                                       "below)"));
    m_quickNote->setToolTip(cnilReminder());
    m_quickAdd = new QPushButton(style()->standardIcon(QStyle::SP_DialogApplyButton),
                                 tr("&Add"), m_quickBox);
    m_quickAdd->setObjectName(QStringLiteral("addContact"));
    m_quickAdd->setToolTip(tr("Add the contact (Enter)"));

    grid->addWidget(buddyLabel(tr("Dat&e"), m_quickDate, m_quickBox), 0, 0);
    grid->addWidget(buddyLabel(tr("T&ype"), m_quickType, m_quickBox), 0, 1);
    grid->addWidget(buddyLabel(tr("Durat&ion"), m_quickDuration, m_quickBox), 0, 2);
    grid->addWidget(buddyLabel(tr("Aut&hor"), m_quickAuthor, m_quickBox), 0, 3);
    grid->addWidget(buddyLabel(tr("N&ote"), m_quickNote, m_quickBox), 0, 4);
    grid->addWidget(m_quickDate, 1, 0);
    grid->addWidget(m_quickType, 1, 1);
    grid->addWidget(m_quickDuration, 1, 2);
    grid->addWidget(m_quickAuthor, 1, 3);
    grid->addWidget(m_quickNote, 1, 4);
    grid->addWidget(m_quickAdd, 1, 5);
    grid->setColumnStretch(3, 1);
    grid->setColumnStretch(4, 3);
    // The quick row's message belongs to what is being typed, not to the saved contacts.
    m_quickMessage = new FieldMessage(m_quickBox);
    m_quickMessage->setObjectName(QStringLiteral("message_quick"));
    grid->addWidget(m_quickMessage, 2, 0, 1, 6);
    auto *reminder = new QLabel(cnilReminder(), m_quickBox);
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
    return m_quickBox;
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
        m_quickMessage->setMessage(tr("“%1” is not a date: write it dd/mm/yyyy.")
                                       .arg(m_quickDate->lineEdit()->text()));
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

QWidget *FollowUpTab::buildContacts(QWidget *parent)
{
    auto *box = new QGroupBox(tr("Contacts"), parent);
    auto *layout = new QVBoxLayout(box);
    auto *filterRow = new QHBoxLayout;
    m_filter = new QComboBox(box);
    m_filter->setObjectName(QStringLiteral("contactFilter"));
    m_filter->addItem(tr("All types"), QString());
    for (const ReferenceItem &item : lookups().catalog.items(ReferenceList::ContactType))
        m_filter->addItem(item.label, item.code);
    m_count = new QLabel(box);
    m_count->setObjectName(QStringLiteral("contactCount"));
    filterRow->addWidget(buddyLabel(tr("&Show:"), m_filter, box));
    filterRow->addWidget(m_filter);
    filterRow->addStretch();
    filterRow->addWidget(m_count);
    layout->addLayout(filterRow);

    m_contacts
            = recordTable(QStringLiteral("contacts"),
                          {tr("Date"), tr("Type"), tr("Duration"), tr("Author"), tr("Note")}, box);
    m_contacts->setMinimumHeight(200);
    for (int c : {ContactDate, ContactType, ContactDuration, ContactAuthor})
        m_contacts->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    layout->addWidget(m_contacts, 1);
    m_noContact = emptyState(QString(), box);
    m_noContact->setObjectName(QStringLiteral("noContact"));
    layout->addWidget(m_noContact);

    m_contactForm = new QGroupBox(tr("Selected contact"), box);
    m_contactForm->setObjectName(QStringLiteral("contactForm"));
    auto *grid = new QGridLayout(m_contactForm);
    grid->setVerticalSpacing(2);
    m_contactDate = compact(new DateEdit(m_contactForm));
    m_contactDate->setObjectName(QStringLiteral("contactDate"));
    m_contactType = new CodeCombo(lookups().catalog, ReferenceList::ContactType, false,
                                  m_contactForm);
    m_contactType->setObjectName(QStringLiteral("contactType"));
    m_contactDuration = durationBox(m_contactForm);
    m_contactDuration->setObjectName(QStringLiteral("contactDuration"));
    m_contactAuthor = new QLineEdit(m_contactForm);
    m_contactAuthor->setObjectName(QStringLiteral("contactAuthor"));
    m_contactAuthor->setCompleter(new QCompleter(m_quickAuthor->completer()->model(),
                                                 m_contactAuthor));
    m_contactNotes = new FreeTextEdit(m_contactForm);
    m_contactNotes->setObjectName(QStringLiteral("contactNotes"));
    bounded(m_contactNotes, 4);
    m_removeContact = new QPushButton(tr("Remove the contact"), m_contactForm);
    m_removeContact->setObjectName(QStringLiteral("removeContact"));
    m_removeContact->setToolTip(tr("Ctrl+Z brings it back until the file is saved"));
    grid->addWidget(buddyLabel(tr("Date"), m_contactDate, m_contactForm), 0, 0);
    grid->addWidget(buddyLabel(tr("Type"), m_contactType, m_contactForm), 0, 1);
    grid->addWidget(buddyLabel(tr("Duration"), m_contactDuration, m_contactForm), 0, 2);
    grid->addWidget(buddyLabel(tr("Author"), m_contactAuthor, m_contactForm), 0, 3);
    auto &form = m_contactList.form();
    grid->addWidget(withMessage(m_contactDate, form.message(QStringLiteral("date"), m_contactDate),
                                m_contactForm),
                    1, 0);
    grid->addWidget(withMessage(m_contactType, form.message(QStringLiteral("type"), m_contactType),
                                m_contactForm),
                    1, 1);
    grid->addWidget(withMessage(m_contactDuration,
                                form.message(QStringLiteral("durationMinutes"), m_contactDuration),
                                m_contactForm),
                    1, 2);
    grid->addWidget(m_contactAuthor, 1, 3, Qt::AlignTop);
    grid->setColumnStretch(3, 1);
    grid->addWidget(buddyLabel(tr("Notes"), m_contactNotes, m_contactForm), 2, 0, 1, 3);
    m_contactShared = new QCheckBox(tr("Shared with the association"), m_contactForm);
    m_contactShared->setObjectName(QStringLiteral("contactShared"));
    m_contactShared->setToolTip(tr("Unticked, the notes stay internal to the landlord: the "
                                   "partner association's referent never sees them."));
    grid->addWidget(m_contactShared, 2, 3, Qt::AlignRight);
    grid->addWidget(m_contactNotes, 3, 0, 1, 4);
    auto *removeRow = new QHBoxLayout;
    removeRow->addStretch();
    removeRow->addWidget(m_removeContact);
    grid->addLayout(removeRow, 4, 0, 1, 4);
    layout->addWidget(m_contactForm);

    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        fillContacts();
        fillContactForm();
        showProblems();
    });
    m_contactList.follow(m_contacts, this, [this] {
        fillContactForm();
        showProblems();
    });
    form.bind(m_contactDate, &Contact::date, tr("Change the date of a contact"));
    form.bind(m_contactType, &Contact::type, tr("Change the type of a contact"));
    form.bind(m_contactDuration, &Contact::durationMinutes, tr("Change the duration of a contact"));
    form.bind(
        m_contactAuthor, [](const Contact &c) { return c.author; },
        [this](Contact &c, const QString &name) {
            c.author = name;
            c.authorUserId = userIdNamed(name);
        },
        tr("Change the author of a contact"));
    form.bind(m_contactNotes, &Contact::notes, tr("Edit the notes of a contact"));
    form.bind(m_contactShared, &Contact::shared, tr("Share the notes of a contact or not"));
    // A partner referent reads only shared notes: the choice is the landlord's.
    m_contactShared->setVisible(context().scope().may(Permission::ReadInternalNotes));
    connect(m_removeContact, &QPushButton::clicked, this,
            [this] { m_contactList.remove(tr("Remove a contact")); });
    auto *remove = new QShortcut(QKeySequence::Delete, m_contacts, nullptr, nullptr,
                                 Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, m_removeContact, &QPushButton::click);
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

void FollowUpTab::fillContactForm()
{
    m_contactForm->setEnabled(m_contactList.current() != nullptr);
    m_contactList.form().refresh();
}

// --- alerts --------------------------------------------------------------------------------

QWidget *FollowUpTab::buildAlerts(QWidget *parent)
{
    auto *box = new QGroupBox(tr("Alerts"), parent);
    auto *layout = new QVBoxLayout(box);
    m_alerts = recordTable(QStringLiteral("alerts"),
                           {tr("Date"), tr("Type"), tr("Amount"), tr("Closed on")}, box);
    m_alerts->setMinimumHeight(100);
    m_alerts->setMaximumHeight(170);
    m_alerts->horizontalHeader()->setSectionResizeMode(AlertType, QHeaderView::Stretch);
    m_alerts->horizontalHeader()->setStretchLastSection(false);
    for (int c : {AlertDate, AlertAmount, AlertClosed})
        m_alerts->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    layout->addWidget(m_alerts);
    m_noAlert = emptyState(tr("No alert. Raise one when a warning sign appears: unpaid rent, "
                              "neighbour conflict, damage, prolonged absence."),
                           box);
    m_noAlert->setObjectName(QStringLiteral("noAlert"));
    layout->addWidget(m_noAlert);
    auto *buttons = new QHBoxLayout;
    m_addAlert = new QPushButton(tr("Raise an a&lert"), box);
    m_addAlert->setObjectName(QStringLiteral("addAlert"));
    m_closeAlert = new QPushButton(tr("&Close the alert"), box);
    m_closeAlert->setObjectName(QStringLiteral("closeAlert"));
    m_closeAlert->setToolTip(tr("Closes the alert today; then write how it was resolved"));
    m_removeAlert = new QPushButton(tr("Remove"), box);
    m_removeAlert->setObjectName(QStringLiteral("removeAlert"));
    buttons->addWidget(m_addAlert);
    buttons->addWidget(m_closeAlert);
    buttons->addStretch();
    buttons->addWidget(m_removeAlert);
    layout->addLayout(buttons);

    m_alertForm = new QWidget(box);
    m_alertForm->setObjectName(QStringLiteral("alertForm"));
    auto *form = new QFormLayout(m_alertForm);
    form->setContentsMargins(0, 6, 0, 0);
    auto &alert = m_alertList.form();
    const auto addRow = [&](const QString &label, QWidget *field, const QString &name,
                            const QString &rule = {}) {
        alert.addRow(form, label, field, name, rule);
    };
    m_alertDate = compact(new DateEdit(m_alertForm));
    addRow(tr("Da&te:"), m_alertDate, QStringLiteral("alertDate"), QStringLiteral("date"));
    m_alertType = new CodeCombo(lookups().catalog, ReferenceList::AlertType, false, m_alertForm);
    addRow(tr("&Kind:"), m_alertType, QStringLiteral("alertType"), QStringLiteral("type"));
    m_alertAmount = new MoneyEdit(m_alertForm);
    m_alertAmount->setToolTip(tr("The arrears, for unpaid rent"));
    addRow(tr("A&mount due:"), m_alertAmount, QStringLiteral("alertAmount"),
           QStringLiteral("amount"));
    m_alertDescription = new FreeTextEdit(m_alertForm);
    bounded(m_alertDescription, 3);
    addRow(tr("&Description:"), m_alertDescription, QStringLiteral("alertDescription"));
    m_alertClosed = compact(new DateEdit(m_alertForm));
    addRow(tr("Closed o&n:"), m_alertClosed, QStringLiteral("alertClosed"),
           QStringLiteral("closedDate"));
    m_alertResolution = new FreeTextEdit(m_alertForm);
    bounded(m_alertResolution, 3);
    addRow(tr("&Resolution:"), m_alertResolution, QStringLiteral("alertResolution"));
    layout->addWidget(m_alertForm);

    m_alertList.follow(m_alerts, this, [this] {
        fillAlertForm();
        showProblems();
    });
    connect(m_addAlert, &QPushButton::clicked, this, [this] {
        Alert a;
        a.date = context().today();
        const QList<ReferenceItem> types = lookups().catalog.items(ReferenceList::AlertType);
        a.type = types.isEmpty() ? QString() : types.first().code;
        m_alertList.setCurrentId(file().nextTemporaryId());
        edit(tr("Raise an alert"), [a](HouseholdFile &f) { FollowUpRules::addAlert(f, a); });
        m_alertType->setFocus();
    });
    connect(m_closeAlert, &QPushButton::clicked, this, [this] {
        const QDate today = context().today();
        m_alertList.edit(tr("Close an alert"),
                         [today](Alert &a) { FollowUpRules::closeAlert(a, today); });
        m_alertResolution->setFocus();
    });
    connect(m_removeAlert, &QPushButton::clicked, this,
            [this] { m_alertList.remove(tr("Remove an alert")); });
    alert.bind(m_alertDate, &Alert::date, tr("Change the date of an alert"));
    alert.bind(m_alertType, &Alert::type, tr("Change the kind of an alert"));
    alert.bind(m_alertAmount, &Alert::amount, tr("Change the amount of an alert"));
    alert.bind(m_alertDescription, &Alert::description, tr("Edit the description of an alert"));
    alert.bind(m_alertClosed, &Alert::closedDate, tr("Change the closing date of an alert"));
    alert.bind(m_alertResolution, &Alert::resolution, tr("Edit the resolution of an alert"));
    return box;
}

void FollowUpTab::fillAlerts()
{
    const QList<Alert> &alerts = file().alerts;
    // Filling the list is not choosing a row: the row chosen is set at the end.
    const QSignalBlocker blocker(m_alerts);
    m_alerts->setRowCount(int(alerts.size()));
    int current = -1;
    for (int row = 0; row < alerts.size(); ++row) {
        const Alert &a = alerts.at(row);
        auto *date = cell(dateText(a.date));
        m_alerts->setItem(row, AlertDate, date);
        setRowId(m_alerts, row, a.id);
        m_alerts->setItem(row, AlertType,
                          cell(lookups().catalog.label(ReferenceList::AlertType, a.type)));
        auto *amount = cell(a.amount ? MoneyEdit::format(*a.amount) : QString());
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_alerts->setItem(row, AlertAmount, amount);
        m_alerts->setItem(row, AlertClosed, cell(a.isOpen() ? tr("open") : dateText(a.closedDate)));
        if (a.isOpen())
            standOut(m_alerts, row, tr("Open alert: close it once resolved."));
        if (!Validation::check(a, lookups().catalog, context().today()).isEmpty())
            date->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        if (a.id == m_alertList.currentId())
            current = row;
    }
    if (current < 0 && !alerts.isEmpty())
        current = 0;
    m_alertList.setCurrentId(current >= 0 ? alerts.at(current).id : 0);
    selectRow(m_alerts, current);
    m_alerts->setVisible(!alerts.isEmpty());
    m_noAlert->setVisible(alerts.isEmpty());
}

void FollowUpTab::fillAlertForm()
{
    const Alert *a = m_alertList.current();
    m_alertForm->setEnabled(a != nullptr);
    m_alertForm->setVisible(a != nullptr);
    m_removeAlert->setEnabled(a != nullptr);
    m_closeAlert->setEnabled(a && a->isOpen());
    m_alertList.form().refresh();
}

// --- committee reviews ---------------------------------------------------------------------

QWidget *FollowUpTab::buildReviews(QWidget *parent)
{
    auto *box = new QGroupBox(tr("Reviews by follow-up committees"), parent);
    auto *layout = new QVBoxLayout(box);
    m_reviews = recordTable(QStringLiteral("committeeReviews"),
                            {tr("Committee"), tr("Reason"), tr("Decision"), tr("Notes")}, box);
    m_reviews->setMinimumHeight(100);
    m_reviews->setMaximumHeight(200);
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
    fillContactForm();
    fillAlerts();
    fillAlertForm();
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
