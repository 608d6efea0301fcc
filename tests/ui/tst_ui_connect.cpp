#include "src/accounts/AccountStore.h"
#include "src/accounts/KeyVault.h"
#include "src/sandbox/SandboxKeys.h"
#include "src/session/Session.h"
#include "tests/support/ScriptedKeychainBackend.h"
#include "tests/support/TestMain.h"
#include "tests/ui/support/UiFixture.h"
#include "ui/Workspace.h"
#include "ui/accounts/ConnectDialog.h"
#include "ui/customers/CustomersTab.h"
#include "ui/invoices/InvoicesTab.h"
#include "ui/widgets/ModeBanner.h"
#include "ui/widgets/NoticeBar.h"
#include "ui/widgets/SecretField.h"
#include "ui/widgets/StatePanel.h"
#include "ui/writes/WriteDialog.h"

#include <QClipboard>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QToolButton>

using Behaviour = ScriptedKeychainBackend::Behaviour;
using State = records::ListModel::State;

namespace {

// A recognisable key the sandbox accepts, to search for afterwards.
const QString canaryKey = QStringLiteral("sk_test_CanaryKey0123456789abcdefghij");

sandbox::Options sandboxOptions()
{
    sandbox::Options options;
    options.extraKeys = {canaryKey};
    return options;
}

} // namespace

// Connecting: the Connect dialog against the sandbox, the keychain (scripted, so that it can
// fail), start-up with and without an account, Forget, and the key never landing anywhere.
class TestUiConnect : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void wrongKindsOfKeyAreRefusedBeforeAnyRequest_data();
    void wrongKindsOfKeyAreRefusedBeforeAnyRequest();
    void goodKeyShowsTheAccountThenSaves();
    void stripeRefusals_data();
    void stripeRefusals();
    void restrictedKeyFallsBackToTheBalance();
    void keychainFailureOffersSessionOnly();
    void keyFieldIsMaskedAndNeverCopied();
    void startsOnTheSandboxWithoutAnAccount();
    void startsOnTheSavedAccount();
    void keychainFailureAtStartupOpensTheSandbox();
    void keychainFailureThenEnterTheKey();
    void keyThatStopsWorkingSaysSo();
    void replaceTheKeyFromTheNotice();
    void forgetAccount();
    void forgetRefusedByTheKeychainSaysSo();
    void keyNeverReachesSettingsJournalOrLog();

private:
    ConnectDialog *connectDialog();
    void check(ConnectDialog *dialog, const QString &key);
    // The session as the app has it, shown in the window by a Workspace.
    std::unique_ptr<session::Session> makeSession(MainWindow *window);
    // Types the key into a Connect dialog the window opened, checks it and saves it (for this
    // session only when the keychain refuses it).
    void enterKey(ConnectDialog *dialog, const QString &key);

    std::unique_ptr<UiFixture> m_fixture;
    std::shared_ptr<ScriptedKeychainBackend::State> m_keychain;
    std::unique_ptr<accounts::KeyVault> m_vault;
    std::unique_ptr<accounts::AccountStore> m_store;
    std::unique_ptr<writes::WriteJournal> m_journal;
    QTemporaryDir m_dir;
    std::vector<std::unique_ptr<ConnectDialog>> m_dialogs;
    std::unique_ptr<Workspace> m_workspace;
};

void TestUiConnect::initTestCase()
{
    m_fixture = std::make_unique<UiFixture>(sandboxOptions());
}

void TestUiConnect::init()
{
    QSettings().clear();
    m_keychain = std::make_shared<ScriptedKeychainBackend::State>();
    m_vault = std::make_unique<accounts::KeyVault>(std::make_unique<ScriptedKeychainBackend>(m_keychain));
    m_vault->setTimeout(std::chrono::milliseconds(500));
    m_store = std::make_unique<accounts::AccountStore>();
    m_journal = std::make_unique<writes::WriteJournal>(m_dir.filePath("journal.jsonl"));
}

void TestUiConnect::cleanup()
{
    UiFixture::closeDialogs();
    m_dialogs.clear();
    m_workspace.reset();
}

ConnectDialog *TestUiConnect::connectDialog()
{
    auto *dialog = new ConnectDialog(m_vault.get(), m_store.get(), m_fixture->url());
    m_dialogs.emplace_back(dialog);
    dialog->show();
    return dialog;
}

