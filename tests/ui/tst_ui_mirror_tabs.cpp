#include "src/mirror/AccountMirror.h"
#include "src/money/Money.h"
#include "src/records/ListModel.h"
#include "tests/integration/sandbox/SandboxHttp.h"
#include "tests/support/TestMain.h"
#include "tests/ui/support/MirrorStoreRows.h"
#include "tests/ui/support/UiFixture.h"
#include "ui/customers/CustomersTab.h"
#include "ui/mirrorview/MirrorControls.h"
#include "ui/mirrorview/MirrorStatusButton.h"
#include "ui/orders/OrdersTab.h"
#include "ui/payments/PaymentsAndRefundsPage.h"
#include "ui/payments/PaymentsTab.h"
#include "ui/records/DetailPane.h"
#include "ui/widgets/ChoiceBox.h"

#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <limits>
#include <optional>

namespace {

QString footerOf(RecordTab *tab)
{
    return tab->findChild<QLabel *>("tableFooter")->text();
}

// Clicks the header of the tab's column of this title, as a person does; false when none has it.
bool clickHeaderTitled(RecordTab *tab, const QString &title)
{
    QHeaderView *header = tab->table()->horizontalHeader();
    for (int c = 0; c < tab->model()->columnCount(); ++c) {
        if (tab->model()->headerData(c, Qt::Horizontal).toString() != title)
            continue;
        const int x = header->sectionViewportPosition(c) + header->sectionSize(c) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        return true;
    }
    return false;
}

// Shows the tab and waits until it reads the copy and has its first rows.
bool showFromTheCopy(MainWindow *window, RecordTab *tab, objects::Kind kind)
{
    window->showTab(kind);
    return QTest::qWaitFor([&] { return window->readsMirror(tab); }, 10000)
        && UiFixture::waitForState(tab, records::ListModel::State::Ready);
}

// Scrolls to the end, as a person would, until the model has every row its source has.
void loadEveryRow(records::ListModel *model)
{
    while (model->canFetchMore())
        model->fetchMore();
}

} // namespace

// Record tabs reading the account's mirror once it is complete, against the sandbox through
// the window, with the copy on the desk (SQLite) and on a team's PostgreSQL: a filter keeps
// every matching row (not the first 100) and the footer totals them per currency as counted here
// from the sandbox's own store; a header click sorts every row; a change made over plain HTTP by
// another client shows in the open tab within 10 seconds; with the mirror off the tab reads
// Stripe as before, and the status bar says which.
class TestUiMirrorTabs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void filterKeepsEveryRowAndTotalsThem_data() { MirrorStoreRows::addRows(); }
    void filterKeepsEveryRowAndTotalsThem();
    void headerSortsEveryRow_data() { MirrorStoreRows::addRows(); }
    void headerSortsEveryRow();
    void amountSortFollowsTheCurrencyFilter_data() { MirrorStoreRows::addRows(); }
    void amountSortFollowsTheCurrencyFilter();
    void aSortTheCopyDeclinesSortsTheNewestRows_data() { MirrorStoreRows::addRows(); }
    void aSortTheCopyDeclinesSortsTheNewestRows();
    void changeMadeElsewhereShowsInTheOpenTab_data() { MirrorStoreRows::addRows(); }
    void changeMadeElsewhereShowsInTheOpenTab();
    void orderFoundByThePaymentMadeElsewhere_data() { MirrorStoreRows::addRows(); }
    void orderFoundByThePaymentMadeElsewhere();
    void mirrorOffReadsStripe_data() { MirrorStoreRows::addRows(); }
    void mirrorOffReadsStripe();

private:
    QTemporaryDir m_settings;
    std::unique_ptr<UiFixture> m_fixture;
    MirrorStoreRows m_stores;
};

#define OPEN_WINDOW(window, ...) OPEN_WINDOW_ON_ROW_STORE(m_stores, *m_fixture, window, ##__VA_ARGS__)

void TestUiMirrorTabs::initTestCase()
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    m_fixture = std::make_unique<UiFixture>();
}

void TestUiMirrorTabs::init()
{
    QSettings().clear();
}

void TestUiMirrorTabs::cleanup()
{
    UiFixture::closeDialogs();
    m_stores.close(*m_fixture);
}

