#include "src/objects/Json.h"
#include "src/records/PriceCounts.h"
#include "src/sandbox/Server.h"
#include "tests/support/TestMain.h"
#include "tests/ui/support/UiFixture.h"
#include "ui/customers/CustomersTab.h"
#include "ui/export/ExportProgressDialog.h"
#include "ui/invoices/InvoicesTab.h"
#include "ui/orders/OrdersTab.h"
#include "ui/payments/PaymentsAndRefundsPage.h"
#include "ui/payments/PaymentsTab.h"
#include "ui/products/ProductsTab.h"
#include "ui/promotioncodes/PromotionCodesTab.h"
#include "ui/records/DetailPane.h"
#include "ui/widgets/ChoiceBox.h"
#include "ui/widgets/ModeBanner.h"
#include "ui/widgets/StatePanel.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>

using State = records::ListModel::State;

// Browsing the sandbox through the real window, offscreen: every tab, paging, filters, the
// empty and error states, the detail pane, links, Go to, CSV export.
class TestUiBrowsing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup() { UiFixture::closeDialogs(); }

    void everyTabLoadsRows();
    void scrollingFetchesTheNextPage();
    void customerSearchNarrows_data();
    void customerSearchNarrows();
    void invoiceFiltersNarrow();
    void otherFiltersNarrow();
    void productsShowTheirPriceCounts();
    void emptyStateSaysWhy();
    void malformedIdFilterSendsNothing();
    void errorStateHasRequestIdAndRetry();
    void failedPageKeepsLoadedRows();
    void detailPaneShowsFieldsAndRelatedLists();
    void relatedLinkJumps();
    void goToOpensEveryKindOfId_data();
    void goToOpensEveryKindOfId();
    void goToUnknownIdSaysSo();
    void csvExportHasEveryRowOnce();
    void escapeStopsAnExport();
    void liveModeIsUnmistakable();
    void restrictedKeyMissingAPermission();
    void lastTabAndColumnWidthsPersist();
    void keyboardReachesEverything();

private:
    std::unique_ptr<UiFixture> m_fixture;
    MainWindow *m_window = nullptr;
};

void TestUiBrowsing::initTestCase()
{
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    m_fixture = std::make_unique<UiFixture>();
}

void TestUiBrowsing::init()
{
    m_window = m_fixture->open();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestUiBrowsing::everyTabLoadsRows()
{
    using objects::Kind;
    for (const Kind kind : {Kind::Customer, Kind::Invoice, Kind::Order, Kind::Payment, Kind::Refund,
                            Kind::PromotionCode, Kind::Product}) {
        RecordTab *tab = m_window->showTab(kind);
        QVERIFY2(UiFixture::waitForRows(tab, 1), qPrintable(tab->title()));
        QCOMPARE(tab->model()->state(), State::Ready);
        // The first row reads as text in every column a finance clerk looks at.
        const QString first = tab->table()->model()->index(0, 0).data().toString();
        QVERIFY2(!first.isEmpty(), qPrintable(tab->title()));
        QVERIFY(tab->statePanel()->isHidden() || !tab->statePanel()->isVisible());
    }
    // Orders are Paydesk's orders only.
    RecordTab *orders = m_window->showTab(Kind::Order);
    for (int row = 0; row < orders->model()->rowCount(); ++row)
        QCOMPARE(
            orders->model()->objectAt(row).value("metadata").toObject().value("paydesk_order").toString(),
            QStringLiteral("1"));
}

void TestUiBrowsing::scrollingFetchesTheNextPage()
{
    RecordTab *customers = m_window->showTab(objects::Kind::Customer);
    QVERIFY(UiFixture::waitForState(customers, State::Ready));
    QCOMPARE(customers->model()->rowCount(), 100);
    customers->table()->scrollToBottom();
    QVERIFY(UiFixture::waitForRows(customers, 200));
    customers->table()->scrollToBottom();
    QVERIFY(UiFixture::waitForRows(customers, 300));
    QTest::qWait(100); // nothing more must happen: there is no fourth page
    QCOMPARE(customers->model()->rowCount(), 300);
    QVERIFY(!customers->model()->hasMore());
}

void TestUiBrowsing::customerSearchNarrows_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("part of a name") << "jane";
    QTest::newRow("accented name") << QString::fromUtf8("Zoë");
    QTest::newRow("exact email") << QString();
}

