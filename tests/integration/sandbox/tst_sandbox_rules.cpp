#include "src/sandbox/Server.h"
#include "tests/integration/sandbox/SandboxHttp.h"
#include "tests/support/TestMain.h"

#include <QJsonArray>
#include <QTest>

// Stripe's business rules in the sandbox: the invoice life cycle, refunds within what is left,
// payment intents and declines, promotion codes, deleted customers.
class TestSandboxRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void invoiceLifeCycle();
    void invoiceStateRules();
    void invoiceItemByPriceIsOneUnitUnlessToldOtherwise();
    void payInvoiceOutOfBandAndWithCard();
    void refundsStayWithinTheCharge();
    void paymentIntentConfirmAndCancel();
    void declinedCardIsACardError();
    void promotionCodeRules();
    void deletedCustomer();

private:
    QString newCustomer();

    sandbox::Server m_server;
    std::unique_ptr<SandboxHttp> m_http;
};

void TestSandboxRules::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start({}, &error), qPrintable(error));
    m_http = std::make_unique<SandboxHttp>(m_server.url());
}

QString TestSandboxRules::newCustomer()
{
    return m_http->post("/v1/customers", "email=rules%40example.com&name=Rule%20Tester")
        .json.value("id")
        .toString();
}

void TestSandboxRules::invoiceLifeCycle()
{
    const QString customer = newCustomer();
    const auto created = m_http->post("/v1/invoices", ("customer=" + customer + "&currency=eur").toLatin1());
    QCOMPARE(created.json.value("status").toString(), QStringLiteral("draft"));
    QVERIFY(created.json.value("number").isNull());
    const QString invoice = created.json.value("id").toString();

    QCOMPARE(m_http
                 ->post("/v1/invoiceitems",
                        ("customer=" + customer + "&invoice=" + invoice
                         + "&amount=1250&currency=eur&description=Setup")
                            .toLatin1())
                 .status,
             200);
    QCOMPARE(m_http
                 ->post("/v1/invoiceitems",
                        ("customer=" + customer + "&invoice=" + invoice
                         + "&amount=750&currency=eur&description=Support")
                            .toLatin1())
                 .status,
             200);
    const auto wrongCurrency = m_http->post(
        "/v1/invoiceitems",
        ("customer=" + customer + "&invoice=" + invoice + "&amount=100&currency=usd").toLatin1());
    QCOMPARE(wrongCurrency.status, 400);
    QVERIFY(wrongCurrency.errorMessage().contains("must match the currency of the invoice"));

    auto draft = m_http->get("/v1/invoices/" + invoice);
    QCOMPARE(draft.json.value("amount_due").toInteger(), 2000);
    QCOMPARE(draft.json.value("total").toInteger(), 2000);
    QCOMPARE(draft.json.value("lines").toObject().value("data").toArray().size(), 2);
    QCOMPARE(m_http->get("/v1/invoices/" + invoice + "/lines").json.value("data").toArray().size(), 2);

    const auto finalized = m_http->post("/v1/invoices/" + invoice + "/finalize");
    QCOMPARE(finalized.json.value("status").toString(), QStringLiteral("open"));
    QVERIFY(!finalized.json.value("number").toString().isEmpty());
    // Only drafts get items.
    const auto late = m_http->post(
        "/v1/invoiceitems",
        ("customer=" + customer + "&invoice=" + invoice + "&amount=100&currency=eur").toLatin1());
    QCOMPARE(late.status, 400);
    QCOMPARE(late.errorCode(), QStringLiteral("invoice_not_editable"));
    QCOMPARE(m_http->post("/v1/invoices/" + invoice + "/send").status, 200);
    const auto voided = m_http->post("/v1/invoices/" + invoice + "/void");
    QCOMPARE(voided.json.value("status").toString(), QStringLiteral("void"));
}

