#pragma once

#include "src/accounts/Mode.h"
#include "src/stripe/Client.h"

#include <QJsonObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace writes {

class WriteJournal;

// What every write needs: the account's client and journal, and whose money it is.
struct WriteContext
{
    QPointer<stripe::Client> client;
    WriteJournal *journal = nullptr;
    QString accountId;
    accounts::Mode mode = accounts::Mode::Sandbox;
    // Optional: told Stripe's answer to every write that succeeded (the object made or changed,
    // or a DELETE's {id, deleted: true}), so the account's mirror takes it in at once rather
    // than at the next event. It may outlive what it calls: capture a QPointer.
    std::function<void(const QJsonObject &)> written = nullptr;

    bool isLive() const { return mode == accounts::Mode::Live; }
};

} // namespace writes
