#include "src/writes/WriteSender.h"

#include "src/accounts/KeyPermissions.h"
#include "src/objects/Json.h"
#include "src/writes/WriteJournal.h"

namespace writes {

namespace {

// Stripe keeps no idempotency key for a DELETE (it is idempotent by definition): when the
// answer to the first attempt was lost, the retry finds the object already gone. That is this
// write's own effect, not a failure to show.
bool isDeletedByEarlierAttempt(const stripe::Reply *reply, const WriteIntent &intent, bool sentBefore)
{
    const stripe::Error &error = reply->error();
    return intent.request.method == stripe::Request::Method::Delete && (sentBefore || reply->retries() > 0)
        && error.kind == stripe::Error::Kind::Api && error.httpStatus == 404
        && error.code == QLatin1String("resource_missing");
}

// What Stripe's answer (or its absence) means for the write, and the journal's line for it.
std::pair<WriteResult, WriteOutcome> judge(const stripe::Reply *reply, const WriteIntent &intent,
                                           bool sentBefore)
{
    WriteResult result;
    result.replayed = reply->isReplay();
    WriteOutcome outcome;
    outcome.at = QDateTime::currentDateTimeUtc();
    outcome.requestId = reply->requestId();
    if (reply->isOk()) {
        result.status = WriteOutcome::Status::Succeeded;
        result.object = reply->object();
        outcome.objectId = objects::json::string(result.object, u"id");
    } else if (isDeletedByEarlierAttempt(reply, intent, sentBefore)) {
        result.status = WriteOutcome::Status::Succeeded;
        result.object
            = QJsonObject {{QStringLiteral("id"), intent.target}, {QStringLiteral("deleted"), true}};
        outcome.objectId = intent.target;
        outcome.message = WriteSender::tr("Already deleted by an earlier attempt whose answer was lost.");
    } else {
        result.error = reply->error();
        // A restricted key's refusal in words: what it may not do, and what would let it.
        result.message = result.error.isPermission() ? accounts::KeyPermissions::describe(result.error)
                                                     : stripe::describe(result.error);
        result.status
            = result.error.outcomeUnknown() ? WriteOutcome::Status::Unknown : WriteOutcome::Status::Failed;
        outcome.message = result.message;
    }
    outcome.status = result.status;
    return {result, outcome};
}

} // namespace

WriteSender::WriteSender(const WriteContext &context, const WriteIntent &intent, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_intent(intent)
{
    m_intent.request.idempotencyKey = m_intent.id;
}

WriteSender::~WriteSender()
{
    if (!m_reply)
        return;
    // Closing a dialog (or the window) does not cancel a write already on its way: its outcome
    // still reaches the journal when the answer comes, while the client lives.
    stripe::Reply *reply = m_reply;
    reply->disconnect(this);
    WriteJournal *journal = m_context.journal;
    if (!journal)
        return;
    connect(reply, &stripe::Reply::finished, journal,
            [journal, reply, intent = m_intent, sentBefore = m_sentBefore, written = m_context.written] {
                const auto [result, outcome] = judge(reply, intent, sentBefore);
                journal->recordOutcome(intent.id, outcome);
                journal->endSending(intent.id);
                if (written && result.status == WriteOutcome::Status::Succeeded)
                    written(result.object);
            });
    // A client deleted first (switching accounts) abandons the reply without finishing it: the
    // write stays unfinished in the journal, to be checked at the next start.
    connect(reply, &QObject::destroyed, journal, [journal, id = m_intent.id] { journal->endSending(id); });
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
                *error = tr("%1 Nothing was sent.").arg(why); // why ends with a full stop
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
    if (m_context.journal)
        m_context.journal->beginSending(m_intent.id);
}

void WriteSender::stopWaiting()
{
    if (!m_reply)
        return;
    stripe::Reply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    m_sentBefore = true;
    WriteResult result;
    result.status = WriteOutcome::Status::Unknown;
    result.message = tr("You stopped waiting for Stripe's answer.");
    WriteOutcome outcome;
    outcome.at = QDateTime::currentDateTimeUtc();
    outcome.status = result.status;
    outcome.message = result.message;
    settle(result, outcome);
}

void WriteSender::onReply()
{
    stripe::Reply *reply = m_reply;
    m_reply = nullptr;
    auto [result, outcome] = judge(reply, m_intent, m_sentBefore);
    m_sentBefore = true; // for the next send; this one's own retries are counted by the reply
    settle(result, outcome);
}

void WriteSender::settle(WriteResult result, WriteOutcome outcome)
{
    if (m_context.journal) {
        m_context.journal->recordOutcome(m_intent.id, outcome, &result.journalProblem);
        m_context.journal->endSending(m_intent.id);
    }
    if (m_context.written && result.status == WriteOutcome::Status::Succeeded)
        m_context.written(result.object);
    emit finished(result);
}

} // namespace writes