void TestUiBrowsing::customerSearchNarrows()
{
    QFETCH(QString, text);
    if (text.isEmpty())
        text = m_fixture->newest("customers").value("email").toString();
    auto *customers = m_window->customersTab();
    m_window->showTab(objects::Kind::Customer);
    customers->searchField()->setText(text); // QTest::keyClicks types ASCII only
    QTest::keyClick(customers->searchField(), Qt::Key_Return);
    QVERIFY(UiFixture::waitForState(customers, State::Ready));
    QVERIFY(customers->model()->rowCount() > 0);
    QVERIFY(customers->model()->rowCount() < 300);
    for (int row = 0; row < customers->model()->rowCount(); ++row) {
        const QJsonObject c = customers->model()->objectAt(row);
        QVERIFY2(c.value("name").toString().contains(text, Qt::CaseInsensitive)
                     || c.value("email").toString().contains(text, Qt::CaseInsensitive),
                 qPrintable(c.value("name").toString()));
    }
    customers->searchField()->clear();
}

void TestUiBrowsing::invoiceFiltersNarrow()
{
    auto *invoices = m_window->invoicesTab();
    m_window->showTab(objects::Kind::Invoice);
    invoices->statusFilter()->selectValue("open");
    QVERIFY(UiFixture::waitForState(invoices, State::Ready));
    for (int row = 0; row < invoices->model()->rowCount(); ++row)
        QCOMPARE(invoices->table()->model()->index(row, 4).data().toString(), QStringLiteral("Open"));
    const QString customer
        = m_fixture
              ->newest("invoices",
                       [](const QJsonObject &i) { return i.value("status").toString() == "open"; })
              .value("customer")
              .toString();
    invoices->filterByCustomer(customer);
    QVERIFY(UiFixture::waitForState(invoices, State::Ready));
    QVERIFY(invoices->model()->rowCount() > 0);
    for (int row = 0; row < invoices->model()->rowCount(); ++row) {
        QCOMPARE(invoices->model()->objectAt(row).value("customer").toString(), customer);
        QCOMPARE(invoices->model()->objectAt(row).value("status").toString(), QStringLiteral("open"));
    }
    invoices->statusFilter()->selectValue(QString());
    invoices->filterByCustomer(QString());
}

void TestUiBrowsing::otherFiltersNarrow()
{
    auto *payments = m_window->paymentsPage()->payments();
    const QString customer = m_fixture->newest("charges").value("customer").toString();
    m_window->showTab(objects::Kind::Payment);
    payments->filterByCustomer(customer);
    QVERIFY(UiFixture::waitForState(payments, State::Ready));
    for (int row = 0; row < payments->model()->rowCount(); ++row)
        QCOMPARE(objects::json::id(payments->model()->objectAt(row), u"customer"), customer);
    payments->filterByCustomer(QString());

    auto *promos = m_window->promotionCodesTab();
    m_window->showTab(objects::Kind::PromotionCode);
    promos->activeFilter()->selectValue("false");
    QVERIFY(UiFixture::waitForState(promos, State::Ready));
    QVERIFY(promos->model()->rowCount() > 0);
    for (int row = 0; row < promos->model()->rowCount(); ++row)
        QCOMPARE(promos->model()->objectAt(row).value("active").toBool(true), false);
    promos->activeFilter()->selectValue(QString());
    promos->filterByCoupon("LOYAL15");
    QVERIFY(UiFixture::waitForState(promos, State::Ready));
    QCOMPARE(promos->model()->rowCount(), 4);
    promos->codeFilter()->setText("loyal15-vip");
    QTest::keyClick(promos->codeFilter(), Qt::Key_Return);
    QVERIFY(QTest::qWaitFor(
        [promos] { return promos->model()->rowCount() == 1 && promos->model()->state() == State::Ready; }));
    // The coupon and its discount, from the expanded coupon.
    QCOMPARE(promos->table()->model()->index(0, 1).data().toString(),
             QString::fromUtf8("Loyalty — 15% off forever"));
    promos->codeFilter()->clear();
    promos->filterByCoupon(QString());

    auto *products = m_window->productsTab();
    m_window->showTab(objects::Kind::Product);
    products->activeFilter()->selectValue("false");
    QVERIFY(QTest::qWaitFor([products] {
        return products->model()->rowCount() == 1 && products->model()->state() == State::Ready;
    }));
    QCOMPARE(products->table()->model()->index(0, 1).data().toString(), QStringLiteral("Archived"));
    products->activeFilter()->selectValue("true");
}

