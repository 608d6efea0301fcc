#include "tests/support/TestMain.h"
#include "tests/ui/support/UiFixture.h"
#include "ui/customers/CustomersTab.h"
#include "ui/invoices/InvoicesTab.h"
#include "ui/invoices/NewInvoiceDialog.h"
#include "ui/orders/OrderDialog.h"
#include "ui/orders/OrdersTab.h"
#include "ui/orders/PayOrderDialog.h"
#include "ui/payments/PaymentsAndRefundsPage.h"
#include "ui/payments/PaymentsTab.h"
#include "ui/payments/RefundsTab.h"
#include "ui/promotioncodes/PromotionCodeDialog.h"
#include "ui/promotioncodes/PromotionCodesTab.h"
#include "ui/records/DetailPane.h"
#include "ui/widgets/ChoiceBox.h"
#include "ui/widgets/CustomerPicker.h"
#include "ui/widgets/DateRangeFilter.h"
#include "ui/widgets/RecordPicker.h"
#include "ui/widgets/StatePanel.h"
#include "ui/writes/WriteDialog.h"

#include <QAbstractItemView>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QToolButton>

using State = records::ListModel::State;

namespace {

bool isAscii(const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() > 127)
            return false;
    return true;
}

} // namespace

// Finding things as finance staff do, through the real window on the sandbox: payments by what a
// customer said (email, last four, amount, a day, a status, an id), a customer by part of a name
// wherever one is asked for, and names where people expect names.
class TestUiFinding : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup() { UiFixture::closeDialogs(); }

    void paymentsByEmail();
    void paymentsByLast4();
    void paymentsByAmount();
    void paymentsByDateRange();
    void paymentsByStatus_data();
    void paymentsByStatus();
    void paymentsByIds();
    void searchUnavailableFallsBackToTheList();
    void pickerSaysWhyAndAsksOnce();
    void pickCustomerInFilters_data();
    void pickCustomerInFilters();
    void pickCustomerInNewInvoice();
    void pickCustomerInNewOrderFromOrders();
    void pickCustomerForPromotionCode();
    void titlesLinksAndRowsNameThings();
    void paydeskMetadataInWords();
    void refundsNameTheirCustomer();
    void goToWithAnEmail();
    void createdRangeOnEveryTab();
    void createdRangeByKeyboard();
    void promotionCodesByPartOfTheirCode();

private:
    PaymentsTab *payments();
    // Types into the Payments search box and presses Enter; waits for the rows.
    void searchPayments(const QString &text);
    void clearPaymentFilters();
    // A customer with an ASCII name of five letters or more, and one of their charges.
    QJsonObject customerWithCharges(QJsonObject *charge = nullptr);
    // Types part of the customer's name into the picker, waits for the suggestions, and chooses
    // the customer with the arrows and Enter, as a person would.
    void pickByPartOfName(CustomerPicker *picker, const QJsonObject &customer);

    std::unique_ptr<UiFixture> m_fixture;
    MainWindow *m_window = nullptr;
};

void TestUiFinding::initTestCase()
{
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    m_fixture = std::make_unique<UiFixture>();
}

void TestUiFinding::init()
{
    m_window = m_fixture->open();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_fixture->sandbox().faults().reset();
}

PaymentsTab *TestUiFinding::payments()
{
    m_window->showTab(objects::Kind::Payment);
    return m_window->paymentsPage()->payments();
}

void TestUiFinding::searchPayments(const QString &text)
{
    PaymentsTab *tab = payments();
    tab->searchField()->setFocus();
    tab->searchField()->setText(text); // keyClicks types ASCII only
    QTest::keyClick(tab->searchField(), Qt::Key_Return);
    QVERIFY(QTest::qWaitFor([tab] { return !tab->isSearching(); }, 10000));
    QVERIFY(QTest::qWaitFor(
        [tab] { return tab->model()->state() == State::Ready || tab->model()->state() == State::Empty; },
        15000));
}

void TestUiFinding::clearPaymentFilters()
{
    PaymentsTab *tab = m_window->paymentsPage()->payments();
    tab->searchField()->clear();
    tab->statusFilter()->setCurrentIndex(0);
    tab->currencyFilter()->setCurrentIndex(0);
    tab->minimumAmountField()->clear();
    tab->maximumAmountField()->clear();
    tab->createdFilter()->clear();
    tab->filterByCustomer(QString());
}

QJsonObject TestUiFinding::customerWithCharges(QJsonObject *charge)
{
    QJsonObject found;
    QJsonObject paid;
    // One look at the store (a look inside another would wait for itself).
    m_fixture->inStore([&found, &paid](sandbox::Store &store) {
        const sandbox::Collection &charges = store.collection("charges");
        for (int i = charges.size() - 1; i >= 0 && found.isEmpty(); --i) {
            const QJsonObject *customer = store.find(charges.at(i).value("customer").toString());
            if (!customer)
                continue;
            const QString name = customer->value("name").toString();
            if (name.size() < 5 || !isAscii(name) || customer->value("email").toString().isEmpty())
                continue;
            found = *customer;
            paid = charges.at(i);
        }
    });
    if (charge)
        *charge = paid;
    return found;
}