void TestSandboxRules::invoiceStateRules()
{
    const QString customer = newCustomer();
    const QString invoice
        = m_http->post("/v1/invoices", ("customer=" + customer).toLatin1()).json.value("id").toString();
    // A draft cannot be paid, voided or marked uncollectible; it can be deleted.
    QCOMPARE(m_http->post("/v1/invoices/" + invoice + "/pay", "paid_out_of_band=true").status, 400);
    QCOMPARE(m_http->post("/v1/invoices/" + invoice + "/void").status, 400);
    QCOMPARE(m_http->post("/v1/invoices/" + invoice + "/mark_uncollectible").status, 400);
    QCOMPARE(m_http->post("/v1/invoices/" + invoice + "/send").status, 400);
    m_http->post("/v1/invoiceitems",
                 ("customer=" + customer + "&invoice=" + invoice + "&amount=500&currency=usd").toLatin1());
    QCOMPARE(m_http->post("/v1/invoices/" + invoice + "/finalize").status, 200);
    // An open invoice cannot be deleted or finalized again.
    const auto deleteOpen = m_http->del("/v1/invoices/" + invoice);
    QCOMPARE(deleteOpen.status, 400);
    QVERIFY(deleteOpen.errorMessage().contains("only delete draft"));
    QCOMPARE(m_http->post("/v1/invoices/" + invoice + "/finalize").status, 400);
    QCOMPARE(m_http->post("/v1/invoices/" + invoice + "/mark_uncollectible").json.value("status").toString(),
             QStringLiteral("uncollectible"));
    QCOMPARE(m_http->post("/v1/invoices/" + invoice + "/mark_uncollectible").status, 400);

    const QString draft
        = m_http->post("/v1/invoices", ("customer=" + customer).toLatin1()).json.value("id").toString();
    const auto deleted = m_http->del("/v1/invoices/" + draft);
    QCOMPARE(deleted.json.value("deleted").toBool(), true);
    QCOMPARE(m_http->get("/v1/invoices/" + draft).status, 404);
}

void TestSandboxRules::invoiceItemByPriceIsOneUnitUnlessToldOtherwise()
{
    const QString customer = newCustomer();
    const QString invoice
        = m_http->post("/v1/invoices", ("customer=" + customer + "&currency=usd").toLatin1())
              .json.value("id")
              .toString();
    const QJsonObject price
        = m_http->get("/v1/prices", "currency=usd&limit=1").json.value("data").toArray().first().toObject();
    const QString priceId = price.value("id").toString();
    const qint64 unit = price.value("unit_amount").toInteger();
    QVERIFY(unit > 0);
    // docs.stripe.com/api/invoiceitems/create: quantity is optional; one unit of the price.
    const auto one = m_http->post(
        "/v1/invoiceitems",
        ("customer=" + customer + "&invoice=" + invoice + "&pricing%5Bprice%5D=" + priceId).toLatin1());
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json.value("quantity").toInteger(), 1);
    QCOMPARE(one.json.value("amount").toInteger(), unit);
    const auto three = m_http->post(
        "/v1/invoiceitems",
        ("customer=" + customer + "&invoice=" + invoice + "&pricing%5Bprice%5D=" + priceId + "&quantity=3")
            .toLatin1());
    QCOMPARE(three.json.value("quantity").toInteger(), 3);
    QCOMPARE(three.json.value("amount").toInteger(), 3 * unit);
    // An update that names no quantity keeps the item's.
    const auto renamed = m_http->post("/v1/invoiceitems/" + three.json.value("id").toString(),
                                      "description=Three%20of%20them");
    QCOMPARE(renamed.json.value("quantity").toInteger(), 3);
    QCOMPARE(renamed.json.value("amount").toInteger(), 3 * unit);
    const auto negative = m_http->post(
        "/v1/invoiceitems",
        ("customer=" + customer + "&invoice=" + invoice + "&pricing%5Bprice%5D=" + priceId + "&quantity=-1")
            .toLatin1());
    QCOMPARE(negative.status, 400);
    QCOMPARE(negative.errorParam(), QStringLiteral("quantity"));
    QCOMPARE(m_http->get("/v1/invoices/" + invoice).json.value("amount_due").toInteger(), 4 * unit);
}

