#include "src/stripe/ApiPath.h"
#include "tests/support/TestMain.h"

#include <QTest>

using stripe::apiPath;
using stripe::IdOrigin;

// Ids from a person or a server's answer go into request paths here: only ids shaped as Stripe
// makes them (or, for coupons, any chosen text but "." and ".."), always percent-encoded.
class TestApiPath : public QObject
{
    Q_OBJECT

private slots:
    void stripeIds_data();
    void stripeIds();
    void chosenIds_data();
    void chosenIds();
    void everyIdIsChecked();
};

void TestApiPath::stripeIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("path"); // empty: refused
    QTest::newRow("customer") << "cus_NffrFeUfNV2Hib"
                              << "/v1/customers/cus_NffrFeUfNV2Hib/x";
    QTest::newRow("short") << "cus_1"
                           << "/v1/customers/cus_1/x";
    QTest::newRow("longest") << "cus_" + QString(251, u'a')
                             << "/v1/customers/cus_" + QString(251, u'a') + "/x";
    QTest::newRow("too long") << "cus_" + QString(252, u'a') << "";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("parent") << ".."
                            << "";
    QTest::newRow("climbs") << "cus_1/../../v1/charges"
                            << "";
    QTest::newRow("query") << "cus_1?expand[]=sources"
                           << "";
    QTest::newRow("fragment") << "cus_1#x"
                              << "";
    QTest::newRow("encoded slash") << "cus_1%2F.."
                                   << "";
    QTest::newRow("space") << "cus_1 "
                           << "";
    QTest::newRow("no prefix") << "NffrFeUfNV2Hib"
                               << "";
    QTest::newRow("upper-case prefix") << "CUS_1"
                                       << "";
    QTest::newRow("non-ASCII") << "cus_1é"
                               << "";
}

void TestApiPath::stripeIds()
{
    QFETCH(QString, id);
    QFETCH(QString, path);
    QCOMPARE(apiPath(u"/v1/customers/%1/x", {id}), path);
    QCOMPARE(stripe::isIdShaped(id), !path.isEmpty());
}

void TestApiPath::chosenIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("path");
    QTest::newRow("code-like") << "SUMMER25"
                               << "/v1/coupons/SUMMER25";
    QTest::newRow("spaces and percent") << "25 % off"
                                        << "/v1/coupons/25%20%25%20off";
    QTest::newRow("slash stays in its segment") << "a/../b"
                                                << "/v1/coupons/a%2F..%2Fb";
    QTest::newRow("question mark") << "a?b"
                                   << "/v1/coupons/a%3Fb";
    QTest::newRow("dot") << "."
                         << "";
    QTest::newRow("parent") << ".."
                            << "";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("too long") << QString(256, u'a') << "";
}

void TestApiPath::chosenIds()
{
    QFETCH(QString, id);
    QFETCH(QString, path);
    QCOMPARE(apiPath(u"/v1/coupons/%1", {id}, IdOrigin::Chosen), path);
}

void TestApiPath::everyIdIsChecked()
{
    QCOMPARE(apiPath(u"/v1/customers/%1/sources/%2", {u"cus_1", u"card_2"}),
             "/v1/customers/cus_1/sources/card_2");
    QCOMPARE(apiPath(u"/v1/customers/%1/sources/%2", {u"cus_1", u"../x"}), QString());
    QCOMPARE(apiPath(u"/v1/customers/%1/sources/%2", {u"../x", u"card_2"}), QString());
}

PAYDESK_TEST_GUILESS_MAIN(TestApiPath)
#include "tst_apipath.moc"
