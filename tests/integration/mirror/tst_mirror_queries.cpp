#include "src/mirror/MirrorRows.h"
#include "src/mirror/Overview.h"
#include "src/mirror/Reader.h"
#include "src/records/Column.h"
#include "src/records/MoneyOrder.h"
#include "tests/integration/mirror/support/Dataset.h"
#include "tests/integration/mirror/support/StoreUnderTest.h"
#include "tests/support/TestMain.h"

#include "src/objects/Json.h"

#include <QTest>

#include <functional>

using mirror::Filter;
using mirror::Overview;
using mirror::Reader;
using mirror::Sort;
using mirror::Table;
namespace json = objects::json;

namespace {

using Keep = std::function<bool(const QJsonObject &)>;

// Loads the dataset as a listing would.
std::unique_ptr<mirror::Store> loaded(StoreUnderTest &place, const Dataset &data)
{
    auto store = place.open();
    if (!store || !store->beginListing({}).ok())
        return nullptr;
    for (auto it = data.objects.cbegin(); it != data.objects.cend(); ++it)
        for (qsizetype start = 0; start < it.value().size(); start += 100)
            if (!store->applyListedPage(it.key(), it.value().mid(start, 100), "x", false).ok())
                return nullptr;
    return store;
}

// The test's own reading of each filter, straight from the JSON.
QString chargeStatus(const QJsonObject &o)
{
    const QString status = json::string(o, u"status");
    if (status != "succeeded")
        return status;
    if (json::boolean(o, u"refunded"))
        return "refunded";
    return json::integer(o, u"amount_refunded").value_or(0) > 0 ? "partially_refunded" : "succeeded";
}

qint64 dueOf(const QJsonObject &invoice)
{
    return json::integer(invoice, u"due_date").value_or(json::integer(invoice, u"created").value_or(0));
}

bool mentions(const QJsonObject &o, const QStringList &paths, const QString &needle)
{
    for (const QString &path : paths)
        if (json::string(o, path).contains(needle, Qt::CaseInsensitive))
            return true;
    const QJsonObject metadata = o.value("metadata").toObject();
    for (const QString &key : metadata.keys())
        if (metadata.value(key).toString().contains(needle, Qt::CaseInsensitive))
            return true;
    return false;
}

QStringList idsOf(const QList<mirror::Row> &rows)
{
    QStringList ids;
    for (const auto &row : rows)
        ids << row.key.id;
    return ids;
}

// Every row the filter keeps, read in windows of `window` after one another.
QStringList readAll(Reader &reader, const Filter &filter, const Sort &sort, int window = 37)
{
    QStringList ids;
    mirror::RowKey after;
    for (;;) {
        const auto rows = reader.rowsAfter(filter, sort, after, window);
        ids << idsOf(rows);
        if (rows.size() < window)
            return ids;
        after = rows.constLast().key;
    }
}

struct Case
{
    Filter filter;
    Table table;
    Keep keep;
};

QList<QPair<QString, Case>> cases(const Dataset &data)
{
    const QString refunded = json::string(data.objects.value(Table::Refunds).constFirst(), u"charge");
    using K = objects::Kind;
    auto make = [](K kind, Table table, Keep keep, const std::function<void(Filter &)> &set) {
        Filter filter;
        filter.kind = kind;
        set(filter);
        return Case {filter, table, keep};
    };
    const qint64 now = Dataset::now, day = Dataset::day;
    return {
        {"open invoices",
         make(
             K::Invoice, Table::Invoices, [](auto &o) { return json::string(o, u"status") == "open"; },
             [](Filter &f) { f.statuses = {"open"}; })},
        {"paid or void",
         make(
             K::Invoice, Table::Invoices,
             [](auto &o) {
                 return QStringList({"paid", "void"}).contains(json::string(o, u"status"));
             },
             [](Filter &f) {
                 f.statuses = {"paid", "void"};
             })},
        {"eur invoices",
         make(
             K::Invoice, Table::Invoices, [](auto &o) { return json::string(o, u"currency") == "eur"; },
             [](Filter &f) { f.currency = "EUR"; })},
        {"amount due 100.00-200.00",
         make(
             K::Invoice, Table::Invoices,
             [](auto &o) {
                 const qint64 a = *json::integer(o, u"amount_due");
                 return a >= 10000 && a <= 20000;
             },
             [](Filter &f) {
                 f.minAmount = 10000;
                 f.maxAmount = 20000;
             })},
        {"created in a window",
         make(
             K::Invoice, Table::Invoices,
             [=](auto &o) {
                 const qint64 c = *json::integer(o, u"created");
                 return c >= now - 100 * day && c < now - 50 * day;
             },
             [=](Filter &f) {
                 f.createdFrom = now - 100 * day;
                 f.createdUntil = now - 50 * day;
             })},
        {"due in the next 30 days",
         make(
             K::Invoice, Table::Invoices,
             [=](auto &o) { return dueOf(o) >= now && dueOf(o) < now + 30 * day; },
             [=](Filter &f) {
                 f.dueFrom = now;
                 f.dueUntil = now + 30 * day;
             })},
        {"one customer's invoices",
         make(
             K::Invoice, Table::Invoices, [](auto &o) { return json::string(o, u"customer") == "cus_0007"; },
             [](Filter &f) { f.customer = "cus_0007"; })},
        {"open usd over 50.00",
         make(
             K::Invoice, Table::Invoices,
             [](auto &o) {
                 return json::string(o, u"status") == "open" && json::string(o, u"currency") == "usd"
                     && *json::integer(o, u"amount_due") >= 5000;
             },
             [](Filter &f) {
                 f.statuses = {"open"};
                 f.currency = "usd";
                 f.minAmount = 5000;
             })},
        {"invoice number text",
         make(
             K::Invoice, Table::Invoices,
             [](auto &o) { return json::string(o, u"number").contains("IN_5_", Qt::CaseInsensitive); },
             [](Filter &f) { f.text = "IN_5_"; })},
        {"customer name",
         make(
             K::Customer, Table::Customers,
             [](auto &o) {
                 return mentions(o, {"name", "email", "id"}, "zola");
             },
             [](Filter &f) { f.text = "ZOLA"; })},
        {"accented name",
         make(
             K::Customer, Table::Customers,
             [](auto &o) {
                 return mentions(o, {"name", "email", "id"}, "émile");
             },
             [](Filter &f) { f.text = "ÉMILE"; })},
        {"metadata value",
         make(
             K::Customer, Table::Customers,
             [](auto &o) {
                 return mentions(o, {"name", "email", "id"}, "gold");
             },
             [](Filter &f) { f.text = "gold"; })},
        {"two words",
         make(
             K::Customer, Table::Customers,
             [](auto &o) {
                 return mentions(o, {"name", "email", "id"}, "example.com")
                     && mentions(o, {"name", "email", "id"}, "ann");
             },
             [](Filter &f) { f.text = "example.com ann"; })},
        {"short word",
         make(
             K::Customer, Table::Customers,
             [](auto &o) {
                 return mentions(o, {"name", "email", "id"}, "ng");
             },
             [](Filter &f) { f.text = "Ng"; })},
        {"a phrase",
         make(
             K::Customer, Table::Customers, [](auto &o) { return mentions(o, {"name"}, "eve smith"); },
             [](Filter &f) { f.text = "\"Eve Smith\""; })},
        {"one customer",
         make(
             K::Customer, Table::Customers, [](auto &o) { return json::string(o, u"id") == "cus_0003"; },
             [](Filter &f) { f.customer = "cus_0003"; })},
        {"customers in credit",
         make(
             K::Customer, Table::Customers, [](auto &o) { return *json::integer(o, u"balance") <= -100; },
             [](Filter &f) { f.maxAmount = -100; })},
        {"refunded payments",
         make(
             K::Payment, Table::Charges, [](auto &o) { return chargeStatus(o) == "refunded"; },
             [](Filter &f) { f.statuses = {"refunded"}; })},
        {"partly refunded",
         make(
             K::Payment, Table::Charges, [](auto &o) { return chargeStatus(o) == "partially_refunded"; },
             [](Filter &f) { f.statuses = {"partially_refunded"}; })},
        {"card last 4",
         make(
             K::Payment, Table::Charges,
             [](auto &o) { return json::string(o, u"payment_method_details.card.last4") == "1007"; },
             [](Filter &f) { f.text = "1007"; })},
        {"jpy payments of a quarter",
         make(
             K::Payment, Table::Charges,
             [=](auto &o) {
                 const qint64 c = *json::integer(o, u"created");
                 return json::string(o, u"currency") == "jpy" && c >= now - 90 * day && c < now;
             },
             [=](Filter &f) {
                 f.currency = "jpy";
                 f.createdFrom = now - 90 * day;
                 f.createdUntil = now;
             })},
        {"a charge's refunds",
         make(
             K::Refund, Table::Refunds, [=](auto &o) { return json::string(o, u"charge") == refunded; },
             [=](Filter &f) { f.parent = refunded; })},
        {"an invoice's lines",
         make(
             K::InvoiceLine, Table::InvoiceLines,
             [](auto &o) { return json::string(o, u"invoice") == "in_5_1"; },
             [](Filter &f) { f.parent = "in_5_1"; })},
        {"nothing matches",
         make(
             K::Customer, Table::Customers, [](auto &) { return false; },
             [](Filter &f) { f.text = "no such text anywhere"; })},
    };
}

QList<QJsonObject> rowsOf(const Dataset &data, Table table)
{
    if (table != Table::InvoiceLines)
        return data.objects.value(table);
    QList<QJsonObject> lines;
    for (const QJsonObject &invoice : data.objects.value(Table::Invoices))
        for (const QJsonValue &line : invoice.value("lines").toObject().value("data").toArray())
            lines << line.toObject();
    return lines;
}

QString amountOf(Table table)
{
    switch (table) {
    case Table::Invoices:
        return "amount_due";
    case Table::Customers:
        return "balance";
    default:
        return "amount";
    }
}

} // namespace

