#pragma once

#include <QByteArray>

#include <chrono>
#include <optional>

namespace stripe {

// When and how soon a failed attempt is tried again: Stripe's own libraries' rules
// (stripe-node RequestSender._shouldRetry and _getSleepTimeInMS), plus Retry-After.
class RetryPolicy
{
public:
    using Milliseconds = std::chrono::milliseconds;

    struct Attempt
    {
        bool gotResponse = false; // false: connection failed, dropped or timed out
        bool tlsFailure = false; // a certificate problem does not go away by retrying
        bool refusedAnswer = false; // Paydesk refused the answer (too large): it would come again
        int httpStatus = 0;
        QByteArray shouldRetryHeader; // Stripe-Should-Retry
        std::optional<Milliseconds> retryAfter;
    };

    int maxRetries = 2;
    Milliseconds initialDelay {500};
    Milliseconds maxDelay {5000};
    // A Retry-After longer than this is not waited for: the error is shown instead of a window
    // that seems to hang.
    Milliseconds longestRetryAfter {30000};

    // retriesSoFar counts the retries already made (0 after the first attempt).
    bool shouldRetry(const Attempt &attempt, int retriesSoFar) const;
    // min(initial * 2^(n-1), max) times a random factor in [0.5, 1], or Retry-After when the
    // server asked for longer. retryNumber starts at 1.
    Milliseconds delayBefore(int retryNumber, const Attempt &attempt) const;

    // Retry-After as seconds or an HTTP date, relative to now.
    static std::optional<Milliseconds> parseRetryAfter(const QByteArray &value);
};

} // namespace stripe
