#include "src/accounts/VaultError.h"
#include "tests/support/TestMain.h"

#include <QTest>

using namespace std::chrono_literals;
using accounts::VaultError;
using Kind = VaultError::Kind;
using Operation = VaultError::Operation;

// The sentences a person reads when the keychain lets Paydesk down, and whether the UI offers
// to keep the key for this session only.
class TestVaultError : public QObject
{
    Q_OBJECT

private slots:
    void explainsEveryFailure_data();
    void explainsEveryFailure();
    void timeoutMessageNamesTheWait_data();
    void timeoutMessageNamesTheWait();
    void detailNeverCarriesAKey();
};

void TestVaultError::explainsEveryFailure_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<Operation>("operation");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("canKeepForSession");

    const QString noService
        = QStringLiteral("Paydesk could not reach the system keychain (no Secret Service is "
                         "running, or it has no default keyring).");
#ifdef Q_OS_MACOS
    const QString unlock = QStringLiteral("Unlock it in Keychain Access (with your login password)");
#elif defined(Q_OS_WIN)
    const QString unlock = QStringLiteral("Sign in to Windows again, or allow Paydesk in Credential Manager");
#else
    const QString unlock
        = QStringLiteral("Unlock it with your login password, when your desktop asks or in its "
                         "passwords app (Passwords and Keys, KWalletManager)");
#endif
    const QString keepStored = QStringLiteral(
        " You can keep the key for this session only; Paydesk will forget it when it closes.");
    const QString keepRead
        = QStringLiteral(" You can enter the key again and keep it for this session only.");
    const QString forgetLater
        = QStringLiteral(" The key may still be saved in the keychain; try again once the keychain answers.");
    const QString notFound = QStringLiteral("The system keychain has no key saved for this account.");

    QTest::newRow("none") << Kind::None << Operation::Read << QString() << QString() << false;
    QTest::newRow("not found, read") << Kind::NotFound << Operation::Read << QStringLiteral("Entry not found")
                                     << notFound + QStringLiteral(" Connect the account again with its key.")
                                     << false;
    QTest::newRow("no service, store")
        << Kind::NoService << Operation::Store
        << QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY") << noService + keepStored << true;
    QTest::newRow("no service, read")
        << Kind::NoService << Operation::Read << QString() << noService + keepRead << true;
    QTest::newRow("no service, forget")
        << Kind::NoService << Operation::Forget << QString() << noService + forgetLater << false;
    // Locked says so, and how to unlock (a cancelled unlock prompt used to read "no key saved").
    QTest::newRow("locked, store")
        << Kind::Locked << Operation::Store << QStringLiteral("Cannot create an item in a locked collection")
        << QStringLiteral(
               "The system keychain is locked, or did not allow Paydesk to use it, so the key was not "
               "saved. ")
            + unlock
            + QStringLiteral(
                " and save again; or keep the key for this session only, and Paydesk will forget it "
                "when it closes.")
        << true;
    QTest::newRow("locked, read")
        << Kind::Locked << Operation::Read << QString()
        << QStringLiteral(
               "The system keychain is locked, so Paydesk could not read the key for this account (the "
               "request to unlock it was cancelled, or could not be shown). ")
            + unlock
            + QStringLiteral(
                ", then choose the account again in the Account menu; or enter the key again and keep "
                "it for this session only.")
        << true;
    QTest::newRow("locked, forget")
        << Kind::Locked << Operation::Forget << QString()
        << QStringLiteral(
               "The system keychain is locked, or did not allow Paydesk to use it, so the key was not "
               "deleted. The key may still be saved in the keychain. ")
            + unlock + QStringLiteral(" and forget the account again.")
        << false;
    QTest::newRow("other with detail, its full stop dropped")
        << Kind::Other << Operation::Store << QStringLiteral("Could not connect: broken pipe.")
        << QStringLiteral("The system keychain reported an error: Could not connect: broken pipe.")
            + keepStored
        << true;
    QTest::newRow("other without detail")
        << Kind::Other << Operation::Read << QString()
        << QStringLiteral("The system keychain reported an error.") + keepRead << true;
}

void TestVaultError::explainsEveryFailure()
{
    QFETCH(Kind, kind);
    QFETCH(Operation, operation);
    QFETCH(QString, detail);

    const VaultError error(kind, operation, detail);
    QCOMPARE(error.isError(), kind != Kind::None);
    QTEST(error.userMessage(), "message");
    QTEST(error.canKeepForSession(), "canKeepForSession");
}

void TestVaultError::timeoutMessageNamesTheWait_data()
{
    QTest::addColumn<int>("milliseconds");
    QTest::addColumn<Operation>("operation");
    QTest::addColumn<QString>("message");
    QTest::newRow("default, store")
        << 15000 << Operation::Store
        << QStringLiteral(
               "The keychain did not answer within 15 seconds — a password prompt may be waiting on "
               "your desktop. You can keep the key for this session only; Paydesk will forget it when "
               "it closes.");
    QTest::newRow("short, read") << 100 << Operation::Read
                                 << QStringLiteral(
                                        "The keychain did not answer within 1 second — a password prompt "
                                        "may be waiting on your desktop. You can enter the key again and "
                                        "keep it for this session only.");
    QTest::newRow("rounds up") << 1500 << Operation::Forget
                               << QStringLiteral(
                                      "The keychain did not answer within 2 seconds — a password prompt "
                                      "may be waiting on your desktop. The key may still be saved in the "
                                      "keychain; try again once the keychain answers.");
}

void TestVaultError::timeoutMessageNamesTheWait()
{
    QFETCH(int, milliseconds);
    QFETCH(Operation, operation);
    const VaultError error = VaultError::timedOut(operation, std::chrono::milliseconds(milliseconds));
    QCOMPARE(error.kind(), Kind::TimedOut);
    QTEST(error.userMessage(), "message");
    QCOMPARE(error.canKeepForSession(), operation != Operation::Forget);
}

void TestVaultError::detailNeverCarriesAKey()
{
    const QString key = QStringLiteral("sk_live_51HxYzAbCdEfGhIjKlMnOpQrStUv4242");
    const VaultError error(Kind::Other, Operation::Store, QStringLiteral("bad secret ") + key);
    QVERIFY(!error.detail().contains(key));
    QVERIFY(!error.userMessage().contains(key));
    QCOMPARE(error.detail(), QStringLiteral("bad secret sk_live_••••4242"));
}

PAYDESK_TEST_GUILESS_MAIN(TestVaultError)
#include "tst_vaulterror.moc"
