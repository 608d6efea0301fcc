#include "src/stripe/RetryPolicy.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <algorithm>

namespace stripe {

bool RetryPolicy::shouldRetry(const Attempt &attempt, int retriesSoFar) const
{
    if (retriesSoFar >= maxRetries || attempt.refusedAnswer)
        return false;
    if (!attempt.gotResponse)
        return !attempt.tlsFailure;
    // Checked before Stripe-Should-Retry: "true" says a retry may succeed, not that Paydesk
    // should hold the user for an hour first.
    if (attempt.retryAfter && *attempt.retryAfter > longestRetryAfter)
        return false;
    // Stripe's explicit advice wins over the status code.
    if (attempt.shouldRetryHeader == "false")
        return false;
    if (attempt.shouldRetryHeader == "true")
        return true;
    return attempt.httpStatus == 409 || attempt.httpStatus == 429 || attempt.httpStatus >= 500;
}

RetryPolicy::Milliseconds RetryPolicy::delayBefore(int retryNumber, const Attempt &attempt) const
{
    const int doublings = std::clamp(retryNumber - 1, 0, 20);
    const Milliseconds exponential = std::min(Milliseconds(initialDelay.count() << doublings), maxDelay);
    // Jitter in [0.5, 1] so that many clients backing off together do not retry in lockstep.
    const double jitter = 0.5 + 0.5 * QRandomGenerator::global()->generateDouble();
    const Milliseconds delay(qint64(double(exponential.count()) * jitter));
    if (attempt.retryAfter)
        return std::min(std::max(delay, *attempt.retryAfter), longestWait());
    return delay;
}

std::optional<RetryPolicy::Milliseconds> RetryPolicy::parseRetryAfter(const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    // Seconds are capped at a century before becoming milliseconds, so that nothing overflows.
    constexpr qint64 century = 100LL * 366 * 24 * 3600;
    const bool allDigits
        = std::all_of(trimmed.begin(), trimmed.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (allDigits) {
        bool fits = false;
        const qint64 seconds = trimmed.toLongLong(&fits);
        return Milliseconds(std::min(fits ? seconds : century, century) * 1000);
    }
    // HTTP dates end in "GMT" (RFC 9110), which Qt's RFC 2822 parser wants as "+0000".
    QString date = QString::fromLatin1(trimmed);
    if (date.endsWith(QLatin1String(" GMT")))
        date = date.chopped(3) + QLatin1String("+0000");
    const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    return Milliseconds(std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when)));
}

} // namespace stripe
