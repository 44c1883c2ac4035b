#include "ImportRunner.h"

#include "storage/Database.h"

#include <QEventLoop>
#include <QThread>
#include <QTimer>

namespace Passerelle::Ui {

ImportRunner::ImportRunner(Database &db, Scope scope, QObject *parent)
    : QObject(parent), m_db(db), m_scope(std::move(scope)), m_poll(new QTimer(this))
{
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, &ImportRunner::publishProgress);
}

ImportRunner::~ImportRunner()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

void ImportRunner::inspect(const QString &householdsPath, const QString &contactsPath)
{
    m_households = {};
    m_contacts.reset();
    start([this, householdsPath, contactsPath] {
        m_households = Import::inspect(householdsPath, Import::FileKind::Households);
        if (!contactsPath.isEmpty())
            m_contacts = Import::inspect(contactsPath, Import::FileKind::Contacts);
    });
}

void ImportRunner::run(const Import::Options &options)
{
    // The window's connection is between two statements: no transaction of its own is open
    // (it would keep the import waiting, or see the base as it was before the import).
    Q_ASSERT(m_db.transactionDepth() == 0);
    m_report = {};
    Import::Options runOptions = options;
    runOptions.progress = [this](qint64 done, qint64 total) {
        m_done = done;
        m_total = total;
        if (m_stepHook)
            m_stepHook(done, total);
        return !m_cancel.load();
    };
    start([this, runOptions, scope = m_scope] {
        Import::Report report;
        {
            // A connection of this thread: made here, used here, closed and removed here.
            auto db = m_db.openAnother();
            if (db)
                report = Import::run(**db, scope, runOptions);
            else
                report.errors.append({QString(), 0, QString(), QString(), db.error().message});
        }
        m_report = std::move(report);
    });
}

void ImportRunner::start(std::function<void()> work)
{
    Q_ASSERT(!m_thread);
    m_cancel = false;
    m_done = 0;
    m_total = 0;
    m_thread = QThread::create(std::move(work));
    m_thread->setObjectName(QStringLiteral("import"));
    connect(m_thread, &QThread::finished, this, [this] {
        m_poll->stop();
        QThread *thread = m_thread;
        m_thread = nullptr;
        thread->wait();
        delete thread;
        publishProgress();
        Q_EMIT finished();
    });
    m_thread->start();
    m_poll->start();
    Q_EMIT progressed(0, 0);
}

void ImportRunner::cancel()
{
    m_cancel = true;
}

void ImportRunner::stop()
{
    if (!m_thread)
        return;
    m_cancel = true;
    QEventLoop loop;
    connect(this, &ImportRunner::finished, &loop, &QEventLoop::quit);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

void ImportRunner::publishProgress()
{
    Q_EMIT progressed(m_done, m_total);
}

} // namespace Passerelle::Ui
