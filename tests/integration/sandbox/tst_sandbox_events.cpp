#include "src/sandbox/EventRules.h"
#include "src/sandbox/Server.h"
#include "tests/integration/sandbox/SandboxHttp.h"
#include "tests/support/TestMain.h"

#include <QJsonArray>
#include <QTest>

// Every write the sandbox answers records Stripe's events for what it changed
// (docs.stripe.com/api/events/types): the documented types in order, with the request's id and
// Idempotency-Key, a snapshot of the object, and previous_attributes on *.updated holding exactly
// the changed top-level fields' old values.
class TestSandboxEvents : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void demoDataStartsWithoutEvents();
    void customerEvents();
    void invoiceLifeCycleEvents();
    void invoicePaymentEvents();
    void paymentEvents();
    void refundEvents();
    void productAndPromotionCodeEvents();
    void aReplayMakesNoEvents();
    void everyTypeIsOneStripeLists();

private:
    // The events of the write that answered, oldest first; fails the test unless their types are
    // `types` and each names the write's Request-Id and Idempotency-Key.
    QList<QJsonObject> eventsOf(const SandboxHttp::Answer &write, const QStringList &types,
                                const QByteArray &idempotencyKey = {});
    QJsonObject dataOf(const QJsonObject &event) const { return event.value("data").toObject(); }
    void verifyPrevious(const QJsonObject &event, const QJsonObject &before, const QJsonObject &after);
    QString newCustomer(const QByteArray &form = "name=Event%20Tester");

    sandbox::Server m_server;
    std::unique_ptr<SandboxHttp> m_http;
    QSet<QString> m_typesSeen;
};

void TestSandboxEvents::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start({}, &error), qPrintable(error));
    m_http = std::make_unique<SandboxHttp>(m_server.url());
}

QList<QJsonObject> TestSandboxEvents::eventsOf(const SandboxHttp::Answer &write, const QStringList &types,
                                               const QByteArray &idempotencyKey)
{
    const QString requestId = QString::fromLatin1(write.headers.value("request-id"));
    [&] { QVERIFY(requestId.startsWith("req_")); }();
    QList<QJsonObject> found;
    for (const QJsonValue &value : m_http->get("/v1/events", "limit=100").json.value("data").toArray()) {
        const QJsonObject event = value.toObject();
        if (event.value("request").toObject().value("id").toString() == requestId)
            found.prepend(event); // the list is newest first
    }
    QStringList seen;
    for (const QJsonObject &event : std::as_const(found)) {
        seen << event.value("type").toString();
        m_typesSeen.insert(seen.last());
        [&] {
            QCOMPARE(event.value("object").toString(), QStringLiteral("event"));
            QVERIFY(event.value("id").toString().startsWith("evt_"));
            QCOMPARE(event.value("api_version").toString(), QStringLiteral("2026-10-28.endive"));
            QCOMPARE(event.value("livemode").toBool(true), false);
            QCOMPARE(event.value("pending_webhooks").toInt(-1), 0);
            QVERIFY(event.value("created").toInteger() > 0);
            const QJsonValue key = event.value("request").toObject().value("idempotency_key");
            if (idempotencyKey.isEmpty())
                QVERIFY(key.isNull());
            else
                QCOMPARE(key.toString(), QString::fromLatin1(idempotencyKey));
            // previous_attributes only on *.updated, and there always.
            QCOMPARE(dataOf(event).contains("previous_attributes"), seen.last().endsWith(".updated"));
            QVERIFY(dataOf(event).value("object").isObject());
        }();
    }
    [&] { QCOMPARE(seen, types); }();
    return found;
}

// Exactly the fields that differ between the object before and after, with their old values.
void TestSandboxEvents::verifyPrevious(const QJsonObject &event, const QJsonObject &before,
                                       const QJsonObject &after)
{
    QJsonObject expected;
    for (const QString &key : after.keys())
        if (before.value(key) != after.value(key))
            expected.insert(key, before.value(key));
    QVERIFY(!expected.isEmpty());
    QCOMPARE(dataOf(event).value("previous_attributes").toObject(), expected);
    QCOMPARE(dataOf(event).value("object").toObject(), after);
}

QString TestSandboxEvents::newCustomer(const QByteArray &form)
{
    return m_http->post("/v1/customers", form).json.value("id").toString();
}

