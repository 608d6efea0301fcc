#pragma once

#include "tests/support/ScriptedHttpServer.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

// Stripe's list rules over lists the test controls, served over real HTTP by ScriptedHttpServer:
// newest first, limit, starting_after (older), ending_before (the page just newer, still newest
// first), has_more, 404 resource_missing for a cursor it does not know. For what the sandbox
// cannot be made to do: an invoice whose lines do not all come with it, a cursor that vanished,
// a GET /v1/events whose events the test writes (until the sandbox records its own).
class ScriptedStripe
{
public:
    ScriptedStripe();

    QUrl url() const { return m_server.url(); }
    ScriptedHttpServer &server() { return m_server; }

    // The list at path, newest first (index 0 is the newest).
    QList<QJsonObject> &list(const QString &path) { return m_lists[path]; }
    // Adds a newer object at the top of a list.
    void prepend(const QString &path, const QJsonObject &object) { m_lists[path].prepend(object); }
    // Adds an event to GET /v1/events (newest at the top), with a fresh id and the given
    // created time; returns the event.
    QJsonObject addEvent(const QString &type, const QJsonObject &object, qint64 created,
                         const QJsonObject &previous = {});
    // Forgets every event older than `created` (Stripe keeps 30 days).
    void dropEventsBefore(qint64 created);

    // Answers for which this returns a response instead of the list (faults); by path prefix.
    void setOverride(
        std::function<std::optional<ScriptedHttpServer::Response>(const ScriptedHttpServer::Request &)>
            override)
    {
        m_override = std::move(override);
    }
    // Every list answer waits this long (a slow network), so a test can act mid-listing.
    void setLatency(int ms) { m_latencyMs = ms; }
    // GET requests whose path starts with the prefix, as "path?query".
    QStringList requests(const QString &prefix = {}) const;

private:
    ScriptedHttpServer::Response answer(const ScriptedHttpServer::Request &request);

    ScriptedHttpServer m_server;
    QHash<QString, QList<QJsonObject>> m_lists;
    std::function<std::optional<ScriptedHttpServer::Response>(const ScriptedHttpServer::Request &)>
        m_override;
    int m_eventNumber = 0;
    int m_latencyMs = 0;
};
