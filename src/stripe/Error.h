#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

#include <chrono>
#include <optional>

namespace stripe {

// Everything that can go wrong with a request, as one value. Stripe's own error object
// (docs.stripe.com/api/errors) is carried field by field; failures below HTTP get kinds of
// their own so that a person is told what actually happened.
struct Error
{
    enum class Kind {
        None,
        Configuration, // refused before sending (an http:// URL to another machine, no key)
        Network, // no connection, connection dropped, TLS failure
        Timeout, // an attempt did not finish within its deadline
        Api, // Stripe answered with {"error": {...}}
        Http, // an HTTP error without Stripe's JSON (a proxy's HTML 502 page)
        InvalidResponse, // a success status whose body is not the JSON object expected
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    // Stripe's error object.
    QString type; // api_error, card_error, idempotency_error, invalid_request_error
    QString code;
    QString declineCode;
    QString message;
    QString param;
    QString docUrl;
    QString requestLogUrl;
    // The Request-Id header: what Stripe support asks for.
    QString requestId;
    // For Network, Timeout, Http and InvalidResponse: what Qt or the parser reported.
    QString detail;
    // The Retry-After of the answer: how long the server asked Paydesk to wait before asking
    // again (not waited for when it was longer than RetryPolicy::longestRetryAfter).
    std::optional<std::chrono::milliseconds> retryAfter;
    // How many attempts were made and how long they took in all, retries and waits included:
    // a timeout says the whole time the user waited, not one attempt's.
    int attempts = 0;
    std::chrono::milliseconds waited {0};

    bool isError() const { return kind != Kind::None; }
    bool isAuthentication() const { return httpStatus == 401; }
    bool isPermission() const { return httpStatus == 403; }
    bool isRateLimit() const { return httpStatus == 429; }
    bool isNotFound() const { return httpStatus == 404; }
    bool isCardError() const { return type == QLatin1String("card_error"); }
    bool isIdempotencyError() const { return type == QLatin1String("idempotency_error"); }
    bool isKeyExpired() const { return code == QLatin1String("api_key_expired"); }
    // True when the request may have reached Stripe and been applied although no usable answer
    // came back (no answer, a 5xx, an unreadable success, or the same key still in flight): a
    // write in this state must be checked or retried with the same idempotency key.
    bool outcomeUnknown() const
    {
        return kind == Kind::Network || kind == Kind::Timeout || kind == Kind::InvalidResponse
            || httpStatus >= 500 || (httpStatus == 409 && isIdempotencyError());
    }

    static Error configuration(const QString &message);
    // Reads an HTTP answer that is not a success: Stripe's JSON error, or whatever else came.
    static Error fromHttp(int status, const QByteArray &body, const QByteArray &requestId);
};

// The one place an error becomes words: Stripe's own message where there is one, what went
// wrong in plain language where there is not, and the request id support will ask for.
QString describe(const Error &error);

} // namespace stripe

Q_DECLARE_METATYPE(stripe::Error)
