#include "src/writes/JournalFile.h"

#include "src/platform/PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>

#include <algorithm>
#include <cerrno>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <io.h>
#endif

namespace writes::journalfile {

namespace {

// lupdate files a string under the class its tr() is called through, so the calls name this one;
// it translates in the context the program has always asked for.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(writes::WriteJournal)
};

// Errors from the operating system end without a full stop ("No space left on device"); every
// sentence Paydesk shows ends with one.
QString sentence(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.endsWith(QLatin1Char('.')) ? trimmed : trimmed + QLatin1Char('.');
}

bool syncToDisk(QFileDevice &file)
{
    if (!file.flush())
        return false;
        // On disk, not only in the page cache: the journal must survive a power cut that happens
        // while the request is on its way.
#ifdef Q_OS_UNIX
    return ::fsync(file.handle()) == 0;
#elif defined(Q_OS_WIN)
    return ::_commit(file.handle()) == 0;
#else
    return true;
#endif
}

// A new file's name is only durable once its folder is synced too.
void syncFolder(const QString &folder)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(folder)
#endif
}

bool ensureFolder(const QString &path, QString *error)
{
    // Only a folder made here is made user-only: the journal may sit in a folder shared on
    // purpose (a test's /tmp), which is not Paydesk's to change.
    const QString folder = QFileInfo(path).absolutePath();
    if (QFileInfo::exists(folder))
        return true;
    QString why;
    if (!platform::ensurePrivateFolder(folder, &why)) {
        *error = Text::tr("The folder %1 for the write journal cannot be made: %2")
                     .arg(QDir::toNativeSeparators(folder), sentence(why));
        return false;
    }
    return true;
}

// Two processes (or a compaction and a write) never touch one journal at the same time.
struct Lock
{
    explicit Lock(const QString &path)
        : file(path + QLatin1String(".lock"))
    {
        // A lock left by a crashed Paydesk is taken over at once (QLockFile checks its process).
        locked = file.tryLock(10000);
    }
    QLockFile file;
    bool locked = false;
};

struct RawEntry
{
    JournalEntry entry;
    QList<QByteArray> lines;
};

struct Parsed
{
    QList<RawEntry> entries;
    QList<QByteArray> orphans; // outcomes whose intent is in the archive (a crash mid-compaction)
};

Parsed parse(const QString &path, bool keepLines)
{
    Parsed parsed;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return parsed;
    QHash<QString, qsizetype> indexOf;
    while (!file.atEnd()) {
        const QByteArray text = file.readLine();
        const QJsonObject json = QJsonDocument::fromJson(text).object();
        if (json.isEmpty())
            continue; // a torn line
        const QByteArray whole = text.endsWith('\n') ? text : text + '\n';
        if (auto intent = WriteIntent::fromJson(json)) {
            if (const auto it = indexOf.constFind(intent->id); it != indexOf.constEnd()) {
                // The same intent twice (a crash between archive and journal): one entry.
                if (keepLines)
                    parsed.entries[*it].lines.append(whole);
                continue;
            }
            indexOf.insert(intent->id, parsed.entries.size());
            parsed.entries.append(
                {{*intent, std::nullopt}, keepLines ? QList<QByteArray> {whole} : QList<QByteArray> {}});
        } else if (auto outcome = WriteOutcome::fromJson(json)) {
            const auto it = indexOf.constFind(json.value(QLatin1String("intent")).toString());
            if (it == indexOf.constEnd()) {
                if (keepLines)
                    parsed.orphans.append(whole);
                continue;
            }
            RawEntry &raw = parsed.entries[*it];
            raw.entry.outcome = *outcome;
            if (keepLines)
                raw.lines.append(whole);
        }
    }
    return parsed;
}

QList<JournalEntry> entriesOf(const QList<RawEntry> &raw)
{
    QList<JournalEntry> entries;
    entries.reserve(raw.size());
    for (const RawEntry &one : raw)
        entries.append(one.entry);
    return entries;
}

} // namespace

QString archivePathFor(const QString &journalPath)
{
    QString path = journalPath;
    if (path.endsWith(QLatin1String(".jsonl")))
        path.chop(6);
    return path + QLatin1String("-archive.jsonl");
}

QByteArray line(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact) + '\n';
}

