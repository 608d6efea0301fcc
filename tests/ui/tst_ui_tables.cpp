#include "src/accounts/KeyPermissions.h"
#include "src/queries/PaymentFilter.h"
#include "tests/support/TestMain.h"
#include "tests/ui/support/UiFixture.h"
#include "ui/customers/CustomersTab.h"
#include "ui/invoices/InvoicesTab.h"
#include "ui/payments/PaymentsAndRefundsPage.h"
#include "ui/payments/PaymentsTab.h"
#include "ui/payments/RefundDialog.h"
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

#include <QAction>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>

using State = records::ListModel::State;

// The tables through the real window on the sandbox: Enter and double-click, the row's menu
// (mouse and keyboard), several rows selected to copy or export, the column chooser kept per
// tab, loading the rest up to a cap, and saved views after a restart.
class TestUiTables : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup() { UiFixture::closeDialogs(); }

    void firstArrowSelectsTheFirstRow();
    void headerClickSortsWithoutSelecting();
    void enterOpensTheDefaultActionOrTheDetail();
    void doubleClickDoesWhatEnterDoes();
    void rowMenuOffersWhatTheRowAllows();
    void rowMenuFollowsTheKeysPermissions();
    void rowMenuOfAnInvoiceFollowsItsState();
    void severalRowsCopyTheirIdsAndWaitForOne();
    void severalRowsExportJustThem();
    void columnChooserIsKeptPerTab();
    void loadingTheRestStopsAtTheCap();
    void savedViewAfterARestart();
    void savedViewsAreRenamedAndDeleted();
    void savedViewKeepsThePaymentsFiltersAndDates();

private:
    PaymentsTab *payments();
    // The row (as shown) of the first loaded payment that keep accepts; -1 when none.
    int paymentRow(const std::function<bool(const QJsonObject &)> &keep);
    void selectShownRow(RecordTab *tab, int row);
    QMenu *openMenuWithKey(RecordTab *tab, int key, Qt::KeyboardModifiers modifiers = {});
    QAction *menuAction(QMenu *menu, const QString &objectName);

    QTemporaryDir m_settings;
    std::unique_ptr<UiFixture> m_fixture;
    MainWindow *m_window = nullptr;
};

namespace {

bool isRefundable(const QJsonObject &charge)
{
    return charge.value("status").toString() == "succeeded"
        && charge.value("amount_refunded").toInteger() == 0 && charge.value("captured").toBool();
}

bool failed(const QJsonObject &charge)
{
    return charge.value("status").toString() == "failed";
}

} // namespace

void TestUiTables::initTestCase()
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    m_fixture = std::make_unique<UiFixture>();
}

