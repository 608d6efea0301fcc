#include "src/mirror/AccountMirror.h"
#include "src/mirror/OverviewFeed.h"
#include "src/mirror/Reader.h"
#include "src/money/Money.h"
#include "src/objects/InvoiceRules.h"
#include "src/queries/PaymentFilter.h"
#include "src/records/Format.h"
#include "src/records/ListModel.h"
#include "src/records/PriceCounts.h"
#include "src/sandbox/Server.h"
#include "tests/integration/mirror/support/PrivateCluster.h"
#include "tests/integration/sandbox/SandboxHttp.h"
#include "tests/support/TestMain.h"
#include "tests/ui/support/MirrorStoreRows.h"
#include "tests/ui/support/UiFixture.h"
#include "ui/invoices/InvoicesTab.h"
#include "ui/mirrorview/MirrorControls.h"
#include "ui/mirrorview/MirrorStatusButton.h"
#include "ui/orders/OrdersTab.h"
#include "ui/overview/BarChart.h"
#include "ui/overview/OverviewTab.h"
#include "ui/payments/PaymentsAndRefundsPage.h"
#include "ui/payments/PaymentsTab.h"
#include "ui/payments/RefundsTab.h"
#include "ui/products/ProductsTab.h"
#include "ui/promotioncodes/PromotionCodesTab.h"
#include "ui/widgets/ChoiceBox.h"
#include "ui/widgets/CustomerPicker.h"
#include "ui/widgets/DateRangeFilter.h"
#include "ui/widgets/NoticeBar.h"
#include "ui/widgets/StatePanel.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <functional>

using Figure = OverviewTab::Figure;
using Keep = std::function<bool(const QJsonObject &)>;

namespace {

QString footerOf(RecordTab *tab)
{
    return tab->findChild<QLabel *>("tableFooter")->text();
}

bool isSettled(records::ListModel::State state)
{
    using State = records::ListModel::State;
    return state == State::Ready || state == State::Empty || state == State::Failed;
}

// Scrolls to the end, as a person would, until every row is loaded (a page at a time from
// Stripe, a window at a time from the mirror).
bool loadAll(RecordTab *tab)
{
    records::ListModel *model = tab->model();
    for (int pages = 0; pages < 500; ++pages) {
        if (!QTest::qWaitFor([model] { return isSettled(model->state()); }, 20000)
            || model->state() == records::ListModel::State::Failed)
            return false;
        if (!model->canFetchMore())
            return !model->hasMore();
        model->fetchMore();
    }
    return false;
}

// Every object of a sandbox collection that is not deleted, by id.
QMap<QString, QJsonObject> objectsOf(UiFixture &fixture, const QString &collection)
{
    QMap<QString, QJsonObject> byId;
    fixture.inStore([&](sandbox::Store &store) {
        const sandbox::Collection &all = store.collection(collection);
        for (int i = 0; i < all.size(); ++i)
            if (!all.isDeleted(i))
                byId.insert(all.at(i).value("id").toString(), all.at(i));
    });
    return byId;
}

QString idOf(const QJsonValue &value)
{
    return value.isObject() ? value.toObject().value("id").toString() : value.toString();
}

QString emailOfCharge(const QJsonObject &charge)
{
    const QString billing = charge.value("billing_details").toObject().value("email").toString();
    return billing.isEmpty() ? charge.value("receipt_email").toString() : billing;
}

bool hasWord(const QString &text, const QString &word)
{
    return !text.isEmpty() && text.toCaseFolded().contains(word.toCaseFolded());
}

// Types into a search box as a person does and presses Enter; true once the rows are settled.
bool typeSearch(RecordTab *tab, QLineEdit *field, const QString &text)
{
    field->setFocus();
    field->selectAll();
    if (text.isEmpty())
        QTest::keyClick(field, Qt::Key_Delete);
    else
        QTest::keyClicks(field, text);
    QTest::keyClick(field, Qt::Key_Return);
    return loadAll(tab);
}

// What the table shows, row by row (by id), column by column: the text a person reads.
QMap<QString, QStringList> shownRows(RecordTab *tab)
{
    records::ListModel *model = tab->model();
    QMap<QString, QStringList> rows;
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList texts;
        for (int column = 0; column < model->columnCount(); ++column)
            texts << model->data(model->index(row, column)).toString();
        rows.insert(model->objectAt(row).value("id").toString(), texts);
    }
    return rows;
}

QStringList idsShown(RecordTab *tab)
{
    QStringList ids = shownRows(tab).keys();
    ids.sort();
    return ids;
}

int columnTitled(RecordTab *tab, const QString &title)
{
    for (int c = 0; c < tab->model()->columnCount(); ++c)
        if (tab->model()->headerData(c, Qt::Horizontal).toString() == title)
            return c;
    return -1;
}

void clickHeader(RecordTab *tab, int column)
{
    QHeaderView *header = tab->table()->horizontalHeader();
    const int x = header->sectionViewportPosition(column) + header->sectionSize(column) / 2;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
}

// An exported file's rows, cell by cell, as a spreadsheet reads them (RFC 4180: quoted cells,
// doubled quotes, CRLF), without the byte order mark.
QList<QStringList> csvRows(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted && c == '"' && i + 1 < text.size() && text.at(i + 1) == '"') {
            cell += c;
            ++i;
        } else if (c == '"') {
            quoted = !quoted;
        } else if (quoted || (c != ',' && c != '\r' && c != '\n')) {
            cell += c;
        } else if (c == ',') {
            row << cell;
            cell.clear();
        } else if (c == '\n') {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
        }
    }
    return rows;
}

// Exports the tab's view as Export view to CSV does, and reads the file back; empty when no
// file appeared.
QList<QStringList> exportView(MainWindow *window, const QString &fileName)
{
    window->exportCurrentView(fileName);
    if (!QTest::qWaitFor([&] { return QFile::exists(fileName); }, 15000))
        return {};
    return csvRows(fileName);
}

} // namespace

// The Orders, Refunds, Products and Promotion codes tabs, Payments' disputed and uncaptured, and
// the Overview's figures, in the real window against the sandbox, with the account's copy on the
// desk (SQLite) and on a team's PostgreSQL: each tab reads every row from the complete copy and
// shows what it shows from Stripe (names, not ids); its filters keep every matching row and the
// footer counts and totals them, as counted here from the sandbox's own store; a header click
// sorts every row; a change made over plain HTTP shows within 10 seconds, the selection kept; with
// the copy off the tab reads Stripe, and says so; a figure opens exactly the rows it counts.
class TestUiMirrorTabRows : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void tabsShowWhatStripeShows_data();
    void tabsShowWhatStripeShows();
    void filtersKeepEveryRowAndTotalsThem_data() { MirrorStoreRows::addRows(); }
    void filtersKeepEveryRowAndTotalsThem();
    void headerSortsEveryRow_data() { MirrorStoreRows::addRows(); }
    void headerSortsEveryRow();
    void changesMadeElsewhereShowWithinTenSeconds_data() { MirrorStoreRows::addRows(); }
    void changesMadeElsewhereShowWithinTenSeconds();
    void disputedAndUncapturedReadTheMirror_data() { MirrorStoreRows::addRows(); }
    void disputedAndUncapturedReadTheMirror();
    void figuresOpenExactlyTheirRows_data() { MirrorStoreRows::addRows(); }
    void figuresOpenExactlyTheirRows();
    void mirrorOffReadsStripeSayingSo_data() { MirrorStoreRows::addRows(); }
    void mirrorOffReadsStripeSayingSo();
    void searchBoxesFindByWhatRowsName_data() { MirrorStoreRows::addRows(); }
    void searchBoxesFindByWhatRowsName();
    void teamDatabaseGoingAwaySendsTheTabToStripe();

