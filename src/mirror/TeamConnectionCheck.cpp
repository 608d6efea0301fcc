#include "src/mirror/TeamConnectionCheck.h"

#include "src/mirror/Connection.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QThread>

namespace mirror {

namespace {

// lupdate files a string under the class its tr() is called through: this names the context
// the program asks for.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mirror::TeamConnectionCheck)
};

QString where(const PostgresAddress &address)
{
    if (address.host.startsWith(QLatin1Char('/')))
        return Text::tr("the socket folder %1").arg(address.host);
    return Text::tr("%1, port %2")
        .arg(address.host.isEmpty() ? QStringLiteral("localhost") : address.host)
        .arg(address.port);
}

} // namespace

TeamConnectionCheck::TeamConnectionCheck(const QString &connection, const QString &password,
                                         const QString &account, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_password(password)
    , m_account(account)
{ }

TeamConnectionCheck::~TeamConnectionCheck()
{
    // The thread holds no pointer to this object: it may finish after it, and deletes itself.
    if (m_thread)
        disconnect(m_thread, nullptr, this, nullptr);
}

void TeamConnectionCheck::start()
{
    QPointer<TeamConnectionCheck> self(this);
    QThread *thread
        = QThread::create([self, connection = m_connection, password = m_password, account = m_account] {
              const Result result = run(connection, password, account);
              QMetaObject::invokeMethod(
                  QCoreApplication::instance(),
                  [self, result] {
                      if (self)
                          emit self->finished(result);
                  },
                  Qt::QueuedConnection);
          });
    m_password.clear();
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_thread = thread;
    thread->start();
}

TeamConnectionCheck::Result TeamConnectionCheck::run(const QString &text, const QString &password,
                                                     const QString &account)
{
    QString problem;
    const PostgresAddress address = PostgresAddress::parse(text, &problem);
    if (!problem.isEmpty())
        return {false, problem};
    if (const QString missing = missingDriver(Backend::Postgres); !missing.isEmpty())
        return {false, missing};
    StoreError error;
    const auto connection = Connection::open(StoreConfig::postgresql(text, account), password, &error);
    if (!connection) {
        // Connection::open says "PostgreSQL at … could not be reached: <libpq's words>".
        const QString detail = error.message.section(QStringLiteral(": "), 1);
        return {false, describe(detail.isEmpty() ? error.message : detail, address)};
    }
    const QString version
        = connection->scalar(QStringLiteral("SELECT current_setting('server_version')")).toString();
    const bool mayCreate
        = connection->scalar(QStringLiteral("SELECT has_database_privilege(current_database(), 'CREATE')"))
              .toBool();
    const bool hasSchema = connection
                               ->scalar(QStringLiteral("SELECT count(*) FROM pg_namespace WHERE nspname = "
                                                       "'paydesk_mirror'"))
                               .toInt()
        > 0;
    QString owner;
    if (hasSchema)
        owner = connection
                    ->scalar(
                        QStringLiteral("SELECT value FROM paydesk_mirror.sync_state WHERE key = 'account'"))
                    .toString();
    const QString found
        = Text::tr("Connected to PostgreSQL %1 at %2 as %3, database %4.")
              .arg(version.section(QLatin1Char(' '), 0, 0), where(address),
                   address.user.isEmpty() ? Text::tr("the default user") : address.user, address.database);
    if (!owner.isEmpty() && owner != account)
        return {false,
                Text::tr("%1 It already keeps the copy of another Stripe account (%2): choose another "
                         "database for this one.")
                    .arg(found, owner)};
    if (!owner.isEmpty())
        return {true, Text::tr("%1 It already keeps this account's copy; Paydesk will use it.").arg(found)};
    if (!mayCreate)
        return {false,
                Text::tr("%1 The user %2 may not create tables in it (Paydesk needs CREATE on the database "
                         "to make its schema paydesk_mirror): ask its administrator for it.")
                    .arg(found, address.user)};
    return {true,
            Text::tr("%1 Paydesk will keep this account's copy in a schema of its own, paydesk_mirror.")
                .arg(found)};
}

QString TeamConnectionCheck::describe(const QString &serverMessage, const PostgresAddress &address)
{
    const QString text = serverMessage.simplified();
    const auto has
        = [&text](const char *words) { return text.contains(QLatin1String(words), Qt::CaseInsensitive); };
    const QString user
        = address.user.isEmpty() ? Text::tr("the default user") : Text::tr("the user %1").arg(address.user);
    if (has("password authentication failed"))
        return Text::tr(
                   "PostgreSQL refused the password for %1 (or there is no such user). Check the user name "
                   "and "
                   "the password.")
            .arg(user);
    if (has("no password supplied"))
        return Text::tr("PostgreSQL asks %1 for a password: enter it.").arg(user);
    static const QRegularExpression missingDatabase(QStringLiteral("database \"([^\"]*)\" does not exist"));
    if (const auto match = missingDatabase.match(text); match.hasMatch())
        return Text::tr(
                   "The server has no database named %1. Check its name, or ask its administrator to create "
                   "it.")
            .arg(match.captured(1));
    static const QRegularExpression missingRole(QStringLiteral("role \"([^\"]*)\" does not exist"));
    if (const auto match = missingRole.match(text); match.hasMatch())
        return Text::tr("The server has no user named %1.").arg(match.captured(1));
    if (has("could not translate host name"))
        return Text::tr("No computer named %1 could be found. Check the host name.").arg(address.host);
    if (has("No such file or directory") && address.host.startsWith(QLatin1Char('/')))
        return Text::tr(
                   "No PostgreSQL server is listening in %1. Is the server running, and is this its socket "
                   "folder?")
            .arg(address.host);
    if (has("Connection refused") || has("No such file or directory"))
        return Text::tr("Nothing answers at %1: the server is not running there, or the port is wrong, or a "
                        "firewall "
                        "stands between.")
            .arg(where(address));
    if (has("timeout expired") || has("timed out"))
        return Text::tr(
                   "The server at %1 did not answer within 5 seconds. Check the host and the port, and that "
                   "this computer may reach it.")
            .arg(where(address));
    if (has("SSL") || has("TLS") || has("certificate"))
        return Text::tr(
                   "The secure connection (TLS) to %1 failed: %2 Check sslmode and the server's certificate.")
            .arg(where(address), text);
    if (has("no pg_hba.conf entry"))
        return Text::tr("The server at %1 does not let %2 in from this computer (pg_hba.conf): ask its "
                        "administrator.")
            .arg(where(address), user);
    if (has("too many connections"))
        return Text::tr(
                   "The server at %1 has no free connection left: try again later, or ask its administrator.")
            .arg(where(address));
    return Text::tr("The connection to %1 failed: %2").arg(where(address), text);
}

} // namespace mirror