void TestUiConnect::check(ConnectDialog *dialog, const QString &key)
{
    dialog->keyField()->setText(key);
    QVERIFY(dialog->checkButton()->isEnabled());
    QTest::mouseClick(dialog->checkButton(), Qt::LeftButton);
}

std::unique_ptr<session::Session> TestUiConnect::makeSession(MainWindow *window)
{
    const QUrl url = m_fixture->url();
    auto desk = std::make_unique<session::Session>(m_vault.get(), m_store.get(), m_journal.get(), [url] {
        return session::Session::Sandbox {url, sandbox::keys::secret(), {}};
    });
    m_workspace = std::make_unique<Workspace>(window, desk.get());
    return desk;
}

void TestUiConnect::enterKey(ConnectDialog *dialog, const QString &key)
{
    check(dialog, key);
    QVERIFY(QTest::qWaitFor([dialog] { return dialog->saveButton()->isVisible(); }, 10000));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([dialog] { return !dialog->isVisible() || dialog->sessionButton()->isVisible(); },
                            5000));
    if (dialog->isVisible())
        QTest::mouseClick(dialog->sessionButton(), Qt::LeftButton);
}

namespace {

// Closes every dialog after a while. A dialog run with exec() inside an asynchronous callback
// would hold the test's own event loop until it closed: the test then never sees it open, and
// fails instead of hanging.
std::unique_ptr<QTimer> closeDialogsLater()
{
    auto timer = std::make_unique<QTimer>();
    timer->setSingleShot(true);
    QObject::connect(timer.get(), &QTimer::timeout, [] { UiFixture::closeDialogs(); });
    timer->start(8000);
    return timer;
}

QMessageBox *waitForBox(const QString &objectName)
{
    QMessageBox *box = UiFixture::waitForWindow<QMessageBox>();
    return box && box->objectName() == objectName ? box : nullptr;
}

} // namespace

void TestUiConnect::wrongKindsOfKeyAreRefusedBeforeAnyRequest_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("publishable") << "pk_test_51H8abcdefghijklmnopqrstuv"
                                 << "publishable";
    QTest::newRow("webhook secret") << "whsec_abcdefghijklmnopqrstuvwxyz012345"
                                    << "webhook";
    QTest::newRow("garbage") << "hello world"
                             << "";
    QTest::newRow("cut short") << "sk_test_abc"
                               << "";
}

void TestUiConnect::wrongKindsOfKeyAreRefusedBeforeAnyRequest()
{
    QFETCH(QString, key);
    QFETCH(QString, messagePart);
    ConnectDialog *dialog = connectDialog();
    dialog->keyField()->setText(key);
    QVERIFY(!dialog->checkButton()->isEnabled());
    QVERIFY(!dialog->message().isEmpty());
    if (!messagePart.isEmpty())
        QVERIFY2(dialog->message().contains(messagePart, Qt::CaseInsensitive), qPrintable(dialog->message()));
    QTest::keyClick(dialog->keyField(), Qt::Key_Return); // Enter does not send it either
    QTest::qWait(200); // nothing must happen: no check may start
    QVERIFY(dialog->foundText().isEmpty());
    QVERIFY(!dialog->message().contains("Checking"));
}

void TestUiConnect::goodKeyShowsTheAccountThenSaves()
{
    ConnectDialog *dialog = connectDialog();
    check(dialog, "  sk_test_PaydeskSandbox0001 \n"); // a paste with spaces around
    QVERIFY(QTest::qWaitFor([dialog] { return !dialog->foundText().isEmpty(); }, 10000));
    QVERIFY2(dialog->foundText().contains("Paydesk Sandbox (acct_1SandboxPaydesk0), test mode"),
             qPrintable(dialog->foundText()));
    QVERIFY(dialog->saveButton()->isVisible());
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([dialog] { return dialog->result() == QDialog::Accepted; }, 5000));
    QCOMPARE(m_keychain->entries.value("acct_1SandboxPaydesk0"),
             QStringLiteral("sk_test_PaydeskSandbox0001"));
    QCOMPARE(m_store->currentAccountId(), QStringLiteral("acct_1SandboxPaydesk0"));
    QCOMPARE(m_store->account("acct_1SandboxPaydesk0")->displayName, QStringLiteral("Paydesk Sandbox"));
    QVERIFY(!dialog->isSessionOnly());
}