void TestUiTables::init()
{
    m_fixture->sandbox().faults().reset();
    m_window = m_fixture->open();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

PaymentsTab *TestUiTables::payments()
{
    auto *tab = m_window->paymentsPage()->payments();
    m_window->showTab(objects::Kind::Payment);
    return UiFixture::waitForState(tab, State::Ready) ? tab : nullptr;
}

int TestUiTables::paymentRow(const std::function<bool(const QJsonObject &)> &keep)
{
    const QAbstractItemModel *model = m_window->paymentsPage()->payments()->table()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (keep(model->index(row, 0).data(records::ListModel::ObjectRole).toJsonObject()))
            return row;
    return -1;
}

void TestUiTables::selectShownRow(RecordTab *tab, int row)
{
    UiFixture::selectRow(tab, row);
    tab->table()->setFocus(Qt::OtherFocusReason);
}

QMenu *TestUiTables::openMenuWithKey(RecordTab *tab, int key, Qt::KeyboardModifiers modifiers)
{
    QTest::keyClick(tab->table(), Qt::Key(key), modifiers);
    QMenu *menu = tab->rowActions()->menu();
    return menu && menu->isVisible() ? menu : nullptr;
}

QAction *TestUiTables::menuAction(QMenu *menu, const QString &objectName)
{
    for (QAction *action : menu->actions())
        if (action->objectName() == objectName)
            return action;
    return nullptr;
}

// Tab into a table with nothing selected, then Down (or Up): the first row is selected and the
// detail pane shows it, not the second row.
void TestUiTables::firstArrowSelectsTheFirstRow()
{
    const auto tabInto = [](RecordTab *tab, QLineEdit *search) {
        search->setFocus(Qt::OtherFocusReason);
        for (int press = 0; press < 30 && QApplication::focusWidget() != tab->table(); ++press)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        return QApplication::focusWidget() == tab->table();
    };
    const auto idAt = [](RecordTab *tab, int row) {
        return tab->table()->model()->index(row, 0).data(records::ListModel::IdRole).toString();
    };

    auto *customers = m_window->customersTab();
    m_window->showTab(objects::Kind::Customer);
    QVERIFY(UiFixture::waitForState(customers, State::Ready));
    QVERIFY(customers->model()->rowCount() >= 3);
    QVERIFY(tabInto(customers, customers->searchField()));
    QVERIFY(customers->selectedIds().isEmpty());
    QTest::keyClick(customers->table(), Qt::Key_Down);
    QCOMPARE(customers->selectedIds(), QStringList {idAt(customers, 0)});
    QCOMPARE(customers->detailPane()->record().value("id").toString(), idAt(customers, 0));
    // From there the arrows move as ever.
    QTest::keyClick(customers->table(), Qt::Key_Down);
    QCOMPARE(customers->selectedIds(), QStringList {idAt(customers, 1)});
    QCOMPARE(customers->detailPane()->record().value("id").toString(), idAt(customers, 1));

    // Up, the same: the first row, not nothing.
    auto *invoices = m_window->invoicesTab();
    m_window->showTab(objects::Kind::Invoice);
    QVERIFY(UiFixture::waitForState(invoices, State::Ready));
    QVERIFY(tabInto(invoices, invoices->searchField()));
    QVERIFY(invoices->selectedIds().isEmpty());
    QTest::keyClick(invoices->table(), Qt::Key_Up);
    QCOMPARE(invoices->selectedIds(), QStringList {idAt(invoices, 0)});
    QCOMPARE(invoices->detailPane()->record().value("id").toString(), idAt(invoices, 0));
}

void TestUiTables::headerClickSortsWithoutSelecting()
{
    auto *customers = m_window->customersTab();
    m_window->showTab(objects::Kind::Customer);
    QVERIFY(UiFixture::waitForState(customers, State::Ready));
    customers->table()->clearSelection();
    QVERIFY(customers->selectedIds().isEmpty());
    // A click on a column's title sorts by it; it picks no record (the pane stays empty).
    QHeaderView *header = customers->table()->horizontalHeader();
    const int x = header->sectionViewportPosition(0) + header->sectionSize(0) / 2;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QCOMPARE(header->sortIndicatorSection(), 0);
    QVERIFY2(customers->selectedIds().isEmpty(), qPrintable(customers->selectedIds().join(u',')));
    QVERIFY(customers->detailPane()->record().isEmpty());
}

void TestUiTables::enterOpensTheDefaultActionOrTheDetail()
{
    PaymentsTab *tab = payments();
    QVERIFY(tab);
    const int refundable = paymentRow(isRefundable);
    QVERIFY(refundable >= 0);
    selectShownRow(tab, refundable);
    QTest::keyClick(tab->table(), Qt::Key_Return);
    RefundDialog *dialog = UiFixture::waitForWindow<RefundDialog>();
    QVERIFY2(dialog, "Enter on a refundable payment opens Refund…");
    dialog->reject();
    QVERIFY(QTest::qWaitFor([dialog] { return !dialog->isVisible(); }));

    // A failed payment cannot be refunded: Enter opens its detail instead, with no write.
    const int failedRow = paymentRow(failed);
    QVERIFY(failedRow >= 0);
    selectShownRow(tab, failedRow);
    QTest::keyClick(tab->table(), Qt::Key_Enter);
    QVERIFY(!UiFixture::waitForWindow<RefundDialog>(300));
    QVERIFY2(tab->detailPane()->isAncestorOf(m_window->focusWidget()), "the keyboard is in the detail");

    // Customers have no default action: the detail.
    auto *customers = m_window->customersTab();
    m_window->showTab(objects::Kind::Customer);
    QVERIFY(UiFixture::waitForRows(customers, 1));
    selectShownRow(customers, 0);
    QTest::keyClick(customers->table(), Qt::Key_Return);
    QVERIFY(customers->detailPane()->isAncestorOf(m_window->focusWidget()));
    QVERIFY(!UiFixture::waitForWindow<QDialog>(300));
}

void TestUiTables::doubleClickDoesWhatEnterDoes()
{
    PaymentsTab *tab = payments();
    QVERIFY(tab);
    const int refundable = paymentRow(isRefundable);
    QVERIFY(refundable >= 0);
    QTableView *table = tab->table();
    table->scrollTo(table->model()->index(refundable, 0));
    const QPoint cell = table->visualRect(table->model()->index(refundable, 0)).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell);
    RefundDialog *dialog = UiFixture::waitForWindow<RefundDialog>();
    QVERIFY2(dialog, "a double-click on a refundable payment opens Refund…");
    QCOMPARE(tab->currentId(),
             table->model()->index(refundable, 0).data(records::ListModel::IdRole).toString());
}

