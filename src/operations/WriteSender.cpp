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
    // A journaled intent (from an earlier run) is already on disk, and was sent at least once.
    m_journaled = true;
    m_sentBefore = true;
    return send(error);
}

bool WriteSender::isDeletedByEarlierAttempt(const stripe::Reply *reply) const
{
    const stripe::Error &error = reply->error();
    return m_intent.request.method == stripe::Request::Method::Delete
        && (m_sentBefore || reply->retries() > 0) && error.kind == stripe::Error::Kind::Api
        && error.httpStatus == 404 && error.code == QLatin1String("resource_missing");
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
    } else if (isDeletedByEarlierAttempt(reply)) {
        // Stripe keeps no idempotency key for a DELETE (it is idempotent by definition): when
        // the answer to the first attempt was lost, the retry finds the object already gone.
        // That is this write's own effect, not a failure to show.
        result.status = WriteOutcome::Status::Succeeded;
        result.object
            = QJsonObject {{QStringLiteral("id"), m_intent.target}, {QStringLiteral("deleted"), true}};
        outcome.objectId = m_intent.target;
        outcome.message = tr("Already deleted by an earlier attempt whose answer was lost.");
    } else {
        result.error = reply->error();
        result.message = stripe::describe(result.error);
        result.status
            = result.error.outcomeUnknown() ? WriteOutcome::Status::Unknown : WriteOutcome::Status::Failed;
        outcome.message = result.message;
    }
    outcome.status = result.status;
    m_sentBefore = true; // for the next send; this one's own retries are counted by the reply
    if (m_context.journal)
        m_context.journal->recordOutcome(m_intent.id, outcome);
    emit finished(result);
}

} // namespace operations
