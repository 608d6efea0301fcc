#include "tests/support/TestMain.h"
#include "tests/ui/support/UiFixture.h"
#include "ui/customers/CustomerDialog.h"
#include "ui/customers/CustomersTab.h"
#include "ui/invoices/InvoiceItemDialog.h"
#include "ui/invoices/InvoicesTab.h"
#include "ui/invoices/NewInvoiceDialog.h"
#include "ui/invoices/PayInvoiceDialog.h"
#include "ui/orders/OrderDialog.h"
#include "ui/orders/OrdersTab.h"
#include "ui/orders/PayOrderDialog.h"
#include "ui/payments/PaymentsAndRefundsPage.h"
#include "ui/payments/PaymentsTab.h"
#include "ui/payments/RefundDialog.h"
#include "ui/payments/RefundsTab.h"
#include "ui/products/PriceDialog.h"
#include "ui/products/ProductDialog.h"
#include "ui/products/ProductsTab.h"
#include "ui/promotioncodes/PromotionCodeDialog.h"
#include "ui/promotioncodes/PromotionCodesTab.h"
#include "ui/records/DetailPane.h"
#include "ui/widgets/ChoiceBox.h"
#include "ui/widgets/MetadataEditor.h"
#include "ui/widgets/RecordPicker.h"
#include "ui/writes/ConfirmWriteDialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableWidget>

using State = records::ListModel::State;

// Every write through the real dialogs against the sandbox: input refused before anything is
// sent, the confirmation in words, exactly one effect in the sandbox, the table updated.
class TestUiWrites : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup() { UiFixture::closeDialogs(); }

    void refundPartOfAPayment();
    void refundRefusesBadAmounts_data();
    void refundRefusesBadAmounts();
    void refundOtherNeedsANote();
    void doubleClickRefundsOnce();
    void droppedAfterApplyThenCheckSettlesIt();
    void neverSentThenRetryIsReviewedFirst();
    void freshDialogIsNeverOneKeyFromAWrite();
    void newWriteWarnsOfAnUnfinishedOne();
    void liveConfirmationsSayLive();
    void customerCreateEditDelete();
    void customerBadInputSendsNothing();
    void invoiceLifeCycle();
    void invoiceActionsOnlyWhereStripeAllows_data();
    void invoiceActionsOnlyWhereStripeAllows();
    void orderCreatePayAndCancel();
    void declinedTestCardShowsStripesMessage();
    void productAndPrice();
    void promotionCodeCreateAndDeactivate();

private:
    QJsonObject refundableCharge(const QString &currency = QStringLiteral("usd"));
    RefundDialog *openRefund(const QString &chargeId);
    bool waitClosed(QDialog *dialog, int timeoutMs = 10000);
    int refundsOf(const QString &charge);

    std::unique_ptr<UiFixture> m_fixture;
    MainWindow *m_window = nullptr;
    QSet<QString> m_usedCharges;
};

void TestUiWrites::initTestCase()
{
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    m_fixture = std::make_unique<UiFixture>();
}

