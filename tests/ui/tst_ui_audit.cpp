#include "src/accounts/AccountStore.h"
#include "src/accounts/KeyVault.h"
#include "src/mirror/MirrorCsvExport.h"
#include "src/sandbox/SandboxKeys.h"
#include "src/session/Session.h"
#include "tests/support/ScriptedKeychainBackend.h"
#include "tests/support/TestMain.h"
#include "tests/ui/support/UiAudit.h"
#include "tests/ui/support/UiFixture.h"
#include "ui/Translations.h"
#include "ui/Workspace.h"
#include "ui/accounts/ConnectDialog.h"
#include "ui/activity/ActivityDialog.h"
#include "ui/customers/CustomersTab.h"
#include "ui/invoices/InvoicesTab.h"
#include "ui/invoices/NewInvoiceDialog.h"
#include "ui/mirrorview/MirrorControls.h"
#include "ui/mirrorview/MirrorDetailsDialog.h"
#include "ui/mirrorview/MirrorOfferDialog.h"
#include "ui/mirrorview/MirrorStatusButton.h"
#include "ui/mirrorview/TeamDatabaseDialog.h"
#include "ui/orders/OrderDialog.h"
#include "ui/orders/OrdersTab.h"
#include "ui/orders/PayOrderDialog.h"
#include "ui/overview/BarChart.h"
#include "ui/overview/FigurePanel.h"
#include "ui/overview/OverviewTab.h"
#include "ui/payments/PaymentsAndRefundsPage.h"
#include "ui/payments/PaymentsTab.h"
#include "ui/payments/RefundsTab.h"
#include "ui/products/ProductsTab.h"
#include "ui/promotioncodes/PromotionCodesTab.h"
#include "ui/records/ColumnChooserDialog.h"
#include "ui/records/DetailPane.h"
#include "ui/records/LoadRestButton.h"
#include "ui/records/RowActions.h"
#include "ui/records/SaveViewDialog.h"
#include "ui/records/SavedViewsMenu.h"
#include "ui/records/TableColumns.h"
#include "ui/widgets/ChoiceBox.h"
#include "ui/widgets/CustomerPicker.h"
#include "ui/widgets/DateRangeFilter.h"
#include "ui/widgets/RecordPicker.h"
#include "ui/widgets/SecretField.h"
#include "ui/widgets/StatePanel.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCalendarWidget>
#include <QDateEdit>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QWindow>

#include <functional>

using State = records::ListModel::State;

// The UI audit: the real window on the sandbox, every tab in each state (nothing selected, a
// row of each status, a filter that finds nothing), every dialog its buttons open, Connect,
// Activity, export progress and its error, a restricted key and live mode, each looked at by
// uiaudit's checks and saved as a screenshot (PAYDESK_AUDIT_SCREENSHOTS, else ui-audit/ in the
// working directory). CTest runs it under Xvfb with a window manager at 1024x700, 1600x1000 and
// at QT_SCALE_FACTOR=2, so sizes, frames and placement are what a person gets.
class TestUiAudit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void mainWindowFitsTheScreen();
    void everyTabInEveryState_data();
    void everyTabInEveryState();
    void dialogsThatFollowAWrite();
    void findingThings();
    void connectDialog();
    void accountDialogs();
    void activity();
    void exportProgressAndItsError();
    void tableSortAndLoadingTheRest();
    void rowMenusAndColumns();
    void savedViews();
    void overview();
    void tabsFromTheCopy();
    void mirrorDialogs();
    void liveModeOffer();
    void restrictedKey();
    void liveMode();

private:
    struct Tab
    {
        objects::Kind kind;
        QString name;
        std::function<void(MainWindow *, const QString &)> filter; // text that finds nothing, or ""
    };
    static QList<Tab> tabs();

    // Every check on a window, with a screenshot named after the state.
    void audit(QWidget *window, const QString &state);
    // A dialog that just opened: every check, and where focus starts.
    void auditDialog(QWidget *dialog, const QString &state);
    // A menu that just opened: its checks, and a screenshot of the screen with it.
    void auditMenu(QMenu *menu, const QString &state);
    // Runs act (a click) and audits and closes each dialog it opens, message boxes too (they
    // block inside act); says so when nothing at all happened.
    void actAndAudit(const std::function<void()> &act, const QString &what, const QString &state);
    // Clicks every visible, enabled action of the tab: each must do something.
    void clickEveryAction(MainWindow *window, RecordTab *tab, const QString &state);
    void walkTab(MainWindow *window, const Tab &tab, const QString &prefix, bool everyStatus);
    static void settleDetail(RecordTab *tab);
    static QList<int> oneRowPerStatus(RecordTab *tab);
    void add(const QString &state, const QStringList &findings);
    void verifyNoFindings();

    QTemporaryDir m_settingsDir;
    QString m_shots;
    std::unique_ptr<UiFixture> m_fixture;
    MainWindow *m_window = nullptr;
    QStringList m_findings;
    QSet<QString> m_seen;
};

QList<TestUiAudit::Tab> TestUiAudit::tabs()
{
    using objects::Kind;
    auto typeInto = [](QLineEdit *field, const QString &text) {
        field->setText(text);
        QTest::keyClick(field, Qt::Key_Return);
    };
    return {
        {Kind::Customer, QStringLiteral("customers"),
         [typeInto](MainWindow *w, const QString &text) {
             typeInto(w->customersTab()->searchField(), text);
         }},
        {Kind::Invoice, QStringLiteral("invoices"),
         [](MainWindow *w, const QString &text) {
             w->invoicesTab()->filterByCustomer(text.isEmpty() ? text : QStringLiteral("cus_NoSuchOne0001"));
         }},
        {Kind::Order, QStringLiteral("orders"),
         [](MainWindow *w, const QString &text) {
             w->ordersTab()->filterByCustomer(text.isEmpty() ? text : QStringLiteral("cus_NoSuchOne0001"));
         }},
        {Kind::Payment, QStringLiteral("payments"),
         [](MainWindow *w, const QString &text) { w->paymentsPage()->payments()->search(text); }},
        {Kind::Refund, QStringLiteral("refunds"),
         [typeInto](MainWindow *w, const QString &text) {
             typeInto(w->paymentsPage()->refunds()->paymentFilter(),
                      text.isEmpty() ? text : QStringLiteral("ch_NoSuchOne00001"));
         }},
        {Kind::PromotionCode, QStringLiteral("promocodes"),
         [typeInto](MainWindow *w, const QString &text) {
             typeInto(w->promotionCodesTab()->codeFilter(), text);
         }},
        {Kind::Product, QStringLiteral("products"),
         [](MainWindow *w, const QString &text) {
             w->productsTab()->activeFilter()->selectValue(text.isEmpty() ? QStringLiteral("true")
                                                                          : QStringLiteral("false"));
         }},
    };
}

