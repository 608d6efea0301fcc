#pragma once

#include "src/accounts/Mode.h"
#include "src/stripe/FormEncoding.h"
#include "src/stripe/Request.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace writes {

// How to find out, later, whether a write took effect when its answer never came: Stripe
// forgets idempotency keys after 24 hours, so each write also leaves a trace Paydesk can look
// for (its intent id in the created object's metadata, or the state it moved an object to).
struct WriteCheck
{
    enum class Kind {
        ListHasIntent, // GET path?params lists an object whose metadata.paydesk_intent is the intent id
        FieldEquals, // GET path returns an object whose field equals value
        Gone, // GET path answers 404 or {"deleted": true}
    };
    Kind kind = Kind::ListHasIntent;
    QString path;
    stripe::Params params;
    QString field;
    QString value;

    // The steps to the field: "metadata.order.id" is the metadata key "order.id", whole
    // (metadata keys may hold dots); any other field splits at its dots.
    QStringList fieldPath() const;

    QJsonObject toJson() const;
    static WriteCheck fromJson(const QJsonObject &json);
};

// One write a user asked for, as the journal keeps it: enough to show it ("Refund of €12.50 to
// ch_… did not finish"), to send exactly the same request again under the same idempotency key,
// and to check whether it happened.
struct WriteIntent
{
    QString id; // a UUID; also the request's Idempotency-Key and metadata.paydesk_intent
    QDateTime createdAt;
    QString user; // the operating-system user
    QString accountId;
    accounts::Mode mode = accounts::Mode::Sandbox;
    QString operation; // "refund", "customer.create", "invoice.pay"...
    QString target; // the object acted on (ch_…, in_…) or the new object's owner
    std::optional<qint64> amount; // minor units
    QString currency;
    QString note; // reason or note the user gave
    QString summary; // the confirmation's words
    stripe::Request request;
    WriteCheck check;

    QJsonObject toJson() const;
    static std::optional<WriteIntent> fromJson(const QJsonObject &json);
    // Stripe keeps idempotency keys for at least 24 hours; after that a retry could write twice.
    bool isOlderThanIdempotencyWindow(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
};

// What became of a write.
struct WriteOutcome
{
    enum class Status {
        Succeeded,
        Failed, // Stripe refused it: nothing was written
        Unknown, // no answer (network, timeout, 5xx): it may or may not have happened
        Dismissed, // the user chose to forget an unknown outcome
    };
    Status status = Status::Unknown;
    QDateTime at;
    QString objectId;
    QString requestId;
    QString message;

    QJsonObject toJson(const QString &intentId) const;
    static std::optional<WriteOutcome> fromJson(const QJsonObject &json);
    static QString statusName(Status status);
};

} // namespace writes
