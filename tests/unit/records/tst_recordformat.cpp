#include "src/objects/Json.h"
#include "src/records/Column.h"
#include "src/records/Details.h"
#include "src/records/Format.h"
#include "src/records/Status.h"
#include "tests/support/TestMain.h"
#include <QRegularExpression>

#include <QJsonDocument>
#include <QTest>

using records::Status;
namespace format = records::format;
namespace json = objects::json;

namespace {

QJsonObject parse(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

} // namespace

class TestRecordFormat : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QStringLiteral("en_US"))); }
    void money_data();
    void money();
    void integersAreStrict_data();
    void integersAreStrict();
    void expandableFields();
    void paymentStatus_data();
    void paymentStatus();
    void invoiceStatus_data();
    void invoiceStatus();
    void promotionCodeStatus();
    void cards();
    void couponDiscount_data();
    void couponDiscount();
    void customers();
    void expiredCardsAreMarked();
    void balanceReadsTheSameEverywhere();
    void datesAreToTheMinuteEverywhere();
};

void TestRecordFormat::money_data()
{
    QTest::addColumn<QByteArray>("object");
    QTest::addColumn<QString>("expected");
    QTest::newRow("usd") << QByteArray(R"({"amount":4000,"currency":"usd"})") << "$40.00";
    QTest::newRow("jpy") << QByteArray(R"({"amount":1500,"currency":"jpy"})") << "¥1,500";
    QTest::newRow("kwd") << QByteArray(R"({"amount":1500,"currency":"kwd"})") << QString("KWD\u00A01.500");
    QTest::newRow("missing currency") << QByteArray(R"({"amount":4000})") << "";
    QTest::newRow("null amount") << QByteArray(R"({"amount":null,"currency":"usd"})") << "";
    QTest::newRow("string amount") << QByteArray(R"({"amount":"4000","currency":"usd"})") << "";
    QTest::newRow("float amount") << QByteArray(R"({"amount":40.5,"currency":"usd"})") << "";
    QTest::newRow("currency wrong type") << QByteArray(R"({"amount":1,"currency":7})") << "";
}

void TestRecordFormat::money()
{
    QFETCH(QByteArray, object);
    QTEST(format::money(QJsonDocument::fromJson(object).object(), u"amount"), "expected");
}

void TestRecordFormat::integersAreStrict_data()
{
    QTest::addColumn<QByteArray>("object");
    QTest::addColumn<bool>("present");
    QTest::addColumn<qint64>("value");
    QTest::newRow("int") << QByteArray(R"({"v":42})") << true << qint64(42);
    QTest::newRow("negative") << QByteArray(R"({"v":-42})") << true << qint64(-42);
    QTest::newRow("big") << QByteArray(R"({"v":9007199254740991})") << true << qint64(9007199254740991);
    QTest::newRow("fraction") << QByteArray(R"({"v":4.2})") << false << qint64(0);
    QTest::newRow("exponent huge") << QByteArray(R"({"v":1e300})") << false << qint64(0);
    QTest::newRow("string") << QByteArray(R"({"v":"42"})") << false << qint64(0);
    QTest::newRow("null") << QByteArray(R"({"v":null})") << false << qint64(0);
    QTest::newRow("bool") << QByteArray(R"({"v":true})") << false << qint64(0);
    QTest::newRow("missing") << QByteArray(R"({})") << false << qint64(0);
}

void TestRecordFormat::integersAreStrict()
{
    QFETCH(QByteArray, object);
    QFETCH(bool, present);
    QFETCH(qint64, value);
    const auto result = json::integer(QJsonDocument::fromJson(object).object(), u"v");
    QCOMPARE(result.has_value(), present);
    if (present)
        QCOMPARE(*result, value);
}

void TestRecordFormat::expandableFields()
{
    const QJsonObject asId = parse(R"({"customer":"cus_1"})");
    const QJsonObject expanded = parse(R"({"customer":{"id":"cus_2","name":"Jane Doe"}})");
    const QJsonObject wrong = parse(R"({"customer":42})");
    QCOMPARE(json::id(asId, u"customer"), QStringLiteral("cus_1"));
    QCOMPARE(json::id(expanded, u"customer"), QStringLiteral("cus_2"));
    QCOMPARE(json::id(wrong, u"customer"), QString());
    QCOMPARE(json::string(expanded, u"customer.name"), QStringLiteral("Jane Doe"));
    QCOMPARE(json::string(asId, u"customer.name"), QString());
    QCOMPARE(json::string(parse(R"({"a":null})"), u"a.b.c"), QString());
}