void TestUiTables::rowMenuOffersWhatTheRowAllows()
{
    PaymentsTab *tab = payments();
    QVERIFY(tab);
    const int refundable = paymentRow(isRefundable);
    selectShownRow(tab, refundable);
    QMenu *menu = openMenuWithKey(tab, Qt::Key_F10, Qt::ShiftModifier);
    QVERIFY2(menu, "Shift+F10 opens the row's menu");
    QVERIFY(menu->actions().contains(m_window->action("copyId")));
    QVERIFY(menu->actions().contains(m_window->action("exportSelected")));
    QAction *dashboard = m_window->action("openInDashboard");
    QVERIFY(menu->actions().contains(dashboard));
    QVERIFY2(!dashboard->isEnabled() && dashboard->toolTip().contains("sandbox"),
             "off on the sandbox, saying why");
    QAction *refund = menuAction(menu, "refundButton");
    QVERIFY(refund && refund->isEnabled());
    QCOMPARE(menu->defaultAction(), refund); // what Enter does, in bold
    QVERIFY(menuAction(menu, "showDetails")->isEnabled());
    refund->trigger();
    RefundDialog *dialog = UiFixture::waitForWindow<RefundDialog>();
    QVERIFY2(dialog, "the menu's Refund… opens the refund dialog, which asks before it writes");
    dialog->reject();
    menu->close();

    // A failed payment: Refund… is there but off, with the button's own reason.
    const int failedRow = paymentRow(failed);
    selectShownRow(tab, failedRow);
    menu = openMenuWithKey(tab, Qt::Key_Menu);
    QVERIFY2(menu, "the Menu key opens the row's menu");
    refund = menuAction(menu, "refundButton");
    QVERIFY(refund && !refund->isEnabled());
    QCOMPARE(refund->toolTip(), tab->refundButton()->toolTip());
    QVERIFY(!refund->toolTip().isEmpty());
    QCOMPARE(menu->defaultAction(), menuAction(menu, "showDetails"));
    // Copy ID from the menu.
    m_window->action("copyId")->trigger();
    QCOMPARE(QApplication::clipboard()->text(), tab->currentId());
    menu->close();

    // A right-click selects the row under the pointer and opens its menu there.
    const int other = refundable == 3 ? 4 : 3;
    QTableView *table = tab->table();
    const QPoint at = table->visualRect(table->model()->index(other, 1)).center();
    QContextMenuEvent rightClick(QContextMenuEvent::Mouse, at, table->viewport()->mapToGlobal(at));
    QApplication::sendEvent(table->viewport(), &rightClick);
    QCOMPARE(tab->currentId(), table->model()->index(other, 0).data(records::ListModel::IdRole).toString());
    QCOMPARE(tab->selectedIds().size(), 1);
    QVERIFY(tab->rowActions()->menu() && tab->rowActions()->menu()->isVisible());
    tab->rowActions()->menu()->close();
}

