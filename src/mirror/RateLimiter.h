#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>

namespace mirror {

// Keeps the mirror's requests to Stripe under a set number per second, in any one-second
// window (a sliding window, not a bucket that can burst past it), and pauses them all after
// Stripe answers 429.
//
// The number: Stripe allows an account 100 requests per second in live mode and 25 in test
// mode (sandboxes), and 25 per second on any one endpoint (docs.stripe.com/rate-limits). The
// mirror takes at most 20 — under the per-endpoint limit, and leaving the desk's own work and
// the business's other integrations their share. Paydesk's built-in sandbox runs on this
// computer and is not Stripe: it gets 200.
class RateLimiter : public QObject
{
    Q_OBJECT

public:
    static constexpr int stripeRequestsPerSecond = 20;
    static constexpr int localRequestsPerSecond = 200;
    // 20 for Stripe, 200 for a server on this computer (the sandbox).
    static int defaultRequestsPerSecond(const QUrl &baseUrl);

    explicit RateLimiter(int requestsPerSecond, QObject *parent = nullptr);

    int requestsPerSecond() const { return m_perSecond; }
    // Runs go() (on this thread) as soon as a request may be sent; dropped if context dies.
    void acquire(QObject *context, std::function<void()> go);
    // Stripe answered 429: nothing is sent for a while (1 s, doubling up to 32 s while 429s
    // keep coming; back to 1 s once none came for 30 s).
    void backOff();
    // Drops every waiting request (the sync stopped).
    void clear();

    int waiting() const { return int(m_waiting.size()); }
    qint64 pausedUntilMs() const { return m_pausedUntil; }

private:
    void dispatch();

    struct Waiting
    {
        QPointer<QObject> context;
        std::function<void()> go;
    };

    int m_perSecond;
    QElapsedTimer m_clock;
    QList<qint64> m_sent; // times of the requests of the last window, oldest first
    QList<Waiting> m_waiting;
    qint64 m_pausedUntil = 0;
    qint64 m_lastBackOff = -1;
    int m_backOffs = 0;
    QTimer m_timer;
};

} // namespace mirror
