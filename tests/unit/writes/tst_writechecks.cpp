#include "src/records/Status.h"
#include "src/writes/CustomerWrites.h"
#include "src/writes/InputChecks.h"
#include "src/writes/InvoiceWrites.h"
#include "src/writes/OrderWrites.h"
#include "src/writes/ProductWrites.h"
#include "src/writes/PromotionCodeWrites.h"
#include "src/writes/RefundWrite.h"
#include "tests/support/TestMain.h"

#include <QJsonDocument>
#include <QTest>

using namespace writes;
using money::Money;

namespace {

QJsonObject parse(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

WriteContext testContext()
{
    return WriteContext {nullptr, nullptr, QStringLiteral("acct_1"), accounts::Mode::Test};
}

WriteContext liveContext()
{
    return WriteContext {nullptr, nullptr, QStringLiteral("acct_1"), accounts::Mode::Live};
}

const char *charge = R"({"id":"ch_1","object":"charge","amount":4000,"amount_captured":4000,"captured":true,
    "amount_refunded":1000,"currency":"eur","status":"succeeded","billing_details":{"name":"Jane Doe"},
    "payment_method_details":{"card":{"brand":"visa","last4":"4242"}}})";

} // namespace

class TestWriteChecks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QStringLiteral("en_US"))); }
    void emails_data();
    void emails();
    void metadataLimits_data();
    void metadataLimits();
    void promotionCodes_data();
    void promotionCodes();
    void refund_data();
    void refund();
    void refundSummaryNamesEverything();
    void refundDefaultsToWhatIsLeft();
    void refundableIsWhatWasCaptured();
    void uncapturedIsReleasedWhole();
    void customerNeedsNameOrEmail();
    void customerUpdateSendsOnlyChanges();
    void invoiceActionsFollowStripesStates_data();
    void invoiceActionsFollowStripesStates();
    void invoiceItemCurrencyMustMatch();
    void orderTotals();
    void orderRefusesMixedCurrenciesAndOverflow();
    void testCardsOnlyInTestMode();
    void promotionCodeRestrictions();
    void priceNeedsActiveProduct();
};

void TestWriteChecks::emails_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("ok");
    QTest::newRow("plain") << "jane@example.com" << true;
    QTest::newRow("plus") << "jane+billing@example.co.uk" << true;
    QTest::newRow("unicode local") << QString::fromUtf8("zoë@example.com") << true;
    QTest::newRow("spaces around") << "  jane@example.com " << true;
    QTest::newRow("no at") << "jane.example.com" << false;
    QTest::newRow("no tld") << "jane@example" << false;
    QTest::newRow("two ats") << "jane@doe@example.com" << false;
    QTest::newRow("inner space") << "jane doe@example.com" << false;
    QTest::newRow("too long") << QString(600, QLatin1Char('a')) + "@example.com" << false;
}

void TestWriteChecks::emails()
{
    QFETCH(QString, email);
    QFETCH(bool, ok);
    QCOMPARE(checks::email(email, true).isEmpty(), ok);
}

void TestWriteChecks::metadataLimits_data()
{
    QTest::addColumn<QVariantMap>("metadata");
    QTest::addColumn<QString>("problem");
    QTest::newRow("fine") << QVariantMap {{"order", "6735"}} << "";
    QTest::newRow("unicode and emoji values") << QVariantMap {{"note", QString::fromUtf8("שלום 😀")}} << "";
    QTest::newRow("long key") << QVariantMap {{QString(41, QLatin1Char('k')), "v"}} << "too long";
    QTest::newRow("brackets") << QVariantMap {{"a[b]", "v"}} << "square brackets";
    QTest::newRow("long value") << QVariantMap {{"k", QString(501, QLatin1Char('v'))}} << "too long";
    QVariantMap many;
    for (int i = 0; i < 51; ++i)
        many.insert(QStringLiteral("k%1").arg(i), QStringLiteral("v"));
    QTest::newRow("51 keys") << many << "at most 50";
    QTest::newRow("empty key") << QVariantMap {{" ", "v"}} << "no key";
}