void TestUiMirrorTabs::filterKeepsEveryRowAndTotalsThem()
{
    OPEN_WINDOW(window);
    PaymentsTab *payments = window->paymentsPage()->payments();
    window->showTab(objects::Kind::Payment);
    QVERIFY(QTest::qWaitFor([&] { return window->readsMirror(payments); }, 10000));
    // Counted here, from the sandbox's own store: the payments of the commonest currency.
    QMap<QString, qint64> counts;
    QMap<QString, qint64> sums;
    for (const QJsonObject &charge : m_fixture->all("charges")) {
        counts[charge.value("currency").toString()] += 1;
        sums[charge.value("currency").toString()] += charge.value("amount").toInteger();
    }
    QString currency;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (currency.isEmpty() || it.value() > counts.value(currency))
            currency = it.key();
    QVERIFY2(counts.value(currency) > 100, "the sandbox has more payments in one currency than a page");
    auto *currencyBox = payments->findChild<ChoiceBox *>("paymentCurrency");
    QVERIFY(currencyBox);
    QVERIFY(currencyBox->selectValue(currency.toUpper()) || currencyBox->selectValue(currency));
    QVERIFY(UiFixture::waitForState(payments, records::ListModel::State::Ready));
    QVERIFY(window->readsMirror(payments));
    // Every matching row is there, beyond the first 100, and no other.
    records::ListModel *model = payments->model();
    loadEveryRow(model);
    QCOMPARE(qint64(model->rowCount()), counts.value(currency));
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->objectAt(row).value("currency").toString(), currency);
    // The footer: how many the filter keeps and their total.
    const QString footer = footerOf(payments);
    QVERIFY2(footer.startsWith(QLocale().toString(counts.value(currency)) + " payments"), qPrintable(footer));
    QVERIFY2(footer.contains(money::Money(sums.value(currency), currency.toUpper()).format()),
             qPrintable(footer));

    // Without a currency: a total per currency, each as counted here.
    currencyBox->setCurrentIndex(0);
    QVERIFY(UiFixture::waitForState(payments, records::ListModel::State::Ready));
    const QString all = footerOf(payments);
    qint64 total = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        total += it.value();
        QVERIFY2(all.contains(money::Money(sums.value(it.key()), it.key().toUpper()).format()),
                 qPrintable(all));
    }
    QVERIFY2(all.startsWith(QLocale().toString(total) + " payments"), qPrintable(all));
}

void TestUiMirrorTabs::headerSortsEveryRow()
{
    OPEN_WINDOW(window);
    CustomersTab *customers = window->customersTab();
    QVERIFY(showFromTheCopy(window, customers, objects::Kind::Customer));
    QVERIFY(customers->model()->canFetchMore()); // more customers than the first window
    // As on a desk: the window is active, so the click gives the table the keyboard.
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    // Two clicks on Email: descending, over every customer.
    QVERIFY(clickHeaderTitled(customers, "Email"));
    QVERIFY(clickHeaderTitled(customers, "Email"));
    QHeaderView *header = customers->table()->horizontalHeader();
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QVERIFY(UiFixture::waitForState(customers, records::ListModel::State::Ready));
    // A sort picks no record: the rows came back, nobody chose one (the table, given the keyboard
    // back when its rows returned, had put it on the first row, which the pane then showed).
    QCOMPARE(window->focusWidget(), customers->table());
    QVERIFY2(customers->selectedIds().isEmpty(), qPrintable(customers->selectedIds().join(u',')));
    QVERIFY(customers->detailPane()->record().isEmpty());
    QVERIFY(!customers->table()->currentIndex().isValid());
    // The first row's email is the largest of every customer's, counted here.
    QByteArray largest;
    for (const QJsonObject &customer : m_fixture->all("customers"))
        largest = std::max(largest, customer.value("email").toString().toCaseFolded().toUtf8());
    const int email = header->sortIndicatorSection();
    const QModelIndex top = customers->table()->model()->index(0, email);
    QCOMPARE(top.data().toString().toCaseFolded().toUtf8(), largest);
    QVERIFY2(!footerOf(customers).contains("loaded of more"), qPrintable(footerOf(customers)));
}

