#include "UserEditor.h"

#include "AppContext.h"
#include "security/Accounts.h"
#include "security/PasswordPolicy.h"
#include "storage/AccountRepository.h"
#include "forms/TabForms.h"
#include "widgets/FormWidgets.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Passerelle::Ui {

using namespace Qt::StringLiterals;

namespace {

QString lockText(const QDateTime &until)
{
    return QLocale().toString(until.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm"));
}

bool isLocked(const User &user)
{
    return user.lockedUntil.isValid() && user.lockedUntil > QDateTime::currentDateTimeUtc();
}

} // namespace

UserEditor::UserEditor(AppContext &context, QWidget *parent)
    : RecordEditorOf(context, Shape::ListAndForm, &m_user, parent), m_fields(binder(&m_user))
{
    setObjectName(QStringLiteral("userEditor"));
    setNewText(tr("New account"));
    QFormLayout *form = m_form = formGroup(tr("Account"));
    QWidget *box = form->parentWidget();
    m_login = m_fields->row(form, tr("&Login:"), new QLineEdit(box), u"login"_s, &User::login,
                            tr("Change the login"), u"login"_s);
    m_login->setMaxLength(64);
    m_login->setToolTip(tr("Used to log in; it never changes once the account exists"));
    auto *name = m_fields->row(form, tr("Na&me:"), new QLineEdit(box), u"displayName"_s,
                               &User::displayName, tr("Change the name"), u"displayName"_s);
    auto *role = m_fields->row(form, tr("R&ole:"),
                               new CodeCombo(lookups().catalog, ReferenceList::UserRole, true, box),
                               u"role"_s, &User::role, tr("Change the role"), u"role"_s);
    m_agency = m_fields->row(form, tr("A&gency:"), new RecordCombo(true, box), u"agencyId"_s,
                             &User::agencyId, tr("Change the agency"), u"agencyId"_s);
    m_agency->setToolTip(tr("The agency of a CESF advisor; none for head-office roles"));
    m_partner = m_fields->row(form, tr("&Partner:"), new RecordCombo(true, box), u"partnerId"_s,
                              &User::partnerId, tr("Change the partner"));
    m_partner->setToolTip(tr("The association of a partner's referent"));
    auto *email = m_fields->row(form, tr("E&mail:"), new QLineEdit(box), u"email"_s,
                                &User::email, tr("Change the email"));
    auto *phone = m_fields->row(form, tr("P&hone:"), new QLineEdit(box), u"phone"_s,
                                &User::phone, tr("Change the phone"));
    auto *active = m_fields->row(form, QString(), new QCheckBox(tr("&Active (may log in)"), box),
                                 u"active"_s, &User::active, tr("Activate or deactivate"));
    // The password of a new account is not part of the record: typing it only checks it.
    m_password = new QLineEdit(box);
    m_password->setEchoMode(QLineEdit::Password);
    m_fields->addRow(form, tr("Pass&word:"), m_password, u"password"_s, u"password"_s);
    m_confirm = new QLineEdit(box);
    m_confirm->setEchoMode(QLineEdit::Password);
    m_fields->addRow(form, tr("&Confirmation:"), m_confirm, u"passwordConfirm"_s,
                     u"passwordConfirm"_s);
    for (QLineEdit *typed : {m_password, m_confirm})
        connect(typed, &QLineEdit::textEdited, this, [this] { changed(); });
    m_passwordRow = form->rowCount() - 2;
    box->setMaximumWidth(760);
    formLayout()->addWidget(box);

    // The state of the account: its lock, and a new password.
    auto *accountRow = new QHBoxLayout;
    m_lock = new QLabel(formArea());
    m_lock->setObjectName(QStringLiteral("lockState"));
    m_lock->setWordWrap(true);
    accountRow->addWidget(m_lock, 1);
    m_reset = new QPushButton(tr("New pass&word…"), formArea());
    m_reset->setObjectName(QStringLiteral("resetPassword"));
    m_reset->setToolTip(tr("Give this account a new password (it also lifts a lock)"));
    connect(m_reset, &QPushButton::clicked, this, &UserEditor::resetPassword);
    accountRow->addWidget(m_reset);
    formLayout()->addLayout(accountRow);

    auto *policy = new QLabel(tr("Passwords: at least 8 characters mixing three kinds among "
                                 "lower-case letters, upper-case letters, digits and symbols, or "
                                 "12 characters of all four kinds. After %1 failed attempts in a "
                                 "row an account is locked for %2 minutes. Every change of an "
                                 "account is recorded in the journal.")
                                  .arg(Accounts::MaxFailures)
                                  .arg(Accounts::LockMinutes),
                              formArea());
    policy->setWordWrap(true);
    policy->setStyleSheet(QStringLiteral("color: palette(mid);"));
    policy->setMaximumWidth(760);
    formLayout()->addWidget(policy);

    // The idle lock, for every account of the base.
    auto *sessions = new QGroupBox(tr("Sessions"), formArea());
    auto *sessionsLayout = new QHBoxLayout(sessions);
    auto *idleLabel = new QLabel(tr("Lock Passerelle after"), sessions);
    m_idleMinutes = new QSpinBox(sessions);
    m_idleMinutes->setObjectName(QStringLiteral("idleMinutes"));
    m_idleMinutes->setRange(Accounts::MinIdleMinutes, Accounts::MaxIdleMinutes);
    m_idleMinutes->setSuffix(tr(" min without activity"));
    idleLabel->setBuddy(m_idleMinutes);
    auto *apply = new QPushButton(tr("Apply"), sessions);
    apply->setObjectName(QStringLiteral("applyIdleMinutes"));
    connect(apply, &QPushButton::clicked, this, &UserEditor::saveIdleMinutes);
    sessionsLayout->addWidget(idleLabel);
    sessionsLayout->addWidget(m_idleMinutes);
    sessionsLayout->addWidget(apply);
    sessionsLayout->addStretch();
    sessions->setMaximumWidth(760);
    formLayout()->addWidget(sessions);
    formLayout()->addStretch();
    TabForms::tabOrder({m_login, name, role, m_agency, m_partner, email, phone, active,
                        m_password, m_confirm});
    fillChoices();
    refresh();
    m_idleMinutes->setValue(
        Accounts(context.db()).idleLockMinutes().valueOr(Accounts::DefaultIdleMinutes));
}

void UserEditor::fillChoices()
{
    QList<std::pair<Id, QString>> agencies;
    for (const Agency &a : lookups().agencies)
        agencies.append({a.id, a.active ? a.name : tr("%1 (inactive)").arg(a.name)});
    m_agency->setRecords(agencies);
    QList<std::pair<Id, QString>> partners;
    for (const Partner &p : lookups().partners)
        partners.append({p.id, p.active ? p.name : tr("%1 (inactive)").arg(p.name)});
    m_partner->setRecords(partners);
}

void UserEditor::lookupsChanged()
{
    fillChoices();
}

QStringList UserEditor::listHeaders() const
{
    return {tr("Login"), tr("Name"), tr("Role"), tr("Agency or association"), tr("Active"),
            tr("Locked until")};
}

Result<QList<RecordEditor::ListRow>> UserEditor::listRows() const
{
    PASSERELLE_TRY(users, Accounts(context().db()).list(context().scope()));
    QList<ListRow> rows;
    for (const User &u : users) {
        rows.append({u.id,
                     {u.login, u.displayName,
                      lookups().catalog.label(ReferenceList::UserRole, u.role),
                      u.partnerId > 0 ? lookups().partnerName(u.partnerId)
                                      : lookups().agencyName(u.agencyId),
                      u.active ? tr("yes") : tr("no"),
                      isLocked(u) ? lockText(u.lockedUntil) : QString()},
                     !u.active});
    }
    return rows;
}

Status UserEditor::load(Id id)
{
    if (id <= 0) {
        loaded(User{});
    } else {
        PASSERELLE_TRY(user, AccountRepository(context().db()).byId(id));
        if (!user)
            return Error::notFound(tr("This account does not exist any more."));
        loaded(*user);
    }
    return {};
}

bool UserEditor::modified() const
{
    return RecordEditorOf::modified() || !m_password->text().isEmpty()
           || !m_confirm->text().isEmpty();
}

void UserEditor::discard()
{
    RecordEditorOf::discard();
    m_password->clear();
    m_confirm->clear();
}

Problems UserEditor::problems() const
{
    Problems problems = Validation::check(m_user, lookups().catalog);
    if (m_user.id <= 0) {
        const QString password = m_password->text();
        if (password.isEmpty())
            problems.append({QStringLiteral("password"), tr("Choose the account's password.")});
        else if (const QString problem = PasswordPolicy::problem(password); !problem.isEmpty())
            problems.append({QStringLiteral("password"), problem});
        else if (m_confirm->text() != password)
            problems.append({QStringLiteral("passwordConfirm"),
                             tr("The two passwords differ: type the same one twice.")});
    }
    return problems;
}

Result<Id> UserEditor::store()
{
    Accounts accounts(context().db());
    if (m_user.id <= 0) {
        PASSERELLE_TRY(added, accounts.add(context().scope(), m_user, m_password->text()));
        m_password->clear();
        m_confirm->clear();
        loaded(added);
        return added.id;
    }
    PASSERELLE_CHECK(accounts.update(context().scope(), m_user));
    PASSERELLE_TRY(stored, AccountRepository(context().db()).byId(m_user.id));
    if (stored)
        loaded(*stored);
    return m_user.id;
}

void UserEditor::showRecord()
{
    const bool existing = m_user.id > 0;
    m_fields->refresh();
    m_login->setReadOnly(existing);
    // A password is chosen at creation; afterwards it is reset with its own button.
    m_form->setRowVisible(m_passwordRow, !existing);
    m_form->setRowVisible(m_passwordRow + 1, !existing);
    if (!existing) {
        m_password->clear();
        m_confirm->clear();
    }
    m_reset->setVisible(existing);
    QString state;
    if (existing && isLocked(stored())) {
        state = tr("Locked until %1 after %2 failed attempts. A new password lifts the lock.")
                    .arg(lockText(stored().lockedUntil))
                    .arg(Accounts::MaxFailures);
    } else if (existing && stored().passwordHash.isEmpty()) {
        state = tr("No password yet: this person cannot log in until you give one.");
    } else if (existing && stored().passwordChangedAt.isValid()) {
        state = tr("Password set on %1.").arg(QLocale().toString(
            stored().passwordChangedAt.toLocalTime().date(), QLocale::ShortFormat));
    }
    m_lock->setText(state);
    m_lock->setVisible(!state.isEmpty());
}

QString UserEditor::heading() const
{
    if (m_user.id <= 0 && m_user.displayName.isEmpty())
        return tr("New account");
    return m_user.displayName.isEmpty() ? m_user.login
                                        : m_user.displayName + QStringLiteral(" (")
                                              + m_user.login + u')';
}

void UserEditor::resetPassword()
{
    // The account is read again afterwards: its changes are saved (or dropped) first.
    if (stored().id <= 0 || !maybeLeave())
        return;
    NewPasswordDialog dialog(stored().login, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Status reset = Accounts(context().db())
                             .resetPassword(context().scope(), stored().id, dialog.password());
    if (!reset) {
        setStatus(reset.error().message, true);
        return;
    }
    if (auto fresh = AccountRepository(context().db()).byId(stored().id); fresh && *fresh)
        loaded(**fresh);
    fillList();
    showCurrent();
    setStatus(tr("New password of %1 recorded; the account is unlocked.").arg(stored().login),
              false);
}

void UserEditor::saveIdleMinutes()
{
    const Status saved = Accounts(context().db())
                             .setIdleLockMinutes(context().scope(), m_idleMinutes->value());
    if (!saved) {
        setStatus(saved.error().message, true);
        return;
    }
    setStatus(tr("Passerelle now locks after %n minute(s) without activity.", nullptr,
                 m_idleMinutes->value()),
              false);
    Q_EMIT context().idleLockChanged();
}

// --- NewPasswordDialog -------------------------------------------------------------------

NewPasswordDialog::NewPasswordDialog(const QString &account, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("newPasswordDialog"));
    setWindowTitle(tr("New password of %1").arg(account));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("New pass&word:"), m_password);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("passwordConfirm"));
    m_confirm->setEchoMode(QLineEdit::Password);
    form->addRow(tr("The same &again:"), m_confirm);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setMinimumWidth(420);
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_password, &QLineEdit::textChanged, this, &NewPasswordDialog::check);
    connect(m_confirm, &QLineEdit::textChanged, this, &NewPasswordDialog::check);
    check();
}

QString NewPasswordDialog::password() const
{
    return m_password->text();
}

void NewPasswordDialog::check()
{
    QString problem;
    if (m_password->text().isEmpty())
        problem = tr("Type the new password, then the same again.");
    else if (const QString policy = PasswordPolicy::problem(m_password->text()); !policy.isEmpty())
        problem = policy;
    else if (m_confirm->text() != m_password->text())
        problem = tr("The two passwords differ: type the same one twice.");
    m_problem->setText(problem);
    m_ok->setEnabled(problem.isEmpty());
}

} // namespace Passerelle::Ui
