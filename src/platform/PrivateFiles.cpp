#include "src/platform/PrivateFiles.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#endif

namespace platform {

namespace {

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

} // namespace

bool makePrivate(const QString &path, QString *error)
{
#ifdef Q_OS_UNIX
    const QByteArray name = QFile::encodeName(path);
    struct stat status
    {
    };
    if (::lstat(name.constData(), &status) != 0) {
        setError(error, QStringLiteral("%1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
        return false;
    }
    if (S_ISLNK(status.st_mode))
        return true;
    const mode_t wanted = S_ISDIR(status.st_mode) ? S_IRWXU : (S_IRUSR | S_IWUSR);
    if ((status.st_mode & 07777) == wanted)
        return true;
    if (::chmod(name.constData(), wanted) != 0) {
        setError(error, QStringLiteral("%1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
        return false;
    }
    return true;
#else
    if (!QFileInfo::exists(path)) {
        setError(error, QStringLiteral("%1: no such file or folder").arg(path));
        return false;
    }
    return true;
#endif
}

bool ensurePrivateFolder(const QString &path, QString *error)
{
    if (!QDir().mkpath(path)) {
        setError(error, QStringLiteral("%1: the folder cannot be created").arg(path));
        return false;
    }
    return makePrivate(path, error);
}

bool makePrivateTree(const QString &folder, QString *error)
{
    bool ok = makePrivate(folder, error);
    // Without QDirIterator::FollowSymlinks a link to a folder is listed, never entered.
    QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QString why;
        if (!makePrivate(it.next(), &why) && ok) {
            setError(error, why);
            ok = false;
        }
    }
    return ok;
}

QString keepAside(const QString &path, const QString &label, QString *error)
{
    const QString stem
        = QStringLiteral("%1.%2-%3")
              .arg(path, label, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-hhmmss")));
    QString target = stem;
    for (int n = 2; QFileInfo::exists(target) || QFileInfo(target).isSymLink(); ++n)
        target = QStringLiteral("%1-%2").arg(stem).arg(n);
    // QFile::rename never replaces an existing file.
    QFile file(path);
    if (!file.rename(target)) {
        setError(error, QStringLiteral("%1 cannot be renamed: %2").arg(path, file.errorString()));
        return QString();
    }
    makePrivate(target); // best effort: the file is kept either way
    return target;
}

} // namespace platform
