#include "src/money/Money.h"
#include "src/records/ListModel.h"
#include "src/sandbox/SandboxKeys.h"
#include "src/sandbox/Server.h"
#include "src/writes/CustomerWrites.h"
#include "src/writes/InvoiceWrites.h"
#include "src/writes/OrderWrites.h"
#include "src/writes/PromotionCodeWrites.h"
#include "src/writes/RefundWrite.h"
#include "src/writes/WriteJournal.h"
#include "tests/support/TestMain.h"

#include "tests/support/ModelTester.h"
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace writes;
using namespace std::chrono_literals;

// Every write and every list against every fault the sandbox can make: the connection dropped
// before the write is applied or after, a 500, a 503, a storm of five 429s, an answer slower
// than the timeout. A write ends in exactly one effect, never two; while it has not, the user
// has a message and a journal entry, and retrying (the same intent, the same key) finishes it.
// A list keeps the rows it has and either recovers by itself or offers Retry.
class TestFaultMatrix : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void writeHappensExactlyOnce_data();
    void writeHappensExactlyOnce();
    void listKeepsItsRows_data();
    void listKeepsItsRows();
    void deletingWhatIsAlreadyGoneIsRefused();

private:
    enum class Fault { DropBeforeApply, DropAfterApply, Status500, Status503, RateLimitStorm, Slow };
    // One write under test: the write, where its request goes, and how many times its effect
    // can be seen in the sandbox's store.
    struct Subject
    {
        std::unique_ptr<writes::Write> operation;
        QByteArray method;
        QByteArray path;
        std::function<int()> effects;
    };

    Subject makeWrite(const QString &name, int row);
    void arm(Fault fault, const QByteArray &method, const QByteArray &path);
    WriteContext context()
    {
        return {m_client.get(), m_journal.get(), QStringLiteral("acct_sandbox"), accounts::Mode::Sandbox};
    }
    sandbox::Collection &collection(const char *name)
    {
        return m_sandbox.store().collection(QString::fromLatin1(name));
    }
    QJsonObject find(const char *name, const std::function<bool(const QJsonObject &)> &test, int skip = 0);
    int count(const char *name, const std::function<bool(const QJsonObject &)> &test);
    std::optional<WriteJournal::Entry> journalEntry(const QString &intentId) const;

    sandbox::Server m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<stripe::Client> m_client;
    std::unique_ptr<WriteJournal> m_journal;
};

void TestFaultMatrix::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start(sandbox::Options(), &error), qPrintable(error));
}

void TestFaultMatrix::init()
{
    m_sandbox.faults().reset();
    m_client = std::make_unique<stripe::Client>();
    QVERIFY(m_client->setBaseUrl(m_sandbox.url()));
    m_client->setApiKey(sandbox::keys::secret());
    stripe::Client::Options options; // Stripe's default of 2 retries, a short timeout
    options.timeout = 800ms;
    m_client->setOptions(options);
    m_journal = std::make_unique<WriteJournal>(
        m_dir.filePath(QStringLiteral("journal-%1.jsonl").arg(QString::fromLatin1(QTest::currentDataTag()))));
}

QJsonObject TestFaultMatrix::find(const char *name, const std::function<bool(const QJsonObject &)> &test,
                                  int skip)
{
    const auto &objects = collection(name);
    for (int i = objects.size() - 1; i >= 0; --i) {
        if (!objects.isDeleted(i) && test(objects.at(i)) && skip-- == 0)
            return objects.at(i);
    }
    return {};
}

int TestFaultMatrix::count(const char *name, const std::function<bool(const QJsonObject &)> &test)
{
    int n = 0;
    const auto &objects = collection(name);
    for (int i = 0; i < objects.size(); ++i)
        n += !objects.isDeleted(i) && test(objects.at(i));
    return n;
}

std::optional<WriteJournal::Entry> TestFaultMatrix::journalEntry(const QString &intentId) const
{
    std::optional<WriteJournal::Entry> found;
    for (const auto &entry : m_journal->entries()) {
        if (entry.intent.id == intentId) {
            if (found)
                return std::nullopt; // one intent, one entry
            found = entry;
        }
    }
    return found;
}

namespace {
bool hasIntent(const QJsonObject &object, const QString &intent)
{
    return !intent.isEmpty()
        && object.value(QLatin1String("metadata"))
               .toObject()
               .value(QLatin1String("paydesk_intent"))
               .toString()
        == intent;
}
} // namespace