void TestUiMirrorTabs::amountSortFollowsTheCurrencyFilter()
{
    OPEN_WINDOW(window);
    PaymentsTab *payments = window->paymentsPage()->payments();
    QVERIFY(showFromTheCopy(window, payments, objects::Kind::Payment));
    QHeaderView *header = payments->table()->horizontalHeader();
    const auto click = [payments](const QString &title) { return clickHeaderTitled(payments, title); };
    const QList<QJsonObject> charges = m_fixture->all("charges");
    QHash<QString, QJsonObject> chargeOf;
    for (const QJsonObject &c : std::as_const(charges))
        chargeOf.insert(c.value("id").toString(), c);
    // The loaded rows' order (records::moneyLessThan) over every payment, worked out here: each
    // currency's rows together, A to Z, each by amount going up, ids breaking ties; payments
    // without an amount or currency last.
    struct Key
    {
        QString id;
        QString currency;
        std::optional<qint64> amount;
        bool complete() const { return amount && !currency.isEmpty(); }
    };
    QList<Key> keys;
    for (const QJsonObject &c : std::as_const(charges))
        keys.append({c.value("id").toString(), c.value("currency").toString().toUpper(),
                     c.value("amount").isDouble() ? std::optional<qint64>(c.value("amount").toInteger())
                                                  : std::nullopt});
    std::sort(keys.begin(), keys.end(), [](const Key &a, const Key &b) {
        if (a.complete() != b.complete())
            return a.complete();
        if (a.complete() && a.currency != b.currency)
            return a.currency < b.currency;
        return a.amount != b.amount ? a.amount < b.amount : a.id < b.id;
    });
    QStringList everyPayment;
    for (const Key &key : std::as_const(keys))
        everyPayment << key.id;
    QVERIFY(keys.size() > 100 && keys.first().currency != keys.at(keys.size() - 1).currency);

    // Oldest first, which the copy sorts over every payment...
    QVERIFY(payments->selectedIds().isEmpty());
    QVERIFY(click("Created"));
    QVERIFY(UiFixture::waitForState(payments, records::ListModel::State::Ready));
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    // A sort picks no record.
    QVERIFY2(payments->selectedIds().isEmpty(), qPrintable(payments->selectedIds().join(u',')));
    // ...then Amount with no currency chosen: the copy sorts every payment too, each currency's
    // together, as the loaded rows' sort would.
    QVERIFY(click("Amount"));
    QVERIFY(UiFixture::waitForState(payments, records::ListModel::State::Ready));
    QVERIFY2(!footerOf(payments).contains("loaded of more"), qPrintable(footerOf(payments)));
    QVERIFY(payments->model()->canFetchMore()); // more payments than the first window
    // The first row: the smallest amount of the first currency, A to Z, counted here.
    const QString first = keys.first().currency;
    qint64 smallest = std::numeric_limits<qint64>::max();
    for (const QJsonObject &c : std::as_const(charges))
        if (c.value("currency").toString().toUpper() == first)
            smallest = std::min(smallest, qint64(c.value("amount").toInteger()));
    const QJsonObject top = chargeOf.value(UiFixture::shownIds(payments).value(0));
    QCOMPARE(top.value("currency").toString().toUpper(), first);
    QCOMPARE(top.value("amount").toInteger(), smallest);
    // Scrolled to the end: every payment once, in that order.
    loadEveryRow(payments->model());
    QCOMPARE(UiFixture::shownIds(payments), everyPayment);
    QVERIFY2(!footerOf(payments).contains("loaded of more"), qPrintable(footerOf(payments)));

    // One currency chosen: the copy sorts every payment in it.
    QVERIFY(payments->currencyFilter()->selectValue(QStringLiteral("USD")));
    QVERIFY(UiFixture::waitForState(payments, records::ListModel::State::Ready));
    QVERIFY2(!footerOf(payments).contains("loaded of more"), qPrintable(footerOf(payments)));
    smallest = std::numeric_limits<qint64>::max();
    for (const QJsonObject &c : std::as_const(charges))
        if (c.value("currency").toString() == "usd")
            smallest = std::min(smallest, qint64(c.value("amount").toInteger()));
    QCOMPARE(chargeOf.value(UiFixture::shownIds(payments).value(0)).value("amount").toInteger(), smallest);

    // Any currency again: every payment in currency and amount again.
    payments->currencyFilter()->setCurrentIndex(0);
    QVERIFY(UiFixture::waitForState(payments, records::ListModel::State::Ready));
    QVERIFY2(!footerOf(payments).contains("loaded of more"), qPrintable(footerOf(payments)));
    const QStringList shown = UiFixture::shownIds(payments);
    QVERIFY(shown.size() > 1);
    QCOMPARE(shown, everyPayment.mid(0, shown.size()));
}

