#include "src/platform/ProcessHardening.h"
#include "tests/support/TestMain.h"

#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#include <sys/stat.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

// In this process: after disableCoreDumps() no core can be written and (Linux) the process is
// not dumpable; after restrictNewFilesToUser() new files are 0600. The real executables are
// checked from outside in tests/process.
class TestProcessHardening : public QObject
{
    Q_OBJECT

private slots:
    void noCoreAndNotDumpable();
    void newFilesAreUserOnly();
};

void TestProcessHardening::noCoreAndNotDumpable()
{
#ifndef Q_OS_UNIX
    QSKIP("Unix only");
#else
    // Start from a limit that would allow a core, as a shell with `ulimit -c unlimited` does.
    rlimit limit {};
    QCOMPARE(::getrlimit(RLIMIT_CORE, &limit), 0);
    limit.rlim_cur = limit.rlim_max;
    QCOMPARE(::setrlimit(RLIMIT_CORE, &limit), 0);
#ifdef Q_OS_LINUX
    QCOMPARE(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 1);
#endif

    QString whyNot;
    QVERIFY2(platform::disableCoreDumps(&whyNot), qPrintable(whyNot));
    QVERIFY(whyNot.isEmpty());

    QCOMPARE(::getrlimit(RLIMIT_CORE, &limit), 0);
    QCOMPARE(limit.rlim_cur, rlim_t(0));
    QCOMPARE(limit.rlim_max, rlim_t(0)); // and it cannot be raised again
#ifdef Q_OS_LINUX
    QCOMPARE(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
#endif
#endif
}

void TestProcessHardening::newFilesAreUserOnly()
{
#ifndef Q_OS_UNIX
    QSKIP("Unix only");
#else
    ::umask(022);
    QCOMPARE(platform::restrictNewFilesToUser(), 022u);
    QTemporaryDir dir;
    QFile file(dir.filePath("new.jsonl"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QCOMPARE(file.permissions(), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
    QVERIFY(QDir(dir.path()).mkdir("folder"));
    struct stat status
    {
    };
    QCOMPARE(::stat(QFile::encodeName(dir.filePath("folder")).constData(), &status), 0);
    QCOMPARE(status.st_mode & 0777, mode_t(0700));
#endif
}

PAYDESK_TEST_GUILESS_MAIN(TestProcessHardening)
#include "tst_processhardening.moc"
