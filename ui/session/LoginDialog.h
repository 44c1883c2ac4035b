#pragma once

#include "widgets/WidgetsFwd.h"

#include "security/Scope.h"

#include <QDialog>

namespace Passerelle {
class Database;
}

namespace Passerelle::Ui {

/// The login of a base with accounts, at start: login and password, checked by core's
/// Accounts (a wrong password is said in the dialog; a lock says when it ends). Accepted with
/// the scope of the account.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(Database &db, QWidget *parent = nullptr);

    /// The scope of the account that logged in (after accept).
    const Scope &scope() const { return m_scope; }
    /// The sentence shown under the fields (empty when none).
    QString message() const;

    /// Checks the login and password typed (the button "Log in").
    void tryLogin();

private:
    Database &m_db;
    Scope m_scope;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace Passerelle::Ui
