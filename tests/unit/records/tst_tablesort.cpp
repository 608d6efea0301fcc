#include "src/records/Column.h"
#include "src/records/ListModel.h"
#include "src/records/MoneyOrder.h"
#include "src/records/SortProxy.h"
#include "src/records/SortRequest.h"
#include "tests/support/TestMain.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QTest>

using records::SortRequest;

namespace {

QJsonObject charge(const QString &id, qint64 amount, const QString &currency, qint64 created)
{
    QJsonObject object {{"id", id}, {"object", "charge"}, {"created", created}};
    if (amount >= 0)
        object.insert("amount", amount);
    if (!currency.isEmpty())
        object.insert("currency", currency);
    return object;
}

// The rows in the order the proxy shows them, by id.
QStringList shownIds(const QAbstractItemModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(records::ListModel::IdRole).toString();
    return ids;
}

} // namespace

// Sorting never misleads: money within its currency, the third click back to Stripe's order.
class TestTableSort : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QStringLiteral("en_US"))); }
    void moneyComparesWithinACurrency_data();
    void moneyComparesWithinACurrency();
    void amountsSortGroupedByCurrency();
    void stripeOrderComesBack();
    void otherColumnsSortByTheirKey();
    void newRowsTakeTheirPlace();
    void requestsReadAndWrite();
};

void TestTableSort::moneyComparesWithinACurrency_data()
{
    QTest::addColumn<qint64>("leftAmount");
    QTest::addColumn<QString>("leftCurrency");
    QTest::addColumn<qint64>("rightAmount");
    QTest::addColumn<QString>("rightCurrency");
    QTest::addColumn<bool>("ascending"); // lessThan for an ascending sort
    QTest::addColumn<bool>("descending"); // lessThan for a descending sort (the proxy reverses it)
    QTest::newRow("same currency") << 400ll << "usd" << 600ll << "usd" << true << true;
    QTest::newRow("same currency, larger first") << 600ll << "usd" << 400ll << "usd" << false << false;
    // €5 is never between $4 and $6: currencies A to Z, whichever way the amounts go.
    QTest::newRow("EUR before USD") << 500ll << "eur" << 400ll << "usd" << true << false;
    QTest::newRow("USD after EUR") << 400ll << "usd" << 500ll << "eur" << false << true;
    QTest::newRow("case of the code") << 100ll << "EUR" << 50ll << "eur" << false << false;
    QTest::newRow("no amount last") << -1ll << "usd" << 100ll << "usd" << false << true;
    QTest::newRow("amount before none") << 100ll << "usd" << -1ll << "usd" << true << false;
    QTest::newRow("no currency last") << 100ll << "" << 100ll << "jpy" << false << true;
    QTest::newRow("two blanks keep their order") << -1ll << "" << -1ll << "" << false << false;
}

void TestTableSort::moneyComparesWithinACurrency()
{
    QFETCH(qint64, leftAmount);
    QFETCH(QString, leftCurrency);
    QFETCH(qint64, rightAmount);
    QFETCH(QString, rightCurrency);
    QFETCH(bool, ascending);
    QFETCH(bool, descending);
    const records::Column amount = records::columnsFor(objects::Kind::Payment).first();
    QVERIFY(amount.isMoney());
    const QJsonObject left = charge("ch_l", leftAmount, leftCurrency, 1);
    const QJsonObject right = charge("ch_r", rightAmount, rightCurrency, 2);
    QCOMPARE(records::moneyLessThan(amount, left, right, Qt::AscendingOrder), ascending);
    QCOMPARE(records::moneyLessThan(amount, left, right, Qt::DescendingOrder), descending);
}

