#include "src/mirror/Reader.h"
#include "tests/integration/mirror/support/Objects.h"
#include "tests/integration/mirror/support/StoreUnderTest.h"
#include "tests/support/TestMain.h"

#include <QTest>

using mirror::Filter;
using mirror::Reader;
using mirror::Sort;
using mirror::Table;
using objects::Kind;

// What a refund, an order or a promotion code is found and sorted by when it is the record it
// names that holds the words: a refund by its payment's customer's name, a promotion code by its
// coupon's name. The store keeps those on the row itself (LinkedColumns.h); these tests check it
// keeps them right whatever order the records arrive in, and keeps them current when the named
// record is renamed or deleted, on both stores.
class TestMirrorLinked : public QObject
{
    Q_OBJECT

private slots:
    void refundsAreFoundAndSortedByTheirCustomer_data() { StoreUnderTest::addRows(); }
    void refundsAreFoundAndSortedByTheirCustomer();
    void ordersAndCodesAreFoundAndSortedByWhatTheyName_data() { StoreUnderTest::addRows(); }
    void ordersAndCodesAreFoundAndSortedByWhatTheyName();
    void aStoreFromTheLastVersionLearnsTheNames_data() { StoreUnderTest::addRows(); }
    void aStoreFromTheLastVersionLearnsTheNames();
    void productsSortByTheirDefaultPrice_data() { StoreUnderTest::addRows(); }
    void productsSortByTheirDefaultPrice();
    void aStoreFromVersion6LearnsTheDefaultPrices_data() { StoreUnderTest::addRows(); }
    void aStoreFromVersion6LearnsTheDefaultPrices();
};

namespace {

constexpr qint64 t0 = 1767225600;

QJsonObject paymentIntent(const QString &id, const QString &customer, const QString &latestCharge)
{
    return {{"id", id},
            {"object", "payment_intent"},
            {"customer", customer},
            {"latest_charge", latestCharge},
            {"amount", 1500},
            {"currency", "usd"},
            {"status", "succeeded"},
            {"created", t0},
            {"metadata", QJsonObject {}}};
}

QJsonObject coupon(const QString &id, const QString &name)
{
    return {{"id", id},      {"object", "coupon"}, {"name", name},       {"percent_off", 10},
            {"valid", true}, {"created", t0},      {"duration", "once"}, {"metadata", QJsonObject {}}};
}

QJsonObject promotionCode(const QString &id, const QString &code, const QString &coupon,
                          const QJsonValue &customer)
{
    return {{"id", id},
            {"object", "promotion_code"},
            {"code", code},
            {"promotion", QJsonObject {{"type", "coupon"}, {"coupon", coupon}}},
            {"customer", customer},
            {"active", true},
            {"created", t0},
            {"metadata", QJsonObject {}}};
}

Filter filterOf(Kind kind, const QString &text = {})
{
    Filter filter;
    filter.kind = kind;
    filter.text = text;
    return filter;
}

QStringList found(Reader &reader, Kind kind, const QString &text)
{
    QStringList ids;
    for (const mirror::Row &row : reader.rows(filterOf(kind, text), Sort(), 0, 1000))
        ids << row.key.id;
    ids.sort();
    return ids;
}

// Each row's sort value for the column, by id, read through the sort itself.
QHash<QString, QString> sortedBy(Reader &reader, Kind kind, const QString &column)
{
    QHash<QString, QString> values;
    for (const mirror::Row &row : reader.rows(filterOf(kind), Sort {column, Qt::AscendingOrder}, 0, 1000))
        values.insert(row.key.id,
                      row.key.value.isNull() ? QStringLiteral("(none)") : row.key.value.toString());
    return values;
}

// The products in the Default price column's sort, each as "id currency amount" ("id -" when it
// has no amount), ascending or descending.
QStringList byDefaultPrice(Reader &reader, Qt::SortOrder order = Qt::AscendingOrder)
{
    QStringList rows;
    for (const mirror::Row &row :
         reader.rows(filterOf(Kind::Product), Sort {"unit_amount", order, true}, 0, 1000))
        rows
            << (row.key.currency.isEmpty()
                    ? row.key.id + " -"
                    : QStringLiteral("%1 %2 %3").arg(row.key.id, row.key.currency, row.key.value.toString()));
    return rows;
}

// A listing of these pages, in this order (a refund may well come before its payment).
bool list(mirror::Store &store, const QList<QPair<Table, QList<QJsonObject>>> &pages)
{
    if (!store.beginListing({}).ok())
        return false;
    for (const auto &[table, objects] : pages)
        if (!store.applyListedPage(table, objects, "x", true).ok())
            return false;
    return true;
}

} // namespace