void TestSandboxEvents::demoDataStartsWithoutEvents()
{
    // The demo data's objects are there from the start: no backlog of events for them.
    const auto list = m_http->get("/v1/events");
    QCOMPARE(list.status, 200);
    QCOMPARE(list.json.value("object").toString(), QStringLiteral("list"));
    QCOMPARE(list.json.value("url").toString(), QStringLiteral("/v1/events"));
    QCOMPARE(list.json.value("data").toArray().size(), 0);
}

void TestSandboxEvents::customerEvents()
{
    const auto created = m_http->post("/v1/customers", "name=Ada&email=ada%40example.com", "event-key-1");
    auto events = eventsOf(created, {"customer.created"}, "event-key-1");
    QCOMPARE(dataOf(events.first()).value("object").toObject(), created.json);
    const QString id = created.json.value("id").toString();

    const auto updated = m_http->post("/v1/customers/" + id, "name=Ada%20Lovelace&metadata%5Btier%5D=gold");
    events = eventsOf(updated, {"customer.updated"});
    verifyPrevious(events.first(), created.json, updated.json);
    QCOMPARE(dataOf(events.first()).value("previous_attributes").toObject().value("name").toString(),
             QStringLiteral("Ada"));
    // The first event's snapshot is the customer as it was then.
    QCOMPARE(
        m_http
            ->get("/v1/events/"
                  + eventsOf(created, {"customer.created"}, "event-key-1").first().value("id").toString())
            .json.value("data")
            .toObject()
            .value("object")
            .toObject()
            .value("name")
            .toString(),
        QStringLiteral("Ada"));

    const auto attached
        = m_http->post("/v1/payment_methods/pm_card_visa/attach", ("customer=" + id).toLatin1());
    events = eventsOf(attached, {"payment_method.attached"});
    QCOMPARE(dataOf(events.first()).value("object").toObject().value("customer").toString(), id);

    const QJsonObject before = m_http->get("/v1/customers/" + id).json;
    const auto deleted = m_http->del("/v1/customers/" + id);
    events = eventsOf(deleted, {"customer.deleted"});
    // The object as it was when deleted, not the deleted stub.
    QCOMPARE(dataOf(events.first()).value("object").toObject(), before);
}

void TestSandboxEvents::invoiceLifeCycleEvents()
{
    const QString customer = newCustomer();
    const auto invoice = m_http->post("/v1/invoices", ("customer=" + customer + "&currency=usd").toLatin1());
    eventsOf(invoice, {"invoice.created"});
    const QString id = invoice.json.value("id").toString();

    const auto item
        = m_http->post("/v1/invoiceitems",
                       ("customer=" + customer + "&invoice=" + id + "&amount=1500&currency=usd").toLatin1());
    auto events = eventsOf(item, {"invoiceitem.created", "invoice.updated"});
    QJsonObject after = m_http->get("/v1/invoices/" + id).json;
    verifyPrevious(events.at(1), invoice.json, after);
    QVERIFY(dataOf(events.at(1)).value("previous_attributes").toObject().contains("amount_due"));

    // No invoiceitem.updated in this API version: the invoice tells of it.
    QJsonObject before = after;
    const QString itemId = item.json.value("id").toString();
    const auto changed = m_http->post("/v1/invoiceitems/" + itemId, "amount=2000");
    events = eventsOf(changed, {"invoice.updated"});
    after = m_http->get("/v1/invoices/" + id).json;
    verifyPrevious(events.first(), before, after);

    before = after;
    const auto described = m_http->post("/v1/invoices/" + id, "description=Thanks");
    events = eventsOf(described, {"invoice.updated"});
    verifyPrevious(events.first(), before, described.json);

    const auto finalized = m_http->post("/v1/invoices/" + id + "/finalize");
    // Numbering moves the customer's next_invoice_sequence: that is a change of the customer too.
    events = eventsOf(finalized, {"customer.updated", "invoice.finalized", "invoice.updated"});
    verifyPrevious(events.at(2), described.json, finalized.json);
    QCOMPARE(dataOf(events.at(1)).value("object").toObject().value("status").toString(),
             QStringLiteral("open"));
    QCOMPARE(dataOf(events.at(0)).value("previous_attributes").toObject().keys(),
             QStringList {"next_invoice_sequence"});

    eventsOf(m_http->post("/v1/invoices/" + id + "/send"), {"invoice.sent"});
    eventsOf(m_http->post("/v1/invoices/" + id + "/mark_uncollectible"),
             {"invoice.marked_uncollectible", "invoice.updated"});
    eventsOf(m_http->post("/v1/invoices/" + id + "/void"), {"invoice.voided", "invoice.updated"});

    const QString draft
        = m_http->post("/v1/invoices", ("customer=" + customer).toLatin1()).json.value("id").toString();
    const QString draftItem
        = m_http
              ->post("/v1/invoiceitems",
                     ("customer=" + customer + "&invoice=" + draft + "&amount=100&currency=usd").toLatin1())
              .json.value("id")
              .toString();
    const QJsonObject itemBefore = m_http->get("/v1/invoiceitems/" + draftItem).json;
    events
        = eventsOf(m_http->del("/v1/invoiceitems/" + draftItem), {"invoiceitem.deleted", "invoice.updated"});
    QCOMPARE(dataOf(events.first()).value("object").toObject(), itemBefore);
    const QJsonObject draftBefore = m_http->get("/v1/invoices/" + draft).json;
    events = eventsOf(m_http->del("/v1/invoices/" + draft), {"invoice.deleted"});
    QCOMPARE(dataOf(events.first()).value("object").toObject(), draftBefore);
}