void TestUiFinding::pickByPartOfName(CustomerPicker *picker, const QJsonObject &customer)
{
    const QString name = customer.value("name").toString();
    // Part of the name: its last word, as a clerk remembers a surname.
    const QString part
        = name.section(QLatin1Char(' '), -1).size() >= 3 ? name.section(QLatin1Char(' '), -1) : name.left(4);
    QApplication::setActiveWindow(picker->window());
    picker->setFocus();
    QVERIFY(QTest::qWaitFor([picker] { return picker->hasFocus(); }, 3000));
    picker->clear();
    QTest::keyClicks(picker, part);
    const QString wanted = CustomerPicker::label(customer);
    const QString id = customer.value("id").toString();
    QVERIFY2(QTest::qWaitFor([picker, &id] { return picker->suggestionRow(id) >= 0; }, 10000),
             qPrintable(picker->suggestions().join(" | ") + " / " + picker->message()));
    QVERIFY(QTest::qWaitFor([picker] { return picker->popup()->isVisible(); }, 3000));
    // Never a bare id among the suggestions.
    for (const QString &text : picker->suggestions())
        QVERIFY2(!text.startsWith("cus_"), qPrintable(text));
    QVERIFY(picker->suggestions().at(picker->suggestionRow(id)).startsWith(wanted));
    const int row = picker->suggestionRow(id);
    for (int i = 0; i <= row; ++i)
        QTest::keyClick(picker->popup(), Qt::Key_Down);
    QTest::keyClick(picker->popup(), Qt::Key_Return);
    QVERIFY(QTest::qWaitFor([picker, &id] { return picker->customerId() == id; }, 3000));
    QCOMPARE(picker->text(), wanted);
}

void TestUiFinding::paymentsByEmail()
{
    QJsonObject charge;
    const QJsonObject customer = customerWithCharges(&charge);
    QVERIFY(!customer.isEmpty());
    searchPayments(customer.value("email").toString());
    PaymentsTab *tab = payments();
    QCOMPARE(tab->model()->state(), State::Ready);
    QVERIFY(tab->model()->rowOfId(charge.value("id").toString()) >= 0);
    for (int row = 0; row < tab->model()->rowCount(); ++row)
        QCOMPARE(tab->model()->objectAt(row).value("customer").toObject().value("id").toString(),
                 customer.value("id").toString());
    QCOMPARE(tab->model()->rowCount(), m_fixture->count("charges", [&customer](const QJsonObject &c) {
        return c.value("customer").toString() == customer.value("id").toString();
    }));

    // An email nobody has is said in words, and no payment is asked for.
    searchPayments("nobody-at-all@example.com");
    QCOMPARE(tab->model()->state(), State::Empty);
    QVERIFY2(tab->statePanel()->message().contains("nobody-at-all@example.com"),
             qPrintable(tab->statePanel()->message()));
    clearPaymentFilters();
}

void TestUiFinding::paymentsByLast4()
{
    const QJsonObject charge = m_fixture->newest("charges");
    const QString last4 = charge.value("payment_method_details")
                              .toObject()
                              .value("card")
                              .toObject()
                              .value("last4")
                              .toString();
    QCOMPARE(last4.size(), 4);
    searchPayments(last4);
    PaymentsTab *tab = payments();
    QCOMPARE(tab->model()->state(), State::Ready);
    QVERIFY(tab->model()->rowOfId(charge.value("id").toString()) >= 0);
    for (int row = 0; row < tab->model()->rowCount(); ++row)
        QVERIFY(tab->table()->model()->index(row, 4).data().toString().endsWith(last4));
    // Found with search: the footer says search can be a minute behind.
    QVERIFY(tab->findChildren<QLabel *>().size() > 0);
    clearPaymentFilters();
}

void TestUiFinding::paymentsByAmount()
{
    // An amount in the usual currency of these payments, typed as a person writes it.
    const QJsonObject charge = m_fixture->newest("charges", [](const QJsonObject &c) {
        return c.value("currency").toString() == "eur" && c.value("amount").toInteger() % 100 != 0;
    });
    QVERIFY(!charge.isEmpty());
    const qint64 amount = charge.value("amount").toInteger();
    const QString typed
        = QStringLiteral("%1.%2 EUR").arg(amount / 100).arg(amount % 100, 2, 10, QLatin1Char('0'));
    searchPayments(typed);
    PaymentsTab *tab = payments();
    QCOMPARE(tab->model()->state(), State::Ready);
    QVERIFY(tab->model()->rowOfId(charge.value("id").toString()) >= 0);
    for (int row = 0; row < tab->model()->rowCount(); ++row) {
        QCOMPARE(tab->model()->objectAt(row).value("amount").toInteger(), amount);
        QCOMPARE(tab->model()->objectAt(row).value("currency").toString(), QStringLiteral("eur"));
    }
    // The euro sign, and an amount range in the filters.
    searchPayments(QString::fromUtf8("€") + typed.section(' ', 0, 0));
    QVERIFY(tab->model()->rowOfId(charge.value("id").toString()) >= 0);
    tab->searchField()->clear();
    tab->currencyFilter()->selectValue("EUR");
    tab->minimumAmountField()->setText(QString::number(amount / 100));
    tab->maximumAmountField()->setText(QString::number(amount / 100 + 1));
    searchPayments(QString());
    QVERIFY(tab->model()->rowOfId(charge.value("id").toString()) >= 0);
    for (int row = 0; row < tab->model()->rowCount(); ++row) {
        const qint64 a = tab->model()->objectAt(row).value("amount").toInteger();
        QVERIFY(a >= amount / 100 * 100 && a <= (amount / 100 + 1) * 100);
    }
    clearPaymentFilters();
}