void TestWriteChecks::metadataLimits()
{
    QFETCH(QVariantMap, metadata);
    QFETCH(QString, problem);
    const QString result = checks::metadata(metadata);
    if (problem.isEmpty())
        QVERIFY2(result.isEmpty(), qPrintable(result));
    else
        QVERIFY2(result.contains(problem), qPrintable(result));
}

void TestWriteChecks::promotionCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("ok");
    QTest::newRow("letters digits") << "SUMMER25" << true;
    QTest::newRow("dash") << "BLACK-FRIDAY" << true;
    QTest::newRow("lower case") << "welcome10" << true;
    QTest::newRow("space") << "SUMMER 25" << false;
    QTest::newRow("accent") << QString::fromUtf8("ÉTÉ25") << false;
    QTest::newRow("emoji") << QString::fromUtf8("🎉25") << false;
    QTest::newRow("underscore") << "SUMMER_25" << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("too long") << QString(501, QLatin1Char('A')) << false;
}

void TestWriteChecks::promotionCodes()
{
    QFETCH(QString, code);
    QFETCH(bool, ok);
    QCOMPARE(checks::promotionCode(code).isEmpty(), ok);
}

void TestWriteChecks::refund_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<int>("reason");
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("problem");
    using Reason = RefundWrite::Reason;
    QTest::newRow("partial") << qint64(1250) << "eur" << int(Reason::RequestedByCustomer) << ""
                             << "";
    QTest::newRow("all that is left") << qint64(3000) << "eur" << int(Reason::Duplicate) << ""
                                      << "";
    QTest::newRow("more than left") << qint64(3001) << "eur" << int(Reason::RequestedByCustomer) << ""
                                    << "at most €30.00";
    QTest::newRow("zero") << qint64(0) << "eur" << int(Reason::Fraudulent) << ""
                          << "greater than zero";
    QTest::newRow("negative") << qint64(-5) << "eur" << int(Reason::Fraudulent) << ""
                              << "greater than zero";
    QTest::newRow("wrong currency") << qint64(100) << "usd" << int(Reason::Duplicate) << ""
                                    << "payment's currency";
    QTest::newRow("other needs a note") << qint64(100) << "eur" << int(Reason::Other) << "  "
                                        << "needs a reason";
    QTest::newRow("other with note") << qint64(100) << "eur" << int(Reason::Other) << "Goodwill gesture"
                                     << "";
    QTest::newRow("note too long") << qint64(100) << "eur" << int(Reason::Other)
                                   << QString(501, QLatin1Char('n')) << "too long";
}

void TestWriteChecks::refund()
{
    QFETCH(qint64, amount);
    QFETCH(QString, currency);
    QFETCH(int, reason);
    QFETCH(QString, note);
    QFETCH(QString, problem);
    RefundWrite refund(testContext(), parse(charge));
    refund.setAmount(Money(amount, currency));
    refund.setReason(RefundWrite::Reason(reason));
    refund.setNote(note);
    const QString result = refund.validate();
    if (problem.isEmpty())
        QVERIFY2(result.isEmpty(), qPrintable(result));
    else
        QVERIFY2(result.contains(problem), qPrintable(result));
}

void TestWriteChecks::refundSummaryNamesEverything()
{
    RefundWrite refund(testContext(), parse(charge));
    refund.setAmount(Money(1250, QStringLiteral("eur")));
    QCOMPARE(refund.summary(), QString::fromUtf8("Refund €12.50 of €40.00 to Jane Doe, Visa •••• 4242"));
}

