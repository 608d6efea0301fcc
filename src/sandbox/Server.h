#pragma once

#include "src/sandbox/Faults.h"
#include "src/sandbox/HttpMessage.h"
#include "src/sandbox/IdempotencyCache.h"
#include "src/sandbox/Options.h"
#include "src/sandbox/Routes.h"
#include "src/sandbox/Store.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>

namespace sandbox {

class HttpServer;

// The Stripe-compatible server: authentication, the contract's validation, idempotency, faults,
// routing to the resource handlers, and persistence. It lives on one thread; EmbeddedServer
// runs it on a thread of its own.
class Server : public QObject
{
    Q_OBJECT

public:
    explicit Server(QObject *parent = nullptr);
    ~Server() override;

    // Loads --data (or makes demo data from the seed) and listens.
    bool start(const Options &options, QString *error);
    QUrl url() const;
    quint16 port() const;

    Faults &faults() { return m_faults; }
    Store &store() { return m_store; }
    // Seconds since the epoch; tests move it to age idempotency keys.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    qint64 now() const { return m_clock(); }
    // Moves every recorded event `days` into the past, as if they had happened then: how tests
    // reach Stripe's 30-day window (also POST /_sandbox/age_events days=N with fault switches on).
    void ageEvents(int days);

    // Answers one request without a socket (the HTTP server calls this; so can a benchmark).
    HttpResponse handle(const HttpRequest &request);
    // Writes --data now (it is also written shortly after every change and on destruction).
    bool save(QString *error = nullptr);

    static QString accountId() { return QStringLiteral("acct_1SandboxPaydesk0"); }

private:
    HttpResponse respond(const Reply &reply, const QByteArray &requestId) const;
    std::optional<Reply> authenticate(const HttpRequest &request, Access *access) const;
    std::optional<Reply> authorize(Access access, const QString &method, const QString &path) const;
    HttpResponse control(const HttpRequest &request, const QByteArray &requestId);
    void changed();

    Options m_options;
    Store m_store;
    Faults m_faults;
    IdempotencyCache m_idempotency;
    Routes m_routes;
    std::unique_ptr<HttpServer> m_http;
    std::function<qint64()> m_clock;
    QTimer m_saveTimer;
};

} // namespace sandbox
