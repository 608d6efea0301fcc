#include "tests/process/RealProcess.h"
#include "tests/support/TestMain.h"

#include <QSettings>
#include <QTemporaryDir>

// Customer data for the user alone. The app's data folder holds the write journal and the
// built-in sandbox's data; an older Paydesk left them 0644 in a 0755 folder. After a start, the
// folder is 0700 and every file in it 0600, and files the app creates are 0600 too. The same for
// paydesk-sandbox --data.
class TestProcessPrivateFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void appDataBecomesUserOnly();
    void sandboxDataFileIsUserOnly();

private:
    static void makeFile(const QString &path, const QByteArray &bytes, mode_t mode);
    static QString makeSandboxData(const QString &home, const QString &file);
};

void TestProcessPrivateFiles::initTestCase()
{
#ifndef Q_OS_UNIX
    QSKIP("file modes");
#else
    // What a desktop session's umask is: an application that relies on it makes 0644 files.
    ::umask(022);
#endif
}

void TestProcessPrivateFiles::makeFile(const QString &path, const QByteArray &bytes, mode_t mode)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode), 0);
}

// A real saved sandbox, made by the sandbox executable itself.
QString TestProcessPrivateFiles::makeSandboxData(const QString &home, const QString &file)
{
    RealProcess sandbox(home);
    sandbox.start(PAYDESK_SANDBOX_EXECUTABLE, {"--port", "0", "--customers", "5", "--data", file});
    if (!sandbox.waitForOutput("listening on"))
        return QString::fromUtf8(sandbox.output());
    sandbox.terminate();
    sandbox.waitForEnd();
    return QFile::exists(file) ? QString() : QStringLiteral("no %1").arg(file);
}

void TestProcessPrivateFiles::appDataBecomesUserOnly()
{
    QTemporaryDir home;
    const QString data = RealProcess::dataFolder(home.path());
    QVERIFY(QDir().mkpath(data + "/old"));
    for (const QString &folder : {home.path() + "/data", home.path() + "/data/Paydesk", data, data + "/old"})
        QCOMPARE(::chmod(QFile::encodeName(folder).constData(), 0755), 0);
    const QString why = makeSandboxData(home.path(), data + "/sandbox.json");
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QCOMPARE(::chmod(QFile::encodeName(data + "/sandbox.json").constData(), 0644), 0);
    makeFile(data + "/journal.jsonl", "{\"type\":\"intent\",\"id\":\"old\"}\n", 0644);
    makeFile(data + "/old/journal-0.8.jsonl", "{}\n", 0644);

    RealProcess app(home.path());
    app.start(PAYDESK_APP_EXECUTABLE, {});
    QVERIFY2(app.waitForOutput("Opened Paydesk Sandbox"), app.output().constData());
    QCOMPARE(RealProcess::modeOf(data), mode_t(0700));
    QCOMPARE(RealProcess::modeOf(data + "/old"), mode_t(0700));
    for (const char *file : {"/sandbox.json", "/journal.jsonl", "/old/journal-0.8.jsonl"})
        QCOMPARE(RealProcess::modeOf(data + QLatin1String(file)), mode_t(0600));

    // Quitting writes the settings: a new file, user-only although the umask it was started
    // with is 022.
    app.terminate();
    QVERIFY(app.waitForEnd());
    QCOMPARE(app.process().exitCode(), 0);
    const QString settings = home.filePath("config/Paydesk/Paydesk.conf");
    QVERIFY(QFile::exists(settings));
    QCOMPARE(RealProcess::modeOf(settings), mode_t(0600));
    QCOMPARE(RealProcess::modeOf(home.filePath("config/Paydesk")), mode_t(0700));
}

void TestProcessPrivateFiles::sandboxDataFileIsUserOnly()
{
    QTemporaryDir home;
    const QString folder = home.filePath("shared");
    QVERIFY(QDir().mkpath(folder));
    QCOMPARE(::chmod(QFile::encodeName(folder).constData(), 0755), 0);

    // A new --data file.
    const QString fresh = folder + "/fresh.json";
    const QString why = makeSandboxData(home.path(), fresh);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QCOMPARE(RealProcess::modeOf(fresh), mode_t(0600));

    // An existing one, left readable by an older version.
    QCOMPARE(::chmod(QFile::encodeName(fresh).constData(), 0644), 0);
    RealProcess sandbox(home.path());
    sandbox.start(PAYDESK_SANDBOX_EXECUTABLE, {"--port", "0", "--data", fresh});
    QVERIFY2(sandbox.waitForOutput("listening on"), sandbox.output().constData());
    QCOMPARE(RealProcess::modeOf(fresh), mode_t(0600));
    // The folder is the user's choice (it may be /tmp): left as it is.
    QCOMPARE(RealProcess::modeOf(folder), mode_t(0755));
    sandbox.terminate();
    QVERIFY(sandbox.waitForEnd());
    QCOMPARE(sandbox.process().exitCode(), 0);
}

PAYDESK_TEST_GUILESS_MAIN(TestProcessPrivateFiles)
#include "tst_process_privatefiles.moc"
