#include "FollowUpTab.h"

#include "AppContext.h"
#include "Lookups.h"
#include "TabForms.h"
#include "domain/Validation.h"
#include "households/FollowUpRules.h"
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

constexpr int IdRole = Qt::UserRole;

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

std::optional<int> durationOf(const QSpinBox *box)
{
    return box->value() > 0 ? std::optional<int>(box->value()) : std::nullopt;
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
    : HouseholdTab(document, context, lookups, parent)
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

    QWidget *order[] = {m_quickDate,      m_quickType,     m_quickDuration,   m_quickAuthor,
                        m_quickNote,      m_quickAdd,      m_filter,          m_contacts,
                        m_contactDate,    m_contactType,   m_contactDuration, m_contactAuthor,
                        m_contactNotes,   m_contactShared, m_removeContact, m_alerts,          m_addAlert,
                        m_closeAlert,     m_removeAlert,   m_alertDate,       m_alertType,
                        m_alertAmount,    m_alertDescription, m_alertClosed,  m_alertResolution,
                        m_reviews};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);
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
    c.durationMinutes = durationOf(m_quickDuration);
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
    m_contactId = file().nextTemporaryId();
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
    grid->addWidget(withMessage(m_contactDate,
                                m_messages.add(QStringLiteral("contactDate"), m_contactForm),
                                m_contactForm),
                    1, 0);
    grid->addWidget(withMessage(m_contactType,
                                m_messages.add(QStringLiteral("contactType"), m_contactForm),
                                m_contactForm),
                    1, 1);
    grid->addWidget(withMessage(m_contactDuration,
                                m_messages.add(QStringLiteral("contactDuration"), m_contactForm),
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
    connect(m_contacts, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (m_filling)
            return;
        const QTableWidgetItem *item = row >= 0 ? m_contacts->item(row, 0) : nullptr;
        m_contactId = item ? item->data(IdRole).toLongLong() : 0;
        fillContactForm();
        showProblems();
    });
    connect(m_contactDate, &DateEdit::dateEdited, this, [this](const QDate &date) {
        editContact(tr("Change the date of a contact"), [date](Contact &c) { c.date = date; });
    });
    connect(m_contactType, &CodeCombo::codeEdited, this, [this](const QString &code) {
        editContact(tr("Change the type of a contact"), [code](Contact &c) { c.type = code; });
    });
    connect(m_contactDuration, &QSpinBox::editingFinished, this, [this] {
        const std::optional<int> minutes = durationOf(m_contactDuration);
        editContact(tr("Change the duration of a contact"),
                    [minutes](Contact &c) { c.durationMinutes = minutes; });
    });
    connect(m_contactAuthor, &QLineEdit::editingFinished, this, [this] {
        const QString name = m_contactAuthor->text().trimmed();
        const Id user = userIdNamed(name);
        editContact(tr("Change the author of a contact"), [name, user](Contact &c) {
            c.author = name;
            c.authorUserId = user;
        });
    });
    connect(m_contactNotes, &FreeTextEdit::textEdited, this, [this](const QString &text) {
        editContact(tr("Edit the notes of a contact"), [text](Contact &c) { c.notes = text; });
    });
    connect(m_contactShared, &QCheckBox::clicked, this, [this](bool shared) {
        editContact(shared ? tr("Share the notes of a contact with the association")
                           : tr("Keep the notes of a contact internal"),
                    [shared](Contact &c) { c.shared = shared; });
    });
    connect(m_removeContact, &QPushButton::clicked, this, [this] {
        const Id id = m_contactId;
        if (!contact())
            return;
        edit(tr("Remove a contact"), [id](HouseholdFile &f) {
            f.contacts.removeIf([id](const Contact &c) { return c.id == id; });
        });
    });
    auto *remove = new QShortcut(QKeySequence::Delete, m_contacts, nullptr, nullptr,
                                 Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, m_removeContact, &QPushButton::click);
    return box;
}

const Contact *FollowUpTab::contact() const
{
    const int index = FollowUpRules::indexOfContact(file(), m_contactId);
    return index >= 0 ? &file().contacts.at(index) : nullptr;
}

void FollowUpTab::editContact(const QString &text, const std::function<void(Contact &)> &change)
{
    const Id id = m_contactId;
    if (!contact())
        return;
    edit(text, [id, change](HouseholdFile &f) {
        const int index = FollowUpRules::indexOfContact(f, id);
        if (index < 0)
            return;
        change(f.contacts[index]);
        FollowUpRules::sortContacts(f.contacts); // a new date moves it in the list
    });
}