void TestUiFinding::paymentsByDateRange()
{
    const QJsonObject charge = m_fixture->newest("charges");
    const QDate day = QDateTime::fromSecsSinceEpoch(charge.value("created").toInteger()).date();
    const QString range
        = QStringLiteral("%1..%2").arg(day.addDays(-1).toString(Qt::ISODate), day.toString(Qt::ISODate));
    searchPayments(range);
    PaymentsTab *tab = payments();
    QCOMPARE(tab->model()->state(), State::Ready);
    QVERIFY(tab->model()->rowOfId(charge.value("id").toString()) >= 0);
    const qint64 first = day.addDays(-1).startOfDay().toSecsSinceEpoch();
    const qint64 last = day.addDays(1).startOfDay().toSecsSinceEpoch();
    for (int row = 0; row < tab->model()->rowCount(); ++row) {
        const qint64 created = tab->model()->objectAt(row).value("created").toInteger();
        QVERIFY(created >= first && created < last);
    }
    // The range typed in the box shows in the created filter.
    QCOMPARE(tab->createdFilter()->range().from, day.addDays(-1));
    QCOMPARE(tab->createdFilter()->range().to, day);
    const int rows = tab->model()->rowCount();
    QCOMPARE(rows, m_fixture->count("charges", [first, last](const QJsonObject &c) {
        return c.value("created").toInteger() >= first && c.value("created").toInteger() < last;
    }));

    // A month in words; then the range cleared with its button.
    searchPayments(day.toString("MMM yyyy"));
    QCOMPARE(tab->createdFilter()->range().from, QDate(day.year(), day.month(), 1));
    tab->searchField()->clear();
    tab->createdFilter()->clearButton()->click();
    QVERIFY(UiFixture::waitForRows(tab, 100));
    clearPaymentFilters();
}

void TestUiFinding::paymentsByStatus_data()
{
    QTest::addColumn<QString>("status");
    QTest::newRow("refunded") << "Refunded";
    QTest::newRow("partially refunded") << "Partially refunded";
    QTest::newRow("failed") << "Failed";
    QTest::newRow("uncaptured") << "Uncaptured";
    QTest::newRow("disputed") << "Disputed";
}

void TestUiFinding::paymentsByStatus()
{
    QFETCH(QString, status);
    std::function<bool(const QJsonObject &)> is;
    if (status == "Refunded")
        is = [](const QJsonObject &c) { return c.value("refunded").toBool(); };
    else if (status == "Partially refunded")
        is = [](const QJsonObject &c) {
            return !c.value("refunded").toBool() && c.value("amount_refunded").toInteger() > 0;
        };
    else if (status == "Failed")
        is = [](const QJsonObject &c) { return c.value("status").toString() == "failed"; };
    else if (status == "Uncaptured")
        is = [](const QJsonObject &c) {
            return c.value("status").toString() == "succeeded" && !c.value("captured").toBool(true);
        };
    else
        is = [](const QJsonObject &c) { return c.value("disputed").toBool(); };
    if (status == "Disputed") {
        // The demo has no disputes: one payment is disputed, as a bank would.
        const QString id
            = m_fixture
                  ->newest("charges",
                           [](const QJsonObject &c) { return c.value("status").toString() == "succeeded"; })
                  .value("id")
                  .toString();
        m_fixture->inStore([&id](sandbox::Store &store) {
            QJsonObject c = *store.find(id);
            c.insert("disputed", true);
            store.collection("charges").replace(c);
        });
    }
    const int expected = m_fixture->count("charges", is);
    QVERIFY2(expected > 0, qPrintable(status));
    PaymentsTab *tab = payments();
    for (int i = 0; i < tab->statusFilter()->count(); ++i)
        if (tab->statusFilter()->itemText(i) == status)
            tab->statusFilter()->setCurrentIndex(i);
    QCOMPARE(tab->statusFilter()->currentText(), status);
    QVERIFY(QTest::qWaitFor([tab] { return !tab->isSearching(); }, 10000));
    QVERIFY(QTest::qWaitFor([tab] { return tab->model()->state() == State::Ready; }, 15000));
    while (tab->model()->canFetchMore()) {
        tab->model()->fetchMore();
        QVERIFY(QTest::qWaitFor([tab] { return tab->model()->state() != State::LoadingMore; }, 15000));
    }
    QCOMPARE(tab->model()->rowCount(), expected);
    for (int row = 0; row < tab->model()->rowCount(); ++row)
        QVERIFY(is(tab->model()->objectAt(row)));
    clearPaymentFilters();
}

