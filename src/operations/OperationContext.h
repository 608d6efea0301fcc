#pragma once

#include "accounts/Mode.h"
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
    accounts::Mode mode = accounts::Mode::Sandbox;

    bool isLive() const { return mode == accounts::Mode::Live; }
};

} // namespace operations
