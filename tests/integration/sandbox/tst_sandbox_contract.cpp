#include "src/sandbox/Contract.h"
#include "src/sandbox/Server.h"
#include "tests/integration/sandbox/SandboxHttp.h"
#include "tests/support/TestMain.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

// The sandbox against Stripe's contract: every endpoint answers, objects have exactly the
// contract's fields, and bad requests get Stripe's errors naming the parameter.
class TestSandboxContract : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyEndpointAnswers_data();
    void everyEndpointAnswers();
    void objectsHaveTheContractsFields_data();
    void objectsHaveTheContractsFields();
    void validation_data();
    void validation();
    void unknownIdIs404();
    void unknownUrlIs404();
    void authentication_data();
    void authentication();
    void restrictedKeys();
    void everyResponseHasARequestId();
    void expand();

private:
    QString firstId(const QString &path, const QByteArray &query = {});

    sandbox::Server m_server;
    std::unique_ptr<SandboxHttp> m_http;
};

void TestSandboxContract::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start({}, &error), qPrintable(error));
    m_http = std::make_unique<SandboxHttp>(m_server.url());
    // Demo data has no events: one write makes some.
    QCOMPARE(m_http->post("/v1/customers", "name=Contract").status, 200);
}

QString TestSandboxContract::firstId(const QString &path, const QByteArray &query)
{
    const auto answer = m_http->get(path, "limit=1&" + query);
    return answer.json.value("data").toArray().first().toObject().value("id").toString();
}