void TestUiFinding::paymentsByIds()
{
    PaymentsTab *tab = payments();
    // A payment's id: that payment alone.
    const QJsonObject charge = m_fixture->newest("charges");
    searchPayments(charge.value("id").toString());
    QCOMPARE(tab->model()->rowCount(), 1);
    QCOMPARE(tab->model()->objectAt(0).value("id").toString(), charge.value("id").toString());
    // A refund's id: its payment.
    const QJsonObject refund = m_fixture->newest("refunds");
    searchPayments(refund.value("id").toString());
    QCOMPARE(tab->model()->rowCount(), 1);
    QCOMPARE(tab->model()->objectAt(0).value("id").toString(), refund.value("charge").toString());
    // A PaymentIntent's id: its payments.
    searchPayments(charge.value("payment_intent").toString());
    QVERIFY(tab->model()->rowOfId(charge.value("id").toString()) >= 0);
    for (int row = 0; row < tab->model()->rowCount(); ++row)
        QCOMPARE(tab->model()->objectAt(row).value("payment_intent").toString(),
                 charge.value("payment_intent").toString());
    // An id nobody has.
    searchPayments("ch_DoesNotExist000");
    QCOMPARE(tab->model()->state(), State::Empty);
    QVERIFY(tab->statePanel()->message().contains("ch_DoesNotExist000"));
    clearPaymentFilters();
}

void TestUiFinding::searchUnavailableFallsBackToTheList()
{
    // Search is not available to every account: Stripe answers 400, and the list answers instead.
    const QJsonObject charge = m_fixture->newest("charges");
    const QString last4 = charge.value("payment_method_details")
                              .toObject()
                              .value("card")
                              .toObject()
                              .value("last4")
                              .toString();
    m_fixture->sandbox().faults().failNext(1, 400, "GET", "/v1/charges/search");
    searchPayments(last4);
    PaymentsTab *tab = payments();
    QCOMPARE(tab->model()->state(), State::Ready);
    QCOMPARE(tab->model()->activeQuery().path, QStringLiteral("/v1/charges"));
    QVERIFY(tab->model()->rowOfId(charge.value("id").toString()) >= 0);
    for (int row = 0; row < tab->model()->rowCount(); ++row)
        QCOMPARE(tab->model()
                     ->objectAt(row)
                     .value("payment_method_details")
                     .toObject()
                     .value("card")
                     .toObject()
                     .value("last4")
                     .toString(),
                 last4);
    clearPaymentFilters();
}

void TestUiFinding::pickerSaysWhyAndAsksOnce()
{
    InvoicesTab *invoices = m_window->invoicesTab();
    m_window->showTab(objects::Kind::Invoice);
    QVERIFY(UiFixture::waitForState(invoices, State::Ready));
    CustomerPicker *picker = invoices->customerFilter();
    QApplication::setActiveWindow(m_window);
    picker->setFocus();
    QSignalSpy requests(m_fixture->client()->requestLog(), &stripe::RequestLog::appended);

    // Two letters: nothing is sent, and the list says what to do.
    QTest::keyClicks(picker, "Jo");
    QVERIFY(QTest::qWaitFor([picker] { return !picker->isLooking() && !picker->message().isEmpty(); }, 5000));
    QVERIFY2(picker->message().contains("3 letters"), qPrintable(picker->message()));
    QCOMPARE(requests.size(), 0);

    // Typing on asks once when typing pauses, not per keystroke.
    QTest::keyClicks(picker, "hnathan Qqq");
    QVERIFY(QTest::qWaitFor([picker] { return !picker->isLooking(); }, 10000));
    QCOMPARE(requests.size(), 1);
    QVERIFY2(picker->message().contains("No customer matches"), qPrintable(picker->message()));
    QVERIFY(picker->suggestions().size() == 1); // the message alone, which cannot be chosen

    // An older question's answer never replaces a newer one's.
    const QJsonObject customer = customerWithCharges();
    picker->clear();
    QTest::keyClicks(picker, "zzzq");
    picker->lookUpNow(); // asked, and not yet answered...
    picker->setText(customer.value("email").toString()); // ...when the text changes
    emit picker->textEdited(picker->text());
    QVERIFY(QTest::qWaitFor([picker] { return !picker->isLooking(); }, 10000));
    QCOMPARE(picker->suggestions(), QStringList {CustomerPicker::label(customer)});
    picker->clearCustomer();

    // A pasted id is chosen at once, and shown by name.
    picker->setText(customer.value("id").toString());
    emit picker->textEdited(picker->text());
    QVERIFY(QTest::qWaitFor(
        [picker, &customer] { return picker->customerId() == customer.value("id").toString(); }, 10000));
    QCOMPARE(picker->text(), CustomerPicker::label(customer));
    picker->clearCustomer();
}

void TestUiFinding::pickCustomerInFilters_data()
{
    QTest::addColumn<int>("tab");
    QTest::newRow("invoices") << int(objects::Kind::Invoice);
    QTest::newRow("orders") << int(objects::Kind::Order);
    QTest::newRow("payments") << int(objects::Kind::Payment);
}