bool append(const QString &path, const QByteArray &lines, QString *error)
{
    QString why;
    if (!ensureFolder(path, &why)) {
        if (error)
            *error = why;
        return false;
    }
    Lock lock(path);
    if (!lock.locked) {
        if (error)
            *error = Text::tr("The write journal %1 is in use by another Paydesk and could not be written.")
                         .arg(QDir::toNativeSeparators(path));
        return false;
    }
    QFile file(path);
    const bool existed = file.exists();
    // Unbuffered: what write() reports is what reached the file, and errno says why not.
    if (!file.open(QIODevice::ReadWrite | QIODevice::Append | QIODevice::Unbuffered)) {
        if (error)
            *error = Text::tr("The write journal %1 cannot be written: %2")
                         .arg(QDir::toNativeSeparators(path), sentence(file.errorString()));
        return false;
    }
    if (!existed)
        platform::makePrivate(path);
    QByteArray bytes = lines;
    // A crash or a full disk mid-line leaves a torn last line; start on a fresh one so these
    // lines stay readable.
    if (file.size() > 0 && file.seek(file.size() - 1) && file.read(1) != "\n")
        bytes.prepend('\n');
    errno = 0;
    const bool ok = file.write(bytes) == bytes.size() && syncToDisk(file);
    if (!ok && error) {
        // A short write leaves Qt's own error unset; the system's errno has the reason.
        const QString reason = errno != 0 ? qt_error_string(errno) : file.errorString();
        *error = Text::tr("The write journal %1 could not be saved: %2")
                     .arg(QDir::toNativeSeparators(path), sentence(reason));
    }
    file.close();
    if (ok && !existed)
        syncFolder(QFileInfo(path).absolutePath());
    return ok;
}

QList<JournalEntry> read(const QString &path)
{
    return entriesOf(parse(path, false).entries);
}

Compaction compact(const QString &path, const QDateTime &now)
{
    Compaction result;
    Lock lock(path);
    Parsed parsed = parse(path, true);
    if (!lock.locked) {
        result.kept = entriesOf(parsed.entries);
        result.error = Text::tr("The write journal %1 is in use by another Paydesk.")
                           .arg(QDir::toNativeSeparators(path));
        return result;
    }

    // Settled writes, newest first, are kept while they are recent and few enough.
    QList<bool> keep(parsed.entries.size(), false);
    int settledKept = 0;
    for (qsizetype i = parsed.entries.size() - 1; i >= 0; --i) {
        const JournalEntry &entry = parsed.entries.at(i).entry;
        if (entry.isUnfinished()) {
            keep[i] = true;
        } else if (settledKept < keepSettledAtMost
                   && entry.intent.createdAt.secsTo(now) < std::chrono::seconds(keepSettledFor).count()) {
            keep[i] = true;
            ++settledKept;
        }
    }
    QByteArray archived;
    QByteArray kept;
    for (qsizetype i = 0; i < parsed.entries.size(); ++i) {
        const RawEntry &raw = parsed.entries.at(i);
        QByteArray &to = keep.at(i) ? kept : archived;
        for (const QByteArray &text : raw.lines)
            to += text;
        if (keep.at(i))
            result.kept.append(raw.entry);
        else
            ++result.archived;
    }
    for (const QByteArray &orphan : std::as_const(parsed.orphans))
        archived += orphan;
    if (archived.isEmpty())
        return result;

    auto fail = [&](const QString &why) {
        result.kept = entriesOf(parsed.entries);
        result.archived = 0;
        result.error = why;
        return result;
    };
    QString why;
    if (!append(archivePathFor(path), archived, &why))
        return fail(why);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(Text::tr("The write journal %1 cannot be rewritten: %2")
                        .arg(QDir::toNativeSeparators(path), sentence(file.errorString())));
    if (file.write(kept) != kept.size() || !syncToDisk(file) || !file.commit())
        return fail(Text::tr("The write journal %1 cannot be rewritten: %2")
                        .arg(QDir::toNativeSeparators(path), sentence(file.errorString())));
    platform::makePrivate(path);
    syncFolder(QFileInfo(path).absolutePath());
    return result;
}

QList<JournalEntry> readHistory(const QString &path)
{
    QList<JournalEntry> history = read(archivePathFor(path));
    QHash<QString, qsizetype> indexOf;
    indexOf.reserve(history.size());
    for (qsizetype i = 0; i < history.size(); ++i)
        indexOf.insert(history.at(i).intent.id, i);
    const QList<JournalEntry> recent = read(path);
    for (const JournalEntry &entry : recent) {
        if (const auto it = indexOf.constFind(entry.intent.id); it != indexOf.constEnd())
            history[*it] = entry; // the journal has the latest word
        else
            history.append(entry);
    }
    return history;
}

} // namespace writes::journalfile
