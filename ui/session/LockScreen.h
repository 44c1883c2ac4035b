#pragma once

#include "widgets/WidgetsFwd.h"

#include <QObject>
#include <QTimer>
#include <QWidget>

namespace Passerelle::Ui {

/// What covers the main window while the session is locked: no household data, the login of
/// the account, and its password to type again (core's Accounts::unlock: failures count
/// toward the lockout).
class LockScreen : public QWidget
{
    Q_OBJECT

public:
    explicit LockScreen(AppContext &context, QWidget *parent = nullptr);

    /// Clears the field and says after how long the session locked.
    void prepare(int idleMinutes);
    /// Checks the password typed (the button "Unlock").
    void tryUnlock();
    QString message() const;

Q_SIGNALS:
    void unlocked();

private:
    AppContext &m_context;
    QLabel *m_explanation = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_message = nullptr;
};

/// Signals `idle()` after a time without keyboard, mouse or touch input anywhere in the
/// application (an event filter on the application object).
class IdleWatcher : public QObject
{
    Q_OBJECT

public:
    explicit IdleWatcher(QObject *parent = nullptr);
    ~IdleWatcher() override;

    void setTimeout(int milliseconds);
    int timeout() const { return m_timer.interval(); }
    /// Starts counting again from now.
    void restart() { m_timer.start(); }
    void stop() { m_timer.stop(); }
    bool isActive() const { return m_timer.isActive(); }

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
};

} // namespace Passerelle::Ui