void TestSandboxEvents::invoicePaymentEvents()
{
    const QString customer = newCustomer();
    const auto card
        = m_http->post("/v1/payment_methods/pm_card_visa/attach", ("customer=" + customer).toLatin1());
    const auto openInvoice = [&](qint64 amount) {
        const QString id
            = m_http->post("/v1/invoices", ("customer=" + customer).toLatin1()).json.value("id").toString();
        m_http->post("/v1/invoiceitems",
                     QStringLiteral("customer=%1&invoice=%2&amount=%3&currency=usd")
                         .arg(customer, id)
                         .arg(amount)
                         .toLatin1());
        if (amount > 0)
            m_http->post("/v1/invoices/" + id + "/finalize");
        return id;
    };
    const auto paid
        = m_http->post("/v1/invoices/" + openInvoice(4200) + "/pay",
                       ("payment_method=" + card.json.value("id").toString()).toLatin1(), "pay-key");
    QCOMPARE(paid.status, 200);
    const auto events = eventsOf(paid,
                                 {"payment_intent.created", "charge.succeeded", "payment_intent.succeeded",
                                  "invoice.paid", "invoice.payment_succeeded", "invoice.updated"},
                                 "pay-key");
    QCOMPARE(dataOf(events.at(3)).value("object").toObject(), paid.json);

    // Paid out of band is no payment attempt.
    eventsOf(m_http->post("/v1/invoices/" + openInvoice(300) + "/pay", "paid_out_of_band=true"),
             {"invoice.paid", "invoice.updated"});
    // A zero invoice is paid as it is finalized.
    const QString zero = openInvoice(0);
    eventsOf(m_http->post("/v1/invoices/" + zero + "/finalize"),
             {"customer.updated", "invoice.finalized", "invoice.paid", "invoice.updated"});

    // A declined card: the attempt fails, the invoice stays open, and the events say so.
    const auto declining = m_http->post("/v1/payment_methods/pm_card_chargeDeclined/attach",
                                        ("customer=" + customer).toLatin1());
    const auto declined
        = m_http->post("/v1/invoices/" + openInvoice(900) + "/pay",
                       ("payment_method=" + declining.json.value("id").toString()).toLatin1());
    QCOMPARE(declined.status, 402);
    eventsOf(declined,
             {"payment_intent.created", "charge.failed", "payment_intent.payment_failed",
              "invoice.payment_failed", "invoice.updated"});
}

void TestSandboxEvents::paymentEvents()
{
    const QString customer = newCustomer();
    const QByteArray order = ("amount=2500&currency=usd&customer=" + customer).toLatin1();
    const auto created = m_http->post("/v1/payment_intents", order);
    eventsOf(created, {"payment_intent.created"});
    const auto confirmed
        = m_http->post("/v1/payment_intents/" + created.json.value("id").toString() + "/confirm",
                       "payment_method=pm_card_visa");
    auto events = eventsOf(confirmed, {"charge.succeeded", "payment_intent.succeeded"});
    QCOMPARE(dataOf(events.at(1)).value("object").toObject(), confirmed.json);

    eventsOf(
        m_http->post("/v1/payment_intents", order + "&payment_method=pm_card_chargeDeclined&confirm=true"),
        {"payment_intent.created", "charge.failed", "payment_intent.payment_failed"});

    const auto held = m_http->post("/v1/payment_intents",
                                   order + "&payment_method=pm_card_visa&capture_method=manual&confirm=true");
    events = eventsOf(
        held, {"payment_intent.created", "charge.succeeded", "payment_intent.amount_capturable_updated"});
    QCOMPARE(dataOf(events.at(2)).value("object").toObject().value("amount_capturable").toInteger(), 2500);
    eventsOf(m_http->post("/v1/payment_intents/" + held.json.value("id").toString() + "/cancel"),
             {"payment_intent.canceled"});
}

