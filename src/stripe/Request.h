#pragma once

#include "src/stripe/FormEncoding.h"

#include <QString>

namespace stripe {

// What a caller asks of Stripe: the method, the path under the base URL and the parameters.
// Headers, encoding, keys and retries are the client's business.
struct Request
{
    enum class Method { Get, Post, Delete };

    Method method = Method::Get;
    QString path; // "/v1/customers/cus_123"
    Params params;
    // For POST: the key that makes this write happen at most once. A write workflow passes
    // one key per user intent; when empty, the client makes one (reused by its own retries).
    QString idempotencyKey;

    static Request get(const QString &path, const Params &params = {});
    static Request post(const QString &path, const Params &params = {}, const QString &idempotencyKey = {});
    static Request del(const QString &path, const Params &params = {});

    QByteArray methodName() const;
};

// A fresh random (version 4) UUID, as Stripe recommends for Idempotency-Key.
QString newIdempotencyKey();

} // namespace stripe