void TestUiTables::rowMenuFollowsTheKeysPermissions()
{
    PaymentsTab *tab = payments();
    QVERIFY(tab);
    auto *permissions = m_window->findChild<accounts::KeyPermissions *>();
    QVERIFY(permissions);
    // As when Stripe refuses this key a refund (403, permission_error).
    permissions->learn("POST", "/v1/refunds", 403);
    selectShownRow(tab, paymentRow(isRefundable));
    QVERIFY(!tab->refundButton()->isEnabled());
    QMenu *menu = openMenuWithKey(tab, Qt::Key_Menu);
    QVERIFY(menu);
    QAction *refund = menuAction(menu, "refundButton");
    QVERIFY(refund && !refund->isEnabled());
    QCOMPARE(refund->toolTip(), permissions->whyNot(accounts::KeyPermissions::Area::Refunds));
    QCOMPARE(menu->defaultAction(), menuAction(menu, "showDetails"));
    menu->close();
    // Enter opens no refund the key may not make: the detail.
    QTest::keyClick(tab->table(), Qt::Key_Return);
    QVERIFY(!UiFixture::waitForWindow<RefundDialog>(300));
    QVERIFY(tab->detailPane()->isAncestorOf(m_window->focusWidget()));
}

void TestUiTables::rowMenuOfAnInvoiceFollowsItsState()
{
    auto *invoices = m_window->invoicesTab();
    m_window->showTab(objects::Kind::Invoice);
    QVERIFY(UiFixture::waitForState(invoices, State::Ready));
    auto rowWithStatus = [invoices](const QString &status) {
        const QAbstractItemModel *model = invoices->table()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, 0)
                    .data(records::ListModel::ObjectRole)
                    .toJsonObject()
                    .value("status")
                    .toString()
                == status)
                return row;
        return -1;
    };
    const int draft = rowWithStatus("draft");
    QVERIFY(draft >= 0);
    selectShownRow(invoices, draft);
    QMenu *menu = openMenuWithKey(invoices, Qt::Key_Menu);
    QVERIFY(menu);
    for (const char *name : {"finalizeInvoice", "deleteInvoice", "addInvoiceItem"})
        QVERIFY2(menuAction(menu, name) && menuAction(menu, name)->isEnabled(), name);
    // What Stripe does not allow a draft is not offered at all.
    for (const char *name : {"payInvoice", "voidInvoice", "sendInvoice"})
        QVERIFY2(!menuAction(menu, name), name);
    QVERIFY(!menuAction(menu, "newInvoice")); // not an action on the row
    menu->close();

    const int open = rowWithStatus("open");
    QVERIFY(open >= 0);
    selectShownRow(invoices, open);
    menu = openMenuWithKey(invoices, Qt::Key_F10, Qt::ShiftModifier);
    QVERIFY(menu);
    QAction *pay = menuAction(menu, "payInvoice");
    QVERIFY(pay && pay->isEnabled());
    QCOMPARE(menu->defaultAction(), pay);
    QVERIFY(!menuAction(menu, "finalizeInvoice"));
    menu->close();
}

