#include "src/sandbox/Server.h"

#include "src/sandbox/DemoData.h"
#include "src/sandbox/FormDecoder.h"
#include "src/sandbox/HttpServer.h"
#include "src/sandbox/SandboxKeys.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSaveFile>

namespace sandbox {

namespace {

QByteArray newRequestId()
{
    static const char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    QByteArray id = "req_";
    for (int i = 0; i < 14; ++i)
        id += alphabet[QRandomGenerator::global()->bounded(62)];
    return id;
}

QString masked(const QString &key)
{
    const qsizetype underscore = key.indexOf(QLatin1Char('_'), key.indexOf(QLatin1Char('_')) + 1);
    const QString prefix = underscore > 0 ? key.left(underscore + 1) : QString();
    return prefix + QStringLiteral("****") + key.right(4);
}

// The key from "Authorization: Bearer <key>" or HTTP Basic with the key as user name.
QString keyOf(const HttpRequest &request)
{
    const QByteArray header = request.header("authorization").trimmed();
    if (header.startsWith("Bearer "))
        return QString::fromUtf8(header.mid(7).trimmed());
    if (header.startsWith("Basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(header.mid(6).trimmed());
        return QString::fromUtf8(
            decoded.left(decoded.indexOf(':') < 0 ? decoded.size() : decoded.indexOf(':')));
    }
    return {};
}

} // namespace

Server::Server(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{
    addAccountRoutes(m_routes);
    addCustomerRoutes(m_routes);
    addInvoiceRoutes(m_routes);
    addInvoiceItemRoutes(m_routes);
    addProductRoutes(m_routes);
    addPromotionCodeRoutes(m_routes);
    addPaymentRoutes(m_routes);
    addEventRoutes(m_routes);
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(200);
    connect(&m_saveTimer, &QTimer::timeout, this, [this] { save(); });
}

Server::~Server()
{
    if (m_saveTimer.isActive())
        save();
}

bool Server::start(const Options &options, QString *error)
{
    m_options = options;
    m_faults.setLatency(options.latencyMs);
    bool loaded = false;
    if (!options.dataFile.isEmpty() && QFile::exists(options.dataFile)) {
        QFile file(options.dataFile);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1: %2").arg(options.dataFile, file.errorString());
            return false;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            *error
                = QStringLiteral("%1 is not a saved sandbox: it is cut short or is not JSON (%2 at byte %3)")
                      .arg(options.dataFile, parseError.errorString())
                      .arg(parseError.offset);
            return false;
        }
        const QJsonObject json = document.object();
        QString why;
        if (!m_store.fromJson(json.value(QLatin1String("store")).toObject(), &why)) {
            *error = QStringLiteral("%1 is not a saved sandbox: %2").arg(options.dataFile, why);
            return false;
        }
        m_idempotency.fromJson(json.value(QLatin1String("idempotency")).toObject());
        loaded = true;
    }
    if (!loaded) {
        DemoData::generate(m_store, options);
        if (!options.dataFile.isEmpty() && !save(error))
            return false;
    }
    m_http = std::make_unique<HttpServer>([this](const HttpRequest &request) { return handle(request); });
    return m_http->listen(options.listen, options.port, error);
}

QUrl Server::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_http ? m_http->address().toString() : QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

quint16 Server::port() const
{
    return m_http ? m_http->port() : 0;
}

bool Server::save(QString *error)
{
    m_saveTimer.stop();
    if (m_options.dataFile.isEmpty())
        return true;
    QSaveFile file(m_options.dataFile);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(m_options.dataFile, file.errorString());
        return false;
    }
    const QJsonObject json {{QStringLiteral("store"), m_store.toJson()},
                            {QStringLiteral("idempotency"), m_idempotency.toJson()}};
    file.write(QJsonDocument(json).toJson(QJsonDocument::Compact));
    if (!file.commit()) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(m_options.dataFile, file.errorString());
        return false;
    }
    return true;
}

void Server::changed()
{
    if (!m_options.dataFile.isEmpty())
        m_saveTimer.start();
}

HttpResponse Server::respond(const Reply &reply, const QByteArray &requestId) const
{
    HttpResponse response;
    response.status = reply.status;
    response.body
        = reply.bytes.isEmpty() ? QJsonDocument(reply.json).toJson(QJsonDocument::Compact) : reply.bytes;
    response.headers
        = {qMakePair(QByteArray("Content-Type"), QByteArray("application/json")),
           qMakePair(QByteArray("Request-Id"), requestId),
           qMakePair(QByteArray("Stripe-Version"), Contract::instance().apiVersion().toLatin1())};
    return response;
}

