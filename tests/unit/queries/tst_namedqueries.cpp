#include "src/queries/CreatedRange.h"
#include "src/queries/CustomerLookup.h"
#include "src/queries/PaymentFilter.h"
#include "src/queries/PickerLists.h"
#include "src/queries/PromotionCodesQuery.h"
#include "src/queries/SearchClauses.h"
#include "src/queries/TabQueries.h"
#include "tests/support/TestMain.h"

#include <QJsonObject>
#include <QTest>

using queries::PaymentFilter;
using queries::PaymentStatus;
using Pager = stripe::ListPager::Kind;

namespace {

QString searchOf(const records::ListQuery &query)
{
    return query.params.value(QStringLiteral("query")).toString();
}

QJsonObject charge(const QString &status, qint64 amount, const QString &currency, bool refunded = false,
                   qint64 amountRefunded = 0, bool captured = true)
{
    return {{"id", "ch_1"},
            {"status", status},
            {"amount", amount},
            {"currency", currency},
            {"refunded", refunded},
            {"amount_refunded", amountRefunded},
            {"captured", captured},
            {"customer", "cus_A1"},
            {"created", 1'800'000'000},
            {"disputed", false},
            {"payment_method_details", QJsonObject {{"card", QJsonObject {{"last4", "4444"}}}}}};
}

} // namespace

// The wire knowledge of finding things, without widgets: which request each filter makes.
class TestNamedQueries : public QObject
{
    Q_OBJECT

private slots:
    void noFilterIsTheList();
    void oneCustomerIsTheListFilter();
    void statusesUseDocumentedSearchFields_data();
    void statusesUseDocumentedSearchFields();
    void uncapturedIsKeptHereAndSaysSo();
    void amountWithoutCurrencyNeverMatchesZeroDecimalCurrencies();
    void severalCustomersAreOredAndTheRestKeptHere();
    void searchFallsBackToTheFilteredList();
    void anIdWinsOverEveryFilter();
    void nothingToAskSendsNothing();
    void createdRangeOnListsAndSearches();
    void createdRangeOnAnOrSearchIsKeptHere();
    void customerLookupPlans_data();
    void customerLookupPlans();
    void customerSearchQuotesWhatIsTyped();
    void promotionCodesByPartOfTheirCode();
    void clausesAreCountedOutsideQuotes();
    void invoicesByStatusAndCustomer();
    void invoicesByCurrencyAndDueDate();
    void ordersAreSearchedOrListedAndKept();
    void productsAndRefunds();
    void textOnlyTheCopySearches();
    void savedCardsOfACustomerOnly();
};

void TestNamedQueries::noFilterIsTheList()
{
    const records::ListQuery query = queries::paymentsQuery({});
    QCOMPARE(query.kind, Pager::List);
    QCOMPARE(query.path, QStringLiteral("/v1/charges"));
    QVERIFY(!query.params.contains(QStringLiteral("query")));
    // Who paid, named in the same request.
    QCOMPARE(query.params.value(QStringLiteral("expand")).toStringList(), QStringList {"data.customer"});
    QVERIFY(!query.keep);
}

void TestNamedQueries::oneCustomerIsTheListFilter()
{
    PaymentFilter filter;
    filter.customers = {QStringLiteral("cus_A1")};
    const records::ListQuery query = queries::paymentsQuery(filter);
    // The list is never behind; search can be a minute behind.
    QCOMPARE(query.kind, Pager::List);
    QCOMPARE(query.params.value(QStringLiteral("customer")).toString(), QStringLiteral("cus_A1"));
}

void TestNamedQueries::statusesUseDocumentedSearchFields_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("query");
    QTest::newRow("succeeded") << int(PaymentStatus::Succeeded) << "status:'succeeded'";
    QTest::newRow("failed") << int(PaymentStatus::Failed) << "status:'failed'";
    QTest::newRow("refunded") << int(PaymentStatus::Refunded) << "refunded:'true'";
    QTest::newRow("partially refunded") << int(PaymentStatus::PartiallyRefunded) << "refunded:'false'";
    QTest::newRow("disputed") << int(PaymentStatus::Disputed) << "disputed:'true'";
}

