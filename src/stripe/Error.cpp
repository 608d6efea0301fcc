#include "src/stripe/Error.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace stripe {

namespace {

// lupdate files a string under the class its tr() is called through, so the calls name this one;
// it translates in the context the program has always asked for.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(stripe::Error)
};

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
    return Text::tr("%1 (Request ID: %2)").arg(sentence, requestId);
}

QString endWithPeriod(QString sentence)
{
    sentence = sentence.trimmed();
    if (!sentence.isEmpty() && !sentence.endsWith(QLatin1Char('.')) && !sentence.endsWith(QLatin1Char('?'))
        && !sentence.endsWith(QLatin1Char('!')))
        sentence += QLatin1Char('.');
    return sentence;
}

// "1 second", "3 minutes 5 seconds", "1 hour", "24 days 20 hours": the two largest units, to the
// nearest second — what a person reads, not a stopwatch.
QString durationText(std::chrono::milliseconds duration)
{
    const qint64 total = std::max<qint64>(1, (duration.count() + 500) / 1000);
    const qint64 counts[] = {total / 86400, total / 3600 % 24, total / 60 % 60, total % 60};
    auto unit = [](int index, qint64 n) {
        switch (index) {
        case 0:
            return n == 1 ? Text::tr("1 day") : Text::tr("%1 days").arg(n);
        case 1:
            return n == 1 ? Text::tr("1 hour") : Text::tr("%1 hours").arg(n);
        case 2:
            return n == 1 ? Text::tr("1 minute") : Text::tr("%1 minutes").arg(n);
        default:
            return n == 1 ? Text::tr("1 second") : Text::tr("%1 seconds").arg(n);
        }
    };
    int largest = 0;
    while (counts[largest] == 0)
        ++largest;
    if (largest == 3 || counts[largest + 1] == 0)
        return unit(largest, counts[largest]);
    return QCoreApplication::translate("stripe::Error", "%1 %2", "a duration: 3 minutes 5 seconds")
        .arg(unit(largest, counts[largest]), unit(largest + 1, counts[largest + 1]));
}

// What the server asked for in Retry-After, when it asked for a wait worth mentioning.
QString retryAfterText(const Error &error, bool fromStripe)
{
    if (!error.retryAfter || *error.retryAfter < std::chrono::seconds(1))
        return {};
    return fromStripe ? Text::tr("Stripe asked Paydesk to wait %1 before trying again.")
                            .arg(durationText(*error.retryAfter))
                      : Text::tr("The server asked Paydesk to wait %1 before trying again.")
                            .arg(durationText(*error.retryAfter));
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
        error.detail = looksLikeHtml ? Text::tr("a web page instead of Stripe's answer")
            : body.isEmpty()         ? Text::tr("an empty answer")
                                     : Text::tr("an answer that is not Stripe's error format");
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
            Text::tr("Paydesk could not reach Stripe (%1). Check the network connection and try again.")
                .arg(error.detail),
            error.requestId);
    case Error::Kind::Timeout: {
        const QString waited = error.waited.count() > 0 ? durationText(error.waited) : error.detail;
        const QString sentence = error.attempts > 1
            ? Text::tr("Stripe did not answer in %1, over %2 attempts. Check the network connection and try "
                       "again.")
                  .arg(waited)
                  .arg(error.attempts)
            : Text::tr("Stripe did not answer within %1. Check the network connection and try again.")
                  .arg(waited);
        return withRequestId(sentence, error.requestId);
    }
    case Error::Kind::Http: {
        const QString phrase = reasonPhrase(error.httpStatus);
        const QString status = phrase.isEmpty() ? QString::number(error.httpStatus)
                                                : QStringLiteral("%1 %2").arg(error.httpStatus).arg(phrase);
        QString sentence = Text::tr("The server answered HTTP %1 with %2.").arg(status, error.detail);
        const QString wait = retryAfterText(error, false);
        if (!wait.isEmpty())
            sentence += QLatin1Char(' ') + wait;
        else if (error.httpStatus >= 500)
            sentence += QLatin1Char(' ')
                + Text::tr("A proxy or gateway between Paydesk and Stripe may be failing; try again in a "
                           "moment.");
        return withRequestId(sentence, error.requestId);
    }
    case Error::Kind::InvalidResponse:
        return withRequestId(Text::tr("Stripe's answer could not be read (%1).").arg(error.detail),
                             error.requestId);
    case Error::Kind::Api:
        break;
    }

    QString sentence = endWithPeriod(error.message);
    if (sentence.isEmpty())
        sentence = Text::tr("Stripe refused the request (HTTP %1).").arg(error.httpStatus);
    const QString wait = retryAfterText(error, true);
    if (error.isCardError() && !error.declineCode.isEmpty() && !sentence.contains(error.declineCode))
        sentence += QLatin1Char(' ') + Text::tr("Decline code: %1.").arg(error.declineCode);
    else if (!wait.isEmpty())
        sentence += QLatin1Char(' ') + wait;
    else if (error.isRateLimit())
        sentence += QLatin1Char(' ')
            + Text::tr("Stripe is limiting how fast Paydesk may send requests; wait a moment.");
    return withRequestId(sentence, error.requestId);
}

} // namespace stripe