std::optional<Reply> Server::authenticate(const HttpRequest &request, Access *access) const
{
    const QString key = keyOf(request);
    const QString type = QStringLiteral("invalid_request_error");
    if (key.isEmpty())
        return Reply::error(
            401, type,
            QStringLiteral("You did not provide an API key. You need to provide your API key in the "
                           "Authorization header, using Bearer auth (e.g. 'Authorization: Bearer "
                           "YOUR_SECRET_KEY'). See https://stripe.com/docs/api#authentication for "
                           "details, or we can help at https://support.stripe.com/."));
    if (key.startsWith(QLatin1String("sk_live_")) || key.startsWith(QLatin1String("rk_live_")))
        return Reply::error(
            401, type,
            QStringLiteral("The Paydesk sandbox accepts only test-mode keys (sk_test_… or rk_test_…). "
                           "Live keys work with Stripe itself: %1")
                .arg(masked(key)));
    if (key == keys::expired())
        return Reply::error(401, type, QStringLiteral("Expired API Key provided: %1").arg(masked(key)), {},
                            QStringLiteral("api_key_expired"));
    if (key == keys::secret() || m_options.extraKeys.contains(key))
        *access = Access::Full;
    else if (key == keys::noInvoices())
        *access = Access::NoInvoices;
    else if (key == keys::readOnly())
        *access = Access::ReadOnly;
    else
        return Reply::error(401, type, QStringLiteral("Invalid API Key provided: %1").arg(masked(key)));
    return std::nullopt;
}

std::optional<Reply> Server::authorize(Access access, const QString &method, const QString &path) const
{
    QString permission;
    if (access == Access::NoInvoices) {
        if (path.startsWith(QLatin1String("/v1/invoice")))
            permission = method == QLatin1String("GET") ? QStringLiteral("rak_invoice_read")
                                                        : QStringLiteral("rak_invoice_write");
        else if (path == QLatin1String("/v1/account"))
            permission = QStringLiteral("rak_account_read");
    } else if (access == Access::ReadOnly && method != QLatin1String("GET")) {
        const QString resource = path.section(QLatin1Char('/'), 2, 2);
        permission = QStringLiteral("rak_%1_write")
                         .arg(resource.endsWith(QLatin1Char('s')) ? resource.chopped(1) : resource);
    }
    if (permission.isEmpty())
        return std::nullopt;
    const QString key = access == Access::NoInvoices ? keys::noInvoices() : keys::readOnly();
    return Reply::error(
        403, QStringLiteral("permission_error"),
        QStringLiteral("The provided key '%1' does not have the required permissions for this endpoint "
                       "on account '%2'. Having the '%3' permission would allow this request to continue.")
            .arg(masked(key), accountId(), permission));
}

void Server::ageEvents(int days)
{
    m_store.events().age(qint64(days) * 86400);
    changed();
}

HttpResponse Server::control(const HttpRequest &request, const QByteArray &requestId)
{
    // Test switches for a sandbox in another process; the server listens on loopback only.
    const auto form = FormDecoder::decode(request.body);
    if (request.method == "POST" && request.path == "/_sandbox/age_events") {
        bool ok = false;
        const int days = form.params.value(QStringLiteral("days")).toString().toInt(&ok);
        if (!ok || days < 0)
            return respond(Reply::invalid(QStringLiteral("age_events takes days=<non-negative integer>.")),
                           requestId);
        ageEvents(days);
        return respond(Reply::ok({{QStringLiteral("object"), QStringLiteral("sandbox_events")},
                                  {QStringLiteral("ok"), true}}),
                       requestId);
    }
    if (request.method != "POST" || request.path != "/_sandbox/faults")
        return respond(
            Reply::invalid(QStringLiteral("Unknown sandbox control: %1 %2")
                               .arg(QString::fromLatin1(request.method), QString::fromUtf8(request.path))),
            requestId);
    const QString problem = m_faults.apply(form.params);
    if (!problem.isEmpty())
        return respond(Reply::invalid(problem), requestId);
    return respond(Reply::ok({{QStringLiteral("object"), QStringLiteral("sandbox_faults")},
                              {QStringLiteral("ok"), true}}),
                   requestId);
}