void TestUiFinding::pickCustomerInFilters()
{
    QFETCH(int, tab);
    const objects::Kind kind = objects::Kind(tab);
    RecordTab *recordTab = m_window->showTab(kind);
    CustomerPicker *picker = kind == objects::Kind::Invoice ? m_window->invoicesTab()->customerFilter()
        : kind == objects::Kind::Order                      ? m_window->ordersTab()->customerFilter()
                                       : m_window->paymentsPage()->payments()->customerFilter();
    const QString collection = kind == objects::Kind::Invoice ? "invoices"
        : kind == objects::Kind::Order                        ? "payment_intents"
                                                              : "charges";
    // A customer who has some of these.
    QJsonObject customer;
    m_fixture->inStore([&customer, &collection, kind](sandbox::Store &store) {
        const sandbox::Collection &objects = store.collection(collection);
        for (int i = objects.size() - 1; i >= 0 && customer.isEmpty(); --i) {
            const QJsonObject o = objects.at(i);
            if (kind == objects::Kind::Order
                && o.value("metadata").toObject().value("paydesk_order").toString() != "1")
                continue;
            const QJsonObject *c = store.find(o.value("customer").toString());
            if (c && c->value("name").toString().size() >= 5 && isAscii(c->value("name").toString()))
                customer = *c;
        }
    });
    QVERIFY(!customer.isEmpty());
    pickByPartOfName(picker, customer);
    QVERIFY(QTest::qWaitFor([recordTab] { return recordTab->model()->state() == State::Ready; }, 15000));
    QVERIFY(recordTab->model()->rowCount() > 0);
    for (int row = 0; row < recordTab->model()->rowCount(); ++row) {
        const QJsonValue c = recordTab->model()->objectAt(row).value("customer");
        QCOMPARE(c.isObject() ? c.toObject().value("id").toString() : c.toString(),
                 customer.value("id").toString());
    }
    picker->clearCustomer();
    QVERIFY(QTest::qWaitFor([recordTab] { return recordTab->model()->state() == State::Ready; }, 15000));
}

void TestUiFinding::pickCustomerInNewInvoice()
{
    const QJsonObject customer = customerWithCharges();
    auto *dialog = qobject_cast<NewInvoiceDialog *>(m_window->invoicesTab()->newInvoice());
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    pickByPartOfName(dialog->customerField(), customer);
    auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("confirmButton"));
    QVERIFY(confirm);
    QVERIFY(QTest::qWaitFor([confirm] { return confirm->isEnabled(); }, 3000));
    // The summary names the customer, not their id.
    bool named = false;
    for (QLabel *label : dialog->findChildren<QLabel *>())
        named = named || (label->isVisible() && label->text().contains(customer.value("name").toString()));
    QVERIFY(named);
    confirm->click();
    QVERIFY(QTest::qWaitFor(
        [this, &customer] {
            return m_fixture->count("invoices", [&customer](const QJsonObject &i) {
                return i.value("customer").toString() == customer.value("id").toString()
                    && i.value("status").toString() == "draft";
            }) > 0;
        },
        10000));
}

void TestUiFinding::pickCustomerInNewOrderFromOrders()
{
    const QJsonObject customer = customerWithCharges();
    OrdersTab *orders = m_window->ordersTab();
    m_window->showTab(objects::Kind::Order);
    QVERIFY(orders->customerFilter()->customerId().isEmpty());
    auto *dialog = qobject_cast<OrderDialog *>(orders->newOrder());
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    pickByPartOfName(dialog->customerField(), customer);
    QVERIFY(QTest::qWaitFor([dialog] { return !dialog->priceField()->isLoading(); }, 10000));
    // A price in the customer's currency, so the order can be made.
    for (int i = 0; i < dialog->priceField()->count(); ++i) {
        dialog->priceField()->setCurrentIndex(i);
        if (dialog->priceField()->currentObject().value("currency").toString()
            == customer.value("currency").toString())
            break;
    }
    dialog->addLine();
    // The draft invoice made for the same customer a moment ago is an earlier write to them.
    if (auto *anyway = dialog->findChild<QCheckBox *>(QStringLiteral("sendAnyway"));
        anyway && anyway->isVisible())
        anyway->setChecked(true);
    auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("confirmButton"));
    QVERIFY2(QTest::qWaitFor([confirm] { return confirm->isEnabled(); }, 3000),
             qPrintable(dialog->findChild<QLabel *>(QStringLiteral("error"))->text()));
    const int before = m_fixture->count("payment_intents");
    confirm->click();
    QVERIFY(QTest::qWaitFor([this, before] { return m_fixture->count("payment_intents") > before; }, 10000));
    QCOMPARE(m_fixture->newest("payment_intents").value("customer").toString(),
             customer.value("id").toString());
}

void TestUiFinding::pickCustomerForPromotionCode()
{
    const QJsonObject customer = customerWithCharges();
    auto *dialog = qobject_cast<PromotionCodeDialog *>(m_window->promotionCodesTab()->newCode());
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(QTest::qWaitFor([dialog] { return !dialog->couponField()->isLoading(); }, 10000));
    dialog->codeField()->setText("PICKED-BY-NAME");
    pickByPartOfName(dialog->customerField(), customer);
    auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("confirmButton"));
    QVERIFY(QTest::qWaitFor([confirm] { return confirm->isEnabled(); }, 3000));
    confirm->click();
    QVERIFY(QTest::qWaitFor(
        [this] {
            return m_fixture->count("promotion_codes", [](const QJsonObject &p) {
                return p.value("code").toString() == "PICKED-BY-NAME";
            }) == 1;
        },
        10000));
    QCOMPARE(m_fixture
                 ->newest("promotion_codes",
                          [](const QJsonObject &p) { return p.value("code").toString() == "PICKED-BY-NAME"; })
                 .value("customer")
                 .toString(),
             customer.value("id").toString());
}