void TestUiWrites::init()
{
    m_fixture->sandbox().faults().reset();
    m_window = m_fixture->open();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

QJsonObject TestUiWrites::refundableCharge(const QString &currency)
{
    const QJsonObject charge = m_fixture->newest("charges", [this, &currency](const QJsonObject &c) {
        // Fully captured: an uncaptured authorisation or a partial capture refunds differently.
        return c.value("status").toString() == "succeeded" && c.value("amount_refunded").toInteger() == 0
            && c.value("amount_captured").toInteger() == c.value("amount").toInteger()
            && c.value("currency").toString() == currency && c.value("amount").toInteger() >= 4000
            && !m_usedCharges.contains(c.value("id").toString());
    });
    m_usedCharges.insert(charge.value("id").toString());
    return charge;
}

int TestUiWrites::refundsOf(const QString &charge)
{
    return m_fixture->count(
        "refunds", [&charge](const QJsonObject &r) { return r.value("charge").toString() == charge; });
}

bool TestUiWrites::waitClosed(QDialog *dialog, int timeoutMs)
{
    QPointer<QDialog> guard(dialog);
    return QTest::qWaitFor([guard] { return !guard || !guard->isVisible(); }, timeoutMs);
}

RefundDialog *TestUiWrites::openRefund(const QString &chargeId)
{
    auto *payments = m_window->paymentsPage()->payments();
    m_window->openId(objects::Kind::Payment, chargeId);
    if (!QTest::qWaitFor([payments, &chargeId] { return payments->currentId() == chargeId; }, 10000))
        return nullptr;
    if (!payments->refundButton()->isEnabled())
        return nullptr;
    QTest::mouseClick(payments->refundButton(), Qt::LeftButton);
    return UiFixture::waitForWindow<RefundDialog>();
}

void TestUiWrites::refundPartOfAPayment()
{
    const QJsonObject charge = refundableCharge();
    const QString id = charge.value("id").toString();
    RefundDialog *dialog = openRefund(id);
    QVERIFY(dialog);
    // The amount starts at what is left to refund.
    QCOMPARE(dialog->amountField()->text(),
             money::Money(charge.value("amount").toInteger(), "usd").formatNumber());
    dialog->amountField()->setText("12.50");
    QVERIFY2(dialog->errorText().isEmpty(), qPrintable(dialog->errorText()));
    QVERIFY2(dialog->summaryText().startsWith(
                 QStringLiteral("Refund $12.50 of %1 to ")
                     .arg(money::Money(charge.value("amount").toInteger(), "usd").format())),
             qPrintable(dialog->summaryText()));
    QVERIFY(dialog->summaryText().contains(QString::fromUtf8("•••• ")));
    QCOMPARE(dialog->confirmButton()->text(), QStringLiteral("Refund $12.50"));
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QVERIFY(waitClosed(dialog));
    QCOMPARE(refundsOf(id), 1);
    const QJsonObject refund = m_fixture->newest(
        "refunds", [&id](const QJsonObject &r) { return r.value("charge").toString() == id; });
    QCOMPARE(refund.value("amount").toInteger(), 1250);
    QCOMPARE(refund.value("reason").toString(), QStringLiteral("requested_by_customer"));
    QVERIFY(!refund.value("metadata").toObject().value("paydesk_intent").toString().isEmpty());
    // The payment's row shows the refund; the refunds list has it.
    auto *payments = m_window->paymentsPage()->payments();
    QVERIFY(QTest::qWaitFor(
        [payments, &id] {
            return payments->model()
                       ->objectAt(payments->model()->rowOfId(id))
                       .value("amount_refunded")
                       .toInteger()
                == 1250;
        },
        10000));
    QVERIFY(m_window->paymentsPage()->refunds()->model()->rowOfId(refund.value("id").toString()) >= 0);
    // The window says what happened to which payment, by its customer's name, not its id.
    const QString said = m_window->statusBar()->currentMessage();
    const QString customer = m_fixture->object(charge.value("customer").toString()).value("name").toString();
    QVERIFY2(said.startsWith("Refund of $12.50 on ") && said.contains(customer)
                 && said.endsWith(": Succeeded") && !said.contains(refund.value("id").toString()),
             qPrintable(said));
    const auto entries = m_fixture->journal()->entries();
    QCOMPARE(entries.last().intent.operation, QStringLiteral("refund"));
    QCOMPARE(entries.last().outcome->objectId, refund.value("id").toString());
}

void TestUiWrites::refundRefusesBadAmounts_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("zero") << "0"
                          << "greater than zero";
    QTest::newRow("negative") << "-5"
                              << "cannot be negative";
    QTest::newRow("exponent") << "1e3"
                              << "scientific notation";
    QTest::newRow("letters") << "ten"
                             << "is not an amount";
    QTest::newRow("too many decimals") << "1.005"
                                       << "at most 2 decimal places";
    QTest::newRow("other locale separator") << "12,50"
                                            << "digit groups look wrong";
    QTest::newRow("more than left") << "999999.99"
                                    << "at most";
    QTest::newRow("empty") << ""
                           << "Enter an amount";
}

void TestUiWrites::refundRefusesBadAmounts()
{
    QFETCH(QString, amount);
    QFETCH(QString, messagePart);
    const QJsonObject charge = refundableCharge();
    RefundDialog *dialog = openRefund(charge.value("id").toString());
    QVERIFY(dialog);
    dialog->amountField()->setText(amount);
    QVERIFY2(dialog->errorText().contains(messagePart), qPrintable(dialog->errorText()));
    QVERIFY(!dialog->confirmButton()->isEnabled());
    QTest::keyClick(dialog->amountField(), Qt::Key_Return);
    QTest::qWait(100); // nothing must happen: no refund may be sent
    QCOMPARE(refundsOf(charge.value("id").toString()), 0);
}

void TestUiWrites::refundOtherNeedsANote()
{
    const QJsonObject charge = refundableCharge();
    RefundDialog *dialog = openRefund(charge.value("id").toString());
    QVERIFY(dialog);
    dialog->reasonField()->selectValue("other");
    QVERIFY(dialog->errorText().contains("needs a reason"));
    QVERIFY(!dialog->confirmButton()->isEnabled());
    dialog->noteField()->setPlainText(QString::fromUtf8("Goodwill — café delivered cold 😕"));
    QVERIFY(dialog->confirmButton()->isEnabled());
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QVERIFY(waitClosed(dialog));
    const QString id = charge.value("id").toString();
    const QJsonObject refund = m_fixture->newest(
        "refunds", [&id](const QJsonObject &r) { return r.value("charge").toString() == id; });
    QVERIFY(refund.value("reason").isNull()); // Stripe has no "other"
    QCOMPARE(refund.value("metadata").toObject().value("paydesk_note").toString(),
             QString::fromUtf8("Goodwill — café delivered cold 😕"));
}

