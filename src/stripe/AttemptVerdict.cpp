#include "src/stripe/AttemptVerdict.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace stripe {

namespace {

// lupdate files a string under the class its tr() is called through, so the calls name this one;
// it translates in the context the program has always asked for.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(stripe::AttemptVerdict)
};

// Qt's own errorString() repeats the whole URL; a person needs what happened.
QString describeNetworkError(QNetworkReply::NetworkError error, const QString &qtText)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return Text::tr("the connection was refused");
    case QNetworkReply::RemoteHostClosedError:
        return Text::tr("the connection was closed before an answer came");
    case QNetworkReply::HostNotFoundError:
        return Text::tr("the server's name could not be found");
    case QNetworkReply::SslHandshakeFailedError:
        return Text::tr("a secure connection could not be made: %1").arg(qtText);
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return Text::tr("the network is not available");
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return Text::tr("the proxy failed: %1").arg(qtText);
    default:
        return qtText;
    }
}

// Whole megabytes: a limit rounded down, an announced size up, so that "larger" stays true.
QString megabytes(qint64 bytes, bool roundUp = false)
{
    constexpr qint64 megabyte = 1024 * 1024;
    return QString::number(roundUp ? bytes / megabyte + (bytes % megabyte != 0) : bytes / megabyte);
}

// An answer with a status line: Stripe's error, an unreadable success, or a usable object.
void classifyAnswer(const AttemptResult &result, AttemptVerdict &verdict)
{
    const int status = result.httpStatus;
    const QByteArray &body = result.body;
    // The outline validates the answer without building it (most of a list page is rows nobody
    // reads yet); what it cannot vouch for, Qt's parser reads and judges.
    JsonOutline outline = JsonOutline::of(body);
    QJsonParseError parseError {};
    bool isObject = outline.isObject;
    // Stripe's libraries treat any JSON body with an "error" key as a failure, whatever the
    // status says.
    bool isStripeError = outline.hasError;
    std::optional<QJsonObject> built;
    if (!outline.isObject) {
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        isObject = document.isObject();
        isStripeError = isObject && document.object().contains(QLatin1String("error"));
        built = document.object();
    }
    if (status < 200 || status >= 300 || isStripeError) {
        verdict.error = Error::fromHttp(status, body, result.header("Request-Id"));
        return;
    }
    if (!isObject) {
        verdict.error.kind = Error::Kind::InvalidResponse;
        verdict.error.httpStatus = status;
        verdict.error.requestId = verdict.requestId;
        verdict.error.detail = parseError.error != QJsonParseError::NoError
            ? Text::tr("invalid JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString())
            : Text::tr("a JSON object was expected");
        return;
    }
    verdict.outline = std::move(outline);
    verdict.object = std::move(built);
}

} // namespace

QByteArray AttemptResult::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

AttemptVerdict classifyAttempt(const AttemptResult &result)
{
    AttemptVerdict verdict;
    if (result.httpStatus > 0) {
        verdict.httpStatus = result.httpStatus;
        verdict.requestId = QString::fromLatin1(result.header("Request-Id"));
        verdict.replayed = result.header("Idempotent-Replayed").trimmed().toLower() == "true";
    }

    switch (result.cut) {
    case AttemptResult::Cut::TooLarge:
        // Asking again would only bring the same answer.
        verdict.retry.gotResponse = true;
        verdict.retry.refusedAnswer = true;
        verdict.error.kind = Error::Kind::InvalidResponse;
        verdict.error.httpStatus = result.httpStatus;
        verdict.error.requestId = verdict.requestId;
        verdict.error.detail = result.announcedSize > result.sizeLimit
            ? Text::tr("the answer would have been %1 MB, larger than %2 MB")
                  .arg(megabytes(result.announcedSize, true), megabytes(result.sizeLimit))
            : Text::tr("the answer was larger than %1 MB").arg(megabytes(result.sizeLimit));
        return verdict;
    case AttemptResult::Cut::Deadline:
        verdict.error.kind = Error::Kind::Timeout;
        verdict.error.requestId = verdict.requestId;
        return verdict;
    case AttemptResult::Cut::None:
        break;
    }

    if (result.httpStatus <= 0) {
        // No answer at all: the connection failed, dropped, or Qt's transfer timeout fired.
        const bool timedOut = result.networkError == QNetworkReply::OperationCanceledError
            || result.networkError == QNetworkReply::TimeoutError;
        verdict.error.kind = timedOut ? Error::Kind::Timeout : Error::Kind::Network;
        if (!timedOut)
            verdict.error.detail = describeNetworkError(result.networkError, result.networkErrorText);
        verdict.retry.tlsFailure = result.networkError == QNetworkReply::SslHandshakeFailedError;
        return verdict;
    }

    verdict.retry.gotResponse = true;
    verdict.retry.httpStatus = result.httpStatus;
    verdict.retry.shouldRetryHeader = result.header("Stripe-Should-Retry").trimmed().toLower();
    verdict.retry.retryAfter = RetryPolicy::parseRetryAfter(result.header("Retry-After"));
    classifyAnswer(result, verdict);
    if (verdict.error.isError())
        verdict.error.retryAfter = verdict.retry.retryAfter;
    return verdict;
}

} // namespace stripe