void TestNamedQueries::statusesUseDocumentedSearchFields()
{
    QFETCH(int, status);
    QFETCH(QString, query);
    PaymentFilter filter;
    filter.status = PaymentStatus(status);
    filter.currency = QStringLiteral("EUR");
    filter.customers = {QStringLiteral("cus_A1")};
    filter.last4 = QStringLiteral("4444");
    const records::ListQuery q = queries::paymentsQuery(filter);
    QCOMPARE(q.kind, Pager::Search);
    QCOMPARE(q.path, QStringLiteral("/v1/charges/search"));
    QCOMPARE(searchOf(q),
             QStringLiteral("customer:'cus_A1' AND %1 AND currency:'eur' AND "
                            "payment_method_details.card.last4:'4444'")
                 .arg(query));
    QVERIFY(!q.keep); // Stripe applies every filter
    QVERIFY(q.footnote.contains(QStringLiteral("minute"))); // search can be behind: said
}

void TestNamedQueries::uncapturedIsKeptHereAndSaysSo()
{
    PaymentFilter filter;
    filter.status = PaymentStatus::Uncaptured;
    const records::ListQuery q = queries::paymentsQuery(filter);
    QCOMPARE(searchOf(q), QStringLiteral("status:'succeeded'"));
    QVERIFY(q.keep);
    QVERIFY(q.keep(charge("succeeded", 100, "eur", false, 0, false)));
    QVERIFY(!q.keep(charge("succeeded", 100, "eur")));
    QVERIFY(q.footnote.contains(QStringLiteral("uncaptured")));
}

void TestNamedQueries::amountWithoutCurrencyNeverMatchesZeroDecimalCurrencies()
{
    PaymentFilter filter;
    filter.minAmount = filter.maxAmount = 1250;
    filter.amountDecimals = 2;
    const records::ListQuery q = queries::paymentsQuery(filter);
    QCOMPARE(searchOf(q), QStringLiteral("amount:1250"));
    QVERIFY(q.keep(charge("succeeded", 1250, "eur")));
    QVERIFY(!q.keep(charge("succeeded", 1250, "jpy")));
    filter.minAmount = 1000;
    filter.maxAmount = 2000;
    filter.currency = QStringLiteral("usd");
    QCOMPARE(searchOf(queries::paymentsQuery(filter)),
             QStringLiteral("currency:'usd' AND amount>=1000 AND amount<=2000"));
}

void TestNamedQueries::severalCustomersAreOredAndTheRestKeptHere()
{
    PaymentFilter filter;
    filter.customers = {QStringLiteral("cus_A1"), QStringLiteral("cus_B2")};
    filter.status = PaymentStatus::Failed;
    const records::ListQuery q = queries::paymentsQuery(filter);
    // AND and OR never in one query (docs.stripe.com/search).
    QCOMPARE(searchOf(q), QStringLiteral("customer:'cus_A1' OR customer:'cus_B2'"));
    QVERIFY(q.keep(charge("failed", 100, "eur")));
    QVERIFY(!q.keep(charge("succeeded", 100, "eur")));
}

void TestNamedQueries::searchFallsBackToTheFilteredList()
{
    PaymentFilter filter;
    filter.customers = {QStringLiteral("cus_A1")};
    filter.status = PaymentStatus::Refunded;
    const records::ListQuery q = queries::paymentsQuery(filter);
    QVERIFY(q.fallback);
    QCOMPARE(q.fallback->kind, Pager::List);
    QCOMPARE(q.fallback->path, QStringLiteral("/v1/charges"));
    QCOMPARE(q.fallback->params.value(QStringLiteral("customer")).toString(), QStringLiteral("cus_A1"));
    QVERIFY(q.fallback->keep(charge("succeeded", 100, "eur", true, 100)));
    QVERIFY(!q.fallback->keep(charge("succeeded", 100, "eur", false, 50)));
}