void TestUiWrites::doubleClickRefundsOnce()
{
    const QJsonObject charge = refundableCharge();
    const QString id = charge.value("id").toString();
    m_fixture->sandbox().faults().delayNext(1, 300, "POST", "/v1/refunds");
    RefundDialog *dialog = openRefund(id);
    QVERIFY(dialog);
    dialog->amountField()->setText("10.00");
    QTest::mouseDClick(dialog->confirmButton(), Qt::LeftButton);
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QVERIFY(!dialog->confirmButton()->isEnabled());
    QVERIFY(waitClosed(dialog));
    QTest::qWait(300); // nothing more must happen: the double click may not send a second refund
    QCOMPARE(refundsOf(id), 1);
}

void TestUiWrites::droppedAfterApplyThenCheckSettlesIt()
{
    const QJsonObject charge = refundableCharge();
    const QString id = charge.value("id").toString();
    // Every attempt is applied (the first) or replayed, and then the connection drops.
    m_fixture->sandbox().faults().dropAfterApply(20, "POST", "/v1/refunds");
    RefundDialog *dialog = openRefund(id);
    QVERIFY(dialog);
    dialog->amountField()->setText("15.00");
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([dialog] { return dialog->stage() == WriteDialog::Stage::Unknown; }, 20000));
    QVERIFY2(dialog->errorText().contains("cannot tell whether this happened"),
             qPrintable(dialog->errorText()));
    QVERIFY(dialog->retryButton() && dialog->retryButton()->isVisible());
    QVERIFY(dialog->checkButton() && dialog->checkButton()->isVisible());
    // Only the recovery buttons and Close, none of them cut (the window grows to its new buttons
    // once the event loop runs).
    QVERIFY(!dialog->confirmButton()->isVisible());
    const auto cutButton = [dialog]() -> QString {
        for (QPushButton *button : dialog->findChildren<QPushButton *>())
            if (button->isVisible() && button->width() < button->sizeHint().width())
                return button->text();
        return {};
    };
    QTRY_COMPARE(cutButton(), QString());
    // Neither is the default nor focused: Enter after a dropped answer sends nothing again.
    QVERIFY(!dialog->retryButton()->isDefault() && !dialog->retryButton()->hasFocus());
    QVERIFY(!dialog->checkButton()->isDefault() && !dialog->checkButton()->hasFocus());
    QCOMPARE(refundsOf(id), 1);
    QCOMPARE(m_fixture->journal()->unfinished("sandbox").size(), 1);

    // Check finds the refund: the write is settled in the journal, not asked about again.
    m_fixture->sandbox().faults().reset();
    QTest::mouseClick(dialog->checkButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([dialog] { return dialog->stage() == WriteDialog::Stage::Done; }, 10000));
    QVERIFY2(dialog->errorText().contains("It happened") && dialog->errorText().contains("re_"),
             qPrintable(dialog->errorText()));
    QVERIFY(!dialog->retryButton()->isVisible());
    QCOMPARE(m_fixture->journal()->unfinished("sandbox").size(), 0);
    const auto entry = m_fixture->journal()->entries().last();
    QCOMPARE(entry.outcome->status, writes::WriteOutcome::Status::Succeeded);
    QVERIFY(entry.outcome->objectId.startsWith("re_"));
    QCOMPARE(refundsOf(id), 1);
    // The payment's row shows the refund Check found.
    auto *payments = m_window->paymentsPage()->payments();
    QVERIFY(QTest::qWaitFor(
        [payments, &id] {
            return payments->model()
                       ->objectAt(payments->model()->rowOfId(id))
                       .value("amount_refunded")
                       .toInteger()
                == 1500;
        },
        10000));
}

void TestUiWrites::neverSentThenRetryIsReviewedFirst()
{
    const QJsonObject charge = refundableCharge();
    const QString id = charge.value("id").toString();
    // Every attempt is dropped before it is applied.
    m_fixture->sandbox().faults().dropBeforeApply(20, "POST", "/v1/refunds");
    RefundDialog *dialog = openRefund(id);
    QVERIFY(dialog);
    dialog->amountField()->setText("7.00");
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([dialog] { return dialog->stage() == WriteDialog::Stage::Unknown; }, 20000));
    QCOMPARE(refundsOf(id), 0);
    m_fixture->sandbox().faults().reset();

    // Retry safely sends nothing yet: it shows the payment as it is now and asks again.
    QTest::mouseClick(dialog->retryButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor(
        [dialog] { return dialog->sendAgainButton() && dialog->sendAgainButton()->isVisible(); }, 10000));
    QVERIFY2(dialog->errorText().contains("no trace") && dialog->errorText().contains("left to refund"),
             qPrintable(dialog->errorText()));
    QVERIFY(!dialog->sendAgainButton()->isDefault());
    QCOMPARE(refundsOf(id), 0);
    QTest::mouseClick(dialog->sendAgainButton(), Qt::LeftButton);
    QVERIFY(waitClosed(dialog, 20000));
    QCOMPARE(refundsOf(id), 1);
    QCOMPARE(m_fixture->journal()->unfinished("sandbox").size(), 0);
}