void TestUiTables::severalRowsCopyTheirIdsAndWaitForOne()
{
    auto *customers = m_window->customersTab();
    m_window->showTab(objects::Kind::Customer);
    QVERIFY(UiFixture::waitForState(customers, State::Ready));
    QTableView *table = customers->table();
    auto idAt = [table](int row) {
        return table->model()->index(row, 0).data(records::ListModel::IdRole).toString();
    };
    selectShownRow(customers, 0);
    // Keyboard only: Shift+Down extends; Ctrl+Down moves without selecting; Ctrl+Space adds.
    QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(table, Qt::Key_Down, Qt::ControlModifier);
    QTest::keyClick(table, Qt::Key_Down, Qt::ControlModifier);
    QTest::keyClick(table, Qt::Key_Space, Qt::ControlModifier);
    const QStringList chosen {idAt(0), idAt(1), idAt(2), idAt(4)};
    QCOMPARE(customers->selectedIds(), chosen);
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), chosen.join('\n'));

    // Single-row actions wait for one row, and say so.
    auto *edit = customers->findChild<QPushButton *>("editCustomer");
    auto *remove = customers->findChild<QPushButton *>("deleteCustomer");
    for (QPushButton *button : {edit, remove}) {
        QVERIFY(!button->isEnabled());
        QCOMPARE(button->toolTip(), QStringLiteral("Acts on one customer at a time: 4 are selected."));
    }
    QVERIFY(customers->findChild<QPushButton *>("newCustomer")->isEnabled()); // not about a row
    QAction *dashboard = m_window->action("openInDashboard");
    QVERIFY(!dashboard->isEnabled());
    QCOMPARE(m_window->action("copyId")->text(), QStringLiteral("&Copy 4 IDs"));
    QMenu *menu = openMenuWithKey(customers, Qt::Key_Menu);
    QVERIFY(menu);
    QVERIFY(!menuAction(menu, "editCustomer")->isEnabled());
    QCOMPARE(menuAction(menu, "editCustomer")->toolTip(), edit->toolTip());
    // The pane shows the row the keyboard is on, one of those selected.
    QVERIFY(menuAction(menu, "showDetails")->isEnabled());
    QCOMPARE(customers->detailPane()->record().value("id").toString(), idAt(4));
    QVERIFY2(customers->findChild<QLabel *>("tableFooter")->text().endsWith(" · 4 selected"),
             qPrintable(customers->findChild<QLabel *>("tableFooter")->text()));
    menu->close();
    // Copy ID in the Record menu copies them all too.
    QApplication::clipboard()->clear();
    m_window->action("copyId")->trigger();
    QCOMPARE(QApplication::clipboard()->text(), chosen.join('\n'));

    // One row again: the actions come back as they were.
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(customers->selectedIds().size(), 1);
    for (QPushButton *button : {edit, remove}) {
        QVERIFY(button->isEnabled());
        QVERIFY(button->toolTip().isEmpty());
    }
    QCOMPARE(m_window->action("copyId")->text(), QStringLiteral("&Copy ID"));
}

void TestUiTables::severalRowsExportJustThem()
{
    PaymentsTab *tab = payments();
    QVERIFY(tab);
    QTableView *table = tab->table();
    QItemSelectionModel *selection = table->selectionModel();
    selectShownRow(tab, 2);
    for (int row : {5, 9}) {
        const QModelIndex index = table->model()->index(row, 0);
        selection->setCurrentIndex(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    const QStringList chosen = tab->selectedIds();
    QCOMPARE(chosen.size(), 3);
    QVERIFY(m_window->action("exportSelected")->isEnabled());
    const QString file = m_fixture->dataDir() + "/selected.csv";
    const int requests = int(m_fixture->client()->requestLog()->size());
    m_window->exportSelectedRows(file);
    QVERIFY(QTest::qWaitFor([&file] { return QFile::exists(file); }, 10000));
    // The rows on screen: no list is asked for again.
    const QList<stripe::RequestLogEntry> log = m_fixture->client()->requestLog()->entries();
    for (const stripe::RequestLogEntry &entry : log.mid(requests))
        QVERIFY2(!entry.path.startsWith("/v1/charges"), qPrintable(entry.path));
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll().mid(3)).split("\r\n", Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), QStringLiteral("Amount,Refunded,Status,Customer,Card,Created,ID,Currency"));
    QCOMPARE(lines.size(), 4);
    QStringList ids;
    for (const QString &line : lines.mid(1))
        ids << line.section(',', -2, -2);
    QCOMPARE(ids, chosen);
    // Nothing selected: nothing to export, and the menu item says how to get there.
    selection->clear();
    QVERIFY(!m_window->action("exportSelected")->isEnabled());
    QVERIFY(m_window->action("exportSelected")->toolTip().contains("Select rows"));
}