void TestUiAudit::initTestCase()
{
    // A window placed as on a first start: no geometry or column widths from another test.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    // PAYDESK_AUDIT_LANGUAGE=de_DE audits the German window: German words are long.
    const QString language = qEnvironmentVariable("PAYDESK_AUDIT_LANGUAGE");
    QLocale::setDefault(QLocale(language.isEmpty() ? QStringLiteral("en_US") : language));
    if (!language.isEmpty())
        QVERIFY2(installTranslations(QLocale(language)), qPrintable(language));
    QApplication::setApplicationDisplayName(QStringLiteral("Paydesk"));
    m_shots = qEnvironmentVariable("PAYDESK_AUDIT_SCREENSHOTS",
                                   QDir::current().filePath(QStringLiteral("ui-audit")));
    QDir(m_shots).removeRecursively();
    QDir().mkpath(m_shots);
    const QScreen *screen = QGuiApplication::primaryScreen();
    qInfo("Auditing on %s, screen %dx%d (device pixel ratio %g); screenshots in %s",
          qPrintable(QGuiApplication::platformName()), screen->availableGeometry().width(),
          screen->availableGeometry().height(), screen->devicePixelRatio(), qPrintable(m_shots));
    m_fixture = std::make_unique<UiFixture>();
    // Reading Stripe: the tables' states as Stripe's lists give them. The mirror's own walk
    // (overview() on) opens the window with the account's copy.
    m_window = m_fixture->open();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestUiAudit::init()
{
    m_findings.clear();
    m_seen.clear();
    m_fixture->sandbox().faults().reset();
}

void TestUiAudit::cleanup()
{
    UiFixture::closeDialogs();
}

void TestUiAudit::add(const QString &state, const QStringList &findings)
{
    for (const QString &finding : findings) {
        // The same defect met in ten states is one line, with the first state it was met in.
        if (m_seen.contains(finding))
            continue;
        m_seen.insert(finding);
        m_findings << QStringLiteral("[%1] %2").arg(state, finding);
    }
}

void TestUiAudit::verifyNoFindings()
{
    for (const QString &finding : std::as_const(m_findings))
        qWarning("AUDIT %s", qPrintable(finding));
    QVERIFY2(m_findings.isEmpty(),
             qPrintable(QStringLiteral("%1 finding(s):\n").arg(m_findings.size())
                        + m_findings.join(QLatin1Char('\n'))));
}

void TestUiAudit::audit(QWidget *window, const QString &state)
{
    // A window that grows to fit new text does so through the window manager, a moment later.
    const QPointer<QWidget> guard(window);
    (void)QTest::qWaitFor([&guard] { return !guard || uiaudit::cutText(guard).isEmpty(); }, 500);
    if (!guard)
        return;
    add(state, uiaudit::all(window));
    uiaudit::screenshot(window, m_shots, state);
}

void TestUiAudit::auditDialog(QWidget *widget, const QString &state)
{
    // A dialog may close itself while the audit waits (an export's progress when the export
    // ends): every wait checks it is still there, and the audit of a dialog that went ends.
    const QPointer<QWidget> dialog(widget);
    const auto exposed = [&dialog] {
        return !dialog
            || (dialog->isVisible() && dialog->windowHandle() && dialog->windowHandle()->isExposed()
                && !dialog->frameGeometry().isEmpty());
    };
    // Mapped, sized and framed: what a person sees, not a window halfway through being shown.
    (void)QTest::qWaitFor(exposed, 3000);
    // Synthesized clicks carry no X timestamp, so a window manager that prevents focus stealing
    // may leave a new dialog inactive; a person's click would have activated it.
    const auto active = [&dialog] { return !dialog || dialog->isActiveWindow(); };
    if (!QTest::qWaitFor(active, 1000) && dialog) {
        dialog->activateWindow();
        (void)QTest::qWaitFor(active, 2000);
    }
    // Lists a dialog loads (saved cards, prices, coupons) are part of what it first shows.
    (void)QTest::qWaitFor(
        [&dialog] {
            if (dialog)
                for (RecordPicker *picker : dialog->findChildren<RecordPicker *>())
                    if (picker->isLoading())
                        return false;
            return true;
        },
        5000);
    // The window manager's frame arrives a moment after the window.
    (void)QTest::qWaitFor([&dialog] { return !dialog || dialog->frameGeometry() != dialog->geometry(); },
                          1000);
    // A window manager may first put a dialog elsewhere (openbox: at the screen's corner) before
    // Paydesk brings it back over its parent (FitToText): what is judged is where it settles,
    // within the moment a person takes to look at it. A dialog that stays wrong is still found.
    (void)QTest::qWaitFor([&dialog] { return !dialog || uiaudit::placement(dialog).isEmpty(); }, 3000);
    if (!dialog)
        return;
    add(state, uiaudit::focusProblems(dialog));
    audit(dialog, state);
}

void TestUiAudit::actAndAudit(const std::function<void()> &act, const QString &what, const QString &state)
{
    QSet<QWidget *> before;
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (widget->isVisible())
            before.insert(widget);
    const QString statusBefore = m_window->statusBar()->currentMessage();
    int opened = 0;
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, this, [&] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *dialog = qobject_cast<QDialog *>(widget);
            if (!dialog || !dialog->isVisible() || before.contains(dialog))
                continue;
            poll.stop();
            ++opened;
            before.insert(dialog);
            const QString name
                = QStringLiteral("%1 - %2 - %3")
                      .arg(state, what,
                           dialog->objectName().isEmpty() ? dialog->windowTitle() : dialog->objectName());
            const QPointer<QDialog> guard(dialog);
            auditDialog(dialog, name);
            if (guard)
                guard->done(QDialog::Rejected);
            poll.start();
            return;
        }
    });
    poll.start();
    act();
    const bool didSomething = QTest::qWaitFor(
        [&] { return opened > 0 || m_window->statusBar()->currentMessage() != statusBefore; }, 3000);
    // A dialog that opened without blocking is audited and closed before going on.
    (void)QTest::qWaitFor(
        [&] {
            for (QWidget *widget : QApplication::topLevelWidgets())
                if (qobject_cast<QDialog *>(widget) && widget->isVisible() && !before.contains(widget))
                    return false;
            return true;
        },
        5000);
    poll.stop();
    if (!didSomething)
        add(state, {QStringLiteral("“%1” is enabled but clicking it did nothing").arg(what)});
}

