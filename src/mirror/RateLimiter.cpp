#include "src/mirror/RateLimiter.h"

#include <QHostAddress>

namespace mirror {

namespace {

// A second and a little: whoever counts the requests (Stripe, a test) with a clock of its own
// still never sees one more than the limit within a second.
constexpr qint64 windowMs = 1050;

} // namespace

int RateLimiter::defaultRequestsPerSecond(const QUrl &baseUrl)
{
    const QString host = baseUrl.host();
    const QHostAddress address(host);
    const bool local = host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
        || (!address.isNull() && address.isLoopback());
    return local ? localRequestsPerSecond : stripeRequestsPerSecond;
}

RateLimiter::RateLimiter(int requestsPerSecond, QObject *parent)
    : QObject(parent)
    , m_perSecond(std::max(1, requestsPerSecond))
{
    m_clock.start();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RateLimiter::dispatch);
}

void RateLimiter::acquire(QObject *context, std::function<void()> go)
{
    m_waiting.append({context, std::move(go)});
    dispatch();
}

void RateLimiter::backOff()
{
    const qint64 now = m_clock.elapsed();
    if (m_lastBackOff >= 0 && now - m_lastBackOff > 30000)
        m_backOffs = 0;
    m_lastBackOff = now;
    const qint64 delay = qint64(1000) << std::min(m_backOffs, 5);
    ++m_backOffs;
    m_pausedUntil = std::max(m_pausedUntil, now + delay);
    dispatch();
}

void RateLimiter::clear()
{
    m_waiting.clear();
    m_timer.stop();
}

void RateLimiter::dispatch()
{
    while (!m_waiting.isEmpty()) {
        const qint64 now = m_clock.elapsed();
        while (!m_sent.isEmpty() && now - m_sent.constFirst() >= windowMs)
            m_sent.removeFirst();
        qint64 wait = 0;
        if (now < m_pausedUntil)
            wait = m_pausedUntil - now;
        else if (m_sent.size() >= m_perSecond)
            wait = m_sent.constFirst() + windowMs - now;
        if (wait > 0) {
            if (!m_timer.isActive() || m_timer.remainingTime() > wait)
                m_timer.start(int(wait));
            return;
        }
        Waiting next = m_waiting.takeFirst();
        if (!next.context)
            continue;
        m_sent.append(now);
        next.go();
    }
}

} // namespace mirror
