#pragma once

// How long the main thread (the window's, in the app) keeps its event loop waiting: a timer due
// every 2 ms notes how late it fires. On a machine shared with other work a thread also waits
// for a core; the thread's own CPU time over the same gap tells its work ("busy") from that
// wait. The target: no stall over 16 ms (a frame) while the mirror syncs.

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

class MainThreadWatch : public QObject
{
public:
    MainThreadWatch()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(2);
        connect(&m_timer, &QTimer::timeout, this, &MainThreadWatch::tick);
    }

    void start()
    {
        m_since.invalidate();
        m_lateness.clear();
        m_worstLate = m_worstBusy = 0;
        m_late = m_busy = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }

    static double threadCpuMs()
    {
        timespec now {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
    }

    // " stall_max_ms=... stalls_over_16ms=... late_p99_ms=... busy_max_ms=... busy_over_16ms=..."
    void print() const
    {
        QList<double> sorted = m_lateness;
        std::sort(sorted.begin(), sorted.end());
        const double p99 = sorted.isEmpty() ? 0 : sorted.at(qsizetype(double(sorted.size() - 1) * 0.99));
        std::printf(
            " stall_max_ms=%.1f stalls_over_16ms=%d late_p99_ms=%.1f busy_max_ms=%.1f busy_over_16ms=%d",
            m_worstLate, m_late, p99, m_worstBusy, m_busy);
    }

private:
    void tick()
    {
        if (m_since.isValid()) {
            const double late = std::max(0.0, double(m_since.nsecsElapsed()) / 1e6 - 2.0);
            const double busy = threadCpuMs() - m_cpuAtTick;
            m_lateness << late;
            m_worstLate = std::max(m_worstLate, late);
            m_worstBusy = std::max(m_worstBusy, busy);
            m_late += late > 16.0 ? 1 : 0;
            m_busy += busy > 16.0 ? 1 : 0;
        }
        m_cpuAtTick = threadCpuMs();
        m_since.start();
    }

    QTimer m_timer;
    QElapsedTimer m_since;
    double m_cpuAtTick = 0;
    QList<double> m_lateness;
    double m_worstLate = 0;
    double m_worstBusy = 0;
    int m_late = 0;
    int m_busy = 0;
};