void TestUiConnect::stripeRefusals_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("invalid") << "sk_test_wrongwrongwrongwrong"
                             << "Stripe did not accept this key";
    QTest::newRow("expired") << "sk_test_PaydeskExpired0001"
                             << "This key has expired";
    QTest::newRow("live key on the sandbox") << "sk_live_PaydeskLive000001"
                                             << "only test-mode keys";
}

void TestUiConnect::stripeRefusals()
{
    QFETCH(QString, key);
    QFETCH(QString, messagePart);
    ConnectDialog *dialog = connectDialog();
    check(dialog, key);
    QVERIFY(QTest::qWaitFor(
        [dialog] { return !dialog->message().isEmpty() && !dialog->message().startsWith("Checking"); },
        10000));
    if (!messagePart.isEmpty())
        QVERIFY2(dialog->message().contains(messagePart), qPrintable(dialog->message()));
    QVERIFY(dialog->foundText().isEmpty());
    QVERIFY(!dialog->saveButton()->isVisible());
    QVERIFY(m_keychain->entries.isEmpty());
    QVERIFY(!dialog->message().contains(key)); // the message masks the key
}

void TestUiConnect::restrictedKeyFallsBackToTheBalance()
{
    ConnectDialog *dialog = connectDialog();
    check(dialog, "rk_test_PaydeskNoInvoices1");
    QVERIFY(QTest::qWaitFor([dialog] { return !dialog->foundText().isEmpty(); }, 10000));
    QVERIFY2(dialog->foundText().contains("account id not readable"), qPrintable(dialog->foundText()));
    QVERIFY(dialog->foundText().contains("restricted key"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([dialog] { return dialog->result() == QDialog::Accepted; }, 5000));
    QVERIFY(dialog->account().id.startsWith("local_"));
}

void TestUiConnect::keychainFailureOffersSessionOnly()
{
    m_keychain->behaviour = Behaviour::Fail;
    m_keychain->failure = accounts::VaultError::Kind::NoService;
    ConnectDialog *dialog = connectDialog();
    check(dialog, "sk_test_PaydeskSandbox0001");
    QVERIFY(QTest::qWaitFor([dialog] { return dialog->saveButton()->isVisible(); }, 10000));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([dialog] { return dialog->sessionButton()->isVisible(); }, 5000));
    QVERIFY2(dialog->message().contains("could not reach the system keychain"),
             qPrintable(dialog->message()));
    QTest::mouseClick(dialog->sessionButton(), Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QVERIFY(dialog->isSessionOnly());
    QVERIFY(m_vault->isSessionOnly("acct_1SandboxPaydesk0"));
    QVERIFY(!m_store->contains("acct_1SandboxPaydesk0")); // nothing about it is written down
}

void TestUiConnect::keyFieldIsMaskedAndNeverCopied()
{
    ConnectDialog *dialog = connectDialog();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    dialog->keyField()->setText("sk_test_PaydeskSandbox0001");
    QCOMPARE(dialog->keyField()->echoMode(), QLineEdit::Password);
    dialog->showKeyButton()->click();
    QCOMPARE(dialog->keyField()->echoMode(), QLineEdit::Normal);
    QApplication::clipboard()->setText("before");
    dialog->keyField()->setFocus();
    dialog->keyField()->selectAll();
    QTest::keySequence(dialog->keyField(), QKeySequence::Copy);
    QTest::keySequence(dialog->keyField(), QKeySequence::Cut);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("before"));
    QCOMPARE(dialog->keyField()->text(), QStringLiteral("sk_test_PaydeskSandbox0001"));
    dialog->showKeyButton()->click();
    QCOMPARE(dialog->keyField()->echoMode(), QLineEdit::Password);
}

void TestUiConnect::startsOnTheSandboxWithoutAnAccount()
{
    MainWindow window;
    UiFixture::watchModels(&window);
    auto desk = makeSession(&window);
    desk->start({});
    QVERIFY(desk->isSandbox());
    QCOMPARE(window.modeBanner()->mode(), ModeBanner::Mode::Sandbox);
    QVERIFY(window.findChild<QAction *>("connectToStripe"));
    window.show();
    QVERIFY(UiFixture::waitForRows(window.customersTab(), 1));
}

