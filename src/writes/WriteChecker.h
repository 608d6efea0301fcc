#pragma once

#include "src/stripe/Client.h"
#include "src/stripe/Error.h"
#include "src/writes/WriteIntent.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace writes {

// Finds out whether a write whose answer never came took effect, by looking for the trace it
// leaves (WriteCheck): its intent id in a created object's metadata, or the state it set. It
// only looks; WriteRecovery journals what it finds.
class WriteChecker : public QObject
{
    Q_OBJECT

public:
    enum class Verdict { Happened, DidNotHappen, CouldNotTell };
    Q_ENUM(Verdict)

    WriteChecker(stripe::Client *client, const WriteIntent &intent, QObject *parent = nullptr);

    void start();

    // The value at the check's field, with metadata keys read whole.
    static QJsonValue fieldValue(const QJsonObject &object, const WriteCheck &check);

signals:
    // object: what the write created or changed, as Stripe has it now, when it happened
    // ({"id", "deleted": true} for a deletion).
    void finished(writes::WriteChecker::Verdict verdict, const QJsonObject &object, const QString &message);

private:
    void judge(const stripe::Reply *reply);

    QPointer<stripe::Client> m_client;
    WriteIntent m_intent;
};

} // namespace writes