// The UI's questions over every row: each filter against a count made here from the JSON,
// each sort read in windows that never skip or repeat a row, the footer's totals, the
// Overview's figures — and the same answers from SQLite and from PostgreSQL.
class TestMirrorQueries : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_data = Dataset::make(); }
    void cleanupTestCase()
    {
        m_stores.clear(); // before the places they live in
        m_places.clear();
    }
    void filtersKeepWhatACountHereKeeps_data();
    void filtersKeepWhatACountHereKeeps();
    void sortsReadInWindowsEveryRowOnce_data() { StoreUnderTest::addRows(); }
    void sortsReadInWindowsEveryRowOnce();
    void amountsOfEveryCurrencySortInWindows_data() { StoreUnderTest::addRows(); }
    void amountsOfEveryCurrencySortInWindows();
    void aChosenCurrencyPutsRowsWithoutTheAmountLast_data() { StoreUnderTest::addRows(); }
    void aChosenCurrencyPutsRowsWithoutTheAmountLast();
    void aCommonWordSortsEveryRowItFinds_data() { StoreUnderTest::addRows(); }
    void aCommonWordSortsEveryRowItFinds();
    void positionFindsTheRowAfterARefresh_data() { StoreUnderTest::addRows(); }
    void positionFindsTheRowAfterARefresh();
    void overviewMatchesACountMadeHere_data() { StoreUnderTest::addRows(); }
    void overviewMatchesACountMadeHere();
    void bothStoresGiveTheSameAnswers();
    void unknownSortIsRefused_data() { StoreUnderTest::addRows(); }
    void unknownSortIsRefused();

