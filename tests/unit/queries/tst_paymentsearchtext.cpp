#include "src/queries/PaymentSearchText.h"
#include "tests/support/TestMain.h"

#include <QTest>

using Kind = queries::PaymentSearchTerm::Kind;

// The Payments search box reads what a clerk was told (an email, the last four digits, an amount,
// a day, an id) as the Stripe Dashboard does, in the user's locale.
class TestPaymentSearchText : public QObject
{
    Q_OBJECT

private slots:
    void understands_data();
    void understands();
    void datesAndRanges_data();
    void datesAndRanges();
    void amountsInTheLocale_data();
    void amountsInTheLocale();
};

void TestPaymentSearchText::understands_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::newRow("empty") << "  " << int(Kind::Empty);
    QTest::newRow("email") << " jane@example.com " << int(Kind::Email);
    QTest::newRow("four digits") << "4242" << int(Kind::Last4);
    QTest::newRow("charge id") << "ch_3NxYz123" << int(Kind::PaymentId);
    QTest::newRow("py id") << "py_3NxYz123" << int(Kind::PaymentId);
    QTest::newRow("intent id") << "pi_3NxYz123" << int(Kind::IntentId);
    QTest::newRow("refund id") << "re_3NxYz123" << int(Kind::RefundId);
    QTest::newRow("customer id") << "cus_NxYz123" << int(Kind::CustomerId);
    QTest::newRow("amount") << "12.50" << int(Kind::Amount);
    QTest::newRow("date") << "2026-11-03" << int(Kind::Dates);
    QTest::newRow("name") << "Chloé" << int(Kind::Words);
    QTest::newRow("part of an email") << "jane@exa" << int(Kind::Words);
    QTest::newRow("two letters") << "Jo" << int(Kind::TooShort);
    QTest::newRow("three decimals in USD") << "12.505" << int(Kind::Unclear);
    QTest::newRow("decimals in JPY") << QString::fromUtf8("¥12.50") << int(Kind::Unclear);
    QTest::newRow("five digits is an amount") << "12345" << int(Kind::Amount);
}

void TestPaymentSearchText::understands()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    const auto term = queries::parsePaymentSearch(text, QLocale(QStringLiteral("en_US")));
    QCOMPARE(int(term.kind), kind);
    if (term.kind == Kind::Unclear)
        QVERIFY(!term.problem.isEmpty());
}

void TestPaymentSearchText::datesAndRanges_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::newRow("ISO day") << "2026-11-03" << QDate(2026, 11, 3) << QDate(2026, 11, 3);
    QTest::newRow("day in words") << "3 Nov 2026" << QDate(2026, 11, 3) << QDate(2026, 11, 3);
    QTest::newRow("month") << "Nov 2026" << QDate(2026, 11, 1) << QDate(2026, 11, 30);
    QTest::newRow("month in full") << "February 2028" << QDate(2028, 2, 1) << QDate(2028, 2, 29);
    QTest::newRow("range") << "2026-11-01..2026-11-30" << QDate(2026, 11, 1) << QDate(2026, 11, 30);
    QTest::newRow("range of months") << QString::fromUtf8("Oct 2026 – Nov 2026") << QDate(2026, 10, 1)
                                     << QDate(2026, 11, 30);
    QTest::newRow("US short date") << "11/3/26" << QDate(2026, 11, 3) << QDate(2026, 11, 3);
}

void TestPaymentSearchText::datesAndRanges()
{
    QFETCH(QString, text);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    const auto term = queries::parsePaymentSearch(text, QLocale(QStringLiteral("en_US")));
    QCOMPARE(int(term.kind), int(Kind::Dates));
    QCOMPARE(term.dates.from, from);
    QCOMPARE(term.dates.to, to);
    // The range covers the whole of its last day, in local time.
    QVERIFY(term.dates.contains(QDateTime(to, QTime(23, 59, 59)).toSecsSinceEpoch()));
    QVERIFY(!term.dates.contains(QDateTime(to.addDays(1), QTime(0, 0)).toSecsSinceEpoch()));
    QVERIFY(!term.dates.contains(QDateTime(from, QTime(0, 0)).toSecsSinceEpoch() - 1));
}

void TestPaymentSearchText::amountsInTheLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<int>("decimals");
    QTest::newRow("plain") << "en_US"
                           << "12.50" << qint64(1250) << QString() << 2;
    QTest::newRow("code after") << "en_US"
                                << "12.50 EUR" << qint64(1250) << "EUR" << 2;
    QTest::newRow("code in lower case") << "en_US"
                                        << "12.50 eur" << qint64(1250) << "EUR" << 2;
    QTest::newRow("euro sign") << "en_US" << QString::fromUtf8("€12.50") << qint64(1250) << "EUR" << 2;
    QTest::newRow("yen") << "en_US" << QString::fromUtf8("¥1500") << qint64(1500) << "JPY" << 0;
    QTest::newRow("grouping") << "en_US"
                              << "1,234.50" << qint64(123450) << QString() << 2;
    QTest::newRow("German decimal comma") << "de_DE"
                                          << "12,50" << qint64(1250) << QString() << 2;
    QTest::newRow("German with euro")
        << "de_DE" << QString::fromUtf8("12,50 €") << qint64(1250) << "EUR" << 2;
    QTest::newRow("whole pounds") << "en_GB" << QString::fromUtf8("£85") << qint64(8500) << "GBP" << 2;
}

void TestPaymentSearchText::amountsInTheLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(int, decimals);
    const auto term = queries::parsePaymentSearch(text, QLocale(locale));
    QCOMPARE(int(term.kind), int(Kind::Amount));
    QCOMPARE(term.amount, minor);
    QCOMPARE(term.currency, currency);
    QCOMPARE(term.decimals, decimals);
}

PAYDESK_TEST_GUILESS_MAIN(TestPaymentSearchText)
#include "tst_paymentsearchtext.moc"