void TestUiTables::columnChooserIsKeptPerTab()
{
    PaymentsTab *tab = payments();
    QVERIFY(tab);
    const QList<records::Column> &columns = tab->model()->columns();
    const int card = int(records::indexOfColumn(columns, u"card"));
    const int id = int(records::indexOfColumn(columns, u"id"));
    const int refunded = int(records::indexOfColumn(columns, u"amount_refunded"));
    m_window->action("viewColumns")->trigger();
    auto *chooser = UiFixture::waitForWindow<ColumnChooserDialog>();
    QVERIFY(chooser);
    QListWidget *list = chooser->list();
    QCOMPARE(list->count(), int(columns.size()));
    // Keyboard only: to Card, Space hides it; to ID, Ctrl+Up to the top.
    list->setFocus();
    list->setCurrentRow(card);
    QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(list->item(card)->checkState(), Qt::Unchecked);
    list->setCurrentRow(id);
    for (int i = 0; i < id; ++i)
        QTest::keyClick(list, Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(list->item(0)->text(), QStringLiteral("ID"));
    QVERIFY(!chooser->moveUpButton()->isEnabled());
    chooser->okButton()->click();
    QHeaderView *header = tab->table()->horizontalHeader();
    QVERIFY(header->isSectionHidden(card));
    QCOMPARE(header->visualIndex(id), 0);

    // The header's own menu hides one more.
    QMenu *menu = tab->columns()->openHeaderMenu(header->mapToGlobal(QPoint(10, 5)));
    QVERIFY(menu);
    QAction *refundedAction = menu->findChild<QAction *>("column-amount_refunded");
    QVERIFY(refundedAction && refundedAction->isChecked());
    refundedAction->trigger();
    QVERIFY(header->isSectionHidden(refundedAction ? refunded : -1));
    menu->close();

    // After a restart, each tab as it was left.
    m_window->close();
    m_window = m_fixture->open();
    auto *again = m_window->paymentsPage()->payments();
    QHeaderView *header2 = again->table()->horizontalHeader();
    QVERIFY(header2->isSectionHidden(card));
    QVERIFY(header2->isSectionHidden(refunded));
    QCOMPARE(header2->visualIndex(id), 0);
    QHeaderView *customers = m_window->customersTab()->table()->horizontalHeader();
    for (int column = 0; column < customers->count(); ++column) {
        QVERIFY(!customers->isSectionHidden(column));
        QCOMPARE(customers->visualIndex(column), column);
    }
    // Reset: Paydesk's columns, in its order.
    QMenu *menu2 = again->columns()->openHeaderMenu(header2->mapToGlobal(QPoint(10, 5)));
    menu2->findChild<QAction *>("resetColumns")->trigger();
    for (int column = 0; column < header2->count(); ++column) {
        QVERIFY(!header2->isSectionHidden(column));
        QCOMPARE(header2->visualIndex(column), column);
    }
}

void TestUiTables::loadingTheRestStopsAtTheCap()
{
    PaymentsTab *tab = payments();
    QVERIFY(tab);
    tab->reload();
    QVERIFY(UiFixture::waitForState(tab, State::Ready));
    tab->loadRestButton()->setMaxRows(150);
    tab->table()->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder); // Amount
    QVERIFY(tab->loadRestButton()->isVisible());
    tab->loadRestButton()->click();
    QVERIFY(QTest::qWaitFor([tab] { return tab->loadRestButton()->reachedMaxRows(); }, 10000));
    QCOMPARE(tab->model()->rowCount(), 200); // a page at a time: the first past the cap
    QVERIFY(tab->model()->hasMore());
    QCOMPARE(tab->findChild<QLabel *>("tableFooter")->text(),
             QStringLiteral("Sorted 200 loaded of more (the most Paydesk loads to sort)"));
    // Asked again: refused, politely, saying why — and nothing is asked of Stripe.
    const int requests = int(m_fixture->client()->requestLog()->size());
    QString said;
    UiFixture::answerNextModal("OK", &said);
    tab->loadRestButton()->click();
    QVERIFY(QTest::qWaitFor([&said] { return !said.isEmpty(); }, 5000)); // opened, not exec()'d
    QVERIFY2(said.contains("Paydesk sorts at most 150") && said.contains("narrow the filters"),
             qPrintable(said));
    QCOMPARE(int(m_fixture->client()->requestLog()->size()), requests);
}