void TestUiMirrorTabs::aSortTheCopyDeclinesSortsTheNewestRows()
{
    OPEN_WINDOW(window);
    PaymentsTab *payments = window->paymentsPage()->payments();
    QVERIFY(showFromTheCopy(window, payments, objects::Kind::Payment));
    const auto click = [payments](const QString &title) { return clickHeaderTitled(payments, title); };
    // Oldest first, which the copy sorts over every payment...
    QVERIFY(click("Created"));
    QVERIFY(UiFixture::waitForState(payments, records::ListModel::State::Ready));
    QVERIFY2(!footerOf(payments).contains("loaded of more"), qPrintable(footerOf(payments)));
    // ...then Card, which the copy keeps no order of: the rows loaded are sorted here, and they are
    // the newest, as Stripe lists them, not the oldest of the sort before.
    QVERIFY(click("Card"));
    QVERIFY(UiFixture::waitForState(payments, records::ListModel::State::Ready));
    QVERIFY2(footerOf(payments).contains("loaded of more"), qPrintable(footerOf(payments)));
    QList<QJsonObject> charges = m_fixture->all("charges");
    std::sort(charges.begin(), charges.end(), [](const QJsonObject &a, const QJsonObject &b) {
        const qint64 ta = a.value("created").toInteger(), tb = b.value("created").toInteger();
        return ta != tb ? ta > tb : a.value("id").toString() > b.value("id").toString();
    });
    QStringList shown = UiFixture::shownIds(payments);
    QVERIFY(shown.size() < charges.size());
    QStringList newest;
    for (qsizetype i = 0; i < shown.size(); ++i)
        newest << charges.at(i).value("id").toString();
    shown.sort();
    newest.sort();
    QCOMPARE(shown, newest);
}

void TestUiMirrorTabs::changeMadeElsewhereShowsInTheOpenTab()
{
    // The app's own pace: Stripe's events read every 3 seconds.
    OPEN_WINDOW(window, 3000);
    CustomersTab *customers = window->customersTab();
    QVERIFY(showFromTheCopy(window, customers, objects::Kind::Customer));
    // Scrolled past the first window, on a customer further down.
    customers->model()->fetchMore();
    QCOMPARE(customers->model()->rowCount(), 200);
    const QString chosen = customers->model()->objectAt(150).value("id").toString();
    QVERIFY(customers->selectId(chosen));
    // Another program (curl, the Dashboard) adds a customer.
    SandboxHttp http(m_fixture->url());
    QElapsedTimer clock;
    clock.start();
    const auto made = http.post("/v1/customers", "name=Made+Elsewhere&email=elsewhere%40example.com");
    QCOMPARE(made.status, 200);
    const QString id = made.json.value("id").toString();
    QVERIFY(QTest::qWaitFor([&] { return customers->model()->rowOfId(id) >= 0; }, 12000));
    QVERIFY2(clock.elapsed() <= 10000, qPrintable(QStringLiteral("shown after %1 ms").arg(clock.elapsed())));
    // The list kept its place: as many rows as were loaded, the same customer selected.
    QVERIFY(customers->model()->rowCount() >= 200);
    QCOMPARE(customers->currentId(), chosen);
    // And a change to it.
    clock.restart();
    QCOMPARE(http.post("/v1/customers/" + id, "name=Renamed+Elsewhere").status, 200);
    QVERIFY(QTest::qWaitFor(
        [&] {
            const int row = customers->model()->rowOfId(id);
            return row >= 0
                && customers->model()->objectAt(row).value("name").toString() == "Renamed Elsewhere";
        },
        12000));
    QVERIFY2(clock.elapsed() <= 10000, qPrintable(QStringLiteral("shown after %1 ms").arg(clock.elapsed())));
}

