#include "SecondConnection.h"

#include "Database.h"

namespace Passerelle {

SecondConnection::SecondConnection(Database &db, std::function<Status(Database &)> read)
    : m_db(db), m_read(std::move(read))
{
    m_thread = std::thread([this] {
        // The connection is opened, used and closed in this thread, as Qt SQL requires.
        auto other = m_db.openAnother();
        if (!other)
            return;
        m_opened = true;
        m_status = m_read(**other);
    });
}

SecondConnection::~SecondConnection()
{
    if (m_thread.joinable())
        m_thread.join();
}

Status SecondConnection::result()
{
    if (m_thread.joinable())
        m_thread.join();
    if (!m_opened && !m_finished)
        m_status = m_read(m_db);
    m_finished = true;
    return m_status;
}

} // namespace Passerelle