TestFaultMatrix::Subject TestFaultMatrix::makeWrite(const QString &name, int row)
{
    Subject write;
    write.method = "POST";
    if (name == QLatin1String("refund")) {
        const QJsonObject charge = find(
            "charges",
            [](const QJsonObject &c) {
                return c.value("status").toString() == "succeeded" && c.value("captured").toBool()
                    && !c.value("refunded").toBool()
                    && c.value("amount_captured").toInteger() - c.value("amount_refunded").toInteger()
                    >= 1000;
            },
            row);
        auto *refund = new RefundWrite(context(), charge);
        refund->setAmount(money::Money(100, charge.value("currency").toString()));
        const QString chargeId = charge.value("id").toString();
        write.path = "/v1/refunds";
        write.effects = [this, chargeId, refund] {
            return count("refunds", [&](const QJsonObject &r) {
                return r.value("charge").toString() == chargeId && hasIntent(r, refund->intentId());
            });
        };
        write.operation.reset(refund);
    } else if (name == QLatin1String("invoice.pay")) {
        const QJsonObject invoice = find(
            "invoices",
            [](const QJsonObject &i) {
                return i.value("status").toString() == "open" && i.value("amount_remaining").toInteger() > 0;
            },
            row);
        auto *pay = new InvoiceActionWrite(context(), invoice, InvoiceActionWrite::Action::Pay);
        pay->setPaidOutOfBand(true);
        const QString id = invoice.value("id").toString();
        write.path = "/v1/invoices/" + id.toLatin1() + "/pay";
        write.effects = [this, id] {
            return count("invoices", [&](const QJsonObject &i) {
                return i.value("id").toString() == id && i.value("status").toString() == "paid";
            });
        };
        write.operation.reset(pay);
    } else if (name == QLatin1String("order.create") || name == QLatin1String("order.pay")) {
        const QJsonObject customer = find(
            "customers", [](const QJsonObject &) { return true; }, row);
        const QJsonObject price = find("prices", [](const QJsonObject &p) {
            return p.value("type").toString() == "one_time" && p.value("active").toBool()
                && p.value("currency").toString() == "usd";
        });
        auto *create
            = new CreateOrderWrite(context(), customer, {OrderLine {price, QStringLiteral("Desk lamp"), 2}});
        write.path = "/v1/payment_intents";
        write.effects = [this, create] {
            return count("payment_intents",
                         [&](const QJsonObject &pi) { return hasIntent(pi, create->intentId()); });
        };
        write.operation.reset(create);
        if (name == QLatin1String("order.pay")) {
            // The order is made without faults; paying it is what is tested.
            QSignalSpy created(create, &Write::finished);
            if (!create->start() || !created.wait(10000))
                return {};
            const QJsonObject order = created.first().first().value<WriteResult>().object;
            const QString id = order.value("id").toString();
            write.operation
                = std::make_unique<PayOrderWrite>(context(), order, QStringLiteral("pm_card_visa"));
            write.path = "/v1/payment_intents/" + id.toLatin1() + "/confirm";
            write.effects = [this, id] {
                return count("charges", [&](const QJsonObject &c) {
                    return c.value("payment_intent").toString() == id
                        && c.value("status").toString() == "succeeded";
                });
            };
        }
    } else if (name == QLatin1String("promotion_code.create")) {
        const QJsonObject coupon
            = find("coupons", [](const QJsonObject &c) { return c.value("valid").toBool(); });
        const QString code = QStringLiteral("FAULT%1").arg(row);
        write.operation = std::make_unique<CreatePromotionCodeWrite>(
            context(), coupon, code, CreatePromotionCodeWrite::Restrictions());
        write.path = "/v1/promotion_codes";
        write.effects = [this, code] {
            return count("promotion_codes",
                         [&](const QJsonObject &p) { return p.value("code").toString() == code; });
        };
    } else if (name == QLatin1String("customer.create")) {
        CustomerFields fields;
        fields.email = QStringLiteral("fault.%1@example.com").arg(row);
        fields.name = QStringLiteral("Fault Matrix %1").arg(row);
        write.operation = std::make_unique<CreateCustomerWrite>(context(), fields);
        write.path = "/v1/customers";
        write.effects = [this, email = fields.email] {
            return count("customers",
                         [&](const QJsonObject &c) { return c.value("email").toString() == email; });
        };
    } else if (name == QLatin1String("customer.delete")) {
        const QJsonObject customer = find(
            "customers", [](const QJsonObject &) { return true; }, 40 + row);
        const QString id = customer.value("id").toString();
        write.operation = std::make_unique<DeleteCustomerWrite>(context(), customer);
        write.method = "DELETE";
        write.path = "/v1/customers/" + id.toLatin1();
        write.effects = [this, id] {
            const auto &customers = collection("customers");
            const int index = customers.indexOf(id);
            return index >= 0 && customers.isDeleted(index) ? 1 : 0;
        };
    }
    return write;
}

void TestFaultMatrix::arm(Fault fault, const QByteArray &method, const QByteArray &path)
{
    auto &faults = m_sandbox.faults();
    switch (fault) {
    case Fault::DropBeforeApply:
        faults.dropBeforeApply(1, method, path);
        break;
    case Fault::DropAfterApply:
        faults.dropAfterApply(1, method, path);
        break;
    case Fault::Status500:
        faults.failNext(1, 500, method, path);
        break;
    case Fault::Status503:
        faults.failNext(1, 503, method, path);
        break;
    case Fault::RateLimitStorm:
        faults.failNext(5, 429, method, path); // more than the client's own 2 retries
        break;
    case Fault::Slow:
        faults.delayNext(1, 1500, method, path); // the timeout is 800 ms
        break;
    }
}