void TestUiBrowsing::productsShowTheirPriceCounts()
{
    using Counts = records::PriceCounts;
    auto *products = m_window->productsTab();
    m_window->showTab(objects::Kind::Product);
    products->activeFilter()->selectValue(QString()); // archived products too
    QVERIFY(QTest::qWaitFor([products] {
        return products->model()->state() == State::Ready
            && products->priceCounts()->state() == Counts::State::Ready;
    }));
    const QAbstractItemModel *table = products->table()->model();
    const int pricesColumn = products->pricesColumn();
    QCOMPARE(table->headerData(pricesColumn, Qt::Horizontal).toString(), QStringLiteral("Prices"));
    QVERIFY(table->rowCount() > 1);
    int withSeveral = 0;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString id = table->index(row, 0).data(records::ListModel::IdRole).toString();
        const int prices = m_fixture->count(
            "prices", [&id](const QJsonObject &price) { return price.value("product").toString() == id; });
        QCOMPARE(table->index(row, pricesColumn).data().toString(), QString::number(prices));
        withSeveral += prices > 1;
    }
    QVERIFY2(withSeveral > 0, "the sandbox has a product with several prices to count");

    // Counting fails: the cell says it does not know, and why, instead of showing 0.
    m_fixture->sandbox().faults().failNext(3, 500, "GET", "/v1/prices");
    products->reload();
    QVERIFY(
        QTest::qWaitFor([products] { return products->priceCounts()->state() == Counts::State::Failed; }));
    QVERIFY(UiFixture::waitForState(products, State::Ready));
    QCOMPARE(table->index(0, pricesColumn).data().toString(), QStringLiteral("?"));
    const QString tip = table->index(0, pricesColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains("Could not count the prices"), qPrintable(tip));
    products->reload();
    QVERIFY(QTest::qWaitFor([products] { return products->priceCounts()->state() == Counts::State::Ready; }));
    products->activeFilter()->selectValue("true");
}

void TestUiBrowsing::emptyStateSaysWhy()
{
    auto *customers = m_window->customersTab();
    m_window->showTab(objects::Kind::Customer);
    customers->searchField()->setText("qqqzzzxx");
    QTest::keyClick(customers->searchField(), Qt::Key_Return);
    QVERIFY(UiFixture::waitForState(customers, State::Empty));
    QVERIFY(customers->statePanel()->isVisible());
    QVERIFY2(customers->statePanel()->message().contains(QString::fromUtf8("“qqqzzzxx”")),
             qPrintable(customers->statePanel()->message()));
    customers->searchField()->clear();

    // A customer without invoices: the Invoices tab says so in words.
    const QString nobody = QStringLiteral("cus_EmptyStateTest0001");
    m_fixture->inStore([&nobody](sandbox::Store &store) {
        store.collection("customers")
            .insert({{"id", nobody}, {"object", "customer"}, {"created", 1}, {"email", "e@example.com"}});
    });
    auto *invoices = m_window->invoicesTab();
    m_window->showTab(objects::Kind::Invoice);
    invoices->statusFilter()->selectValue("open");
    invoices->filterByCustomer(nobody);
    QVERIFY(UiFixture::waitForState(invoices, State::Empty));
    QCOMPARE(invoices->statePanel()->message(), QStringLiteral("No open invoices for this customer."));
    invoices->statusFilter()->selectValue(QString());
    invoices->filterByCustomer(QString());
}

void TestUiBrowsing::malformedIdFilterSendsNothing()
{
    auto *invoices = m_window->invoicesTab();
    m_window->showTab(objects::Kind::Invoice);
    QVERIFY(UiFixture::waitForState(invoices, State::Ready));
    const int before = int(m_fixture->client()->requestLog()->size());
    invoices->filterByCustomer("ch_123");
    QVERIFY(UiFixture::waitForState(invoices, State::Empty));
    QVERIFY2(
        invoices->statePanel()->message().contains("is the ID of one of the payments, not of any customer"),
        qPrintable(invoices->statePanel()->message()));
    QCOMPARE(int(m_fixture->client()->requestLog()->size()), before);
    invoices->filterByCustomer(QString());
}