void TestSandboxContract::everyEndpointAnswers_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("params");
    QTest::addColumn<QString>("object");

    const QString customer = firstId("/v1/customers");
    const QString invoice = firstId("/v1/invoices", "status=draft");
    const QString item = firstId("/v1/invoiceitems");
    const QString product = firstId("/v1/products");
    const QString price = firstId("/v1/prices");
    const QString charge = firstId("/v1/charges");
    const QString intent = firstId("/v1/payment_intents");
    const QString refund = firstId("/v1/refunds");
    const QString promo = firstId("/v1/promotion_codes");
    const QString event = firstId("/v1/events");

    QTest::newRow("account") << QByteArray("GET") << "/v1/account" << QByteArray() << "account";
    QTest::newRow("balance") << QByteArray("GET") << "/v1/balance" << QByteArray() << "balance";
    QTest::newRow("customers") << QByteArray("GET") << "/v1/customers" << QByteArray() << "list";
    QTest::newRow("customer create") << QByteArray("POST") << "/v1/customers"
                                     << QByteArray("email=a%40example.com") << "customer";
    QTest::newRow("customer") << QByteArray("GET") << "/v1/customers/" + customer << QByteArray()
                              << "customer";
    QTest::newRow("customer update") << QByteArray("POST") << "/v1/customers/" + customer
                                     << QByteArray("name=Renamed") << "customer";
    QTest::newRow("customer search") << QByteArray("GET") << "/v1/customers/search"
                                     << QByteArray("query=name~%27ana%27") << "search_result";
    QTest::newRow("customer payment methods")
        << QByteArray("GET") << "/v1/customers/" + customer + "/payment_methods" << QByteArray() << "list";
    QTest::newRow("test payment method")
        << QByteArray("GET") << "/v1/payment_methods/pm_card_visa" << QByteArray() << "payment_method";
    QTest::newRow("invoices") << QByteArray("GET") << "/v1/invoices" << QByteArray() << "list";
    QTest::newRow("invoice create") << QByteArray("POST") << "/v1/invoices"
                                    << ("customer=" + customer.toLatin1()) << "invoice";
    QTest::newRow("invoice") << QByteArray("GET") << "/v1/invoices/" + invoice << QByteArray() << "invoice";
    QTest::newRow("invoice update") << QByteArray("POST") << "/v1/invoices/" + invoice
                                    << QByteArray("description=Hi") << "invoice";
    QTest::newRow("invoice search") << QByteArray("GET") << "/v1/invoices/search"
                                    << QByteArray("query=status%3A%27open%27") << "search_result";
    QTest::newRow("invoice lines") << QByteArray("GET") << "/v1/invoices/" + invoice + "/lines"
                                   << QByteArray() << "list";
    QTest::newRow("invoice items") << QByteArray("GET") << "/v1/invoiceitems" << QByteArray() << "list";
    QTest::newRow("invoice item") << QByteArray("GET") << "/v1/invoiceitems/" + item << QByteArray()
                                  << "invoiceitem";
    QTest::newRow("products") << QByteArray("GET") << "/v1/products" << QByteArray() << "list";
    QTest::newRow("product create") << QByteArray("POST") << "/v1/products" << QByteArray("name=Widget")
                                    << "product";
    QTest::newRow("product") << QByteArray("GET") << "/v1/products/" + product << QByteArray() << "product";
    QTest::newRow("product update") << QByteArray("POST") << "/v1/products/" + product
                                    << QByteArray("description=New") << "product";
    QTest::newRow("prices") << QByteArray("GET") << "/v1/prices" << QByteArray() << "list";
    QTest::newRow("price create") << QByteArray("POST") << "/v1/prices"
                                  << ("currency=usd&unit_amount=990&product=" + product.toLatin1())
                                  << "price";
    QTest::newRow("price") << QByteArray("GET") << "/v1/prices/" + price << QByteArray() << "price";
    QTest::newRow("charges") << QByteArray("GET") << "/v1/charges" << QByteArray() << "list";
    QTest::newRow("charge") << QByteArray("GET") << "/v1/charges/" + charge << QByteArray() << "charge";
    QTest::newRow("charge search") << QByteArray("GET") << "/v1/charges/search"
                                   << QByteArray("query=amount%3E1000") << "search_result";
    QTest::newRow("payment intents") << QByteArray("GET") << "/v1/payment_intents" << QByteArray() << "list";
    QTest::newRow("payment intent create") << QByteArray("POST") << "/v1/payment_intents"
                                           << QByteArray("amount=1000&currency=usd") << "payment_intent";
    QTest::newRow("payment intent") << QByteArray("GET") << "/v1/payment_intents/" + intent << QByteArray()
                                    << "payment_intent";
    QTest::newRow("payment intent search")
        << QByteArray("GET") << "/v1/payment_intents/search"
        << QByteArray("query=metadata%5B%27paydesk_order%27%5D%3A%271%27") << "search_result";
    QTest::newRow("refunds") << QByteArray("GET") << "/v1/refunds" << QByteArray() << "list";
    QTest::newRow("refund") << QByteArray("GET") << "/v1/refunds/" + refund << QByteArray() << "refund";
    QTest::newRow("coupons") << QByteArray("GET") << "/v1/coupons" << QByteArray() << "list";
    QTest::newRow("coupon create") << QByteArray("POST") << "/v1/coupons"
                                   << QByteArray("percent_off=10&duration=once&id=TEN") << "coupon";
    QTest::newRow("coupon") << QByteArray("GET") << "/v1/coupons/SUMMER20" << QByteArray() << "coupon";
    QTest::newRow("promotion codes") << QByteArray("GET") << "/v1/promotion_codes" << QByteArray() << "list";
    QTest::newRow("promotion code create")
        << QByteArray("POST") << "/v1/promotion_codes"
        << QByteArray("promotion%5Btype%5D=coupon&promotion%5Bcoupon%5D=SUMMER20&code=SUNNY")
        << "promotion_code";
    QTest::newRow("promotion code") << QByteArray("GET") << "/v1/promotion_codes/" + promo << QByteArray()
                                    << "promotion_code";
    QTest::newRow("events") << QByteArray("GET") << "/v1/events" << QByteArray("type=customer.*") << "list";
    QTest::newRow("event") << QByteArray("GET") << "/v1/events/" + event << QByteArray() << "event";
    QTest::newRow("promotion code update") << QByteArray("POST") << "/v1/promotion_codes/" + promo
                                           << QByteArray("metadata%5Bnote%5D=x") << "promotion_code";
}

void TestSandboxContract::everyEndpointAnswers()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, params);
    const auto answer
        = method == "GET" ? m_http->get(path, params) : m_http->send(method, path, {}, params, {});
    QVERIFY2(answer.status == 200, answer.body.constData());
    QTEST(answer.json.value("object").toString(), "object");
    QCOMPARE(answer.headers.value("content-type"), QByteArray("application/json"));
}

void TestSandboxContract::objectsHaveTheContractsFields_data()
{
    QTest::addColumn<QString>("object");
    QTest::addColumn<QString>("path");
    for (const auto &[object, path] :
         QList<QPair<QString, QString>> {{"customer", "/v1/customers"},
                                         {"invoice", "/v1/invoices"},
                                         {"invoiceitem", "/v1/invoiceitems"},
                                         {"product", "/v1/products"},
                                         {"price", "/v1/prices"},
                                         {"charge", "/v1/charges"},
                                         {"payment_intent", "/v1/payment_intents"},
                                         {"refund", "/v1/refunds"},
                                         {"coupon", "/v1/coupons"},
                                         {"promotion_code", "/v1/promotion_codes"},
                                         {"event", "/v1/events"}})
        QTest::newRow(qPrintable(object)) << object << path;
}

