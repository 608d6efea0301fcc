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
    void paymentsStatusesAsStripeSaysThem();
    void paymentsTheMirrorCannotAnswer();
    void invoicesAndCustomers();
    void ordersRefundsProductsAndCodes();
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

void TestTabFilters::paymentsStatusesAsStripeSaysThem()
{
    // Stripe's status stays "succeeded" once money goes back: its search for succeeded payments
    // finds the refunded ones too, and so must the mirror.
    const QStringList succeeded {"succeeded", "partially_refunded", "refunded"};
    const auto paid = paymentsFilter({{"status", status(queries::PaymentStatus::Succeeded)}}, {}, english);
    QVERIFY(paid);
    QCOMPARE(paid->statuses, succeeded);
    QVERIFY(!paid->captured && !paid->disputed);
    // An authorisation not captured (a released one is refunded as well).
    const auto uncaptured
        = paymentsFilter({{"status", status(queries::PaymentStatus::Uncaptured)}}, {}, english);
    QVERIFY(uncaptured);
    QCOMPARE(uncaptured->statuses, succeeded);
    QCOMPARE(uncaptured->captured, false);
    // Disputed, whatever happened to the money since.
    const auto disputed = paymentsFilter({{"status", status(queries::PaymentStatus::Disputed)}}, {}, english);
    QVERIFY(disputed);
    QVERIFY(disputed->statuses.isEmpty());
    QCOMPARE(disputed->disputed, true);
}

void TestTabFilters::paymentsTheMirrorCannotAnswer()
{
    QVERIFY(!paymentsFilter({{"minimum", "twelve"}}, {}, english));
}

void TestTabFilters::invoicesAndCustomers()
{
    const auto invoices = invoicesFilter({"open", "cus_9", "EUR", 1000, 2000, "INV-0042"}, {});
    QVERIFY(invoices);
    QCOMPARE(invoices->kind, objects::Kind::Invoice);
    QCOMPARE(invoices->statuses, QStringList {"open"});
    QCOMPARE(invoices->customer, "cus_9");
    QCOMPARE(invoices->currency, "eur");
    QCOMPARE(invoices->dueFrom, 1000);
    QCOMPARE(invoices->dueUntil, 2000);
    QCOMPARE(invoices->text, "INV-0042");
    const auto all = invoicesFilter({}, {});
    QVERIFY(all->statuses.isEmpty() && all->currency.isEmpty() && !all->dueFrom && !all->dueUntil);
    const auto customers = customersFilter({{"search", "  jane  "}}, {});
    QVERIFY(customers);
    QCOMPARE(customers->kind, objects::Kind::Customer);
    QCOMPARE(customers->text, "jane");
}

void TestTabFilters::ordersRefundsProductsAndCodes()
{
    // Orders: Paydesk's payment intents (the kind says so), by status, customer and the search box.
    const auto orders = ordersFilter({"requires_payment_method", "cus_1", "jane 4242"}, {});
    QCOMPARE(orders->kind, objects::Kind::Order);
    QCOMPARE(orders->statuses, QStringList {"requires_payment_method"});
    QCOMPARE(orders->customer, "cus_1");
    QCOMPARE(orders->text, "jane 4242");
    QVERIFY(ordersFilter({}, {})->statuses.isEmpty());
    // Refunds: of a payment (their parent), status and currency.
    const auto refunds = refundsFilter({" ch_1 ", "succeeded", "JPY", "jane@example.com"}, {});
    QCOMPARE(refunds->kind, objects::Kind::Refund);
    QCOMPARE(refunds->parent, "ch_1");
    QCOMPARE(refunds->statuses, QStringList {"succeeded"});
    QCOMPARE(refunds->currency, "jpy");
    QCOMPARE(refunds->text, "jane@example.com");
    // Products: active or archived, or both.
    QCOMPARE(productsFilter({true, {}}, {})->statuses, QStringList {"active"});
    QCOMPARE(productsFilter({true, "mug"}, {})->text, "mug");
    QCOMPARE(productsFilter({false, {}}, {})->statuses, QStringList {"inactive"});
    QVERIFY(productsFilter({}, {})->statuses.isEmpty());
    // Promotion codes: active, the coupon (their parent), part of the code.
    const auto codes = promotionCodesFilter({false, "SUMMER25", " sum ", "ada"}, {});
    QCOMPARE(codes->kind, objects::Kind::PromotionCode);
    QCOMPARE(codes->statuses, QStringList {"inactive"});
    QCOMPARE(codes->parent, "SUMMER25");
    QCOMPARE(codes->codePart, "sum");
    QCOMPARE(codes->text, "ada");
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
    // Money is grouped by currency, as the loaded rows' sort does (with one currency chosen, the
    // rows without the amount last); a date is one order.
    Filter payments;
    payments.kind = objects::Kind::Payment;
    QCOMPARE(MirrorRows::sortColumnFor(payments, "amount"), QString("amount"));
    QVERIFY(MirrorRows::sortsByCurrency("amount"));
    QVERIFY(!MirrorRows::sortsByCurrency("created"));
    payments.currency = "usd";
    QCOMPARE(MirrorRows::sortColumnFor(payments, "amount"), QString("amount"));
    // A tab's column named otherwise than the mirror's: an order's total is its amount, a
    // code's redemptions its times_redeemed.
    Filter orders;
    orders.kind = objects::Kind::Order;
    orders.currency = "usd";
    QCOMPARE(MirrorRows::sortColumnFor(orders, "total"), QString("amount"));
    QCOMPARE(MirrorRows::sortColumnFor(orders, "items"), QString("description"));
    Filter codes;
    codes.kind = objects::Kind::PromotionCode;
    QCOMPARE(MirrorRows::sortColumnFor(codes, "redeemed"), QString("times_redeemed"));
    QCOMPARE(MirrorRows::sortColumnFor(codes, "code"), QString("code"));
}

PAYDESK_TEST_GUILESS_MAIN(TestTabFilters)
#include "tst_mirror_tabfilters.moc"
