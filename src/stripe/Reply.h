#pragma once

#include "stripe/Error.h"
#include "stripe/JsonOutline.h"
#include "stripe/Request.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

class QNetworkReply;

namespace stripe {

class Client;

// One request to Stripe, from the caller's point of view: it finishes once, after every retry,
// with either the object Stripe returned or an Error. The client deletes it after finished()
// has been delivered, so keep a QPointer rather than a plain pointer.
class Reply : public QObject
{
    Q_OBJECT

public:
    ~Reply() override;

    const Request &request() const { return m_request; }
    bool isFinished() const { return m_finished; }
    bool isOk() const { return m_finished && !m_error.isError(); }
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
    // True when Stripe replayed the stored answer of an earlier request with the same
    // Idempotency-Key instead of performing the write again.
    bool isReplay() const { return m_replayed; }
    QString idempotencyKey() const { return m_request.idempotencyKey; }

    // Abandons the request (the view closed, the filter changed): finished() is never emitted
    // afterwards and the reply deletes itself. Safe to call at any time, also after finishing.
    void abort();

signals:
    void finished();

private:
    friend class Client;
    Reply(Client *client, const Request &request);

    QPointer<Client> m_client;
    Request m_request;
    QNetworkReply *m_network = nullptr;
    QElapsedTimer m_clock;
    QDateTime m_startedAt;
    bool m_finished = false;
    bool m_aborted = false;
    bool m_tooLarge = false;
    bool m_sent = false; // reached the network at least once
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
