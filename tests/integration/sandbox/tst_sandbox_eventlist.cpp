#include "src/sandbox/EmbeddedServer.h"
#include "src/sandbox/Server.h"
#include "tests/integration/sandbox/SandboxHttp.h"
#include "tests/support/TestMain.h"

#include <QJsonArray>
#include <QTest>

// GET /v1/events and /v1/events/{id} as Stripe answers them: newest first, Stripe's paging, the
// type, types and created filters, delivery_success, and only the last 30 days.
class TestSandboxEventList : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void newestFirstWithStripesPaging();
    void retrieveById();
    void typeAndTypesFilters();
    void createdAndDeliveryFilters();
    void keepsThirtyDays();
    void agingOverHttpOnlyWithSwitches();

private:
    QStringList ids(const SandboxHttp::Answer &page) const;
    QStringList writeCustomers(int count);

    qint64 m_now = 1800000000;
    std::unique_ptr<sandbox::Server> m_server;
    std::unique_ptr<SandboxHttp> m_http;
};

void TestSandboxEventList::init()
{
    m_now = 1800000000;
    m_server = std::make_unique<sandbox::Server>();
    m_server->setClock([this] { return m_now; });
    sandbox::Options options;
    options.customers = 5;
    options.payments = 0;
    QString error;
    QVERIFY2(m_server->start(options, &error), qPrintable(error));
    m_http = std::make_unique<SandboxHttp>(m_server->url());
}

void TestSandboxEventList::cleanup()
{
    m_http.reset();
    m_server.reset();
}

QStringList TestSandboxEventList::ids(const SandboxHttp::Answer &page) const
{
    QStringList list;
    for (const QJsonValue &event : page.json.value("data").toArray())
        list << event.toObject().value("id").toString();
    return list;
}

// One customer.created event each, a second apart; their event ids, oldest first.
QStringList TestSandboxEventList::writeCustomers(int count)
{
    QStringList created;
    for (int i = 0; i < count; ++i) {
        ++m_now;
        const auto answer = m_http->post("/v1/customers", QStringLiteral("name=C%1").arg(i).toLatin1());
        created << m_http->get("/v1/events", "limit=1")
                       .json.value("data")
                       .toArray()
                       .first()
                       .toObject()
                       .value("id")
                       .toString();
        [&] { QCOMPARE(answer.status, 200); }();
    }
    return created;
}

void TestSandboxEventList::newestFirstWithStripesPaging()
{
    QStringList created = writeCustomers(7);
    std::reverse(created.begin(), created.end()); // newest first, as Stripe lists
    const auto all = m_http->get("/v1/events", "limit=100");
    QCOMPARE(ids(all), created);
    QCOMPARE(all.json.value("has_more").toBool(), false);

    const auto first = m_http->get("/v1/events", "limit=3");
    QCOMPARE(ids(first), created.mid(0, 3));
    QCOMPARE(first.json.value("has_more").toBool(), true);
    const auto second = m_http->get("/v1/events", ("limit=3&starting_after=" + created.at(2)).toLatin1());
    QCOMPARE(ids(second), created.mid(3, 3));
    QCOMPARE(second.json.value("has_more").toBool(), true);
    const auto last = m_http->get("/v1/events", ("limit=3&starting_after=" + created.at(5)).toLatin1());
    QCOMPARE(ids(last), created.mid(6));
    QCOMPARE(last.json.value("has_more").toBool(), false);
    // Backwards: the page just newer than an event, still newest first.
    const auto back = m_http->get("/v1/events", ("limit=2&ending_before=" + created.at(4)).toLatin1());
    QCOMPARE(ids(back), created.mid(2, 2));
    QCOMPARE(back.json.value("has_more").toBool(), true);
    QCOMPARE(m_http->get("/v1/events", "limit=101").status, 400);
    QCOMPARE(m_http->get("/v1/events", "starting_after=evt_nope").errorCode(),
             QStringLiteral("resource_missing"));
    QCOMPARE(m_http->get("/v1/events", "expand%5B0%5D=data.customer").status, 400);
}

void TestSandboxEventList::retrieveById()
{
    const QString id = writeCustomers(1).first();
    const auto event = m_http->get("/v1/events/" + id);
    QCOMPARE(event.status, 200);
    QCOMPARE(event.json,
             m_http->get("/v1/events", "limit=1").json.value("data").toArray().first().toObject());
    QCOMPARE(event.json.value("type").toString(), QStringLiteral("customer.created"));
    const auto missing = m_http->get("/v1/events/evt_NoSuchEvent000000000000");
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.errorCode(), QStringLiteral("resource_missing"));
    QCOMPARE(missing.errorMessage(), QStringLiteral("No such event: 'evt_NoSuchEvent000000000000'"));
}

