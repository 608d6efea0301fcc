#pragma once

#include "src/writes/JournalEntry.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace writes {

// What a person must see before a write whose answer never came is sent again: the object as
// it is now (what is left to refund, the invoice's status…) and the journal's other writes on
// it. A refund left unfinished, then made again by hand, must not be sent a second time.
struct RetryReview
{
    QString text; // the write, the object now, the other writes: in words, one paragraph each
    QString blocker; // why it must not be sent again; empty when it may be
    QString warning; // a reason to think twice that does not forbid it (a later write like it)

    bool maySend() const { return blocker.isEmpty(); }

    // Pure: from the write, what its check found (in words), the object it acts on as Stripe has
    // it now (empty when it has none or could not be read; readError then says why), and the
    // journal's entries on the same object.
    static RetryReview of(const WriteIntent &intent, const QString &checkMessage,
                          const QJsonObject &objectNow, const QString &readError,
                          const QList<JournalEntry> &others,
                          const QDateTime &now = QDateTime::currentDateTimeUtc());
};

} // namespace writes
