#pragma once

#include "widgets/WidgetsFwd.h"

#include "RecordEditor.h"
#include "domain/User.h"

#include <QDialog>

namespace Passerelle::Ui {

/// Administration › Utilisateurs: the accounts (login, name, role, agency or association,
/// active, locked until), created with a password typed twice (core's PasswordPolicy),
/// disabled or enabled, their role, agency or association changed, their password reset; and
/// the minutes without activity before Passerelle locks. Everything goes through core's
/// Accounts, which journals each change and never stores a password in clear.
class UserEditor : public RecordEditorOf<User>
{
    Q_OBJECT

public:
    explicit UserEditor(AppContext &context, QWidget *parent = nullptr);

    const User &user() const { return m_user; }
    /// Asks for a new password of the shown account (typed twice) and stores it.
    void resetPassword();

protected:
    QStringList listHeaders() const override;
    Result<QList<ListRow>> listRows() const override;
    Status load(Id id) override;
    Id currentId() const override { return m_user.id; }
    bool modified() const override;
    Problems problems() const override;
    Result<Id> store() override;
    void discard() override;
    void showRecord() override;
    QString heading() const override;
    void lookupsChanged() override;

private:
    void fillChoices();
    void saveIdleMinutes();

    User m_user;
    std::shared_ptr<Forms::Binder<User>> m_fields;
    QLineEdit *m_login = nullptr;
    RecordCombo *m_agency = nullptr;
    RecordCombo *m_partner = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
    QFormLayout *m_form = nullptr;
    int m_passwordRow = 0;
    QLabel *m_lock = nullptr;
    QPushButton *m_reset = nullptr;
    QSpinBox *m_idleMinutes = nullptr;
};

/// Asks for a new password, typed twice, and says what the policy misses as it is typed.
class NewPasswordDialog : public QDialog
{
    Q_OBJECT

public:
    NewPasswordDialog(const QString &account, QWidget *parent = nullptr);
    QString password() const;

private:
    void check();

    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace Passerelle::Ui
