#include "src/writes/WriteRecovery.h"

#include "src/objects/Json.h"
#include "src/objects/Kind.h"
#include "src/writes/WriteJournal.h"

namespace writes {

namespace {

// What a write acts on, by its id; a coupon's id is free text, so its write's name says it.
std::optional<objects::Kind> kindOfTarget(const WriteIntent &intent)
{
    if (intent.target.isEmpty())
        return std::nullopt;
    if (intent.operation == QLatin1String("promotion_code.create"))
        return objects::Kind::Coupon;
    return objects::kindOfId(intent.target);
}

} // namespace

WriteRecovery::WriteRecovery(const WriteContext &context, const WriteIntent &intent, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_intent(intent)
{ }

void WriteRecovery::runCheck(
    std::function<void(WriteChecker::Verdict, const QJsonObject &, const QString &)> then)
{
    auto *checker = new WriteChecker(m_context.client, m_intent, this);
    connect(checker, &WriteChecker::finished, this,
            [checker, then = std::move(then)](WriteChecker::Verdict verdict, const QJsonObject &object,
                                              const QString &message) {
                checker->deleteLater();
                then(verdict, object, message);
            });
    checker->start();
}

void WriteRecovery::recordHappened(const QJsonObject &object)
{
    WriteOutcome outcome;
    outcome.status = WriteOutcome::Status::Succeeded;
    outcome.at = QDateTime::currentDateTimeUtc();
    outcome.objectId = objects::json::string(object, u"id");
    outcome.message = tr("Confirmed by Check");
    QString problem;
    if (m_context.journal && !m_context.journal->recordOutcome(m_intent.id, outcome, &problem))
        emit journalProblem(problem);
    if (m_context.written)
        m_context.written(object);
    emit settled(object);
}

void WriteRecovery::check()
{
    if (m_busy)
        return;
    m_busy = true;
    runCheck([this](WriteChecker::Verdict verdict, const QJsonObject &object, const QString &message) {
        m_busy = false;
        if (verdict == WriteChecker::Verdict::Happened)
            recordHappened(object);
        emit checked(verdict, object, message);
    });
}

void WriteRecovery::review()
{
    if (m_busy)
        return;
    m_busy = true;
    m_reviewAllowsRetry = false;
    runCheck([this](WriteChecker::Verdict verdict, const QJsonObject &object, const QString &message) {
        if (verdict == WriteChecker::Verdict::Happened) {
            m_busy = false;
            recordHappened(object);
            RetryReview review;
            review.text = tr("It had already happened. %1 Nothing was sent again.").arg(message);
            emit reviewed(true, object, review);
            return;
        }
        m_checkMessage = message;
        readObjectNow();
    });
}

void WriteRecovery::readObjectNow()
{
    const auto kind = kindOfTarget(m_intent);
    auto finish = [this](const QJsonObject &object, const QString &readError) {
        const QList<JournalEntry> others = m_context.journal
            ? m_context.journal->entriesOn(m_intent.accountId, m_intent.target)
            : QList<JournalEntry> {};
        const RetryReview review = RetryReview::of(m_intent, m_checkMessage, object, readError, others);
        m_reviewAllowsRetry = review.maySend();
        m_busy = false;
        emit reviewed(false, {}, review);
    };
    if (!kind || !m_context.client) {
        finish({}, {});
        return;
    }
    stripe::Reply *reply
        = m_context.client->send(stripe::Request::get(objects::objectPath(*kind, m_intent.target)));
    connect(reply, &stripe::Reply::finished, this, [this, reply, finish] {
        if (reply->isOk())
            finish(reply->object(), {});
        else if (reply->error().isNotFound())
            finish({{QStringLiteral("id"), m_intent.target}, {QStringLiteral("deleted"), true}}, {});
        else
            finish({}, stripe::describe(reply->error()));
    });
}

bool WriteRecovery::retry(QString *error)
{
    if (m_busy)
        return false;
    if (!m_reviewAllowsRetry) {
        if (error)
            *error
                = tr("Look at what this write would do now first: “Retry safely” shows it before anything is "
                     "sent.");
        return false;
    }
    auto *sender = new WriteSender(m_context, m_intent, this);
    connect(sender, &WriteSender::finished, this, [this, sender](const WriteResult &result) {
        sender->deleteLater();
        m_busy = false;
        m_reviewAllowsRetry = false;
        if (!result.journalProblem.isEmpty())
            emit journalProblem(result.journalProblem);
        if (result.status == WriteOutcome::Status::Succeeded)
            emit settled(result.object);
        emit finished(result);
    });
    if (!sender->retry(error)) {
        delete sender;
        return false;
    }
    m_sender = sender;
    m_busy = true;
    return true;
}

void WriteRecovery::stopWaiting()
{
    if (m_sender)
        m_sender->stopWaiting();
}

bool WriteRecovery::dismiss(QString *error)
{
    WriteOutcome outcome;
    outcome.status = WriteOutcome::Status::Dismissed;
    outcome.at = QDateTime::currentDateTimeUtc();
    outcome.message = tr("Dismissed without knowing whether it happened");
    if (!m_context.journal)
        return true;
    QString problem;
    const bool saved = m_context.journal->recordOutcome(m_intent.id, outcome, &problem);
    if (!saved) {
        if (error)
            *error = problem;
        emit journalProblem(problem);
    }
    return saved;
}

} // namespace writes
