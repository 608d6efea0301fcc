#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

namespace stripe {

// What happened to each request, for the user's request log and for support: never the key,
// never a header, never a parameter (they can hold emails and notes), only what identifies the
// request to Stripe.
struct RequestLogEntry
{
    QDateTime startedAt;
    QString method;
    QString path; // without the query string
    int httpStatus = 0; // 0: no answer (network failure, timeout, cancelled)
    QString requestId;
    QString idempotencyKey;
    qint64 durationMs = 0;
    int retries = 0;
    QString outcome; // "ok", "cancelled", or the error's kind
};

// The last 500 requests, oldest first.
class RequestLog : public QObject
{
    Q_OBJECT

public:
    static constexpr int Capacity = 500;

    explicit RequestLog(QObject *parent = nullptr);

    void append(const RequestLogEntry &entry);
    QList<RequestLogEntry> entries() const;
    int size() const { return int(m_entries.size()); }

signals:
    void appended(const stripe::RequestLogEntry &entry);

private:
    QList<RequestLogEntry> m_entries; // a ring: m_next is where the next entry goes once full
    int m_next = 0;
};

} // namespace stripe
