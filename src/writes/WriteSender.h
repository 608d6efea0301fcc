#pragma once

#include "src/stripe/Error.h"
#include "src/writes/WriteContext.h"
#include "src/writes/WriteIntent.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace stripe {
class Reply;
}

namespace writes {

// What came of a write, for the dialog or panel that asked for it.
struct WriteResult
{
    WriteOutcome::Status status = WriteOutcome::Status::Unknown;
    QJsonObject object; // what Stripe returned, when it succeeded
    stripe::Error error;
    QString message; // the error in words; empty on success
    bool replayed = false; // Stripe answered from an earlier request with the same key
    // Set when the outcome could not be written to the journal (a full disk): the write's
    // outcome is still this one, and the user must be told that the journal lags behind.
    QString journalProblem;
};

// Sends one journaled write and journals its outcome. The intent is on disk before the request
// leaves; a retry sends the very same request under the same Idempotency-Key, so Stripe
// performs it at most once however often it is sent.
class WriteSender : public QObject
{
    Q_OBJECT

public:
    WriteSender(const WriteContext &context, const WriteIntent &intent, QObject *parent = nullptr);
    ~WriteSender() override;

    const WriteIntent &intent() const { return m_intent; }
    bool isRunning() const { return m_reply != nullptr; }

    // First time: journals the intent, then sends. Returns false (error says why) when the
    // journal cannot be written, and then nothing is sent.
    bool send(QString *error = nullptr);
    // Sends again under the same key (after an unknown outcome). Refuses an intent older than
    // Stripe's 24-hour idempotency window: it must be checked instead.
    bool retry(QString *error = nullptr);
    // Stops waiting for the answer (the user gave up on a slow server): the outcome is unknown,
    // journaled as such, and finished() says so. Stripe may still perform the write.
    void stopWaiting();

signals:
    void finished(const writes::WriteResult &result);

private:
    void dispatch();
    void onReply();
    void settle(WriteResult result, WriteOutcome outcome);

    WriteContext m_context;
    WriteIntent m_intent;
    bool m_journaled = false;
    bool m_sentBefore = false; // an earlier attempt may have reached Stripe
    QPointer<stripe::Reply> m_reply;
};

} // namespace writes