private:
    Dataset m_data;
    QHash<QString, std::shared_ptr<StoreUnderTest>> m_places;
    QHash<QString, std::shared_ptr<mirror::Store>> m_stores;
};

void TestMirrorQueries::filtersKeepWhatACountHereKeeps_data()
{
    QTest::addColumn<QString>("storeKind");
    QTest::addColumn<int>("index");
    const auto all = cases(Dataset::make());
    for (const QString kind : {"sqlite", "postgres"})
        for (int i = 0; i < all.size(); ++i)
            QTest::newRow(qPrintable(kind + ": " + all.at(i).first)) << kind << i;
}

void TestMirrorQueries::filtersKeepWhatACountHereKeeps()
{
    OPEN_TEST_STORE(place);
    QFETCH(int, index);
    // One load per store, not per row.
    if (!m_stores.contains(storeKind)) {
        auto shared = std::make_shared<StoreUnderTest>(storeKind);
        m_stores.insert(storeKind, std::shared_ptr<mirror::Store>(loaded(*shared, m_data).release()));
        m_places.insert(storeKind, shared);
    }
    mirror::Store *store = m_stores.value(storeKind).get();
    QVERIFY(store);
    const Case test = cases(m_data).at(index).second;

    QList<QJsonObject> expected;
    for (const QJsonObject &o : rowsOf(m_data, test.table))
        if (test.keep(o))
            expected << o;
    std::sort(expected.begin(), expected.end(), [](const QJsonObject &a, const QJsonObject &b) {
        const qint64 ca = json::integer(a, u"created").value_or(0),
                     cb = json::integer(b, u"created").value_or(0);
        return ca != cb ? ca > cb : json::string(a, u"id") > json::string(b, u"id");
    });
    QStringList expectedIds;
    QMap<QString, QPair<qint64, qint64>> expectedTotals; // currency -> count, amount
    for (const QJsonObject &o : std::as_const(expected)) {
        expectedIds << json::string(o, u"id");
        auto &total = expectedTotals[json::string(o, u"currency")];
        total.first += 1;
        total.second += json::integer(o, amountOf(test.table)).value_or(0);
    }
    if (test.table != Table::InvoiceLines) // lines are dated by their invoice
        QVERIFY2(!expectedIds.isEmpty() || test.filter.text.startsWith("no such"),
                 "a case that keeps nothing proves little");

    Reader reader(*store);
    QCOMPARE(reader.count(test.filter).value_or(-1), qint64(expected.size()));
    const Sort newestFirst;
    if (test.table != Table::InvoiceLines)
        QCOMPARE(readAll(reader, test.filter, newestFirst), expectedIds);
    else {
        const QStringList lines = readAll(reader, test.filter, newestFirst);
        QCOMPARE(QSet<QString>(lines.cbegin(), lines.cend()),
                 QSet<QString>(expectedIds.cbegin(), expectedIds.cend()));
    }
    QMap<QString, QPair<qint64, qint64>> totals;
    for (const auto &total : reader.totals(test.filter))
        totals.insert(total.currency, {total.count, total.sums.value(amountOf(test.table))});
    QCOMPARE(totals, expectedTotals);
    QVERIFY2(!reader.lastError().isError(), qPrintable(reader.lastError().message));
}