void TestUiFinding::titlesLinksAndRowsNameThings()
{
    // A customer's pane is titled with their name.
    QJsonObject charge;
    const QJsonObject customer = customerWithCharges(&charge);
    m_window->openId(objects::Kind::Customer, customer.value("id").toString());
    CustomersTab *customers = m_window->customersTab();
    QVERIFY(QTest::qWaitFor(
        [customers, &customer] { return customers->currentId() == customer.value("id").toString(); }, 10000));
    QCOMPARE(customers->detailPane()->title(), customer.value("name").toString());

    // A payment: its amount, who paid and the card; the customer link shows the name.
    m_window->openId(objects::Kind::Payment, charge.value("id").toString());
    PaymentsTab *tab = m_window->paymentsPage()->payments();
    QVERIFY(
        QTest::qWaitFor([tab, &charge] { return tab->currentId() == charge.value("id").toString(); }, 10000));
    const QString title = tab->detailPane()->title();
    QVERIFY2(title.contains(QStringLiteral(" from %1, ").arg(customer.value("name").toString())),
             qPrintable(title));
    QVERIFY2(title.contains(QString::fromUtf8("•••• ")), qPrintable(title));
    QCOMPARE(tab->detailPane()->fieldValue("Customer"), customer.value("name").toString());
    QCOMPARE(tab->detailPane()->fieldLink("Customer"), customer.value("id").toString());
    // The Payments table names the customer in every row.
    for (int row = 0; row < std::min(20, tab->model()->rowCount()); ++row)
        QVERIFY(!tab->table()->model()->index(row, 3).data().toString().startsWith("cus_"));

    // An invoice: "Invoice <number> — <customer>".
    const QJsonObject invoice = m_fixture->newest("invoices", [](const QJsonObject &i) {
        return !i.value("number").toString().isEmpty() && !i.value("customer_name").toString().isEmpty();
    });
    m_window->openId(objects::Kind::Invoice, invoice.value("id").toString());
    InvoicesTab *invoices = m_window->invoicesTab();
    QVERIFY(QTest::qWaitFor(
        [invoices, &invoice] { return invoices->currentId() == invoice.value("id").toString(); }, 10000));
    QCOMPARE(invoices->detailPane()->title(),
             QString::fromUtf8("Invoice %1 — %2")
                 .arg(invoice.value("number").toString(), invoice.value("customer_name").toString()));
    QCOMPARE(invoices->detailPane()->fieldValue("Customer"), invoice.value("customer_name").toString());
    QCOMPARE(invoices->detailPane()->fieldLink("Customer"), invoice.value("customer").toString());

    // Orders: rows name the customer; a paid order's pane names the card, not pm_….
    OrdersTab *orders = m_window->ordersTab();
    m_window->showTab(objects::Kind::Order);
    QVERIFY(UiFixture::waitForRows(orders, 1));
    for (int row = 0; row < orders->model()->rowCount(); ++row)
        QVERIFY(!orders->table()->model()->index(row, 0).data().toString().startsWith("cus_"));
    const QJsonObject paid = m_fixture->newest("payment_intents", [](const QJsonObject &pi) {
        return pi.value("metadata").toObject().value("paydesk_order").toString() == "1"
            && pi.value("status").toString() == "succeeded";
    });
    QVERIFY(!paid.isEmpty());
    m_window->openId(objects::Kind::Order, paid.value("id").toString());
    QVERIFY(QTest::qWaitFor(
        [orders, &paid] {
            return orders->detailPane()->record().value("id").toString() == paid.value("id").toString();
        },
        10000));
    QVERIFY2(orders->detailPane()->fieldValue("Payment method").contains(QString::fromUtf8("••••")),
             qPrintable(orders->detailPane()->fieldValue("Payment method")));
    QVERIFY(orders->detailPane()->title().startsWith("Order of "));
}

