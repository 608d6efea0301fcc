#pragma once

#include "operations/WriteIntent.h"
#include "stripe/Client.h"
#include "stripe/Error.h"

#include <QObject>
#include <QPointer>

namespace operations {

// Finds out whether a write whose answer never came took effect, by looking for the trace it
// leaves (WriteCheck): its intent id in a created object's metadata, or the state it set.
class WriteChecker : public QObject
{
    Q_OBJECT

public:
    enum class Verdict { Happened, DidNotHappen, CouldNotTell };
    Q_ENUM(Verdict)

    WriteChecker(stripe::Client *client, const WriteIntent &intent, QObject *parent = nullptr);

    void start();

signals:
    // objectId: what the write created or changed, when it happened.
    void finished(operations::WriteChecker::Verdict verdict, const QString &objectId, const QString &message);

private:
    QPointer<stripe::Client> m_client;
    WriteIntent m_intent;
};

} // namespace operations