HttpResponse Server::handle(const HttpRequest &request)
{
    const QByteArray requestId = newRequestId();
    const QString path = QString::fromUtf8(QByteArray::fromPercentEncoding(request.path));
    // Switched off, the control paths are unknown URLs like any other.
    if (m_options.allowFaultSwitches && request.path.startsWith("/_sandbox/"))
        return control(request, requestId);

    const Faults::Decision fault = m_faults.decide(request.method, request.path);
    const auto withFault = [&fault](HttpResponse response) {
        response.delayMs = fault.delayMs;
        return response;
    };
    if (fault.dropBeforeApply)
        return HttpResponse {0, {}, {}, true, fault.delayMs};
    if (fault.failStatus) {
        Reply reply = fault.failStatus == 429
            ? Reply::error(429, QStringLiteral("invalid_request_error"),
                           QStringLiteral("Too many requests hit the API too quickly. We recommend an "
                                          "exponential backoff of your requests."),
                           {}, QStringLiteral("rate_limit"))
            : Reply::error(fault.failStatus, QStringLiteral("api_error"),
                           QStringLiteral("An error occurred with our connection to Stripe. Request was "
                                          "retried on the server but still failed."));
        return withFault(respond(reply, requestId));
    }

    Access access = Access::Full;
    if (auto refused = authenticate(request, &access))
        return withFault(respond(*refused, requestId));

    const QString method = QString::fromLatin1(request.method);
    Call call;
    call.method = method;
    call.path = path;
    call.now = now();
    call.store = &m_store;
    call.endpoint = Contract::instance().find(method, path, &call.pathParams);
    if (!call.endpoint) {
        return withFault(respond(
            Reply::error(
                404, QStringLiteral("invalid_request_error"),
                QStringLiteral("Unrecognized request URL (%1: %2). Please see https://stripe.com/docs or we "
                               "can help at https://support.stripe.com/.")
                    .arg(method, path)),
            requestId));
    }
    if (auto refused = authorize(access, method, path))
        return withFault(respond(*refused, requestId));

    const auto decoded = FormDecoder::decode(method == QLatin1String("POST") ? request.body : request.query);
    if (!decoded.isOk())
        return withFault(respond(
            Reply::invalid(QStringLiteral("Invalid parameter name: %1").arg(decoded.error), decoded.error),
            requestId));
    call.params = decoded.params;
    if (auto problem = Contract::instance().validate(*call.endpoint, call.params))
        return withFault(respond(Reply::invalid(problem->message, problem->param, problem->code), requestId));

    // Idempotency: writes only; the first answer to a key is replayed, a different request
    // under the same key is refused.
    const QString key = QString::fromUtf8(request.header("idempotency-key"));
    const bool idempotent = method == QLatin1String("POST") && !key.isEmpty();
    const QByteArray fingerprint = request.method + ' ' + request.path + '\n'
        + QJsonDocument(QJsonObject::fromVariantMap(call.params)).toJson(QJsonDocument::Compact);
    if (key.size() > 255)
        return withFault(
            respond(Reply::invalid(QStringLiteral("Idempotency keys can be at most 255 characters long.")),
                    requestId));
    if (idempotent) {
        if (const auto stored = m_idempotency.find(key, call.now)) {
            if (stored->fingerprint != fingerprint)
                return withFault(
                    respond(Reply::error(
                                400, QStringLiteral("idempotency_error"),
                                QStringLiteral(
                                    "Keys for idempotent requests can only be used with the same parameters "
                                    "they were first used with. Try using a key other than '%1' if you meant "
                                    "to execute a different request.")
                                    .arg(key)),
                            requestId));
            HttpResponse replay = respond(Reply {stored->status, {}, stored->body}, requestId);
            replay.headers.append(qMakePair(QByteArray("Idempotent-Replayed"), QByteArray("true")));
            if (fault.dropAfterApply)
                replay.drop = true;
            return withFault(replay);
        }
    }

    const Handler handler = m_routes.value(routeKey(method, call.endpoint->path));
    // Every change the handler makes is an event of this request (a replay above made none).
    m_store.events().begin(QString::fromLatin1(requestId), idempotent ? key : QString(), call.now);
    const Reply reply = handler
        ? handler(call)
        : Reply::error(500, QStringLiteral("api_error"),
                       QStringLiteral("The sandbox does not implement %1 %2 yet.").arg(method, path));
    m_store.events().end();
    HttpResponse response = respond(reply, requestId);
    if (method != QLatin1String("GET")) {
        if (idempotent)
            m_idempotency.store(key, {fingerprint, response.status, response.body, call.now});
        changed();
    }
    // The write is applied (and its answer stored for the key) before the connection drops:
    // how a client's "never twice" promise is tested.
    if (fault.dropAfterApply)
        response.drop = true;
    return withFault(response);
}

} // namespace sandbox
