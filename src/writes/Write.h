#pragma once

#include "src/money/Money.h"
#include "src/writes/WriteContext.h"
#include "src/writes/WriteIntent.h"
#include "src/writes/WriteSender.h"

#include <QObject>

#include <optional>

namespace writes {

// One kind of write (a refund, paying an invoice...), from a user's intent to Stripe's answer.
// A subclass says what is written — validate() in words, the request, how to check it later —
// and this class keeps the promise: validated before anything is sent, journaled on disk
// before the request leaves, one idempotency key per intent for every retry, never two
// requests in flight for one intent.
class Write : public QObject
{
    Q_OBJECT

public:
    explicit Write(const WriteContext &context, QObject *parent = nullptr);

    // Pure: what is wrong with the input, in words for the user; empty when it can be sent.
    virtual QString validate() const = 0;
    // The confirmation's words: "Refund €12.50 of €40.00 to Jane Doe, Visa •••• 4242".
    virtual QString summary() const = 0;

    // Validates, journals and sends. The intent (and its key) is made on the first start and
    // kept: calling start() again after an unknown outcome retries the same intent. Returns
    // false, with errorText(), when nothing was sent.
    bool start();
    bool isRunning() const;
    bool hasStarted() const { return m_sender != nullptr; }
    QString errorText() const { return m_error; }
    QString intentId() const;
    // The journaled intent once started (for Check), else null.
    const WriteIntent *intent() const { return m_sender ? &m_sender->intent() : nullptr; }
    const WriteContext &context() const { return m_context; }
    // The object the write acts on (the charge refunded, the invoice finalized), or the new
    // object's owner; empty for a new object with none.
    QString targetId() const { return target(); }
    // Stops waiting for the answer: the outcome becomes unknown (finished() says so).
    void stopWaiting();

signals:
    void finished(const writes::WriteResult &result);

protected:
    virtual QString writeName() const = 0; // "refund", "invoice.pay"
    virtual QString target() const = 0;
    virtual std::optional<money::Money> amount() const { return std::nullopt; }
    virtual QString note() const { return {}; }
    virtual stripe::Request buildRequest(const QString &intentId) const = 0;
    virtual WriteCheck buildCheck(const QString &intentId) const = 0;

    // Metadata every object Paydesk creates carries, so that Check can find it after Stripe has
    // forgotten the idempotency key.
    static QVariantMap intentMetadata(const QString &intentId, const QVariantMap &more = {});

private:
    WriteContext m_context;
    WriteSender *m_sender = nullptr;
    QString m_error;
};

} // namespace writes
