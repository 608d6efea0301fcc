#pragma once

#include "src/stripe/Reply.h"
#include "src/stripe/Request.h"
#include "src/stripe/RequestLog.h"
#include "src/stripe/RetryPolicy.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <chrono>
#include <memory>

class QNetworkAccessManager;

namespace stripe {

struct AttemptResult;

// The HTTP client for one Stripe account: one QNetworkAccessManager, and the one place that
// knows Stripe's wire rules — headers, form encoding, idempotency keys, retries, timeouts,
// error parsing, and how many requests may be in flight. It knows nothing of customers or
// refunds: callers describe a Request and get a Reply.
class Client : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        RetryPolicy retry;
        // The whole time one attempt may take, from sending to the last byte of the answer: a
        // server that trickles a byte every few seconds is cut off here too (an inactivity
        // timeout such as QNetworkRequest::setTransferTimeout never would be).
        std::chrono::milliseconds timeout {60000};
        int maxInFlight = 4;
        // A larger answer is refused: no Stripe object comes near it, a broken proxy might.
        qint64 maxResponseBytes = 32 * 1024 * 1024;
    };

    static const QUrl defaultBaseUrl; // https://api.stripe.com

    explicit Client(QObject *parent = nullptr);
    ~Client() override;

    // The key must never cross a network in clear: plain http:// is accepted only for a
    // loopback host (the sandbox, a local proxy). Returns false, keeping the old URL, otherwise.
    bool setBaseUrl(const QUrl &url, QString *whyNot = nullptr);
    QUrl baseUrl() const { return m_baseUrl; }
    static bool isAcceptableBaseUrl(const QUrl &url, QString *whyNot = nullptr);

    // The secret or restricted key; it lives here, in memory, and only goes into the
    // Authorization header.
    void setApiKey(const QString &key);
    bool hasApiKey() const { return !m_apiKey.isEmpty(); }

    void setOptions(const Options &options) { m_options = options; }
    const Options &options() const { return m_options; }

    // A client of its own for the same account (base URL and key) with other options, for work
    // whose requests must not queue behind this client's (the mirror's listing). The key is
    // copied from client to client and never handed to the caller.
    std::unique_ptr<Client> sibling(const Options &options, QObject *parent = nullptr) const;

    // Queues the request (at most Options::maxInFlight run at once) and returns its reply.
    Reply *send(Request request);
    // Abandons every queued and running request (switching accounts); no reply finishes.
    void abortAll();

    // Once Stripe answers 401 (a revoked or expired key), every further request fails at once
    // with the same error instead of a wall of failed requests, until another key is set.
    bool isKeyRejected() const { return m_rejection.isError(); }

    int inFlightCount() const { return m_inFlight; }
    int queuedCount() const { return int(m_queue.size()); }
    RequestLog *requestLog() { return &m_log; }

signals:
    // Emitted once per key, on the first 401: time to ask the user for a new key.
    void keyRejected(const stripe::Error &error);

private:
    friend class Reply; // abort() and release() are its to call

    void dispatch();
    void startAttempt(Reply *reply);
    void onAttemptFinished(Reply *reply, const AttemptResult &result);
    void fail(Reply *reply, const Error &error);
    void abort(Reply *reply);
    void release(Reply *reply); // stops the reply's work without deleting it
    void log(const Reply *reply, const QString &outcome);

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QString m_apiKey;
    Options m_options;
    QList<Reply *> m_queue;
    int m_inFlight = 0;
    RequestLog m_log;
    Error m_rejection;
};

} // namespace stripe