void TestUiWrites::freshDialogIsNeverOneKeyFromAWrite()
{
    const QJsonObject charge = refundableCharge();
    const QString id = charge.value("id").toString();
    RefundDialog *dialog = openRefund(id);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    // No recovery buttons before an outcome is unknown.
    QVERIFY(!dialog->retryButton() && !dialog->checkButton());
    for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
        QVERIFY2(!button->text().contains("Retry") && !button->text().contains("Check"),
                 qPrintable(button->text()));
        QVERIFY2(!button->isDefault(), qPrintable(button->text()));
    }
    // The amount has the focus, selected: typing replaces the prefilled full amount.
    QCOMPARE(dialog->focusWidget(), dialog->amountField());
    QCOMPARE(dialog->amountField()->selectedText(), dialog->amountField()->text());
    QVERIFY(dialog->confirmButton()->isEnabled());
    QTest::keyClick(dialog->amountField(), Qt::Key_Return);
    QTest::keyClick(dialog, Qt::Key_Enter);
    QTest::qWait(300); // nothing must happen: Enter in the field does not confirm
    QCOMPARE(dialog->stage(), WriteDialog::Stage::Editing);
    QVERIFY(dialog->isVisible());
    QCOMPARE(refundsOf(id), 0);
    dialog->reject();

    // A confirmation with nothing to fill in starts on Cancel.
    auto *customers = m_window->customersTab();
    m_window->showTab(objects::Kind::Customer);
    QVERIFY(UiFixture::waitForRows(customers, 1));
    UiFixture::selectRow(customers, 0);
    QTest::mouseClick(customers->findChild<QPushButton *>("deleteCustomer"), Qt::LeftButton);
    auto *confirm = UiFixture::waitForWindow<ConfirmWriteDialog>();
    QVERIFY(confirm);
    QVERIFY(QTest::qWaitForWindowActive(confirm));
    QCOMPARE(confirm->focusWidget(), confirm->cancelButton());
    QVERIFY(!confirm->confirmButton()->isDefault());
    QTest::keyClick(confirm, Qt::Key_Return);
    QTest::qWait(200); // nothing must happen: Cancel has the focus, Return does not confirm
    QCOMPARE(confirm->stage(), WriteDialog::Stage::Editing);
    confirm->reject();
}

void TestUiWrites::newWriteWarnsOfAnUnfinishedOne()
{
    const QJsonObject charge = refundableCharge();
    const QString id = charge.value("id").toString();
    m_fixture->sandbox().faults().dropBeforeApply(20, "POST", "/v1/refunds");
    RefundDialog *first = openRefund(id);
    QVERIFY(first);
    first->amountField()->setText("5.00");
    QTest::mouseClick(first->confirmButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([first] { return first->stage() == WriteDialog::Stage::Unknown; }, 20000));
    first->reject();
    QVERIFY(waitClosed(first));
    m_fixture->sandbox().faults().reset();

    // A second refund of the same payment says so before anything is sent.
    RefundDialog *second = openRefund(id);
    QVERIFY(second);
    second->amountField()->setText("5.00");
    QVERIFY2(second->earlierWriteWarning().contains("never got an answer"),
             qPrintable(second->earlierWriteWarning()));
    QVERIFY(second->earlierWriteWarning().contains("Refund $5.00"));
    QVERIFY(!second->confirmButton()->isEnabled());
    second->sendAnywayBox()->setChecked(true);
    QVERIFY(second->confirmButton()->isEnabled());
    second->reject();
    QCOMPARE(refundsOf(id), 0);
}

void TestUiWrites::liveConfirmationsSayLive()
{
    m_window = m_fixture->open(accounts::Mode::Live);
    const QJsonObject charge = refundableCharge();
    RefundDialog *dialog = openRefund(charge.value("id").toString());
    QVERIFY(dialog);
    QVERIFY(dialog->windowTitle().startsWith("LIVE"));
    auto *warning = dialog->findChild<QLabel *>("liveWarning");
    QVERIFY(warning && warning->isVisible());
    QVERIFY(warning->text().contains("real money"));
    dialog->amountField()->setText("1.00");
    // The button itself says LIVE and the amount: the last thing read before the click.
    QCOMPARE(dialog->confirmButton()->text(), QStringLiteral("LIVE: Refund $1.00"));
    dialog->reject();
    auto *customers = m_window->customersTab();
    m_window->showTab(objects::Kind::Customer);
    QVERIFY(UiFixture::waitForRows(customers, 1));
    UiFixture::selectRow(customers, 0);
    WriteDialog *remove = customers->deleteSelected();
    QVERIFY(remove->windowTitle().startsWith("LIVE"));
    remove->reject();
}

