#pragma once

#include "src/writes/JournalEntry.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <chrono>

// The journal's files on disk, without Qt objects or threads: safe to call from a worker thread.
// journal.jsonl holds the writes a start needs (unfinished ones and recent ones); settled writes
// older than that move to journal-archive.jsonl beside it, kept, never deleted, so that start-up
// and each write cost the same however long Paydesk has been used. Both are JSON Lines, one
// "intent" line per write and one "outcome" line per answer, readable by the user alone.
namespace writes::journalfile {

// What a start keeps in journal.jsonl besides every unfinished write: settled writes of the
// last two days (a retry can only be safe within Stripe's 24-hour idempotency window, and its
// review looks at the other writes on the same object), at most this many of them.
inline constexpr std::chrono::hours keepSettledFor {48};
inline constexpr int keepSettledAtMost = 500;

QString archivePathFor(const QString &journalPath);

// Appends whole lines and syncs them to disk before returning, under a lock file so that two
// processes never interleave or compact at once. The file and its folder are made user-only.
// On failure, *error says why in a sentence and the file may end in a torn line, which every
// reader skips and the next append steps over.
bool append(const QString &path, const QByteArray &lines, QString *error);

// Every readable write in the file, oldest first, each with its latest outcome. Torn or
// unreadable lines are skipped, never fatal; a missing file is an empty journal.
QList<JournalEntry> read(const QString &path);

struct Compaction
{
    QList<JournalEntry> kept; // what journal.jsonl holds afterwards, oldest first
    int archived = 0;
    QString error; // set when the files could not be rewritten; kept then holds everything
};

// Reads journal.jsonl and moves what a start no longer needs to the archive: first appended to
// the archive and synced, then journal.jsonl replaced at once by what is kept. A crash between
// the two leaves a write in both files, which readHistory() counts once.
Compaction compact(const QString &path, const QDateTime &now);

// Every write ever journaled, archive and journal together, oldest first, each once.
QList<JournalEntry> readHistory(const QString &path);

QByteArray line(const QJsonObject &json);

} // namespace writes::journalfile