private:
    RecordTab *tabNamed(MainWindow *window, const QString &name) const;
    qint64 count(const QString &collection, const Keep &keep);

    QTemporaryDir m_settings;
    std::unique_ptr<UiFixture> m_fixture;
    MirrorStoreRows m_stores;
    QStringList m_disputed;
};

#define OPEN_WINDOW(window, ...) OPEN_WINDOW_ON_ROW_STORE(m_stores, *m_fixture, window, ##__VA_ARGS__)

void TestUiMirrorTabRows::initTestCase()
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    m_fixture = std::make_unique<UiFixture>();
    // More products and orders than a page of Stripe's (and a window of the mirror's), some
    // archived and some canceled, made as anyone would with plain HTTP.
    SandboxHttp http(m_fixture->url());
    const QJsonObject customer = m_fixture->newest("customers");
    for (int i = 1; i <= 110; ++i) {
        const auto product
            = http.post("/v1/products", QStringLiteral("name=Widget+%1").arg(i, 3, 10, QChar('0')).toUtf8());
        QCOMPARE(product.status, 200);
        if (i % 10 == 0)
            QCOMPARE(http.post("/v1/products/" + product.json.value("id").toString(), "active=false").status,
                     200);
        const auto order = http.post(
            "/v1/payment_intents",
            QStringLiteral(
                "amount=%1&currency=%2&customer=%3&description=%4+%C3%97+Mug&metadata[paydesk_order]=1")
                .arg(500 + i)
                .arg(i % 3 == 0 ? "eur" : "usd", customer.value("id").toString())
                .arg(i)
                .toUtf8());
        QCOMPARE(order.status, 200);
        if (i % 7 == 0)
            QCOMPARE(http.post("/v1/payment_intents/" + order.json.value("id").toString() + "/cancel").status,
                     200);
    }
    // Disputes: the sandbox opens none of its own, so a few succeeded payments are marked as
    // Stripe marks a disputed one, before the copy is made.
    m_fixture->inStore([this](sandbox::Store &store) {
        sandbox::Collection &charges = store.collection("charges");
        for (int i = 0; i < charges.size() && m_disputed.size() < 6; i += 37) {
            QJsonObject charge = charges.at(i);
            if (charges.isDeleted(i) || charge.value("status").toString() != "succeeded")
                continue;
            charge.insert("disputed", true);
            charges.replace(charge);
            m_disputed << charge.value("id").toString();
        }
    });
    QCOMPARE(m_disputed.size(), 6);
}

void TestUiMirrorTabRows::init()
{
    QSettings().clear();
}

void TestUiMirrorTabRows::cleanup()
{
    UiFixture::closeDialogs();
    m_stores.close(*m_fixture);
}

RecordTab *TestUiMirrorTabRows::tabNamed(MainWindow *window, const QString &name) const
{
    if (name == "orders")
        return window->ordersTab();
    if (name == "refunds")
        return window->paymentsPage()->refunds();
    if (name == "products")
        return window->productsTab();
    if (name == "promotion codes")
        return window->promotionCodesTab();
    return window->paymentsPage()->payments();
}

qint64 TestUiMirrorTabRows::count(const QString &collection, const Keep &keep)
{
    return m_fixture->count(collection, keep);
}

void TestUiMirrorTabRows::tabsShowWhatStripeShows_data()
{
    QTest::addColumn<QString>("storeKind");
    QTest::addColumn<QString>("tab");
    for (const QString store : {"sqlite", "postgres"})
        for (const QString tab : {"orders", "refunds", "products", "promotion codes", "payments"})
            QTest::newRow(qPrintable(store + ": " + tab)) << store << tab;
}

void TestUiMirrorTabRows::tabsShowWhatStripeShows()
{
    QFETCH(QString, tab);
    OPEN_WINDOW(window);
    RecordTab *shown = tabNamed(window, tab);
    window->showTab(shown->kind());
    // Every kind of product and code, not only the active ones the tabs start with.
    if (auto *products = qobject_cast<ProductsTab *>(shown))
        products->activeFilter()->selectValue(QString());
    // Products count their prices from Stripe's list of prices, whichever source the rows have.
    const auto pricesCounted = [shown] {
        auto *products = qobject_cast<ProductsTab *>(shown);
        return !products
            || QTest::qWaitFor(
                [products] { return products->priceCounts()->state() == records::PriceCounts::State::Ready; },
                15000);
    };
    QVERIFY(QTest::qWaitFor([&] { return window->readsMirror(shown); }, 15000));
    QVERIFY(UiFixture::waitForState(shown, records::ListModel::State::Ready));
    QVERIFY(loadAll(shown));
    QVERIFY(pricesCounted());
    const QMap<QString, QStringList> fromMirror = shownRows(shown);
    QVERIFY(!fromMirror.isEmpty());
    // Names where the list embeds what the row points to, never an id in their place.
    const int customer = columnTitled(shown, "Customer");
    if (tab == "refunds" || tab == "orders") {
        int named = 0;
        for (const QStringList &row : fromMirror)
            named += row.at(customer).isEmpty() || row.at(customer).startsWith("cus_") ? 0 : 1;
        QVERIFY2(named > fromMirror.size() / 2, qPrintable(QString::number(named)));
    }
    // The same rows, from Stripe.
    m_fixture->mirror()->setOn(false);
    QVERIFY(QTest::qWaitFor([&] { return !window->readsMirror(shown); }, 10000));
    QVERIFY(loadAll(shown));
    QVERIFY(pricesCounted());
    const QMap<QString, QStringList> fromStripe = shownRows(shown);
    QCOMPARE(fromMirror.keys(), fromStripe.keys());
    for (auto it = fromStripe.cbegin(); it != fromStripe.cend(); ++it)
        QCOMPARE(fromMirror.value(it.key()), it.value());
}

