#include "tests/integration/mirror/support/ScriptedStripe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

using Response = ScriptedHttpServer::Response;

ScriptedStripe::ScriptedStripe()
{
    m_server.setHandler([this](const ScriptedHttpServer::Request &request) { return answer(request); });
}

QJsonObject ScriptedStripe::addEvent(const QString &type, const QJsonObject &object, qint64 created,
                                     const QJsonObject &previous)
{
    QJsonObject data {{"object", object}};
    if (!previous.isEmpty())
        data.insert("previous_attributes", previous);
    const QJsonObject event {
        {"id", QStringLiteral("evt_%1").arg(++m_eventNumber, 6, 10, QLatin1Char('0'))},
        {"object", "event"},
        {"type", type},
        {"created", created},
        {"api_version", "2026-10-28.endive"},
        {"livemode", false},
        {"pending_webhooks", 0},
        {"request", QJsonObject {{"id", QJsonValue::Null}, {"idempotency_key", QJsonValue::Null}}},
        {"data", data}};
    m_lists["/v1/events"].prepend(event);
    return event;
}

void ScriptedStripe::dropEventsBefore(qint64 created)
{
    auto &events = m_lists["/v1/events"];
    events.erase(
        std::remove_if(events.begin(), events.end(),
                       [created](const QJsonObject &e) { return e.value("created").toInteger() < created; }),
        events.end());
}

QStringList ScriptedStripe::requests(const QString &prefix) const
{
    QStringList seen;
    for (const auto &request : m_server.requests())
        if (request.method == "GET" && QString::fromUtf8(request.path).startsWith(prefix))
            seen << QString::fromUtf8(request.path + (request.query.isEmpty() ? "" : "?" + request.query));
    return seen;
}

Response ScriptedStripe::answer(const ScriptedHttpServer::Request &request)
{
    if (m_override)
        if (auto overridden = m_override(request))
            return *overridden;
    const QString path = QString::fromUtf8(request.path);
    if (request.method != "GET" || !m_lists.contains(path))
        return Response::stripeError(404, "invalid_request_error", "Unrecognized request URL");
    QHash<QString, QString> query;
    for (const auto &[key, value] :
         QUrlQuery(QString::fromUtf8(request.query)).queryItems(QUrl::FullyDecoded))
        query.insert(key, value);
    const QList<QJsonObject> &list = m_lists[path];
    const int limit = query.value("limit", "10").toInt();
    const QString after = query.value("starting_after");
    const QString before = query.value("ending_before");
    auto indexOf = [&](const QString &id) {
        for (int i = 0; i < list.size(); ++i)
            if (list.at(i).value("id").toString() == id)
                return i;
        return -1;
    };
    QJsonArray data;
    bool hasMore = false;
    if (!before.isEmpty()) {
        const int cursor = indexOf(before);
        if (cursor < 0)
            return Response::json(
                404,
                QJsonDocument(QJsonObject {{"error",
                                            QJsonObject {{"type", "invalid_request_error"},
                                                         {"code", "resource_missing"},
                                                         {"param", "ending_before"},
                                                         {"message", "No such object: " + before}}}})
                    .toJson());
        const int start = std::max(0, cursor - limit);
        for (int i = start; i < cursor; ++i)
            data.append(list.at(i));
        hasMore = start > 0;
    } else {
        int start = 0;
        if (!after.isEmpty()) {
            const int cursor = indexOf(after);
            if (cursor < 0)
                return Response::json(
                    404,
                    QJsonDocument(QJsonObject {{"error",
                                                QJsonObject {{"type", "invalid_request_error"},
                                                             {"code", "resource_missing"},
                                                             {"param", "starting_after"},
                                                             {"message", "No such object: " + after}}}})
                        .toJson());
            start = cursor + 1;
        }
        for (int i = start; i < list.size() && data.size() < limit; ++i)
            data.append(list.at(i));
        hasMore = start + data.size() < list.size();
    }
    return Response::json(
        200,
        QJsonDocument(QJsonObject {{"object", "list"}, {"url", path}, {"has_more", hasMore}, {"data", data}})
            .toJson(QJsonDocument::Compact));
}