void TestSandboxRules::payInvoiceOutOfBandAndWithCard()
{
    const QString customer = newCustomer();
    const QString invoice
        = m_http->post("/v1/invoices", ("customer=" + customer).toLatin1()).json.value("id").toString();
    m_http->post("/v1/invoiceitems",
                 ("customer=" + customer + "&invoice=" + invoice + "&amount=4200&currency=usd").toLatin1());
    m_http->post("/v1/invoices/" + invoice + "/finalize");
    const auto noCard = m_http->post("/v1/invoices/" + invoice + "/pay");
    QCOMPARE(noCard.status, 400);
    const auto method
        = m_http->post("/v1/payment_methods/pm_card_visa/attach", ("customer=" + customer).toLatin1());
    QCOMPARE(method.status, 200);
    QVERIFY(method.json.value("id").toString().startsWith("pm_"));
    QVERIFY(method.json.value("id").toString() != QStringLiteral("pm_card_visa"));
    const auto paid = m_http->post("/v1/invoices/" + invoice + "/pay",
                                   ("payment_method=" + method.json.value("id").toString()).toLatin1());
    QCOMPARE(paid.status, 200);
    QCOMPARE(paid.json.value("status").toString(), QStringLiteral("paid"));
    QCOMPARE(paid.json.value("amount_paid").toInteger(), 4200);
    QCOMPARE(paid.json.value("amount_remaining").toInteger(), 0);
    QCOMPARE(m_http->post("/v1/invoices/" + invoice + "/pay", "paid_out_of_band=true").errorMessage(),
             QStringLiteral("Invoice is already paid"));

    const QString cash
        = m_http->post("/v1/invoices", ("customer=" + customer).toLatin1()).json.value("id").toString();
    m_http->post("/v1/invoiceitems",
                 ("customer=" + customer + "&invoice=" + cash + "&amount=100&currency=usd").toLatin1());
    m_http->post("/v1/invoices/" + cash + "/finalize");
    QCOMPARE(m_http->post("/v1/invoices/" + cash + "/pay", "paid_out_of_band=true")
                 .json.value("status")
                 .toString(),
             QStringLiteral("paid"));
}

void TestSandboxRules::refundsStayWithinTheCharge()
{
    const QString customer = newCustomer();
    const auto intent = m_http->post(
        "/v1/payment_intents",
        ("amount=4000&currency=eur&customer=" + customer + "&payment_method=pm_card_visa&confirm=true")
            .toLatin1());
    QCOMPARE(intent.json.value("status").toString(), QStringLiteral("succeeded"));
    const QString charge = intent.json.value("latest_charge").toString();

    const auto tooMuch = m_http->post("/v1/refunds", ("charge=" + charge + "&amount=4001").toLatin1());
    QCOMPARE(tooMuch.status, 400);
    QCOMPARE(tooMuch.errorCode(), QStringLiteral("amount_too_large"));
    const auto part = m_http->post("/v1/refunds",
                                   ("charge=" + charge
                                    + "&amount=1250&reason=requested_by_customer"
                                      "&metadata%5Bpaydesk_note%5D=Late")
                                       .toLatin1());
    QCOMPARE(part.status, 200);
    QCOMPARE(part.json.value("status").toString(), QStringLiteral("succeeded"));
    QCOMPARE(part.json.value("metadata").toObject().value("paydesk_note").toString(), QStringLiteral("Late"));
    auto after = m_http->get("/v1/charges/" + charge);
    QCOMPARE(after.json.value("amount_refunded").toInteger(), 1250);
    QCOMPARE(after.json.value("refunded").toBool(), false);
    const auto over = m_http->post("/v1/refunds", ("charge=" + charge + "&amount=2751").toLatin1());
    QCOMPARE(over.errorCode(), QStringLiteral("amount_too_large"));
    QVERIFY(over.errorMessage().contains(QString::fromUtf8("€27.50")));
    // Without an amount, Stripe refunds what is left.
    const auto rest
        = m_http->post("/v1/refunds", ("payment_intent=" + intent.json.value("id").toString()).toLatin1());
    QCOMPARE(rest.json.value("amount").toInteger(), 2750);
    after = m_http->get("/v1/charges/" + charge);
    QCOMPARE(after.json.value("amount_refunded").toInteger(), 4000);
    QCOMPARE(after.json.value("refunded").toBool(), true);
    const auto again = m_http->post("/v1/refunds", ("charge=" + charge + "&amount=1").toLatin1());
    QCOMPARE(again.errorCode(), QStringLiteral("charge_already_refunded"));
    QCOMPARE(m_http->get("/v1/refunds", ("charge=" + charge).toLatin1()).json.value("data").toArray().size(),
             2);
    QCOMPARE(m_http->post("/v1/refunds").status, 400);
}