void TestUiWrites::customerCreateEditDelete()
{
    auto *customers = m_window->customersTab();
    m_window->showTab(objects::Kind::Customer);
    QVERIFY(UiFixture::waitForRows(customers, 1));
    auto *create = qobject_cast<CustomerDialog *>(customers->newCustomer());
    create->emailField()->setText("amira.haddad@example.com");
    create->nameField()->setText(QString::fromUtf8("أميرة حداد"));
    create->phoneField()->setText("+971 4 555 0100");
    create->metadataEditor()->setMetadata({{"region", "MEA"}});
    QCOMPARE(create->summaryText(),
             QString::fromUtf8("Create customer أميرة حداد <amira.haddad@example.com>"));
    QTest::mouseClick(create->confirmButton(), Qt::LeftButton);
    QVERIFY(waitClosed(create));
    const QJsonObject created = m_fixture->newest("customers", [](const QJsonObject &c) {
        return c.value("email").toString() == "amira.haddad@example.com";
    });
    QCOMPARE(created.value("name").toString(), QString::fromUtf8("أميرة حداد"));
    QCOMPARE(created.value("metadata").toObject().value("region").toString(), QStringLiteral("MEA"));
    const QString id = created.value("id").toString();
    QCOMPARE(customers->currentId(), id); // the new customer is shown and selected

    auto *edit = qobject_cast<CustomerDialog *>(customers->editSelected());
    QCOMPARE(edit->emailField()->text(), QStringLiteral("amira.haddad@example.com"));
    edit->phoneField()->clear();
    edit->descriptionField()->setPlainText("Key account");
    QTest::mouseClick(edit->confirmButton(), Qt::LeftButton);
    QVERIFY(waitClosed(edit));
    QVERIFY(m_fixture->object(id).value("phone").isNull());
    QCOMPARE(m_fixture->object(id).value("description").toString(), QStringLiteral("Key account"));
    QCOMPARE(customers->detailPane()->fieldValue("Description"), QStringLiteral("Key account"));

    WriteDialog *remove = customers->deleteSelected();
    QVERIFY2(remove->summaryText().contains(
                 QString::fromUtf8("Delete customer أميرة حداد <amira.haddad@example.com>")),
             qPrintable(remove->summaryText()));
    QVERIFY(remove->summaryText().contains("cannot be undone"));
    QTest::mouseClick(remove->confirmButton(), Qt::LeftButton);
    QVERIFY(waitClosed(remove));
    QCOMPARE(m_fixture->object(id).value("deleted").toBool(), true);
    QCOMPARE(customers->model()->rowOfId(id), -1);
}

void TestUiWrites::customerBadInputSendsNothing()
{
    auto *dialog = qobject_cast<CustomerDialog *>(m_window->customersTab()->newCustomer());
    const int before = m_fixture->count("customers");
    dialog->emailField()->setText("not an email");
    QVERIFY(dialog->errorText().contains("not an email address"));
    QVERIFY(!dialog->confirmButton()->isEnabled());
    dialog->emailField()->setText("ok@example.com");
    dialog->metadataEditor()->setMetadata({{"bad[key]", "x"}});
    QVERIFY(dialog->errorText().contains("square brackets"));
    dialog->metadataEditor()->setMetadata({});
    dialog->nameField()->setText(QString(300, QLatin1Char('n')));
    QVERIFY(dialog->errorText().contains("too long"));
    QTest::qWait(100); // nothing must happen: no customer may be created
    QCOMPARE(m_fixture->count("customers"), before);
}