void TestRecordFormat::paymentStatus_data()
{
    QTest::addColumn<QByteArray>("charge");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("tone");
    QTest::newRow("succeeded") << QByteArray(
        R"({"status":"succeeded","amount":4000,"amount_refunded":0,"refunded":false})")
                               << "Succeeded" << int(Status::Tone::Positive);
    QTest::newRow("partly refunded") << QByteArray(
        R"({"status":"succeeded","amount":4000,"amount_refunded":1250,"refunded":false})")
                                     << "Partially refunded" << int(Status::Tone::Attention);
    QTest::newRow("refunded") << QByteArray(
        R"({"status":"succeeded","amount":4000,"amount_refunded":4000,"refunded":true})")
                              << "Refunded" << int(Status::Tone::Neutral);
    QTest::newRow("pending") << QByteArray(R"({"status":"pending"})") << "Pending"
                             << int(Status::Tone::Pending);
    QTest::newRow("failed") << QByteArray(R"({"status":"failed"})") << "Failed"
                            << int(Status::Tone::Negative);
    QTest::newRow("unknown value shown")
        << QByteArray(R"({"status":"under_review"})") << "Under review" << int(Status::Tone::Neutral);
}

void TestRecordFormat::paymentStatus()
{
    QFETCH(QByteArray, charge);
    const Status status = records::paymentStatus(QJsonDocument::fromJson(charge).object());
    QTEST(status.text, "text");
    QTEST(int(status.tone), "tone");
}

void TestRecordFormat::invoiceStatus_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("draft") << "draft"
                           << "Draft";
    QTest::newRow("open") << "open"
                          << "Open";
    QTest::newRow("paid") << "paid"
                          << "Paid";
    QTest::newRow("void") << "void"
                          << "Void";
    QTest::newRow("uncollectible") << "uncollectible"
                                   << "Uncollectible";
}

void TestRecordFormat::invoiceStatus()
{
    QFETCH(QString, value);
    QTEST(records::invoiceStatus(QJsonObject {{"status", value}}).text, "text");
}

void TestRecordFormat::promotionCodeStatus()
{
    const qint64 now = 1'800'000'000;
    QCOMPARE(records::promotionCodeStatus(parse(R"({"active":true,"expires_at":null})"), now).text,
             QStringLiteral("Active"));
    QCOMPARE(records::promotionCodeStatus(parse(R"({"active":false})"), now).text,
             QStringLiteral("Inactive"));
    QCOMPARE(records::promotionCodeStatus(parse(R"({"active":true,"expires_at":1700000000})"), now).text,
             QStringLiteral("Expired"));
    QCOMPARE(records::promotionCodeStatus(parse(R"({"active":true,"expires_at":1900000000})"), now).text,
             QStringLiteral("Active"));
    QCOMPARE(
        records::promotionCodeStatus(parse(R"({"active":true,"max_redemptions":5,"times_redeemed":5})"), now)
            .text,
        QStringLiteral("Used up"));
}

void TestRecordFormat::cards()
{
    const QJsonObject charge = parse(
        R"({"payment_method_details":{"card":{"brand":"visa","last4":"4242","exp_month":8,"exp_year":2030}}})");
    QCOMPARE(format::cardOfPayment(charge), QStringLiteral("Visa •••• 4242"));
    QCOMPARE(format::cardExpiry(json::object(charge, u"payment_method_details.card")),
             QStringLiteral("08/2030"));
    QCOMPARE(format::cardOfPayment(parse(R"({"payment_method_details":null})")), QString());
    QCOMPARE(format::card(parse(R"({"brand":"amex","last4":"0005"})")),
             QStringLiteral("American Express •••• 0005"));
}

void TestRecordFormat::couponDiscount_data()
{
    QTest::addColumn<QByteArray>("coupon");
    QTest::addColumn<QString>("expected");
    QTest::newRow("percent once") << QByteArray(R"({"percent_off":20,"duration":"once"})") << "20% off once";
    QTest::newRow("percent fraction")
        << QByteArray(R"({"percent_off":12.5,"duration":"forever"})") << "12.5% off forever";
    QTest::newRow("amount repeating")
        << QByteArray(R"({"amount_off":500,"currency":"eur","duration":"repeating","duration_in_months":3})")
        << "€5.00 off for 3 months";
    QTest::newRow("neither") << QByteArray(R"({"duration":"once"})") << "";
}

