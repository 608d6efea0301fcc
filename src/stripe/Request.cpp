#include "src/stripe/Request.h"

#include <QUuid>

namespace stripe {

Request Request::get(const QString &path, const Params &params)
{
    return Request {Method::Get, path, params, {}};
}

Request Request::post(const QString &path, const Params &params, const QString &idempotencyKey)
{
    return Request {Method::Post, path, params, idempotencyKey};
}

Request Request::del(const QString &path, const Params &params)
{
    return Request {Method::Delete, path, params, {}};
}

QByteArray Request::methodName() const
{
    switch (method) {
    case Method::Get:
        return QByteArrayLiteral("GET");
    case Method::Post:
        return QByteArrayLiteral("POST");
    case Method::Delete:
        return QByteArrayLiteral("DELETE");
    }
    return {};
}

QString newIdempotencyKey()
{
    // QUuid::createUuid() makes a random version 4 UUID.
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace stripe
