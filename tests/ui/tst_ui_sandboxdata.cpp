#include "src/accounts/AccountStore.h"
#include "src/accounts/KeyVault.h"
#include "src/sandbox/EmbeddedServer.h"
#include "src/sandbox/SandboxKeys.h"
#include "src/session/Session.h"
#include "tests/support/ScriptedKeychainBackend.h"
#include "tests/support/TestMain.h"
#include "tests/ui/support/UiFixture.h"
#include "ui/Workspace.h"
#include "ui/customers/CustomersTab.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

// The built-in sandbox's data file, cut short (a full disk, a crash of another tool): the window
// says that the file cannot be read (not "has no customers") and offers to start the sandbox
// afresh; the old file is kept aside, renamed and user-only, never deleted. Through the real
// session and its Workspace, with a real embedded sandbox started as app/main.cpp starts it.
class TestUiSandboxData : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void cutShortDataIsKeptAsideAndStartedAfresh();
    void cancelLeavesTheFileAsItIs();

private:
    QMessageBox *waitForOffer();

    QTemporaryDir m_dir;
    QString m_dataFile;
    QByteArray m_cutShort;
    std::unique_ptr<sandbox::EmbeddedServer> m_server;
    std::unique_ptr<accounts::KeyVault> m_vault;
    std::unique_ptr<accounts::AccountStore> m_store;
    std::unique_ptr<writes::WriteJournal> m_journal;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<session::Session> m_session;
    std::unique_ptr<Workspace> m_workspace;
};

void TestUiSandboxData::init()
{
    QSettings().clear();
    m_dataFile = m_dir.filePath("sandbox.json");
    QFile::remove(m_dataFile);
    for (const QString &kept : QDir(m_dir.path()).entryList({"sandbox.json.*"}))
        QFile::remove(m_dir.filePath(kept));
    {
        // A real saved sandbox, then cut in the middle.
        sandbox::EmbeddedServer maker;
        sandbox::Options options;
        options.dataFile = m_dataFile;
        options.customers = 5;
        QString error;
        QVERIFY2(maker.start(options, &error), qPrintable(error));
    }
    QFile file(m_dataFile);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.resize(file.size() / 2));
    m_cutShort = file.readAll();
    file.close();

    m_server = std::make_unique<sandbox::EmbeddedServer>();
    m_vault = std::make_unique<accounts::KeyVault>(
        std::make_unique<ScriptedKeychainBackend>(std::make_shared<ScriptedKeychainBackend::State>()));
    m_store = std::make_unique<accounts::AccountStore>();
    m_journal = std::make_unique<writes::WriteJournal>(m_dir.filePath("journal.jsonl"));
    m_window = std::make_unique<MainWindow>();
    UiFixture::watchModels(m_window.get());
    m_window->show();
    // As app/main.cpp's startSandbox: a failure to read the data names the file.
    m_session = std::make_unique<session::Session>(m_vault.get(), m_store.get(), m_journal.get(), [this] {
        if (!m_server->isRunning()) {
            sandbox::Options options;
            options.dataFile = m_dataFile;
            options.customers = 5;
            QString error;
            if (!m_server->start(options, &error)) {
                session::Session::Sandbox failed;
                failed.error = QStringLiteral("The sandbox could not start: %1").arg(error);
                if (QFileInfo::exists(m_dataFile) && error.contains(m_dataFile))
                    failed.unreadableData = m_dataFile;
                return failed;
            }
        }
        return session::Session::Sandbox {m_server->url(), sandbox::keys::secret(), {}};
    });
    m_workspace = std::make_unique<Workspace>(m_window.get(), m_session.get());
}

void TestUiSandboxData::cleanup()
{
    UiFixture::closeDialogs();
    m_workspace.reset();
    m_session.reset();
    m_window.reset();
    m_server.reset();
}

QMessageBox *TestUiSandboxData::waitForOffer()
{
    QMessageBox *box = UiFixture::waitForWindow<QMessageBox>();
    if (box && box->objectName() != QLatin1String("sandboxDataUnreadable"))
        return nullptr;
    return box;
}

void TestUiSandboxData::cutShortDataIsKeptAsideAndStartedAfresh()
{
    m_session->start({});
    QMessageBox *offer = waitForOffer();
    QVERIFY(offer);
    QVERIFY2(offer->text().contains("cut short or is not JSON"), qPrintable(offer->text()));
    QVERIFY2(offer->text().contains(m_dataFile), qPrintable(offer->text()));
    QVERIFY(!offer->text().contains("has no customers"));
    QVERIFY(!m_session->isSandbox());
    QPushButton *fresh = nullptr;
    for (QAbstractButton *button : offer->buttons())
        if (button->text() == QLatin1String("Start the sandbox afresh"))
            fresh = qobject_cast<QPushButton *>(button);
    QVERIFY(fresh);
    QVERIFY(offer->defaultButton() != fresh); // Enter does not throw the data aside
    fresh->click();

    QVERIFY(QTest::qWaitFor([this] { return m_session->isSandbox(); }, 10000));
    QVERIFY(UiFixture::waitForRows(m_window->customersTab(), 1));
    // The old file, kept whole, next to a new one.
    const QStringList kept = QDir(m_dir.path()).entryList({"sandbox.json.unreadable-*"});
    QCOMPARE(kept.size(), 1);
    QFile keptFile(m_dir.filePath(kept.first()));
    QVERIFY(keptFile.open(QIODevice::ReadOnly));
    QCOMPARE(keptFile.readAll(), m_cutShort);
#ifdef Q_OS_UNIX
    QCOMPARE(QFileInfo(keptFile).permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
#endif
    QVERIFY(QFileInfo::exists(m_dataFile));
    QVERIFY2(m_window->statusBar()->currentMessage().contains(kept.first()),
             qPrintable(m_window->statusBar()->currentMessage()));
}

void TestUiSandboxData::cancelLeavesTheFileAsItIs()
{
    m_session->start({});
    QMessageBox *offer = waitForOffer();
    QVERIFY(offer);
    offer->button(QMessageBox::Cancel)->click();
    QTest::qWait(100); // nothing must happen: the data stays where it is and no sandbox starts
    QVERIFY(!m_session->isSandbox());
    QVERIFY(QDir(m_dir.path()).entryList({"sandbox.json.*"}).isEmpty());
    QFile file(m_dataFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), m_cutShort);
}

PAYDESK_TEST_MAIN(TestUiSandboxData)
#include "tst_ui_sandboxdata.moc"
