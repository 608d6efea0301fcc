#include "tests/integration/mirror/support/StoreUnderTest.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace {

QHash<QString, QString> fixtureEnv()
{
    QHash<QString, QString> values;
    const QString state = qEnvironmentVariable("PAYDESK_TEST_PG");
    if (state.isEmpty())
        return values;
    QFile file(state + "/env");
    if (!file.open(QIODevice::ReadOnly))
        return values;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const int equals = line.indexOf('=');
        if (equals > 0)
            values.insert(QString::fromUtf8(line.left(equals)), QString::fromUtf8(line.mid(equals + 1)));
    }
    return values;
}

// Runs one statement on the cluster's maintenance database.
bool admin(const QString &sql, QString *error)
{
    const auto env = fixtureEnv();
    const QString name = QStringLiteral("paydesk-test-admin-%1").arg(QRandomGenerator::global()->generate());
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QPSQL", name);
        db.setHostName(env.value("host"));
        db.setPort(env.value("port").toInt());
        db.setUserName(env.value("user"));
        db.setPassword(env.value("password"));
        db.setDatabaseName("postgres");
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok && error)
                *error = query.lastError().text();
        } else if (error) {
            *error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

void StoreUnderTest::addRows()
{
    QTest::addColumn<QString>("storeKind");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgres") << QStringLiteral("postgres");
}

bool StoreUnderTest::hasPostgres(QString *why)
{
    if (qEnvironmentVariableIsEmpty("PAYDESK_TEST_PG")) {
        if (why)
            *why = "no PostgreSQL: run through ctest, whose fixture starts one (PAYDESK_TEST_PG)";
        return false;
    }
    if (fixtureEnv().value("host").isEmpty()) {
        if (why)
            *why = "PAYDESK_TEST_PG is set but its env file is missing: the fixture failed";
        return false;
    }
    return true;
}

QString StoreUnderTest::postgresServer()
{
    const auto env = fixtureEnv();
    return QStringLiteral("host=%1 port=%2 user=%3")
        .arg(env.value("host"), env.value("port"), env.value("user"));
}

QString StoreUnderTest::postgresPassword()
{
    return fixtureEnv().value("password");
}

StoreUnderTest::StoreUnderTest(const QString &kind, const QString &account)
    : m_backend(kind == "postgres" ? mirror::Backend::Postgres : mirror::Backend::Sqlite)
{
    if (m_backend == mirror::Backend::Sqlite) {
        m_config
            = mirror::StoreConfig::sqlite(mirror::sqliteFileFor(m_dir.filePath("account"), account), account);
        m_ready = true;
        return;
    }
    if (!hasPostgres(&m_why)) {
        // Under ctest a missing cluster is a failure, not a skip.
        if (!qEnvironmentVariableIsEmpty("PAYDESK_TEST_PG"))
            QTest::qFail(qPrintable(m_why), __FILE__, __LINE__);
        return;
    }
    m_database
        = QStringLiteral("mirror_test_%1").arg(QRandomGenerator::global()->generate64() & 0xffffffffffff);
    QString error;
    // Sorted like a typical team server, by language rules (ICU, en-US), not byte by byte: the
    // mirror must give SQLite's answers anyway.
    if (!admin(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US' "
                              "LOCALE 'C.UTF-8'")
                   .arg(m_database),
               &error)) {
        m_why = "CREATE DATABASE failed: " + error;
        QTest::qFail(qPrintable(m_why), __FILE__, __LINE__);
        m_database.clear();
        return;
    }
    m_config = mirror::StoreConfig::postgresql(postgresServer() + " dbname=" + m_database, account);
    m_ready = true;
}

StoreUnderTest::~StoreUnderTest()
{
    if (!m_database.isEmpty())
        admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database), nullptr);
}

QString StoreUnderTest::password() const
{
    return m_backend == mirror::Backend::Postgres ? postgresPassword() : QString();
}

std::unique_ptr<mirror::Store> StoreUnderTest::open(int schemaVersion, mirror::StoreError *error,
                                                    const QString &desk)
{
    mirror::Store::OpenOptions options;
    options.password = password();
    options.schemaVersion = schemaVersion;
    options.desk = desk;
    mirror::StoreError ignored;
    return mirror::Store::open(m_config, options, error ? error : &ignored);
}