void TestSandboxEvents::refundEvents()
{
    const QString customer = newCustomer();
    const auto paid = m_http->post(
        "/v1/payment_intents",
        ("amount=4000&currency=eur&customer=" + customer + "&payment_method=pm_card_visa&confirm=true")
            .toLatin1());
    const QString charge = paid.json.value("latest_charge").toString();
    const auto refund
        = m_http->post("/v1/refunds", ("charge=" + charge + "&amount=1000").toLatin1(), "refund-key");
    const auto events = eventsOf(refund, {"charge.refunded", "refund.created"}, "refund-key");
    QCOMPARE(dataOf(events.at(0)).value("object").toObject().value("amount_refunded").toInteger(), 1000);
    QCOMPARE(dataOf(events.at(1)).value("object").toObject(), refund.json);

    // Releasing an authorisation cancels its PaymentIntent and refunds the charge whole.
    const auto held = m_http->post("/v1/payment_intents",
                                   ("amount=1800&currency=eur&customer=" + customer
                                    + "&payment_method=pm_card_visa&capture_method=manual&confirm=true")
                                       .toLatin1());
    eventsOf(m_http->post("/v1/refunds", ("payment_intent=" + held.json.value("id").toString()).toLatin1()),
             {"payment_intent.canceled", "charge.refunded", "refund.created"});
}

void TestSandboxEvents::productAndPromotionCodeEvents()
{
    const auto product = m_http->post("/v1/products", "name=Kite");
    eventsOf(product, {"product.created"});
    const QString id = product.json.value("id").toString();
    const auto renamed = m_http->post("/v1/products/" + id, "name=Big%20kite");
    verifyPrevious(eventsOf(renamed, {"product.updated"}).first(), product.json, renamed.json);
    eventsOf(m_http->post("/v1/prices", ("product=" + id + "&currency=usd&unit_amount=1200").toLatin1()),
             {"price.created"});
    eventsOf(m_http->post("/v1/prices", "product_data%5Bname%5D=Reel&currency=usd&unit_amount=800"),
             {"product.created", "price.created"});
    eventsOf(m_http->post(
                 "/v1/products",
                 "name=Spool&default_price_data%5Bcurrency%5D=usd&default_price_data%5Bunit_amount%5D=300"),
             {"product.created", "price.created"});
    // A refused price leaves nothing behind, and no event.
    QCOMPARE(eventsOf(m_http->post("/v1/prices", "product_data%5Bname%5D=Nothing&currency=usd"), {}).size(),
             0);

    eventsOf(m_http->post("/v1/coupons", "percent_off=5&duration=once&id=EVENTS5"), {"coupon.created"});
    const auto code = m_http->post("/v1/promotion_codes",
                                   "promotion%5Btype%5D=coupon&promotion%5Bcoupon%5D=EVENTS5&code=EVENTS");
    eventsOf(code, {"promotion_code.created"});
    const auto off = m_http->post("/v1/promotion_codes/" + code.json.value("id").toString(), "active=false");
    const auto events = eventsOf(off, {"promotion_code.updated"});
    QCOMPARE(dataOf(events.first()).value("previous_attributes").toObject(), QJsonObject({{"active", true}}));
}

void TestSandboxEvents::aReplayMakesNoEvents()
{
    const auto first = m_http->post("/v1/customers", "name=Once", "replayed-key");
    const auto replay = m_http->post("/v1/customers", "name=Once", "replayed-key");
    QCOMPARE(replay.headers.value("idempotent-replayed"), QByteArray("true"));
    eventsOf(first, {"customer.created"}, "replayed-key");
    eventsOf(replay, {});
    // Reads make none either.
    eventsOf(m_http->get("/v1/customers"), {});
}

void TestSandboxEvents::everyTypeIsOneStripeLists()
{
    const QStringList known = sandbox::eventRules::knownTypes();
    QCOMPARE(known.size(), 56);
    for (const QString &type : std::as_const(m_typesSeen))
        QVERIFY2(known.contains(type), qPrintable(type));
    QVERIFY(m_typesSeen.size() >= 25);
}

PAYDESK_TEST_GUILESS_MAIN(TestSandboxEvents)
#include "tst_sandbox_events.moc"