void TestUiMirrorTabRows::filtersKeepEveryRowAndTotalsThem()
{
    OPEN_WINDOW(window);
    // Orders awaiting payment: more than one window of them, each counted once.
    OrdersTab *orders = window->ordersTab();
    window->showTab(objects::Kind::Order);
    QVERIFY(QTest::qWaitFor([&] { return window->readsMirror(orders); }, 15000));
    QVERIFY(orders->statusFilter()->selectValue("requires_payment_method"));
    QVERIFY(UiFixture::waitForState(orders, records::ListModel::State::Ready));
    QMap<QString, qint64> sums;
    const Keep awaiting = [&](const QJsonObject &pi) {
        const bool keep = pi.value("metadata").toObject().value("paydesk_order").toString() == "1"
            && pi.value("status").toString() == "requires_payment_method";
        if (keep)
            sums[pi.value("currency").toString()] += pi.value("amount").toInteger();
        return keep;
    };
    const qint64 awaitingCount = count("payment_intents", awaiting);
    QVERIFY2(awaitingCount > 100, "more orders await payment than a window holds");
    QVERIFY(orders->model()->canFetchMore());
    QVERIFY(loadAll(orders));
    QCOMPARE(qint64(orders->model()->rowCount()), awaitingCount);
    QString footer = footerOf(orders);
    QVERIFY2(footer.startsWith(QLocale().toString(awaitingCount) + " orders"), qPrintable(footer));
    for (auto it = sums.cbegin(); it != sums.cend(); ++it)
        QVERIFY2(footer.contains(money::Money(it.value(), it.key().toUpper()).format()), qPrintable(footer));

    // Refunds of one currency and status.
    RefundsTab *refunds = window->paymentsPage()->refunds();
    window->showTab(objects::Kind::Refund);
    QVERIFY(QTest::qWaitFor([&] { return window->readsMirror(refunds); }, 15000));
    QMap<QString, qint64> refundCounts;
    m_fixture->inStore([&](sandbox::Store &store) {
        const auto &all = store.collection("refunds");
        for (int i = 0; i < all.size(); ++i)
            if (!all.isDeleted(i))
                refundCounts[all.at(i).value("currency").toString()] += 1;
    });
    QString currency;
    for (auto it = refundCounts.cbegin(); it != refundCounts.cend(); ++it)
        if (currency.isEmpty() || it.value() > refundCounts.value(currency))
            currency = it.key();
    qint64 refunded = 0;
    const qint64 succeeded = count("refunds", [&](const QJsonObject &r) {
        const bool keep
            = r.value("currency").toString() == currency && r.value("status").toString() == "succeeded";
        refunded += keep ? r.value("amount").toInteger() : 0;
        return keep;
    });
    QVERIFY(succeeded > 0);
    {
        const QSignalBlocker quiet(refunds->statusFilter()); // one load, for both
        QVERIFY(refunds->statusFilter()->selectValue("succeeded"));
    }
    QVERIFY(refunds->currencyFilter()->selectValue(currency.toUpper()));
    QVERIFY(UiFixture::waitForState(refunds, records::ListModel::State::Ready));
    QVERIFY(window->readsMirror(refunds));
    QVERIFY(loadAll(refunds));
    QCOMPARE(qint64(refunds->model()->rowCount()), succeeded);
    footer = footerOf(refunds);
    QVERIFY2(footer.startsWith(QLocale().toString(succeeded) + (succeeded == 1 ? " refund" : " refunds")),
             qPrintable(footer));
    QVERIFY2(footer.contains(money::Money(refunded, currency.toUpper()).format()), qPrintable(footer));

    // Archived products.
    ProductsTab *products = window->productsTab();
    window->showTab(objects::Kind::Product);
    QVERIFY(products->activeFilter()->selectValue("false"));
    QVERIFY(QTest::qWaitFor([&] { return window->readsMirror(products); }, 15000));
    QVERIFY(UiFixture::waitForState(products, records::ListModel::State::Ready));
    QVERIFY(loadAll(products));
    const qint64 archived
        = count("products", [](const QJsonObject &p) { return !p.value("active").toBool(); });
    QCOMPARE(qint64(products->model()->rowCount()), archived);
    QVERIFY2(footerOf(products).startsWith(QLocale().toString(archived) + " products"),
             qPrintable(footerOf(products)));

    // Promotion codes with part of their code, in any case.
    PromotionCodesTab *codes = window->promotionCodesTab();
    window->showTab(objects::Kind::PromotionCode);
    QVERIFY(QTest::qWaitFor([&] { return window->readsMirror(codes); }, 15000));
    codes->codeFilter()->setText("vIp");
    emit codes->codeFilter()->returnPressed();
    QVERIFY(UiFixture::waitForState(codes, records::ListModel::State::Ready));
    QVERIFY(window->readsMirror(codes));
    const qint64 vip = count("promotion_codes",
                             [](const QJsonObject &p) { return p.value("code").toString().contains("VIP"); });
    QVERIFY(vip > 0);
    QCOMPARE(qint64(codes->model()->rowCount()), vip);
    for (int row = 0; row < codes->model()->rowCount(); ++row)
        QVERIFY(codes->model()->objectAt(row).value("code").toString().contains("VIP"));
}