void TestWriteChecks::refundDefaultsToWhatIsLeft()
{
    RefundWrite refund(testContext(), parse(charge));
    QCOMPARE(refund.refundable(), Money(3000, QStringLiteral("eur")));
    QVERIFY(refund.validate().isEmpty());
    RefundWrite nothingLeft(
        testContext(),
        parse(
            R"({"id":"ch_2","amount":500,"amount_captured":500,"amount_refunded":500,"currency":"usd","status":"succeeded","refunded":true})"));
    QVERIFY(nothingLeft.validate().contains(QStringLiteral("already been refunded in full")));
    RefundWrite failed(
        testContext(),
        parse(
            R"({"id":"ch_3","amount":500,"amount_captured":0,"amount_refunded":0,"currency":"usd","status":"failed"})"));
    QVERIFY(failed.validate().contains(QStringLiteral("Only a successful payment")));
}

void TestWriteChecks::refundableIsWhatWasCaptured()
{
    // $50.00 authorised, $30.00 captured (the rest released), $10.00 refunded: $20.00 is left,
    // not the $40.00 that amount − amount_refunded would offer.
    RefundWrite partlyCaptured(
        testContext(),
        parse(R"({"id":"ch_4","amount":5000,"amount_captured":3000,"captured":true,"amount_refunded":1000,
                  "currency":"usd","status":"succeeded","refunded":false})"));
    QCOMPARE(partlyCaptured.refundable(), Money(2000, QStringLiteral("usd")));
    partlyCaptured.setAmount(Money(2500, QStringLiteral("usd")));
    QVERIFY(partlyCaptured.validate().contains(QStringLiteral("at most $20.00")));
    partlyCaptured.setAmount(Money(2000, QStringLiteral("usd")));
    QVERIFY(partlyCaptured.validate().isEmpty());
}

void TestWriteChecks::uncapturedIsReleasedWhole()
{
    const QJsonObject authorised
        = parse(R"({"id":"ch_5","amount":5000,"amount_captured":0,"captured":false,"amount_refunded":0,
                    "currency":"usd","status":"succeeded","refunded":false,"billing_details":{"name":"Jane Doe"}})");
    RefundWrite release(testContext(), authorised);
    QVERIFY(release.releasesAuthorisation());
    QCOMPARE(release.refundable(), Money(5000, QStringLiteral("usd")));
    QVERIFY2(release.validate().isEmpty(), qPrintable(release.validate()));
    QVERIFY2(release.summary().startsWith(QStringLiteral("Release the authorisation of $50.00 on Jane Doe")),
             qPrintable(release.summary()));
    QVERIFY(release.summary().contains(QStringLiteral("no money moves")));
    release.setAmount(Money(2000, QStringLiteral("usd")));
    QVERIFY(release.validate().contains(QStringLiteral("released whole")));
    QCOMPARE(records::paymentStatus(authorised).text, QStringLiteral("Uncaptured"));
    QJsonObject released = authorised;
    released.insert("refunded", true);
    released.insert("amount_refunded", 5000);
    QCOMPARE(records::paymentStatus(released).text, QStringLiteral("Released"));
    QVERIFY(
        RefundWrite(testContext(), released).validate().contains(QStringLiteral("already been released")));
}

void TestWriteChecks::customerNeedsNameOrEmail()
{
    CustomerFields fields;
    QVERIFY(fields.validate().contains(QStringLiteral("name or an email")));
    fields.name = QString::fromUtf8("محمد الأحمد 🌟");
    QVERIFY(fields.validate().isEmpty());
    fields.email = QStringLiteral("not-an-email");
    QVERIFY(fields.validate().contains(QStringLiteral("not an email address")));
    fields.email = QStringLiteral("m@example.com");
    fields.phone = QStringLiteral("call me");
    QVERIFY(fields.validate().contains(QStringLiteral("not a phone number")));
    fields.phone = QStringLiteral("+44 20 7946 0958");
    fields.metadata = {{"paydesk_intent", "x"}};
    QVERIFY(fields.validate().contains(QStringLiteral("Paydesk's own")));
    fields.metadata = {};
    fields.name = QString(100 * 1024, QLatin1Char('x'));
    QVERIFY(fields.validate().contains(QStringLiteral("too long")));
}

