#include "src/stripe/Client.h"

#include "PaydeskVersion.h"
#include "src/stripe/ApiVersion.h"
#include "src/stripe/Attempt.h"
#include "src/stripe/AttemptVerdict.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace stripe {

namespace {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString outcomeText(const Error &error)
{
    switch (error.kind) {
    case Error::Kind::None:
        return QStringLiteral("ok");
    case Error::Kind::Configuration:
        return QStringLiteral("refused before sending");
    case Error::Kind::Network:
        return QStringLiteral("network error");
    case Error::Kind::Timeout:
        return QStringLiteral("timeout");
    case Error::Kind::Http:
        return QStringLiteral("http error");
    case Error::Kind::InvalidResponse:
        return QStringLiteral("unreadable answer");
    case Error::Kind::Api:
        return error.code.isEmpty() ? error.type : error.code;
    }
    return {};
}

} // namespace

const QUrl Client::defaultBaseUrl(QStringLiteral("https://api.stripe.com"));

Client::Client(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_baseUrl(defaultBaseUrl)
{
    // Redirects are refused rather than followed: Stripe never redirects, and following one
    // would send the Authorization header wherever a hijacked answer pointed.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

Client::~Client()
{
    // Nothing may call back into a client that is going away: cancel every reply, which stops
    // its network reply, before QNetworkAccessManager's own destructor aborts them.
    m_queue.clear();
    const auto replies = findChildren<Reply *>(QString(), Qt::FindDirectChildrenOnly);
    for (Reply *reply : replies)
        reply->cancel({});
    delete m_network;
}

bool Client::isAcceptableBaseUrl(const QUrl &url, QString *whyNot)
{
    auto refuse = [whyNot](const QString &reason) {
        if (whyNot)
            *whyNot = reason;
        return false;
    };
    if (!url.isValid() || url.host().isEmpty())
        return refuse(tr("“%1” is not a valid server address.").arg(url.toDisplayString()));
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return refuse(tr("A server address cannot carry a user name, a query or a fragment."));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return true;
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(url.host()))
            return true;
        return refuse(
            tr("Paydesk only talks plain http:// to this computer (localhost). Use https:// for %1, "
               "so that the API key never crosses a network unencrypted.")
                .arg(url.host()));
    }
    return refuse(tr("“%1” is not an http or https address.").arg(url.toDisplayString()));
}

bool Client::setBaseUrl(const QUrl &url, QString *whyNot)
{
    if (!isAcceptableBaseUrl(url, whyNot))
        return false;
    m_baseUrl = url;
    return true;
}

void Client::setApiKey(const QString &key)
{
    m_apiKey = key;
    m_rejection = {};
}

std::unique_ptr<Client> Client::sibling(const Options &options, QObject *parent) const
{
    auto client = std::make_unique<Client>(parent);
    client->m_baseUrl = m_baseUrl;
    client->m_apiKey = m_apiKey;
    client->m_options = options;
    return client;
}

Reply *Client::send(Request request)
{
    if (request.method == Request::Method::Post && request.idempotencyKey.isEmpty())
        request.idempotencyKey = newIdempotencyKey();
    auto *reply = new Reply({}, this, request);

    QString whyNot;
    // apiPath leaves the path empty when an id in it is not shaped like one: nothing is sent.
    if (!request.path.startsWith(QLatin1String("/v1/")))
        whyNot = tr("Not sent: an ID in this request is not shaped like a Stripe ID.");
    if (!whyNot.isEmpty() || !isAcceptableBaseUrl(m_baseUrl, &whyNot) || m_apiKey.isEmpty()
        || isKeyRejected()) {
        // Answer asynchronously like any other reply, so callers have one code path.
        const Error error = isKeyRejected() ? m_rejection
            : m_apiKey.isEmpty()            ? Error::configuration(tr("No Stripe API key is set."))
                                            : Error::configuration(whyNot);
        QTimer::singleShot(0, reply, [this, reply, error] { fail(reply, error); });
        return reply;
    }
    m_queue.append(reply);
    dispatch();
    return reply;
}

void Client::abortAll()
{
    const auto replies = findChildren<Reply *>(QString(), Qt::FindDirectChildrenOnly);
    for (Reply *reply : replies)
        abort(reply);
}

void Client::dispatch()
{
    while (m_inFlight < std::max(1, m_options.maxInFlight) && !m_queue.isEmpty())
        startAttempt(m_queue.takeFirst());
}