void TestUiBrowsing::errorStateHasRequestIdAndRetry()
{
    auto *products = m_window->productsTab();
    m_window->showTab(objects::Kind::Product);
    QVERIFY(UiFixture::waitForState(products, State::Ready));
    m_fixture->sandbox().faults().failNext(3, 500, "GET", "/v1/products"); // the first try and both retries
    products->reload();
    QVERIFY(UiFixture::waitForState(products, State::Failed));
    QVERIFY(products->statePanel()->isShowingError());
    QVERIFY2(products->statePanel()->message().contains("Could not load products"),
             qPrintable(products->statePanel()->message()));
    QVERIFY(products->model()->error().requestId.startsWith("req_"));
    auto *retry = products->statePanel()->findChild<QPushButton *>("retryButton");
    QVERIFY(retry && retry->isVisible());
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(UiFixture::waitForState(products, State::Ready));
    QVERIFY(products->model()->rowCount() > 0);
}

void TestUiBrowsing::failedPageKeepsLoadedRows()
{
    auto *customers = m_window->customersTab();
    m_window->showTab(objects::Kind::Customer);
    customers->reload();
    QVERIFY(UiFixture::waitForState(customers, State::Ready));
    m_fixture->sandbox().faults().failNext(3, 503, "GET", "/v1/customers");
    customers->table()->scrollToBottom();
    QVERIFY(UiFixture::waitForState(customers, State::Failed));
    QCOMPARE(customers->model()->rowCount(), 100);
    QVERIFY(customers->table()->isVisible()); // the rows stay on screen; the footer offers Retry
    customers->model()->retry();
    QVERIFY(UiFixture::waitForRows(customers, 200));
}

void TestUiBrowsing::detailPaneShowsFieldsAndRelatedLists()
{
    auto *customers = m_window->customersTab();
    m_window->showTab(objects::Kind::Customer);
    customers->reload();
    QVERIFY(UiFixture::waitForState(customers, State::Ready));
    UiFixture::selectRow(customers, 0);
    const QJsonObject selected = customers->currentObject();
    DetailPane *detail = customers->detailPane();
    QCOMPARE(detail->fieldValue("Email"), selected.value("email").toString());
    QCOMPARE(detail->fieldValue("Name"), selected.value("name").toString());
    QCOMPARE(detail->relatedModels().size(), 3); // payment methods, invoices, payments
    for (records::ListModel *related : detail->relatedModels())
        QVERIFY(QTest::qWaitFor(
            [related] { return related->state() == State::Ready || related->state() == State::Empty; },
            10000));
    QCOMPARE(detail->relatedModels().at(1)->query().params.value("customer").toString(),
             selected.value("id").toString());
}

void TestUiBrowsing::relatedLinkJumps()
{
    const QJsonObject invoice = m_fixture->newest("invoices");
    m_window->openId(objects::Kind::Invoice, invoice.value("id").toString());
    auto *invoices = m_window->invoicesTab();
    QVERIFY(QTest::qWaitFor(
        [invoices, &invoice] { return invoices->currentId() == invoice.value("id").toString(); }, 10000));
    // The link names the customer and leads to their id.
    const QString name = invoice.value("customer_name").toString();
    QCOMPARE(invoices->detailPane()->fieldValue("Customer"),
             name.isEmpty() ? invoice.value("customer_email").toString() : name);
    QCOMPARE(invoices->detailPane()->fieldLink("Customer"), invoice.value("customer").toString());
    // The customer link jumps to Customers and shows that customer.
    emit invoices->detailPane()->linkActivated(objects::Kind::Customer, invoice.value("customer").toString());
    auto *customers = m_window->customersTab();
    QVERIFY(QTest::qWaitFor([this, customers] { return m_window->currentRecordTab() == customers; }));
    QVERIFY(QTest::qWaitFor(
        [customers, &invoice] { return customers->currentId() == invoice.value("customer").toString(); },
        10000));
}