void FollowUpTab::fillContacts()
{
    const QList<Contact> &contacts = file().contacts;
    const QString type = m_filter->currentData().toString();
    m_filling = true;
    if (contacts != m_shownContacts || type != m_shownFilter) {
        m_shownContacts = contacts;
        m_shownFilter = type;
        const QList<int> shown = FollowUpRules::contactsOfType(contacts, type);
        m_contacts->setRowCount(int(shown.size()));
        for (int row = 0; row < shown.size(); ++row) {
            const Contact &c = contacts.at(shown.at(row));
            auto *date = cell(dateText(c.date));
            date->setData(IdRole, c.id);
            m_contacts->setItem(row, ContactDate, date);
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
    int current = -1;
    for (int row = 0; row < m_contacts->rowCount(); ++row) {
        if (m_contacts->item(row, 0)->data(IdRole).toLongLong() == m_contactId)
            current = row;
    }
    if (current < 0 && m_contacts->rowCount() > 0)
        current = 0;
    m_contactId = current >= 0 ? m_contacts->item(current, 0)->data(IdRole).toLongLong() : 0;
    m_contacts->setCurrentCell(current, 0);
    m_filling = false;
}

void FollowUpTab::fillContactForm()
{
    const Contact *c = contact();
    m_contactForm->setEnabled(c != nullptr);
    const Contact none;
    const Contact &shown = c ? *c : none;
    m_contactDate->setDate(shown.date);
    m_contactType->setCode(shown.type);
    m_contactDuration->setValue(shown.durationMinutes.value_or(0));
    m_contactAuthor->setText(shown.author);
    m_contactNotes->setText(shown.notes);
    m_contactShared->setChecked(shown.shared);
    // A partner referent reads only shared notes: the choice is the landlord's.
    m_contactShared->setVisible(context().scope().may(Permission::ReadInternalNotes));
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
    const auto addRow = [&](const QString &label, QWidget *field, const QString &name) {
        field->setObjectName(name);
        form->addRow(buddyLabel(label, field, m_alertForm),
                     withMessage(field, m_messages.add(name, m_alertForm), m_alertForm));
    };
    m_alertDate = compact(new DateEdit(m_alertForm));
    addRow(tr("Da&te:"), m_alertDate, QStringLiteral("alertDate"));
    m_alertType = new CodeCombo(lookups().catalog, ReferenceList::AlertType, false, m_alertForm);
    addRow(tr("&Kind:"), m_alertType, QStringLiteral("alertType"));
    m_alertAmount = new MoneyEdit(m_alertForm);
    m_alertAmount->setToolTip(tr("The arrears, for unpaid rent"));
    addRow(tr("A&mount due:"), m_alertAmount, QStringLiteral("alertAmount"));
    m_alertDescription = new FreeTextEdit(m_alertForm);
    bounded(m_alertDescription, 3);
    addRow(tr("&Description:"), m_alertDescription, QStringLiteral("alertDescription"));
    m_alertClosed = compact(new DateEdit(m_alertForm));
    addRow(tr("Closed o&n:"), m_alertClosed, QStringLiteral("alertClosed"));
    m_alertResolution = new FreeTextEdit(m_alertForm);
    bounded(m_alertResolution, 3);
    addRow(tr("&Resolution:"), m_alertResolution, QStringLiteral("alertResolution"));
    layout->addWidget(m_alertForm);

    connect(m_alerts, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (m_filling)
            return;
        const QTableWidgetItem *item = row >= 0 ? m_alerts->item(row, 0) : nullptr;
        m_alertId = item ? item->data(IdRole).toLongLong() : 0;
        fillAlertForm();
        showProblems();
    });
    connect(m_addAlert, &QPushButton::clicked, this, [this] {
        Alert a;
        a.date = context().today();
        const QList<ReferenceItem> types = lookups().catalog.items(ReferenceList::AlertType);
        a.type = types.isEmpty() ? QString() : types.first().code;
        m_alertId = file().nextTemporaryId();
        edit(tr("Raise an alert"), [a](HouseholdFile &f) { FollowUpRules::addAlert(f, a); });
        m_alertType->setFocus();
    });
    connect(m_closeAlert, &QPushButton::clicked, this, [this] {
        const QDate today = context().today();
        editAlert(tr("Close an alert"),
                  [today](Alert &a) { FollowUpRules::closeAlert(a, today); });
        m_alertResolution->setFocus();
    });
    connect(m_removeAlert, &QPushButton::clicked, this, [this] {
        const Id id = m_alertId;
        if (!alert())
            return;
        edit(tr("Remove an alert"), [id](HouseholdFile &f) {
            f.alerts.removeIf([id](const Alert &a) { return a.id == id; });
        });
    });
    connect(m_alertDate, &DateEdit::dateEdited, this, [this](const QDate &date) {
        editAlert(tr("Change the date of an alert"), [date](Alert &a) { a.date = date; });
    });
    connect(m_alertType, &CodeCombo::codeEdited, this, [this](const QString &code) {
        editAlert(tr("Change the kind of an alert"), [code](Alert &a) { a.type = code; });
    });
    connect(m_alertAmount, &MoneyEdit::centsEdited, this, [this](std::optional<Cents> cents) {
        editAlert(tr("Change the amount of an alert"), [cents](Alert &a) { a.amount = cents; });
    });
    connect(m_alertDescription, &FreeTextEdit::textEdited, this, [this](const QString &text) {
        editAlert(tr("Edit the description of an alert"),
                  [text](Alert &a) { a.description = text; });
    });
    connect(m_alertClosed, &DateEdit::dateEdited, this, [this](const QDate &date) {
        editAlert(tr("Change the closing date of an alert"),
                  [date](Alert &a) { a.closedDate = date; });
    });
    connect(m_alertResolution, &FreeTextEdit::textEdited, this, [this](const QString &text) {
        editAlert(tr("Edit the resolution of an alert"),
                  [text](Alert &a) { a.resolution = text; });
    });
    return box;
}

const Alert *FollowUpTab::alert() const
{
    const int index = FollowUpRules::indexOfAlert(file(), m_alertId);
    return index >= 0 ? &file().alerts.at(index) : nullptr;
}

void FollowUpTab::editAlert(const QString &text, const std::function<void(Alert &)> &change)
{
    const Id id = m_alertId;
    if (!alert())
        return;
    edit(text, [id, change](HouseholdFile &f) {
        const int index = FollowUpRules::indexOfAlert(f, id);
        if (index < 0)
            return;
        change(f.alerts[index]);
        FollowUpRules::sortAlerts(f.alerts);
    });
}

void FollowUpTab::fillAlerts()
{
    const QList<Alert> &alerts = file().alerts;
    m_filling = true;
    m_alerts->setRowCount(int(alerts.size()));
    int current = -1;
    for (int row = 0; row < alerts.size(); ++row) {
        const Alert &a = alerts.at(row);
        auto *date = cell(dateText(a.date));
        date->setData(IdRole, a.id);
        m_alerts->setItem(row, AlertDate, date);
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
        if (a.id == m_alertId)
            current = row;
    }
    if (current < 0 && !alerts.isEmpty())
        current = 0;
    m_alertId = current >= 0 ? alerts.at(current).id : 0;
    m_alerts->setCurrentCell(current, 0);
    m_alerts->setVisible(!alerts.isEmpty());
    m_noAlert->setVisible(alerts.isEmpty());
    m_filling = false;
}

void FollowUpTab::fillAlertForm()
{
    const Alert *a = alert();
    m_alertForm->setEnabled(a != nullptr);
    m_alertForm->setVisible(a != nullptr);
    m_removeAlert->setEnabled(a != nullptr);
    m_closeAlert->setEnabled(a && a->isOpen());
    const Alert none;
    const Alert &shown = a ? *a : none;
    m_alertDate->setDate(shown.date);
    m_alertType->setCode(shown.type);
    m_alertAmount->setCents(shown.amount);
    m_alertDescription->setText(shown.description);
    m_alertClosed->setDate(shown.closedDate);
    m_alertResolution->setText(shown.resolution);
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
    QHash<QString, QStringList> byMessage;
    const QDate today = context().today();
    if (const Contact *c = contact()) {
        for (const FieldProblem &p : Validation::check(*c, lookups().catalog, today)) {
            const QString name = p.field == u"date"   ? QStringLiteral("contactDate")
                                 : p.field == u"type" ? QStringLiteral("contactType")
                                                      : QStringLiteral("contactDuration");
            byMessage[name] << p.message;
        }
    }
    if (const Alert *a = alert()) {
        for (const FieldProblem &p : Validation::check(*a, lookups().catalog, today)) {
            const QString name = p.field == u"date"         ? QStringLiteral("alertDate")
                                 : p.field == u"type"       ? QStringLiteral("alertType")
                                 : p.field == u"amount"     ? QStringLiteral("alertAmount")
                                                            : QStringLiteral("alertClosed");
            byMessage[name] << p.message;
        }
    }
    m_messages.show(byMessage);
}

} // namespace Passerelle::Ui