void TestMirrorQueries::sortsReadInWindowsEveryRowOnce()
{
    OPEN_TEST_STORE(place);
    auto store = loaded(place, m_data);
    QVERIFY(store);
    Reader reader(*store);
    for (const auto kind : {objects::Kind::Customer, objects::Kind::Invoice, objects::Kind::Payment,
                            objects::Kind::Refund, objects::Kind::Product}) {
        const Table table = *mirror::tableFor(kind);
        QStringList all;
        for (const QJsonObject &o : m_data.objects.value(table))
            all << json::string(o, u"id");
        std::sort(all.begin(), all.end());
        Filter filter;
        filter.kind = kind;
        for (const QString &column : Reader::sortColumns(kind)) {
            for (const auto order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const Sort sort {column, order};
                const QString what = QStringLiteral("%1 by %2 %3")
                                         .arg(objects::pluralName(kind), column,
                                              order == Qt::AscendingOrder ? "up" : "down");
                const QStringList windows = readAll(reader, filter, sort);
                QStringList sorted = windows;
                std::sort(sorted.begin(), sorted.end());
                QVERIFY2(sorted == all, qPrintable(what + ": rows skipped or repeated"));
                // Jumping to an offset lands where scrolling does.
                QCOMPARE(idsOf(reader.rows(filter, sort, 50, 40)), windows.mid(50, 40));
                // The order is the one asked for: values never go back, empty ones first
                // going up, ids break ties.
                const auto rows = reader.rows(filter, sort, 0, 100000);
                for (qsizetype i = 1; i < rows.size(); ++i) {
                    const auto &a = rows.at(i - 1).key, &b = rows.at(i).key;
                    int cmp = 0;
                    if (a.value.isNull() != b.value.isNull())
                        cmp = a.value.isNull() ? -1 : 1;
                    else if (!a.value.isNull())
                        cmp = a.value.typeId() == QMetaType::QString
                            ? a.value.toString().toUtf8().compare(b.value.toString().toUtf8())
                            : (a.value.toLongLong() < b.value.toLongLong()
                                   ? -1
                                   : a.value.toLongLong() > b.value.toLongLong());
                    if (cmp == 0)
                        cmp = a.id.compare(b.id);
                    if (order == Qt::DescendingOrder)
                        cmp = -cmp;
                    QVERIFY2(cmp < 0, qPrintable(QStringLiteral("%1: %2 before %3").arg(what, a.id, b.id)));
                }
            }
        }
    }
}

// What the loaded rows' sort (records::moneyLessThan) orders, worked out here from the JSON:
// complete rows first, currencies A to Z both ways, amounts in the asked direction, ids breaking
// ties in it; the rows without an amount or a currency last, by amount (none smallest), then id.
QStringList moneyOrder(const QList<QJsonObject> &rows, const QString &column, Qt::SortOrder order)
{
    struct Key
    {
        QString id;
        QString currency;
        std::optional<qint64> amount;
        bool complete() const { return amount && !currency.isEmpty(); }
    };
    QList<Key> keys;
    for (const QJsonObject &o : rows)
        keys.append(
            {json::string(o, u"id"), json::string(o, u"currency").toUpper(), json::integer(o, column)});
    const bool up = order == Qt::AscendingOrder;
    std::sort(keys.begin(), keys.end(), [up](const Key &a, const Key &b) {
        if (a.complete() != b.complete())
            return a.complete();
        if (a.complete() && a.currency != b.currency)
            return a.currency < b.currency;
        if (a.amount != b.amount) // std::optional: none is the smallest
            return up ? a.amount < b.amount : a.amount > b.amount;
        return up ? a.id < b.id : a.id > b.id;
    });
    QStringList ids;
    for (const Key &key : std::as_const(keys))
        ids << key.id;
    return ids;
}

// Each product as the Default price column reads it: its id, and its default price's currency
// and unit amount (none when it has no default price, or a tiered one).
QList<QJsonObject> productsWithDefaultPrice(const Dataset &data)
{
    QHash<QString, QJsonObject> prices;
    for (const QJsonObject &price : data.objects.value(Table::Prices))
        prices.insert(json::string(price, u"id"), price);
    QList<QJsonObject> rows;
    for (const QJsonObject &product : data.objects.value(Table::Products)) {
        const QJsonObject price = prices.value(json::string(product, u"default_price"));
        rows.append({{"id", product.value("id")},
                     {"currency", price.value("currency")},
                     {"unit_amount", price.value("unit_amount")}});
    }
    return rows;
}