void TestUiBrowsing::goToOpensEveryKindOfId_data()
{
    QTest::addColumn<QString>("collection");
    QTest::addColumn<int>("tab");
    QTest::addColumn<QString>("shown");
    QTest::newRow("cus_") << "customers" << int(objects::Kind::Customer) << "";
    QTest::newRow("in_") << "invoices" << int(objects::Kind::Invoice) << "";
    QTest::newRow("ch_") << "charges" << int(objects::Kind::Payment) << "";
    QTest::newRow("re_") << "refunds" << int(objects::Kind::Refund) << "";
    QTest::newRow("promo_") << "promotion_codes" << int(objects::Kind::PromotionCode) << "";
    QTest::newRow("prod_") << "products" << int(objects::Kind::Product) << "";
    QTest::newRow("price_ opens its product") << "prices" << int(objects::Kind::Product) << "product";
    QTest::newRow("pm_ opens its customer")
        << "payment_methods" << int(objects::Kind::Customer) << "customer";
    QTest::newRow("pi_ of an order") << "orders" << int(objects::Kind::Order) << "";
    QTest::newRow("pi_ of a payment opens the payment")
        << "payments" << int(objects::Kind::Payment) << "latest_charge";
    QTest::newRow("ii_ opens its invoice") << "invoiceitems" << int(objects::Kind::Invoice) << "invoice";
}

void TestUiBrowsing::goToOpensEveryKindOfId()
{
    QFETCH(QString, collection);
    QFETCH(int, tab);
    QFETCH(QString, shown);
    QJsonObject object;
    if (collection == "orders")
        object = m_fixture->newest("payment_intents", [](const QJsonObject &p) {
            return p.value("metadata").toObject().contains("paydesk_order");
        });
    else if (collection == "payments")
        object = m_fixture->newest("payment_intents", [](const QJsonObject &p) {
            return !p.value("metadata").toObject().contains("paydesk_order")
                && p.value("latest_charge").isString();
        });
    else
        object = m_fixture->newest(collection);
    QVERIFY(!object.isEmpty());
    const QString expected = shown.isEmpty() ? object.value("id").toString() : object.value(shown).toString();
    QSignalSpy finished(m_window, &MainWindow::goToFinished);
    m_window->goToField()->setText(object.value("id").toString());
    QTest::keyClick(m_window->goToField(), Qt::Key_Return);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(0).toString(), QString());
    RecordTab *current = m_window->currentRecordTab();
    QCOMPARE(current, m_window->tabFor(objects::Kind(tab)));
    QCOMPARE(current->currentId(), expected);
    QCOMPARE(current->detailPane()->record().value("id").toString(), expected);
}

void TestUiBrowsing::goToUnknownIdSaysSo()
{
    QSignalSpy finished(m_window, &MainWindow::goToFinished);
    m_window->goTo("cus_DoesNotExist");
    QVERIFY(finished.wait(10000));
    QVERIFY2(finished.first().at(0).toString().contains("No Stripe object has the ID"),
             qPrintable(finished.first().at(0).toString()));
    // A coupon id has no prefix; an email opens the customer search.
    finished.clear();
    m_window->goTo("SUMMER20");
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_window->currentRecordTab(), static_cast<RecordTab *>(m_window->promotionCodesTab()));
    QCOMPARE(m_window->promotionCodesTab()->couponFilter()->value(), QStringLiteral("SUMMER20"));
    // An email selects the one customer who has it (tst_ui_finding: several).
    const QJsonObject customer = m_fixture->newest("customers");
    m_window->goTo(customer.value("email").toString());
    QVERIFY(QTest::qWaitFor(
        [this, &customer] {
            return m_window->customersTab()->currentId() == customer.value("id").toString();
        },
        10000));
    m_window->promotionCodesTab()->filterByCoupon(QString());
}

