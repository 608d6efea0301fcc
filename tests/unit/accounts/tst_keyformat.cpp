#include "src/accounts/KeyFormat.h"
#include "tests/support/TestMain.h"

#include <QTest>

using accounts::KeyKind;
using accounts::KeyVerdict;
using accounts::Mode;

namespace {

// Shaped like Stripe's keys; not real ones.
const QString body = QStringLiteral("51HxYzAbCdEfGhIjKlMnOpQrStUv4242");
const QString secretTest = QStringLiteral("sk_test_") + body;
const QString secretLive = QStringLiteral("sk_live_") + body;
const QString restrictedTest = QStringLiteral("rk_test_") + body;
const QString restrictedLive = QStringLiteral("rk_live_") + body;

} // namespace

class TestKeyFormat : public QObject
{
    Q_OBJECT

private slots:
    void classifiesPastes_data();
    void classifiesPastes();
    void refusalsSayWhatToPaste_data();
    void refusalsSayWhatToPaste();
    void masksAllButLastFour_data();
    void masksAllButLastFour();
    void redactsKeysInsideText_data();
    void redactsKeysInsideText();
};

void TestKeyFormat::classifiesPastes_data()
{
    QTest::addColumn<QString>("pasted");
    QTest::addColumn<KeyVerdict>("verdict");
    QTest::addColumn<QString>("key");
    QTest::addColumn<KeyKind>("kind");
    QTest::addColumn<Mode>("mode");

    QTest::newRow("secret test") << secretTest << KeyVerdict::Usable << secretTest << KeyKind::Secret
                                 << Mode::Test;
    QTest::newRow("secret live, spaces around")
        << QStringLiteral("  ") + secretLive + QStringLiteral("  ") << KeyVerdict::Usable << secretLive
        << KeyKind::Secret << Mode::Live;
    QTest::newRow("restricted test, trailing newline")
        << restrictedTest + QStringLiteral("\n") << KeyVerdict::Usable << restrictedTest
        << KeyKind::Restricted << Mode::Test;
    QTest::newRow("restricted live, CRLF and tab")
        << QStringLiteral("\t") + restrictedLive + QStringLiteral("\r\n") << KeyVerdict::Usable
        << restrictedLive << KeyKind::Restricted << Mode::Live;
    QTest::newRow("legacy 24-character key")
        << QStringLiteral("sk_test_4eC39HqLyjWDarjtT1zdp7dc") << KeyVerdict::Usable
        << QStringLiteral("sk_test_4eC39HqLyjWDarjtT1zdp7dc") << KeyKind::Secret << Mode::Test;

    QTest::newRow("empty") << QString() << KeyVerdict::Empty << QString() << KeyKind::Secret << Mode::Test;
    QTest::newRow("only whitespace") << QStringLiteral(" \n\t ") << KeyVerdict::Empty << QString()
                                     << KeyKind::Secret << Mode::Test;
    QTest::newRow("publishable test") << QStringLiteral("pk_test_") + body << KeyVerdict::Publishable
                                      << QStringLiteral("pk_test_") + body << KeyKind::Secret << Mode::Test;
    QTest::newRow("publishable live with newline")
        << QStringLiteral("pk_live_") + body + QStringLiteral("\n") << KeyVerdict::Publishable
        << QStringLiteral("pk_live_") + body << KeyKind::Secret << Mode::Test;
    QTest::newRow("webhook secret") << QStringLiteral("whsec_") + body << KeyVerdict::WebhookSecret
                                    << QStringLiteral("whsec_") + body << KeyKind::Secret << Mode::Test;
    QTest::newRow("inner space") << QStringLiteral("sk_test_51HxYzAbCd EfGhIjKlMnOpQrStUv4242")
                                 << KeyVerdict::InnerWhitespace
                                 << QStringLiteral("sk_test_51HxYzAbCd EfGhIjKlMnOpQrStUv4242")
                                 << KeyKind::Secret << Mode::Test;
    QTest::newRow("wrapped over two lines")
        << QStringLiteral("rk_live_51HxYzAbCdEfGh\nIjKlMnOpQrStUv4242\n") << KeyVerdict::InnerWhitespace
        << QStringLiteral("rk_live_51HxYzAbCdEfGh\nIjKlMnOpQrStUv4242") << KeyKind::Secret << Mode::Test;
    QTest::newRow("cut short") << QStringLiteral("sk_live_51HxYz") << KeyVerdict::Damaged
                               << QStringLiteral("sk_live_51HxYz") << KeyKind::Secret << Mode::Test;
    QTest::newRow("only the prefix") << QStringLiteral("sk_test_") << KeyVerdict::Damaged
                                     << QStringLiteral("sk_test_") << KeyKind::Secret << Mode::Test;
    QTest::newRow("no mode") << QStringLiteral("sk_") + body << KeyVerdict::Damaged
                             << QStringLiteral("sk_") + body << KeyKind::Secret << Mode::Test;
    QTest::newRow("quote inside") << secretTest + QStringLiteral("\"") << KeyVerdict::Damaged
                                  << secretTest + QStringLiteral("\"") << KeyKind::Secret << Mode::Test;
    QTest::newRow("upper-case prefix") << QStringLiteral("SK_TEST_") + body << KeyVerdict::Unknown
                                       << QStringLiteral("SK_TEST_") + body << KeyKind::Secret << Mode::Test;
    QTest::newRow("garbage") << QStringLiteral("hunter2") << KeyVerdict::Unknown << QStringLiteral("hunter2")
                             << KeyKind::Secret << Mode::Test;
    QTest::newRow("a sentence") << QStringLiteral("my stripe key") << KeyVerdict::Unknown
                                << QStringLiteral("my stripe key") << KeyKind::Secret << Mode::Test;
    QTest::newRow("an account id") << QStringLiteral("acct_1032D82eZvKYlo2C") << KeyVerdict::Unknown
                                   << QStringLiteral("acct_1032D82eZvKYlo2C") << KeyKind::Secret
                                   << Mode::Test;
}