void TestNamedQueries::anIdWinsOverEveryFilter()
{
    PaymentFilter filter;
    filter.status = PaymentStatus::Failed;
    filter.charge = QStringLiteral("ch_1");
    filter.chargeCreated = 1'800'000'000;
    const records::ListQuery q = queries::paymentsQuery(filter);
    QCOMPARE(q.kind, Pager::List);
    QCOMPARE(q.params.value(QStringLiteral("created")).toLongLong(), 1'800'000'000);
    QVERIFY(q.keep(charge("succeeded", 100, "eur")));
    QJsonObject other = charge("failed", 100, "eur");
    other.insert("id", "ch_2");
    QVERIFY(!q.keep(other));
    // A created range on top keeps the list at its second and checks the range here.
    const records::ListQuery ranged
        = queries::withCreated(q, {QDate(2020, 1, 1), QDate(2020, 1, 2)}, QStringLiteral("payments"));
    QCOMPARE(ranged.params.value(QStringLiteral("created")).toLongLong(), 1'800'000'000);
    QVERIFY(!ranged.keep(charge("succeeded", 100, "eur")));

    PaymentFilter intent;
    intent.paymentIntent = QStringLiteral("pi_1");
    QCOMPARE(queries::paymentsQuery(intent).params.value(QStringLiteral("payment_intent")).toString(),
             QStringLiteral("pi_1"));
}

void TestNamedQueries::nothingToAskSendsNothing()
{
    PaymentFilter filter;
    filter.nothingToAsk = QStringLiteral("No customer has the email x@example.com.");
    const records::ListQuery q = queries::paymentsQuery(filter);
    QVERIFY(!q.isValid());
    QCOMPARE(q.invalidReason, filter.nothingToAsk);
}

void TestNamedQueries::createdRangeOnListsAndSearches()
{
    const queries::CreatedRange range {QDate(2026, 11, 1), QDate(2026, 11, 30)};
    const qint64 first = QDate(2026, 11, 1).startOfDay().toSecsSinceEpoch();
    const qint64 last = QDate(2026, 12, 1).startOfDay().toSecsSinceEpoch() - 1;

    const records::ListQuery list = queries::withCreated(queries::paymentsQuery({}), range, "payments");
    const QVariantMap created = list.params.value(QStringLiteral("created")).toMap();
    QCOMPARE(created.value("gte").toLongLong(), first);
    QCOMPARE(created.value("lte").toLongLong(), last);
    QVERIFY(list.emptyText.contains(QStringLiteral("payments")));

    PaymentFilter failed;
    failed.status = PaymentStatus::Failed;
    const records::ListQuery search = queries::withCreated(queries::paymentsQuery(failed), range, "payments");
    QCOMPARE(searchOf(search),
             QStringLiteral("status:'failed' AND created>=%1 AND created<=%2").arg(first).arg(last));
    // The fallback list gets the range as list filters.
    QCOMPARE(search.fallback->params.value(QStringLiteral("created")).toMap().value("gte").toLongLong(),
             first);

    // Open at one end.
    const records::ListQuery since
        = queries::withCreated(queries::paymentsQuery({}), {QDate(2026, 11, 1), {}}, "payments");
    QVERIFY(!since.params.value(QStringLiteral("created")).toMap().contains(QStringLiteral("lte")));
}

void TestNamedQueries::createdRangeOnAnOrSearchIsKeptHere()
{
    const auto plan = queries::planCustomerLookup(QStringLiteral("jane"));
    const records::ListQuery q
        = queries::withCreated(plan.query, {QDate(2026, 11, 1), QDate(2026, 11, 1)}, "customers");
    QCOMPARE(searchOf(q), searchOf(plan.query));
    QVERIFY(q.keep);
    QVERIFY(
        q.keep(QJsonObject {{"created", QDateTime(QDate(2026, 11, 1), QTime(12, 0)).toSecsSinceEpoch()}}));
    QVERIFY(
        !q.keep(QJsonObject {{"created", QDateTime(QDate(2026, 11, 2), QTime(0, 0)).toSecsSinceEpoch()}}));
}

void TestNamedQueries::customerLookupPlans_data()
{
    using Kind = queries::CustomerLookupPlan::Kind;
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("path");
    QTest::newRow("nothing") << " " << int(Kind::Nothing) << QString();
    QTest::newRow("two letters") << "Jo" << int(Kind::TooShort) << QString();
    QTest::newRow("id") << "cus_NxYz123" << int(Kind::Id) << QString();
    QTest::newRow("email") << "Jane@Example.com" << int(Kind::Email) << "/v1/customers";
    QTest::newRow("part of a name") << "jan" << int(Kind::Search) << "/v1/customers/search";
}

void TestNamedQueries::customerLookupPlans()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(QString, path);
    const auto plan = queries::planCustomerLookup(text);
    QCOMPARE(int(plan.kind), kind);
    QCOMPARE(plan.query.path, path);
    if (plan.kind == queries::CustomerLookupPlan::Kind::Email) {
        // Exact, as typed: Stripe's email filter is case-sensitive.
        QCOMPARE(plan.query.params.value(QStringLiteral("email")).toString(), text);
        QCOMPARE(plan.query.kind, Pager::List);
    }
}

void TestNamedQueries::customerSearchQuotesWhatIsTyped()
{
    const auto plan = queries::planCustomerLookup(QStringLiteral("O'Brien"));
    QCOMPARE(searchOf(plan.query), QStringLiteral("name~'O\\'Brien' OR email~'O\\'Brien'"));
    QVERIFY(plan.query.fallback);
    QVERIFY(plan.query.fallback->keep(QJsonObject {{"name", "Siobhan o'brien"}}));
    QVERIFY(!plan.query.fallback->keep(QJsonObject {{"name", "Jane Doe"}}));
}

void TestNamedQueries::promotionCodesByPartOfTheirCode()
{
    queries::PromotionCodeFilter filter;
    filter.codePart = QStringLiteral("summer");
    const records::ListQuery q = queries::promotionCodesQuery(filter);
    QVERIFY(!q.params.contains(QStringLiteral("code"))); // Stripe's filter is the whole code
    QVERIFY(q.keep(QJsonObject {{"code", "SUMMER25"}}));
    QVERIFY(q.keep(QJsonObject {{"code", "EARLY-SUMMER"}}));
    QVERIFY(!q.keep(QJsonObject {{"code", "WINTER10"}}));
    QVERIFY(
        q.params.value(QStringLiteral("expand")).toStringList().contains(QStringLiteral("data.customer")));
}

void TestNamedQueries::clausesAreCountedOutsideQuotes()
{
    namespace clauses = queries::searchClauses;
    QCOMPARE(clauses::count(QStringLiteral("name~'a OR b' AND email:'x y'")), 2);
    QVERIFY(!clauses::joinsWithOr(QStringLiteral("name~'a OR b' AND email:'x'")));
    QVERIFY(clauses::joinsWithOr(QStringLiteral("name~'a' or email~'a'")));
    QCOMPARE(clauses::count(QStringLiteral("metadata['k']:'v' amount>10")), 2);
}

void TestNamedQueries::invoicesByStatusAndCustomer()
{
    const records::ListQuery all = queries::invoicesQuery({});
    QCOMPARE(all.path, QStringLiteral("/v1/invoices"));
    QVERIFY(all.params.isEmpty());
    QCOMPARE(all.emptyText, QStringLiteral("No invoices yet."));
    const records::ListQuery open = queries::invoicesQuery({"open", "cus_A1", {}, {}, {}, {}});
    QCOMPARE(open.params.value("status").toString(), QStringLiteral("open"));
    QCOMPARE(open.params.value("customer").toString(), QStringLiteral("cus_A1"));
    QVERIFY(open.isValid());
    QCOMPARE(open.emptyText, QStringLiteral("No open invoices for this customer."));
    // A product id where a customer's belongs: nothing is sent, and the tab says why.
    QVERIFY(!queries::invoicesQuery({{}, "prod_1", {}, {}, {}, {}}).isValid());
    QVERIFY(!open.keep);
}

void TestNamedQueries::invoicesByCurrencyAndDueDate()
{
    // Neither is a filter of Stripe's list that keeps what the mirror keeps (its due_date leaves
    // out invoices charged automatically, due at their creation): matched over the list.
    const records::ListQuery due = queries::invoicesQuery({"open", {}, "EUR", 1000, 2000, {}});
    QCOMPARE(due.params.value("status").toString(), QStringLiteral("open"));
    QVERIFY(!due.params.contains("due_date") && !due.params.contains("currency"));
    QVERIFY(due.keep);
    const auto invoice = [](const char *currency, qint64 created, const QJsonValue &dueDate) {
        return QJsonObject {{"currency", currency}, {"created", created}, {"due_date", dueDate}};
    };
    QVERIFY(due.keep(invoice("eur", 10, 1000)));
    QVERIFY(due.keep(invoice("eur", 10, 1999)));
    QVERIFY(!due.keep(invoice("eur", 10, 2000))); // the end is not in the range
    QVERIFY(!due.keep(invoice("usd", 10, 1500)));
    QVERIFY(due.keep(invoice("eur", 1500, QJsonValue::Null))); // charged automatically
    QVERIFY(!due.keep(invoice("eur", 999, QJsonValue::Null)));
    QVERIFY(!due.footnote.isEmpty());
    QCOMPARE(due.emptyText, QStringLiteral("No invoices match these filters."));
}

void TestNamedQueries::ordersAreSearchedOrListedAndKept()
{
    const records::ListQuery orders = queries::ordersQuery({"succeeded", "cus_A1", {}});
    QCOMPARE(orders.kind, Pager::Search);
    QCOMPARE(orders.path, QStringLiteral("/v1/payment_intents/search"));
    QCOMPARE(searchOf(orders),
             QStringLiteral("metadata['paydesk_order']:'1' AND status:'succeeded' AND customer:'cus_A1'"));
    QCOMPARE(orders.params.value("expand").toStringList(),
             QStringList({"data.customer", "data.payment_method"}));
    // Without search: the customer's payment intents, keeping Paydesk's orders in that status.
    QVERIFY(orders.fallback);
    QCOMPARE(orders.fallback->path, QStringLiteral("/v1/payment_intents"));
    QCOMPARE(orders.fallback->params.value("customer").toString(), QStringLiteral("cus_A1"));
    const QJsonObject paidOrder {{"status", "succeeded"}, {"metadata", QJsonObject {{"paydesk_order", "1"}}}};
    const QJsonObject otherPayment {{"status", "succeeded"}, {"metadata", QJsonObject {}}};
    const QJsonObject openOrder {{"status", "requires_payment_method"},
                                 {"metadata", QJsonObject {{"paydesk_order", "1"}}}};
    QVERIFY(orders.fallback->keep(paidOrder));
    QVERIFY(!orders.fallback->keep(otherPayment));
    QVERIFY(!orders.fallback->keep(openOrder));
}

void TestNamedQueries::productsAndRefunds()
{
    const records::ListQuery archived = queries::productsQuery({false, {}});
    QCOMPARE(archived.path, QStringLiteral("/v1/products"));
    QCOMPARE(archived.params.value("active").toBool(), false);
    QCOMPARE(archived.params.value("expand").toStringList(), QStringList {"data.default_price"});
    QCOMPARE(archived.emptyText, QStringLiteral("No archived products."));
    QVERIFY(!queries::productsQuery({}).params.contains("active"));

    const records::ListQuery refunds = queries::refundsQuery({" ch_1 ", {}, {}, {}});
    QCOMPARE(refunds.path, QStringLiteral("/v1/refunds"));
    QCOMPARE(refunds.params.value("charge").toString(), QStringLiteral("ch_1"));
    QCOMPARE(refunds.params.value("expand").toStringList(), QStringList {"data.charge.customer"});
    QVERIFY(!queries::refundsQuery({"cus_1", {}, {}, {}}).isValid());
    QVERIFY(!refunds.keep);
    // Stripe's list of refunds has neither a status nor a currency: matched over it.
    const records::ListQuery succeeded = queries::refundsQuery({{}, "succeeded", "JPY", {}});
    QVERIFY(succeeded.params.value("expand").isValid() && succeeded.params.size() == 1);
    QVERIFY(succeeded.keep);
    QVERIFY(succeeded.keep({{"status", "succeeded"}, {"currency", "jpy"}}));
    QVERIFY(!succeeded.keep({{"status", "pending"}, {"currency", "jpy"}}));
    QVERIFY(!succeeded.keep({{"status", "succeeded"}, {"currency", "usd"}}));
}

void TestNamedQueries::textOnlyTheCopySearches()
{
    // Stripe cannot search these four by text: asked of Stripe, the query says so and sends
    // nothing, rather than listing rows that ignore the words; the copy answers it instead.
    queries::PromotionCodeFilter codes;
    codes.text = "ada";
    const QList<records::ListQuery> searched {
        queries::invoicesQuery({{}, {}, {}, {}, {}, "INV-0042"}), queries::ordersQuery({{}, {}, "jane 4242"}),
        queries::refundsQuery({{}, {}, {}, " jane@example.com "}), queries::productsQuery({{}, "mug"}),
        queries::promotionCodesQuery(codes)};
    for (const records::ListQuery &query : searched) {
        QVERIFY2(query.needsCopy.startsWith("Stripe cannot search "), qPrintable(query.needsCopy));
        QVERIFY(query.emptyText.contains("contain"));
    }
    QVERIFY(searched.at(2).needsCopy.contains("refunds for “jane@example.com”"));
    // Without words, nothing changes: Stripe answers as before.
    QVERIFY(queries::refundsQuery({{}, {}, {}, "   "}).needsCopy.isEmpty());
    QVERIFY(queries::ordersQuery({{}, {}, {}}).needsCopy.isEmpty());
}

void TestNamedQueries::savedCardsOfACustomerOnly()
{
    const records::ListQuery cards = queries::savedCards("cus_A1");
    QCOMPARE(cards.path, QStringLiteral("/v1/customers/cus_A1/payment_methods"));
    QCOMPARE(cards.params.value("type").toString(), QStringLiteral("card"));
    // An invoice's customer field that is not a customer id asks Stripe nothing.
    const records::ListQuery hostile = queries::savedCards("cus_A1/../../v1/charges");
    QVERIFY(hostile.path.isEmpty());
    QVERIFY(!hostile.isValid());
    QVERIFY(!hostile.invalidReason.isEmpty());
    QCOMPARE(queries::oneTimePrices("EUR").params.value("currency").toString(), QStringLiteral("eur"));
}

PAYDESK_TEST_GUILESS_MAIN(TestNamedQueries)
#include "tst_namedqueries.moc"