namespace {
const QList<std::pair<const char *, int>> &faultNames()
{
    static const QList<std::pair<const char *, int>> names {
        {"drop-before-apply", 0}, {"drop-after-apply", 1}, {"500", 2}, {"503", 3}, {"429x5", 4}, {"slow", 5}};
    return names; // in the order of TestFaultMatrix::Fault
}
} // namespace

void TestFaultMatrix::writeHappensExactlyOnce_data()
{
    QTest::addColumn<QString>("write");
    QTest::addColumn<int>("fault");
    const auto &faults = faultNames();
    for (const char *write : {"refund", "invoice.pay", "order.create", "order.pay", "promotion_code.create",
                              "customer.create", "customer.delete"}) {
        for (const auto &[name, fault] : faults)
            QTest::addRow("%s/%s", write, name) << QString::fromLatin1(write) << int(fault);
    }
}

void TestFaultMatrix::writeHappensExactlyOnce()
{
    QFETCH(QString, write);
    QFETCH(int, fault);
    static int row = 0;
    Subject subject = makeWrite(write, row++);
    QVERIFY2(subject.operation, "no fixture for this write in the sandbox's demo data");
    QCOMPARE(subject.effects(), 0);

    arm(Fault(fault), subject.method, subject.path);
    Write &operation = *subject.operation;
    QSignalSpy finished(&operation, &Write::finished);
    WriteResult result;
    // The user's part: read the message, press Retry. Each retry is the same intent.
    for (int attempt = 0; attempt < 4; ++attempt) {
        QVERIFY2(operation.start(), qPrintable(operation.errorText()));
        QVERIFY(!operation.start()); // a second click while it is on its way sends nothing
        QVERIFY(finished.wait(20000));
        result = finished.takeFirst().first().value<WriteResult>();
        if (result.status == WriteOutcome::Status::Succeeded)
            break;
        QVERIFY2(subject.effects() <= 1, "the write happened twice");
        QVERIFY2(!result.message.isEmpty(), "a failed write without a message");
        // The journal holds the intent and its outcome, for the user to retry or check later.
        const auto entry = journalEntry(operation.intentId());
        QVERIFY(entry && entry->outcome && entry->outcome->status == result.status);
    }
    QVERIFY2(result.status == WriteOutcome::Status::Succeeded,
             qPrintable(QStringLiteral("still not done: ") + result.message));
    QCOMPARE(subject.effects(), 1);
    const auto entry = journalEntry(operation.intentId());
    QVERIFY(entry && entry->outcome);
    QCOMPARE(entry->outcome->status, WriteOutcome::Status::Succeeded);
}

void TestFaultMatrix::listKeepsItsRows_data()
{
    QTest::addColumn<int>("fault");
    for (const auto &[name, fault] : faultNames())
        QTest::newRow(name) << fault;
}

void TestFaultMatrix::listKeepsItsRows()
{
    QFETCH(int, fault);
    records::ListModel model(records::columnsFor(objects::Kind::Customer));
    paydesk_test::watchModel(&model);
    model.setClient(m_client.get());
    records::ListQuery query;
    query.path = QStringLiteral("/v1/customers");
    model.load(query);
    QTRY_COMPARE_WITH_TIMEOUT(model.state(), records::ListModel::State::Ready, 10000);
    const int firstPage = model.rowCount();
    QVERIFY(firstPage > 0 && model.canFetchMore());

    arm(Fault(fault), "GET", "/v1/customers");
    model.fetchMore();
    QTRY_VERIFY_WITH_TIMEOUT(model.state() == records::ListModel::State::Ready
                                 || model.state() == records::ListModel::State::Failed,
                             20000);
    QVERIFY(model.rowCount() >= firstPage); // what was loaded stays
    if (model.state() == records::ListModel::State::Failed) {
        QVERIFY(!model.error().message.isEmpty());
        model.retry();
        QTRY_COMPARE_WITH_TIMEOUT(model.state(), records::ListModel::State::Ready, 20000);
    }
    QVERIFY(model.rowCount() > firstPage);
    // No row twice, whatever was retried.
    QSet<QString> ids;
    for (int i = 0; i < model.rowCount(); ++i)
        ids.insert(model.objectAt(i).value("id").toString());
    QCOMPARE(ids.size(), model.rowCount());
}

// A DELETE whose own earlier attempt cannot explain the 404 (someone else deleted the customer
// first) is not reported as done by Paydesk.
void TestFaultMatrix::deletingWhatIsAlreadyGoneIsRefused()
{
    const QJsonObject customer = find(
        "customers", [](const QJsonObject &) { return true; }, 90);
    auto &customers = collection("customers");
    customers.markDeleted(customer.value("id").toString());
    DeleteCustomerWrite remove(context(), customer);
    QSignalSpy finished(&remove, &Write::finished);
    QVERIFY(remove.start());
    QVERIFY(finished.wait(10000));
    const auto result = finished.first().first().value<WriteResult>();
    QCOMPARE(result.status, WriteOutcome::Status::Failed);
    QVERIFY(result.message.contains(customer.value("id").toString()));
}

PAYDESK_TEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
