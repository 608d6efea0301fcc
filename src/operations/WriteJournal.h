#pragma once

#include "operations/WriteIntent.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace operations {

// The journal of every write: append-only JSON Lines, one "intent" line written and flushed to
// disk before a request is sent, one "outcome" line when the answer comes. A write whose answer
// never came (the app was killed, the network dropped) stays unfinished until it is checked,
// retried under the same idempotency key, or dismissed. It never holds an API key.
class WriteJournal : public QObject
{
    Q_OBJECT

public:
    struct Entry
    {
        WriteIntent intent;
        std::optional<WriteOutcome> outcome; // the latest one
        bool isUnfinished() const { return !outcome || outcome->status == WriteOutcome::Status::Unknown; }
    };

    // The default file: journal.jsonl in the application's data folder.
    static QString defaultPath();

    explicit WriteJournal(const QString &path = defaultPath(), QObject *parent = nullptr);

    QString path() const { return m_path; }

    // Appends and syncs to disk; the write must not be sent when this fails.
    bool recordIntent(const WriteIntent &intent, QString *error = nullptr);
    bool recordOutcome(const QString &intentId, const WriteOutcome &outcome, QString *error = nullptr);

    // Every write, oldest first, each with its latest outcome. Lines that cannot be read (a
    // crash mid-line) are skipped, never fatal.
    QList<Entry> entries() const;
    // Writes of this account with no outcome, or an unknown one.
    QList<Entry> unfinished(const QString &accountId) const;

signals:
    void changed();

private:
    bool append(const QJsonObject &line, QString *error);

    QString m_path;
};

// The operating-system user, for the journal's "who".
QString currentUserName();

} // namespace operations
