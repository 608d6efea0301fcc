#include "src/mirror/MirrorRows.h"
#include "src/mirror/TabFilters.h"
#include "src/queries/PaymentFilter.h"
#include "tests/support/TestMain.h"

#include <QTest>
#include <QTimeZone>

using namespace mirror;

// What each tab's filters ask of the mirror: the tab's own values (as a saved view keeps them)
// become one mirror::Filter, and what the mirror cannot answer keeps the tab on Stripe.
class TestTabFilters : public QObject
{
    Q_OBJECT

private slots:
    void paymentsFilters();
    void paymentsSearchBox();
    void paymentsTheMirrorCannotAnswer();
    void invoicesAndCustomers();
    void createdRangeEndsAfterItsLastDay();
    void sortsOverEveryRow();
};

namespace {
const QLocale english(QStringLiteral("en_US"));

QString status(queries::PaymentStatus status)
{
    return QString::number(int(status));
}
} // namespace

void TestTabFilters::paymentsFilters()
{
    const auto filter = paymentsFilter({{"status", status(queries::PaymentStatus::PartiallyRefunded)},
                                        {"currency", "EUR"},
                                        {"minimum", "12.50"},
                                        {"maximum", "1,000"},
                                        {"customer", "cus_123"},
                                        {"search", ""}},
                                       {}, english);
    QVERIFY(filter);
    QCOMPARE(filter->kind, objects::Kind::Payment);
    QCOMPARE(filter->statuses, QStringList {"partially_refunded"});
    QCOMPARE(filter->currency, "eur"); // as Stripe and the mirror write it
    QCOMPARE(filter->minAmount, 1250);
    QCOMPARE(filter->maxAmount, 100000);
    QCOMPARE(filter->customer, "cus_123");
    QVERIFY(filter->text.isEmpty());
    // Nothing chosen: every payment.
    const auto all = paymentsFilter({{"status", status(queries::PaymentStatus::Any)}}, {}, english);
    QVERIFY(all);
    QVERIFY(all->statuses.isEmpty() && all->currency.isEmpty() && !all->minAmount && !all->createdFrom);
    // Yen has no decimals: 1500 is ¥1,500.
    QCOMPARE(paymentsFilter({{"currency", "JPY"}, {"minimum", "1500"}}, {}, english)->minAmount, 1500);
}

void TestTabFilters::paymentsSearchBox()
{
    // Text the mirror finds across every payment's text: an email, last 4, an id, words.
    for (const QString text : {"jane@example.com", "4242", "ch_3Abc", "Jane"})
        QCOMPARE(paymentsFilter({{"search", text}}, {}, english)->text, text);
    // An amount typed in the box is the amount, in its currency when one was typed.
    const auto amount = paymentsFilter({{"search", "€12.50"}}, {}, english);
    QVERIFY(amount);
    QCOMPARE(amount->minAmount, 1250);
    QCOMPARE(amount->maxAmount, 1250);
    QCOMPARE(amount->currency, "eur");
    QVERIFY(amount->text.isEmpty());
}

void TestTabFilters::paymentsTheMirrorCannotAnswer()
{
    QVERIFY(!paymentsFilter({{"status", status(queries::PaymentStatus::Disputed)}}, {}, english));
    QVERIFY(!paymentsFilter({{"status", status(queries::PaymentStatus::Uncaptured)}}, {}, english));
    QVERIFY(!paymentsFilter({{"minimum", "twelve"}}, {}, english));
}

void TestTabFilters::invoicesAndCustomers()
{
    const auto invoices = invoicesFilter({{"status", "open"}, {"customer", "cus_9"}}, {});
    QVERIFY(invoices);
    QCOMPARE(invoices->kind, objects::Kind::Invoice);
    QCOMPARE(invoices->statuses, QStringList {"open"});
    QCOMPARE(invoices->customer, "cus_9");
    QVERIFY(invoicesFilter({{"status", ""}, {"customer", ""}}, {})->statuses.isEmpty());
    const auto customers = customersFilter({{"search", "  jane  "}}, {});
    QVERIFY(customers);
    QCOMPARE(customers->kind, objects::Kind::Customer);
    QCOMPARE(customers->text, "jane");
}

void TestTabFilters::createdRangeEndsAfterItsLastDay()
{
    queries::CreatedRange range;
    range.from = QDate(2026, 11, 1);
    range.to = QDate(2026, 11, 30);
    const auto filter = customersFilter({}, range);
    QCOMPARE(filter->createdFrom, range.firstSecond());
    // The mirror's end is exclusive; the range's last second is in it.
    QCOMPARE(*filter->createdUntil, *range.lastSecond() + 1);
    QVERIFY(!customersFilter({}, {})->createdFrom);
}

void TestTabFilters::sortsOverEveryRow()
{
    Filter customers;
    customers.kind = objects::Kind::Customer;
    QCOMPARE(MirrorRows::sortColumnFor(customers, "email"), QString("email"));
    QCOMPARE(MirrorRows::sortColumnFor(customers, "created"), QString("created"));
    QVERIFY(!MirrorRows::sortColumnFor(customers, "phone")); // not indexed: the loaded rows
    // Money orders within one currency only, as the loaded rows' sort does.
    Filter payments;
    payments.kind = objects::Kind::Payment;
    QVERIFY(!MirrorRows::sortColumnFor(payments, "amount"));
    payments.currency = "usd";
    QCOMPARE(MirrorRows::sortColumnFor(payments, "amount"), QString("amount"));
}

PAYDESK_TEST_GUILESS_MAIN(TestTabFilters)
#include "tst_mirror_tabfilters.moc"
