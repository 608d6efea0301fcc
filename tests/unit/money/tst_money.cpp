#include "src/money/Money.h"
#include "tests/support/TestMain.h"

#include <QTest>

using money::Currency;
using money::Money;

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void decimalsFollowStripe_data();
    void decimalsFollowStripe();
    void formatsInLocale_data();
    void formatsInLocale();
    void decimalStringIsLocaleFree_data();
    void decimalStringIsLocaleFree();
    void extremesDoNotOverflow();
};

void TestMoney::decimalsFollowStripe_data()
{
    // One row a line, as a table reads.
    // clang-format off
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<int>("shownDecimals");
    QTest::addColumn<bool>("paymentsEndInZero");
    QTest::newRow("usd") << "usd" << 2 << 2 << false;
    QTest::newRow("eur") << "EUR" << 2 << 2 << false;
    QTest::newRow("jpy") << "jpy" << 0 << 0 << false;
    QTest::newRow("krw") << "KRW" << 0 << 0 << false;
    QTest::newRow("kwd") << "kwd" << 3 << 3 << true;
    QTest::newRow("tnd") << "TND" << 3 << 3 << true;
    QTest::newRow("isk, sent with 00") << "isk" << 2 << 0 << false;
    QTest::newRow("ugx, sent with 00") << "UGX" << 2 << 0 << false;
    QTest::newRow("huf") << "HUF" << 2 << 2 << false;
    QTest::newRow("unknown defaults to two") << "xyz" << 2 << 2 << false;
    // clang-format on
}

void TestMoney::decimalsFollowStripe()
{
    QFETCH(QString, code);
    const Currency currency = Currency::byCode(code);
    QTEST(currency.decimals, "decimals");
    QTEST(currency.shownDecimals, "shownDecimals");
    QTEST(currency.paymentsEndInZero, "paymentsEndInZero");
    QCOMPARE(currency.code, code.toUpper());
}

void TestMoney::formatsInLocale_data()
{
    // One row a line, as a table reads.
    // clang-format off
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("expected");
    // QLocale puts a no-break space between number and symbol where the locale wants one.
    const QString nbsp(QChar(0x00A0));
    QTest::newRow("usd en") << "en_US" << qint64(1250) << "usd" << "$12.50";
    QTest::newRow("usd grouping") << "en_US" << qint64(123456789) << "usd" << "$1,234,567.89";
    QTest::newRow("eur en") << "en_US" << qint64(1250) << "eur" << "€12.50";
    QTest::newRow("eur de") << "de_DE" << qint64(123450) << "eur" << "1.234,50" + nbsp + "€";
    QTest::newRow("jpy has no decimals") << "en_US" << qint64(1500) << "jpy" << "¥1,500";
    QTest::newRow("kwd three decimals") << "en_US" << qint64(1500) << "kwd" << "KWD" + nbsp + "1.500";
    QTest::newRow("isk whole kronur") << "en_US" << qint64(500) << "isk" << "ISK" + nbsp + "5";
    QTest::newRow("isk stray fraction shown") << "en_US" << qint64(550) << "isk" << "ISK" + nbsp + "5.50";
    // en_US writes a negative currency amount the accountant's way.
    QTest::newRow("negative usd") << "en_US" << qint64(-1250) << "usd" << "($12.50)";
    QTest::newRow("negative eur de") << "de_DE" << qint64(-1250) << "eur" << "-12,50" + nbsp + "€";
    QTest::newRow("kwd de") << "de_DE" << qint64(1500) << "kwd" << "1,500" + nbsp + "KWD";
    QTest::newRow("one cent") << "en_US" << qint64(1) << "usd" << "$0.01";
    QTest::newRow("zero") << "en_US" << qint64(0) << "eur" << "€0.00";
    // LANG=C has no currency pattern: symbol first, as internationally written.
    QTest::newRow("c locale usd") << "C" << qint64(1250) << "usd" << "$12.50";
    QTest::newRow("c locale kwd") << "C" << qint64(1500) << "kwd" << "KWD" + nbsp + "1.500";
    QTest::newRow("c locale negative") << "C" << qint64(-1250) << "eur" << "-€12.50";
    // clang-format on
}

void TestMoney::formatsInLocale()
{
    QFETCH(QString, locale);
    QFETCH(qint64, minor);
    QFETCH(QString, code);
    QTEST(Money(minor, code).format(QLocale(locale)), "expected");
}

void TestMoney::decimalStringIsLocaleFree_data()
{
    // One row a line, as a table reads.
    // clang-format off
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("expected");
    QTest::newRow("usd") << qint64(123456789) << "usd" << "1234567.89";
    QTest::newRow("small") << qint64(5) << "usd" << "0.05";
    QTest::newRow("negative") << qint64(-5) << "eur" << "-0.05";
    QTest::newRow("jpy") << qint64(1500) << "jpy" << "1500";
    QTest::newRow("kwd") << qint64(1500) << "kwd" << "1.500";
    QTest::newRow("isk") << qint64(500) << "isk" << "5";
    // clang-format on
}

void TestMoney::decimalStringIsLocaleFree()
{
    QFETCH(qint64, minor);
    QFETCH(QString, code);
    QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
    QTEST(Money(minor, code).toDecimalString(), "expected");
    QLocale::setDefault(QLocale::c());
}

void TestMoney::extremesDoNotOverflow()
{
    const Money lowest(std::numeric_limits<qint64>::min(), QStringLiteral("usd"));
    QCOMPARE(lowest.toDecimalString(), QStringLiteral("-92233720368547758.08"));
    const Money highest(std::numeric_limits<qint64>::max(), QStringLiteral("jpy"));
    QCOMPARE(highest.toDecimalString(), QStringLiteral("9223372036854775807"));
}

PAYDESK_TEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
