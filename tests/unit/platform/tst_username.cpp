#include "src/platform/UserName.h"
#include "src/writes/WriteJournal.h"
#include "tests/support/TestMain.h"

#include <QTest>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

// The journal's "who" when the environment does not say: a service, a cron job or `env -i` has
// no USER, USERNAME or LOGNAME, and the journal must still name the account that wrote.
class TestUserName : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void askedOfTheSystemWithoutEnvironment();
    void systemNameWinsOverTheEnvironment();

private:
    QHash<QByteArray, QByteArray> m_saved;
};

namespace {
const QByteArray variables[] = {"USER", "USERNAME", "LOGNAME"};

QString systemName()
{
#ifdef Q_OS_UNIX
    const passwd *entry = ::getpwuid(::geteuid());
    return entry ? QString::fromLocal8Bit(entry->pw_name) : QStringLiteral("uid %1").arg(::geteuid());
#else
    return QString();
#endif
}
} // namespace

void TestUserName::init()
{
    for (const QByteArray &name : variables) {
        if (qEnvironmentVariableIsSet(name.constData()))
            m_saved.insert(name, qgetenv(name.constData()));
        qunsetenv(name.constData());
    }
}

void TestUserName::cleanup()
{
    for (const QByteArray &name : variables)
        qunsetenv(name.constData());
    for (auto it = m_saved.cbegin(); it != m_saved.cend(); ++it)
        qputenv(it.key().constData(), it.value());
    m_saved.clear();
}

void TestUserName::askedOfTheSystemWithoutEnvironment()
{
    QVERIFY(qEnvironmentVariableIsEmpty("USER") && qEnvironmentVariableIsEmpty("LOGNAME"));
    QVERIFY(!platform::currentUserName().isEmpty());
    QVERIFY(!writes::currentUserName().isEmpty()); // what the journal writes
#ifdef Q_OS_UNIX
    QCOMPARE(platform::currentUserName(), systemName());
    QCOMPARE(writes::currentUserName(), systemName());
#endif
}

void TestUserName::systemNameWinsOverTheEnvironment()
{
#ifndef Q_OS_UNIX
    QSKIP("Unix only");
#else
    // `sudo -E`, or a USER set by hand: the journal records who the process runs as.
    qputenv("USER", "somebody-else");
    QCOMPARE(platform::currentUserName(), systemName());
#endif
}

PAYDESK_TEST_GUILESS_MAIN(TestUserName)
#include "tst_username.moc"
