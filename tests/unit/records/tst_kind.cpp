#include "src/objects/Kind.h"
#include "tests/support/TestMain.h"

#include <QTest>

using objects::Kind;

class TestKind : public QObject
{
    Q_OBJECT

private slots:
    void recognisesIds_data();
    void recognisesIds();
    void dashboardUrls();
    void objectPathsEncodeIds();
};

void TestKind::recognisesIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("kind"); // -1: none
    QTest::newRow("customer") << "cus_QXg1o8vcGmoR32" << int(Kind::Customer);
    QTest::newRow("invoice") << "in_1Pgc6tB7WZ01zgkWu9fdqL6I" << int(Kind::Invoice);
    QTest::newRow("charge") << "ch_1PgafuB7WZ01zgkWXYmPNZs8" << int(Kind::Payment);
    QTest::newRow("py charge") << "py_1Pgafu" << int(Kind::Payment);
    QTest::newRow("payment intent") << "pi_1PgafyB7WZ01zgkWSjxsAJo3" << int(Kind::PaymentIntent);
    QTest::newRow("refund") << "re_1Nispe2eZvKYlo2Cd31jOCgZ" << int(Kind::Refund);
    QTest::newRow("promotion code") << "promo_1Pgc79B7WZ01zgkWNy4mn5NX" << int(Kind::PromotionCode);
    QTest::newRow("product") << "prod_NWjs8kKbJWmuuc" << int(Kind::Product);
    QTest::newRow("price") << "price_1MoBy5LkdIwHu7ixZhnattbh" << int(Kind::Price);
    QTest::newRow("payment method") << "pm_1Q0PsIJvEtkwdCNYMSaVuRz6" << int(Kind::PaymentMethod);
    QTest::newRow("legacy card") << "card_1PgaftB7WZ01zgkWm3waTcFp" << int(Kind::PaymentMethod);
    QTest::newRow("prefix only") << "cus_" << -1;
    QTest::newRow("email") << "jane@example.com" << -1;
    QTest::newRow("coupon id") << "SUMMER25" << -1;
    QTest::newRow("publishable key") << "pk_test_123" << -1;
}

void TestKind::recognisesIds()
{
    QFETCH(QString, id);
    QFETCH(int, kind);
    const auto found = objects::kindOfId(id);
    QCOMPARE(found ? int(*found) : -1, kind);
    QCOMPARE(objects::looksLikeStripeId(id), kind >= 0);
}

void TestKind::dashboardUrls()
{
    QCOMPARE(objects::dashboardUrl(Kind::Customer, "cus_1", false).toString(),
             QStringLiteral("https://dashboard.stripe.com/test/customers/cus_1"));
    QCOMPARE(objects::dashboardUrl(Kind::Customer, "cus_1", true).toString(),
             QStringLiteral("https://dashboard.stripe.com/customers/cus_1"));
    QCOMPARE(objects::dashboardUrl(Kind::Payment, "ch_1", false).toString(),
             QStringLiteral("https://dashboard.stripe.com/test/payments/ch_1"));
    QCOMPARE(objects::dashboardUrl(Kind::Invoice, "in_1", true).toString(),
             QStringLiteral("https://dashboard.stripe.com/invoices/in_1"));
}

void TestKind::objectPathsEncodeIds()
{
    QCOMPARE(objects::objectPath(Kind::Customer, "cus_1"), QStringLiteral("/v1/customers/cus_1"));
    // Coupon ids are free text chosen by people.
    QCOMPARE(objects::objectPath(Kind::Coupon, "SUMMER 25/%"),
             QStringLiteral("/v1/coupons/SUMMER%2025%2F%25"));
}

PAYDESK_TEST_GUILESS_MAIN(TestKind)
#include "tst_kind.moc"