void Client::startAttempt(Reply *reply)
{
    const Request &request = reply->request();
    QByteArray url = m_baseUrl.toEncoded(QUrl::StripTrailingSlash) + request.path.toUtf8();
    const QByteArray form = encodeForm(request.params);
    if (request.method != Request::Method::Post && !form.isEmpty())
        url += '?' + form;

    QNetworkRequest http(QUrl::fromEncoded(url, QUrl::StrictMode));
    http.setRawHeader("Authorization", "Bearer " + m_apiKey.toLatin1());
    http.setRawHeader("Stripe-Version", apiVersion);
    http.setRawHeader("User-Agent", QByteArrayLiteral("Paydesk/" PAYDESK_VERSION));
    http.setRawHeader("Accept", "application/json");
    http.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);

    QNetworkReply *network = nullptr;
    switch (request.method) {
    case Request::Method::Get:
        network = m_network->get(http);
        break;
    case Request::Method::Delete:
        network = m_network->deleteResource(http);
        break;
    case Request::Method::Post:
        http.setHeader(QNetworkRequest::ContentTypeHeader,
                       QByteArrayLiteral("application/x-www-form-urlencoded"));
        http.setRawHeader("Idempotency-Key", request.idempotencyKey.toUtf8());
        network = m_network->post(http, form);
        break;
    }
    ++m_inFlight;
    auto *attempt = new Attempt(network, {m_options.timeout, m_options.maxResponseBytes}, reply);
    reply->beginAttempt({}, attempt);
    connect(attempt, &Attempt::ended, this,
            [this, reply](const AttemptResult &result) { onAttemptFinished(reply, result); });
}

void Client::onAttemptFinished(Reply *reply, const AttemptResult &result)
{
    reply->endAttempt({});
    --m_inFlight;
    AttemptVerdict verdict = classifyAttempt(result);
    if (verdict.httpStatus > 0)
        reply->recordAnswer({}, verdict.httpStatus, verdict.requestId, verdict.replayed);

    if (!verdict.error.isError()) {
        log(reply, outcomeText(verdict.error));
        reply->complete({}, result.body, std::move(verdict.outline), std::move(verdict.object));
    } else if (m_options.retry.shouldRetry(verdict.retry, reply->retries())) {
        const auto delay = m_options.retry.delayBefore(reply->retries() + 1, verdict.retry);
        reply->waitToRetry({}, delay, [this, reply] {
            m_queue.prepend(reply);
            dispatch();
        });
    } else {
        fail(reply, verdict.error);
    }
    dispatch();
}

void Client::fail(Reply *reply, const Error &error)
{
    // A reply refused before sending fails from a zero-time timer: the caller may have aborted
    // it in between, and then it must never say finished.
    if (reply->state() == Reply::State::Aborted || reply->isFinished())
        return;
    const bool firstRejection
        = error.kind == Error::Kind::Api && error.isAuthentication() && !isKeyRejected();
    if (firstRejection)
        m_rejection = error;
    // A reply refused before it reached the network says so in the log.
    log(reply, reply->wasSent() ? outcomeText(error) : QStringLiteral("not sent: ") + outcomeText(error));
    reply->fail({}, error);
    if (firstRejection)
        emit keyRejected(error);
}

void Client::abort(Reply *reply)
{
    if (reply->isFinished() || reply->state() == Reply::State::Aborted)
        return;
    release(reply);
    reply->deleteLater();
}

void Client::release(Reply *reply)
{
    m_queue.removeOne(reply);
    if (reply->cancel({}))
        --m_inFlight;
    log(reply, QStringLiteral("cancelled"));
    // Let a queued request take the freed slot once control returns to the event loop, so a
    // caller aborting inside a loop never re-enters the client.
    QMetaObject::invokeMethod(this, &Client::dispatch, Qt::QueuedConnection);
}

void Client::log(const Reply *reply, const QString &outcome)
{
    RequestLogEntry entry;
    entry.startedAt = reply->startedAt();
    entry.method = QString::fromLatin1(reply->request().methodName());
    entry.path = reply->request().path;
    entry.httpStatus = reply->httpStatus();
    entry.requestId = reply->requestId();
    entry.idempotencyKey = reply->request().idempotencyKey;
    entry.durationMs = reply->elapsed().count();
    entry.retries = reply->retries();
    entry.outcome = outcome;
    m_log.append(entry);
}

} // namespace stripe
