#include "src/writes/QuitWhenSettled.h"

#include "src/writes/WriteJournal.h"

namespace writes {

QuitWhenSettled::QuitWhenSettled(WriteJournal *journal, std::chrono::milliseconds longest, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
{
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(longest);
    connect(&m_deadline, &QTimer::timeout, this, &QuitWhenSettled::finish);
}

void QuitWhenSettled::start()
{
    if (m_waiting || m_done)
        return;
    m_waiting = true;
    if (!m_journal || m_journal->sendingCount() == 0) {
        QMetaObject::invokeMethod(this, &QuitWhenSettled::finish, Qt::QueuedConnection);
        return;
    }
    connect(m_journal, &WriteJournal::sendingChanged, this, [this](int count) {
        if (count == 0)
            finish();
    });
    m_deadline.start();
}

void QuitWhenSettled::finish()
{
    if (m_done)
        return;
    m_done = true;
    m_waiting = false;
    m_deadline.stop();
    const int unsettled = m_journal ? m_journal->sendingCount() : 0;
    if (m_journal)
        m_journal->flush(); // an outcome the disk refused earlier gets its last chance
    emit ready(unsettled);
}

} // namespace writes