void TestSandboxEventList::typeAndTypesFilters()
{
    const QString customer = m_http->post("/v1/customers", "name=T").json.value("id").toString();
    m_http->post("/v1/customers/" + customer, "name=U");
    m_http->post("/v1/products", "name=P");
    const auto types = [this](const QByteArray &query) {
        QStringList list;
        for (const QJsonValue &event :
             m_http->get("/v1/events", "limit=100&" + query).json.value("data").toArray())
            list << event.toObject().value("type").toString();
        return list;
    };
    QCOMPARE(types("type=customer.created"), QStringList {"customer.created"});
    QCOMPARE(types("type=customer.*"), QStringList({"customer.updated", "customer.created"}));
    QCOMPARE(types("type=*.created"), QStringList({"product.created", "customer.created"}));
    QCOMPARE(types("types%5B0%5D=product.created&types%5B1%5D=customer.updated"),
             QStringList({"product.created", "customer.updated"}));
    QCOMPARE(types("type=invoice.*"), QStringList());
    const auto both = m_http->get("/v1/events", "type=customer.created&types%5B0%5D=product.created");
    QCOMPARE(both.status, 400);
    QByteArray many;
    for (int i = 0; i < 21; ++i)
        many += QStringLiteral("types%5B%1%5D=customer.created&").arg(i).toLatin1();
    QCOMPARE(m_http->get("/v1/events", many).status, 400);
    QCOMPARE(m_http->get("/v1/events", many.left(many.lastIndexOf("types%5B20"))).status, 200);
}

void TestSandboxEventList::createdAndDeliveryFilters()
{
    const QStringList created = writeCustomers(4); // at m_now 1800000001 .. 1800000004
    QCOMPARE(ids(m_http->get("/v1/events", "created=1800000002")), QStringList {created.at(1)});
    QCOMPARE(ids(m_http->get("/v1/events", "created%5Bgte%5D=1800000003")),
             QStringList({created.at(3), created.at(2)}));
    QCOMPARE(ids(m_http->get("/v1/events", "created%5Bgt%5D=1800000001&created%5Blt%5D=1800000004")),
             QStringList({created.at(2), created.at(1)}));
    QCOMPARE(ids(m_http->get("/v1/events", "created%5Blte%5D=1800000001")), QStringList {created.at(0)});
    // Nothing waits for a webhook endpoint: every event counts as delivered.
    QCOMPARE(ids(m_http->get("/v1/events", "delivery_success=true")).size(), 4);
    QCOMPARE(ids(m_http->get("/v1/events", "delivery_success=false")).size(), 0);
}

void TestSandboxEventList::keepsThirtyDays()
{
    const QString old = writeCustomers(1).first();
    m_server->ageEvents(29);
    const QString recent = writeCustomers(1).first();
    QCOMPARE(ids(m_http->get("/v1/events")), QStringList({recent, old}));
    QCOMPARE(m_http->get("/v1/events/" + old).status, 200);
    m_server->ageEvents(1);
    m_now += 2; // the old one is now 30 days and a second old: Stripe no longer has it
    QCOMPARE(ids(m_http->get("/v1/events")), QStringList {recent});
    QCOMPARE(m_http->get("/v1/events/" + old).status, 404);
    QCOMPARE(m_http->get("/v1/events/" + recent).status, 200);
    // The clock alone ages them too.
    m_now += 30 * 86400;
    QCOMPARE(ids(m_http->get("/v1/events")), QStringList());
    QCOMPARE(m_server->store().events().recorded().size(), 0); // forgotten, as Stripe forgets them
}

void TestSandboxEventList::agingOverHttpOnlyWithSwitches()
{
    sandbox::EmbeddedServer embedded;
    QString error;
    QVERIFY2(embedded.start(sandbox::Options(), &error), qPrintable(error));
    SandboxHttp http(embedded.url());
    http.post("/v1/customers", "name=Aged");
    QCOMPARE(http.post("/_sandbox/age_events", "days=31").status, 404);
    QCOMPARE(http.get("/v1/events").json.value("data").toArray().size(), 1);
    embedded.ageEvents(31);
    QCOMPARE(http.get("/v1/events").json.value("data").toArray().size(), 0);
    embedded.stop();

    sandbox::Options options;
    options.allowFaultSwitches = true;
    QVERIFY2(embedded.start(options, &error), qPrintable(error));
    SandboxHttp allowed(embedded.url());
    allowed.post("/v1/customers", "name=Aged");
    QCOMPARE(allowed.post("/_sandbox/age_events", "days=lots").status, 400);
    QCOMPARE(allowed.get("/v1/events").json.value("data").toArray().size(), 1);
    QCOMPARE(allowed.post("/_sandbox/age_events", "days=31").status, 200);
    QCOMPARE(allowed.get("/v1/events").json.value("data").toArray().size(), 0);
}

PAYDESK_TEST_GUILESS_MAIN(TestSandboxEventList)
#include "tst_sandbox_eventlist.moc"