void TestSandboxContract::objectsHaveTheContractsFields()
{
    QFETCH(QString, object);
    QFETCH(QString, path);
    const auto answer = m_http->get(path, "limit=20");
    const QJsonArray data = answer.json.value("data").toArray();
    QVERIFY(!data.isEmpty());
    const QJsonArray fields = sandbox::Contract::instance().fieldsOf(object);
    QVERIFY(!fields.isEmpty());
    for (const QJsonValue &value : data) {
        const QJsonObject item = value.toObject();
        QSet<QString> declared;
        for (const QJsonValue &entry : fields) {
            const QJsonObject field = entry.toObject();
            const QString name = field.value("name").toString();
            declared.insert(name);
            const QString type = field.value("type").toString();
            if (type == "absent") {
                QVERIFY2(!item.contains(name), qPrintable(name + " must not be on a live " + object));
                continue;
            }
            if (field.value("optional").toBool())
                continue;
            QVERIFY2(item.contains(name), qPrintable(object + " lacks " + name));
            if (item.value(name).isNull())
                QVERIFY2(field.value("nullable").toBool(),
                         qPrintable(object + "." + name + " is null but not nullable"));
        }
        for (const QString &key : item.keys())
            QVERIFY2(declared.contains(key), qPrintable(object + " has undeclared field " + key));
        QCOMPARE(item.value("object").toString(), object);
        if (declared.contains("livemode"))
            QCOMPARE(item.value("livemode").toBool(true), false);
    }
}

void TestSandboxContract::validation_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("params");
    QTest::addColumn<QString>("param");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("unknown parameter")
        << QByteArray("GET") << "/v1/customers" << QByteArray("colour=red") << "colour"
        << "Received unknown parameter: colour";
    QTest::newRow("unknown nested parameter")
        << QByteArray("POST") << "/v1/promotion_codes"
        << QByteArray("promotion%5Btype%5D=coupon&promotion%5Bcoupon%5D=SUMMER20&restrictions%5Bfoo%5D=1")
        << "restrictions[foo]"
        << "unknown parameter";
    QTest::newRow("old top-level coupon")
        << QByteArray("POST") << "/v1/promotion_codes" << QByteArray("coupon=SUMMER20") << "coupon"
        << "unknown parameter";
    QTest::newRow("integer") << QByteArray("GET") << "/v1/customers" << QByteArray("limit=ten") << "limit"
                             << "Invalid integer";
    QTest::newRow("float for integer")
        << QByteArray("POST") << "/v1/refunds" << QByteArray("charge=ch_x&amount=12.5") << "amount"
        << "Invalid integer";
    QTest::newRow("exponent for integer")
        << QByteArray("POST") << "/v1/refunds" << QByteArray("charge=ch_x&amount=1e3") << "amount"
        << "Invalid integer";
    QTest::newRow("limit too high") << QByteArray("GET") << "/v1/invoices" << QByteArray("limit=101")
                                    << "limit"
                                    << "between 1 and 100";
    QTest::newRow("limit zero") << QByteArray("GET") << "/v1/invoices" << QByteArray("limit=0") << "limit"
                                << "between 1 and 100";
    QTest::newRow("enum") << QByteArray("GET") << "/v1/invoices" << QByteArray("status=sleeping") << "status"
                          << "must be one of";
    QTest::newRow("refund reason enum")
        << QByteArray("POST") << "/v1/refunds" << QByteArray("charge=ch_x&reason=because") << "reason"
        << "must be one of";
    QTest::newRow("boolean") << QByteArray("GET") << "/v1/products" << QByteArray("active=yes") << "active"
                             << "Invalid boolean";
    QTest::newRow("missing required")
        << QByteArray("POST") << "/v1/promotion_codes" << QByteArray("code=X") << "promotion"
        << "Missing required param: promotion";
    QTest::newRow("missing required nested")
        << QByteArray("POST") << "/v1/promotion_codes" << QByteArray("promotion%5Bcoupon%5D=SUMMER20")
        << "promotion[type]"
        << "Missing required param: promotion[type]";
    QTest::newRow("missing amount") << QByteArray("POST") << "/v1/payment_intents"
                                    << QByteArray("currency=usd") << "amount"
                                    << "Missing required param: amount";
    QTest::newRow("empty not unsettable")
        << QByteArray("POST") << "/v1/payment_intents" << QByteArray("amount=&currency=usd") << "amount"
        << "cannot be unset";
    QTest::newRow("metadata key too long")
        << QByteArray("POST") << "/v1/customers" << QByteArray("metadata%5B" + QByteArray(41, 'k') + "%5D=v")
        << "metadata[" + QString(41, 'k') + "]"
        << "40 characters";
}