void TestUiConnect::startsOnTheSavedAccount()
{
    accounts::Account account {"acct_1SandboxPaydesk0", "Paydesk Sandbox", accounts::Mode::Test,
                               accounts::KeyKind::Secret};
    QVERIFY(m_store->save(account));
    m_store->setCurrentAccountId(account.id);
    m_keychain->entries.insert(account.id, canaryKey);
    MainWindow window;
    UiFixture::watchModels(&window);
    window.show();
    auto desk = makeSession(&window);
    session::Session::Options options;
    options.baseUrl = m_fixture->url(); // --base-url: the sandbox in place of api.stripe.com
    desk->start(options);
    QVERIFY(QTest::qWaitFor([&desk] { return !desk->isSandbox() && desk->client(); }, 5000));
    QCOMPARE(window.modeBanner()->mode(), ModeBanner::Mode::Test);
    QVERIFY(window.modeBanner()->text().contains("Paydesk Sandbox"));
    QVERIFY(UiFixture::waitForRows(window.customersTab(), 1));
    QVERIFY(window.findChild<QAction *>("account:acct_1SandboxPaydesk0")->isChecked());
}

void TestUiConnect::keychainFailureAtStartupOpensTheSandbox()
{
    accounts::Account account {"acct_1SandboxPaydesk0", "Paydesk Sandbox", accounts::Mode::Test,
                               accounts::KeyKind::Secret};
    m_store->save(account);
    m_store->setCurrentAccountId(account.id);
    m_keychain->behaviour = Behaviour::Hang; // a desktop prompt nobody answers
    MainWindow window;
    UiFixture::watchModels(&window);
    window.show();
    auto desk = makeSession(&window);
    QString text;
    UiFixture::answerNextModal("Use the sandbox", &text);
    desk->start({});
    QVERIFY(QTest::qWaitFor([&text] { return !text.isEmpty(); }, 5000));
    QVERIFY2(text.contains("did not answer"), qPrintable(text));
    QVERIFY(desk->isSandbox());
}

void TestUiConnect::keychainFailureThenEnterTheKey()
{
    accounts::Account account {"acct_1SandboxPaydesk0", "Paydesk Sandbox", accounts::Mode::Test,
                               accounts::KeyKind::Secret};
    m_store->save(account);
    m_store->setCurrentAccountId(account.id);
    m_keychain->behaviour = Behaviour::Fail; // no keychain at all: neither read nor save works
    m_keychain->failure = accounts::VaultError::Kind::NoService;
    MainWindow window;
    UiFixture::watchModels(&window);
    window.show();
    auto desk = makeSession(&window);
    const auto guard = closeDialogsLater();
    session::Session::Options options;
    options.baseUrl = m_fixture->url();
    desk->start(options);
    QMessageBox *box = waitForBox("keychainProblem");
    QVERIFY(box);
    QVERIFY2(box->text().contains("could not reach the system keychain"), qPrintable(box->text()));
    QCOMPARE(box->windowTitle(), QStringLiteral("The key for Paydesk Sandbox could not be read"));
    QVERIFY(desk->isSandbox()); // the sandbox behind it, while the person reads
    QPushButton *enter = nullptr;
    for (QAbstractButton *button : box->buttons())
        if (button->text() == QStringLiteral("Enter the key…"))
            enter = qobject_cast<QPushButton *>(button);
    QVERIFY(enter);
    enter->click();
    auto *dialog = UiFixture::waitForWindow<ConnectDialog>();
    QVERIFY(dialog);
    enterKey(dialog, sandbox::keys::secret());
    QVERIFY(QTest::qWaitFor([&desk, &account] { return desk->currentAccount().id == account.id; }, 5000));
    QVERIFY(!desk->isSandbox());
    QCOMPARE(window.modeBanner()->mode(), ModeBanner::Mode::Test);
    QVERIFY(UiFixture::waitForRows(window.customersTab(), 1));
    QVERIFY(m_vault->isSessionOnly(account.id)); // kept in memory, as the keychain cannot
}

