#include "LockScreen.h"

#include "AppContext.h"
#include "forms/TabForms.h"
#include "security/Accounts.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Passerelle::Ui {

LockScreen::LockScreen(AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("lockScreen"));
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto *panel = new QWidget(this);
    panel->setMaximumWidth(520);
    auto *layout = new QVBoxLayout(panel);
    layout->setSpacing(12);
    layout->addWidget(TabForms::heading(tr("Session locked"), 1.6, panel));
    m_explanation = new QLabel(panel);
    m_explanation->setObjectName(QStringLiteral("explanation"));
    m_explanation->setWordWrap(true);
    layout->addWidget(m_explanation);
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("&Password of %1:").arg(context.scope().login), panel);
    m_password = new QLineEdit(panel);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    label->setBuddy(m_password);
    auto *unlock = new QPushButton(tr("&Unlock"), panel);
    unlock->setObjectName(QStringLiteral("unlock"));
    row->addWidget(label);
    row->addWidget(m_password, 1);
    row->addWidget(unlock);
    layout->addLayout(row);
    m_message = new QLabel(panel);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #a4262c;"));
    layout->addWidget(m_message);
    auto *center = new QHBoxLayout;
    center->addStretch(1);
    center->addWidget(panel, 2);
    center->addStretch(1);
    outer->addLayout(center);
    outer->addStretch(2);
    connect(unlock, &QPushButton::clicked, this, &LockScreen::tryUnlock);
    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::tryUnlock);
}

void LockScreen::prepare(int idleMinutes)
{
    m_password->clear();
    m_message->clear();
    m_explanation->setText(tr("Passerelle locked itself after %n minute(s) without activity, "
                              "so that no one reads the households' files in your absence. "
                              "Type your password to go on where you were; to work under "
                              "another account, quit Passerelle and start it again.",
                              nullptr, idleMinutes));
    m_password->setFocus();
}

QString LockScreen::message() const
{
    return m_message->text();
}

void LockScreen::tryUnlock()
{
    auto scope = Accounts(m_context.db()).unlock(m_context.scope(), m_password->text());
    m_password->clear();
    if (!scope) {
        m_message->setText(scope.error().message);
        m_password->setFocus();
        return;
    }
    m_message->clear();
    Q_EMIT unlocked();
}

// --- IdleWatcher -------------------------------------------------------------------------

IdleWatcher::IdleWatcher(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::idle);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleWatcher::setTimeout(int milliseconds)
{
    m_timer.setInterval(milliseconds);
    if (m_timer.isActive())
        m_timer.start();
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
        if (m_timer.isActive())
            m_timer.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Passerelle::Ui