void TestWriteChecks::customerUpdateSendsOnlyChanges()
{
    const QJsonObject customer
        = parse(R"({"id":"cus_1","email":"a@example.com","name":"Ann","phone":"+1 555 0100",
        "description":null,"metadata":{"tier":"gold","paydesk_intent":"old"}})");
    CustomerFields fields = CustomerFields::fromCustomer(customer);
    UpdateCustomerWrite unchanged(testContext(), customer, fields);
    QVERIFY(unchanged.validate().contains(QStringLiteral("Nothing has changed")));

    fields.name = QStringLiteral("Ann Lee");
    fields.phone.clear();
    fields.metadata.remove(QStringLiteral("tier"));
    fields.metadata.insert(QStringLiteral("region"), QStringLiteral("EU"));
    UpdateCustomerWrite update(testContext(), customer, fields);
    QVERIFY2(update.validate().isEmpty(), qPrintable(update.validate()));
    const stripe::Params changes = update.changes();
    QCOMPARE(changes.value("name").toString(), QStringLiteral("Ann Lee"));
    QVERIFY(changes.contains("phone"));
    QCOMPARE(changes.value("phone").toString(), QString()); // sent empty: unset
    QVERIFY(!changes.contains("email"));
    const QVariantMap metadata = changes.value("metadata").toMap();
    QCOMPARE(metadata.value("region").toString(), QStringLiteral("EU"));
    QVERIFY(metadata.contains("tier"));
    QCOMPARE(metadata.value("tier").toString(), QString());
    QVERIFY(!metadata.contains("paydesk_intent")); // Paydesk's own key is left alone
    QCOMPARE(stripe::encodeForm(changes),
             QByteArray("metadata%5Bregion%5D=EU&metadata%5Btier%5D=&name=Ann%20Lee&phone="));
}

void TestWriteChecks::invoiceActionsFollowStripesStates_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QList<int>>("allowed");
    using A = InvoiceActionWrite::Action;
    QTest::newRow("draft") << "draft" << QList<int> {int(A::Finalize), int(A::Delete)};
    QTest::newRow("open") << "open"
                          << QList<int> {int(A::Send), int(A::Pay), int(A::Void), int(A::MarkUncollectible)};
    QTest::newRow("uncollectible") << "uncollectible" << QList<int> {int(A::Pay), int(A::Void)};
    QTest::newRow("paid") << "paid" << QList<int> {};
    QTest::newRow("void") << "void" << QList<int> {};
}

void TestWriteChecks::invoiceActionsFollowStripesStates()
{
    QFETCH(QString, status);
    QFETCH(QList<int>, allowed);
    using A = InvoiceActionWrite::Action;
    const QJsonObject invoice {{"id", "in_1"},
                               {"status", status},
                               {"amount_due", 1000},
                               {"amount_remaining", 1000},
                               {"currency", "usd"}};
    for (const A action : {A::Finalize, A::Send, A::Pay, A::Void, A::MarkUncollectible, A::Delete}) {
        InvoiceActionWrite operation(testContext(), invoice, action);
        operation.setPaidOutOfBand(true);
        const QString problem = operation.validate();
        QVERIFY2(problem.isEmpty() == allowed.contains(int(action)),
                 qPrintable(InvoiceActionWrite::actionName(action) + QStringLiteral(": ") + problem));
    }
    InvoiceActionWrite payWithoutMethod(testContext(), invoice, A::Pay);
    if (allowed.contains(int(A::Pay)))
        QVERIFY(payWithoutMethod.validate().contains(QStringLiteral("saved payment methods")));
}