void TestUiConnect::keyThatStopsWorkingSaysSo()
{
    MainWindow window;
    UiFixture::watchModels(&window);
    window.show();
    auto desk = makeSession(&window);
    session::Session::Options options;
    options.baseUrl = m_fixture->url();
    desk->start(options);
    desk->openAccount(
        {"acct_1SandboxPaydesk0", "Paydesk Sandbox", accounts::Mode::Test, accounts::KeyKind::Secret},
        sandbox::keys::expired());
    QVERIFY(QTest::qWaitFor([&window] { return window.noticeBar()->isVisible(); }, 10000));
    QVERIFY2(window.noticeBar()->text().contains("This API key has expired"),
             qPrintable(window.noticeBar()->text()));
    QCOMPARE(window.noticeBar()->actionButton()->text(), QStringLiteral("Replace key…"));
    // Every tab says the same, and asks Stripe nothing more.
    const auto sent = [&desk] {
        int count = 0;
        for (const stripe::RequestLogEntry &entry : desk->client()->requestLog()->entries())
            count += !entry.outcome.startsWith("not sent");
        return count;
    };
    QTRY_COMPARE(desk->client()->inFlightCount(), 0); // what the expired key was first sent with is over
    const int sentBefore = sent();
    window.showTab(objects::Kind::Invoice);
    QVERIFY(UiFixture::waitForState(window.invoicesTab(), State::Failed));
    QCOMPARE(window.invoicesTab()->statePanel()->message(), QStringLiteral("This API key has expired."));
    QCOMPARE(sent(), sentBefore);
}

void TestUiConnect::replaceTheKeyFromTheNotice()
{
    accounts::Account account {"acct_1SandboxPaydesk0", "Paydesk Sandbox", accounts::Mode::Test,
                               accounts::KeyKind::Secret};
    m_store->save(account);
    m_store->setCurrentAccountId(account.id);
    m_keychain->entries.insert(account.id, sandbox::keys::expired()); // revoked since it was saved
    MainWindow window;
    UiFixture::watchModels(&window);
    window.show();
    auto desk = makeSession(&window);
    const auto guard = closeDialogsLater();
    session::Session::Options options;
    options.baseUrl = m_fixture->url();
    desk->start(options);
    QVERIFY(QTest::qWaitFor([&window] { return window.noticeBar()->isVisible(); }, 10000));
    QCOMPARE(window.noticeBar()->actionButton()->text(), QStringLiteral("Replace key…"));
    QTest::mouseClick(window.noticeBar()->actionButton(), Qt::LeftButton);
    auto *dialog = UiFixture::waitForWindow<ConnectDialog>();
    QVERIFY(dialog);
    enterKey(dialog, sandbox::keys::secret());
    QVERIFY(QTest::qWaitFor(
        [&desk] { return desk->client() && !desk->isKeyRejected() && !desk->isSandbox(); }, 5000));
    QVERIFY(UiFixture::waitForRows(window.customersTab(), 1));
    QVERIFY(!window.noticeBar()->isVisible());
    QCOMPARE(m_keychain->entries.value(account.id), sandbox::keys::secret()); // the new key is kept
}

void TestUiConnect::forgetAccount()
{
    accounts::Account account {"acct_1SandboxPaydesk0", "Paydesk Sandbox", accounts::Mode::Test,
                               accounts::KeyKind::Secret};
    m_store->save(account);
    m_store->setCurrentAccountId(account.id);
    m_keychain->entries.insert(account.id, sandbox::keys::secret());
    MainWindow window;
    UiFixture::watchModels(&window);
    window.show();
    auto desk = makeSession(&window);
    session::Session::Options options;
    options.baseUrl = m_fixture->url();
    desk->start(options);
    QVERIFY(QTest::qWaitFor([&desk, &account] { return desk->currentAccount().id == account.id; }, 5000));
    UiFixture::answerNextModal("Yes");
    m_workspace->forgetCurrentAccount();
    QVERIFY(QTest::qWaitFor([this] { return !m_keychain->entries.contains("acct_1SandboxPaydesk0"); }, 5000));
    QVERIFY(QTest::qWaitFor([&desk] { return desk->isSandbox(); }, 5000));
    QVERIFY(!m_store->contains(account.id));
    QSettings settings;
    QVERIFY(!settings.allKeys().join(' ').contains(account.id));
}