void TestMirrorLinked::refundsAreFoundAndSortedByTheirCustomer()
{
    OPEN_TEST_STORE(place);
    auto store = place.open();
    QVERIFY(store);
    // Refunds first, their payments next, the customers last: the names arrive after the rows
    // that are found by them.
    QVERIFY(
        list(*store,
             {{Table::Refunds,
               {objects::refund("re_1", "ch_1", 500, t0 + 3), objects::refund("re_2", "ch_2", 500, t0 + 2),
                objects::refund("re_3", "ch_3", 500, t0 + 1)}},
              {Table::Charges,
               {objects::charge("ch_1", "cus_1", 900, t0), objects::charge("ch_2", "cus_2", 900, t0),
                objects::charge("ch_3", "", 900, t0)}},
              {Table::Customers,
               {objects::customer("cus_1", "Zora Quill", "zq@example.com", t0),
                objects::customer("cus_2", "Émile Abbot", "ea@example.com", t0)}}}));
    Reader reader(*store);

    QCOMPARE(found(reader, Kind::Refund, "quill"), QStringList {"re_1"});
    QCOMPARE(found(reader, Kind::Refund, "ZORA quill"), QStringList {"re_1"});
    QCOMPARE(found(reader, Kind::Refund, "émile"), QStringList {"re_2"});
    QCOMPARE(found(reader, Kind::Refund, "ea@example"), QStringList {"re_2"});
    // Words from the refund's payment and from its customer, together.
    QCOMPARE(found(reader, Kind::Refund, "zora 4242"), QStringList {"re_1"});
    // A payment with no customer is named by its billing details, as the Customer column shows.
    QCOMPARE(found(reader, Kind::Refund, "holder"), (QStringList {"re_1", "re_2", "re_3"}));
    QCOMPARE(found(reader, Kind::Refund, "nobody"), QStringList());

    QHash<QString, QString> labels = sortedBy(reader, Kind::Refund, "customer_label");
    QCOMPARE(labels.value("re_1"), QString("zora quill"));
    QCOMPARE(labels.value("re_2"), QString("émile abbot"));
    QCOMPARE(labels.value("re_3"), QString("holder "));
    QCOMPARE(sortedBy(reader, Kind::Payment, "customer_label").value("ch_1"), QString("zora quill"));

    // Renamed: found by the new name only, sorted by it at once.
    QVERIFY(store->applyObject(objects::customer("cus_1", "Ada Vance", "zq@example.com", t0)).ok());
    QCOMPARE(found(reader, Kind::Refund, "quill"), QStringList());
    QCOMPARE(found(reader, Kind::Refund, "vance"), QStringList {"re_1"});
    labels = sortedBy(reader, Kind::Refund, "customer_label");
    QCOMPARE(labels.value("re_1"), QString("ada vance"));
    const auto rows = reader.rows(filterOf(Kind::Refund), Sort {"customer_label", Qt::AscendingOrder}, 0, 10);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).key.id, QString("re_1")); // "ada vance" before "holder " and "émile abbot"

    // The payment's billing name changes: its refund follows.
    QJsonObject renamedCharge = objects::charge("ch_3", "", 900, t0);
    renamedCharge["billing_details"] = QJsonObject {{"name", "Wren Oddly"}, {"email", "wo@example.com"}};
    QVERIFY(store->applyObject(renamedCharge).ok());
    QCOMPARE(found(reader, Kind::Refund, "oddly"), QStringList {"re_3"});
    QCOMPARE(sortedBy(reader, Kind::Refund, "customer_label").value("re_3"), QString("wren oddly"));

    // The customer deleted: the refund is named by the payment's billing details again.
    QVERIFY(store->applyObject(objects::deleted("cus_2", "customer")).ok());
    QCOMPARE(found(reader, Kind::Refund, "émile"), QStringList());
    QCOMPARE(sortedBy(reader, Kind::Refund, "customer_label").value("re_2"), QString("holder cus_2"));
}