void TestSandboxContract::validation()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, params);
    QFETCH(QString, messagePart);
    const auto answer = method == "GET" ? m_http->get(path, params) : m_http->post(path, params);
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.errorType(), QStringLiteral("invalid_request_error"));
    QTEST(answer.errorParam(), "param");
    QVERIFY2(answer.errorMessage().contains(messagePart), qPrintable(answer.errorMessage()));
}

void TestSandboxContract::unknownIdIs404()
{
    for (const QString &path :
         {QStringLiteral("/v1/customers/cus_nope"), QStringLiteral("/v1/invoices/in_nope"),
          QStringLiteral("/v1/charges/ch_nope"), QStringLiteral("/v1/refunds/re_nope"),
          QStringLiteral("/v1/coupons/NOPE"), QStringLiteral("/v1/promotion_codes/promo_nope"),
          QStringLiteral("/v1/products/prod_nope"), QStringLiteral("/v1/prices/price_nope"),
          QStringLiteral("/v1/payment_intents/pi_nope")}) {
        const auto answer = m_http->get(path);
        QCOMPARE(answer.status, 404);
        QCOMPARE(answer.errorCode(), QStringLiteral("resource_missing"));
        QVERIFY2(answer.errorMessage().startsWith("No such "), qPrintable(answer.errorMessage()));
    }
    const auto refund = m_http->post("/v1/refunds", "charge=ch_nope");
    QCOMPARE(refund.status, 404);
    QCOMPARE(refund.errorParam(), QStringLiteral("charge"));
    const auto after = m_http->get("/v1/customers", "starting_after=cus_nope");
    QCOMPARE(after.status, 404);
    QCOMPARE(after.errorParam(), QStringLiteral("starting_after"));
}

void TestSandboxContract::unknownUrlIs404()
{
    const auto answer = m_http->get("/v1/orders");
    QCOMPARE(answer.status, 404);
    QVERIFY(answer.errorMessage().contains("Unrecognized request URL (GET: /v1/orders)"));
    QCOMPARE(m_http->get("/v1/skus").status, 404);
    QCOMPARE(m_http->del("/v1/refunds/re_x").status, 404);
}

void TestSandboxContract::authentication_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("messagePart");
    QTest::addColumn<QString>("code");
    QTest::newRow("none") << QByteArray() << 401 << "You did not provide an API key"
                          << "";
    QTest::newRow("wrong") << QByteArray("Bearer sk_test_wrong_key_1234") << 401
                           << "Invalid API Key provided: sk_test_****1234"
                           << "";
    QTest::newRow("expired") << QByteArray("Bearer sk_test_PaydeskExpired0001") << 401 << "Expired API Key"
                             << "api_key_expired";
    QTest::newRow("live") << QByteArray("Bearer sk_live_PaydeskLive000001") << 401 << "only test-mode keys"
                          << "";
    QTest::newRow("publishable") << QByteArray("Bearer pk_test_PaydeskPub0000001") << 401 << "Invalid API Key"
                                 << "";
    QTest::newRow("bearer") << QByteArray("Bearer sk_test_PaydeskSandbox0001") << 200 << ""
                            << "";
    QTest::newRow("basic") << ("Basic " + QByteArray("sk_test_PaydeskSandbox0001:").toBase64()) << 200 << ""
                           << "";
}

void TestSandboxContract::authentication()
{
    QFETCH(QByteArray, authorization);
    QFETCH(QString, messagePart);
    SandboxHttp http(m_server.url(), QByteArray());
    const auto answer = http.send(
        "GET", "/v1/customers", "limit=1", {}, {},
        authorization.isEmpty() ? QList<QPair<QByteArray, QByteArray>> {}
                                : QList<QPair<QByteArray, QByteArray>> {{"Authorization", authorization}});
    QTEST(answer.status, "status");
    if (!messagePart.isEmpty()) {
        QCOMPARE(answer.errorType(), QStringLiteral("invalid_request_error"));
        QVERIFY2(answer.errorMessage().contains(messagePart), qPrintable(answer.errorMessage()));
        QTEST(answer.errorCode(), "code");
    }
}