void TestUiConnect::forgetRefusedByTheKeychainSaysSo()
{
    accounts::Account account {"acct_1SandboxPaydesk0", "Paydesk Sandbox", accounts::Mode::Test,
                               accounts::KeyKind::Secret};
    m_store->save(account);
    m_store->setCurrentAccountId(account.id);
    m_keychain->entries.insert(account.id, sandbox::keys::secret());
    MainWindow window;
    UiFixture::watchModels(&window);
    window.show();
    auto desk = makeSession(&window);
    const auto guard = closeDialogsLater();
    session::Session::Options options;
    options.baseUrl = m_fixture->url();
    desk->start(options);
    QVERIFY(QTest::qWaitFor([&desk, &account] { return desk->currentAccount().id == account.id; }, 5000));
    m_keychain->behaviour = Behaviour::Fail;
    m_keychain->failure = accounts::VaultError::Kind::Locked;
    QAction *forget = window.findChild<QAction *>("forgetAccount");
    QVERIFY(forget && forget->isEnabled());
    forget->trigger();
    QMessageBox *question = waitForBox("forgetAccountQuestion");
    QVERIFY(question);
    QCOMPARE(question->windowTitle(), QStringLiteral("Forget Paydesk Sandbox?"));
    QCOMPARE(question->defaultButton(), question->button(QMessageBox::Cancel)); // Enter forgets nothing
    question->button(QMessageBox::Yes)->click();
    QVERIFY(QTest::qWaitFor(
        [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            return box && box->objectName() == QLatin1String("workspaceProblem");
        },
        5000));
    auto *said = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
    QCOMPARE(said->windowTitle(), QStringLiteral("The key could not be deleted"));
    QVERIFY2(said->text().contains("locked"), qPrintable(said->text()));
    QVERIFY(m_store->contains(account.id));
    QCOMPARE(desk->currentAccount().id, account.id);
    QVERIFY(forget->isEnabled());
}

void TestUiConnect::keyNeverReachesSettingsJournalOrLog()
{
    // Connect with a recognisable key, use the app (read and write), then look everywhere.
    ConnectDialog *dialog = connectDialog();
    check(dialog, canaryKey);
    QVERIFY(QTest::qWaitFor([dialog] { return dialog->saveButton()->isVisible(); }, 10000));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([dialog] { return dialog->result() == QDialog::Accepted; }, 5000));
    const accounts::Account account = dialog->account();
    MainWindow window;
    UiFixture::watchModels(&window);
    window.show();
    auto desk = makeSession(&window);
    session::Session::Options options;
    options.baseUrl = m_fixture->url();
    desk->start(options);
    QVERIFY(QTest::qWaitFor([&desk] { return !desk->isSandbox() && desk->client(); }, 5000));
    QVERIFY(UiFixture::waitForRows(window.customersTab(), 1));
    window.showTab(objects::Kind::Invoice);
    QVERIFY(UiFixture::waitForRows(window.invoicesTab(), 1));
    auto *create = window.customersTab()->newCustomer();
    create->findChild<QLineEdit *>("email")->setText("canary@example.com");
    QTest::mouseClick(create->confirmButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor(
        [this] { return !m_journal->entries().isEmpty() && m_journal->entries().last().outcome; }, 10000));
    window.close();
    QSettings().sync();

    const QByteArray key = canaryKey.toLatin1();
    const QByteArray tail = key.right(24); // not even the key without its prefix
    QFile settings(QSettings().fileName());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QByteArray settingsText = settings.readAll();
    QVERIFY(settingsText.contains(account.id.toLatin1()));
    QVERIFY(!settingsText.contains(tail));
    QFile journal(m_journal->path());
    QVERIFY(journal.open(QIODevice::ReadOnly));
    QVERIFY(!journal.readAll().contains(tail));
    for (const stripe::RequestLogEntry &entry : desk->client()->requestLog()->entries()) {
        const QString all
            = entry.method + entry.path + entry.requestId + entry.idempotencyKey + entry.outcome;
        QVERIFY(!all.contains(QString::fromLatin1(tail)));
    }
    QVERIFY(!QApplication::clipboard()->text().contains(QString::fromLatin1(tail)));
    // No file Paydesk wrote under HOME (settings, data, cache) holds it either.
    QDirIterator files(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        if (path.contains("keyrings"))
            continue; // the keychain itself: where the key belongs
        QFile file(path);
        if (file.size() < 20 * 1024 * 1024 && file.open(QIODevice::ReadOnly))
            QVERIFY2(!file.readAll().contains(tail), qPrintable(path));
    }
}

PAYDESK_TEST_MAIN(TestUiConnect)
#include "tst_ui_connect.moc"
