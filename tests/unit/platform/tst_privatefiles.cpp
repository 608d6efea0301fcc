#include "src/platform/PrivateFiles.h"
#include "tests/support/TestMain.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

// Customer data for the user alone: files 0600, folders 0700, at any depth, links left alone;
// a file that cannot be used is kept aside, never deleted or overwritten.
class TestPrivateFiles : public QObject
{
    Q_OBJECT

private slots:
    void tightensAFolderAndEverythingInIt();
    void createsAPrivateFolder();
    void leavesLinksAndTheirTargetsAlone();
    void saysWhyWhenItCannot();
    void keepsAFileAsideWithoutReplacingAnother();

private:
    static mode_t modeOf(const QString &path);
    static void write(const QString &path, const QByteArray &bytes, mode_t mode);
};

mode_t TestPrivateFiles::modeOf(const QString &path)
{
    struct stat status
    {
    };
    if (::lstat(QFile::encodeName(path).constData(), &status) != 0)
        return mode_t(-1);
    return status.st_mode & 07777;
}

void TestPrivateFiles::write(const QString &path, const QByteArray &bytes, mode_t mode)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode), 0);
}

void TestPrivateFiles::tightensAFolderAndEverythingInIt()
{
    // What an older Paydesk left: a 0755 folder with 0644 files, one of them in a subfolder.
    QTemporaryDir home;
    const QString data = home.filePath("Paydesk");
    QVERIFY(QDir().mkpath(data + "/archive"));
    ::chmod(QFile::encodeName(data).constData(), 0755);
    ::chmod(QFile::encodeName(data + "/archive").constData(), 0755);
    write(data + "/journal.jsonl", "{}\n", 0644);
    write(data + "/sandbox.json", "{}", 0666);
    write(data + "/.hidden", "x", 0644);
    write(data + "/archive/journal-2025.jsonl", "{}\n", 0604);

    QString error;
    QVERIFY2(platform::makePrivateTree(data, &error), qPrintable(error));
    QCOMPARE(modeOf(data), mode_t(0700));
    QCOMPARE(modeOf(data + "/archive"), mode_t(0700));
    for (const char *file : {"/journal.jsonl", "/sandbox.json", "/.hidden", "/archive/journal-2025.jsonl"})
        QCOMPARE(modeOf(data + QLatin1String(file)), mode_t(0600));
    // The contents are untouched.
    QFile journal(data + "/journal.jsonl");
    QVERIFY(journal.open(QIODevice::ReadOnly));
    QCOMPARE(journal.readAll(), QByteArray("{}\n"));
}

void TestPrivateFiles::createsAPrivateFolder()
{
    QTemporaryDir home;
    const QString data = home.filePath("share/Paydesk/Paydesk");
    QString error;
    QVERIFY2(platform::ensurePrivateFolder(data, &error), qPrintable(error));
    QCOMPARE(modeOf(data), mode_t(0700));
    // An existing open folder is closed too.
    ::chmod(QFile::encodeName(data).constData(), 0755);
    QVERIFY(platform::ensurePrivateFolder(data));
    QCOMPARE(modeOf(data), mode_t(0700));
}

void TestPrivateFiles::leavesLinksAndTheirTargetsAlone()
{
    QTemporaryDir home;
    const QString data = home.filePath("data");
    const QString elsewhere = home.filePath("elsewhere");
    QVERIFY(QDir().mkpath(data));
    QVERIFY(QDir().mkpath(elsewhere));
    ::chmod(QFile::encodeName(elsewhere).constData(), 0755);
    write(elsewhere + "/shared.txt", "public", 0644);
    QVERIFY(QFile::link(elsewhere + "/shared.txt", data + "/link-to-file"));
    QVERIFY(QFile::link(elsewhere, data + "/link-to-folder"));

    QVERIFY(platform::makePrivateTree(data));
    QCOMPARE(modeOf(elsewhere), mode_t(0755));
    QCOMPARE(modeOf(elsewhere + "/shared.txt"), mode_t(0644));
}

void TestPrivateFiles::saysWhyWhenItCannot()
{
    QString error;
    QVERIFY(!platform::makePrivate(QDir::tempPath() + "/paydesk-no-such-file-here", &error));
    QVERIFY2(error.contains("paydesk-no-such-file-here"), qPrintable(error));
}

void TestPrivateFiles::keepsAFileAsideWithoutReplacingAnother()
{
    QTemporaryDir home;
    const QString file = home.filePath("sandbox.json");
    write(file, "{\"store\":{\"cust", 0644);

    QString error;
    const QString kept = platform::keepAside(file, "unreadable", &error);
    QVERIFY2(!kept.isEmpty(), qPrintable(error));
    QVERIFY(!QFile::exists(file));
    QVERIFY2(kept.startsWith(file + ".unreadable-"), qPrintable(kept));
    QCOMPARE(modeOf(kept), mode_t(0600));
    QFile keptFile(kept);
    QVERIFY(keptFile.open(QIODevice::ReadOnly));
    QCOMPARE(keptFile.readAll(), QByteArray("{\"store\":{\"cust"));

    // Twice within a second: the second copy gets a name of its own.
    write(file, "second", 0644);
    const QString keptAgain = platform::keepAside(file, "unreadable", &error);
    QVERIFY(!keptAgain.isEmpty());
    QVERIFY(keptAgain != kept);
    QVERIFY(QFile::exists(kept));
    QVERIFY(QFile::exists(keptAgain));
}

PAYDESK_TEST_GUILESS_MAIN(TestPrivateFiles)
#include "tst_privatefiles.moc"