void TestUiFinding::paydeskMetadataInWords()
{
    // A refund made in Paydesk with a note, and an order made in Paydesk.
    const QJsonObject order = m_fixture->newest("payment_intents", [](const QJsonObject &pi) {
        return pi.value("metadata").toObject().value("paydesk_order").toString() == "1";
    });
    m_window->openId(objects::Kind::Order, order.value("id").toString());
    OrdersTab *orders = m_window->ordersTab();
    QVERIFY(QTest::qWaitFor(
        [orders, &order] {
            return orders->detailPane()->record().value("id").toString() == order.value("id").toString();
        },
        10000));
    DetailPane *pane = orders->detailPane();
    QCOMPARE(pane->fieldValue("Origin"), QStringLiteral("Made with Paydesk"));
    QVERIFY(pane->fieldValue("Metadata: paydesk_items").isEmpty());
    QVERIFY(pane->fieldValue("Metadata: paydesk_order").isEmpty());
    QVERIFY(pane->fieldValue("Items").contains(QString::fromUtf8("×")));

    // A payment of an order says what was bought, by product name.
    const QJsonObject charge = m_fixture->newest("charges", [](const QJsonObject &c) {
        return c.value("metadata").toObject().contains("paydesk_items");
    });
    if (!charge.isEmpty()) {
        m_window->openId(objects::Kind::Payment, charge.value("id").toString());
        PaymentsTab *tab = m_window->paymentsPage()->payments();
        QVERIFY(QTest::qWaitFor(
            [tab, &charge] {
                return tab->detailPane()->record().value("id").toString() == charge.value("id").toString();
            },
            10000));
        QVERIFY(!tab->detailPane()->fieldValue("Order items").contains("price_"));
        QVERIFY(tab->detailPane()->fieldValue("Metadata: paydesk_items").isEmpty());
    }

    // A refund note in words; the raw keys stay in the raw JSON.
    const QString refundId = m_fixture->newest("refunds").value("id").toString();
    m_fixture->inStore([&refundId](sandbox::Store &store) {
        QJsonObject r = *store.find(refundId);
        r.insert("metadata",
                 QJsonObject {{"paydesk_note", "Customer changed their mind"}, {"paydesk_intent", "wi_1"}});
        store.collection("refunds").replace(r);
    });
    m_window->openId(objects::Kind::Refund, refundId);
    RecordTab *refunds = m_window->paymentsPage()->refunds();
    QVERIFY(QTest::qWaitFor(
        [refunds, &refundId] { return refunds->detailPane()->record().value("id").toString() == refundId; },
        10000));
    QCOMPARE(refunds->detailPane()->fieldValue("Refund note"), QStringLiteral("Customer changed their mind"));
    QCOMPARE(refunds->detailPane()->fieldValue("Origin"), QStringLiteral("Made with Paydesk"));
    QVERIFY(refunds->detailPane()->fieldValue("Metadata: paydesk_note").isEmpty());
    QVERIFY(refunds->detailPane()->record().value("metadata").toObject().contains("paydesk_note"));
}

void TestUiFinding::refundsNameTheirCustomer()
{
    RecordTab *refunds = m_window->showTab(objects::Kind::Refund);
    QVERIFY(UiFixture::waitForState(refunds, State::Ready));
    QStringList paths;
    connect(m_fixture->client()->requestLog(), &stripe::RequestLog::appended, this,
            [&paths](const stripe::RequestLogEntry &entry) { paths << entry.path; });
    refunds->table()->selectionModel()->clearCurrentIndex();
    refunds->reload();
    QVERIFY(UiFixture::waitForState(refunds, State::Ready));
    QVERIFY(refunds->model()->rowCount() > 1);
    const qsizetype column = records::indexOfColumn(refunds->model()->columns(), u"customer");
    QVERIFY(column >= 0);
    for (int row = 0; row < refunds->model()->rowCount(); ++row) {
        const QJsonObject refund = refunds->model()->objectAt(row);
        const QJsonObject customer
            = m_fixture->object(m_fixture->object(refund.value("charge").toObject().value("id").toString())
                                    .value("customer")
                                    .toString());
        QCOMPARE(refunds->model()->index(row, int(column)).data().toString(),
                 customer.value("name").toString());
    }
    // One request for the page, not one per row.
    QCOMPARE(paths, QStringList {QStringLiteral("/v1/refunds")});
    // The pane: "Refund of … to <customer>".
    refunds->selectId(refunds->model()->objectAt(0).value("id").toString());
    QVERIFY2(refunds->detailPane()->title().contains(" to "), qPrintable(refunds->detailPane()->title()));
}