void TestUiTables::savedViewAfterARestart()
{
    auto *invoices = m_window->invoicesTab();
    m_window->showTab(objects::Kind::Invoice);
    QVERIFY(UiFixture::waitForState(invoices, State::Ready));
    // A customer with open invoices in the sandbox.
    const QString customer
        = m_fixture
              ->newest("invoices",
                       [](const QJsonObject &i) { return i.value("status").toString() == "open"; })
              .value("customer")
              .toString();
    invoices->statusFilter()->selectValue("open");
    invoices->filterByCustomer(customer);
    QVERIFY(UiFixture::waitForState(invoices, State::Ready));
    QHeaderView *header = invoices->table()->horizontalHeader();
    const int amountDue = int(records::indexOfColumn(invoices->model()->columns(), u"amount_due"));
    const int paid = int(records::indexOfColumn(invoices->model()->columns(), u"amount_paid"));
    header->setSortIndicator(amountDue, Qt::DescendingOrder);
    invoices->columns()
        ->openHeaderMenu(header->mapToGlobal(QPoint(5, 5)))
        ->findChild<QAction *>("column-amount_paid")
        ->trigger();
    QVERIFY(header->isSectionHidden(paid));

    SaveViewDialog *dialog = m_window->savedViewsMenu()->saveCurrentView();
    QVERIFY(dialog);
    QVERIFY(!dialog->okButton()->isEnabled()); // a view needs a name
    QTest::keyClicks(dialog->nameField(), "Open for one customer");
    QVERIFY(dialog->okButton()->isEnabled());
    dialog->okButton()->click();

    // Another day: the window starts afresh, on Stripe's order and no filters.
    m_window->close();
    m_window = m_fixture->open();
    invoices = m_window->invoicesTab();
    m_window->showTab(objects::Kind::Invoice);
    QVERIFY(UiFixture::waitForState(invoices, State::Ready));
    header = invoices->table()->horizontalHeader();
    QCOMPARE(header->sortIndicatorSection(), -1);
    QVERIFY(invoices->customerFilter()->customerId().isEmpty());
    SavedViewsMenu *menu = m_window->savedViewsMenu();
    menu->rebuild();
    QAction *pick = nullptr;
    for (QAction *action : menu->actions())
        if (action->objectName() == "pickView" && action->text() == "Open for one customer")
            pick = action;
    QVERIFY2(pick, "the saved view is in View → Saved views after a restart");
    pick->trigger();
    QCOMPARE(invoices->statusFilter()->value(), QStringLiteral("open"));
    QCOMPARE(invoices->customerFilter()->customerId(), customer);
    QCOMPARE(header->sortIndicatorSection(), amountDue);
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QVERIFY(header->isSectionHidden(paid));
    QVERIFY(UiFixture::waitForState(invoices, State::Ready));
    const QAbstractItemModel *shown = invoices->table()->model();
    QVERIFY(shown->rowCount() > 0);
    qint64 previous = std::numeric_limits<qint64>::max();
    QString currency;
    for (int row = 0; row < shown->rowCount(); ++row) {
        const QJsonObject invoice = shown->index(row, 0).data(records::ListModel::ObjectRole).toJsonObject();
        QCOMPARE(invoice.value("status").toString(), QStringLiteral("open"));
        QCOMPARE(invoice.value("customer").toString(), customer);
        if (invoice.value("currency").toString() != currency)
            previous = std::numeric_limits<qint64>::max();
        currency = invoice.value("currency").toString();
        QVERIFY(invoice.value("amount_due").toInteger() <= previous);
        previous = invoice.value("amount_due").toInteger();
    }
}

