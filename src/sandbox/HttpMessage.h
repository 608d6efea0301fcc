#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>

namespace sandbox {

struct HttpRequest
{
    QByteArray method;
    QByteArray path; // without the query, still percent-encoded
    QByteArray query; // raw
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;

    QByteArray header(const QByteArray &name) const { return headers.value(name); }
};

struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // Close the connection without answering (a fault switch): the client sees it dropped.
    bool drop = false;
    // Added latency before the answer goes out.
    int delayMs = 0;
};

} // namespace sandbox
