#include "LoginDialog.h"

#include "Platform.h"
#include "demo/DemoData.h"
#include "forms/TabForms.h"
#include "security/Accounts.h"
#include "storage/Database.h"
#include "storage/OrganisationRepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Passerelle::Ui {

LoginDialog::LoginDialog(Database &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Log in to Passerelle"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    // The dialog grows with its message rather than squeezing the fields.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    const auto organisation = OrganisationRepository(db).get();
    layout->addWidget(TabForms::heading(organisation && !organisation->name.isEmpty()
                                            ? organisation->name
                                            : tr("Passerelle"),
                                        1.4, this));
    auto *intro = new QLabel(tr("This base holds personal data of the households followed: "
                                "log in with your own account.\nDatabase: %1")
                                 .arg(db.displayName()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    if (OrganisationRepository(db).setting(Demo::isDemoKey()).valueOr(QString()) == u"1") {
        auto *demo = new QLabel(tr("Demo base, for trying Passerelle out: log in as cfabre, "
                                   "sbenali or jmarty (CESF advisors), nroux (head of the social "
                                   "unit), mdelmas (partnerships officer), admin (administrator) "
                                   "or khaddad (UCRM referent), password « %1 ».")
                                    .arg(QString::fromLatin1(Demo::Password)),
                                this);
        demo->setObjectName(QStringLiteral("demoAccounts"));
        demo->setWordWrap(true);
        demo->setStyleSheet(QStringLiteral("QLabel { background: #eef4fb; padding: 6px; }"));
        layout->addWidget(demo);
    }
    auto *form = new QFormLayout;
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("login"));
    m_login->setMaxLength(64);
    m_login->setText(Platform::userName(QString()));
    form->addRow(tr("&Login:"), m_login);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #a4262c;"));
    m_message->hide();
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *logIn = buttons->addButton(tr("Log &in"), QDialogButtonBox::AcceptRole);
    logIn->setObjectName(QStringLiteral("logIn"));
    logIn->setDefault(true);
    buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::tryLogin);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    if (!m_login->text().isEmpty())
        m_password->setFocus();
}

QString LoginDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void LoginDialog::tryLogin()
{
    auto scope = Accounts(m_db).login(m_login->text(), m_password->text());
    m_password->clear();
    if (!scope) {
        m_message->setText(scope.error().message);
        m_message->show();
        adjustSize(); // room for the message (word-wrapped labels need it said)
        m_password->setFocus();
        return;
    }
    m_scope = *scope;
    accept();
}

} // namespace Passerelle::Ui