void TestUiTables::savedViewsAreRenamedAndDeleted()
{
    m_window->showTab(objects::Kind::Payment);
    SavedViewsMenu *menu = m_window->savedViewsMenu();
    for (const QString &name : {QStringLiteral("Mine"), QStringLiteral("Theirs")}) {
        SaveViewDialog *dialog = menu->saveCurrentView();
        dialog->nameField()->setText(name);
        dialog->okButton()->click();
    }
    // Saving under a name in use says it replaces it.
    SaveViewDialog *again = menu->saveCurrentView();
    again->nameField()->setText("mine");
    QCOMPARE(again->okButton()->text(), QStringLiteral("Replace"));
    again->reject();

    SaveViewDialog *rename = menu->renameView("Mine");
    QVERIFY(rename);
    rename->nameField()->setText("theirs");
    QVERIFY(!rename->okButton()->isEnabled()); // another view's name
    rename->nameField()->setText("Ours");
    rename->okButton()->click();
    QMessageBox *box = menu->deleteView("Theirs");
    QVERIFY(box);
    QVERIFY(box->text().contains("Theirs"));
    for (QAbstractButton *button : box->buttons())
        if (button->text() == "Delete view")
            button->click();
    menu->rebuild();
    QStringList names;
    for (QAction *action : menu->actions())
        if (action->objectName() == "pickView")
            names << action->text();
    QCOMPARE(names, QStringList({"Ours"}));
    // Another tab has its own views.
    m_window->showTab(objects::Kind::Customer);
    menu->rebuild();
    QVERIFY(!menu->actions().isEmpty());
    QVERIFY(!menu->actions().first()->isEnabled()); // "No saved views of Customers"
}

void TestUiTables::savedViewKeepsThePaymentsFiltersAndDates()
{
    PaymentsTab *tab = payments();
    QVERIFY(tab);
    // What a clerk narrows payments by: a status, a currency, an amount range and created days.
    const QDate from(2020, 1, 1);
    const QDate to = QDate::currentDate();
    const QString status = QString::number(int(queries::PaymentStatus::Failed));
    QVERIFY(tab->statusFilter()->selectValue(status));
    QVERIFY(tab->currencyFilter()->selectValue("EUR"));
    tab->minimumAmountField()->setText("1.00");
    tab->maximumAmountField()->setText("5000.00");
    tab->createdFilter()->setRange({from, to});
    QVERIFY(QTest::qWaitFor([tab] { return !tab->isSearching(); }, 10000));
    SaveViewDialog *dialog = m_window->savedViewsMenu()->saveCurrentView();
    QVERIFY(dialog);
    dialog->nameField()->setText("Failed euro payments");
    dialog->okButton()->click();

    // Another day: the filters come back with the view, and the rows follow them.
    m_window->close();
    m_window = m_fixture->open();
    tab = payments();
    QVERIFY(tab);
    QCOMPARE(tab->currencyFilter()->value(), QString());
    SavedViewsMenu *menu = m_window->savedViewsMenu();
    menu->rebuild();
    QAction *pick = nullptr;
    for (QAction *action : menu->actions())
        if (action->objectName() == "pickView" && action->text() == "Failed euro payments")
            pick = action;
    QVERIFY(pick);
    pick->trigger();
    QCOMPARE(tab->statusFilter()->value(), status);
    QCOMPARE(tab->currencyFilter()->value(), QStringLiteral("EUR"));
    QCOMPARE(tab->minimumAmountField()->text(), QStringLiteral("1.00"));
    QCOMPARE(tab->maximumAmountField()->text(), QStringLiteral("5000.00"));
    QCOMPARE(tab->createdFilter()->range(), (queries::CreatedRange {from, to}));
    QVERIFY(QTest::qWaitFor([tab] { return !tab->isSearching(); }, 10000));
    QVERIFY(QTest::qWaitFor(
        [tab] { return tab->model()->state() == State::Ready || tab->model()->state() == State::Empty; },
        15000));
    QVERIFY2(tab->model()->rowCount() > 0, "the sandbox has failed payments in euros");
    for (int row = 0; row < tab->model()->rowCount(); ++row) {
        const QJsonObject charge = tab->model()->objectAt(row);
        QCOMPARE(charge.value("status").toString(), QStringLiteral("failed"));
        QCOMPARE(charge.value("currency").toString(), QStringLiteral("eur"));
        QVERIFY(charge.value("amount").toInteger() >= 100 && charge.value("amount").toInteger() <= 500000);
    }
}

PAYDESK_TEST_MAIN(TestUiTables)
#include "tst_ui_tables.moc"
