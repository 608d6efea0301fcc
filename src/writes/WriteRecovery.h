#pragma once

#include "src/writes/RetryReview.h"
#include "src/writes/WriteChecker.h"
#include "src/writes/WriteContext.h"
#include "src/writes/WriteIntent.h"
#include "src/writes/WriteSender.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>

namespace writes {

// Settles a write whose answer never came, for the write dialog and Activity alike, and
// journals what it learns, so nothing asks about it again:
// - check(): looks for the write's trace; when it happened, journals it as succeeded.
// - review(): checks first (when it happened, that settles it), then reads the object as it is
//   now and the journal's other writes on it, and says whether sending it again is safe.
// - retry(): after a review that allows it, sends the very same request under the same key.
// - dismiss(): journals that the user gave up on knowing.
class WriteRecovery : public QObject
{
    Q_OBJECT

public:
    WriteRecovery(const WriteContext &context, const WriteIntent &intent, QObject *parent = nullptr);

    const WriteIntent &intent() const { return m_intent; }
    bool isBusy() const { return m_busy; }

    void check();
    void review();
    // Refuses (with *error) before a review that allowed it, and while busy.
    bool retry(QString *error = nullptr);
    bool dismiss(QString *error = nullptr);
    // Stops waiting for a retry's answer: its outcome is unknown again (journaled as such).
    void stopWaiting();

signals:
    // After check(); for Happened the write is settled and object is what it made or changed.
    void checked(writes::WriteChecker::Verdict verdict, const QJsonObject &object, const QString &message);
    // After review(): happened means the check found it (settled; nothing to send), and object
    // is then what it made or changed.
    void reviewed(bool happened, const QJsonObject &object, const writes::RetryReview &review);
    // After retry().
    void finished(const writes::WriteResult &result);
    // The write is settled as having happened: what it made or changed, for views to refresh.
    void settled(const QJsonObject &object);
    // A journal line could not be written (said to the user; what is known is kept in memory).
    void journalProblem(const QString &message);

private:
    void runCheck(std::function<void(WriteChecker::Verdict, const QJsonObject &, const QString &)> then);
    void recordHappened(const QJsonObject &object);
    void readObjectNow();

    WriteContext m_context;
    WriteIntent m_intent;
    bool m_busy = false;
    bool m_reviewAllowsRetry = false;
    QString m_checkMessage; // what the review's check found, said in the review
    QPointer<WriteSender> m_sender; // while a retry is on its way
};

} // namespace writes
