#pragma once

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>

namespace Passerelle {

class Database;

/// A connection to the same base (Database::openAnother) in a thread of its own, kept open
/// between reads so that its cache stays warm: a window asks for a read, stays responsive
/// meanwhile, and gets the result back in its own thread. Reads run one after the other, in
/// the order asked; a read whose receiver is gone is still run, its result dropped.
/// When no second connection can be opened (a server refusing one more), each read runs on
/// the source connection, in the caller's thread, when its result is due.
class BackgroundConnection : public QObject
{
    Q_OBJECT

public:
    /// `source` must outlive this object; the connection is opened at the first read.
    explicit BackgroundConnection(Database &source, QObject *parent = nullptr);
    /// Waits for the read under way, then closes the connection in its thread.
    ~BackgroundConnection() override;

    /// Runs `work` on the background connection, then `done` with its result in this object's
    /// thread, if `receiver` still exists.
    template <typename T>
    void read(std::function<T(Database &)> work, QObject *receiver,
              std::function<void(T)> done)
    {
        auto result = std::make_shared<std::optional<T>>();
        post([work, result](Database *db) {
                 if (db)
                     result->emplace(work(*db));
             },
             receiver,
             [this, work, result, done](bool opened) {
                 if (!opened)
                     result->emplace(work(m_source));
                 done(std::move(**result));
             });
    }

private:
    class Worker;
    void post(std::function<void(Database *)> inThread, QObject *receiver,
              std::function<void(bool opened)> after);

    Database &m_source;
    QThread m_thread;
    Worker *m_worker = nullptr;
};

} // namespace Passerelle