void TestUiMirrorTabs::orderFoundByThePaymentMadeElsewhere()
{
    // An order is found by what it is and by the card of its latest payment together. The payment
    // is made by another program, after the order is in the copy: the order's own event and its
    // payment's arrive in whatever order, and the open search still finds it within 10 seconds.
    OPEN_WINDOW(window, 3000);
    OrdersTab *orders = window->ordersTab();
    window->showTab(objects::Kind::Order);
    QVERIFY(QTest::qWaitFor([&] { return window->readsMirror(orders); }, 10000));
    auto *search = orders->findChild<QLineEdit *>("orderSearch");
    QVERIFY(search);
    const auto find = [&](const QString &text) {
        search->setText(text);
        QTest::keyClick(search, Qt::Key_Return);
    };
    SandboxHttp http(m_fixture->url());
    // An order as Paydesk makes them (its metadata says so), not yet paid, of a thing no other order
    // has (the sandbox lives on from one store's row to the next).
    const QString thing = storeKind == "sqlite" ? "quokka" : "wombat";
    const auto made = http.post("/v1/payment_intents",
                                "amount=4321&currency=usd&description=" + thing.toUtf8()
                                    + "+lamp&metadata[paydesk_order]=1");
    QCOMPARE(made.status, 200);
    const QString id = made.json.value("id").toString();
    QCOMPARE(made.json.value("status").toString(), "requires_payment_method");
    find(thing);
    QVERIFY(QTest::qWaitFor([&] { return UiFixture::shownIds(orders) == QStringList {id}; }, 12000));
    // Not yet paid: no card of its own ends 8431 (the sandbox's American Express test card).
    find(thing + " 8431");
    QVERIFY(UiFixture::waitForState(orders, records::ListModel::State::Empty));

    QElapsedTimer clock;
    clock.start();
    const auto paid = http.post("/v1/payment_intents/" + id + "/confirm", "payment_method=pm_card_amex");
    QCOMPARE(paid.status, 200);
    QCOMPARE(paid.json.value("status").toString(), "succeeded");
    QVERIFY(QTest::qWaitFor([&] { return UiFixture::shownIds(orders) == QStringList {id}; }, 12000));
    QVERIFY2(clock.elapsed() <= 10000, qPrintable(QStringLiteral("shown after %1 ms").arg(clock.elapsed())));
    // And the card alone finds it among every order paid with one ending so.
    find("8431");
    QVERIFY(QTest::qWaitFor([&] { return UiFixture::shownIds(orders).contains(id); }, 5000));
}

void TestUiMirrorTabs::mirrorOffReadsStripe()
{
    OPEN_WINDOW(window);
    CustomersTab *customers = window->customersTab();
    window->showTab(objects::Kind::Customer);
    QVERIFY(QTest::qWaitFor([&] { return window->readsMirror(customers); }, 10000));
    MirrorStatusButton *status = window->mirrorControls()->statusButton();
    QVERIFY(QTest::qWaitFor([&] { return status->text().startsWith("Synced "); }, 5000));
    const qint64 count = m_fixture->count("customers");
    QVERIFY2(footerOf(customers).startsWith(QLocale().toString(count) + " customers"),
             qPrintable(footerOf(customers)));
    // Off: Stripe's list, 100 at a time, as before; the status bar says so.
    m_fixture->mirror()->setOn(false);
    QVERIFY(QTest::qWaitFor([&] { return !window->readsMirror(customers); }, 5000));
    QVERIFY(UiFixture::waitForState(customers, records::ListModel::State::Ready));
    QCOMPARE(customers->model()->rowCount(), 100);
    QVERIFY2(footerOf(customers).contains("scroll for more"), qPrintable(footerOf(customers)));
    QVERIFY(QTest::qWaitFor([&] { return status->text() == "From Stripe"; }, 5000));
    m_fixture->mirror()->setOn(true);
}

PAYDESK_TEST_MAIN(TestUiMirrorTabs)
#include "tst_ui_mirror_tabs.moc"
