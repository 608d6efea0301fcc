#include "tests/process/RealProcess.h"
#include "tests/support/TestMain.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

// A crash of either executable must not write the key (or customer data) to a core file, and
// no other process of the user may read their memory: both set their core limit to 0 and make
// themselves undumpable first thing. Checked from outside, on the real processes, started from a
// shell that allows cores.
class TestProcessHardening : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noCoreDumpAndNotDumpable_data();
    void noCoreDumpAndNotDumpable();
};

namespace {

// "Max core file size  <soft>  <hard>  bytes" from /proc/<pid>/limits.
QStringList coreLimits(qint64 pid)
{
    QFile limits(QStringLiteral("/proc/%1/limits").arg(pid));
    if (!limits.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : limits.readAll().split('\n'))
        if (line.startsWith("Max core file size"))
            return QString::fromLatin1(line.mid(18)).split(QRegularExpression("\\s+"), Qt::SkipEmptyParts);
    return {};
}

// The real user id, from /proc/<pid>/status ("Uid: real effective saved filesystem").
int uidOf(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("Uid:"))
            return line.mid(4).simplified().split(' ').value(0).toInt();
    return -1;
}

} // namespace

void TestProcessHardening::initTestCase()
{
#ifndef Q_OS_LINUX
    QSKIP("reads /proc");
#endif
}

void TestProcessHardening::noCoreDumpAndNotDumpable_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("ready");
    QTest::newRow("paydesk") << QStringLiteral(PAYDESK_APP_EXECUTABLE) << QStringList {"--sandbox"}
                             << QByteArray("Opened Paydesk Sandbox");
    QTest::newRow("paydesk-sandbox") << QStringLiteral(PAYDESK_SANDBOX_EXECUTABLE)
                                     << QStringList {"--port", "0", "--customers", "5"}
                                     << QByteArray("listening on");
}

void TestProcessHardening::noCoreDumpAndNotDumpable()
{
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, ready);

    QTemporaryDir home;
    RealProcess app(home.path());
    app.start(program, arguments, {.allowCores = true, .unprivileged = true});
    QVERIFY2(app.waitForOutput(ready), app.output().constData());

    // The shell allowed cores (unlimited, or up to its hard limit); the process took that away.
    const QStringList core = coreLimits(app.pid());
    QCOMPARE(core.size(), 3);
    QCOMPARE(core.at(0), QStringLiteral("0"));
    QCOMPARE(core.at(1), QStringLiteral("0"));

    // The kernel hands the /proc files of an undumpable process to root: an unprivileged process
    // (and the test runs it as nobody when it is root itself) sees them owned by root, not by
    // the process's own user, and cannot read its environment or memory.
    const int uid = uidOf(app.pid());
    QVERIFY(uid > 0);
    const QFileInfo environment(QStringLiteral("/proc/%1/environ").arg(app.pid()));
    QCOMPARE(int(environment.ownerId()), 0);
    QFile memory(QStringLiteral("/proc/%1/mem").arg(app.pid()));
    if (::geteuid() != 0)
        QVERIFY(!memory.open(QIODevice::ReadOnly));

    app.terminate();
    QVERIFY(app.waitForEnd());
    QCOMPARE(app.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(app.process().exitCode(), 0);
}

PAYDESK_TEST_GUILESS_MAIN(TestProcessHardening)
#include "tst_process_hardening.moc"
