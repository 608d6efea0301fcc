#pragma once

#include "src/stripe/Error.h"
#include "src/stripe/JsonOutline.h"
#include "src/stripe/RetryPolicy.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QString>

#include <optional>

namespace stripe {

// One attempt as it came off the wire, in plain values: what the classifier reads. No socket.
struct AttemptResult
{
    // Why Paydesk itself ended the attempt before the answer was complete.
    enum class Cut {
        None,
        Deadline, // the attempt's whole time (Client::Options::timeout) ran out
        TooLarge, // the answer passed, or announced more than, the size limit
    };

    Cut cut = Cut::None;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorText; // Qt's errorString(), for the errors Paydesk has no words of its own for
    int httpStatus = 0; // 0: no status line arrived
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    qint64 sizeLimit = 0; // for the words of a TooLarge cut
    qint64 announcedSize = -1; // the Content-Length, when one was announced

    QByteArray header(const QByteArray &name) const;
};

// What an attempt means: an error (kind None for a usable answer), a hint for the retry policy,
// and what the reply keeps of the answer.
struct AttemptVerdict
{
    Error error;
    RetryPolicy::Attempt retry;
    int httpStatus = 0;
    QString requestId;
    bool replayed = false; // Idempotent-Replayed: Stripe sent the stored answer of an earlier try
    // For a usable answer: the outline, and the object when Qt's parser had to build it.
    JsonOutline outline;
    std::optional<QJsonObject> object;
};

// Pure: the same result gives the same verdict (apart from an HTTP-date Retry-After, which is
// read against the clock).
AttemptVerdict classifyAttempt(const AttemptResult &result);

} // namespace stripe