void TestSandboxRules::paymentIntentConfirmAndCancel()
{
    const QString customer = newCustomer();
    const auto created = m_http->post(
        "/v1/payment_intents",
        ("amount=5250&currency=usd&customer=" + customer + "&metadata%5Bpaydesk_order%5D=1").toLatin1());
    QCOMPARE(created.json.value("status").toString(), QStringLiteral("requires_payment_method"));
    const QString id = created.json.value("id").toString();
    QCOMPARE(m_http->post("/v1/payment_intents/" + id + "/confirm").status, 400); // no payment method yet
    const auto confirmed = m_http->post("/v1/payment_intents/" + id + "/confirm",
                                        "payment_method=pm_card_mastercard&setup_future_usage=off_session");
    QCOMPARE(confirmed.json.value("status").toString(), QStringLiteral("succeeded"));
    QCOMPARE(confirmed.json.value("amount_received").toInteger(), 5250);
    const auto charge = m_http->get("/v1/charges/" + confirmed.json.value("latest_charge").toString());
    QCOMPARE(charge.json.value("payment_method_details")
                 .toObject()
                 .value("card")
                 .toObject()
                 .value("last4")
                 .toString(),
             QStringLiteral("4444"));
    // setup_future_usage saved the test card to the customer.
    QCOMPARE(
        m_http->get("/v1/customers/" + customer + "/payment_methods").json.value("data").toArray().size(), 1);
    const auto cancelPaid = m_http->post("/v1/payment_intents/" + id + "/cancel");
    QCOMPARE(cancelPaid.status, 400);
    QCOMPARE(cancelPaid.errorCode(), QStringLiteral("payment_intent_unexpected_state"));

    const QString other
        = m_http->post("/v1/payment_intents", "amount=900&currency=usd").json.value("id").toString();
    const auto canceled = m_http->post("/v1/payment_intents/" + other + "/cancel",
                                       "cancellation_reason=requested_by_customer");
    QCOMPARE(canceled.json.value("status").toString(), QStringLiteral("canceled"));
    QCOMPARE(m_http->post("/v1/payment_intents/" + other + "/confirm", "payment_method=pm_card_visa").status,
             400);
}

void TestSandboxRules::declinedCardIsACardError()
{
    const QString customer = newCustomer();
    const QString id
        = m_http->post("/v1/payment_intents", ("amount=1000&currency=usd&customer=" + customer).toLatin1())
              .json.value("id")
              .toString();
    const auto declined
        = m_http->post("/v1/payment_intents/" + id + "/confirm", "payment_method=pm_card_chargeDeclined");
    QCOMPARE(declined.status, 402);
    QCOMPARE(declined.errorType(), QStringLiteral("card_error"));
    QCOMPARE(declined.errorCode(), QStringLiteral("card_declined"));
    QCOMPARE(declined.json.value("error").toObject().value("decline_code").toString(),
             QStringLiteral("generic_decline"));
    QCOMPARE(declined.errorMessage(), QStringLiteral("Your card was declined."));
    const auto intent = m_http->get("/v1/payment_intents/" + id);
    QCOMPARE(intent.json.value("status").toString(), QStringLiteral("requires_payment_method"));
    QVERIFY(intent.json.value("last_payment_error").isObject());
    QCOMPARE(m_http->get("/v1/charges/" + intent.json.value("latest_charge").toString())
                 .json.value("status")
                 .toString(),
             QStringLiteral("failed"));
    const auto funds = m_http->post("/v1/payment_intents/" + id + "/confirm",
                                    "payment_method=pm_card_chargeDeclinedInsufficientFunds");
    QCOMPARE(funds.json.value("error").toObject().value("decline_code").toString(),
             QStringLiteral("insufficient_funds"));
    // A working card after a decline pays the same intent.
    QCOMPARE(m_http->post("/v1/payment_intents/" + id + "/confirm", "payment_method=pm_card_visa")
                 .json.value("status")
                 .toString(),
             QStringLiteral("succeeded"));
}

