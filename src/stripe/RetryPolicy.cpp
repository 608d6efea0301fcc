#include "stripe/RetryPolicy.h"

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
    // Stripe's explicit advice wins over the status code.
    if (attempt.shouldRetryHeader == "false")
        return false;
    if (attempt.shouldRetryHeader == "true")
        return true;
    if (attempt.retryAfter && *attempt.retryAfter > longestRetryAfter)
        return false;
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
        return std::max(delay, *attempt.retryAfter);
    return delay;
}

std::optional<RetryPolicy::Milliseconds> RetryPolicy::parseRetryAfter(const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return seconds >= 0 ? std::optional(Milliseconds(seconds * 1000)) : std::nullopt;
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
