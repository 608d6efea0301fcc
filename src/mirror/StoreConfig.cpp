#include "src/mirror/StoreConfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QUrl>
#include <QUrlQuery>

namespace mirror {

namespace {

// lupdate files a string under the class its tr() is called through, so the calls name this one;
// it translates in the context the program has always asked for.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mirror::StoreConfig)
};

// libpq's keyword=value form: values may be quoted with single quotes, \' and \\ escaped.
QList<QPair<QString, QString>> parseKeywords(const QString &text, QString *error)
{
    QList<QPair<QString, QString>> pairs;
    int i = 0;
    const int n = int(text.size());
    while (i < n) {
        while (i < n && text.at(i).isSpace())
            ++i;
        if (i >= n)
            break;
        const int keyStart = i;
        while (i < n && text.at(i) != QLatin1Char('=') && !text.at(i).isSpace())
            ++i;
        const QString key = text.mid(keyStart, i - keyStart);
        while (i < n && text.at(i).isSpace())
            ++i;
        if (i >= n || text.at(i) != QLatin1Char('=')) {
            *error = Text::tr("“%1” has no value in the connection string.").arg(key);
            return {};
        }
        ++i;
        while (i < n && text.at(i).isSpace())
            ++i;
        QString value;
        if (i < n && text.at(i) == QLatin1Char('\'')) {
            ++i;
            bool closed = false;
            while (i < n) {
                const QChar c = text.at(i++);
                if (c == QLatin1Char('\\') && i < n) {
                    value.append(text.at(i++));
                } else if (c == QLatin1Char('\'')) {
                    closed = true;
                    break;
                } else {
                    value.append(c);
                }
            }
            if (!closed) {
                *error = Text::tr("A quoted value in the connection string is not closed.");
                return {};
            }
        } else {
            while (i < n && !text.at(i).isSpace())
                value.append(text.at(i++));
        }
        pairs.append({key, value});
    }
    return pairs;
}

QList<QPair<QString, QString>> parseUri(const QString &text, QString *error)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        *error = Text::tr("The connection string is not a valid postgresql:// address.");
        return {};
    }
    QList<QPair<QString, QString>> pairs;
    if (!url.password().isEmpty())
        pairs.append({QStringLiteral("password"), url.password()});
    if (!url.userName().isEmpty())
        pairs.append({QStringLiteral("user"), url.userName()});
    if (!url.host().isEmpty())
        pairs.append({QStringLiteral("host"), url.host()});
    if (url.port() > 0)
        pairs.append({QStringLiteral("port"), QString::number(url.port())});
    const QString database = url.path().mid(1);
    if (!database.isEmpty())
        pairs.append({QStringLiteral("dbname"), database});
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items)
        pairs.append({key, value});
    return pairs;
}

} // namespace

StoreConfig StoreConfig::sqlite(const QString &path, const QString &accountId)
{
    StoreConfig config;
    config.backend = Backend::Sqlite;
    config.sqlitePath = path;
    config.accountId = accountId;
    return config;
}

StoreConfig StoreConfig::postgresql(const QString &connection, const QString &accountId)
{
    StoreConfig config;
    config.backend = Backend::Postgres;
    config.postgres = connection;
    config.accountId = accountId;
    return config;
}

QString sqliteFileFor(const QString &accountDataDir, const QString &accountId)
{
    QString safe = accountId;
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_]"));
    safe.replace(unsafe, QStringLiteral("_"));
    return QDir(accountDataDir).filePath(QStringLiteral("mirror/%1.sqlite").arg(safe));
}

bool removeSqliteStore(const QString &path)
{
    bool gone = true;
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        const QString file = path + suffix;
        if (QFileInfo::exists(file) && !QFile::remove(file))
            gone = false;
    }
    return gone;
}

PostgresAddress PostgresAddress::parse(const QString &connection, QString *error)
{
    QString problem;
    const QString text = connection.trimmed();
    const bool isUri
        = text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"));
    const auto pairs = isUri ? parseUri(text, &problem) : parseKeywords(text, &problem);
    PostgresAddress address;
    QStringList options;
    for (const auto &[key, value] : pairs) {
        if (!problem.isEmpty())
            break;
        if (key == QLatin1String("password") || key == QLatin1String("passfile")) {
            problem
                = Text::tr("Leave the password out of the connection string: Paydesk keeps it in the system "
                           "keychain.");
        } else if (key == QLatin1String("host") || key == QLatin1String("hostaddr")) {
            address.host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            address.port = value.toInt(&ok);
            if (!ok || address.port <= 0 || address.port > 65535)
                problem = Text::tr("“%1” is not a port number.").arg(value);
        } else if (key == QLatin1String("dbname")) {
            address.database = value;
        } else if (key == QLatin1String("user")) {
            address.user = value;
        } else if (value.contains(QLatin1Char(';'))) {
            // QPSQL separates its options with ';'.
            problem = Text::tr("The value of “%1” cannot contain “;”.").arg(key);
        } else {
            options.append(key + QLatin1Char('=') + value);
        }
    }
    if (problem.isEmpty() && address.database.isEmpty())
        problem = Text::tr("The connection string names no database (dbname).");
    if (error)
        *error = problem;
    if (!problem.isEmpty())
        return {};
    address.options = options.join(QLatin1Char(';'));
    return address;
}

QString PostgresAddress::display() const
{
    QStringList parts;
    if (!host.isEmpty())
        parts << QStringLiteral("host=") + host;
    parts << QStringLiteral("port=%1").arg(port) << QStringLiteral("dbname=") + database;
    if (!user.isEmpty())
        parts << QStringLiteral("user=") + user;
    if (!options.isEmpty())
        parts << QString(options).replace(QLatin1Char(';'), QLatin1Char(' '));
    return parts.join(QLatin1Char(' '));
}

QString missingDriver(Backend backend)
{
    if (backend == Backend::Sqlite)
        return QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))
            ? QString()
            : Text::tr("SQLite support for Qt is not installed (Debian: libqt6sql6-sqlite).");
    return QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))
        ? QString()
        : Text::tr("PostgreSQL support for Qt is not installed (Debian: libqt6sql6-psql).");
}

} // namespace mirror