void TestUiWrites::invoiceLifeCycle()
{
    auto *customers = m_window->customersTab();
    m_window->showTab(objects::Kind::Customer);
    QVERIFY(UiFixture::waitForRows(customers, 1));
    UiFixture::selectRow(customers, 0);
    const QString customer = customers->currentId();
    auto *create = qobject_cast<NewInvoiceDialog *>(customers->newInvoiceForSelected());
    create->currencyField()->selectValue("eur");
    QTest::mouseClick(create->confirmButton(), Qt::LeftButton);
    QVERIFY(waitClosed(create));
    auto *invoices = m_window->invoicesTab();
    QVERIFY(QTest::qWaitFor([this, invoices] {
        return m_window->currentRecordTab() == invoices && !invoices->currentId().isEmpty();
    }));
    const QString invoice = invoices->currentId();
    QCOMPARE(m_fixture->object(invoice).value("status").toString(), QStringLiteral("draft"));
    QCOMPARE(m_fixture->object(invoice).value("customer").toString(), customer);

    auto *item = qobject_cast<InvoiceItemDialog *>(invoices->addItemToSelected());
    item->amountField()->setText("120.00");
    item->descriptionField()->setText("Workshop");
    QTest::mouseClick(item->confirmButton(), Qt::LeftButton);
    QVERIFY(waitClosed(item));
    QVERIFY(QTest::qWaitFor(
        [this, &invoice] { return m_fixture->object(invoice).value("amount_due").toInteger() == 12000; }));
    QVERIFY(QTest::qWaitFor(
        [invoices] { return invoices->currentObject().value("amount_due").toInteger() == 12000; }, 10000));

    invoices->actOnSelected(InvoicesTab::Action::Finalize);
    auto *finalize = UiFixture::waitForWindow<ConfirmWriteDialog>();
    QVERIFY(finalize->summaryText().contains(QString::fromUtf8("€120.00")));
    QTest::mouseClick(finalize->confirmButton(), Qt::LeftButton);
    QVERIFY(waitClosed(finalize));
    QCOMPARE(m_fixture->object(invoice).value("status").toString(), QStringLiteral("open"));

    auto *pay = qobject_cast<PayInvoiceDialog *>(invoices->actOnSelected(InvoicesTab::Action::Pay));
    pay->outOfBandOption()->setChecked(true);
    QCOMPARE(pay->confirmButton()->text(), QStringLiteral("Record as paid"));
    QTest::mouseClick(pay->confirmButton(), Qt::LeftButton);
    QVERIFY(waitClosed(pay));
    QCOMPARE(m_fixture->object(invoice).value("status").toString(), QStringLiteral("paid"));
    QVERIFY(QTest::qWaitFor(
        [invoices] { return invoices->currentObject().value("status").toString() == "paid"; }));
    for (const auto action :
         {InvoicesTab::Action::Finalize, InvoicesTab::Action::Send, InvoicesTab::Action::Pay,
          InvoicesTab::Action::Void, InvoicesTab::Action::MarkUncollectible, InvoicesTab::Action::Delete})
        QVERIFY(!invoices->actionButton(action)->isVisible());
}

void TestUiWrites::invoiceActionsOnlyWhereStripeAllows_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("visible");
    QTest::newRow("draft") << "draft" << QStringList {"addInvoiceItem", "finalizeInvoice", "deleteInvoice"};
    QTest::newRow("open") << "open"
                          << QStringList {"sendInvoice", "payInvoice", "voidInvoice", "markUncollectible"};
    QTest::newRow("uncollectible") << "uncollectible" << QStringList {"payInvoice", "voidInvoice"};
    QTest::newRow("paid") << "paid" << QStringList {};
    QTest::newRow("void") << "void" << QStringList {};
}

void TestUiWrites::invoiceActionsOnlyWhereStripeAllows()
{
    QFETCH(QString, status);
    QFETCH(QStringList, visible);
    const QJsonObject invoice = m_fixture->newest(
        "invoices", [&status](const QJsonObject &i) { return i.value("status").toString() == status; });
    m_window->openId(objects::Kind::Invoice, invoice.value("id").toString());
    auto *invoices = m_window->invoicesTab();
    QVERIFY(QTest::qWaitFor(
        [invoices, &invoice] { return invoices->currentId() == invoice.value("id").toString(); }, 10000));
    for (const char *name : {"addInvoiceItem", "finalizeInvoice", "deleteInvoice", "sendInvoice",
                             "payInvoice", "voidInvoice", "markUncollectible"}) {
        auto *button = invoices->findChild<QPushButton *>(QLatin1String(name));
        QVERIFY(button);
        QVERIFY2(button->isVisible() == visible.contains(QLatin1String(name)), name);
    }
}

