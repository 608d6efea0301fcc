#pragma once

#include "stripe/Client.h"

#include <QPointer>
#include <QString>

namespace operations {

class WriteJournal;

// What every write needs: the account's client and journal, and whose money it is.
struct OperationContext
{
    QPointer<stripe::Client> client;
    WriteJournal *journal = nullptr;
    QString accountId;
    QString mode; // "sandbox", "test" or "live"

    bool isLive() const { return mode == QLatin1String("live"); }
};

} // namespace operations