void TestUiAudit::clickEveryAction(MainWindow *window, RecordTab *tab, const QString &state)
{
    for (QPushButton *button : tab->actionButtons()) {
        if (!button->isVisible() || !button->isEnabled())
            continue;
        const QString what = button->text().remove(QLatin1Char('&'));
        actAndAudit([button] { button->click(); }, what, state);
        if (window->currentRecordTab() != tab)
            window->showTab(tab->kind());
    }
    // The Record menu's actions act on the selected record too.
    for (const QString &name : {QStringLiteral("copyId"), QStringLiteral("openInDashboard")}) {
        QAction *action = window->action(name);
        if (!action || !action->isEnabled())
            continue;
        if (tab->currentId().isEmpty())
            add(state,
                {QStringLiteral("the menu action “%1” is enabled with nothing selected")
                     .arg(action->text().remove(QLatin1Char('&')))});
    }
}

void TestUiAudit::settleDetail(RecordTab *tab)
{
    (void)QTest::qWaitFor(
        [tab] {
            for (records::ListModel *model : tab->detailPane()->relatedModels())
                if (model->state() == State::Loading || model->state() == State::LoadingMore)
                    return false;
            return true;
        },
        5000);
    QCoreApplication::processEvents();
}

QList<int> TestUiAudit::oneRowPerStatus(RecordTab *tab)
{
    const qsizetype column = records::indexOfColumn(tab->model()->columns(), u"status");
    QList<int> rows;
    QSet<QString> statuses;
    for (int row = 0; row < tab->model()->rowCount(); ++row) {
        const QString status
            = column < 0 ? QString() : tab->model()->index(row, int(column)).data(Qt::DisplayRole).toString();
        if (!statuses.contains(status)) {
            statuses.insert(status);
            rows.append(row);
        }
    }
    return rows;
}

void TestUiAudit::walkTab(MainWindow *window, const Tab &tabCase, const QString &prefix, bool everyStatus)
{
    RecordTab *tab = window->showTab(tabCase.kind);
    if (!UiFixture::waitForRows(tab, 1)) {
        add(prefix,
            {QStringLiteral("%1 loaded no rows: %2").arg(tab->title(), tab->statePanel()->message())});
        return;
    }
    QCoreApplication::processEvents();
    const QString base = QStringLiteral("%1-%2").arg(prefix, tabCase.name);

    // Nothing selected.
    tab->table()->selectionModel()->clearCurrentIndex();
    tab->table()->clearSelection();
    QCoreApplication::processEvents();
    audit(window, base + QStringLiteral("-nothing-selected"));
    clickEveryAction(window, tab, base + QStringLiteral("-nothing-selected"));

    // A row of each status.
    QList<int> rows = oneRowPerStatus(tab);
    if (!everyStatus)
        rows = rows.mid(0, 1);
    for (int row : std::as_const(rows)) {
        const QJsonObject object = tab->model()->objectAt(row);
        const QString id = object.value(QLatin1String("id")).toString();
        const qsizetype statusColumn = records::indexOfColumn(tab->model()->columns(), u"status");
        const QString status = statusColumn < 0
            ? QStringLiteral("row")
            : tab->model()->index(row, int(statusColumn)).data().toString();
        if (!tab->selectId(id))
            continue;
        settleDetail(tab);
        const QString state = QStringLiteral("%1-%2").arg(base, status);
        audit(window, state);
        clickEveryAction(window, tab, state);
    }

    // A filter that finds nothing, with a row selected before it: nothing is left to act on.
    if (!rows.isEmpty())
        tab->selectId(tab->model()->objectAt(rows.last()).value(QLatin1String("id")).toString());
    tabCase.filter(window, QStringLiteral("zz-nothing-matches"));
    (void)QTest::qWaitFor([tab] { return tab->model()->state() != State::Loading; }, 10000);
    QCoreApplication::processEvents();
    const QString empty = base + QStringLiteral("-filter-finds-nothing");
    audit(window, empty);
    clickEveryAction(window, tab, empty);
    tabCase.filter(window, QString());
    (void)UiFixture::waitForRows(tab, 1);
}

void TestUiAudit::mainWindowFitsTheScreen()
{
    audit(m_window, QStringLiteral("main-window-at-start"));
    // The title as the desktop shows it: Qt adds " — <application display name>".
    QString title = m_window->windowTitle();
    if (!title.endsWith(QGuiApplication::applicationDisplayName()))
        title += QStringLiteral(" — ") + QGuiApplication::applicationDisplayName();
    if (title.count(QStringLiteral("Paydesk")) > 1)
        add(QStringLiteral("main-window-at-start"),
            {QStringLiteral("the title reads “%1”: Paydesk more than once").arg(title)});
    verifyNoFindings();
}

void TestUiAudit::everyTabInEveryState_data()
{
    QTest::addColumn<int>("index");
    const QList<Tab> all = tabs();
    for (int i = 0; i < all.size(); ++i)
        QTest::newRow(qPrintable(all.at(i).name)) << i;
}

void TestUiAudit::everyTabInEveryState()
{
    QFETCH(int, index);
    walkTab(m_window, tabs().at(index), QStringLiteral("sandbox"), true);
    verifyNoFindings();
}

