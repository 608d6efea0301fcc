#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace writes {

class WriteJournal;

// Ending Paydesk while a write is on its way (a logout's SIGTERM): Paydesk waits for the answer,
// which the journal records, for a bounded time, and asks nobody anything. A write still
// unanswered then stays in the journal as unfinished, to be settled at the next start. Either
// way the process ends within `longest`.
class QuitWhenSettled : public QObject
{
    Q_OBJECT

public:
    // Long enough for a slow answer (an attempt's deadline is the client's timeout), short
    // enough for a session that is logging out (systemd waits 90 s before SIGKILL).
    static constexpr std::chrono::seconds defaultLongest {20};

    explicit QuitWhenSettled(WriteJournal *journal, std::chrono::milliseconds longest = defaultLongest,
                             QObject *parent = nullptr);

    // Starts waiting; ready() comes at once (queued) when nothing is on its way. Calling it again
    // while waiting does nothing.
    void start();
    bool isWaiting() const { return m_waiting; }

signals:
    // Time to end: unsettled writes were still unanswered (journaled as unfinished).
    void ready(int unsettled);

private:
    void finish();

    WriteJournal *m_journal;
    QTimer m_deadline;
    bool m_waiting = false;
    bool m_done = false;
};

} // namespace writes