void TestWriteChecks::invoiceItemCurrencyMustMatch()
{
    const QJsonObject draft = parse(R"({"id":"in_1","status":"draft","currency":"eur","customer":"cus_1"})");
    AddInvoiceItemWrite item(testContext(), draft);
    item.setAmount(Money(500, QStringLiteral("usd")), QStringLiteral("Setup fee"));
    QVERIFY(item.validate().contains(QStringLiteral("in EUR")));
    item.setAmount(Money(500, QStringLiteral("eur")), QString());
    QVERIFY(item.validate().contains(QStringLiteral("Describe the item")));
    item.setAmount(Money(500, QStringLiteral("eur")), QStringLiteral("Setup fee"));
    QVERIFY(item.validate().isEmpty());
    item.setPrice(parse(R"({"id":"price_1","unit_amount":2000,"currency":"eur"})"), 0);
    QVERIFY(item.validate().contains(QStringLiteral("quantity")));
    AddInvoiceItemWrite onOpen(testContext(), parse(R"({"id":"in_2","status":"open","currency":"eur"})"));
    onOpen.setAmount(Money(500, QStringLiteral("eur")), QStringLiteral("Late fee"));
    QVERIFY(onOpen.validate().contains(QStringLiteral("only be added to a draft")));
}

void TestWriteChecks::orderTotals()
{
    const QJsonObject customer = parse(R"({"id":"cus_1","name":"Jane Doe"})");
    QList<OrderLine> lines {
        {parse(R"({"id":"price_tee","unit_amount":2000,"currency":"usd"})"), QStringLiteral("T-shirt"), 2},
        {parse(R"({"id":"price_mug","unit_amount":1250,"currency":"usd"})"), QStringLiteral("Mug"), 1}};
    CreateOrderWrite order(testContext(), customer, lines);
    QVERIFY2(order.validate().isEmpty(), qPrintable(order.validate()));
    QCOMPARE(*order.total(), Money(5250, QStringLiteral("usd")));
    QCOMPARE(order.description(), QString::fromUtf8("2 × T-shirt, 1 × Mug"));
    QCOMPARE(order.itemsMetadata(), QStringLiteral("price_teex2;price_mugx1"));
    QCOMPARE(order.summary(),
             QString::fromUtf8("Create an order of $52.50 for Jane Doe: 2 × T-shirt, 1 × Mug"));

    CreateOrderWrite yen(
        testContext(), customer,
        {{parse(R"({"id":"price_y","unit_amount":1500,"currency":"jpy"})"), QStringLiteral("Tea"), 3}});
    QCOMPARE(*yen.total(), Money(4500, QStringLiteral("jpy")));
    QCOMPARE(yen.total()->format(), QString::fromUtf8("¥4,500"));
}

void TestWriteChecks::orderRefusesMixedCurrenciesAndOverflow()
{
    const QJsonObject customer = parse(R"({"id":"cus_1"})");
    CreateOrderWrite mixed(
        testContext(), customer,
        {{parse(R"({"id":"price_a","unit_amount":100,"currency":"usd"})"), QStringLiteral("A"), 1},
         {parse(R"({"id":"price_b","unit_amount":100,"currency":"eur"})"), QStringLiteral("B"), 1}});
    QVERIFY(mixed.validate().contains(QStringLiteral("one currency")));
    CreateOrderWrite huge(testContext(), customer,
                          {{parse(R"({"id":"price_a","unit_amount":4000000000000000,"currency":"usd"})"),
                            QStringLiteral("A"), 9999}});
    QVERIFY(huge.validate().contains(QStringLiteral("more than Stripe accepts")));
    CreateOrderWrite kwd(
        testContext(), customer,
        {{parse(R"({"id":"price_k","unit_amount":1255,"currency":"kwd"})"), QStringLiteral("K"), 1}});
    QVERIFY(kwd.validate().contains(QStringLiteral("0.010")));
    CreateOrderWrite empty(testContext(), customer, {});
    QVERIFY(empty.validate().contains(QStringLiteral("at least one item")));
    CreateOrderWrite noCustomer(
        testContext(), parse(R"({"id":"in_1"})"),
        {{parse(R"({"id":"price_a","unit_amount":100,"currency":"usd"})"), QStringLiteral("A"), 1}});
    QCOMPARE(noCustomer.validate(),
             QStringLiteral("“in_1” is the ID of one of the invoices, not of any customer; customer IDs look "
                            "like cus_…."));
}

