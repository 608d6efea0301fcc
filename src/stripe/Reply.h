#pragma once

#include "src/stripe/Error.h"
#include "src/stripe/JsonOutline.h"
#include "src/stripe/Request.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

namespace stripe {

class Attempt;
class Client;

// One request to Stripe, from the caller's point of view: it finishes once, after every retry,
// with either the object Stripe returned or an Error. The client deletes it after finished()
// has been delivered, so keep a QPointer rather than a plain pointer.
class Reply : public QObject
{
    Q_OBJECT

public:
    // Only the client may make a reply or move it from state to state: the methods that do take
    // this key, which only Client can make.
    class ClientKey
    {
        friend class Client;
        ClientKey() = default;
    };

    enum class State {
        Queued, // waiting for a free slot (Client::Options::maxInFlight)
        Sending, // an attempt is on the wire
        WaitingToRetry, // between attempts
        Finished, // finished() was emitted
        Aborted, // abandoned: finished() never comes
    };

    Reply(ClientKey, Client *client, const Request &request);
    ~Reply() override;

    const Request &request() const { return m_request; }
    State state() const { return m_state; }
    bool isFinished() const { return m_state == State::Finished; }
    bool isOk() const { return isFinished() && !m_error.isError(); }
    // The JSON object Stripe answered with (valid when isOk()), built on first use.
    const QJsonObject &object() const;
    // The answer's text and its outline, for a reader that builds only what it needs (a list
    // page, ListPager). The outline is empty when Qt's parser had to read the answer.
    const QByteArray &body() const { return m_body; }
    const JsonOutline &outline() const { return m_outline; }
    const Error &error() const { return m_error; }
    QString requestId() const { return m_requestId; }
    int httpStatus() const { return m_httpStatus; }
    int retries() const { return m_retries; }
    // Attempts put on the wire so far (retries + 1 once sent).
    int attempts() const { return m_attempts; }
    // True when Stripe replayed the stored answer of an earlier request with the same
    // Idempotency-Key instead of performing the write again.
    bool isReplay() const { return m_replayed; }
    QString idempotencyKey() const { return m_request.idempotencyKey; }
    // True once an attempt reached the network.
    bool wasSent() const { return m_attempts > 0; }
    QDateTime startedAt() const { return m_startedAt; }
    std::chrono::milliseconds elapsed() const { return std::chrono::milliseconds(m_clock.elapsed()); }

    // Abandons the request (the view closed, the filter changed, the user pressed Cancel):
    // finished() is never emitted afterwards and the reply deletes itself. Safe to call at any
    // moment — queued, sending, between retries — and also after finishing.
    void abort();

    // The client's side. Queued → beginAttempt → (endAttempt → waitToRetry → beginAttempt …)
    // → complete or fail; cancel at any moment before the end.
    void beginAttempt(ClientKey, Attempt *attempt);
    void endAttempt(ClientKey);
    // What the attempt's answer said about itself, kept for the caller and the request log.
    void recordAnswer(ClientKey, int httpStatus, const QString &requestId, bool replayed);
    // Counts a retry and runs retry after delay, unless the reply is cancelled first.
    void waitToRetry(ClientKey, std::chrono::milliseconds delay, std::function<void()> retry);
    // The end: these emit finished() and delete the reply once control returns to the event loop.
    void complete(ClientKey, QByteArray body, JsonOutline outline, std::optional<QJsonObject> object);
    // Fills in the error's attempts and the time waited in all.
    void fail(ClientKey, const Error &error);
    // Stops whatever the reply is doing. Returns true when an attempt was on the wire.
    bool cancel(ClientKey);

signals:
    void finished();

private:
    void end();

    QPointer<Client> m_client;
    Request m_request;
    State m_state = State::Queued;
    QPointer<Attempt> m_attempt;
    QTimer m_retryTimer;
    std::function<void()> m_retry;
    QElapsedTimer m_clock;
    QDateTime m_startedAt;
    int m_attempts = 0;
    int m_retries = 0;
    int m_httpStatus = 0;
    bool m_replayed = false;
    QString m_requestId;
    QByteArray m_body;
    JsonOutline m_outline;
    mutable QJsonObject m_object;
    mutable bool m_built = false;
    Error m_error;
};

} // namespace stripe
