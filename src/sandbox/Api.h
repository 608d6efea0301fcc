#pragma once

#include "src/sandbox/Contract.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace sandbox {

class Store;

// What a key may do.
enum class Access { Full, NoInvoices, ReadOnly };

// One API call, decoded and validated against the contract, as a resource handler sees it.
struct Call
{
    QString method;
    QString path;
    QVariantMap pathParams; // {customer: "cus_1"}
    QVariantMap params;
    const Contract::Endpoint *endpoint = nullptr;
    qint64 now = 0; // seconds since the epoch, from the server's clock
    Store *store = nullptr;

    QString pathParam(const char *name) const { return pathParams.value(QLatin1String(name)).toString(); }
    bool has(const QString &name) const { return params.contains(name); }
    QString string(const QString &name) const { return params.value(name).toString(); }
    std::optional<qint64> integer(const QString &name) const;
    std::optional<bool> boolean(const QString &name) const;
    QVariantMap map(const QString &name) const { return params.value(name).toMap(); }
    QStringList expand() const;
};

// A handler's answer: an object (or Stripe error) with its status, or ready-made bytes for a
// list page that was assembled from cached objects.
struct Reply
{
    int status = 200;
    QJsonObject json;
    QByteArray bytes;

    static Reply ok(const QJsonObject &object) { return Reply {200, object, {}}; }
    static Reply error(int status, const QString &type, const QString &message, const QString &param = {},
                       const QString &code = {}, const QJsonObject &extra = {});
    // 400 invalid_request_error.
    static Reply invalid(const QString &message, const QString &param = {}, const QString &code = {});
    // 404 resource_missing: "No such customer: 'cus_x'".
    static Reply missing(const QString &what, const QString &id, const QString &param);
    bool isError() const { return status >= 400; }
};

// A fresh id for an object created at run time (demo data uses the seeded generator).
QString newId(const QString &prefix);

// Stripe's metadata update rules: "metadata[k]=" removes k, "metadata=" removes everything.
QJsonObject mergedMetadata(const QJsonObject &current, const QVariant &update);
// Stripe's limits on metadata (50 keys, key ≤ 40 characters, no brackets, value ≤ 500).
std::optional<Reply> checkMetadata(const QVariant &metadata);

} // namespace sandbox