void TestUiBrowsing::csvExportHasEveryRowOnce()
{
    auto *customers = m_window->customersTab();
    m_window->showTab(objects::Kind::Customer);
    customers->reload();
    QVERIFY(UiFixture::waitForState(customers, State::Ready));
    // In a folder whose path is wider than the window: the status bar must still say where.
    const QString folder = m_fixture->dataDir()
        + "/exports-kept-for-the-finance-team-until-the-year-end-close"
          "/customers-of-every-region-and-every-currency";
    QVERIFY(QDir().mkpath(folder));
    const QString file = folder + "/customers.csv";
    m_window->exportCurrentView(file);
    QVERIFY(QTest::qWaitFor([&file] { return QFile::exists(file); }, 20000));
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split("\r\n", Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), QStringLiteral("Name,Email,Created,Balance,ID,Currency"));
    const int customerCount = m_fixture->count("customers");
    QVERIFY(customerCount >= 300);
    QCOMPARE(lines.size(), customerCount + 1); // every page, not only the 100 loaded rows
    // What happened and the file's name, within the room left of the bar's permanent widgets
    // (the middle of the path gives way); the whole path in the bar's tooltip.
    QStatusBar *bar = m_window->statusBar();
    QVERIFY(QTest::qWaitFor([bar] { return bar->currentMessage().startsWith("Exported"); }, 10000));
    const QString message = bar->currentMessage();
    QVERIFY2(message.startsWith(QStringLiteral("Exported %1 customers to ").arg(customerCount)),
             qPrintable(message));
    QVERIFY2(message.endsWith("/customers.csv"), qPrintable(message));
    int room = bar->width();
    for (const QWidget *child : bar->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly))
        if (child->isVisible())
            room = std::min(room, child->x());
    QVERIFY2(bar->fontMetrics().horizontalAdvance(message) < room, qPrintable(message));
    QCOMPARE(bar->toolTip(), QStringLiteral("Exported %1 customers to %2").arg(customerCount).arg(file));
    QSet<QString> ids;
    for (const QString &line : lines.mid(1))
        ids.insert(line.section(',', -2, -2));
    QCOMPARE(ids.size(), customerCount);
    // Money as a plain decimal with its currency, not "$1.00".
    const QString credit = lines.mid(1).filter(QRegularExpression(",-\\d+\\.\\d+,cus_")).value(0);
    QVERIFY2(!credit.isEmpty(), "a customer with a credit balance");
}

// Escape closes a progress dialog without its Cancel: the export must stop with it, not go on
// with nothing on the screen and write a file the user walked away from.
void TestUiBrowsing::escapeStopsAnExport()
{
    auto *customers = m_window->customersTab();
    m_window->showTab(objects::Kind::Customer);
    QVERIFY(UiFixture::waitForState(customers, State::Ready));
    m_fixture->sandbox().inspect(
        [](sandbox::Server &server) { server.faults().setLatency(300, "GET", "/v1/customers"); });
    const QString file = m_fixture->dataDir() + "/escaped.csv";
    m_window->exportCurrentView(file);
    ExportProgressDialog *progress = nullptr;
    QVERIFY(QTest::qWaitFor(
        [&] {
            progress = m_window->findChild<ExportProgressDialog *>();
            return progress && progress->isVisible();
        },
        5000));
    QTest::keyClick(progress, Qt::Key_Escape);
    const auto outcome = [this] {
        const QString message = m_window->statusBar()->currentMessage();
        return message.startsWith("Export cancelled") || message.startsWith("Exported");
    };
    QVERIFY(QTest::qWaitFor(outcome, 20000));
    m_fixture->sandbox().inspect([](sandbox::Server &server) { server.faults().reset(); });
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("Export cancelled; no file was written."));
    QVERIFY(!QFile::exists(file));
}

void TestUiBrowsing::liveModeIsUnmistakable()
{
    MainWindow *live = m_fixture->open(accounts::Mode::Live);
    QVERIFY(live->modeBanner()->text().startsWith("LIVE"));
    QCOMPARE(live->modeBanner()->mode(), ModeBanner::Mode::Live);
    QVERIFY(live->windowTitle().contains("LIVE"));
    MainWindow *test = m_fixture->open(accounts::Mode::Test);
    QVERIFY(test->modeBanner()->text().startsWith("Test mode"));
    MainWindow *sandbox = m_fixture->open(accounts::Mode::Sandbox);
    QVERIFY(sandbox->modeBanner()->text().startsWith("Sandbox"));
    m_window = sandbox;
}

void TestUiBrowsing::restrictedKeyMissingAPermission()
{
    m_fixture->client()->setApiKey("rk_test_PaydeskNoInvoices1");
    auto *invoices = m_window->invoicesTab();
    m_window->showTab(objects::Kind::Invoice);
    invoices->reload();
    QVERIFY(UiFixture::waitForState(invoices, State::Failed));
    QCOMPARE(invoices->statePanel()->message(), QStringLiteral("This key cannot read invoices."));
    auto *customers = m_window->customersTab();
    m_window->showTab(objects::Kind::Customer);
    customers->reload();
    QVERIFY(UiFixture::waitForState(customers, State::Ready));
}

