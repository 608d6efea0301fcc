#include "src/stripe/RequestLog.h"

namespace stripe {

RequestLog::RequestLog(QObject *parent)
    : QObject(parent)
{
    m_entries.reserve(Capacity);
}

void RequestLog::append(const RequestLogEntry &entry)
{
    if (m_entries.size() < Capacity) {
        m_entries.append(entry);
    } else {
        m_entries[m_next] = entry;
        m_next = (m_next + 1) % Capacity;
    }
    emit appended(entry);
}

QList<RequestLogEntry> RequestLog::entries() const
{
    if (m_entries.size() < Capacity)
        return m_entries;
    return m_entries.mid(m_next) + m_entries.mid(0, m_next);
}

} // namespace stripe