void TestSandboxContract::restrictedKeys()
{
    SandboxHttp noInvoices(m_server.url(), "rk_test_PaydeskNoInvoices1");
    QCOMPARE(noInvoices.get("/v1/customers", "limit=1").status, 200);
    QCOMPARE(noInvoices.get("/v1/balance").status, 200);
    for (const QString &path : {QStringLiteral("/v1/invoices"), QStringLiteral("/v1/invoiceitems"),
                                QStringLiteral("/v1/account")}) {
        const auto answer = noInvoices.get(path);
        QCOMPARE(answer.status, 403);
        QCOMPARE(answer.errorType(), QStringLiteral("permission_error"));
        QVERIFY2(answer.errorMessage().contains("does not have the required permissions"),
                 qPrintable(answer.errorMessage()));
    }
    SandboxHttp readOnly(m_server.url(), "rk_test_PaydeskReadOnly001");
    QCOMPARE(readOnly.get("/v1/invoices", "limit=1").status, 200);
    const auto write = readOnly.post("/v1/customers", "email=x%40example.com");
    QCOMPARE(write.status, 403);
    QVERIFY(write.errorMessage().contains("rak_customer_write"));
}

void TestSandboxContract::everyResponseHasARequestId()
{
    static const QRegularExpression shape(QStringLiteral("^req_[A-Za-z0-9]{14}$"));
    SandboxHttp anonymous(m_server.url(), QByteArray());
    for (const auto &answer :
         {m_http->get("/v1/customers", "limit=1"), m_http->get("/v1/customers/cus_nope"),
          m_http->get("/v1/nothing"), anonymous.get("/v1/customers"), m_http->post("/v1/refunds")}) {
        QVERIFY2(shape.match(QString::fromLatin1(answer.headers.value("request-id"))).hasMatch(),
                 answer.headers.value("request-id").constData());
    }
}

void TestSandboxContract::expand()
{
    const auto invoices = m_http->get("/v1/invoices", "limit=3&expand%5B%5D=data.customer");
    QCOMPARE(invoices.status, 200);
    for (const QJsonValue &invoice : invoices.json.value("data").toArray())
        QCOMPARE(invoice.toObject().value("customer").toObject().value("object").toString(),
                 QStringLiteral("customer"));
    const auto codes = m_http->get("/v1/promotion_codes", "limit=1&expand%5B0%5D=data.promotion.coupon");
    QCOMPARE(codes.json.value("data")
                 .toArray()
                 .first()
                 .toObject()
                 .value("promotion")
                 .toObject()
                 .value("coupon")
                 .toObject()
                 .value("object")
                 .toString(),
             QStringLiteral("coupon"));
    const auto bad = m_http->get("/v1/customers", "expand%5B%5D=data.nothing");
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.errorParam(), QStringLiteral("expand"));

    // Nested: each refund's payment and that payment's customer, in the one list request.
    const auto refunds = m_http->get("/v1/refunds", "limit=20&expand%5B%5D=data.charge.customer");
    QCOMPARE(refunds.status, 200);
    int named = 0;
    for (const QJsonValue &refund : refunds.json.value("data").toArray()) {
        const QJsonObject charge = refund.toObject().value("charge").toObject();
        QCOMPARE(charge.value("object").toString(), QStringLiteral("charge"));
        const QJsonValue customer = charge.value("customer");
        if (customer.isObject()) {
            QCOMPARE(customer.toObject().value("object").toString(), QStringLiteral("customer"));
            ++named;
        }
    }
    QVERIFY(named > 0);
    // One object, nested too; a step that cannot be expanded, and a fifth level, are refused.
    const QString refundId = refunds.json.value("data").toArray().first().toObject().value("id").toString();
    const auto one = m_http->get("/v1/refunds/" + refundId.toLatin1(), "expand%5B%5D=charge.customer");
    QCOMPARE(one.status, 200);
    QVERIFY(one.json.value("charge").toObject().value("customer").isObject()
            || one.json.value("charge").toObject().value("customer").isNull());
    QCOMPARE(m_http->get("/v1/refunds", "expand%5B%5D=data.charge.nothing").status, 400);
    QCOMPARE(m_http->get("/v1/refunds", "expand%5B%5D=data.charge.payment_intent.customer.invoice").status,
             400);
}

PAYDESK_TEST_GUILESS_MAIN(TestSandboxContract)
#include "tst_sandbox_contract.moc"