void TestUiAudit::dialogsThatFollowAWrite()
{
    // A new order is paid next: Pay order opens as the order dialog closes.
    RecordTab *customers = m_window->showTab(objects::Kind::Customer);
    QVERIFY(UiFixture::waitForRows(customers, 1));
    UiFixture::selectRow(customers, 0);
    auto *order = qobject_cast<OrderDialog *>(m_window->customersTab()->newOrderForSelected());
    QVERIFY(order);
    QVERIFY(QTest::qWaitFor([order] { return !order->priceField()->isLoading(); }, 10000));
    order->addLine();
    QVERIFY(order->confirmButton()->isEnabled());
    QSet<QWidget *> before;
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (widget->isVisible())
            before.insert(widget);
    order->confirmButton()->click();
    PayOrderDialog *pay = UiFixture::waitForWindow<PayOrderDialog>(10000);
    QVERIFY(pay);
    auditDialog(pay, QStringLiteral("after-new-order - payOrderDialog"));
    pay->reject();
    verifyNoFindings();
}

void TestUiAudit::findingThings()
{
    // The customer picker's suggestions, and what it says when it has none.
    RecordTab *invoices = m_window->showTab(objects::Kind::Invoice);
    QVERIFY(UiFixture::waitForRows(invoices, 1));
    CustomerPicker *picker = m_window->invoicesTab()->customerFilter();
    const auto typeInto = [](CustomerPicker *field, const QString &text) {
        field->window()->activateWindow();
        field->setFocus();
        field->clear();
        QTest::keyClicks(field, text);
        (void)QTest::qWaitFor([field] { return !field->isLooking() && field->popup()->isVisible(); }, 10000);
        QCoreApplication::processEvents();
    };
    const QJsonObject named = m_fixture->newest(QStringLiteral("customers"), [](const QJsonObject &c) {
        return c.value(QLatin1String("name")).toString().size() > 5;
    });
    const QString part = named.value(QLatin1String("name")).toString().section(QLatin1Char(' '), -1).left(4);
    for (const auto &[text, state] :
         {std::pair {part, QStringLiteral("picker-suggestions")},
          std::pair {QStringLiteral("Jo"), QStringLiteral("picker-type-3-letters")},
          std::pair {QStringLiteral("zzzqqq"), QStringLiteral("picker-no-match")}}) {
        typeInto(picker, text);
        if (!picker->popup()->isVisible())
            add(state, {QStringLiteral("the customer picker showed no list for “%1”").arg(text)});
        audit(m_window, QStringLiteral("invoices-") + state);
        picker->popup()->hide();
    }
    picker->clearCustomer();

    // The same in a dialog: New invoice with its suggestions open.
    auto *dialog = qobject_cast<NewInvoiceDialog *>(m_window->invoicesTab()->newInvoice());
    QVERIFY(dialog);
    auditDialog(dialog, QStringLiteral("new-invoice-no-customer"));
    typeInto(dialog->customerField(), part);
    audit(dialog, QStringLiteral("new-invoice-picker-suggestions"));
    dialog->customerField()->popup()->hide();
    dialog->reject();

    // Payments: the search box, the filters and the created dates in use.
    auto *payments = m_window->paymentsPage()->payments();
    m_window->showTab(objects::Kind::Payment);
    QVERIFY(UiFixture::waitForRows(payments, 1));
    const auto settle = [payments] {
        (void)QTest::qWaitFor([payments] { return !payments->isSearching(); }, 10000);
        (void)QTest::qWaitFor([payments] { return payments->model()->state() != State::Loading; }, 10000);
        QCoreApplication::processEvents();
    };
    const QString last4 = payments->model()
                              ->objectAt(0)
                              .value(QLatin1String("payment_method_details"))
                              .toObject()
                              .value(QLatin1String("card"))
                              .toObject()
                              .value(QLatin1String("last4"))
                              .toString();
    payments->search(last4);
    settle();
    audit(m_window, QStringLiteral("payments-search-last4"));
    payments->search(QStringLiteral("Nov 2026"));
    payments->statusFilter()->setCurrentIndex(3); // refunded
    payments->currencyFilter()->selectValue(QStringLiteral("EUR"));
    payments->minimumAmountField()->setText(QStringLiteral("10"));
    payments->maximumAmountField()->setText(QStringLiteral("500"));
    payments->search(QStringLiteral("Nov 2026"));
    settle();
    audit(m_window, QStringLiteral("payments-every-filter"));
    payments->search(QStringLiteral("nobody@example.com"));
    settle();
    audit(m_window, QStringLiteral("payments-email-nobody-has"));
    payments->statusFilter()->setCurrentIndex(0);
    payments->currencyFilter()->setCurrentIndex(0);
    payments->minimumAmountField()->clear();
    payments->maximumAmountField()->clear();
    payments->search(QString());
    settle();

    // The created dates, and a date's calendar, opened from the keyboard.
    DateRangeFilter *range = payments->createdFilter();
    range->button()->setFocus();
    QTest::keyClick(range->button(), Qt::Key_Down, Qt::AltModifier);
    if (!QTest::qWaitFor([range] { return range->panel()->isVisible(); }, 3000))
        add(QStringLiteral("created-dates"), {QStringLiteral("Alt+Down did not open the created dates")});
    audit(range->panel(), QStringLiteral("payments-created-dates"));
    QTest::keyClick(range->fromField(), Qt::Key_Down, Qt::AltModifier);
    QCalendarWidget *calendar = range->fromField()->calendarWidget();
    if (!QTest::qWaitFor([calendar] { return calendar->isVisible(); }, 3000))
        add(QStringLiteral("created-calendar"),
            {QStringLiteral("Alt+Down did not open the created date's calendar")});
    QCoreApplication::processEvents();
    uiaudit::screenshot(m_window, m_shots, QStringLiteral("payments-created-calendar"));
    calendar->window()->hide();
    range->panel()->hide();
    range->clear();

    // Invoices by currency and when payment is due (what an Overview figure opens), and the due
    // dates' panel.
    InvoicesTab *invoicesTab = m_window->invoicesTab();
    m_window->showTab(objects::Kind::Invoice);
    const auto settleOn = [](RecordTab *tab) {
        (void)QTest::qWaitFor([tab] { return tab->model()->state() != State::Loading; }, 10000);
        QCoreApplication::processEvents();
    };
    {
        const QSignalBlocker quiet(invoicesTab->statusFilter());
        invoicesTab->statusFilter()->selectValue(QStringLiteral("open"));
    }
    {
        const QSignalBlocker quiet(invoicesTab->currencyFilter());
        invoicesTab->currencyFilter()->selectValue(QStringLiteral("EUR"));
    }
    invoicesTab->dueFilter()->setRange(
        {QDate::currentDate().addDays(-60), QDate::currentDate().addDays(-31)});
    settleOn(invoicesTab);
    audit(m_window, QStringLiteral("invoices-currency-and-due"));
    DateRangeFilter *due = invoicesTab->dueFilter();
    due->button()->setFocus();
    QTest::keyClick(due->button(), Qt::Key_Down, Qt::AltModifier);
    if (!QTest::qWaitFor([due] { return due->panel()->isVisible(); }, 3000))
        add(QStringLiteral("invoices-due-dates"), {QStringLiteral("Alt+Down did not open the due dates")});
    audit(due->panel(), QStringLiteral("invoices-due-dates"));
    due->panel()->hide();
    invoicesTab->applyFilterValues({}, {});
    settleOn(invoicesTab);

    // Refunds by status and currency.
    RefundsTab *refundsTab = m_window->paymentsPage()->refunds();
    m_window->showTab(objects::Kind::Refund);
    {
        const QSignalBlocker quiet(refundsTab->statusFilter());
        refundsTab->statusFilter()->selectValue(QStringLiteral("succeeded"));
    }
    refundsTab->currencyFilter()->selectValue(QStringLiteral("EUR"));
    settleOn(refundsTab);
    audit(m_window, QStringLiteral("refunds-status-and-currency"));
    refundsTab->applyFilterValues({}, {});
    settleOn(refundsTab);
    verifyNoFindings();
}

