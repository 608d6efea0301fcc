#include "src/mirror/ObjectColumns.h"
#include "tests/support/TestMain.h"

#include <QJsonDocument>
#include <QTest>

using mirror::Table;

namespace {

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

QVariant read(Table table, const char *column, const QJsonObject &object)
{
    const mirror::ColumnSpec *spec = mirror::specOf(table).column(QString::fromLatin1(column));
    return spec && spec->read ? spec->read(object) : QVariant();
}

} // namespace

// What the mirror keeps of an object beside its JSON: the columns people filter, sort and total
// on, and the text the search box finds.
class TestColumns : public QObject
{
    Q_OBJECT

private slots:
    void searchTerms_data();
    void searchTerms();
    void searchTextHoldsWhatPeopleLookFor();
    void chargeStatusShowsRefunds();
    void invoiceWithoutDueDateIsDueWhenCreated();
    void textColumnsAreFoldedAndBlanksAreNull();
    void everyListedTableHasAPath();
};

void TestColumns::searchTerms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("terms");
    QTest::newRow("words") << "Alice  4242" << QStringList {"alice", "4242"};
    QTest::newRow("phrase") << "\"Alice Smith\" gold" << QStringList {"alice smith", "gold"};
    QTest::newRow("unclosed phrase") << "\"Alice Sm" << QStringList {"alice sm"};
    QTest::newRow("repeated") << "a A a" << QStringList {"a"};
    QTest::newRow("blank") << "   \"\"  " << QStringList {};
    QTest::newRow("folded") << "STRASSE Ärger" << QStringList {"strasse", "ärger"};
}

void TestColumns::searchTerms()
{
    QFETCH(QString, text);
    QTEST(mirror::searchTerms(text), "terms");
}

void TestColumns::searchTextHoldsWhatPeopleLookFor()
{
    const QJsonObject charge = parse(R"({"id":"ch_1","object":"charge","customer":"cus_9",
        "billing_details":{"email":"Ann@Example.com","name":"Ann Lee"},
        "payment_method_details":{"card":{"brand":"visa","last4":"4242"}},
        "description":"Order 77","metadata":{"ticket":"T-1234","n":5}})");
    const QStringList lines = mirror::searchTextOf(Table::Charges, charge).split('\n');
    for (const char *expected : {"ch_1", "cus_9", "ann@example.com", "ann lee", "4242", "order 77", "t-1234"})
        QVERIFY2(lines.contains(QLatin1String(expected)), expected);
    // A metadata value that is not text is not invented into text.
    QVERIFY(!lines.contains("5"));

    const QJsonObject invoice = parse(R"({"id":"in_1","number":"ABCD-0001","customer":{"id":"cus_2"},
        "customer_name":"Bob"})");
    const QString text = mirror::searchTextOf(Table::Invoices, invoice);
    QVERIFY(text.contains("abcd-0001"));
    QVERIFY2(text.contains("cus_2"), "an expanded customer still gives its id");
}

void TestColumns::chargeStatusShowsRefunds()
{
    QCOMPARE(
        read(Table::Charges, "status", parse(R"({"status":"succeeded","amount_refunded":0})")).toString(),
        QStringLiteral("succeeded"));
    QCOMPARE(
        read(Table::Charges, "status", parse(R"({"status":"succeeded","amount_refunded":5})")).toString(),
        QStringLiteral("partially_refunded"));
    QCOMPARE(read(Table::Charges, "status",
                  parse(R"({"status":"succeeded","amount_refunded":500,"refunded":true})"))
                 .toString(),
             QStringLiteral("refunded"));
    QCOMPARE(read(Table::Charges, "status", parse(R"({"status":"failed"})")).toString(),
             QStringLiteral("failed"));
}

void TestColumns::invoiceWithoutDueDateIsDueWhenCreated()
{
    QCOMPARE(read(Table::Invoices, "due_at", parse(R"({"created":100,"due_date":500})")).toLongLong(), 500);
    QCOMPARE(read(Table::Invoices, "due_at", parse(R"({"created":100,"due_date":null})")).toLongLong(), 100);
    QVERIFY(read(Table::Invoices, "due_date", parse(R"({"created":100,"due_date":null})")).isNull());
}

void TestColumns::textColumnsAreFoldedAndBlanksAreNull()
{
    QCOMPARE(read(Table::Customers, "name", parse(R"({"name":"ÉMILE Zola"})")).toString(),
             QStringLiteral("émile zola"));
    QVERIFY(read(Table::Customers, "name", parse(R"({"name":""})")).isNull());
    QVERIFY(read(Table::Customers, "email", parse(R"({"email":null})")).isNull());
    // Ids are not folded: Stripe's ids are case-sensitive.
    QCOMPARE(read(Table::Invoices, "customer", parse(R"({"customer":"cus_AbC"})")).toString(),
             QStringLiteral("cus_AbC"));
    // 12.5 is not an amount.
    QVERIFY(read(Table::Charges, "amount", parse(R"({"amount":12.5})")).isNull());
}

void TestColumns::everyListedTableHasAPath()
{
    for (const Table table : mirror::listedTables())
        QVERIFY(mirror::listPath(table).startsWith("/v1/"));
    QVERIFY(!mirror::listedTables().contains(Table::InvoiceLines));
    QCOMPARE(mirror::tableForObject(u"invoiceitem"), std::optional(Table::InvoiceItems));
    QCOMPARE(mirror::tableFor(objects::Kind::Order), std::optional(Table::PaymentIntents));
}

PAYDESK_TEST_GUILESS_MAIN(TestColumns)
#include "tst_mirror_columns.moc"
