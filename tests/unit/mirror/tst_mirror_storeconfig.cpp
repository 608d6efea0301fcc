#include "src/mirror/StoreConfig.h"
#include "tests/support/TestMain.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using mirror::PostgresAddress;

// A team's connection string as people paste it: both of libpq's forms, Unix sockets, quoting;
// and never a password, which belongs in the keychain.
class TestStoreConfig : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
    void drivers();
    void sqliteFileIsPerAccount();
};

void TestStoreConfig::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("options");
    QTest::newRow("uri") << "postgresql://finance@db.example.com:6543/paydesk?sslmode=require"
                         << "db.example.com" << 6543 << "paydesk"
                         << "finance"
                         << "sslmode=require";
    QTest::newRow("uri default port") << "postgres://db/mirror"
                                      << "db" << 5432 << "mirror"
                                      << ""
                                      << "";
    QTest::newRow("keywords") << "host=10.0.0.5 port=5433 dbname=team user=desk1 sslmode=verify-full"
                              << "10.0.0.5" << 5433 << "team"
                              << "desk1"
                              << "sslmode=verify-full";
    QTest::newRow("socket folder") << "host=/tmp/pg dbname=m"
                                   << "/tmp/pg" << 5432 << "m"
                                   << ""
                                   << "";
    QTest::newRow("quoted") << "dbname='my db' user = 'o\\'brien'   application_name=x"
                            << "" << 5432 << "my db"
                            << "o'brien"
                            << "application_name=x";
}

void TestStoreConfig::parses()
{
    QFETCH(QString, text);
    QString error;
    const PostgresAddress address = PostgresAddress::parse(text, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTEST(address.host, "host");
    QTEST(address.port, "port");
    QTEST(address.database, "database");
    QTEST(address.user, "user");
    QTEST(address.options, "options");
}

void TestStoreConfig::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("because");
    QTest::newRow("password keyword") << "dbname=x password=hunter2"
                                      << "keychain";
    QTest::newRow("password in uri") << "postgresql://u:hunter2@h/x"
                                     << "keychain";
    QTest::newRow("no database") << "host=h user=u"
                                 << "dbname";
    QTest::newRow("bad port") << "dbname=x port=seventy"
                              << "port";
    QTest::newRow("unclosed quote") << "dbname='x"
                                    << "quoted";
    QTest::newRow("no value") << "dbname"
                              << "no value";
    QTest::newRow("semicolon") << "dbname=x application_name=a;b"
                               << ";";
}

void TestStoreConfig::refuses()
{
    QFETCH(QString, text);
    QFETCH(QString, because);
    QString error;
    PostgresAddress::parse(text, &error);
    QVERIFY2(error.contains(because), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1String("hunter2")), "the refusal must not repeat the password");
}

void TestStoreConfig::drivers()
{
    // Both drivers are plug-ins opened at run time; the package and scripts/setup install them.
    QCOMPARE(mirror::missingDriver(mirror::Backend::Sqlite), QString());
    QCOMPARE(mirror::missingDriver(mirror::Backend::Postgres), QString());
}

void TestStoreConfig::sqliteFileIsPerAccount()
{
    QTemporaryDir dir;
    const QString a = mirror::sqliteFileFor(dir.path(), "acct_1");
    const QString b = mirror::sqliteFileFor(dir.path(), "acct_2");
    QVERIFY(a != b);
    QVERIFY(a.startsWith(dir.path()));
    QVERIFY(!mirror::sqliteFileFor(dir.path(), "../../etc/x").contains(".."));
    QVERIFY(QDir().mkpath(QFileInfo(a).path()));
    for (const QString suffix : {"", "-wal", "-shm"}) {
        QFile file(a + suffix);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QVERIFY(mirror::removeSqliteStore(a));
    QVERIFY(!QFile::exists(a) && !QFile::exists(a + "-wal") && !QFile::exists(a + "-shm"));
}

PAYDESK_TEST_GUILESS_MAIN(TestStoreConfig)
#include "tst_mirror_storeconfig.moc"