void TestMirrorQueries::amountsOfEveryCurrencySortInWindows()
{
    OPEN_TEST_STORE(place);
    auto store = loaded(place, m_data);
    QVERIFY(store);
    Reader reader(*store);
    const QList<QPair<objects::Kind, QStringList>> money {
        {objects::Kind::Customer, {"balance"}},
        {objects::Kind::Invoice, {"total", "amount_due", "amount_paid", "amount_remaining"}},
        {objects::Kind::Payment, {"amount", "amount_refunded"}},
        {objects::Kind::Refund, {"amount"}},
        {objects::Kind::Product, {"unit_amount"}}}; // the Default price column
    for (const auto &[kind, columns] : money) {
        const Table table = *mirror::tableFor(kind);
        const QList<QJsonObject> sorted
            = kind == objects::Kind::Product ? productsWithDefaultPrice(m_data) : m_data.objects.value(table);
        QHash<QString, QJsonObject> byId;
        for (const QJsonObject &o : sorted)
            byId.insert(json::string(o, u"id"), o);
        Filter filter;
        filter.kind = kind;
        for (const QString &column : columns) {
            // The tab asks for the grouping while no currency is chosen.
            QVERIFY(Reader::sortColumns(kind).contains(column));
            QVERIFY(mirror::MirrorRows::sortsByCurrency(column));
            records::Column moneyColumn;
            moneyColumn.amountPath = column;
            moneyColumn.currencyPath = "currency";
            for (const auto order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const Sort sort {column, order, true};
                const QString what = QStringLiteral("%1 by %2 %3")
                                         .arg(objects::pluralName(kind), column,
                                              order == Qt::AscendingOrder ? "up" : "down");
                const QStringList expected = moneyOrder(sorted, column, order);
                const QStringList windows = readAll(reader, filter, sort);
                QVERIFY2(windows == expected, qPrintable(what + ": not the loaded rows' order"));
                // The loaded rows' own sort finds nothing out of order (the proxy reverses what
                // it answers for a descending sort).
                const bool up = order == Qt::AscendingOrder;
                for (qsizetype i = 1; i < windows.size(); ++i)
                    QVERIFY2(
                        !records::moneyLessThan(moneyColumn, byId.value(windows.at(up ? i : i - 1)),
                                                byId.value(windows.at(up ? i - 1 : i)), order),
                        qPrintable(
                            QStringLiteral("%1: %2 before %3").arg(what, windows.at(i - 1), windows.at(i))));
                // Jumping lands where scrolling does, also across a currency's end.
                QCOMPARE(idsOf(reader.rows(filter, sort, 50, 40)), windows.mid(50, 40));
                for (qsizetype i = 1; i < windows.size(); ++i)
                    if (json::string(byId.value(windows.at(i)), u"currency")
                        != json::string(byId.value(windows.at(i - 1)), u"currency")) {
                        QCOMPARE(idsOf(reader.rows(filter, sort, i - 3, 7)), windows.mid(i - 3, 7));
                        QCOMPARE(reader.positionOf(filter, sort, windows.at(i)), qint64(i));
                    }
                for (const qsizetype i : {qsizetype(0), windows.size() / 3, windows.size() - 1})
                    QCOMPARE(reader.positionOf(filter, sort, windows.at(i)), qint64(i));
            }
        }
    }
    // Filters the running totals cannot answer (an amount range, a customer; a search likewise):
    // a jump counts each currency's rows from the rows themselves, a window from the start or
    // after a key reads every currency the kind has, some with none of the filter's rows. The
    // rows each keeps are read here in Stripe's order, then put in the money order by the test.
    const auto moneyFilter = [](objects::Kind kind, auto set) {
        Filter filter;
        filter.kind = kind;
        set(filter);
        return filter;
    };
    const auto median = [this](Table table, const QString &column) {
        QList<qint64> amounts;
        for (const QJsonObject &o : m_data.objects.value(table))
            amounts << json::integer(o, column).value_or(0);
        std::sort(amounts.begin(), amounts.end());
        return amounts.at(amounts.size() / 2);
    };
    QString payer; // a customer's payments: two of the dataset's three currencies
    for (const QJsonObject &charge : m_data.objects.value(Table::Charges))
        if (payer.isEmpty())
            payer = json::id(charge, u"customer");
    const QList<std::tuple<Filter, QString>> unanswered {
        {moneyFilter(objects::Kind::Customer,
                     [&](Filter &f) { f.minAmount = median(Table::Customers, "balance"); }),
         "balance"},
        {moneyFilter(objects::Kind::Payment,
                     [&](Filter &f) { f.minAmount = median(Table::Charges, "amount"); }),
         "amount"},
        {moneyFilter(objects::Kind::Payment, [&](Filter &f) { f.customer = payer; }), "amount"}};
    for (const auto &[filter, column] : unanswered) {
        const Table table = *mirror::tableFor(filter.kind);
        QHash<QString, QJsonObject> byId;
        QSet<QString> currencies;
        for (const QJsonObject &o : m_data.objects.value(table)) {
            byId.insert(json::string(o, u"id"), o);
            currencies.insert(json::string(o, u"currency"));
        }
        QList<QJsonObject> kept;
        QSet<QString> keptCurrencies;
        for (const QString &id : readAll(reader, filter, Sort {})) {
            kept << byId.value(id);
            keptCurrencies.insert(json::string(kept.constLast(), u"currency"));
        }
        QVERIFY2(
            !kept.isEmpty() && kept.size() < byId.size(),
            qPrintable(
                QStringLiteral("%1 of %2 %3 kept").arg(kept.size()).arg(byId.size()).arg(tableName(table))));
        if (!filter.customer.isEmpty()) // a currency none of its rows has: a window that finds none
            QVERIFY(keptCurrencies.size() < currencies.size());
        for (const auto order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const Sort sort {column, order, true};
            const QStringList windows = readAll(reader, filter, sort, 3);
            QCOMPARE(windows, moneyOrder(kept, column, order));
            QCOMPARE(idsOf(reader.rows(filter, sort, 0, 5)), windows.mid(0, 5));
            for (qsizetype i = 1; i < windows.size(); ++i)
                if (json::string(byId.value(windows.at(i)), u"currency")
                    != json::string(byId.value(windows.at(i - 1)), u"currency")) {
                    QCOMPARE(idsOf(reader.rows(filter, sort, std::max<qsizetype>(0, i - 3), 7)),
                             windows.mid(std::max<qsizetype>(0, i - 3), 7));
                    QCOMPARE(reader.positionOf(filter, sort, windows.at(i)), qint64(i));
                }
        }
    }
    // Rows without a currency are among those sorted, and last.
    const QStringList customers = readAll(reader, Filter {}, Sort {"balance", Qt::DescendingOrder, true});
    QVERIFY(!customers.isEmpty());
    QVERIFY(json::at(m_data.objects.value(Table::Customers).at(6), u"currency").isNull());
    QVERIFY(customers.indexOf("cus_0006") > customers.size() - 12);
}