void TestUiFinding::goToWithAnEmail()
{
    QJsonObject charge;
    const QJsonObject customer = customerWithCharges(&charge);
    QSignalSpy finished(m_window, &MainWindow::goToFinished);
    m_window->goTo(customer.value("email").toString());
    QVERIFY(finished.wait(10000));
    CustomersTab *customers = m_window->customersTab();
    QCOMPARE(m_window->currentRecordTab(), static_cast<RecordTab *>(customers));
    QVERIFY(QTest::qWaitFor(
        [customers, &customer] { return customers->currentId() == customer.value("id").toString(); }, 10000));
    QVERIFY2(m_window->statusBar()->currentMessage().contains(customer.value("name").toString()),
             qPrintable(m_window->statusBar()->currentMessage()));

    // Two customers with one email: said, and both listed.
    const QString shared = QStringLiteral("shared.inbox@example.com");
    m_fixture->inStore([&shared](sandbox::Store &store) {
        for (const char *id : {"cus_SharedInboxA01", "cus_SharedInboxB02"})
            store.collection("customers")
                .insert({{"id", id},
                         {"object", "customer"},
                         {"created", 1'700'000'000},
                         {"email", shared},
                         {"name", QString::fromLatin1(id).right(3)}});
    });
    finished.clear();
    m_window->goTo(shared);
    QVERIFY(finished.wait(10000));
    QVERIFY2(finished.first().at(0).toString().contains("2 customers have the email"),
             qPrintable(finished.first().at(0).toString()));
    QVERIFY(QTest::qWaitFor([customers] { return customers->model()->state() == State::Ready; }, 10000));
    QCOMPARE(customers->model()->rowCount(), 2);
    customers->searchField()->clear();
}

void TestUiFinding::createdRangeOnEveryTab()
{
    using objects::Kind;
    for (const Kind kind : {Kind::Customer, Kind::Invoice, Kind::Order, Kind::Payment, Kind::Refund,
                            Kind::PromotionCode, Kind::Product}) {
        RecordTab *tab = m_window->showTab(kind);
        QVERIFY(UiFixture::waitForState(tab, State::Ready));
        DateRangeFilter *range = tab->createdFilter();
        QVERIFY2(range->isVisible(), qPrintable(tab->title()));
        // The newest row's day: every row shown was created that day.
        const QJsonObject newest = tab->model()->objectAt(0);
        const QDate day = QDateTime::fromSecsSinceEpoch(newest.value("created").toInteger()).date();
        range->setRange({day, day});
        QVERIFY(QTest::qWaitFor([tab] { return tab->model()->state() == State::Ready; }, 15000));
        QVERIFY2(tab->model()->rowOfId(newest.value("id").toString()) >= 0, qPrintable(tab->title()));
        for (int row = 0; row < tab->model()->rowCount(); ++row)
            QCOMPARE(QDateTime::fromSecsSinceEpoch(tab->model()->objectAt(row).value("created").toInteger())
                         .date(),
                     day);
        // Keyboard: the clear button takes the range away again.
        range->clearButton()->click();
        QVERIFY(range->range().isEmpty());
        QVERIFY(QTest::qWaitFor([tab] { return tab->model()->state() == State::Ready; }, 15000));
    }
}

void TestUiFinding::createdRangeByKeyboard()
{
    RecordTab *customers = m_window->showTab(objects::Kind::Customer);
    QVERIFY(UiFixture::waitForState(customers, State::Ready));
    DateRangeFilter *range = customers->createdFilter();
    QApplication::setActiveWindow(m_window);
    range->button()->setFocus();
    QVERIFY(QTest::qWaitFor([range] { return range->button()->hasFocus(); }, 3000));
    QCOMPARE(range->button()->text(), QStringLiteral("Created: any time"));
    // Alt+Down opens the dates, the first one focused.
    QTest::keyClick(range->button(), Qt::Key_Down, Qt::AltModifier);
    QVERIFY(QTest::qWaitFor([range] { return range->panel()->isVisible(); }, 3000));
    QVERIFY(QTest::qWaitFor([range] { return range->fromField()->hasFocus(); }, 3000));
    // Tab goes on to the next field, never stuck in the date's parts.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(range->toField()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(QApplication::focusWidget() != range->toField());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(range->toField()));
    // Alt+Down opens the calendar on this month; Enter takes the day.
    QTest::keyClick(range->toField(), Qt::Key_Down, Qt::AltModifier);
    QCalendarWidget *calendar = range->toField()->calendarWidget();
    QVERIFY(QTest::qWaitFor([calendar] { return calendar->isVisible(); }, 3000));
    QCOMPARE(calendar->monthShown(), QDate::currentDate().month());
    calendar->setSelectedDate(QDate::currentDate());
    QTest::keyClick(calendar->findChild<QAbstractItemView *>(), Qt::Key_Return);
    QVERIFY(QTest::qWaitFor([range] { return range->range().to == QDate::currentDate(); }, 3000));
    // Esc closes the dates and keeps them; the button says the range.
    QTest::keyClick(range->toField(), Qt::Key_Escape);
    QVERIFY(QTest::qWaitFor([range] { return !range->panel()->isVisible(); }, 3000));
    QVERIFY2(range->button()->text().startsWith(QStringLiteral("Created: until ")),
             qPrintable(range->button()->text()));
    QVERIFY(QTest::qWaitFor([customers] { return customers->model()->state() == State::Ready; }, 15000));
    QVERIFY(range->clearButton()->isVisible());
    range->clearButton()->click();
    QVERIFY(range->range().isEmpty());
    QVERIFY(!range->clearButton()->isVisible());
}

void TestUiFinding::promotionCodesByPartOfTheirCode()
{
    PromotionCodesTab *promos = m_window->promotionCodesTab();
    m_window->showTab(objects::Kind::PromotionCode);
    QVERIFY(UiFixture::waitForState(promos, State::Ready));
    const QString code = promos->model()->objectAt(0).value("code").toString();
    QVERIFY(code.size() >= 4);
    const QString part = code.mid(1, 3).toLower();
    promos->codeFilter()->setText(part);
    QTest::keyClick(promos->codeFilter(), Qt::Key_Return);
    QVERIFY(QTest::qWaitFor([promos] { return promos->model()->state() == State::Ready; }, 10000));
    QVERIFY(promos->model()->rowCount() >= 1);
    for (int row = 0; row < promos->model()->rowCount(); ++row)
        QVERIFY(promos->model()->objectAt(row).value("code").toString().contains(part, Qt::CaseInsensitive));
    QCOMPARE(promos->model()->rowCount(), m_fixture->count("promotion_codes", [&part](const QJsonObject &p) {
        return p.value("code").toString().contains(part, Qt::CaseInsensitive);
    }));
    promos->codeFilter()->clear();
    QTest::keyClick(promos->codeFilter(), Qt::Key_Return);
}

PAYDESK_TEST_MAIN(TestUiFinding)
#include "tst_ui_finding.moc"