void TestUiMirrorTabRows::headerSortsEveryRow()
{
    OPEN_WINDOW(window);
    // Orders by what was ordered, Z to A, over every order.
    OrdersTab *orders = window->ordersTab();
    window->showTab(objects::Kind::Order);
    QVERIFY(QTest::qWaitFor([&] { return window->readsMirror(orders); }, 15000));
    QVERIFY(UiFixture::waitForState(orders, records::ListModel::State::Ready));
    QVERIFY(orders->model()->canFetchMore()); // more orders than the first window
    const int items = columnTitled(orders, "Items");
    QVERIFY(items >= 0);
    clickHeader(orders, items);
    clickHeader(orders, items);
    QCOMPARE(orders->table()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    QVERIFY(UiFixture::waitForState(orders, records::ListModel::State::Ready));
    QByteArray largest;
    count("payment_intents", [&](const QJsonObject &pi) {
        if (pi.value("metadata").toObject().value("paydesk_order").toString() == "1")
            largest = std::max(largest, pi.value("description").toString().toCaseFolded().toUtf8());
        return true;
    });
    QCOMPARE(orders->table()->model()->index(0, items).data().toString().toCaseFolded().toUtf8(), largest);
    QVERIFY2(!footerOf(orders).contains("loaded of more"), qPrintable(footerOf(orders)));

    // Every product by name, A to Z: the first of them all.
    ProductsTab *products = window->productsTab();
    window->showTab(objects::Kind::Product);
    QVERIFY(products->activeFilter()->selectValue(QString()));
    QVERIFY(QTest::qWaitFor([&] { return window->readsMirror(products); }, 15000));
    QVERIFY(UiFixture::waitForState(products, records::ListModel::State::Ready));
    QVERIFY(products->model()->canFetchMore());
    const int name = columnTitled(products, "Name");
    clickHeader(products, name);
    QCOMPARE(products->table()->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
    QVERIFY(UiFixture::waitForState(products, records::ListModel::State::Ready));
    QByteArray smallest;
    count("products", [&](const QJsonObject &p) {
        const QByteArray folded = p.value("name").toString().toCaseFolded().toUtf8();
        if (smallest.isEmpty() || folded < smallest)
            smallest = folded;
        return true;
    });
    QCOMPARE(products->table()->model()->index(0, name).data().toString().toCaseFolded().toUtf8(), smallest);
    QVERIFY2(!footerOf(products).contains("loaded of more"), qPrintable(footerOf(products)));

    // Every product by its default price, a value another record holds (the price), up and down:
    // each currency's together, A to Z both ways; the products without an amount last. The
    // priced products are the demo catalogue's, older than the first window's Widgets.
    QMap<QPair<QString, qint64>, QString> priced; // (currency, amount) -> as the column shows it
    const auto prices = objectsOf(*m_fixture, "prices");
    for (const QJsonObject &product : objectsOf(*m_fixture, "products")) {
        const QJsonObject price = prices.value(idOf(product.value("default_price")));
        if (!price.value("unit_amount").isDouble() || price.value("currency").toString().isEmpty())
            continue;
        const QString currency = price.value("currency").toString().toUpper();
        priced.insert({currency, price.value("unit_amount").toInteger()},
                      records::format::money(price, u"unit_amount"));
    }
    QVERIFY(!priced.isEmpty());
    const int defaultPrice = columnTitled(products, "Default price");
    QVERIFY(defaultPrice >= 0);
    clickHeader(products, defaultPrice);
    QCOMPARE(products->table()->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
    QVERIFY(UiFixture::waitForState(products, records::ListModel::State::Ready));
    QCOMPARE(products->table()->model()->index(0, defaultPrice).data().toString(), priced.first());
    QVERIFY2(!footerOf(products).contains("loaded of more"), qPrintable(footerOf(products)));
    clickHeader(products, defaultPrice);
    QCOMPARE(products->table()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    QVERIFY(UiFixture::waitForState(products, records::ListModel::State::Ready));
    const QString firstCurrency = priced.firstKey().first;
    QString largestOfFirst;
    for (auto it = priced.cbegin(); it != priced.cend() && it.key().first == firstCurrency; ++it)
        largestOfFirst = it.value();
    QCOMPARE(products->table()->model()->index(0, defaultPrice).data().toString(), largestOfFirst);
    QVERIFY2(!footerOf(products).contains("loaded of more"), qPrintable(footerOf(products)));

    // Every payment, and every refund, by who paid, A to Z: a name another record holds (the
    // payment's customer), as the Customer column shows it.
    const auto charges = objectsOf(*m_fixture, "charges");
    const auto customers = objectsOf(*m_fixture, "customers");
    const auto payerShown = [&](QJsonObject charge) {
        const QString payer = idOf(charge.value("customer"));
        if (customers.contains(payer))
            charge.insert("customer", customers.value(payer));
        return records::format::customerOfPayment(charge).toCaseFolded().toUtf8();
    };
    PaymentsTab *payments = window->paymentsPage()->payments();
    window->showTab(objects::Kind::Payment);
    QVERIFY(QTest::qWaitFor([&] { return window->readsMirror(payments); }, 15000));
    QVERIFY(UiFixture::waitForState(payments, records::ListModel::State::Ready));
    QVERIFY(payments->model()->canFetchMore());
    int customer = columnTitled(payments, "Customer");
    clickHeader(payments, customer);
    clickHeader(payments, customer);
    QCOMPARE(payments->table()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    QVERIFY(UiFixture::waitForState(payments, records::ListModel::State::Ready));
    QByteArray last;
    for (const QJsonObject &charge : charges)
        last = std::max(last, payerShown(charge));
    QCOMPARE(payments->table()->model()->index(0, customer).data().toString().toCaseFolded().toUtf8(), last);
    QVERIFY2(!footerOf(payments).contains("loaded of more"), qPrintable(footerOf(payments)));

    RefundsTab *refunds = window->paymentsPage()->refunds();
    window->showTab(objects::Kind::Refund);
    QVERIFY(QTest::qWaitFor([&] { return window->readsMirror(refunds); }, 15000));
    QVERIFY(UiFixture::waitForState(refunds, records::ListModel::State::Ready));
    customer = columnTitled(refunds, "Customer");
    clickHeader(refunds, customer);
    QCOMPARE(refunds->table()->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
    QVERIFY(UiFixture::waitForState(refunds, records::ListModel::State::Ready));
    std::optional<QByteArray> first;
    for (const QJsonObject &refund : objectsOf(*m_fixture, "refunds")) {
        const QByteArray shown = payerShown(charges.value(refund.value("charge").toString()));
        if (!first || shown < *first)
            first = shown;
    }
    QVERIFY(first);
    QCOMPARE(refunds->table()->model()->index(0, customer).data().toString().toCaseFolded().toUtf8(), *first);
    QVERIFY2(!footerOf(refunds).contains("loaded of more"), qPrintable(footerOf(refunds)));
}

void TestUiMirrorTabRows::changesMadeElsewhereShowWithinTenSeconds()
{
    // The app's own pace: Stripe's events read every 3 seconds.
    OPEN_WINDOW(window, 3000);
    RefundsTab *refunds = window->paymentsPage()->refunds();
    window->showTab(objects::Kind::Refund);
    QVERIFY(QTest::qWaitFor([&] { return window->readsMirror(refunds); }, 15000));
    QVERIFY(UiFixture::waitForState(refunds, records::ListModel::State::Ready));
    const QString chosen
        = refunds->model()->objectAt(refunds->model()->rowCount() - 1).value("id").toString();
    QVERIFY(refunds->selectId(chosen));
    // Another program refunds part of a customer's payment...
    const QJsonObject charge = m_fixture->newest("charges", [](const QJsonObject &c) {
        return c.value("status").toString() == "succeeded" && !c.value("refunded").toBool()
            && c.value("customer").isString() && c.value("captured").toBool();
    });
    QVERIFY(!charge.isEmpty());
    const QJsonObject payer = m_fixture->object(charge.value("customer").toString());
    SandboxHttp http(m_fixture->url());
    QElapsedTimer clock;
    clock.start();
    const auto made = http.post(
        "/v1/refunds", QStringLiteral("charge=%1&amount=100").arg(charge.value("id").toString()).toUtf8());
    QCOMPARE(made.status, 200);
    const QString id = made.json.value("id").toString();
    const int customer = columnTitled(refunds, "Customer");
    const auto customerShown = [&] {
        const int row = refunds->model()->rowOfId(id);
        return row < 0 ? QString()
                       : refunds->model()->data(refunds->model()->index(row, customer)).toString();
    };
    // ...and it shows, naming who paid (from the copy's customers), the selection kept.
    QVERIFY(QTest::qWaitFor([&] { return !customerShown().isEmpty(); }, 12000));
    QVERIFY2(clock.elapsed() <= 10000, qPrintable(QStringLiteral("shown after %1 ms").arg(clock.elapsed())));
    QCOMPARE(customerShown(), payer.value("name").toString());
    QCOMPARE(refunds->currentId(), chosen);
    // The customer is renamed elsewhere: the refund's row says the new name.
    clock.restart();
    QCOMPARE(http.post("/v1/customers/" + payer.value("id").toString(), "name=Renamed+Elsewhere").status,
             200);
    QVERIFY(QTest::qWaitFor([&] { return customerShown() == "Renamed Elsewhere"; }, 12000));
    QVERIFY2(clock.elapsed() <= 10000, qPrintable(QStringLiteral("shown after %1 ms").arg(clock.elapsed())));
    QCOMPARE(refunds->currentId(), chosen);
    // A product made elsewhere shows in Products.
    ProductsTab *products = window->productsTab();
    window->showTab(objects::Kind::Product);
    QVERIFY(QTest::qWaitFor([&] { return window->readsMirror(products); }, 15000));
    QVERIFY(UiFixture::waitForState(products, records::ListModel::State::Ready));
    clock.restart();
    const auto product = http.post("/v1/products", "name=Made+Elsewhere");
    QCOMPARE(product.status, 200);
    const QString productId = product.json.value("id").toString();
    QVERIFY(QTest::qWaitFor([&] { return products->model()->rowOfId(productId) >= 0; }, 12000));
    QVERIFY2(clock.elapsed() <= 10000, qPrintable(QStringLiteral("shown after %1 ms").arg(clock.elapsed())));
    // A price added to it elsewhere is counted in its Prices column: the copy counts them (from
    // Stripe they are counted only when the products are listed again).
    const int pricesColumn = columnTitled(products, "Prices");
    const auto pricesShown = [&] {
        const int row = products->model()->rowOfId(productId);
        return row < 0 ? QString()
                       : products->model()->data(products->model()->index(row, pricesColumn)).toString();
    };
    QVERIFY(QTest::qWaitFor([&] { return pricesShown() == "0"; }, 5000));
    clock.restart();
    QCOMPARE(http.post("/v1/prices",
                       QStringLiteral("product=%1&currency=usd&unit_amount=1500").arg(productId).toUtf8())
                 .status,
             200);
    QVERIFY(QTest::qWaitFor([&] { return pricesShown() == "1"; }, 12000));
    QVERIFY2(clock.elapsed() <= 10000,
             qPrintable(QStringLiteral("counted after %1 ms").arg(clock.elapsed())));
    QVERIFY(products->priceCounts()->countedFromCopy());
}

void TestUiMirrorTabRows::disputedAndUncapturedReadTheMirror()
{
    OPEN_WINDOW(window);
    PaymentsTab *payments = window->paymentsPage()->payments();
    window->showTab(objects::Kind::Payment);
    QVERIFY(QTest::qWaitFor([&] { return window->readsMirror(payments); }, 15000));
    const auto choose = [&](queries::PaymentStatus status) {
        payments->statusFilter()->selectValue(QString::number(int(status)));
        return UiFixture::waitForState(payments, records::ListModel::State::Ready) && loadAll(payments);
    };
    // Disputed: read from the copy, the payments marked disputed and no other.
    QVERIFY(choose(queries::PaymentStatus::Disputed));
    QVERIFY(window->readsMirror(payments));
    QStringList disputed = m_disputed;
    disputed.sort();
    QCOMPARE(idsShown(payments), disputed);
    // Uncaptured: authorisations (succeeded, not captured), as the sandbox has them.
    QVERIFY(choose(queries::PaymentStatus::Uncaptured));
    QVERIFY(window->readsMirror(payments));
    const Keep uncaptured = [](const QJsonObject &c) {
        return c.value("status").toString() == "succeeded" && c.value("captured").isBool()
            && !c.value("captured").toBool();
    };
    QVERIFY(count("charges", uncaptured) > 0);
    QCOMPARE(qint64(payments->model()->rowCount()), count("charges", uncaptured));
    const QStringList uncapturedFromMirror = idsShown(payments);
    // Succeeded as Stripe says it: refunded since or not.
    QVERIFY(choose(queries::PaymentStatus::Succeeded));
    QCOMPARE(qint64(payments->model()->rowCount()), count("charges", [](const QJsonObject &c) {
                 return c.value("status").toString() == "succeeded";
             }));
    const QStringList succeededFromMirror = idsShown(payments);
    // The same payments from Stripe.
    m_fixture->mirror()->setOn(false);
    QVERIFY(QTest::qWaitFor([&] { return !window->readsMirror(payments); }, 10000));
    QVERIFY(loadAll(payments));
    QCOMPARE(idsShown(payments), succeededFromMirror);
    QVERIFY(choose(queries::PaymentStatus::Uncaptured));
    QCOMPARE(idsShown(payments), uncapturedFromMirror);
    QVERIFY(choose(queries::PaymentStatus::Disputed));
    QCOMPARE(idsShown(payments), disputed);
}

void TestUiMirrorTabRows::figuresOpenExactlyTheirRows()
{
    OPEN_WINDOW(window);
    OverviewTab *overview = window->overviewTab();
    window->findChild<QTabWidget *>("tabs")->setCurrentWidget(overview);
    QVERIFY(QTest::qWaitFor([&] { return overview->isShowingFigures(); }, 15000));
    const mirror::OverviewFigures figures = overview->figures();
    // The currency with the most open invoices.
    const mirror::Overview::Receivables *most = nullptr;
    for (const auto &receivables : figures.receivables)
        if (!most || receivables.total().count > most->total().count)
            most = &receivables;
    QVERIFY(most);
    overview->currencyBox()->setCurrentIndex(overview->currencyBox()->findData(most->currency));
    InvoicesTab *invoices = window->invoicesTab();
    BarChart *aging = overview->agingChart();
    QStringList agedFromMirror[mirror::Overview::ageCount];
    for (int age = 0; age < mirror::Overview::ageCount; ++age) {
        window->findChild<QTabWidget *>("tabs")->setCurrentWidget(overview);
        QTest::mouseClick(aging, Qt::LeftButton, {}, aging->barRect(age, 0).center());
        QCOMPARE(window->currentRecordTab(), static_cast<RecordTab *>(invoices));
        QVERIFY(QTest::qWaitFor([&] { return isSettled(invoices->model()->state()); }, 15000));
        QVERIFY(window->readsMirror(invoices));
        QVERIFY(loadAll(invoices));
        // The tab's filters say what the figure counts...
        QCOMPARE(invoices->statusFilter()->value(), "open");
        QCOMPARE(invoices->currencyFilter()->value(), most->currency.toUpper());
        QCOMPARE(invoices->dueFilter()->button()->text() == "Due: any time", false);
        // ...and it lists exactly those: as many, each of that currency and age.
        const mirror::Overview::Figure figure = most->byAge[size_t(age)];
        QCOMPARE(qint64(invoices->model()->rowCount()), figure.count);
        const mirror::Filter filter = overview->selectedFilter(Figure::Aging);
        for (int row = 0; row < invoices->model()->rowCount(); ++row) {
            const QJsonObject invoice = invoices->model()->objectAt(row);
            const qint64 due = objects::invoices::paymentDue(invoice);
            QCOMPARE(invoice.value("currency").toString(), most->currency);
            QVERIFY(!filter.dueFrom || due >= *filter.dueFrom);
            QVERIFY(!filter.dueUntil || due < *filter.dueUntil);
        }
        if (figure.count > 0)
            QVERIFY2(footerOf(invoices).startsWith(QLocale().toString(figure.count) + " invoice"),
                     qPrintable(footerOf(invoices)));
        agedFromMirror[age] = idsShown(invoices);
    }
    // A month's revenue: that month's succeeded payments of the currency, as many and as much.
    window->findChild<QTabWidget *>("tabs")->setCurrentWidget(overview);
    // The month of the currency with the most refunds (and payments, then).
    const mirror::Overview::Month *busiest = nullptr;
    for (const auto &month : figures.months)
        if (month.currency == most->currency && (!busiest || month.refunds.count > busiest->refunds.count))
            busiest = &month;
    QVERIFY(busiest && busiest->refunds.count > 0 && busiest->revenue.count > 0);
    int group = -1;
    for (int i = 0; i < 12; ++i)
        if (figures.lastMonth.addMonths(i - 11) == busiest->month)
            group = i;
    QVERIFY(group >= 0);
    BarChart *revenue = overview->revenueChart();
    QTest::mouseClick(revenue, Qt::LeftButton, {}, revenue->barRect(group, 0).center());
    PaymentsTab *payments = window->paymentsPage()->payments();
    QCOMPARE(window->currentRecordTab(), static_cast<RecordTab *>(payments));
    QVERIFY(UiFixture::waitForState(payments, records::ListModel::State::Ready));
    QVERIFY(window->readsMirror(payments));
    QString footer = footerOf(payments);
    QVERIFY2(footer.startsWith(QLocale().toString(busiest->revenue.count) + " payment"), qPrintable(footer));
    QVERIFY2(footer.contains(money::Money(busiest->revenue.amount, most->currency.toUpper()).format()),
             qPrintable(footer));
    // Its refunds.
    window->findChild<QTabWidget *>("tabs")->setCurrentWidget(overview);
    QTest::mouseClick(revenue, Qt::LeftButton, {}, revenue->barRect(group, 1).center());
    RefundsTab *refunds = window->paymentsPage()->refunds();
    QCOMPARE(window->currentRecordTab(), static_cast<RecordTab *>(refunds));
    QVERIFY(UiFixture::waitForState(refunds, records::ListModel::State::Ready));
    QVERIFY(window->readsMirror(refunds));
    footer = footerOf(refunds);
    QVERIFY2(footer.startsWith(QLocale().toString(busiest->refunds.count) + " refund"), qPrintable(footer));
    QVERIFY2(footer.contains(money::Money(busiest->refunds.amount, most->currency.toUpper()).format()),
             qPrintable(footer));
    QVERIFY(loadAll(refunds));
    const QStringList refundsFromMirror = idsShown(refunds);
    // The customer owing the most: that customer's open invoices of the currency.
    window->findChild<QTabWidget *>("tabs")->setCurrentWidget(overview);
    QTableWidget *balances = overview->balancesTable();
    QVERIFY(balances->rowCount() > 0);
    balances->setCurrentCell(0, 0);
    balances->setFocus();
    QTest::keyClick(balances, Qt::Key_Return);
    QVERIFY(QTest::qWaitFor([&] { return window->currentRecordTab() == invoices; }, 2000));
    QVERIFY(UiFixture::waitForState(invoices, records::ListModel::State::Ready));
    QVERIFY(loadAll(invoices));
    qint64 owed = 0;
    for (const auto &balance : figures.balances)
        if (balance.currency == most->currency && owed == 0) {
            QCOMPARE(invoices->customerFilter()->customerId(), balance.customer);
            QCOMPARE(qint64(invoices->model()->rowCount()), balance.open.count);
            owed = balance.open.amount;
        }
    QVERIFY(owed > 0);
    // From Stripe, with the copy off, the same filters keep the same rows.
    m_fixture->mirror()->setOn(false);
    QVERIFY(QTest::qWaitFor([&] { return !window->readsMirror(invoices); }, 10000));
    for (int age = 0; age < mirror::Overview::ageCount; ++age) {
        window->showFiltered(
            mirror::Overview::receivablesFilter(mirror::Overview::Age(age), most->currency, figures.asOf));
        QVERIFY(loadAll(invoices));
        QVERIFY(!window->readsMirror(invoices));
        QCOMPARE(idsShown(invoices), agedFromMirror[age]);
    }
    window->showFiltered(mirror::Overview::refundsFilter(busiest->month, most->currency));
    QVERIFY(loadAll(refunds));
    QCOMPARE(idsShown(refunds), refundsFromMirror);
}

void TestUiMirrorTabRows::mirrorOffReadsStripeSayingSo()
{
    OPEN_WINDOW(window);
    OrdersTab *orders = window->ordersTab();
    window->showTab(objects::Kind::Order);
    QVERIFY(QTest::qWaitFor([&] { return window->readsMirror(orders); }, 15000));
    MirrorStatusButton *status = window->mirrorControls()->statusButton();
    QVERIFY(QTest::qWaitFor([&] { return status->text().startsWith("Synced "); }, 5000));
    const qint64 all = count("payment_intents", [](const QJsonObject &pi) {
        return pi.value("metadata").toObject().value("paydesk_order").toString() == "1";
    });
    QVERIFY2(footerOf(orders).startsWith(QLocale().toString(all) + " orders"), qPrintable(footerOf(orders)));
    // Off: Stripe's search, 100 at a time, as before; the status bar says so.
    m_fixture->mirror()->setOn(false);
    QVERIFY(QTest::qWaitFor([&] { return !window->readsMirror(orders); }, 5000));
    QVERIFY(UiFixture::waitForState(orders, records::ListModel::State::Ready));
    QCOMPARE(orders->model()->rowCount(), 100);
    QVERIFY2(footerOf(orders).contains("scroll for more"), qPrintable(footerOf(orders)));
    QVERIFY(QTest::qWaitFor([&] { return status->text() == "From Stripe"; }, 5000));
    // On again: the copy.
    m_fixture->mirror()->setOn(true);
    QVERIFY(QTest::qWaitFor([&] { return window->readsMirror(orders); }, 30000));
}

void TestUiMirrorTabRows::searchBoxesFindByWhatRowsName()
{
    OPEN_WINDOW(window);
    const auto charges = objectsOf(*m_fixture, "charges");
    const auto customers = objectsOf(*m_fixture, "customers");
    const auto emailOfCustomer
        = [&](const QString &id) { return customers.value(id).value("email").toString(); };
    const auto idsOf = [](RecordTab *tab) {
        QStringList ids = idsShown(tab);
        ids.sort();
        return ids;
    };

    // Refunds by the email of who paid: on the refund itself only the payment's id.
    RefundsTab *refunds = window->paymentsPage()->refunds();
    window->showTab(objects::Kind::Refund);
    QVERIFY(QTest::qWaitFor([&] { return window->readsMirror(refunds); }, 15000));
    // Exported from the copy, sorted oldest first by a header click: the tab's columns in the
    // tab's order, each refund naming who was paid back, from the copy's charges and customers.
    const auto refundsById = objectsOf(*m_fixture, "refunds");
    QVERIFY(loadAll(refunds));
    clickHeader(refunds, columnTitled(refunds, "Created"));
    QCOMPARE(refunds->table()->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
    QVERIFY(loadAll(refunds));
    const QStringList oldestFirst = UiFixture::shownIds(refunds);
    QCOMPARE(oldestFirst.size(), refundsById.size());
    QVERIFY(refundsById.value(oldestFirst.first()).value("created").toInteger()
            < refundsById.value(oldestFirst.last()).value("created").toInteger());
    QTemporaryDir exports;
    const QList<QStringList> fromCopy = exportView(window, exports.filePath("all.csv"));
    QVERIFY(!fromCopy.isEmpty());
    const QStringList refundHeader = fromCopy.first();
    const qsizetype idCell = refundHeader.indexOf("ID");
    const qsizetype customerCell = refundHeader.indexOf("Customer");
    QVERIFY2(idCell >= 0 && customerCell >= 0, qPrintable(refundHeader.join(',')));
    QStringList exportedIds;
    int named = 0;
    for (const QStringList &row : fromCopy.mid(1)) {
        QCOMPARE(row.size(), refundHeader.size());
        exportedIds << row.at(idCell);
        const QJsonObject charge = charges.value(idOf(refundsById.value(row.at(idCell)).value("charge")));
        const QString name = customers.value(idOf(charge.value("customer"))).value("name").toString();
        if (name.isEmpty())
            continue;
        QCOMPARE(row.at(customerCell), name);
        ++named;
    }
    QCOMPARE(exportedIds, oldestFirst);
    QVERIFY(named > 0);
    QMap<QString, QStringList> refundsByEmail;
    for (const QJsonObject &refund : objectsOf(*m_fixture, "refunds")) {
        const QJsonObject charge = charges.value(idOf(refund.value("charge")));
        refundsByEmail[emailOfCustomer(idOf(charge.value("customer")))] << refund.value("id").toString();
    }
    refundsByEmail.remove(QString());
    QVERIFY(!refundsByEmail.isEmpty());
    const QString email = refundsByEmail.firstKey();
    QStringList expected;
    for (const QJsonObject &refund : objectsOf(*m_fixture, "refunds")) {
        const QJsonObject charge = charges.value(idOf(refund.value("charge")));
        if (hasWord(emailOfCharge(charge), email)
            || hasWord(emailOfCustomer(idOf(charge.value("customer"))), email))
            expected << refund.value("id").toString();
    }
    expected.sort();
    QVERIFY(typeSearch(refunds, refunds->searchField(), email.toUpper()));
    QVERIFY(window->readsMirror(refunds));
    QCOMPARE(idsOf(refunds), expected);
    QVERIFY2(footerOf(refunds).startsWith(QLocale().toString(expected.size())
                                          + (expected.size() == 1 ? " refund" : " refunds")),
             qPrintable(footerOf(refunds)));
    // Exported, the file holds the rows found, not every refund of Stripe's list.
    const QString found = exports.filePath("found.csv");
    window->exportCurrentView(found);
    QVERIFY(QTest::qWaitFor([&] { return QFile::exists(found); }, 15000));
    QFile foundFile(found);
    QVERIFY(foundFile.open(QIODevice::ReadOnly));
    QCOMPARE(foundFile.readAll().trimmed().split('\n').size(), expected.size() + 1); // and the header
    // A word no refund has: said, not an empty table without a reason.
    QVERIFY(typeSearch(refunds, refunds->searchField(), "qqqzzzxx"));
    QCOMPARE(refunds->model()->rowCount(), 0);
    QVERIFY2(refunds->statePanel()->message().contains(QString::fromUtf8("“qqqzzzxx”")),
             qPrintable(refunds->statePanel()->message()));

    // Invoices by their number.
    InvoicesTab *invoices = window->invoicesTab();
    window->showTab(objects::Kind::Invoice);
    QVERIFY(QTest::qWaitFor([&] { return window->readsMirror(invoices); }, 15000));
    const QString number
        = m_fixture
              ->newest("invoices",
                       [](const QJsonObject &i) { return !i.value("number").toString().isEmpty(); })
              .value("number")
              .toString();
    QVERIFY(!number.isEmpty());
    expected.clear();
    for (const QJsonObject &invoice : objectsOf(*m_fixture, "invoices"))
        for (const char *field : {"number", "customer_name", "customer_email", "description", "id"})
            if (hasWord(invoice.value(field).toString(), number)) {
                expected << invoice.value("id").toString();
                break;
            }
    expected.sort();
    QVERIFY(!expected.isEmpty());
    QVERIFY(typeSearch(invoices, invoices->searchField(), number.toLower()));
    QCOMPARE(idsOf(invoices), expected);

    // Orders by their customer's email (every order made here is that customer's).
    OrdersTab *orders = window->ordersTab();
    window->showTab(objects::Kind::Order);
    QVERIFY(QTest::qWaitFor([&] { return window->readsMirror(orders); }, 15000));
    const QString buyer = emailOfCustomer(m_fixture->newest("customers").value("id").toString());
    QVERIFY(!buyer.isEmpty());
    expected.clear();
    for (const QJsonObject &intent : objectsOf(*m_fixture, "payment_intents")) {
        if (intent.value("metadata").toObject().value("paydesk_order").toString() != "1")
            continue;
        if (hasWord(emailOfCustomer(idOf(intent.value("customer"))), buyer)
            || hasWord(intent.value("receipt_email").toString(), buyer)
            || hasWord(emailOfCharge(charges.value(idOf(intent.value("latest_charge")))), buyer))
            expected << intent.value("id").toString();
    }
    expected.sort();
    QVERIFY(expected.size() > 100); // more than a window of them
    QVERIFY(typeSearch(orders, orders->searchField(), buyer));
    QCOMPARE(idsOf(orders), expected);

    // Promotion codes by their coupon's name.
    PromotionCodesTab *codes = window->promotionCodesTab();
    window->showTab(objects::Kind::PromotionCode);
    QVERIFY(QTest::qWaitFor([&] { return window->readsMirror(codes); }, 15000));
    const auto coupons = objectsOf(*m_fixture, "coupons");
    const auto allCodes = objectsOf(*m_fixture, "promotion_codes");
    QString couponName;
    for (const QJsonObject &code : allCodes) {
        const QJsonObject promotion = code.value("promotion").toObject();
        const QString coupon = idOf(promotion.isEmpty() ? code.value("coupon") : promotion.value("coupon"));
        couponName = coupons.value(coupon).value("name").toString();
        if (!couponName.isEmpty())
            break;
    }
    QVERIFY(!couponName.isEmpty());
    expected.clear();
    for (const QJsonObject &code : allCodes) {
        const QJsonObject promotion = code.value("promotion").toObject();
        const QString coupon = idOf(promotion.isEmpty() ? code.value("coupon") : promotion.value("coupon"));
        const QJsonObject customer = customers.value(idOf(code.value("customer")));
        if (hasWord(coupons.value(coupon).value("name").toString(), couponName)
            || hasWord(code.value("code").toString(), couponName)
            || hasWord(customer.value("name").toString(), couponName)
            || hasWord(customer.value("email").toString(), couponName))
            expected << code.value("id").toString();
    }
    expected.sort();
    QVERIFY(typeSearch(codes, codes->searchField(), QLatin1Char('"') + couponName + QLatin1Char('"')));
    QCOMPARE(idsOf(codes), expected);

    // Products by part of their name, archived ones too.
    ProductsTab *products = window->productsTab();
    window->showTab(objects::Kind::Product);
    QVERIFY(products->activeFilter()->selectValue(QString()));
    QVERIFY(QTest::qWaitFor([&] { return window->readsMirror(products); }, 15000));
    expected.clear();
    for (const QJsonObject &product : objectsOf(*m_fixture, "products"))
        if (hasWord(product.value("name").toString(), "widget 10")
            || hasWord(product.value("id").toString(), "widget 10"))
            expected << product.value("id").toString();
    expected.sort();
    QCOMPARE(expected.size(), 10); // Widget 100 to 109 of initTestCase
    QVERIFY(typeSearch(products, products->searchField(), "\"widget 10\""));
    QCOMPARE(idsOf(products), expected);
    // Exported from the copy: the tab's own Prices column too, as the table shows it.
    const QList<QStringList> productsFromCopy = exportView(window, exports.filePath("products.csv"));
    QCOMPARE(productsFromCopy.size(), expected.size() + 1);
    const QStringList productHeader = productsFromCopy.first();
    const qsizetype pricesCell = productHeader.indexOf("Prices");
    QVERIFY2(pricesCell >= 0, qPrintable(productHeader.join(',')));
    const int pricesColumn = columnTitled(products, "Prices");
    const QMap<QString, QStringList> productsShown = shownRows(products);
    for (const QStringList &row : productsFromCopy.mid(1)) {
        QCOMPARE(row.size(), productHeader.size());
        const QString id = row.at(productHeader.indexOf("ID"));
        QVERIFY2(productsShown.contains(id), qPrintable(id));
        QVERIFY(!row.at(pricesCell).isEmpty());
        QCOMPARE(row.at(pricesCell), productsShown.value(id).value(pricesColumn));
    }

    // From Stripe, which cannot search refunds: the table says so and lists nothing that
    // ignores the words; without them, Stripe's refunds again.
    window->showTab(objects::Kind::Refund);
    QVERIFY(typeSearch(refunds, refunds->searchField(), email));
    m_fixture->mirror()->setOn(false);
    QVERIFY(QTest::qWaitFor([&] { return !window->readsMirror(refunds); }, 10000));
    QVERIFY(loadAll(refunds));
    QCOMPARE(refunds->model()->rowCount(), 0);
    QVERIFY(refunds->statePanel()->isVisible());
    QVERIFY2(refunds->statePanel()->message().startsWith("Stripe cannot search refunds for “" + email + "”"),
             qPrintable(refunds->statePanel()->message()));
    QCOMPARE(refunds->searchField()->text(), email); // nothing typed is lost
    // Nor is a file made of Stripe's refunds as if they were the ones searched for.
    const QString ignored = exports.filePath("ignored.csv");
    window->exportCurrentView(ignored);
    QTest::qWait(500);
    QVERIFY(!QFile::exists(ignored));
    QVERIFY2(window->statusBar()->currentMessage().startsWith("Stripe cannot search refunds"),
             qPrintable(window->statusBar()->currentMessage()));
    QVERIFY(typeSearch(refunds, refunds->searchField(), QString()));
    QVERIFY(refunds->model()->rowCount() > 0);
    // The same view exported from Stripe has the same header as from the copy.
    const QList<QStringList> refundsFromStripe = exportView(window, exports.filePath("stripe.csv"));
    QVERIFY(!refundsFromStripe.isEmpty());
    QCOMPARE(refundHeader, refundsFromStripe.first());
    window->showTab(objects::Kind::Product);
    QVERIFY(typeSearch(products, products->searchField(), QString()));
    QVERIFY(!window->readsMirror(products));
    const QList<QStringList> productsFromStripe = exportView(window, exports.filePath("stripe-products.csv"));
    QVERIFY(!productsFromStripe.isEmpty());
    QCOMPARE(productHeader, productsFromStripe.first());
}

void TestUiMirrorTabRows::teamDatabaseGoingAwaySendsTheTabToStripe()
{
    // A team database of this test's own, to stop and start again.
    PrivateCluster cluster;
    QVERIFY2(cluster.isStarted(), "the private PostgreSQL cluster did not start");
    m_fixture->useTeamDatabase(cluster.config(sandbox::Server::accountId()).postgres, cluster.password());
    MainWindow *window = m_fixture->openWithMirror(accounts::Mode::Test, 1000);
    QVERIFY(m_fixture->waitForMirror(90000));
    RefundsTab *refunds = window->paymentsPage()->refunds();
    window->showTab(objects::Kind::Refund);
    QVERIFY(QTest::qWaitFor([&] { return window->readsMirror(refunds); }, 15000));
    const int all = m_fixture->count("refunds");
    QVERIFY(loadAll(refunds));
    QCOMPARE(refunds->model()->rowCount(), all);
    MirrorStatusButton *status = window->mirrorControls()->statusButton();

    // The database stops answering: the tab reads Stripe again, and the window says why.
    QVERIFY(cluster.pause());
    QVERIFY(QTest::qWaitFor([&] { return !window->readsMirror(refunds); }, 20000));
    QVERIFY(loadAll(refunds));
    QCOMPARE(refunds->model()->rowCount(), all); // Stripe's refunds, fewer than a page here
    QVERIFY2(window->noticeBar()->isVisible() && window->noticeBar()->text().contains("cannot be reached"),
             qPrintable(window->noticeBar()->text()));
    const QString fromStripe = QString::fromUtf8("Team database unavailable — from Stripe");
    QVERIFY2(QTest::qWaitFor([&] { return status->text() == fromStripe; }, 5000), qPrintable(status->text()));

    // It answers again: the copy again, and the notice goes.
    QVERIFY(cluster.resume());
    QVERIFY(QTest::qWaitFor([&] { return window->readsMirror(refunds); }, 30000));
    QVERIFY(loadAll(refunds));
    QCOMPARE(refunds->model()->rowCount(), all);
    QVERIFY(QTest::qWaitFor([&] { return !window->noticeBar()->isVisible(); }, 5000));
    QVERIFY2(QTest::qWaitFor([&] { return status->text().startsWith("Synced "); }, 5000),
             qPrintable(status->text()));
    // The copy stops before its database does.
    m_fixture->mirror()->close();
}

PAYDESK_TEST_MAIN(TestUiMirrorTabRows)
#include "tst_ui_mirror_tabrows.moc"