void TestWriteChecks::testCardsOnlyInTestMode()
{
    const QJsonObject order
        = parse(R"({"id":"pi_1","status":"requires_payment_method","amount":100,"currency":"usd"})");
    PayOrderWrite live(liveContext(), order, QStringLiteral("pm_card_visa"));
    QVERIFY(live.validate().contains(QStringLiteral("only in test mode")));
    PayOrderWrite test(testContext(), order, QStringLiteral("pm_card_visa"));
    QVERIFY(test.validate().isEmpty());
    PayOrderWrite paid(testContext(), parse(R"({"id":"pi_2","status":"succeeded"})"), QStringLiteral("pm_1"));
    QVERIFY(paid.validate().contains(QStringLiteral("cannot be paid")));
    QVERIFY(!CancelOrderWrite::canCancel(parse(R"({"status":"succeeded"})")));
    QVERIFY(CancelOrderWrite::canCancel(parse(R"({"status":"requires_payment_method"})")));
}

void TestWriteChecks::promotionCodeRestrictions()
{
    const QJsonObject coupon
        = parse(R"({"id":"SUMMER","valid":true,"percent_off":20,"duration":"once","redeem_by":4102444800})");
    CreatePromotionCodeWrite::Restrictions restrictions;
    CreatePromotionCodeWrite ok(testContext(), coupon, QStringLiteral("SUMMER20"), restrictions);
    QVERIFY2(ok.validate().isEmpty(), qPrintable(ok.validate()));
    restrictions.expiresAt = QDateTime::currentDateTimeUtc().addDays(-1);
    QVERIFY(CreatePromotionCodeWrite(testContext(), coupon, QStringLiteral("X1"), restrictions)
                .validate()
                .contains(QStringLiteral("future")));
    restrictions.expiresAt = QDateTime::fromSecsSinceEpoch(4102444800 + 86400);
    QVERIFY(CreatePromotionCodeWrite(testContext(), coupon, QStringLiteral("X1"), restrictions)
                .validate()
                .contains(QStringLiteral("cannot outlive its coupon")));
    restrictions = {};
    restrictions.maxRedemptions = 0;
    QVERIFY(CreatePromotionCodeWrite(testContext(), coupon, QStringLiteral("X1"), restrictions)
                .validate()
                .contains(QStringLiteral("at least 1")));
    restrictions = {};
    restrictions.customerId = QStringLiteral("ch_1");
    QVERIFY(CreatePromotionCodeWrite(testContext(), coupon, QStringLiteral("X1"), restrictions)
                .validate()
                .contains(QStringLiteral("“ch_1” is the ID of one of the payments, not of any customer")));
    const QJsonObject invalidCoupon = parse(R"({"id":"OLD","valid":false})");
    QVERIFY(CreatePromotionCodeWrite(testContext(), invalidCoupon, QStringLiteral("X1"), {})
                .validate()
                .contains(QStringLiteral("no longer be redeemed")));
}

void TestWriteChecks::priceNeedsActiveProduct()
{
    CreatePriceWrite archived(testContext(), parse(R"({"id":"prod_1","active":false,"name":"Old"})"),
                              Money(1000, QStringLiteral("usd")), {});
    QVERIFY(archived.validate().contains(QStringLiteral("archived")));
    CreatePriceWrite ok(testContext(), parse(R"({"id":"prod_1","active":true,"name":"Tee"})"),
                        Money(1500, QStringLiteral("jpy")), {});
    QVERIFY(ok.validate().isEmpty());
    QCOMPARE(ok.summary(), QString::fromUtf8("Create a price of ¥1,500 for “Tee”"));
    QVERIFY(CreateProductWrite(testContext(), QStringLiteral("  "), {})
                .validate()
                .contains(QStringLiteral("name")));
}

PAYDESK_TEST_GUILESS_MAIN(TestWriteChecks)
#include "tst_writechecks.moc"
