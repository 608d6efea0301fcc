#include "src/writes/WriteJournal.h"

#include "src/platform/UserName.h"
#include "src/writes/JournalFile.h"

#include <QMutex>
#include <QRunnable>
#include <QStandardPaths>
#include <QThreadPool>
#include <QWaitCondition>

namespace writes {

// What the worker that reads the file hands over: shared, so that neither side outlives it.
struct WriteJournal::Load
{
    QMutex mutex;
    QWaitCondition done;
    bool finished = false;
    journalfile::Compaction result;
};

QString WriteJournal::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QLatin1String("/journal.jsonl");
}

WriteJournal::WriteJournal(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_load(std::make_shared<Load>())
{
    // The journal waits for this worker in its destructor, and the worker posts its result
    // while holding the mutex the destructor waits on: the journal is alive when it posts.
    QThreadPool::globalInstance()->start(QRunnable::create([load = m_load, path, journal = this] {
        journalfile::Compaction result = journalfile::compact(path, QDateTime::currentDateTimeUtc());
        QMutexLocker locker(&load->mutex);
        load->result = std::move(result);
        load->finished = true;
        QMetaObject::invokeMethod(journal, &WriteJournal::install, Qt::QueuedConnection);
        load->done.wakeAll();
    }));
}

WriteJournal::~WriteJournal()
{
    // Outcomes that could not be written get one more chance; the worker finishes its file work.
    flush();
    QMutexLocker locker(&m_load->mutex);
    while (!m_load->finished)
        m_load->done.wait(&m_load->mutex);
}

QString WriteJournal::archivePath() const
{
    return journalfile::archivePathFor(m_path);
}

void WriteJournal::waitUntilLoaded()
{
    if (m_loaded)
        return;
    {
        QMutexLocker locker(&m_load->mutex);
        while (!m_load->finished)
            m_load->done.wait(&m_load->mutex);
    }
    install();
}

void WriteJournal::install()
{
    if (m_loaded)
        return;
    QList<Entry> entries;
    {
        QMutexLocker locker(&m_load->mutex);
        entries = std::move(m_load->result.kept);
        m_loadProblem = m_load->result.error;
    }
    // Writes recorded while the file was being read come after what the file held.
    const QList<Entry> early = std::exchange(m_entries, {});
    m_indexOf.clear();
    for (const Entry &entry : std::as_const(entries))
        remember(entry);
    for (const Entry &entry : early)
        remember(entry);
    m_loaded = true;
    emit loaded();
}

void WriteJournal::whenLoaded(QObject *context, std::function<void()> function)
{
    if (m_loaded) {
        function();
        return;
    }
    connect(this, &WriteJournal::loaded, context, std::move(function), Qt::SingleShotConnection);
}

void WriteJournal::remember(const Entry &entry)
{
    if (const auto it = m_indexOf.constFind(entry.intent.id); it != m_indexOf.constEnd()) {
        m_entries[*it] = entry;
        return;
    }
    m_indexOf.insert(entry.intent.id, m_entries.size());
    m_entries.append(entry);
}

bool WriteJournal::write(const QByteArray &lines, QString *error)
{
    // Outcomes that could not be written before go first, in the order they came.
    QByteArray bytes;
    for (const QByteArray &line : std::as_const(m_unsaved))
        bytes += line;
    bytes += lines;
    if (!journalfile::append(m_path, bytes, error))
        return false;
    m_unsaved.clear();
    return true;
}

bool WriteJournal::recordIntent(const WriteIntent &intent, QString *error)
{
    if (!write(journalfile::line(intent.toJson()), error))
        return false;
    // As it reads back from the file: its own id is its idempotency key.
    WriteIntent recorded = intent;
    recorded.request.idempotencyKey = intent.id;
    remember({recorded, std::nullopt});
    emit changed(intent.id);
    return true;
}

bool WriteJournal::recordOutcome(const QString &intentId, const WriteOutcome &outcome, QString *error)
{
    waitUntilLoaded();
    const QByteArray line = journalfile::line(outcome.toJson(intentId));
    QString why;
    const bool saved = write(line, &why);
    if (!saved)
        m_unsaved.append(line);
    // What is known is not lost: this journal answers with the outcome whether or not it is on
    // disk yet, so nobody is asked about a write that settled.
    if (const auto it = m_indexOf.constFind(intentId); it != m_indexOf.constEnd())
        m_entries[*it].outcome = outcome;
    emit changed(intentId);
    if (!saved) {
        const QString message
            = tr("%1 What became of the write is kept in memory and written as soon as the disk "
                 "allows; if Paydesk is closed first, the write is listed as unfinished at the next "
                 "start, where Check settles it.")
                  .arg(why);
        if (error)
            *error = message;
        emit problem(message);
    }
    return saved;
}

bool WriteJournal::flush(QString *error)
{
    return m_unsaved.isEmpty() || write({}, error);
}

QList<WriteJournal::Entry> WriteJournal::entries() const
{
    const_cast<WriteJournal *>(this)->waitUntilLoaded();
    return m_entries;
}

std::optional<WriteJournal::Entry> WriteJournal::entry(const QString &intentId) const
{
    const_cast<WriteJournal *>(this)->waitUntilLoaded();
    const auto it = m_indexOf.constFind(intentId);
    if (it == m_indexOf.constEnd())
        return std::nullopt;
    return m_entries.at(*it);
}

QList<WriteJournal::Entry> WriteJournal::unfinished(const QString &accountId) const
{
    const_cast<WriteJournal *>(this)->waitUntilLoaded();
    QList<Entry> result;
    for (const Entry &entry : m_entries)
        if (entry.isUnfinished() && entry.intent.accountId == accountId)
            result.append(entry);
    return result;
}

QList<WriteJournal::Entry> WriteJournal::entriesOn(const QString &accountId, const QString &target) const
{
    const_cast<WriteJournal *>(this)->waitUntilLoaded();
    QList<Entry> result;
    if (target.isEmpty())
        return result;
    for (const Entry &entry : m_entries)
        if (entry.intent.target == target && entry.intent.accountId == accountId)
            result.append(entry);
    return result;
}

QList<WriteJournal::Entry> WriteJournal::unfinishedOn(const QString &accountId, const QString &target) const
{
    QList<Entry> result = entriesOn(accountId, target);
    result.removeIf([](const Entry &entry) { return !entry.isUnfinished(); });
    return result;
}

QList<WriteJournal::Entry> WriteJournal::readHistory(const QString &path)
{
    return journalfile::readHistory(path);
}

void WriteJournal::beginSending(const QString &intentId)
{
    m_sending.insert(intentId);
    emit sendingChanged(sendingCount());
}

void WriteJournal::endSending(const QString &intentId)
{
    if (m_sending.remove(intentId))
        emit sendingChanged(sendingCount());
}

QString currentUserName()
{
    return platform::currentUserName();
}

} // namespace writes