void TestMirrorQueries::aChosenCurrencyPutsRowsWithoutTheAmountLast()
{
    // Prices in euros, two of them tiered (no unit amount), and one in dollars.
    Dataset data;
    const auto price = [](const QString &id, const QString &currency, const QJsonValue &amount,
                          qint64 created) { return objects::price(id, "prod_1", currency, amount, created); };
    data.objects[Table::Prices]
        = {price("price_a", "eur", 500, 1),          price("price_b", "eur", QJsonValue(), 2),
           price("price_c", "eur", 100, 3),          price("price_d", "usd", 50, 4),
           price("price_e", "eur", QJsonValue(), 5), price("price_f", "eur", 900, 6)};
    OPEN_TEST_STORE(place);
    auto store = loaded(place, data);
    QVERIFY(store);
    Reader reader(*store);
    Filter euros;
    euros.kind = objects::Kind::Price;
    euros.currency = "eur";
    // As the view's own sort (records::moneyLessThan) puts them: the rows without the amount last
    // both ways, not first going up as the column's index holds them.
    for (const auto &[order, expected] :
         {QPair<Qt::SortOrder, QStringList> {Qt::AscendingOrder,
                                             {"price_c", "price_a", "price_f", "price_b", "price_e"}},
          QPair<Qt::SortOrder, QStringList> {Qt::DescendingOrder,
                                             {"price_f", "price_a", "price_c", "price_e", "price_b"}}}) {
        const auto column = mirror::MirrorRows::sortColumnFor(euros, "unit_amount");
        QVERIFY(column);
        const Sort sort {*column, order, mirror::MirrorRows::sortsByCurrency(*column)};
        QCOMPARE(readAll(reader, euros, sort, 2), expected);
        QCOMPARE(reader.positionOf(euros, sort, "price_b"), expected.indexOf("price_b"));
    }
}

void TestMirrorQueries::aCommonWordSortsEveryRowItFinds()
{
    // A word more customers have than Reader reads first and sorts (5,000): the windows then walk
    // the sort's own index, asking the full-text index of each row they pass. The rows found and
    // their order must be the same either way.
    Dataset data;
    QList<QJsonObject> found;
    for (int i = 0; i < 6000; ++i) {
        const bool smith = i % 10 != 0;
        const QJsonObject customer = objects::customer(
            QStringLiteral("cus_%1").arg(i, 5, 10, QLatin1Char('0')),
            QStringLiteral("%1 %2")
                .arg(smith ? "Smith" : "Jones")
                .arg((i * 7919) % 6000, 5, 10, QLatin1Char('0')),
            QStringLiteral("p%1@example.com").arg(i), 1000 + (i * 37) % 6000,
            {{"balance", (i * 131) % 997 - 400}, {"currency", i % 3 != 0 ? "usd" : "eur"}});
        data.objects[Table::Customers] << customer;
        if (smith)
            found << customer;
    }
    OPEN_TEST_STORE(place);
    auto store = loaded(place, data);
    QVERIFY(store);
    Reader reader(*store);
    Filter smiths;
    smiths.kind = objects::Kind::Customer;
    smiths.text = "smith";
    QCOMPARE(reader.count(smiths), qint64(found.size()));
    for (const QString column : {"created", "name"}) {
        for (const auto order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            QList<QJsonObject> sorted = found;
            std::sort(sorted.begin(), sorted.end(), [&](const QJsonObject &a, const QJsonObject &b) {
                const QVariant x = a.value(column).toVariant(), y = b.value(column).toVariant();
                if (x != y)
                    return (order == Qt::AscendingOrder) == (QVariant::compare(x, y) < 0);
                return (order == Qt::AscendingOrder) == (json::string(a, u"id") < json::string(b, u"id"));
            });
            QStringList expected;
            for (const QJsonObject &o : std::as_const(sorted))
                expected << json::string(o, u"id");
            const Sort sort {column, order};
            QCOMPARE(readAll(reader, smiths, sort, 100), expected);
            QCOMPARE(idsOf(reader.rows(smiths, sort, 2500, 40)), expected.mid(2500, 40));
        }
    }
    for (const auto order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        const Sort byBalance {"balance", order, true};
        QCOMPARE(readAll(reader, smiths, byBalance, 100), moneyOrder(found, "balance", order));
        // With a currency chosen, its rows alone: a money sort over a search once read each
        // currency the kind has, as groups of its own.
        Filter euros = smiths;
        euros.currency = "eur";
        QList<QJsonObject> inEuros;
        for (const QJsonObject &o : std::as_const(found))
            if (json::string(o, u"currency") == "eur")
                inEuros << o;
        QCOMPARE(readAll(reader, euros, byBalance, 100), moneyOrder(inEuros, "balance", order));
    }
    QVERIFY2(!reader.lastError().isError(), qPrintable(reader.lastError().message));
}