void TestTableSort::amountsSortGroupedByCurrency()
{
    records::ListModel model(records::columnsFor(objects::Kind::Payment));
    // upsert puts each new row at the top: the last one upserted is Stripe's first (newest).
    model.upsert(charge("ch_usd6", 600, "usd", 1));
    model.upsert(charge("ch_eur5", 500, "eur", 2));
    model.upsert(charge("ch_usd4", 400, "usd", 3));
    model.upsert(charge("ch_none", -1, "usd", 4));
    model.upsert(charge("ch_jpy900", 900, "jpy", 5));
    model.upsert(charge("ch_eur12", 1200, "eur", 6));
    records::SortProxy proxy(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    proxy.setRequest({QStringLiteral("amount"), Qt::AscendingOrder});
    QCOMPARE(shownIds(proxy),
             QStringList({"ch_eur5", "ch_eur12", "ch_jpy900", "ch_usd4", "ch_usd6", "ch_none"}));
    proxy.setRequest({QStringLiteral("amount"), Qt::DescendingOrder});
    QCOMPARE(shownIds(proxy),
             QStringList({"ch_eur12", "ch_eur5", "ch_jpy900", "ch_usd6", "ch_usd4", "ch_none"}));
    QCOMPARE(proxy.request(), SortRequest({QStringLiteral("amount"), Qt::DescendingOrder}));
}

void TestTableSort::stripeOrderComesBack()
{
    records::ListModel model(records::columnsFor(objects::Kind::Payment));
    model.upsert(charge("ch_oldest", 300, "usd", 1));
    model.upsert(charge("ch_middle", 100, "usd", 2));
    model.upsert(charge("ch_newest", 200, "usd", 3));
    records::SortProxy proxy(&model);
    const QStringList stripeOrder {"ch_newest", "ch_middle", "ch_oldest"};
    QCOMPARE(shownIds(proxy), stripeOrder);
    proxy.setRequest({QStringLiteral("amount"), Qt::AscendingOrder});
    QCOMPARE(shownIds(proxy), QStringList({"ch_middle", "ch_newest", "ch_oldest"}));
    proxy.setRequest({});
    QCOMPARE(shownIds(proxy), stripeOrder);
    QVERIFY(proxy.request().isStripeOrder());
    // A column the table does not have is Stripe's order too, not some other sort.
    proxy.setRequest({QStringLiteral("no_such_column"), Qt::AscendingOrder});
    QCOMPARE(shownIds(proxy), stripeOrder);
    QVERIFY(proxy.request().isStripeOrder());
}

void TestTableSort::otherColumnsSortByTheirKey()
{
    records::ListModel model(records::columnsFor(objects::Kind::Customer));
    model.upsert({{"id", "cus_b"}, {"name", "bob"}, {"created", 20}});
    model.upsert({{"id", "cus_z"}, {"name", QString::fromUtf8("Zoë")}, {"created", 3}});
    model.upsert({{"id", "cus_a"}, {"name", "Alice"}, {"created", 100}});
    records::SortProxy proxy(&model);
    proxy.setRequest({QStringLiteral("name"), Qt::AscendingOrder});
    QCOMPARE(shownIds(proxy), QStringList({"cus_a", "cus_b", "cus_z"})); // case does not matter
    // Dates by time, not by their text.
    proxy.setRequest({QStringLiteral("created"), Qt::AscendingOrder});
    QCOMPARE(shownIds(proxy), QStringList({"cus_z", "cus_b", "cus_a"}));
}

void TestTableSort::newRowsTakeTheirPlace()
{
    records::ListModel model(records::columnsFor(objects::Kind::Payment));
    model.upsert(charge("ch_usd6", 600, "usd", 1));
    model.upsert(charge("ch_usd4", 400, "usd", 2));
    records::SortProxy proxy(&model);
    proxy.setRequest({QStringLiteral("amount"), Qt::AscendingOrder});
    model.upsert(charge("ch_eur9", 900, "eur", 3));
    model.upsert(charge("ch_usd5", 500, "usd", 4));
    QCOMPARE(shownIds(proxy), QStringList({"ch_eur9", "ch_usd4", "ch_usd5", "ch_usd6"}));
}

void TestTableSort::requestsReadAndWrite()
{
    const SortRequest descending {QStringLiteral("amount"), Qt::DescendingOrder};
    QCOMPARE(SortRequest::fromVariant(descending.toVariant()), descending);
    const SortRequest ascending {QStringLiteral("created"), Qt::AscendingOrder};
    QCOMPARE(SortRequest::fromVariant(ascending.toVariant()), ascending);
    QVERIFY(SortRequest::fromVariant(SortRequest().toVariant()).isStripeOrder());
    // What a person or another version might leave: Stripe's order, never a guess.
    QVERIFY(
        SortRequest::fromVariant(QVariantMap {{"column", "amount"}, {"order", "sideways"}}).isStripeOrder());
    QVERIFY(SortRequest::fromVariant(QStringLiteral("amount")).isStripeOrder());
    QCOMPARE(descending.toVariant().value("order").toString(), QStringLiteral("descending"));
}

PAYDESK_TEST_GUILESS_MAIN(TestTableSort)
#include "tst_tablesort.moc"
