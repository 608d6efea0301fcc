#include "operations/WriteJournal.h"

#include "platform/UserName.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <io.h>
#endif

namespace operations {

QString WriteJournal::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QLatin1String("/journal.jsonl");
}

WriteJournal::WriteJournal(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
{ }

bool WriteJournal::recordIntent(const WriteIntent &intent, QString *error)
{
    return append(intent.toJson(), error);
}

bool WriteJournal::recordOutcome(const QString &intentId, const WriteOutcome &outcome, QString *error)
{
    return append(outcome.toJson(intentId), error);
}

bool WriteJournal::append(const QJsonObject &line, QString *error)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        if (error)
            *error = tr("The write journal %1 cannot be written: %2").arg(m_path, file.errorString());
        return false;
    }
    QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    // A crash mid-line leaves a torn last line; start on a fresh one so this entry stays readable.
    if (file.size() > 0) {
        QFile tail(m_path);
        if (tail.open(QIODevice::ReadOnly) && tail.seek(tail.size() - 1) && tail.read(1) != "\n")
            bytes.prepend('\n');
    }
    bool ok = file.write(bytes) == bytes.size() && file.flush();
    // On disk, not only in the page cache: the journal must survive a power cut that happens
    // while the request is on its way.
#ifdef Q_OS_UNIX
    ok = ok && ::fsync(file.handle()) == 0;
#elif defined(Q_OS_WIN)
    ok = ok && ::_commit(file.handle()) == 0;
#endif
    if (!ok && error)
        *error = tr("The write journal %1 could not be saved: %2").arg(m_path, file.errorString());
    file.close();
    if (ok)
        emit changed();
    return ok;
}

QList<WriteJournal::Entry> WriteJournal::entries() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Entry> entries;
    QHash<QString, qsizetype> indexOf;
    while (!file.atEnd()) {
        const QJsonObject json = QJsonDocument::fromJson(file.readLine()).object();
        if (auto intent = WriteIntent::fromJson(json)) {
            indexOf.insert(intent->id, entries.size());
            entries.append({*intent, std::nullopt});
        } else if (auto outcome = WriteOutcome::fromJson(json)) {
            const auto it = indexOf.constFind(json.value(QLatin1String("intent")).toString());
            if (it != indexOf.constEnd())
                entries[*it].outcome = *outcome;
        }
    }
    return entries;
}

QList<WriteJournal::Entry> WriteJournal::unfinished(const QString &accountId) const
{
    QList<Entry> result;
    const auto all = entries();
    for (const Entry &entry : all)
        if (entry.isUnfinished() && entry.intent.accountId == accountId)
            result.append(entry);
    return result;
}

QString currentUserName()
{
    return platform::currentUserName();
}

} // namespace operations