void TestRecordFormat::couponDiscount()
{
    QFETCH(QByteArray, coupon);
    QTEST(format::couponDiscount(QJsonDocument::fromJson(coupon).object()), "expected");
}

void TestRecordFormat::customers()
{
    QCOMPARE(format::customerOfInvoice(parse(R"({"customer":"cus_1","customer_name":"Jane Doe"})")),
             QStringLiteral("Jane Doe"));
    QCOMPARE(format::customerOfInvoice(parse(R"({"customer":"cus_1","customer_email":"j@example.com"})")),
             QStringLiteral("j@example.com"));
    QCOMPARE(format::customerOfInvoice(parse(R"({"customer":"cus_1"})")), QStringLiteral("cus_1"));
    QCOMPARE(format::customerOfPayment(
                 parse(R"({"customer":{"id":"cus_1","name":"Zoë"},"billing_details":{"name":"Other"}})")),
             QString::fromUtf8("Zoë"));
    // A guest named by nothing but the address the receipt went to.
    QCOMPARE(
        format::customerOfPayment(parse(R"({"customer":null,"billing_details":{"name":null,"email":null},)"
                                        R"("receipt_email":"guest@example.com"})")),
        QStringLiteral("guest@example.com"));
}

void TestRecordFormat::expiredCardsAreMarked()
{
    const QJsonObject card {{"brand", "visa"}, {"last4", "4242"}, {"exp_month", 4}, {"exp_year", 2024}};
    QVERIFY(format::isCardExpired(card, QDate(2024, 5, 1)));
    QVERIFY(!format::isCardExpired(card, QDate(2024, 4, 30))); // good to the end of its month
    const QJsonObject method {{"object", "payment_method"}, {"id", "pm_1"}, {"card", card}};
    QVERIFY(format::isExpiredPaymentMethod(method));
    QCOMPARE(format::choiceLabel(method), QString::fromUtf8("Visa •••• 4242, EXPIRED 04/2024"));
}

void TestRecordFormat::balanceReadsTheSameEverywhere()
{
    const auto customer = [](qint64 balance) {
        return QJsonObject {
            {"object", "customer"}, {"id", "cus_1"}, {"currency", "usd"}, {"balance", balance}};
    };
    QCOMPARE(format::customerBalance(customer(0)), QString());
    QCOMPARE(format::customerBalance(customer(-1250)), QStringLiteral("$12.50 credit"));
    QCOMPARE(format::customerBalance(customer(480000)), QStringLiteral("$4,800.00 owed"));
    // The table's column and the pane's field say the same.
    const QList<records::Column> columns = records::columnsFor(objects::Kind::Customer);
    const records::Column balance = columns.at(records::indexOfColumn(columns, u"balance"));
    QCOMPARE(balance.text(customer(-1250)), QStringLiteral("$12.50 credit"));
    bool inPane = false;
    for (const records::DetailField &field :
         records::detailFieldsFor(objects::Kind::Customer, customer(-1250)))
        inPane = inPane || field.value == QStringLiteral("$12.50 credit");
    QVERIFY(inPane);
    for (const records::DetailField &field : records::detailFieldsFor(objects::Kind::Customer, customer(0)))
        QVERIFY2(field.label != QStringLiteral("Balance"), qPrintable(field.value));
}

void TestRecordFormat::datesAreToTheMinuteEverywhere()
{
    // The "C" locale's short time has seconds; no tab shows them.
    const QJsonObject object {{"created", 1790000000}};
    const QString text = format::dateTime(object, u"created", QLocale::c());
    QVERIFY2(!QRegularExpression(QStringLiteral("\\d\\d:\\d\\d:\\d\\d")).match(text).hasMatch(),
             qPrintable(text));
    // Every Created column shows the time, and the ID is the last column on every tab.
    using objects::Kind;
    for (Kind kind : {Kind::Customer, Kind::Invoice, Kind::Order, Kind::Payment, Kind::Refund,
                      Kind::PromotionCode, Kind::Product}) {
        const QList<records::Column> columns = records::columnsFor(kind);
        QCOMPARE(columns.last().id, QStringLiteral("id"));
        const qsizetype created = records::indexOfColumn(columns, u"created");
        if (created >= 0)
            QCOMPARE(columns.at(created).text(object), format::dateTime(object, u"created"));
    }
}

PAYDESK_TEST_GUILESS_MAIN(TestRecordFormat)
#include "tst_recordformat.moc"