void TestUiAudit::connectDialog()
{
    accounts::KeyVault vault;
    QSettings settings(m_settingsDir.filePath(QStringLiteral("accounts.ini")), QSettings::IniFormat);
    accounts::AccountStore store(&settings);
    auto *dialog = new ConnectDialog(&vault, &store, m_fixture->url(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<ConnectDialog> guard(dialog);
    dialog->open();
    auditDialog(dialog, QStringLiteral("connect-empty"));
    dialog->keyField()->setText(QStringLiteral("pk_test_123"));
    QCoreApplication::processEvents();
    audit(dialog, QStringLiteral("connect-publishable-key"));
    for (const auto &[name, key] : {qMakePair(QStringLiteral("secret"), sandbox::keys::secret()),
                                    qMakePair(QStringLiteral("restricted"), sandbox::keys::noInvoices())}) {
        dialog->keyField()->setText(key);
        QTest::mouseClick(dialog->checkButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([dialog] { return !dialog->foundText().isEmpty(); }, 10000));
        QCoreApplication::processEvents();
        audit(dialog, QStringLiteral("connect-found-") + name);
    }
    dialog->reject();
    verifyNoFindings();
}

void TestUiAudit::accountDialogs()
{
    // The Workspace's dialogs, on a window of its own with a session as the app makes it: a
    // keychain that cannot be read at start, Forget's question and a keychain that refuses it,
    // the sandbox's unreadable data; and About, on the audit's window.
    QSettings settings(m_settingsDir.filePath(QStringLiteral("workspace.ini")), QSettings::IniFormat);
    settings.clear();
    accounts::AccountStore store(&settings);
    const accounts::Account account {sandbox::Server::accountId(), QStringLiteral("Paydesk Sandbox"),
                                     accounts::Mode::Test, accounts::KeyKind::Secret};
    QVERIFY(store.save(account));
    store.setCurrentAccountId(account.id);
    auto keychain = std::make_shared<ScriptedKeychainBackend::State>();
    keychain->behaviour = ScriptedKeychainBackend::Behaviour::Fail;
    keychain->failure = accounts::VaultError::Kind::Locked;
    accounts::KeyVault vault(std::make_unique<ScriptedKeychainBackend>(keychain));
    QTemporaryDir dir;
    writes::WriteJournal journal(dir.filePath(QStringLiteral("journal.jsonl")));
    const QUrl url = m_fixture->url();
    const QString dataFile = dir.filePath(QStringLiteral("sandbox.json"));
    bool unreadable = false;
    session::Session session(&vault, &store, &journal, [url, &unreadable, &dataFile] {
        if (unreadable)
            return session::Session::Sandbox {
                {},
                {},
                QStringLiteral("The sandbox could not start: %1 is cut short or is not JSON.").arg(dataFile),
                dataFile};
        return session::Session::Sandbox {url, sandbox::keys::secret(), {}};
    });
    MainWindow window;
    Workspace workspace(&window, &session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const auto box = [](const QString &name) {
        auto *found = UiFixture::waitForWindow<QMessageBox>();
        return found && found->objectName() == name ? found : nullptr;
    };

    session.start({false, url, {}});
    QMessageBox *locked = box(QStringLiteral("keychainProblem"));
    QVERIFY(locked);
    auditDialog(locked, QStringLiteral("account-keychain-locked"));
    locked->done(QDialog::Rejected);

    keychain->behaviour = ScriptedKeychainBackend::Behaviour::Answer;
    keychain->entries.insert(account.id, sandbox::keys::secret());
    session.openSaved(account.id);
    QVERIFY(QTest::qWaitFor([&session] { return !session.isSandbox(); }, 5000));
    keychain->behaviour = ScriptedKeychainBackend::Behaviour::Fail;
    window.action(QStringLiteral("forgetAccount"))->trigger();
    QMessageBox *question = box(QStringLiteral("forgetAccountQuestion"));
    QVERIFY(question);
    auditDialog(question, QStringLiteral("account-forget-question"));
    question->button(QMessageBox::Yes)->click();
    QMessageBox *refused = box(QStringLiteral("workspaceProblem"));
    QVERIFY(refused);
    auditDialog(refused, QStringLiteral("account-forget-refused"));
    refused->done(QDialog::Accepted);

    unreadable = true;
    session.openSandbox();
    QMessageBox *offer = box(QStringLiteral("sandboxDataUnreadable"));
    QVERIFY(offer);
    auditDialog(offer, QStringLiteral("account-sandbox-unreadable"));
    offer->done(QDialog::Rejected);

    m_window->action(QStringLiteral("about"))->trigger();
    QMessageBox *about = box(QStringLiteral("aboutBox"));
    QVERIFY(about);
    auditDialog(about, QStringLiteral("about"));
    about->done(QDialog::Accepted);
    verifyNoFindings();
}

void TestUiAudit::activity()
{
    ActivityDialog *dialog = m_window->showActivity();
    QVERIFY(dialog);
    auditDialog(dialog, QStringLiteral("activity"));
    dialog->close();
    verifyNoFindings();
}

void TestUiAudit::exportProgressAndItsError()
{
    RecordTab *customers = m_window->showTab(objects::Kind::Customer);
    QVERIFY(UiFixture::waitForRows(customers, 1));
    QTemporaryDir dir;
    // Slow pages, so there is progress to look at.
    m_fixture->sandbox().faults().setLatency(400, "GET", "/v1/customers");
    m_window->exportCurrentView(dir.filePath(QStringLiteral("customers.csv")));
    QPointer<QProgressDialog> progress
        = m_window->findChild<QProgressDialog *>(QStringLiteral("exportProgress"));
    QVERIFY(progress);
    if (!progress->isVisible())
        add(QStringLiteral("export-progress"),
            {QStringLiteral("the export's progress is not shown when it starts")});
    if (QTest::qWaitFor([progress] { return !progress || progress->isVisible(); }, 10000) && progress) {
        auditDialog(progress, QStringLiteral("export-progress"));
        // As a person stops it: QProgressDialog::cancel() only hides the dialog, and the export
        // would go on to end (or fail) in a later test.
        if (auto *stop = progress->findChild<QPushButton *>(QStringLiteral("cancelExport")))
            stop->click();
    } else {
        add(QStringLiteral("export-progress"), {QStringLiteral("the export's progress was never shown")});
    }
    m_fixture->sandbox().faults().reset();
    QTest::qWait(0); // the cancelled export's deferred deletions run before the next one

    // A list that fails: the message box saying so.
    m_fixture->sandbox().faults().failNext(1, 400, "GET", "/v1/customers");
    actAndAudit([this, &dir] { m_window->exportCurrentView(dir.filePath(QStringLiteral("failed.csv"))); },
                QStringLiteral("Export"), QStringLiteral("export-failed"));
    verifyNoFindings();
}

void TestUiAudit::auditMenu(QMenu *menu, const QString &state)
{
    if (!menu
        || !QTest::qWaitFor([menu] { return menu->isVisible() && !menu->geometry().isEmpty(); }, 3000)) {
        add(state, {QStringLiteral("the menu did not open")});
        return;
    }
    QTest::qWait(100); // popped up and painted
    add(state, uiaudit::menuProblems(menu));
    uiaudit::screenshot(menu, m_shots, state);
}

void TestUiAudit::tableSortAndLoadingTheRest()
{
    RecordTab *payments = m_window->showTab(objects::Kind::Payment);
    payments->reload();
    QVERIFY(UiFixture::waitForState(payments, State::Ready));
    // Sorted by amount over the first page: the footer says so and offers to load the rest.
    payments->table()->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    QCoreApplication::processEvents();
    if (!payments->loadRestButton()->isVisible())
        add(QStringLiteral("payments-sorted-partly"), {QStringLiteral("Load the rest is not offered")});
    audit(m_window, QStringLiteral("payments-sorted-partly"));
    // Loading the rest, slowly enough to be seen.
    m_fixture->sandbox().faults().setLatency(400, "GET", "/v1/charges");
    payments->loadRestButton()->click();
    QPointer<QProgressDialog> progress = payments->loadRestButton()->progressDialog();
    if (progress && QTest::qWaitFor([payments] { return payments->model()->rowCount() >= 200; }, 10000)) {
        auditDialog(progress, QStringLiteral("payments-loading-the-rest"));
        if (auto *stop = progress ? progress->findChild<QPushButton *>() : nullptr)
            stop->click();
    } else {
        add(QStringLiteral("payments-loading-the-rest"),
            {QStringLiteral("no progress while loading the rest")});
    }
    m_fixture->sandbox().faults().reset();
    (void)QTest::qWaitFor([payments] { return !payments->loadRestButton()->progressDialog(); }, 5000);
    QCoreApplication::processEvents();
    audit(m_window, QStringLiteral("payments-loading-stopped"));
    // Past the cap: refused, in words.
    payments->loadRestButton()->setMaxRows(100);
    actAndAudit([payments] { payments->loadRestButton()->click(); }, QStringLiteral("Load the rest"),
                QStringLiteral("payments-too-many-to-sort"));
    payments->loadRestButton()->setMaxRows(LoadRestButton::DefaultMaxRows);
    payments->table()->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    verifyNoFindings();
}

void TestUiAudit::rowMenusAndColumns()
{
    RecordTab *payments = m_window->showTab(objects::Kind::Payment);
    QVERIFY(UiFixture::waitForState(payments, State::Ready));
    int refundable = -1;
    for (int row = 0; row < payments->model()->rowCount() && refundable < 0; ++row)
        if (payments->table()
                ->model()
                ->index(row, 0)
                .data(records::ListModel::ObjectRole)
                .toJsonObject()
                .value(QLatin1String("status"))
            == QLatin1String("succeeded"))
            refundable = row;
    UiFixture::selectRow(payments, std::max(refundable, 0));
    payments->table()->setFocus();
    settleDetail(payments);
    // From the keyboard (Shift+F10), under the row.
    QTest::keyClick(payments->table(), Qt::Key_F10, Qt::ShiftModifier);
    auditMenu(payments->rowActions()->menu(), QStringLiteral("row-menu-payment"));
    if (payments->rowActions()->menu())
        payments->rowActions()->menu()->close();

    // Several rows: the single-row actions are off and say why.
    QItemSelectionModel *selection = payments->table()->selectionModel();
    for (int row : {1, 3})
        selection->setCurrentIndex(payments->table()->model()->index(row, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCoreApplication::processEvents();
    audit(m_window, QStringLiteral("payments-several-selected"));
    auditMenu(payments->rowActions()->openMenuAtCurrentRow(), QStringLiteral("row-menu-several"));
    if (payments->rowActions()->menu())
        payments->rowActions()->menu()->close();

    // The invoices' menu, on a draft: the most actions a row offers.
    RecordTab *invoices = m_window->showTab(objects::Kind::Invoice);
    QVERIFY(UiFixture::waitForState(invoices, State::Ready));
    for (int row = 0; row < invoices->model()->rowCount(); ++row) {
        if (invoices->model()->objectAt(row).value(QLatin1String("status")) == QLatin1String("draft")) {
            invoices->selectId(invoices->model()->objectAt(row).value(QLatin1String("id")).toString());
            break;
        }
    }
    settleDetail(invoices);
    auditMenu(invoices->rowActions()->openMenuAtCurrentRow(), QStringLiteral("row-menu-draft-invoice"));
    if (invoices->rowActions()->menu())
        invoices->rowActions()->menu()->close();

    // The header's menu and the chooser.
    QHeaderView *header = payments->table()->horizontalHeader();
    m_window->showTab(objects::Kind::Payment);
    QCoreApplication::processEvents();
    auditMenu(payments->columns()->openHeaderMenu(
                  header->mapToGlobal(QPoint(header->sectionSize(0) / 2, header->height() / 2))),
              QStringLiteral("header-menu-payments"));
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (auto *menu = qobject_cast<QMenu *>(widget); menu && menu->isVisible())
            menu->close();
    actAndAudit([this] { m_window->action(QStringLiteral("viewColumns"))->trigger(); },
                QStringLiteral("Columns…"), QStringLiteral("column-chooser"));
    verifyNoFindings();
}

void TestUiAudit::savedViews()
{
    RecordTab *invoices = m_window->showTab(objects::Kind::Invoice);
    QVERIFY(UiFixture::waitForState(invoices, State::Ready));
    SavedViewsMenu *menu = m_window->savedViewsMenu();
    // The View menu from the keyboard, and Saved views inside it, with none saved yet.
    QMenu *view = nullptr;
    for (QAction *action : m_window->menuBar()->actions())
        if (action->menu() && action->menu()->actions().contains(menu->menuAction()))
            view = action->menu();
    QVERIFY(view);
    m_window->menuBar()->setActiveAction(view->menuAction());
    (void)QTest::qWaitFor([view] { return view->isVisible(); }, 3000);
    view->setActiveAction(menu->menuAction());
    QTest::keyClick(view, Qt::Key_Right);
    auditMenu(menu, QStringLiteral("saved-views-menu-empty"));
    view->close();
    QTest::qWait(100);

    SaveViewDialog *save = menu->saveCurrentView();
    QVERIFY(save);
    auditDialog(save, QStringLiteral("save-view"));
    save->nameField()->setText(QStringLiteral("Open invoices in euros"));
    save->okButton()->click();
    save = menu->saveCurrentView();
    save->nameField()->setText(QStringLiteral("open invoices in EUROS"));
    QCoreApplication::processEvents();
    audit(save, QStringLiteral("save-view-replaces"));
    save->reject();
    menu->rebuild();
    menu->popup(m_window->mapToGlobal(QPoint(m_window->width() / 3, m_window->height() / 4)));
    auditMenu(menu, QStringLiteral("saved-views-menu"));
    menu->close();
    SaveViewDialog *rename = menu->renameView(QStringLiteral("Open invoices in euros"));
    auditDialog(rename, QStringLiteral("rename-view"));
    rename->reject();
    QMessageBox *remove = menu->deleteView(QStringLiteral("Open invoices in euros"));
    auditDialog(remove, QStringLiteral("delete-view"));
    remove->reject();
    verifyNoFindings();
}

void TestUiAudit::overview()
{
    // The window as the app runs it: the account's mirror, the Overview, the status bar's source.
    m_window = m_fixture->openWithMirror();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    // While the copy is made afresh, slowly: why the Overview waits, and how far syncing is.
    QVERIFY(m_fixture->mirror()->deleteCopy());
    m_fixture->sandbox().faults().setLatency(400, "GET", "/v1/invoices");
    m_fixture->mirror()->setOn(true);
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("tabs"));
    tabs->setCurrentWidget(m_window->overviewTab());
    OverviewTab *overview = m_window->overviewTab();
    // "Syncing: 1,200 of about 3,000 invoices", in the language the audit runs in.
    QString pattern = QRegularExpression::escape(
        QCoreApplication::translate("mirror::SourceStatus", "Syncing: %1 of about %2 %3"));
    pattern.replace(QRegularExpression(QStringLiteral("\\\\?%[0-9]")), QStringLiteral(".+"));
    const QRegularExpression syncing(pattern);
    if (QTest::qWaitFor([overview, &syncing] { return syncing.match(overview->notReadyText()).hasMatch(); },
                        20000))
        audit(m_window, QStringLiteral("overview-syncing"));
    else
        add(QStringLiteral("overview-syncing"),
            {QStringLiteral("the Overview never said how far syncing is")});
    m_fixture->sandbox().faults().reset();
    QVERIFY(m_fixture->waitForMirror());
    QVERIFY(QTest::qWaitFor([overview] { return overview->isShowingFigures(); }, 15000));
    QCoreApplication::processEvents();
    audit(m_window, QStringLiteral("overview-figures"));
    // A bar with the keyboard's focus, its numbers in words under the chart.
    overview->agingChart()->setFocus(Qt::TabFocusReason);
    overview->agingChart()->setCurrent(1, 0);
    QTest::qWait(100); // repainted on the screen the audit photographs
    audit(m_window, QStringLiteral("overview-figures-bar-focused"));
    // The same numbers as tables.
    for (const auto figure : {OverviewTab::Figure::Aging, OverviewTab::Figure::Revenue})
        overview->panel(figure)->showTable(true);
    QTest::qWait(100);
    audit(m_window, QStringLiteral("overview-tables"));
    for (const auto figure : {OverviewTab::Figure::Aging, OverviewTab::Figure::Revenue})
        overview->panel(figure)->showTable(false);
    // The rows behind a bar, exported: the progress dialog.
    QTemporaryDir dir;
    QPointer<mirror::MirrorCsvExport> exporter;
    actAndAudit(
        [overview, &dir, &exporter] {
            exporter
                = overview->exportRows(OverviewTab::Figure::Aging, dir.filePath(QStringLiteral("rows.csv")));
        },
        QStringLiteral("Export selected rows"), QStringLiteral("overview-export-rows"));
    // Closed by the audit, or done: either way over before its folder goes.
    QVERIFY(QTest::qWaitFor([&exporter] { return !exporter; }, 10000));
    verifyNoFindings();
}

void TestUiAudit::tabsFromTheCopy()
{
    // Record tabs reading the complete copy: the footer counts every row the filters keep and
    // totals them per currency; the status bar says the copy is current.
    QVERIFY(m_fixture->waitForMirror());
    for (const objects::Kind kind :
         {objects::Kind::Payment, objects::Kind::Invoice, objects::Kind::Customer, objects::Kind::Order,
          objects::Kind::Refund, objects::Kind::PromotionCode, objects::Kind::Product}) {
        RecordTab *tab = m_window->showTab(kind);
        const QString state = QStringLiteral("from-the-copy-") + objects::pluralName(kind);
        if (!QTest::qWaitFor([this, tab] { return m_window->readsMirror(tab); }, 10000)
            || !UiFixture::waitForState(tab, State::Ready)) {
            add(state, {QStringLiteral("the tab never read the copy of the account")});
            continue;
        }
        QTest::qWait(100); // repainted on the screen the audit photographs
        audit(m_window, state);
    }
    // An Overview figure opens its rows: the open invoices 31–60 days past due, with the tab's
    // filters saying so.
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("tabs"));
    tabs->setCurrentWidget(m_window->overviewTab());
    OverviewTab *overview = m_window->overviewTab();
    if (QTest::qWaitFor([overview] { return overview->isShowingFigures(); }, 15000)) {
        BarChart *aging = overview->agingChart();
        QTest::mouseClick(aging, Qt::LeftButton, {}, aging->barRect(2, 0).center());
        (void)QTest::qWaitFor([this] { return m_window->currentRecordTab() == m_window->invoicesTab(); },
                              3000);
        QTest::qWait(100);
        audit(m_window, QStringLiteral("overview-opens-invoices"));
        m_window->invoicesTab()->applyFilterValues({}, {});
    } else {
        add(QStringLiteral("overview-opens-invoices"), {QStringLiteral("the Overview showed no figures")});
    }
    verifyNoFindings();
}

void TestUiAudit::mirrorDialogs()
{
    QVERIFY(m_fixture->waitForMirror());
    // The status bar's source opens the copy's details.
    MirrorStatusButton *status = m_window->mirrorControls()->statusButton();
    MirrorDetailsDialog *details = nullptr;
    actAndAudit([status] { status->click(); }, QStringLiteral("the data source"),
                QStringLiteral("mirror-details"));
    details = m_window->mirrorControls()->showDetails();
    QVERIFY(details);
    auditDialog(details, QStringLiteral("mirror-details-again"));
    // Deleting asks first.
    actAndAudit([details] { details->deleteButton()->click(); }, QStringLiteral("Delete the copy"),
                QStringLiteral("mirror-delete"));
    // Paused.
    details->pauseButton()->click();
    QCoreApplication::processEvents();
    audit(details, QStringLiteral("mirror-details-paused"));
    details->pauseButton()->click();
    details->close();

    // The team database, empty, and after a Test connection that fails (no server there).
    m_window = m_fixture->openWithMirror(accounts::Mode::Test);
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    TeamDatabaseDialog *team = m_window->mirrorControls()->showTeamDatabase();
    QVERIFY(team);
    auditDialog(team, QStringLiteral("team-database-empty"));
    team->addressField()->setText(
        QStringLiteral("host=/tmp/paydesk-no-such-socket user=team dbname=paydesk"));
    emit team->addressField()->textEdited(team->addressField()->text());
    team->passwordField()->setText(QStringLiteral("secret"));
    team->testButton()->click();
    if (QTest::qWaitFor([team] { return team->testButton()->isEnabled() && !team->message().isEmpty(); },
                        15000)) {
        QCoreApplication::processEvents();
        audit(team, QStringLiteral("team-database-test-failed"));
    } else {
        add(QStringLiteral("team-database-test-failed"), {QStringLiteral("Test connection never answered")});
    }
    team->reject();
    verifyNoFindings();
}

void TestUiAudit::liveModeOffer()
{
    QSettings().remove(QStringLiteral("mirror"));
    m_window = m_fixture->openWithMirror(accounts::Mode::Live);
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    auto *offer = UiFixture::waitForWindow<MirrorOfferDialog>(10000);
    QVERIFY(offer);
    (void)QTest::qWaitFor([offer] { return !offer->sizeText().startsWith(QStringLiteral("Counting")); },
                          10000);
    auditDialog(offer, QStringLiteral("mirror-offer"));
    offer->notNowButton()->click();
    audit(m_window, QStringLiteral("live-without-a-copy"));
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("tabs"));
    tabs->setCurrentWidget(m_window->overviewTab());
    QCoreApplication::processEvents();
    audit(m_window, QStringLiteral("overview-no-copy"));
    tabs->setCurrentIndex(0);
    verifyNoFindings();
}

void TestUiAudit::restrictedKey()
{
    MainWindow *window = m_fixture->open(accounts::Mode::Test, sandbox::keys::readOnly());
    m_window = window;
    QVERIFY(QTest::qWaitForWindowExposed(window));
    const QList<Tab> all = tabs();
    for (const Tab &tab : all)
        walkTab(window, tab, QStringLiteral("read-only-key"), false);
    verifyNoFindings();
}

void TestUiAudit::liveMode()
{
    MainWindow *window = m_fixture->open(accounts::Mode::Live);
    m_window = window;
    QVERIFY(QTest::qWaitForWindowExposed(window));
    const QList<Tab> all = tabs();
    for (const Tab &tab : all)
        walkTab(window, tab, QStringLiteral("live"), false);
    verifyNoFindings();
}

PAYDESK_TEST_MAIN(TestUiAudit)
#include "tst_ui_audit.moc"
