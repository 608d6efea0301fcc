#include "src/sandbox/EventLog.h"
#include "src/sandbox/Lists.h"
#include "src/sandbox/Routes.h"

#include <QRegularExpression>

namespace sandbox {

namespace {

// "invoice.*" and other patterns with * wildcards (docs.stripe.com/api/events/list: type).
QRegularExpression typePattern(const QString &type)
{
    QStringList parts = type.split(QLatin1Char('*'));
    for (QString &part : parts)
        part = QRegularExpression::escape(part);
    return QRegularExpression(QRegularExpression::anchoredPattern(parts.join(QStringLiteral(".*"))));
}

std::optional<Reply> typeFilter(const Call &call, lists::Predicate *keep)
{
    const bool hasType = call.has(QStringLiteral("type"));
    const bool hasTypes = call.has(QStringLiteral("types"));
    if (hasType && hasTypes)
        return Reply::invalid(QStringLiteral("You may only specify one of these parameters: type, types."),
                              QStringLiteral("types"), QStringLiteral("parameters_exclusive"));
    if (hasType) {
        const QRegularExpression pattern = typePattern(call.string(QStringLiteral("type")));
        *keep = [pattern](const QJsonObject &event) {
            return pattern.match(event.value(QLatin1String("type")).toString()).hasMatch();
        };
    } else if (hasTypes) {
        QStringList types;
        for (const QVariant &type : call.params.value(QStringLiteral("types")).toList())
            types << type.toString();
        if (types.size() > 20)
            return Reply::invalid(
                QStringLiteral("You may pass at most 20 types; you passed %1.").arg(types.size()),
                QStringLiteral("types"));
        *keep = [types](const QJsonObject &event) {
            return types.contains(event.value(QLatin1String("type")).toString());
        };
    }
    return std::nullopt;
}

// Events have no expandable fields.
std::optional<Reply> noExpansions(const Call &call)
{
    const QStringList paths = call.expand();
    if (paths.isEmpty())
        return std::nullopt;
    return Reply::invalid(QStringLiteral("This property cannot be expanded (%1).").arg(paths.first()),
                          QStringLiteral("expand"));
}

Reply list(Call &call)
{
    if (auto error = noExpansions(call))
        return *error;
    lists::Predicate type;
    if (auto error = typeFilter(call, &type))
        return *error;
    lists::Predicate delivered;
    // pending_webhooks counts deliveries not yet made: none without webhook endpoints.
    if (const auto wanted = call.boolean(QStringLiteral("delivery_success")))
        delivered = [wanted](const QJsonObject &event) {
            return (event.value(QLatin1String("pending_webhooks")).toInteger() == 0) == *wanted;
        };
    EventLog &log = call.store->events();
    log.prune(call.now);
    const qint64 now = call.now;
    const lists::Predicate kept = [now](const QJsonObject &event) { return EventLog::isKept(event, now); };
    return lists::page(call, log.recorded(), QStringLiteral("/v1/events"),
                       lists::all({kept, lists::createdFilter(call), type, delivered}));
}

Reply retrieve(Call &call)
{
    if (auto error = noExpansions(call))
        return *error;
    const QString id = call.pathParam("id");
    // "Retrieves an event if it was created in the last 30 days."
    const QJsonObject *event = call.store->events().recorded().find(id);
    if (!event || !EventLog::isKept(*event, call.now))
        return Reply::missing(QStringLiteral("event"), id, QStringLiteral("id"));
    return Reply::ok(*event);
}

} // namespace

void addEventRoutes(Routes &routes)
{
    routes.insert(routeKey(QStringLiteral("GET"), QStringLiteral("/v1/events")), list);
    routes.insert(routeKey(QStringLiteral("GET"), QStringLiteral("/v1/events/{id}")), retrieve);
}

} // namespace sandbox
