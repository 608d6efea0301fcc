#include "src/mirror/Reader.h"
#include "src/mirror/RelatedObjects.h"
#include "src/mirror/Schema.h"
#include "tests/integration/mirror/support/Objects.h"
#include "tests/integration/mirror/support/StoreUnderTest.h"
#include "tests/support/TestMain.h"

#include "src/objects/Json.h"

#include <QTest>

using mirror::Filter;
using mirror::Reader;
using mirror::Table;
using objects::Kind;
namespace json = objects::json;

namespace {

constexpr qint64 now = 1767225600; // 2026-01-01T00:00:00Z

QJsonObject with(QJsonObject object, const QJsonObject &changes)
{
    for (auto it = changes.begin(); it != changes.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QJsonObject intent(const QString &id, const QString &customer, const QString &status, bool order,
                   const QString &paymentMethod = {})
{
    return {{"id", id},
            {"object", "payment_intent"},
            {"customer", customer},
            {"amount", 4200},
            {"amount_received", status == "succeeded" ? 4200 : 0},
            {"currency", "usd"},
            {"status", status},
            {"created", now - 3600},
            {"description", "2 × T-shirt"},
            {"payment_method", paymentMethod.isEmpty() ? QJsonValue() : QJsonValue(paymentMethod)},
            {"metadata", order ? QJsonObject {{"paydesk_order", "1"}} : QJsonObject {}}};
}

QJsonObject product(const QString &id, const QString &name, const QString &defaultPrice)
{
    return {{"id", id},
            {"object", "product"},
            {"name", name},
            {"active", true},
            {"created", now - 7200},
            {"default_price", defaultPrice},
            {"metadata", QJsonObject {}}};
}

QJsonObject price(const QString &id, const QString &product, qint64 amount)
{
    return {{"id", id},          {"object", "price"},     {"product", product},   {"active", true},
            {"currency", "eur"}, {"unit_amount", amount}, {"created", now - 7200}};
}

QJsonObject coupon(const QString &id, const QString &name)
{
    return {{"id", id},      {"object", "coupon"}, {"name", name},         {"percent_off", 25.0},
            {"valid", true}, {"duration", "once"}, {"created", now - 9000}};
}

QJsonObject code(const QString &id, const QString &typed, const QString &coupon, const QString &customer = {})
{
    return {{"id", id},
            {"object", "promotion_code"},
            {"code", typed},
            {"active", true},
            {"created", now - 600},
            {"promotion", QJsonObject {{"type", "coupon"}, {"coupon", coupon}}},
            {"customer", customer.isEmpty() ? QJsonValue() : QJsonValue(customer)},
            {"times_redeemed", 0},
            {"metadata", QJsonObject {}}};
}

// The account the tests read: what each of these tabs shows, with what its rows name.
QHash<Table, QList<QJsonObject>> account()
{
    QHash<Table, QList<QJsonObject>> objects;
    objects[Table::Customers] = {objects::customer("cus_ada", "Ada Lovelace", "ada@example.com", now - 90000),
                                 objects::customer("cus_bob", "Bob Ng", "bob@example.com", now - 80000)};
    const QJsonObject paid = objects::charge("ch_paid", "cus_ada", 5000, now - 5000);
    objects[Table::Charges] = {
        paid,
        with(paid, {{"id", "ch_disputed"}, {"disputed", true}}),
        // Disputed, and refunded in full since: still disputed.
        with(objects::charge("ch_disputed_refunded", "cus_bob", 3000, now - 4900, "4242", "usd", 3000),
             {{"disputed", true}}),
        // Authorised, not captured; then one released (refunded, still not captured).
        with(paid, {{"id", "ch_held"}, {"captured", false}, {"amount_captured", 0}}),
        with(objects::charge("ch_released", "cus_bob", 2000, now - 4800, "4242", "usd", 2000),
             {{"captured", false}, {"amount_captured", 0}}),
        with(objects::charge("ch_declined", "cus_bob", 2000, now - 4700, "4242", "usd", 0, "failed"),
             {{"captured", false}, {"amount_captured", 0}}),
        // Of a customer the mirror does not have (deleted): the id stays.
        objects::charge("ch_gone", "cus_gone", 1000, now - 4600),
    };
    for (QJsonObject &charge : objects[Table::Charges])
        if (!charge.contains("disputed"))
            charge.insert("disputed", false);
    for (QJsonObject &charge : objects[Table::Charges])
        if (!charge.contains("captured"))
            charge.insert("captured", true);
    objects[Table::Refunds] = {objects::refund("re_1", "ch_disputed_refunded", 3000, now - 100),
                               objects::refund("re_2", "ch_gone", 1000, now - 90)};
    objects[Table::PaymentMethods] = {objects::paymentMethod("pm_saved", "cus_ada", "4444", now - 70000)};
    objects[Table::PaymentIntents] = {intent("pi_order1", "cus_ada", "succeeded", true, "pm_saved"),
                                      intent("pi_order2", "cus_bob", "requires_payment_method", true),
                                      intent("pi_order3", "cus_bob", "canceled", true),
                                      intent("pi_invoice", "cus_ada", "succeeded", false),
                                      intent("pi_checkout", "cus_bob", "requires_payment_method", false)};
    objects[Table::Prices] = {price("price_tee", "prod_tee", 2500)};
    objects[Table::Products]
        = {product("prod_tee", "T-shirt", "price_tee"), product("prod_mug", "Mug", "price_not_listed")};
    objects[Table::Coupons] = {coupon("SUMMER", "Summer sale"), coupon("VIP", "For Bob")};
    objects[Table::PromotionCodes]
        = {code("promo_1", "SUMMER25", "SUMMER"), code("promo_2", "summer-kids", "SUMMER"),
           code("promo_3", "WINTER", "SUMMER"), code("promo_4", "ZÜRICH", "VIP", "cus_bob"),
           code("promo_5", "100%OFF", "VIP")};
    return objects;
}

std::unique_ptr<mirror::Store> loaded(StoreUnderTest &place, int schemaVersion = -1)
{
    auto store = place.open(schemaVersion);
    if (!store || !store->beginListing({}).ok())
        return nullptr;
    const auto objects = account();
    for (auto it = objects.cbegin(); it != objects.cend(); ++it) {
        // Saved payment methods are listed per customer.
        const bool ok = it.key() == Table::PaymentMethods
            ? store->applyPaymentMethods("cus_ada", it.value(), true).ok()
            : store->applyListedPage(it.key(), it.value(), "x", false).ok();
        if (!ok)
            return nullptr;
    }
    return store;
}

Filter filterOf(Kind kind, const std::function<void(Filter &)> &set = {})
{
    Filter filter;
    filter.kind = kind;
    if (set)
        set(filter);
    return filter;
}

qint64 countOf(Reader &reader, const Filter &filter)
{
    return reader.count(filter).value_or(-1);
}

QStringList idsOf(Reader &reader, const Filter &filter)
{
    QStringList ids;
    for (const mirror::Row &row : reader.rows(filter, {QStringLiteral("id"), Qt::AscendingOrder}, 0, 100))
        ids << row.key.id;
    return ids;
}

} // namespace

// What the Orders, Refunds, Products and Promotion codes tabs, and the Payments tab's disputed
// and uncaptured, read from the mirror, on both stores: the rows their Stripe lists give for the
// same filters, with the objects those lists embed read from the mirror's own tables.
class TestMirrorTabRows : public QObject
{
    Q_OBJECT

private slots:
    void ordersArePaydesksPaymentIntents_data() { StoreUnderTest::addRows(); }
    void ordersArePaydesksPaymentIntents();
    void disputedAndUncapturedAsStripeSaysThem_data() { StoreUnderTest::addRows(); }
    void disputedAndUncapturedAsStripeSaysThem();
    void codesByPartOfTheirCode_data() { StoreUnderTest::addRows(); }
    void codesByPartOfTheirCode();
    void relatedObjectsInPlaceOfIds_data() { StoreUnderTest::addRows(); }
    void relatedObjectsInPlaceOfIds();
    void olderStoreGainsTheFlagsFromItsRows_data() { StoreUnderTest::addRows(); }
    void olderStoreGainsTheFlagsFromItsRows();
};

void TestMirrorTabRows::ordersArePaydesksPaymentIntents()
{
    OPEN_TEST_STORE(place);
    auto store = loaded(place);
    QVERIFY(store);
    Reader reader(*store);
    // Orders: only those Paydesk made (metadata paydesk_order=1), as the tab's Stripe search.
    QCOMPARE(idsOf(reader, filterOf(Kind::Order)), QStringList({"pi_order1", "pi_order2", "pi_order3"}));
    QCOMPARE(countOf(reader, filterOf(Kind::Order)), 3);
    // Every payment intent otherwise.
    QCOMPARE(countOf(reader, filterOf(Kind::PaymentIntent)), 5);
    QCOMPARE(idsOf(reader,
                   filterOf(Kind::Order,
                            [](Filter &f) {
                                f.statuses = {"requires_payment_method"};
                                f.customer = "cus_bob";
                            })),
             QStringList {"pi_order2"});
    // The footer's totals count the orders alone.
    const auto totals = reader.totals(filterOf(Kind::Order));
    QCOMPARE(totals.size(), 1);
    QCOMPARE(totals.constFirst().count, 3);
    QCOMPARE(totals.constFirst().sums.value("amount"), 3 * 4200);
}

void TestMirrorTabRows::disputedAndUncapturedAsStripeSaysThem()
{
    OPEN_TEST_STORE(place);
    auto store = loaded(place);
    QVERIFY(store);
    Reader reader(*store);
    const QStringList succeeded {"succeeded", "partially_refunded", "refunded"};
    // Disputed: whatever became of the money since.
    QCOMPARE(idsOf(reader, filterOf(Kind::Payment, [](Filter &f) { f.disputed = true; })),
             QStringList({"ch_disputed", "ch_disputed_refunded"}));
    // Uncaptured: succeeded (a released one is refunded too) and not captured; a declined
    // payment captured nothing either, but is not an authorisation.
    QCOMPARE(idsOf(reader,
                   filterOf(Kind::Payment,
                            [&](Filter &f) {
                                f.statuses = succeeded;
                                f.captured = false;
                            })),
             QStringList({"ch_held", "ch_released"}));
    // Succeeded as Stripe says it: refunded since or not, never failed.
    QCOMPARE(countOf(reader, filterOf(Kind::Payment, [&](Filter &f) { f.statuses = succeeded; })), 6);
}

void TestMirrorTabRows::codesByPartOfTheirCode()
{
    OPEN_TEST_STORE(place);
    auto store = loaded(place);
    QVERIFY(store);
    Reader reader(*store);
    const auto codes = [&](const QString &part, const QString &coupon = {}) {
        return idsOf(reader, filterOf(Kind::PromotionCode, [&](Filter &f) {
                         f.codePart = part;
                         f.parent = coupon;
                     }));
    };
    // In any case, anywhere in the code, and only in the code (not the coupon's id).
    QCOMPARE(codes("sUm"), QStringList({"promo_1", "promo_2"}));
    QCOMPARE(codes("ürich"), QStringList {"promo_4"});
    QCOMPARE(codes("summer", "SUMMER"), QStringList({"promo_1", "promo_2"}));
    QCOMPARE(codes("vip"), QStringList());
    // LIKE's own characters are the characters typed.
    QCOMPARE(codes("0%o"), QStringList {"promo_5"});
    QCOMPARE(codes("%"), QStringList {"promo_5"});
    QCOMPARE(codes("_"), QStringList());
}

void TestMirrorTabRows::relatedObjectsInPlaceOfIds()
{
    OPEN_TEST_STORE(place);
    auto store = loaded(place);
    QVERIFY(store);
    Reader reader(*store);
    mirror::RelatedObjects related(*store);
    const auto rowsOf = [&](Kind kind) {
        QList<stripe::ListObject> rows;
        for (const mirror::Row &row :
             reader.rows(filterOf(kind), {QStringLiteral("id"), Qt::AscendingOrder}, 0, 100))
            rows << row.object;
        QHash<QString, QJsonObject> byId;
        for (const stripe::ListObject &row : related.expand(kind, rows))
            byId.insert(row.id(), row.object());
        return byId;
    };
    // A refund's payment, and who paid it, in the refund (Stripe: expand data.charge.customer).
    const auto refunds = rowsOf(Kind::Refund);
    QVERIFY(related.lastError().kind == mirror::StoreError::Kind::None);
    QCOMPARE(json::string(refunds.value("re_1"), u"charge.id"), "ch_disputed_refunded");
    QCOMPARE(json::string(refunds.value("re_1"), u"charge.customer.name"), "Bob Ng");
    // A customer the mirror does not have stays an id, as in the charge.
    QCOMPARE(json::string(refunds.value("re_2"), u"charge.id"), "ch_gone");
    QCOMPARE(json::string(refunds.value("re_2"), u"charge.customer"), "cus_gone");
    // An order's customer and card; a card not saved to a customer stays an id (null here).
    const auto orders = rowsOf(Kind::Order);
    QCOMPARE(json::string(orders.value("pi_order1"), u"customer.email"), "ada@example.com");
    QCOMPARE(json::string(orders.value("pi_order1"), u"payment_method.card.last4"), "4444");
    QCOMPARE(json::string(orders.value("pi_order2"), u"customer.name"), "Bob Ng");
    // A payment's customer.
    QCOMPARE(json::string(rowsOf(Kind::Payment).value("ch_paid"), u"customer.name"), "Ada Lovelace");
    // A product's default price; one the mirror does not have stays an id.
    const auto products = rowsOf(Kind::Product);
    QCOMPARE(json::integer(products.value("prod_tee"), u"default_price.unit_amount"), 2500);
    QCOMPARE(json::string(products.value("prod_mug"), u"default_price"), "price_not_listed");
    // A promotion code's coupon (inside its promotion) and the customer it is kept for.
    const auto codes = rowsOf(Kind::PromotionCode);
    QCOMPARE(json::string(codes.value("promo_1"), u"promotion.coupon.name"), "Summer sale");
    QCOMPARE(json::string(codes.value("promo_4"), u"promotion.coupon.name"), "For Bob");
    QCOMPARE(json::string(codes.value("promo_4"), u"customer.name"), "Bob Ng");
    QVERIFY(codes.value("promo_1").value("customer").isNull());
    // Kinds whose rows name nothing else come back as they are.
    QCOMPARE(rowsOf(Kind::Customer).value("cus_ada"), account().value(Table::Customers).constFirst());
    // A change to a customer changes what refunds, orders, payments and codes show.
    for (const Kind kind : {Kind::Refund, Kind::Order, Kind::Payment, Kind::PromotionCode})
        QVERIFY(mirror::RelatedObjects::kindsShownIn(kind).contains(Kind::Customer));
    QCOMPARE(mirror::RelatedObjects::kindsShownIn(Kind::Product), QList<Kind> {Kind::Price});
    QVERIFY(mirror::RelatedObjects::kindsShownIn(Kind::Refund).contains(Kind::Payment));
}

void TestMirrorTabRows::olderStoreGainsTheFlagsFromItsRows()
{
    OPEN_TEST_STORE(place);
    // Written by a Paydesk from before the flags...
    {
        auto store = loaded(place, mirror::schema::paymentFlagsVersion - 1);
        QVERIFY(store);
        QCOMPARE(store->schemaVersion(), mirror::schema::paymentFlagsVersion - 1);
    }
    // ...and opened by this one: the flags are read from the rows already there.
    auto store = place.open();
    QVERIFY(store);
    QCOMPARE(store->schemaVersion(), mirror::schema::latestVersion);
    Reader reader(*store);
    QCOMPARE(idsOf(reader, filterOf(Kind::Payment, [](Filter &f) { f.disputed = true; })),
             QStringList({"ch_disputed", "ch_disputed_refunded"}));
    QCOMPARE(countOf(reader, filterOf(Kind::Payment, [](Filter &f) { f.captured = false; })), 3);
    QCOMPARE(countOf(reader, filterOf(Kind::Order)), 3);
    // And rows written since have them too.
    QVERIFY(store->applyObject(intent("pi_order4", "cus_ada", "succeeded", true)).ok());
    QCOMPARE(countOf(reader, filterOf(Kind::Order)), 4);
}

PAYDESK_TEST_MAIN(TestMirrorTabRows)
#include "tst_mirror_tabrows.moc"
