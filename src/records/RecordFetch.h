#pragma once

#include "src/objects/Kind.h"
#include "src/stripe/Client.h"
#include "src/stripe/Error.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace records {

// Reads one object by id (after a write, to show its new state; or to open a link), with the
// expansions its tab's columns read. Deletes itself when done.
class RecordFetch : public QObject
{
    Q_OBJECT

public:
    static RecordFetch *start(stripe::Client *client, objects::Kind kind, const QString &id,
                              QObject *context);

    // The expansions a kind's columns and details read (a promotion code's coupon...).
    static QStringList expansionsFor(objects::Kind kind);

signals:
    void fetched(const QJsonObject &object);
    void failed(const stripe::Error &error);

private:
    explicit RecordFetch(QObject *context);
    QPointer<stripe::Reply> m_reply;
};

} // namespace records
