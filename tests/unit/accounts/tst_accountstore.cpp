#include "src/accounts/AccountStore.h"
#include "tests/support/TestMain.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using accounts::Account;
using accounts::AccountStore;
using accounts::KeyKind;
using accounts::Mode;

namespace {

const QString liveKey = QStringLiteral("sk_live_51HxYzAbCdEfGhIjKlMnOpQrStUv9876");

Account acme()
{
    return {QStringLiteral("acct_1AcmeLtd"), QStringLiteral("Acme Ltd"), Mode::Live, KeyKind::Secret};
}

Account bakery()
{
    return {QStringLiteral("acct_1Bakery"), QStringLiteral("bakery (test)"), Mode::Test, KeyKind::Restricted};
}

} // namespace

class TestAccountStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void startsEmptyOnTheSandbox();
    void listsAccountsByName();
    void updatesAnAccountInPlace();
    void switchesTheCurrentAccount();
    void forgetRemovesItsSettings();
    void forgettingTheCurrentAccountFallsBackToTheSandbox();
    void persistsAcrossInstances();
    void refusesIdsThatAreNotAccountIds_data();
    void refusesIdsThatAreNotAccountIds();
    void neverWritesAKeyEvenWhenGivenOne();
    void damagedModeReadsAsLive();
    void localIdsAreValidAndUnique();

private:
    QString iniPath() const { return m_dir->filePath(QStringLiteral("Paydesk.ini")); }
    QByteArray fileContents() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
};

void TestAccountStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(iniPath(), QSettings::IniFormat);
}

void TestAccountStore::cleanup()
{
    m_settings.reset();
    m_dir.reset();
}

QByteArray TestAccountStore::fileContents() const
{
    m_settings->sync();
    QFile file(iniPath());
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

void TestAccountStore::startsEmptyOnTheSandbox()
{
    AccountStore store(m_settings.get());
    QVERIFY(store.accounts().isEmpty());
    QVERIFY(store.currentAccountId().isEmpty());
    QVERIFY(!store.account(acme().id));
}

void TestAccountStore::listsAccountsByName()
{
    AccountStore store(m_settings.get());
    QVERIFY(store.save(acme()));
    QVERIFY(store.save(bakery()));

    const QList<Account> accounts = store.accounts();
    QCOMPARE(accounts.size(), 2);
    QCOMPARE(accounts.at(0), acme());
    QCOMPARE(accounts.at(1), bakery()); // "bakery" after "Acme": case does not decide the order
    QVERIFY(accounts.at(0).isLive());
    QCOMPARE(accounts.at(1).keyKind, KeyKind::Restricted);
}

void TestAccountStore::updatesAnAccountInPlace()
{
    AccountStore store(m_settings.get());
    QVERIFY(store.save(acme()));
    Account renamed = acme();
    renamed.displayName = QStringLiteral("Acme Europe");
    QVERIFY(store.save(renamed));

    QCOMPARE(store.accounts().size(), 1);
    QCOMPARE(store.account(acme().id)->displayName, QStringLiteral("Acme Europe"));
}

void TestAccountStore::switchesTheCurrentAccount()
{
    AccountStore store(m_settings.get());
    QVERIFY(store.save(acme()));
    QVERIFY(store.save(bakery()));

    QVERIFY(store.setCurrentAccountId(acme().id));
    QCOMPARE(store.currentAccountId(), acme().id);
    QVERIFY(store.setCurrentAccountId(bakery().id));
    QCOMPARE(store.currentAccountId(), bakery().id);

    QVERIFY(!store.setCurrentAccountId(QStringLiteral("acct_1NotSaved")));
    QCOMPARE(store.currentAccountId(), bakery().id);

    QVERIFY(store.setCurrentAccountId(QString()));
    QVERIFY(store.currentAccountId().isEmpty());
}

void TestAccountStore::forgetRemovesItsSettings()
{
    AccountStore store(m_settings.get());
    QVERIFY(store.save(acme()));
    QVERIFY(store.save(bakery()));
    QVERIFY(store.setCurrentAccountId(bakery().id));

    store.remove(acme().id);

    QCOMPARE(store.accounts(), QList<Account> {bakery()});
    QVERIFY(!store.contains(acme().id));
    QCOMPARE(store.currentAccountId(), bakery().id);
    const QStringList keys = m_settings->allKeys();
    for (const QString &key : keys)
        QVERIFY2(!key.contains(acme().id), qPrintable(key));
    const QByteArray file = fileContents();
    QVERIFY(!file.contains(acme().id.toUtf8()));
    QVERIFY(!file.contains("Acme Ltd"));
    QVERIFY(file.contains(bakery().id.toUtf8()));
}

void TestAccountStore::forgettingTheCurrentAccountFallsBackToTheSandbox()
{
    AccountStore store(m_settings.get());
    QVERIFY(store.save(acme()));
    QVERIFY(store.setCurrentAccountId(acme().id));

    store.remove(acme().id);

    QVERIFY(store.currentAccountId().isEmpty());
    QVERIFY(m_settings->allKeys().isEmpty());
}

void TestAccountStore::persistsAcrossInstances()
{
    {
        AccountStore store(m_settings.get());
        QVERIFY(store.save(acme()));
        QVERIFY(store.save(bakery()));
        QVERIFY(store.setCurrentAccountId(acme().id));
    }
    m_settings.reset(); // writes the file
    QVERIFY(QFile::exists(iniPath()));

    QSettings reopened(iniPath(), QSettings::IniFormat);
    AccountStore store(&reopened);
    QCOMPARE(store.accounts(), (QList<Account> {acme(), bakery()}));
    QCOMPARE(store.currentAccountId(), acme().id);
    m_settings = std::make_unique<QSettings>(iniPath(), QSettings::IniFormat);
}

void TestAccountStore::refusesIdsThatAreNotAccountIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("empty") << QString();
    QTest::newRow("a key as the id") << liveKey;
    QTest::newRow("a path") << QStringLiteral("acct_1/../../x");
    QTest::newRow("a space") << QStringLiteral("acct_1 2");
    QTest::newRow("no prefix") << QStringLiteral("1AcmeLtd");
    QTest::newRow("a customer id") << QStringLiteral("cus_1AcmeLtd");
}