void TestMirrorLinked::ordersAndCodesAreFoundAndSortedByWhatTheyName()
{
    OPEN_TEST_STORE(place);
    auto store = place.open();
    QVERIFY(store);
    QJsonObject nameless = objects::customer("cus_2", "", "quiet@example.com", t0);
    nameless["name"] = QJsonValue::Null;
    QVERIFY(
        list(*store,
             {{Table::PaymentIntents,
               {paymentIntent("pi_1", "cus_1", "ch_1"), paymentIntent("pi_2", "cus_2", "ch_2")}},
              {Table::PromotionCodes,
               {promotionCode("promo_1", "SPRING10", "co_1", "cus_1"),
                promotionCode("promo_2", "WELCOME", "co_2", QJsonValue::Null)}},
              {Table::Customers, {objects::customer("cus_1", "Bea Lark", "bl@example.com", t0), nameless}},
              {Table::Charges, {objects::charge("ch_1", "cus_1", 1500, t0, "1881")}},
              {Table::Coupons, {coupon("co_1", "Spring Sale"), coupon("co_2", "Zest")}}}));
    Reader reader(*store);

    // An order by its customer's name or email, or by its latest payment's card.
    QCOMPARE(found(reader, Kind::PaymentIntent, "lark"), QStringList {"pi_1"});
    QCOMPARE(found(reader, Kind::PaymentIntent, "quiet@"), QStringList {"pi_2"});
    QCOMPARE(found(reader, Kind::PaymentIntent, "1881"), QStringList {"pi_1"});
    QHash<QString, QString> labels = sortedBy(reader, Kind::PaymentIntent, "customer_label");
    QCOMPARE(labels.value("pi_1"), QString("bea lark"));
    QCOMPARE(labels.value("pi_2"), QString("quiet@example.com")); // no name: the email, as the column

    // A code by its coupon's name or its customer.
    QCOMPARE(found(reader, Kind::PromotionCode, "spring sale"), QStringList {"promo_1"});
    QCOMPARE(found(reader, Kind::PromotionCode, "zest"), QStringList {"promo_2"});
    QCOMPARE(found(reader, Kind::PromotionCode, "bea"), QStringList {"promo_1"});
    labels = sortedBy(reader, Kind::PromotionCode, "coupon_label");
    QCOMPARE(labels.value("promo_1"), QString("spring sale"));
    QCOMPARE(labels.value("promo_2"), QString("zest"));

    // The coupon renamed, the order's payment arriving later with another card: both follow.
    QVERIFY(store->applyObject(coupon("co_2", "Autumn")).ok());
    QCOMPARE(found(reader, Kind::PromotionCode, "autumn"), QStringList {"promo_2"});
    QCOMPARE(found(reader, Kind::PromotionCode, "zest"), QStringList());
    QCOMPARE(reader.rows(filterOf(Kind::PromotionCode), Sort {"coupon_label", Qt::AscendingOrder}, 0, 1)
                 .at(0)
                 .key.id,
             QString("promo_2"));
    QVERIFY(store->applyObject(objects::charge("ch_2", "cus_2", 1500, t0, "7007")).ok());
    QCOMPARE(found(reader, Kind::PaymentIntent, "7007"), QStringList {"pi_2"});
}

void TestMirrorLinked::aStoreFromTheLastVersionLearnsTheNames()
{
    OPEN_TEST_STORE(place);
    {
        auto old = place.open(4); // as the previous Paydesk made it
        QVERIFY(old);
        QVERIFY(list(*old,
                     {{Table::Customers, {objects::customer("cus_1", "Zora Quill", "zq@example.com", t0)}},
                      {Table::Charges, {objects::charge("ch_1", "cus_1", 900, t0)}},
                      {Table::Refunds, {objects::refund("re_1", "ch_1", 500, t0)}}}));
    }
    auto store = place.open();
    QVERIFY(store);
    Reader reader(*store);
    QCOMPARE(found(reader, Kind::Refund, "quill"), QStringList {"re_1"});
    QCOMPARE(sortedBy(reader, Kind::Refund, "customer_label").value("re_1"), QString("zora quill"));
    // And keeps them current from then on.
    QVERIFY(store->applyObject(objects::customer("cus_1", "Ada Vance", "zq@example.com", t0)).ok());
    QCOMPARE(found(reader, Kind::Refund, "vance"), QStringList {"re_1"});
}

