#pragma once

#include "Result.h"

#include <functional>
#include <thread>

namespace Passerelle {

class Database;

/// Runs a long read on a connection of its own (Database::openAnother) in a second thread,
/// while the caller goes on reading the rest on its connection: the caller then waits for the
/// slower half, not for the sum (the machines have two cores or more). Each connection reads
/// a consistent state of the base; both start together.
/// When no second connection can be opened, result() runs the read on the caller's connection.
class SecondConnection
{
public:
    SecondConnection(Database &db, std::function<Status(Database &)> read);
    /// Waits for the read (an early return of the caller leaves nothing running).
    ~SecondConnection();
    SecondConnection(const SecondConnection &) = delete;
    SecondConnection &operator=(const SecondConnection &) = delete;

    /// Waits for the read and gives its status.
    Status result();

private:
    Database &m_db;
    std::function<Status(Database &)> m_read;
    std::thread m_thread;
    Status m_status;
    bool m_opened = false;
    bool m_finished = false;
};

} // namespace Passerelle
