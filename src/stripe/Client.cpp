#include "stripe/Client.h"

#include "PaydeskVersion.h"
#include "stripe/ApiVersion.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <optional>

namespace stripe {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stripe::Client", text);
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// Qt's own errorString() repeats the whole URL; a person needs what happened.
QString describeNetworkError(QNetworkReply *network)
{
    switch (network->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return tr("the connection was refused");
    case QNetworkReply::RemoteHostClosedError:
        return tr("the connection was closed before an answer came");
    case QNetworkReply::HostNotFoundError:
        return tr("the server's name could not be found");
    case QNetworkReply::SslHandshakeFailedError:
        return tr("a secure connection could not be made: %1").arg(network->errorString());
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return tr("the network is not available");
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return tr("the proxy failed: %1").arg(network->errorString());
    default:
        return network->errorString();
    }
}

QString secondsText(std::chrono::milliseconds timeout)
{
    const qint64 seconds = std::max<qint64>(1, (timeout.count() + 999) / 1000);
    return seconds == 1 ? tr("1 second") : tr("%1 seconds").arg(seconds);
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
    // Nothing may call back into a client that is going away: detach every network reply
    // before QNetworkAccessManager's own destructor aborts them.
    for (Reply *reply : std::as_const(m_queue))
        reply->m_aborted = true;
    m_queue.clear();
    const auto replies = findChildren<Reply *>(QString(), Qt::FindDirectChildrenOnly);
    for (Reply *reply : replies) {
        reply->m_aborted = true;
        if (reply->m_network) {
            reply->m_network->disconnect(this);
            reply->m_network->abort();
        }
    }
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

Reply *Client::send(Request request)
{
    if (request.method == Request::Method::Post && request.idempotencyKey.isEmpty())
        request.idempotencyKey = newIdempotencyKey();
    auto *reply = new Reply(this, request);
    reply->m_startedAt = QDateTime::currentDateTime();
    reply->m_clock.start();

    QString whyNot;
    if (!isAcceptableBaseUrl(m_baseUrl, &whyNot) || m_apiKey.isEmpty() || isKeyRejected()) {
        // Answer asynchronously like any other reply, so callers have one code path.
        reply->m_error = isKeyRejected() ? m_rejection
            : m_apiKey.isEmpty()         ? Error::configuration(tr("No Stripe API key is set."))
                                         : Error::configuration(whyNot);
        QTimer::singleShot(0, reply, [this, reply] { finish(reply); });
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
    const Request &request = reply->m_request;
    QByteArray url = m_baseUrl.toEncoded(QUrl::StripTrailingSlash) + request.path.toUtf8();
    const QByteArray form = encodeForm(request.params);
    if (request.method != Request::Method::Post && !form.isEmpty())
        url += '?' + form;

    QNetworkRequest http(QUrl::fromEncoded(url, QUrl::StrictMode));
    http.setRawHeader("Authorization", "Bearer " + m_apiKey.toLatin1());
    http.setRawHeader("Stripe-Version", apiVersion);
    http.setRawHeader("User-Agent", QByteArrayLiteral("Paydesk/" PAYDESK_VERSION));
    http.setRawHeader("Accept", "application/json");
    http.setTransferTimeout(int(m_options.timeout.count()));
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
    reply->m_network = network;
    reply->m_sent = true;
    connect(network, &QNetworkReply::downloadProgress, this,
            [this, reply, network](qint64 received, qint64 total) {
                if (received > m_options.maxResponseBytes || total > m_options.maxResponseBytes) {
                    reply->m_tooLarge = true;
                    network->abort();
                }
            });
    connect(network, &QNetworkReply::finished, this,
            [this, reply, network] { onAttemptFinished(reply, network); });
}

void Client::onAttemptFinished(Reply *reply, QNetworkReply *network)
{
    network->disconnect(this);
    network->deleteLater();
    reply->m_network = nullptr;
    --m_inFlight;

    const QVariant status = network->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    RetryPolicy::Attempt attempt;
    attempt.gotResponse = status.isValid() && !reply->m_tooLarge;
    Error error;
    QByteArray body;
    JsonOutline outline;
    std::optional<QJsonObject> built; // when Qt's parser had to read the answer
    if (reply->m_tooLarge) {
        error.kind = Error::Kind::InvalidResponse;
        error.detail = tr("the answer was larger than %1 MB").arg(m_options.maxResponseBytes / (1024 * 1024));
    } else if (!attempt.gotResponse) {
        const bool timedOut = network->error() == QNetworkReply::OperationCanceledError;
        error.kind = timedOut ? Error::Kind::Timeout : Error::Kind::Network;
        error.detail = timedOut ? secondsText(m_options.timeout) : describeNetworkError(network);
        attempt.tlsFailure = network->error() == QNetworkReply::SslHandshakeFailedError;
    } else {
        attempt.httpStatus = status.toInt();
        attempt.shouldRetryHeader = network->rawHeader("Stripe-Should-Retry").trimmed().toLower();
        attempt.retryAfter = RetryPolicy::parseRetryAfter(network->rawHeader("Retry-After"));
        body = network->readAll();
        const QByteArray requestId = network->rawHeader("Request-Id");
        reply->m_httpStatus = attempt.httpStatus;
        reply->m_requestId = QString::fromLatin1(requestId);
        reply->m_replayed = network->rawHeader("Idempotent-Replayed").trimmed().toLower() == "true";

        // The outline validates the answer without building it (most of a list page is rows
        // nobody reads yet); what it cannot vouch for, Qt's parser reads and judges.
        outline = JsonOutline::of(body);
        QJsonParseError parseError {};
        bool isObject = outline.isObject;
        // Stripe's libraries treat any JSON body with an "error" key as a failure, whatever
        // the status says.
        bool isStripeError = outline.hasError;
        if (!outline.isObject) {
            const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
            isObject = document.isObject();
            isStripeError = isObject && document.object().contains(QLatin1String("error"));
            built = document.object();
        }
        if (attempt.httpStatus >= 200 && attempt.httpStatus < 300 && !isStripeError) {
            if (!isObject) {
                error.kind = Error::Kind::InvalidResponse;
                error.httpStatus = attempt.httpStatus;
                error.requestId = reply->m_requestId;
                error.detail = parseError.error != QJsonParseError::NoError
                    ? tr("invalid JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString())
                    : tr("a JSON object was expected");
            }
        } else {
            error = Error::fromHttp(attempt.httpStatus, body, requestId);
        }
    }

    if (error.isError() && !reply->m_tooLarge && m_options.retry.shouldRetry(attempt, reply->m_retries)) {
        ++reply->m_retries;
        const auto delay = m_options.retry.delayBefore(reply->m_retries, attempt);
        // The reply is the timer's context: an abort during the wait cancels the retry.
        QTimer::singleShot(delay, reply, [this, reply] {
            m_queue.prepend(reply);
            dispatch();
        });
    } else {
        if (!error.isError()) {
            reply->m_body = std::move(body);
            reply->m_outline = std::move(outline);
            if (built) {
                reply->m_object = *built;
                reply->m_built = true;
            }
        }
        reply->m_error = error;
        const bool firstRejection
            = error.kind == Error::Kind::Api && error.isAuthentication() && !isKeyRejected();
        if (firstRejection)
            m_rejection = error;
        finish(reply);
        if (firstRejection)
            emit keyRejected(error);
    }
    dispatch();
}

void Client::finish(Reply *reply)
{
    reply->m_finished = true;
    // A reply refused before it reached the network says so in the log.
    log(reply,
        reply->m_sent ? outcomeText(reply->m_error)
                      : QStringLiteral("not sent: ") + outcomeText(reply->m_error));
    emit reply->finished();
    reply->deleteLater();
}

void Client::abort(Reply *reply)
{
    if (reply->m_finished || reply->m_aborted)
        return;
    detach(reply);
    reply->deleteLater();
}

void Client::detach(Reply *reply)
{
    reply->m_aborted = true;
    m_queue.removeOne(reply);
    if (QNetworkReply *network = reply->m_network) {
        reply->m_network = nullptr;
        network->disconnect(this);
        network->abort();
        network->deleteLater();
        --m_inFlight;
    }
    log(reply, QStringLiteral("cancelled"));
    // Let a queued request take the freed slot once control returns to the event loop, so a
    // caller aborting inside a loop never re-enters the client.
    QMetaObject::invokeMethod(this, &Client::dispatch, Qt::QueuedConnection);
}

void Client::log(const Reply *reply, const QString &outcome)
{
    RequestLogEntry entry;
    entry.startedAt = reply->m_startedAt;
    entry.method = QString::fromLatin1(reply->m_request.methodName());
    entry.path = reply->m_request.path;
    entry.httpStatus = reply->m_httpStatus;
    entry.requestId = reply->m_requestId;
    entry.idempotencyKey = reply->m_request.idempotencyKey;
    entry.durationMs = reply->m_clock.elapsed();
    entry.retries = reply->m_retries;
    entry.outcome = outcome;
    m_log.append(entry);
}

} // namespace stripe
