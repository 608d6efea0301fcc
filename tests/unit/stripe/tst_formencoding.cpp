#include "src/stripe/FormEncoding.h"
#include "tests/support/TestMain.h"

#include <QTest>
#include <QUrlQuery>

using stripe::encodeForm;
using stripe::Params;

class TestFormEncoding : public QObject
{
    Q_OBJECT

private slots:
    void encodesLikeStripe_data();
    void encodesLikeStripe();
    void roundTripsThroughAFormDecoder();
};

void TestFormEncoding::encodesLikeStripe_data()
{
    QTest::addColumn<Params>("params");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("empty") << Params {} << QByteArray();
    QTest::newRow("scalar") << Params {{"amount", 1250}} << QByteArray("amount=1250");
    QTest::newRow("int64") << Params {{"amount", qint64(99999999999)}} << QByteArray("amount=99999999999");
    QTest::newRow("booleans") << Params {{"active", true}, {"paid_out_of_band", false}}
                              << QByteArray("active=true&paid_out_of_band=false");
    QTest::newRow("nested map") << Params {{"metadata", QVariantMap {{"order_id", "6735"}}}}
                                << QByteArray("metadata%5Border_id%5D=6735");
    QTest::newRow("list") << Params {{"expand", QStringList {"data.customer", "data.invoice"}}}
                          << QByteArray("expand%5B0%5D=data.customer&expand%5B1%5D=data.invoice");
    QTest::newRow("list of maps")
        << Params {{"items", QVariantList {QVariantMap {{"price", "price_1"}, {"quantity", 2}}}}}
        << QByteArray("items%5B0%5D%5Bprice%5D=price_1&items%5B0%5D%5Bquantity%5D=2");
    QTest::newRow("map in map") << Params {{"promotion",
                                            QVariantMap {{"type", "coupon"}, {"coupon", "SUMMER"}}}}
                                << QByteArray("promotion%5Bcoupon%5D=SUMMER&promotion%5Btype%5D=coupon");
    QTest::newRow("range") << Params {{"created", QVariantMap {{"gte", 1700000000}}}}
                           << QByteArray("created%5Bgte%5D=1700000000");
    QTest::newRow("null unsets") << Params {{"description", QVariant()}} << QByteArray("description=");
    QTest::newRow("empty string unsets") << Params {{"metadata", QString()}} << QByteArray("metadata=");
    QTest::newRow("empty list dropped")
        << Params {{"expand", QStringList {}}, {"limit", 3}} << QByteArray("limit=3");
    QTest::newRow("reserved characters in value")
        << Params {{"email", "a+b&c=d@example.com"}} << QByteArray("email=a%2Bb%26c%3Dd%40example.com");
    QTest::newRow("space is %20") << Params {{"name", "Jane Doe"}} << QByteArray("name=Jane%20Doe");
    QTest::newRow("unreserved kept") << Params {{"q", "a-b.c_d~e"}} << QByteArray("q=a-b.c_d~e");
    QTest::newRow("utf-8") << Params {{"name", QString::fromUtf8("Zoë 😀")}}
                           << QByteArray("name=Zo%C3%AB%20%F0%9F%98%80");
    QTest::newRow("special characters in keys") << Params {{"metadata", QVariantMap {{"a&b=c d", "v"}}}}
                                                << QByteArray("metadata%5Ba%26b%3Dc%20d%5D=v");
    QTest::newRow("search query") << Params {{"query", "email~'jane' AND metadata['k']:'v'"}}
                                  << QByteArray(
                                         "query=email~%27jane%27%20AND%20metadata%5B%27k%27%5D%3A%27v%27");
}

void TestFormEncoding::encodesLikeStripe()
{
    QFETCH(Params, params);
    QTEST(encodeForm(params), "expected");
}

void TestFormEncoding::roundTripsThroughAFormDecoder()
{
    // What any form decoder (Rack's, which Stripe uses, or QUrlQuery) reads back is exactly
    // what was put in, whatever the characters.
    const QString nasty = QString::fromUtf8("=&+%[] ?#/\\\"'<>é漢");
    const QByteArray encoded = encodeForm(Params {{"metadata", QVariantMap {{nasty, nasty}}}});
    const QUrlQuery query(QString::fromLatin1(encoded));
    const auto items = query.queryItems(QUrl::FullyDecoded);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().first, QStringLiteral("metadata[") + nasty + QStringLiteral("]"));
    QCOMPARE(items.first().second, nasty);
}

PAYDESK_TEST_GUILESS_MAIN(TestFormEncoding)
#include "tst_formencoding.moc"
