#include "src/money/AmountParser.h"
#include "tests/support/TestMain.h"

#include <QTest>

using money::AmountParser;

class TestAmountParser : public QObject
{
    Q_OBJECT

private slots:
    void accepts_data();
    void accepts();
    void refuses_data();
    void refuses();
    void negativeOnlyWhereAllowed();
    void zeroOnlyWhereAllowed();
    void threeDecimalPaymentsEndInZero();
    void maximumIsStripes();
};

void TestAmountParser::accepts_data()
{
    // One row a line, as a table reads.
    // clang-format off
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<qint64>("minor");
    QTest::newRow("usd plain") << "en_US" << "12.50" << "usd" << qint64(1250);
    QTest::newRow("usd one decimal") << "en_US" << "12.5" << "usd" << qint64(1250);
    QTest::newRow("usd whole") << "en_US" << "12" << "usd" << qint64(1200);
    QTest::newRow("usd leading point") << "en_US" << ".75" << "usd" << qint64(75);
    QTest::newRow("usd grouped") << "en_US" << "1,234.56" << "usd" << qint64(123456);
    QTest::newRow("usd with symbol") << "en_US" << "$40.00" << "usd" << qint64(4000);
    QTest::newRow("usd spaces around") << "en_US" << "  7.10 " << "usd" << qint64(710);
    QTest::newRow("eur de comma") << "de_DE" << "12,50" << "eur" << qint64(1250);
    QTest::newRow("eur de grouped") << "de_DE" << "1.234,50" << "eur" << qint64(123450);
    QTest::newRow("eur de symbol after") << "de_DE" << "12,50 €" << "eur" << qint64(1250);
    QTest::newRow("eur fr space grouping") << "fr_FR" << "1 234,50" << "eur" << qint64(123450);
    QTest::newRow("eur fr narrow nbsp") << "fr_FR" << QString("1\u202F234,50") << "eur" << qint64(123450);
    QTest::newRow("jpy whole") << "en_US" << "1,500" << "jpy" << qint64(1500);
    QTest::newRow("jpy ja") << "ja_JP" << "1500" << "jpy" << qint64(1500);
    QTest::newRow("kwd three") << "en_US" << "1.5" << "kwd" << qint64(1500);
    QTest::newRow("kwd three full") << "en_US" << "5.124" << "kwd" << qint64(5124);
    QTest::newRow("isk whole is x100") << "en_US" << "5" << "isk" << qint64(500);
    QTest::newRow("indian grouping") << "en_IN" << "1,00,000.00" << "inr" << qint64(10000000);
    QTest::newRow("code prefix") << "en_US" << "KWD 1.250" << "kwd" << qint64(1250);
    // clang-format on
}

void TestAmountParser::accepts()
{
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QFETCH(QString, code);
    const auto result = AmountParser(QLocale(locale)).parse(text, code);
    QVERIFY2(result.isOk(), qPrintable(result.error));
    QTEST(result.money.minorUnits(), "minor");
    QCOMPARE(result.money.currencyCode(), code.toUpper());
}

void TestAmountParser::refuses_data()
{
    // One row a line, as a table reads.
    // clang-format off
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("empty") << "en_US" << "" << "usd" << "Enter an amount";
    QTest::newRow("blank") << "en_US" << "   " << "usd" << "Enter an amount";
    QTest::newRow("three decimals usd") << "en_US" << "12.505" << "usd" << "at most 2 decimal places";
    QTest::newRow("decimals jpy") << "en_US" << "15.5" << "jpy" << "no decimal places";
    QTest::newRow("decimals isk") << "en_US" << "5.5" << "isk" << "no decimal places";
    QTest::newRow("four decimals kwd") << "en_US" << "1.2345" << "kwd" << "at most 3 decimal places";
    QTest::newRow("exponent") << "en_US" << "1e3" << "usd" << "scientific notation";
    QTest::newRow("exponent capital") << "en_US" << "1E-2" << "usd" << "scientific notation";
    QTest::newRow("letters") << "en_US" << "twelve" << "usd" << "is not an amount";
    QTest::newRow("digits and letters") << "en_US" << "12abc" << "usd" << "is not an amount";
    QTest::newRow("two points") << "en_US" << "1.2.3" << "usd" << "more than one decimal separator";
    QTest::newRow("bad grouping") << "en_US" << "1,23.45" << "usd" << "digit groups look wrong";
    QTest::newRow("comma as decimal in en") << "en_US" << "12,50" << "usd" << "digit groups look wrong";
    QTest::newRow("point as decimal in de") << "de_DE" << "12.50" << "eur" << "digit groups look wrong";
    QTest::newRow("dangling point") << "en_US" << "12." << "usd" << "digits after the decimal separator";
    QTest::newRow("only point") << "en_US" << "." << "usd" << "is not an amount";
    QTest::newRow("huge") << "en_US" << "1000000.00" << "usd" << "too large";
    QTest::newRow("overflow") << "en_US" << "99999999999999999999999999" << "usd" << "too large";
    QTest::newRow("other currency symbol") << "en_US" << "€12" << "usd" << "is not an amount";
    QTest::newRow("nan") << "en_US" << "nan" << "usd" << "is not an amount";
    QTest::newRow("inf") << "en_US" << "inf" << "usd" << "is not an amount";
    // clang-format on
}

