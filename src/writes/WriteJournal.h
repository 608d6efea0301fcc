#pragma once

#include "src/writes/JournalEntry.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace writes {

// The journal of every write: one "intent" line written and synced to disk before a request is
// sent, one "outcome" line when the answer comes. A write whose answer never came (the app was
// killed, the network dropped) stays unfinished until it is checked, retried under the same
// idempotency key, or dismissed. It never holds an API key.
//
// The file is read once, on a worker thread, when the journal is made; settled writes a start
// no longer needs move to an archive then (journalfile::compact), so start-up and each write
// cost the same at any journal size. Afterwards everything is answered from memory.
class WriteJournal : public QObject
{
    Q_OBJECT

public:
    using Entry = JournalEntry;

    // The default file: journal.jsonl in the application's data folder.
    static QString defaultPath();

    explicit WriteJournal(const QString &path = defaultPath(), QObject *parent = nullptr);
    ~WriteJournal() override;

    QString path() const { return m_path; }
    QString archivePath() const;

    bool isLoaded() const { return m_loaded; }
    // Calls function (on context's thread) once the file has been read: at once when it has.
    void whenLoaded(QObject *context, std::function<void()> function);
    // Blocks until the file has been read. Every reader below waits the same way, so a caller
    // that cannot wait (the window at start-up) uses whenLoaded().
    void waitUntilLoaded();
    // Why reading or tidying the file failed, if it did (said in the window, never fatal).
    QString loadProblem() const { return m_loadProblem; }

    // Appends and syncs to disk; the write must not be sent when this fails.
    bool recordIntent(const WriteIntent &intent, QString *error = nullptr);
    // When the outcome cannot be written (a full disk), it is still known: this journal answers
    // with it, keeps the line, and writes it with the next line or at flush(). *error says so.
    bool recordOutcome(const QString &intentId, const WriteOutcome &outcome, QString *error = nullptr);
    bool hasUnsavedOutcomes() const { return !m_unsaved.isEmpty(); }
    // Writes the outcomes that could not be written before (at quit, or when asked).
    bool flush(QString *error = nullptr);

    // The writes a start keeps (every unfinished one and the recent ones), oldest first.
    QList<Entry> entries() const;
    std::optional<Entry> entry(const QString &intentId) const;
    // Writes of this account with no outcome, or an unknown one.
    QList<Entry> unfinished(const QString &accountId) const;
    // The writes of this account on one object (a charge, an invoice…), oldest first.
    QList<Entry> entriesOn(const QString &accountId, const QString &target) const;
    QList<Entry> unfinishedOn(const QString &accountId, const QString &target) const;

    // Every write ever journaled, archive included, oldest first. Slow for a long history:
    // call it off the GUI thread (JournalModel does).
    static QList<Entry> readHistory(const QString &path);

    // Writes this process has sent and is waiting on (a shutdown waits for them).
    void beginSending(const QString &intentId);
    void endSending(const QString &intentId);
    int sendingCount() const { return int(m_sending.size()); }

signals:
    void loaded();
    // An intent or an outcome was recorded (in memory, and on disk unless problem() says not).
    void changed(const QString &intentId);
    // A line could not be written after the fact (an outcome on a full disk): said to the user.
    void problem(const QString &message);
    void sendingChanged(int count);

private:
    struct Load;
    void install();
    void remember(const Entry &entry);
    bool write(const QByteArray &lines, QString *error);

    QString m_path;
    std::shared_ptr<Load> m_load;
    bool m_loaded = false;
    QString m_loadProblem;
    QList<Entry> m_entries;
    QHash<QString, qsizetype> m_indexOf;
    QList<QByteArray> m_unsaved; // outcome lines not yet on disk
    QSet<QString> m_sending;
};

// The operating-system user, for the journal's "who".
QString currentUserName();

} // namespace writes