void TestSandboxRules::promotionCodeRules()
{
    const auto created = m_http->post(
        "/v1/promotion_codes",
        "promotion%5Btype%5D=coupon&promotion%5Bcoupon%5D=LOYAL15"
        "&code=RULES-15&max_redemptions=5&restrictions%5Bfirst_time_transaction%5D=true"
        "&restrictions%5Bminimum_amount%5D=5000&restrictions%5Bminimum_amount_currency%5D=usd");
    QCOMPARE(created.status, 200);
    QCOMPARE(created.json.value("promotion").toObject().value("coupon").toString(),
             QStringLiteral("LOYAL15"));
    QCOMPARE(created.json.value("restrictions").toObject().value("minimum_amount").toInteger(), 5000);
    const auto duplicate = m_http->post(
        "/v1/promotion_codes", "promotion%5Btype%5D=coupon&promotion%5Bcoupon%5D=SUMMER20&code=rules-15");
    QCOMPARE(duplicate.status, 400);
    QCOMPARE(duplicate.errorCode(), QStringLiteral("resource_already_exists"));
    const auto missingCoupon
        = m_http->post("/v1/promotion_codes", "promotion%5Btype%5D=coupon&promotion%5Bcoupon%5D=NOPE");
    QCOMPARE(missingCoupon.status, 404);
    const auto expiredCoupon = m_http->post(
        "/v1/promotion_codes", "promotion%5Btype%5D=coupon&promotion%5Bcoupon%5D=BF2025&code=BF");
    QCOMPARE(expiredCoupon.errorCode(), QStringLiteral("coupon_expired"));
    const auto badCode = m_http->post(
        "/v1/promotion_codes", "promotion%5Btype%5D=coupon&promotion%5Bcoupon%5D=SUMMER20&code=HAS%20SPACE");
    QCOMPARE(badCode.status, 400);
    QCOMPARE(badCode.errorParam(), QStringLiteral("code"));
    const auto past
        = m_http->post("/v1/promotion_codes",
                       "promotion%5Btype%5D=coupon&promotion%5Bcoupon%5D=SUMMER20&code=PAST&expires_at=1000");
    QCOMPARE(past.errorParam(), QStringLiteral("expires_at"));

    const QString id = created.json.value("id").toString();
    QCOMPARE(m_http->post("/v1/promotion_codes/" + id, "active=false").json.value("active").toBool(true),
             false);
    // Inactive, its code is free again; reactivating then collides.
    QCOMPARE(m_http
                 ->post("/v1/promotion_codes",
                        "promotion%5Btype%5D=coupon&promotion%5Bcoupon%5D=SUMMER20&code=RULES-15")
                 .status,
             200);
    QCOMPARE(m_http->post("/v1/promotion_codes/" + id, "active=true").errorCode(),
             QStringLiteral("resource_already_exists"));
    QCOMPARE(m_http->get("/v1/promotion_codes", "code=rules-15").json.value("data").toArray().size(), 2);
    QCOMPARE(
        m_http->get("/v1/promotion_codes", "code=rules-15&active=true").json.value("data").toArray().size(),
        1);
}

void TestSandboxRules::deletedCustomer()
{
    const QString customer = newCustomer();
    const auto deleted = m_http->del("/v1/customers/" + customer);
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.json, (QJsonObject {{"id", customer}, {"object", "customer"}, {"deleted", true}}));
    // Still answers by id, as Stripe's deleted stub; gone from lists and search; no writes.
    QCOMPARE(m_http->get("/v1/customers/" + customer).json.value("deleted").toBool(), true);
    for (const QJsonValue &c :
         m_http->get("/v1/customers", "email=rules%40example.com&limit=100").json.value("data").toArray())
        QVERIFY(c.toObject().value("id").toString() != customer);
    for (const QJsonValue &c :
         m_http->get("/v1/customers/search", "query=email%3A%27rules%40example.com%27&limit=100")
             .json.value("data")
             .toArray())
        QVERIFY(c.toObject().value("id").toString() != customer);
    QCOMPARE(m_http->post("/v1/customers/" + customer, "name=Ghost").status, 404);
    QCOMPARE(m_http->del("/v1/customers/" + customer).status, 404);
}

PAYDESK_TEST_GUILESS_MAIN(TestSandboxRules)
#include "tst_sandbox_rules.moc"
