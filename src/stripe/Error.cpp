#include "stripe/Error.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace stripe {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stripe::Error", text);
}

QString reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 402:
        return QStringLiteral("Request Failed");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 409:
        return QStringLiteral("Conflict");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 500:
        return QStringLiteral("Internal Server Error");
    case 502:
        return QStringLiteral("Bad Gateway");
    case 503:
        return QStringLiteral("Service Unavailable");
    case 504:
        return QStringLiteral("Gateway Timeout");
    default:
        return {};
    }
}

QString withRequestId(const QString &sentence, const QString &requestId)
{
    if (requestId.isEmpty())
        return sentence;
    return tr("%1 (Request ID: %2)").arg(sentence, requestId);
}

QString endWithPeriod(QString sentence)
{
    sentence = sentence.trimmed();
    if (!sentence.isEmpty() && !sentence.endsWith(QLatin1Char('.')) && !sentence.endsWith(QLatin1Char('?'))
        && !sentence.endsWith(QLatin1Char('!')))
        sentence += QLatin1Char('.');
    return sentence;
}

} // namespace

Error Error::configuration(const QString &message)
{
    Error error;
    error.kind = Kind::Configuration;
    error.message = message;
    return error;
}

Error Error::fromHttp(int status, const QByteArray &body, const QByteArray &requestId)
{
    Error error;
    error.httpStatus = status;
    error.requestId = QString::fromLatin1(requestId);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QJsonValue stripeError
        = document.isObject() ? document.object().value(QLatin1String("error")) : QJsonValue();
    if (!stripeError.isObject()) {
        error.kind = Kind::Http;
        const bool looksLikeHtml = body.trimmed().startsWith('<');
        error.detail = looksLikeHtml ? tr("a web page instead of Stripe's answer")
            : body.isEmpty()         ? tr("an empty answer")
                                     : tr("an answer that is not Stripe's error format");
        return error;
    }
    const QJsonObject object = stripeError.toObject();
    auto text = [&object](const char *key) { return object.value(QLatin1String(key)).toString(); };
    error.kind = Kind::Api;
    error.type = text("type");
    error.code = text("code");
    error.declineCode = text("decline_code");
    error.message = text("message");
    error.param = text("param");
    error.docUrl = text("doc_url");
    error.requestLogUrl = text("request_log_url");
    return error;
}

QString describe(const Error &error)
{
    switch (error.kind) {
    case Error::Kind::None:
        return {};
    case Error::Kind::Configuration:
        return endWithPeriod(error.message);
    case Error::Kind::Network:
        return withRequestId(
            tr("Paydesk could not reach Stripe (%1). Check the network connection and try again.")
                .arg(error.detail),
            error.requestId);
    case Error::Kind::Timeout:
        return withRequestId(
            tr("Stripe did not answer within %1. Check the network connection and try again.")
                .arg(error.detail),
            error.requestId);
    case Error::Kind::Http: {
        const QString phrase = reasonPhrase(error.httpStatus);
        const QString status = phrase.isEmpty() ? QString::number(error.httpStatus)
                                                : QStringLiteral("%1 %2").arg(error.httpStatus).arg(phrase);
        QString sentence = tr("The server answered HTTP %1 with %2.").arg(status, error.detail);
        if (error.httpStatus >= 500)
            sentence += QLatin1Char(' ')
                + tr("A proxy or gateway between Paydesk and Stripe may be failing; try again in a moment.");
        return withRequestId(sentence, error.requestId);
    }
    case Error::Kind::InvalidResponse:
        return withRequestId(tr("Stripe's answer could not be read (%1).").arg(error.detail),
                             error.requestId);
    case Error::Kind::Api:
        break;
    }

    QString sentence = endWithPeriod(error.message);
    if (sentence.isEmpty())
        sentence = tr("Stripe refused the request (HTTP %1).").arg(error.httpStatus);
    if (error.isCardError() && !error.declineCode.isEmpty() && !sentence.contains(error.declineCode))
        sentence += QLatin1Char(' ') + tr("Decline code: %1.").arg(error.declineCode);
    else if (error.isRateLimit())
        sentence
            += QLatin1Char(' ') + tr("Stripe is limiting how fast Paydesk may send requests; wait a moment.");
    return withRequestId(sentence, error.requestId);
}

} // namespace stripe