void TestAccountStore::refusesIdsThatAreNotAccountIds()
{
    QFETCH(QString, id);
    AccountStore store(m_settings.get());
    Account account = acme();
    account.id = id;
    QVERIFY(!store.save(account));
    QVERIFY(!store.setCurrentAccountId(id) || id.isEmpty());
    QVERIFY(store.accounts().isEmpty());
    QVERIFY(m_settings->allKeys().isEmpty());
}

void TestAccountStore::neverWritesAKeyEvenWhenGivenOne()
{
    AccountStore store(m_settings.get());
    Account pastedKeyAsName = acme();
    pastedKeyAsName.displayName = liveKey;
    QVERIFY(store.save(pastedKeyAsName));
    Account keyInName = bakery();
    keyInName.displayName = QStringLiteral("Bakery ") + liveKey + QStringLiteral("\n");
    QVERIFY(store.save(keyInName));
    Account keyAsId = acme();
    keyAsId.id = liveKey;
    QVERIFY(!store.save(keyAsId));
    QVERIFY(!store.setCurrentAccountId(liveKey));

    const QByteArray file = fileContents();
    QVERIFY(!file.isEmpty());
    QVERIFY2(!file.contains(liveKey.toUtf8()), file.constData());
    // Not even the part after the prefix, in case something split it.
    QVERIFY2(!file.contains("51HxYzAbCdEfGhIjKlMnOpQrStUv"), file.constData());
    // The user still sees which key the name was about.
    QCOMPARE(store.account(acme().id)->displayName, QStringLiteral("sk_live_••••9876"));
    QCOMPARE(store.account(bakery().id)->displayName, QStringLiteral("Bakery sk_live_••••9876"));
}

void TestAccountStore::damagedModeReadsAsLive()
{
    AccountStore store(m_settings.get());
    QVERIFY(store.save(bakery()));
    m_settings->setValue(QStringLiteral("accounts/") + bakery().id + QStringLiteral("/mode"),
                         QStringLiteral("tset"));
    QCOMPARE(store.account(bakery().id)->mode, Mode::Live);
}

void TestAccountStore::localIdsAreValidAndUnique()
{
    const QString first = Account::generateLocalId();
    const QString second = Account::generateLocalId();
    QVERIFY(first.startsWith(QStringLiteral("local_")));
    QVERIFY(Account::isValidId(first));
    QVERIFY(first != second);

    AccountStore store(m_settings.get());
    QVERIFY(store.save({first, QStringLiteral("Balance-only key"), Mode::Test, KeyKind::Restricted}));
    QVERIFY(store.contains(first));
}

PAYDESK_TEST_GUILESS_MAIN(TestAccountStore)
#include "tst_accountstore.moc"
