#pragma once

#include <QByteArray>

#include <algorithm>

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
    // A Retry-After longer than this is not waited for, whatever else the answer says (also
    // Stripe-Should-Retry: true): the error is shown, saying how long the server asked for,
    // instead of a window that seems to hang.
    Milliseconds longestRetryAfter {30000};

    // retriesSoFar counts the retries already made (0 after the first attempt).
    bool shouldRetry(const Attempt &attempt, int retriesSoFar) const;
    // min(initial * 2^(n-1), max) times a random factor in [0.5, 1], or Retry-After when the
    // server asked for longer; never more than longestWait(). retryNumber starts at 1.
    Milliseconds delayBefore(int retryNumber, const Attempt &attempt) const;
    // The longest delayBefore() ever returns.
    Milliseconds longestWait() const { return std::max(maxDelay, longestRetryAfter); }

    // Retry-After as seconds or an HTTP date, relative to now. A number too large to hold
    // becomes the largest wait that can be (an absurd wait is still one not to wait for).
    static std::optional<Milliseconds> parseRetryAfter(const QByteArray &value);
};

} // namespace stripe