void TestUiWrites::orderCreatePayAndCancel()
{
    auto *customers = m_window->customersTab();
    m_window->showTab(objects::Kind::Customer);
    QVERIFY(UiFixture::waitForRows(customers, 1));
    UiFixture::selectRow(customers, 0);
    const QString customer = customers->currentId();
    auto *order = qobject_cast<OrderDialog *>(customers->newOrderForSelected());
    QVERIFY(QTest::qWaitFor(
        [order] { return order->priceField()->count() > 0 && !order->priceField()->isLoading(); }, 10000));
    // Two T-shirts and a mug, in dollars.
    QVERIFY(order->priceField()->findText(QString::fromUtf8("T-shirt — $25.00")) >= 0);
    order->priceField()->setCurrentIndex(
        order->priceField()->findText(QString::fromUtf8("T-shirt — $25.00")));
    order->quantityField()->setValue(2);
    order->addLine();
    order->priceField()->setCurrentIndex(
        order->priceField()->findText(QString::fromUtf8("Coffee mug — $14.00")));
    order->quantityField()->setValue(1);
    order->addLine();
    QCOMPARE(order->linesTable()->rowCount(), 2);
    QCOMPARE(order->totalLabel()->text(), QStringLiteral("$64.00"));
    QCOMPARE(order->confirmButton()->text(), QStringLiteral("Create order of $64.00"));
    QTest::mouseClick(order->confirmButton(), Qt::LeftButton);
    QVERIFY(waitClosed(order));
    const QJsonObject intent = m_fixture->newest("payment_intents", [&customer](const QJsonObject &p) {
        return p.value("customer").toString() == customer
            && p.value("metadata").toObject().contains("paydesk_order");
    });
    QCOMPARE(intent.value("amount").toInteger(), 6400);
    QCOMPARE(intent.value("description").toString(), QString::fromUtf8("2 × T-shirt, 1 × Coffee mug"));
    QCOMPARE(intent.value("metadata").toObject().value("paydesk_items").toString().count('x'), 2);

    // Paying it is offered right away: with a Stripe test card in the sandbox.
    auto *pay = UiFixture::waitForWindow<PayOrderDialog>();
    QVERIFY(pay);
    pay->testCardOption()->setChecked(true);
    pay->testCardField()->selectValue("pm_card_visa");
    QCOMPARE(pay->confirmButton()->text(), QStringLiteral("Charge $64.00"));
    // The card by its name, never its pm_ id.
    QVERIFY2(pay->summaryText().endsWith("to Test Visa"), qPrintable(pay->summaryText()));
    const auto cardsOfCustomer = [this, &customer] {
        return m_fixture->count("payment_methods", [&customer](const QJsonObject &m) {
            return m.value("customer").toString() == customer;
        });
    };
    const int cardsBefore = cardsOfCustomer();
    QTest::mouseClick(pay->confirmButton(), Qt::LeftButton);
    QVERIFY(waitClosed(pay));
    // A test card pays this order only: no copy of it piles up on the customer.
    QCOMPARE(cardsOfCustomer(), cardsBefore);
    const QString id = intent.value("id").toString();
    QCOMPARE(m_fixture->object(id).value("status").toString(), QStringLiteral("succeeded"));
    auto *orders = m_window->ordersTab();
    QVERIFY(QTest::qWaitFor(
        [orders, &id] {
            return orders->currentId() == id
                && orders->currentObject().value("status").toString() == "succeeded";
        },
        10000));
    QVERIFY(!orders->payButton()->isVisible());
    QVERIFY(!orders->cancelButton()->isVisible());

    // A second order, canceled instead.
    m_window->showTab(objects::Kind::Customer);
    UiFixture::selectRow(customers, 0);
    auto *second = qobject_cast<OrderDialog *>(customers->newOrderForSelected());
    QVERIFY(QTest::qWaitFor(
        [second] { return second->priceField()->count() > 0 && !second->priceField()->isLoading(); }, 10000));
    second->priceField()->setCurrentIndex(
        second->priceField()->findText(QString::fromUtf8("Sticker pack — $5.00")));
    second->addLine();
    QTest::mouseClick(second->confirmButton(), Qt::LeftButton);
    QVERIFY(waitClosed(second));
    UiFixture::waitForWindow<PayOrderDialog>()->reject();
    WriteDialog *cancel = orders->cancelSelected();
    QVERIFY(cancel);
    QTest::mouseClick(cancel->confirmButton(), Qt::LeftButton);
    QVERIFY(waitClosed(cancel));
    QCOMPARE(m_fixture->object(orders->currentId()).value("status").toString(), QStringLiteral("canceled"));
}

void TestUiWrites::declinedTestCardShowsStripesMessage()
{
    const QJsonObject waiting = m_fixture->newest("payment_intents", [](const QJsonObject &p) {
        return p.value("metadata").toObject().contains("paydesk_order")
            && p.value("status").toString() == "requires_payment_method";
    });
    const QString id = waiting.value("id").toString();
    m_window->openId(objects::Kind::Order, id);
    auto *orders = m_window->ordersTab();
    QVERIFY(QTest::qWaitFor([orders, &id] { return orders->currentId() == id; }, 10000));
    auto *pay = qobject_cast<PayOrderDialog *>(orders->paySelected());
    pay->testCardOption()->setChecked(true);
    pay->testCardField()->selectValue("pm_card_chargeDeclined");
    QTest::mouseClick(pay->confirmButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([pay] { return !pay->errorText().isEmpty(); }, 10000));
    QVERIFY2(pay->errorText().startsWith("Your card was declined. Decline code: generic_decline."),
             qPrintable(pay->errorText()));
    QVERIFY(pay->isVisible());
    QCOMPARE(pay->stage(), WriteDialog::Stage::Editing); // a decline wrote nothing: choose another card
    QCOMPARE(m_fixture->object(id).value("status").toString(), QStringLiteral("requires_payment_method"));
}

