#include "src/writes/WriteIntent.h"

#include <QJsonArray>

namespace writes {

namespace {

QString methodName(stripe::Request::Method method)
{
    switch (method) {
    case stripe::Request::Method::Get:
        return QStringLiteral("GET");
    case stripe::Request::Method::Post:
        return QStringLiteral("POST");
    case stripe::Request::Method::Delete:
        return QStringLiteral("DELETE");
    }
    return {};
}

std::optional<stripe::Request::Method> methodFromName(const QString &name)
{
    if (name == QLatin1String("GET"))
        return stripe::Request::Method::Get;
    if (name == QLatin1String("POST"))
        return stripe::Request::Method::Post;
    if (name == QLatin1String("DELETE"))
        return stripe::Request::Method::Delete;
    return std::nullopt;
}

QString checkKindName(WriteCheck::Kind kind)
{
    switch (kind) {
    case WriteCheck::Kind::ListHasIntent:
        return QStringLiteral("list_has_intent");
    case WriteCheck::Kind::FieldEquals:
        return QStringLiteral("field_equals");
    case WriteCheck::Kind::Gone:
        return QStringLiteral("gone");
    }
    return {};
}

} // namespace

QStringList WriteCheck::fieldPath() const
{
    static const QLatin1String metadata("metadata.");
    if (field.startsWith(metadata))
        return {QStringLiteral("metadata"), field.mid(metadata.size())};
    return field.split(QLatin1Char('.'));
}

QJsonObject WriteCheck::toJson() const
{
    return {{QStringLiteral("kind"), checkKindName(kind)},
            {QStringLiteral("path"), path},
            {QStringLiteral("params"), QJsonObject::fromVariantMap(params)},
            {QStringLiteral("field"), field},
            {QStringLiteral("value"), value}};
}

WriteCheck WriteCheck::fromJson(const QJsonObject &json)
{
    WriteCheck check;
    const QString kind = json.value(QLatin1String("kind")).toString();
    check.kind = kind == QLatin1String("field_equals") ? Kind::FieldEquals
        : kind == QLatin1String("gone")                ? Kind::Gone
                                                       : Kind::ListHasIntent;
    check.path = json.value(QLatin1String("path")).toString();
    check.params = json.value(QLatin1String("params")).toObject().toVariantMap();
    check.field = json.value(QLatin1String("field")).toString();
    check.value = json.value(QLatin1String("value")).toString();
    return check;
}

QJsonObject WriteIntent::toJson() const
{
    QJsonObject json {{QStringLiteral("type"), QStringLiteral("intent")},
                      {QStringLiteral("intent"), id},
                      {QStringLiteral("at"), createdAt.toUTC().toString(Qt::ISODateWithMs)},
                      {QStringLiteral("user"), user},
                      {QStringLiteral("account"), accountId},
                      {QStringLiteral("mode"), accounts::modeName(mode)},
                      {QStringLiteral("operation"), operation},
                      {QStringLiteral("target"), target},
                      {QStringLiteral("note"), note},
                      {QStringLiteral("summary"), summary},
                      {QStringLiteral("request"),
                       QJsonObject {{QStringLiteral("method"), methodName(request.method)},
                                    {QStringLiteral("path"), request.path},
                                    {QStringLiteral("params"), QJsonObject::fromVariantMap(request.params)}}},
                      {QStringLiteral("check"), check.toJson()}};
    if (amount) {
        json.insert(QStringLiteral("amount"), *amount);
        json.insert(QStringLiteral("currency"), currency);
    }
    return json;
}

std::optional<WriteIntent> WriteIntent::fromJson(const QJsonObject &json)
{
    if (json.value(QLatin1String("type")).toString() != QLatin1String("intent"))
        return std::nullopt;
    WriteIntent intent;
    intent.id = json.value(QLatin1String("intent")).toString();
    intent.createdAt = QDateTime::fromString(json.value(QLatin1String("at")).toString(), Qt::ISODateWithMs);
    const QJsonObject request = json.value(QLatin1String("request")).toObject();
    const auto method = methodFromName(request.value(QLatin1String("method")).toString());
    if (intent.id.isEmpty() || !intent.createdAt.isValid() || !method)
        return std::nullopt;
    intent.user = json.value(QLatin1String("user")).toString();
    intent.accountId = json.value(QLatin1String("account")).toString();
    // A mode the journal cannot read is shown as live: never mistake real money for play.
    intent.mode
        = accounts::modeFromName(json.value(QLatin1String("mode")).toString()).value_or(accounts::Mode::Live);
    intent.operation = json.value(QLatin1String("operation")).toString();
    intent.target = json.value(QLatin1String("target")).toString();
    intent.note = json.value(QLatin1String("note")).toString();
    intent.summary = json.value(QLatin1String("summary")).toString();
    if (json.value(QLatin1String("amount")).isDouble()) {
        intent.amount = json.value(QLatin1String("amount")).toInteger();
        intent.currency = json.value(QLatin1String("currency")).toString();
    }
    intent.request.method = *method;
    intent.request.path = request.value(QLatin1String("path")).toString();
    intent.request.params = request.value(QLatin1String("params")).toObject().toVariantMap();
    intent.request.idempotencyKey = intent.id;
    intent.check = WriteCheck::fromJson(json.value(QLatin1String("check")).toObject());
    return intent;
}

bool WriteIntent::isOlderThanIdempotencyWindow(const QDateTime &now) const
{
    return createdAt.secsTo(now) >= 24 * 60 * 60;
}

QString WriteOutcome::statusName(Status status)
{
    switch (status) {
    case Status::Succeeded:
        return QStringLiteral("succeeded");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::Unknown:
        return QStringLiteral("unknown");
    case Status::Dismissed:
        return QStringLiteral("dismissed");
    }
    return {};
}

QJsonObject WriteOutcome::toJson(const QString &intentId) const
{
    return {{QStringLiteral("type"), QStringLiteral("outcome")},
            {QStringLiteral("intent"), intentId},
            {QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("status"), statusName(status)},
            {QStringLiteral("object"), objectId},
            {QStringLiteral("request_id"), requestId},
            {QStringLiteral("message"), message}};
}

std::optional<WriteOutcome> WriteOutcome::fromJson(const QJsonObject &json)
{
    if (json.value(QLatin1String("type")).toString() != QLatin1String("outcome"))
        return std::nullopt;
    WriteOutcome outcome;
    const QString status = json.value(QLatin1String("status")).toString();
    if (status == statusName(Status::Succeeded))
        outcome.status = Status::Succeeded;
    else if (status == statusName(Status::Failed))
        outcome.status = Status::Failed;
    else if (status == statusName(Status::Dismissed))
        outcome.status = Status::Dismissed;
    else
        outcome.status = Status::Unknown;
    outcome.at = QDateTime::fromString(json.value(QLatin1String("at")).toString(), Qt::ISODateWithMs);
    outcome.objectId = json.value(QLatin1String("object")).toString();
    outcome.requestId = json.value(QLatin1String("request_id")).toString();
    outcome.message = json.value(QLatin1String("message")).toString();
    return outcome;
}

} // namespace writes