void TestMirrorLinked::productsSortByTheirDefaultPrice()
{
    OPEN_TEST_STORE(place);
    auto store = place.open();
    QVERIFY(store);
    // The products first, their prices after them: the amounts arrive after the rows sorted by them.
    QVERIFY(list(*store,
                 {{Table::Products,
                   {objects::product("prod_a", "price_a", t0), objects::product("prod_b", "price_b", t0),
                    objects::product("prod_c", "price_c", t0), objects::product("prod_d", "price_d", t0),
                    objects::product("prod_e", QJsonValue::Null, t0)}},
                  {Table::Prices,
                   {objects::price("price_a", "prod_a", "usd", 900, t0),
                    objects::price("price_b", "prod_b", "eur", 3000, t0),
                    objects::price("price_c", "prod_c", "usd", 250, t0),
                    objects::price("price_d", "prod_d", "usd", QJsonValue::Null, t0)}}}));
    Reader reader(*store);
    // Each currency's products together, A to Z either way; the tiered price and the product
    // without a price last.
    QCOMPARE(byDefaultPrice(reader),
             (QStringList {"prod_b eur 3000", "prod_c usd 250", "prod_a usd 900", "prod_d -", "prod_e -"}));
    QCOMPARE(byDefaultPrice(reader, Qt::DescendingOrder),
             (QStringList {"prod_b eur 3000", "prod_a usd 900", "prod_c usd 250", "prod_e -", "prod_d -"}));

    // A price's amount and currency changed: its product follows.
    QVERIFY(store->applyObject(objects::price("price_a", "prod_a", "eur", 100, t0)).ok());
    QCOMPARE(byDefaultPrice(reader),
             (QStringList {"prod_a eur 100", "prod_b eur 3000", "prod_c usd 250", "prod_d -", "prod_e -"}));

    // A price that is not the default one changes nothing; the product made to name it follows it.
    QVERIFY(store->applyObject(objects::price("price_e", "prod_e", "gbp", 700, t0)).ok());
    QCOMPARE(byDefaultPrice(reader).constLast(), QString("prod_e -"));
    QVERIFY(store->applyObject(objects::product("prod_e", "price_e", t0)).ok());
    QCOMPARE(
        byDefaultPrice(reader),
        (QStringList {"prod_a eur 100", "prod_b eur 3000", "prod_e gbp 700", "prod_c usd 250", "prod_d -"}));
    // ...and back to no default price.
    QVERIFY(store->applyObject(objects::product("prod_e", QJsonValue::Null, t0)).ok());
    QCOMPARE(byDefaultPrice(reader).constLast(), QString("prod_e -"));

    // The price deleted: its product has no amount to sort by.
    QVERIFY(store->applyObject(objects::deleted("price_b", "price")).ok());
    QCOMPARE(byDefaultPrice(reader),
             (QStringList {"prod_a eur 100", "prod_c usd 250", "prod_b -", "prod_d -", "prod_e -"}));
}

void TestMirrorLinked::aStoreFromVersion6LearnsTheDefaultPrices()
{
    OPEN_TEST_STORE(place);
    {
        auto old = place.open(6); // as the previous Paydesk made it
        QVERIFY(old);
        QVERIFY(
            list(*old,
                 {{Table::Prices,
                   {objects::price("price_a", "prod_a", "usd", 900, t0),
                    objects::price("price_b", "prod_b", "chf", 400, t0)}},
                  {Table::Products,
                   {objects::product("prod_a", "price_a", t0), objects::product("prod_b", "price_b", t0)}}}));
    }
    auto store = place.open();
    QVERIFY(store);
    Reader reader(*store);
    QCOMPARE(byDefaultPrice(reader), (QStringList {"prod_b chf 400", "prod_a usd 900"}));
    // And keeps them current from then on.
    QVERIFY(store->applyObject(objects::price("price_b", "prod_b", "chf", 1200, t0)).ok());
    QCOMPARE(byDefaultPrice(reader), (QStringList {"prod_b chf 1200", "prod_a usd 900"}));
}

PAYDESK_TEST_GUILESS_MAIN(TestMirrorLinked)
#include "tst_mirror_linked.moc"
