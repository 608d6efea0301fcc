#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace sandbox {

// Stripe's idempotency (docs.stripe.com/idempotency): the first answer to a key — status and
// body, errors included once the endpoint ran — is kept and replayed for the same key with the
// same request; keys may be forgotten after 24 hours.
class IdempotencyCache
{
public:
    static constexpr qint64 lifetimeSecs = 24 * 60 * 60;

    struct Entry
    {
        QByteArray fingerprint; // method, path and parameters of the first request
        int status = 200;
        QByteArray body;
        qint64 createdAt = 0;
    };

    std::optional<Entry> find(const QString &key, qint64 now);
    void store(const QString &key, const Entry &entry);

    QJsonObject toJson() const;
    void fromJson(const QJsonObject &json);

private:
    QHash<QString, Entry> m_entries;
};

} // namespace sandbox