void TestMirrorQueries::positionFindsTheRowAfterARefresh()
{
    OPEN_TEST_STORE(place);
    auto store = loaded(place, m_data);
    QVERIFY(store);
    Reader reader(*store);
    Filter open;
    open.kind = objects::Kind::Invoice;
    open.statuses = {"open"};
    for (const Sort &sort : {Sort {"amount_due", Qt::AscendingOrder}, Sort {"due_date", Qt::DescendingOrder},
                             Sort {"customer_name", Qt::AscendingOrder}}) {
        const QStringList ids = readAll(reader, open, sort);
        for (const qsizetype i : {qsizetype(0), ids.size() / 3, ids.size() - 1})
            QCOMPARE(reader.positionOf(open, sort, ids.at(i)), qint64(i));
    }
    QCOMPARE(reader.positionOf(open, Sort {}, "in_no_such"), qint64(-1));
    // A paid invoice is not among the open ones.
    for (const QJsonObject &o : m_data.objects.value(Table::Invoices))
        if (json::string(o, u"status") == "paid") {
            QCOMPARE(reader.positionOf(open, Sort {}, json::string(o, u"id")), qint64(-1));
            break;
        }
}

void TestMirrorQueries::overviewMatchesACountMadeHere()
{
    OPEN_TEST_STORE(place);
    auto store = loaded(place, m_data);
    QVERIFY(store);
    Overview overview(*store);
    Reader reader(*store);
    const qint64 now = Dataset::now, day = Dataset::day;

    // Receivables by age, counted here.
    QMap<QString, std::array<Overview::Figure, 5>> aging;
    QMap<QPair<QString, QString>, Overview::Figure> owed; // (currency, customer)
    for (const QJsonObject &o : m_data.objects.value(Table::Invoices)) {
        if (json::string(o, u"status") != "open")
            continue;
        const qint64 late = now - dueOf(o);
        const int age = late <= 0 ? 0
            : late <= 30 * day    ? 1
            : late <= 60 * day    ? 2
            : late <= 90 * day    ? 3
                                  : 4;
        auto &figure = aging[json::string(o, u"currency")][size_t(age)];
        figure.count += 1;
        figure.amount += *json::integer(o, u"amount_remaining");
        auto &balance = owed[{json::string(o, u"currency"), json::string(o, u"customer")}];
        balance.count += 1;
        balance.amount += *json::integer(o, u"amount_remaining");
    }
    const auto receivables = overview.receivablesByAge(now);
    QCOMPARE(receivables.size(), aging.size());
    for (const auto &row : receivables) {
        for (int age = 0; age < 5; ++age) {
            const auto expected = aging.value(row.currency)[size_t(age)];
            QCOMPARE(row.byAge[size_t(age)].count, expected.count);
            QCOMPARE(row.byAge[size_t(age)].amount, expected.amount);
            // The tab behind the figure keeps exactly those invoices.
            const Filter behind = Overview::receivablesFilter(Overview::Age(age), row.currency, now);
            QCOMPARE(reader.count(behind).value_or(-1), expected.count);
            const auto totals = reader.totals(behind);
            QCOMPARE(totals.isEmpty() ? 0 : totals.first().sums.value("amount_remaining"), expected.amount);
        }
    }

    // Revenue and refunds by month (UTC months), counted here.
    const QTimeZone utc = QTimeZone::utc();
    QMap<QPair<QDate, QString>, QPair<Overview::Figure, Overview::Figure>> months;
    const QDate last = QDateTime::fromSecsSinceEpoch(now - 1, utc).date(); // December 2025
    const QDate first = QDate(last.year(), last.month(), 1).addMonths(-11);
    auto monthOf = [&](qint64 created) {
        const QDate date = QDateTime::fromSecsSinceEpoch(created, utc).date();
        return QDate(date.year(), date.month(), 1);
    };
    for (const QJsonObject &o : m_data.objects.value(Table::Charges)) {
        const QDate month = monthOf(*json::integer(o, u"created"));
        if (json::string(o, u"status") != "succeeded" || month < first || month > last)
            continue;
        auto &figure = months[{month, json::string(o, u"currency")}].first;
        figure.count += 1;
        figure.amount += *json::integer(o, u"amount");
    }
    for (const QJsonObject &o : m_data.objects.value(Table::Refunds)) {
        const QDate month = monthOf(*json::integer(o, u"created"));
        if (json::string(o, u"status") != "succeeded" || month < first || month > last)
            continue;
        auto &figure = months[{month, json::string(o, u"currency")}].second;
        figure.count += 1;
        figure.amount += *json::integer(o, u"amount");
    }
    const auto revenue = overview.revenueByMonth(last, 12, utc);
    QCOMPARE(revenue.size(), months.size());
    for (const auto &month : revenue) {
        const auto expected = months.value({month.month, month.currency});
        QCOMPARE(month.revenue.count, expected.first.count);
        QCOMPARE(month.revenue.amount, expected.first.amount);
        QCOMPARE(month.refunds.count, expected.second.count);
        QCOMPARE(month.refunds.amount, expected.second.amount);
        QCOMPARE(reader.count(Overview::revenueFilter(month.month, month.currency, utc)).value_or(-1),
                 expected.first.count);
        QCOMPARE(reader.count(Overview::refundsFilter(month.month, month.currency, utc)).value_or(-1),
                 expected.second.count);
    }

    // The customers owing most, per currency.
    const auto largest = overview.largestOpenBalances(3);
    QVERIFY2(!overview.lastError().isError(), qPrintable(overview.lastError().message));
    QMap<QString, QList<QPair<qint64, QString>>> ranking;
    for (auto it = owed.cbegin(); it != owed.cend(); ++it)
        ranking[it.key().first].append({-it.value().amount, it.key().second});
    QStringList expected, actual;
    for (auto it = ranking.begin(); it != ranking.end(); ++it) {
        std::sort(it.value().begin(), it.value().end());
        for (const auto &[negative, customer] : it.value().mid(0, 3))
            expected << QStringLiteral("%1 %2 %3").arg(it.key(), customer).arg(-negative);
    }
    for (const auto &balance : largest) {
        actual << QStringLiteral("%1 %2 %3").arg(balance.currency, balance.customer).arg(balance.open.amount);
        QVERIFY(balance.object);
        QCOMPARE(balance.object->id(), balance.customer);
        QCOMPARE(reader.count(Overview::openInvoicesFilter(balance.customer, balance.currency)).value_or(-1),
                 balance.open.count);
    }
    QCOMPARE(actual, expected);
}

