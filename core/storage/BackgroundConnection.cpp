#include "BackgroundConnection.h"

#include "Database.h"

namespace Passerelle {

/// Lives in the background thread, where it opens, uses and closes its connection.
class BackgroundConnection::Worker : public QObject
{
public:
    explicit Worker(const Database &source) : m_source(source) {}

    /// The connection, opened on first use; nullptr when it cannot be opened.
    Database *connection()
    {
        if (!m_tried) {
            m_tried = true;
            auto opened = m_source.openAnother();
            if (opened)
                m_db = std::move(*opened);
        }
        return m_db.get();
    }
    void close() { m_db.reset(); }

private:
    const Database &m_source;
    std::unique_ptr<Database> m_db;
    bool m_tried = false;
};

BackgroundConnection::BackgroundConnection(Database &source, QObject *parent)
    : QObject(parent), m_source(source), m_worker(new Worker(source))
{
    m_thread.setObjectName(QStringLiteral("backgroundConnection"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

BackgroundConnection::~BackgroundConnection()
{
    // Queued after every read asked: runs once they are done.
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(m_worker, [worker] { worker->close(); },
                              Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void BackgroundConnection::post(std::function<void(Database *)> inThread, QObject *receiver,
                                std::function<void(bool opened)> after)
{
    Worker *worker = m_worker;
    QPointer<QObject> target(receiver);
    QMetaObject::invokeMethod(m_worker, [this, worker, inThread, target, after] {
        Database *db = worker->connection();
        inThread(db);
        const bool opened = db != nullptr;
        // Back in this object's thread; a receiver gone meanwhile gets nothing. (This object
        // outlives the call: its destructor waits for the read.)
        QMetaObject::invokeMethod(
            this,
            [target, after, opened] {
                if (target)
                    after(opened);
            },
            Qt::QueuedConnection);
    });
}

} // namespace Passerelle