void TestKeyFormat::classifiesPastes()
{
    QFETCH(QString, pasted);
    QFETCH(KeyVerdict, verdict);

    const accounts::KeyCheck check = accounts::checkKeyFormat(pasted);
    QCOMPARE(check.verdict, verdict);
    QTEST(check.key, "key");
    QCOMPARE(check.isUsable(), verdict == KeyVerdict::Usable);
    QCOMPARE(check.message.isEmpty(), check.isUsable());
    if (check.isUsable()) {
        QTEST(check.kind, "kind");
        QTEST(check.mode, "mode");
    }
}

void TestKeyFormat::refusalsSayWhatToPaste_data()
{
    QTest::addColumn<QString>("pasted");
    QTest::addColumn<QString>("message");
    QTest::newRow("publishable") << QStringLiteral("pk_test_") + body
                                 << QStringLiteral(
                                        "This is a publishable key (pk_…). Paydesk needs a secret key "
                                        "(sk_…) or a restricted key (rk_…) from the Dashboard's API keys "
                                        "page.");
    QTest::newRow("empty") << QString()
                           << QStringLiteral(
                                  "Paste the key here. Paydesk needs a secret key (sk_…) or a restricted "
                                  "key (rk_…) from the Dashboard's API keys page.");
    QTest::newRow("inner space")
        << QStringLiteral("sk_test_51HxYz AbCdEfGhIjKlMnOp")
        << QStringLiteral(
               "The key has a space or line break inside it. Copy it again from the Dashboard in one piece.");
    QTest::newRow("garbage") << QStringLiteral("hunter2")
                             << QStringLiteral(
                                    "This does not look like a Stripe API key. Paydesk needs a secret key "
                                    "(sk_…) or a restricted key (rk_…) from the Dashboard's API keys page.");
}

void TestKeyFormat::refusalsSayWhatToPaste()
{
    QFETCH(QString, pasted);
    QTEST(accounts::checkKeyFormat(pasted).message, "message");
}

void TestKeyFormat::masksAllButLastFour_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("masked");
    const QString dots(4, QChar(0x2022));
    QTest::newRow("secret test") << secretTest << QStringLiteral("sk_test_") + dots + QStringLiteral("4242");
    QTest::newRow("restricted live") << restrictedLive
                                     << QStringLiteral("rk_live_") + dots + QStringLiteral("4242");
    QTest::newRow("whitespace around") << QStringLiteral(" ") + secretLive + QStringLiteral("\n")
                                       << QStringLiteral("sk_live_") + dots + QStringLiteral("4242");
    QTest::newRow("too short to show four")
        << QStringLiteral("sk_test_abc123") << QStringLiteral("sk_test_") + dots;
    QTest::newRow("no prefix") << QStringLiteral("abcdefghijklmnop") << dots + QStringLiteral("mnop");
    QTest::newRow("empty") << QString() << dots;
}

void TestKeyFormat::masksAllButLastFour()
{
    QFETCH(QString, key);
    QTEST(accounts::maskKey(key), "masked");
}

void TestKeyFormat::redactsKeysInsideText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("containsKey");
    QTest::addColumn<QString>("redacted");
    const QString dots(4, QChar(0x2022));
    QTest::newRow("plain name") << QStringLiteral("Acme Ltd") << false << QStringLiteral("Acme Ltd");
    QTest::newRow("the key itself") << secretLive << true
                                    << QStringLiteral("sk_live_") + dots + QStringLiteral("4242");
    QTest::newRow("key inside a sentence")
        << QStringLiteral("Acme (") + restrictedTest + QStringLiteral(") shop") << true
        << QStringLiteral("Acme (rk_test_") + dots + QStringLiteral("4242) shop");
    QTest::newRow("two keys") << secretTest + QStringLiteral(" and key=") + secretLive << true
                              << QStringLiteral("sk_test_") + dots + QStringLiteral("4242 and key=sk_live_")
            + dots + QStringLiteral("4242");
    QTest::newRow("a word ending in sk")
        << QStringLiteral("disk_test_run") << false << QStringLiteral("disk_test_run");
    QTest::newRow("publishable keys are public")
        << QStringLiteral("pk_live_") + body << false << QStringLiteral("pk_live_") + body;
}

void TestKeyFormat::redactsKeysInsideText()
{
    QFETCH(QString, text);
    QTEST(accounts::containsSecretKey(text), "containsKey");
    QTEST(accounts::redactSecretKeys(text), "redacted");
}

PAYDESK_TEST_GUILESS_MAIN(TestKeyFormat)
#include "tst_keyformat.moc"