void TestAmountParser::refuses()
{
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QFETCH(QString, code);
    QFETCH(QString, messagePart);
    const auto result = AmountParser(QLocale(locale)).parse(text, code);
    QVERIFY2(!result.isOk(), qPrintable(QString::number(result.money.minorUnits())));
    QVERIFY2(result.error.contains(messagePart), qPrintable(result.error));
}

void TestAmountParser::negativeOnlyWhereAllowed()
{
    const QLocale en(QStringLiteral("en_US"));
    const auto refused = AmountParser(en).parse(QStringLiteral("-5.00"), QStringLiteral("usd"));
    QVERIFY(refused.error.contains(QStringLiteral("cannot be negative")));
    const auto allowed
        = AmountParser(en, AmountParser::AllowNegative).parse(QStringLiteral("-5.25"), QStringLiteral("usd"));
    QVERIFY2(allowed.isOk(), qPrintable(allowed.error));
    QCOMPARE(allowed.money.minorUnits(), qint64(-525));
}

void TestAmountParser::zeroOnlyWhereAllowed()
{
    const QLocale en(QStringLiteral("en_US"));
    QVERIFY(AmountParser(en)
                .parse(QStringLiteral("0.00"), QStringLiteral("usd"))
                .error.contains(QStringLiteral("greater than zero")));
    const auto allowed
        = AmountParser(en, AmountParser::AllowZero).parse(QStringLiteral("0"), QStringLiteral("usd"));
    QVERIFY(allowed.isOk());
    QCOMPARE(allowed.money.minorUnits(), qint64(0));
}

void TestAmountParser::threeDecimalPaymentsEndInZero()
{
    const AmountParser payment(QLocale(QStringLiteral("en_US")), AmountParser::ForPayment);
    QVERIFY(payment.parse(QStringLiteral("5.124"), QStringLiteral("kwd"))
                .error.contains(QStringLiteral("must be 0")));
    QCOMPARE(payment.parse(QStringLiteral("5.120"), QStringLiteral("kwd")).money.minorUnits(), qint64(5120));
    QCOMPARE(payment.parse(QStringLiteral("5.12"), QStringLiteral("kwd")).money.minorUnits(), qint64(5120));
    // The rule is Stripe's for three-decimal currencies only.
    QCOMPARE(payment.parse(QStringLiteral("5.13"), QStringLiteral("usd")).money.minorUnits(), qint64(513));
}

void TestAmountParser::maximumIsStripes()
{
    const AmountParser parser(QLocale(QStringLiteral("en_US")));
    QCOMPARE(parser.parse(QStringLiteral("999,999.99"), QStringLiteral("usd")).money.minorUnits(),
             qint64(99999999));
    QCOMPARE(parser.parse(QStringLiteral("99,999,999"), QStringLiteral("jpy")).money.minorUnits(),
             qint64(99999999));
    const auto tooMuch = parser.parse(QStringLiteral("100,000,000"), QStringLiteral("jpy"));
    QVERIFY(tooMuch.error.contains(QStringLiteral("¥99,999,999")));
}

PAYDESK_TEST_GUILESS_MAIN(TestAmountParser)
#include "tst_amountparser.moc"