void TestUiWrites::productAndPrice()
{
    auto *products = m_window->productsTab();
    m_window->showTab(objects::Kind::Product);
    QVERIFY(UiFixture::waitForRows(products, 1));
    auto *create = qobject_cast<ProductDialog *>(products->newProduct());
    create->nameField()->setText("Green tea, 100 g");
    QTest::mouseClick(create->confirmButton(), Qt::LeftButton);
    QVERIFY(waitClosed(create));
    const QString id = products->currentId();
    QVERIFY(id.startsWith("prod_"));
    const QAbstractItemModel *table = products->table()->model();
    const auto pricesCell = [products, table] {
        const QModelIndex current = products->table()->currentIndex();
        return table->index(current.row(), products->pricesColumn()).data().toString();
    };
    QVERIFY(QTest::qWaitFor([&] { return pricesCell() == QStringLiteral("0"); }));
    auto *price = qobject_cast<PriceDialog *>(products->newPriceForSelected());
    price->currencyField()->selectValue("JPY");
    price->amountField()->setText("1,500.5");
    QVERIFY(price->errorText().contains("no decimal places"));
    price->amountField()->setText("1,500");
    QVERIFY2(price->summaryText().contains(QString::fromUtf8("¥1,500")), qPrintable(price->summaryText()));
    QTest::mouseClick(price->confirmButton(), Qt::LeftButton);
    QVERIFY(waitClosed(price));
    const QJsonObject created = m_fixture->newest(
        "prices", [&id](const QJsonObject &p) { return p.value("product").toString() == id; });
    QCOMPARE(created.value("unit_amount").toInteger(), 1500);
    QCOMPARE(created.value("currency").toString(), QStringLiteral("jpy"));
    // The Prices column counts it.
    QVERIFY(QTest::qWaitFor([&] { return pricesCell() == QStringLiteral("1"); }));
    // The product's detail pane lists its new price.
    QVERIFY(QTest::qWaitFor(
        [products] {
            const auto related = products->detailPane()->relatedModels();
            return !related.isEmpty() && related.first()->rowCount() == 1;
        },
        10000));
}

void TestUiWrites::promotionCodeCreateAndDeactivate()
{
    auto *promos = m_window->promotionCodesTab();
    m_window->showTab(objects::Kind::PromotionCode);
    QVERIFY(UiFixture::waitForRows(promos, 1));
    promos->filterByCoupon("SUMMER20");
    auto *dialog = qobject_cast<PromotionCodeDialog *>(promos->newCode());
    QVERIFY(QTest::qWaitFor([dialog] { return dialog->couponField()->currentId() == "SUMMER20"; }, 10000));
    dialog->codeField()->setText("SUMMER 2026");
    QVERIFY(dialog->errorText().contains("no spaces"));
    dialog->codeField()->setText("SUMMER-2026");
    dialog->limitRedemptions()->setChecked(true);
    dialog->maxRedemptionsField()->setValue(50);
    dialog->firstTimeOnly()->setChecked(true);
    dialog->hasMinimum()->setChecked(true);
    dialog->minimumCurrencyField()->selectValue("USD");
    dialog->minimumAmountField()->setText("30");
    QVERIFY2(dialog->errorText().isEmpty(), qPrintable(dialog->errorText()));
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QVERIFY(waitClosed(dialog));
    const QJsonObject code = m_fixture->newest(
        "promotion_codes", [](const QJsonObject &p) { return p.value("code").toString() == "SUMMER-2026"; });
    QCOMPARE(code.value("promotion").toObject().value("coupon").toString(), QStringLiteral("SUMMER20"));
    QCOMPARE(code.value("max_redemptions").toInteger(), 50);
    QCOMPARE(code.value("restrictions").toObject().value("minimum_amount").toInteger(), 3000);
    QCOMPARE(code.value("restrictions").toObject().value("first_time_transaction").toBool(), true);

    const QString id = code.value("id").toString();
    QVERIFY(QTest::qWaitFor([promos, &id] { return promos->currentId() == id; }, 10000));
    QCOMPARE(promos->toggleActiveButton()->text(), QStringLiteral("Deactivate…"));
    WriteDialog *toggle = promos->toggleSelected();
    QTest::mouseClick(toggle->confirmButton(), Qt::LeftButton);
    QVERIFY(waitClosed(toggle));
    QCOMPARE(m_fixture->object(id).value("active").toBool(true), false);
    QVERIFY(QTest::qWaitFor(
        [promos] { return promos->toggleActiveButton()->text() == QStringLiteral("Reactivate…"); }, 10000));
    promos->filterByCoupon(QString());
}

PAYDESK_TEST_MAIN(TestUiWrites)
#include "tst_ui_writes.moc"