void TestMirrorQueries::bothStoresGiveTheSameAnswers()
{
    QString why;
    if (!StoreUnderTest::hasPostgres(&why))
        QSKIP(qPrintable(why));
    StoreUnderTest lite("sqlite"), pg("postgres");
    auto a = loaded(lite, m_data);
    auto b = loaded(pg, m_data);
    QVERIFY(a && b);
    Reader ra(*a), rb(*b);
    int compared = 0;
    for (const auto &[name, test] : cases(m_data)) {
        for (const QString &column : Reader::sortColumns(test.filter.kind)) {
            for (const auto order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const Sort sort {column, order};
                QCOMPARE(readAll(ra, test.filter, sort, 50), readAll(rb, test.filter, sort, 50));
                ++compared;
                if (mirror::MirrorRows::sortsByCurrency(column)) {
                    const Sort byCurrency {column, order, true};
                    QCOMPARE(readAll(ra, test.filter, byCurrency, 50),
                             readAll(rb, test.filter, byCurrency, 50));
                }
            }
        }
        QCOMPARE(ra.count(test.filter), rb.count(test.filter));
        const auto ta = ra.totals(test.filter), tb = rb.totals(test.filter);
        QCOMPARE(ta.size(), tb.size());
        for (qsizetype i = 0; i < ta.size(); ++i) {
            QCOMPARE(ta.at(i).currency, tb.at(i).currency);
            QCOMPARE(ta.at(i).count, tb.at(i).count);
            QCOMPARE(ta.at(i).sums, tb.at(i).sums);
        }
    }
    QVERIFY(compared > 100);
}

void TestMirrorQueries::unknownSortIsRefused()
{
    OPEN_TEST_STORE(place);
    auto store = place.open();
    Reader reader(*store);
    Filter filter;
    filter.kind = objects::Kind::Customer;
    QVERIFY(reader.rows(filter, Sort {"json; DROP TABLE customers", Qt::AscendingOrder}, 0, 10).isEmpty());
    QVERIFY(reader.lastError().isError());
    QVERIFY(reader.count(filter).has_value()); // still there
}

PAYDESK_TEST_GUILESS_MAIN(TestMirrorQueries)
#include "tst_mirror_queries.moc"