void TestUiBrowsing::lastTabAndColumnWidthsPersist()
{
    m_window->showTab(objects::Kind::Product);
    auto *table = m_window->customersTab()->table();
    table->setColumnWidth(1, 333);
    m_window->close();
    MainWindow *again = m_fixture->open();
    QCOMPARE(again->currentRecordTab(), static_cast<RecordTab *>(again->productsTab()));
    QCOMPARE(again->customersTab()->table()->columnWidth(1), 333);
    m_window = again;
}

// Everything a mouse can reach, the keyboard can: shortcuts for Go to, Refresh and copying an
// id, Tab through the filters, the table and the detail pane, Ctrl+Tab between tabs.
void TestUiBrowsing::keyboardReachesEverything()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    auto *customers = m_window->customersTab();
    m_window->showTab(objects::Kind::Customer);
    QVERIFY(UiFixture::waitForRows(customers, 1));

    QTest::keyClick(m_window, Qt::Key_L, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(m_window->goToField()));

    // Tab visits the search filter, the table and the detail pane's links, and comes back.
    QSet<QWidget *> visited;
    for (int press = 0; press < 60; ++press) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        visited.insert(QApplication::focusWidget());
    }
    QVERIFY(visited.contains(customers->searchField()));
    QVERIFY(visited.contains(customers->table()));
    QVERIFY(visited.contains(m_window->goToField()));
    const bool reachesPane = std::any_of(visited.begin(), visited.end(), [customers](QWidget *widget) {
        return widget && customers->detailPane()->isAncestorOf(widget);
    });
    QVERIFY2(reachesPane, "Tab reaches the detail pane");
    // In reading order: the filter comes before the table, and the pane right after it.
    customers->searchField()->setFocus();
    QWidget *next = customers->searchField()->nextInFocusChain();
    while (next && !(next->focusPolicy() & Qt::TabFocus && next->isVisible()))
        next = next->nextInFocusChain();
    QVERIFY(next && (next == customers->table() || customers->isAncestorOf(next)));
    customers->table()->setFocus();
    QTest::keyClick(customers->table(), Qt::Key_Tab);
    QVERIFY2(customers->detailPane()->isAncestorOf(QApplication::focusWidget()),
             qPrintable(QApplication::focusWidget()->metaObject()->className()));
    // The record's own links (made anew for each record) come next: an invoice's customer.
    auto *invoices = m_window->invoicesTab();
    m_window->showTab(objects::Kind::Invoice);
    QVERIFY(UiFixture::waitForRows(invoices, 1));
    UiFixture::selectRow(invoices, 0);
    invoices->table()->setFocus();
    QTest::keyClick(invoices->table(), Qt::Key_Tab); // the pane's scroll area
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    auto *link = qobject_cast<QLabel *>(QApplication::focusWidget());
    QVERIFY2(link && invoices->detailPane()->isAncestorOf(link) && link->text().contains("cus_"),
             qPrintable(QApplication::focusWidget()->metaObject()->className()));
    m_window->showTab(objects::Kind::Customer);
    customers->table()->setFocus();

    // In the table: arrows move the selection, which the pane follows; Ctrl+C copies the id.
    customers->table()->setFocus();
    QTest::keyClick(customers->table(), Qt::Key_Home, Qt::ControlModifier);
    QTest::keyClick(customers->table(), Qt::Key_Down);
    const QString second = customers->currentId();
    QCOMPARE(second, customers->table()->model()->index(1, 0).data(records::ListModel::IdRole).toString());
    QTRY_COMPARE(customers->detailPane()->record().value("id").toString(), second);
    QTest::keyClick(customers->table(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), second);

    // F5 asks Stripe again.
    const int before = int(m_fixture->client()->requestLog()->size());
    QTest::keyClick(customers->table(), Qt::Key_F5);
    QTRY_VERIFY(int(m_fixture->client()->requestLog()->size()) > before);
    QVERIFY(UiFixture::waitForState(customers, State::Ready));

    // Ctrl+Tab moves to the next tab.
    auto *tabs = m_window->findChild<QTabWidget *>();
    QVERIFY(tabs);
    const int tab = tabs->currentIndex();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), tab + 1);
}

PAYDESK_TEST_MAIN(TestUiBrowsing)
#include "tst_ui_browsing.moc"
