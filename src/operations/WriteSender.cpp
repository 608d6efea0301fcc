#include "operations/WriteSender.h"

#include "operations/WriteJournal.h"
#include "records/Json.h"

namespace operations {

WriteSender::WriteSender(const OperationContext &context, const WriteIntent &intent, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_intent(intent)
{
    m_intent.request.idempotencyKey = m_intent.id;
}

WriteSender::~WriteSender()
{
    // Closing a dialog does not cancel a write already on its way: its outcome still reaches
    // the journal through the client. Only the signal to a dead receiver is avoided.
    if (m_reply)
        m_reply->disconnect(this);
}

bool WriteSender::send(QString *error)
{
    if (isRunning())
        return false;
    if (!m_journaled) {
        if (!m_context.journal) {
            if (error)
                *error = tr("No write journal is open; nothing was sent.");
            return false;
        }
        QString why;
        if (!m_context.journal->recordIntent(m_intent, &why)) {
            if (error)
                *error = tr("%1 Nothing was sent.").arg(why);
            return false;
        }
        m_journaled = true;
    }
    dispatch();
    return true;
}

bool WriteSender::retry(QString *error)
{
    if (m_intent.isOlderThanIdempotencyWindow()) {
        if (error)
            *error = tr(
                "This write was started more than 24 hours ago, and Stripe has forgotten its idempotency "
                "key: sending it again could do it twice. Use Check to find out whether it happened.");
        return false;
    }
    // A journaled intent (from an earlier run) is already on disk.
    m_journaled = true;
    return send(error);
}

void WriteSender::dispatch()
{
    if (!m_context.client) {
        WriteResult result;
        result.status = WriteOutcome::Status::Failed;
        result.message = tr("Not connected to Stripe; nothing was sent.");
        emit finished(result);
        return;
    }
    m_reply = m_context.client->send(m_intent.request);
    connect(m_reply, &stripe::Reply::finished, this, &WriteSender::onReply);
}

void WriteSender::onReply()
{
    stripe::Reply *reply = m_reply;
    m_reply = nullptr;
    WriteResult result;
    result.replayed = reply->isReplay();
    WriteOutcome outcome;
    outcome.at = QDateTime::currentDateTimeUtc();
    outcome.requestId = reply->requestId();
    if (reply->isOk()) {
        result.status = WriteOutcome::Status::Succeeded;
        result.object = reply->object();
        outcome.objectId = records::json::string(result.object, u"id");
    } else {
        result.error = reply->error();
        result.message = stripe::describe(result.error);
        result.status
            = result.error.outcomeUnknown() ? WriteOutcome::Status::Unknown : WriteOutcome::Status::Failed;
        outcome.message = result.message;
    }
    outcome.status = result.status;
    if (m_context.journal)
        m_context.journal->recordOutcome(m_intent.id, outcome);
    emit finished(result);
}

} // namespace operations
