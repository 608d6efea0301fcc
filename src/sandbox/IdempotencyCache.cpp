#include "src/sandbox/IdempotencyCache.h"

namespace sandbox {

std::optional<IdempotencyCache::Entry> IdempotencyCache::find(const QString &key, qint64 now)
{
    const auto it = m_entries.find(key);
    if (it == m_entries.end())
        return std::nullopt;
    if (now - it->createdAt >= lifetimeSecs) {
        m_entries.erase(it);
        return std::nullopt;
    }
    return *it;
}

void IdempotencyCache::store(const QString &key, const Entry &entry)
{
    m_entries.insert(key, entry);
}

QJsonObject IdempotencyCache::toJson() const
{
    QJsonObject json;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        json.insert(
            it.key(),
            QJsonObject {{QStringLiteral("fingerprint"), QString::fromLatin1(it->fingerprint.toBase64())},
                         {QStringLiteral("status"), it->status},
                         {QStringLiteral("body"), QString::fromUtf8(it->body)},
                         {QStringLiteral("created"), it->createdAt}});
    return json;
}

void IdempotencyCache::fromJson(const QJsonObject &json)
{
    m_entries.clear();
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        m_entries.insert(
            it.key(),
            Entry {QByteArray::fromBase64(entry.value(QLatin1String("fingerprint")).toString().toLatin1()),
                   entry.value(QLatin1String("status")).toInt(),
                   entry.value(QLatin1String("body")).toString().toUtf8(),
                   entry.value(QLatin1String("created")).toInteger()});
    }
}

} // namespace sandbox
