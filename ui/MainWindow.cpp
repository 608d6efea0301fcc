#include "ui/MainWindow.h"

#include "PaydeskVersion.h"
#include "src/accounts/KeyPermissions.h"
#include "src/mirror/AccountMirror.h"
#include "src/mirror/MirrorCsvExport.h"
#include "src/mirror/OverviewFeed.h"
#include "src/objects/Json.h"
#include "src/records/CsvExport.h"
#include "src/records/Format.h"
#include "src/records/Locator.h"
#include "src/records/RecordFetch.h"
#include "src/records/Status.h"
#include "src/records/Titles.h"
#include "src/stripe/ApiVersion.h"
#include "ui/activity/ActivityDialog.h"
#include "ui/customers/CustomersTab.h"
#include "ui/export/ExportRun.h"
#include "ui/export/SelectedRowsExport.h"
#include "ui/invoices/InvoicesTab.h"
#include "ui/mirrorview/MirrorControls.h"
#include "ui/mirrorview/MirrorStatusButton.h"
#include "ui/mirrorview/MirrorTabs.h"
#include "ui/mirrorview/TabMirrorSource.h"
#include "ui/orders/OrdersTab.h"
#include "ui/overview/OverviewContent.h"
#include "ui/overview/OverviewTab.h"
#include "ui/payments/PaymentsAndRefundsPage.h"
#include "ui/payments/PaymentsTab.h"
#include "ui/payments/RefundsTab.h"
#include "ui/products/ProductsTab.h"
#include "ui/promotioncodes/PromotionCodesTab.h"
#include "ui/records/DetailPane.h"
#include "ui/records/SavedViewsMenu.h"
#include "ui/records/TableColumns.h"
#include "ui/widgets/ChoiceBox.h"
#include "ui/widgets/FittingStatusBar.h"
#include "ui/widgets/NoticeBar.h"
#include "ui/widgets/SaveFileDialog.h"
#include "ui/widgets/WarningBox.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDate>
#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_banner(new ModeBanner(this))
    , m_notice(new NoticeBar(this))
    , m_statusBar(new FittingStatusBar(this))
    , m_tabs(new QTabWidget(this))
    , m_customers(new CustomersTab(this))
    , m_invoices(new InvoicesTab(this))
    , m_orders(new OrdersTab(this))
    , m_payments(new PaymentsAndRefundsPage(this))
    , m_promotionCodes(new PromotionCodesTab(this))
    , m_products(new ProductsTab(this))
    , m_goTo(new QLineEdit(this))
    , m_permissions(new accounts::KeyPermissions(this))
    , m_overview(new OverviewTab(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Paydesk"));
    setStatusBar(m_statusBar);

    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_customers, tr("&Customers"));
    m_tabs->addTab(m_invoices, tr("&Invoices"));
    m_tabs->addTab(m_orders, tr("&Orders"));
    // One Alt+letter per target in this window: the menus have F, A, V, R and H.
    m_tabs->addTab(m_payments, tr("&Payments && refunds"));
    m_tabs->addTab(m_promotionCodes, tr("Pro&mo codes"));
    m_tabs->addTab(m_products, tr("Pro&ducts"));
    // Last: the record tabs keep their places (and the tab index a window saved), and the
    // Overview, a summary read from the mirror, sits apart from the lists read from Stripe.
    // Every letter of its name is another target's Alt+letter: View → Overview (Ctrl+Shift+O)
    // and Ctrl+Tab reach it.
    m_tabs->addTab(m_overview, tr("Overview"));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_notice);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    m_goTo->setObjectName(QStringLiteral("goToField"));
    m_goTo->setAccessibleName(tr("Go to ID or email"));
    m_goTo->setPlaceholderText(tr("Go to ID or email (Ctrl+L)"));
    m_goTo->setClearButtonEnabled(true);
    m_goTo->setFixedWidth(m_goTo->fontMetrics().horizontalAdvance(m_goTo->placeholderText())
                          + m_goTo->fontMetrics().averageCharWidth() * 8);
    connect(m_goTo, &QLineEdit::returnPressed, this, [this] { goTo(m_goTo->text()); });

    createMenus();

    const QList<RecordTab *> tabs {m_customers,           m_invoices,       m_orders,  m_payments->payments(),
                                   m_payments->refunds(), m_promotionCodes, m_products};
    // What a restricted key was refused is turned off in every tab, and said once, in words.
    connect(m_permissions, &accounts::KeyPermissions::changed, this,
            [this](accounts::KeyPermissions::Area area, bool write) {
                if (write)
                    m_notice->showNotice(
                        tr("%1 Paydesk turned off what needs it.").arg(m_permissions->whyNot(area)),
                        tr("Use another key…"));
            });
    for (RecordTab *tab : tabs) {
        tab->setPermissions(m_permissions);
        // The row's menu offers the window's own actions on the selected rows.
        tab->setRecordActions({action(QStringLiteral("copyId")), action(QStringLiteral("openInDashboard")),
                               action(QStringLiteral("exportSelected"))});
        connect(tab, &RecordTab::linkActivated, this, &MainWindow::openId);
        connect(tab, &RecordTab::currentChanged, this, &MainWindow::updateRecordActions);
        connect(tab, &RecordTab::announced, this, [this](const QString &text) { showMessage(text); });
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateRecordActions);
    connect(m_overview, &OverviewTab::figureActivated, this, &MainWindow::showFiltered);
    connect(m_overview, &OverviewTab::announced, this, [this](const QString &text) { showMessage(text); });
    connect(m_payments, &QTabWidget::currentChanged, this, &MainWindow::updateRecordActions);
    connect(m_customers, &CustomersTab::invoiceCreated, this,
            [this](const QJsonObject &invoice) { showTab(objects::Kind::Invoice)->recordChanged(invoice); });
    connect(m_customers, &CustomersTab::orderCreated, this, [this](const QJsonObject &order) {
        showTab(objects::Kind::Order);
        m_orders->orderCreated(order);
    });
    connect(m_payments->payments(), &PaymentsTab::refunded, this,
            [this](const QJsonObject &refund) { m_payments->refunds()->model()->upsert(refund); });

    QSettings settings;
    fitToScreen(restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()));
    m_tabs->setCurrentIndex(settings.value(QStringLiteral("window/tab"), 0).toInt());
    updateRecordActions();
    statusBar()->showMessage(tr("Ready"));
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    auto makeAction = [this](const QString &name, const QString &text, const QList<QKeySequence> &keys = {}) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcuts(keys);
        addAction(action);
        return action;
    };

    QAction *exportCsv = makeAction(QStringLiteral("exportCsv"), tr("&Export view to CSV…"),
                                    {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)});
    connect(exportCsv, &QAction::triggered, this, &MainWindow::exportCurrentViewAsked);
    QAction *exportSelected = makeAction(QStringLiteral("exportSelected"), tr("Export &selected rows…"));
    connect(exportSelected, &QAction::triggered, this, [this] {
        SelectedRowsExport::ask(currentRecordTab(), this, [this](const QString &text) { showMessage(text); });
    });
    QAction *quit = makeAction(QStringLiteral("quit"), tr("&Quit"), {QKeySequence::Quit});
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QAction *refresh = makeAction(QStringLiteral("refresh"), tr("&Refresh"),
                                  {QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)});
    connect(refresh, &QAction::triggered, this, [this] {
        if (RecordTab *tab = currentRecordTab())
            tab->reload();
        else if (m_tabs->currentWidget() == m_overview && m_mirrorControls && m_mirrorControls->account()
                 && m_mirrorControls->account()->overview())
            m_mirrorControls->account()->overview()->refresh();
    });
    QAction *goTo
        = makeAction(QStringLiteral("goTo"), tr("&Go to ID or email…"), {QKeySequence(Qt::CTRL | Qt::Key_L)});
    connect(goTo, &QAction::triggered, this, [this] {
        m_goTo->setFocus(Qt::ShortcutFocusReason);
        m_goTo->selectAll();
    });

    QAction *copyId = makeAction(QStringLiteral("copyId"), tr("&Copy ID"));
    connect(copyId, &QAction::triggered, this, [this] {
        RecordTab *tab = currentRecordTab();
        const int copied = tab ? tab->copySelectedIds() : 0;
        if (copied == 1)
            showMessage(tr("Copied %1 to the clipboard.").arg(QApplication::clipboard()->text()));
        else if (copied > 1)
            showMessage(tr("Copied %Ln IDs to the clipboard, one per line.", nullptr, copied));
    });
    QAction *dashboard = makeAction(QStringLiteral("openInDashboard"), tr("Open in Stripe &Dashboard"),
                                    {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)});
    connect(dashboard, &QAction::triggered, this, [this] {
        RecordTab *tab = currentRecordTab();
        const QUrl url = tab ? tab->currentDashboardUrl() : QUrl();
        if (!url.isValid())
            return;
        if (QDesktopServices::openUrl(url)) {
            showMessage(tr("Opened %1 in the web browser.").arg(url.toString()));
            return;
        }
        // No browser (or none that would start): say so here, and leave the address at hand.
        QApplication::clipboard()->setText(url.toString());
        openWarning(this, tr("No web browser could be opened"),
                    tr("Paydesk could not open a web browser for the Stripe Dashboard. The address is "
                       "copied to the clipboard:\n%1")
                        .arg(url.toString()))
            ->setObjectName(QStringLiteral("browserFailed"));
    });
    QAction *activity = makeAction(QStringLiteral("activity"), tr("&Activity (every write)…"),
                                   {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)});
    connect(activity, &QAction::triggered, this, [this] { showActivity(); });
    QAction *showOverview = makeAction(QStringLiteral("showOverview"), tr("&Overview"),
                                       {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)});
    connect(showOverview, &QAction::triggered, this, [this] { m_tabs->setCurrentWidget(m_overview); });
    QAction *mirrorDetails = makeAction(QStringLiteral("mirrorDetails"), tr("Copy of this a&ccount…"));
    connect(mirrorDetails, &QAction::triggered, this, [this] {
        if (m_mirrorControls)
            m_mirrorControls->showDetails();
    });
    // The Account menu is the workspace's to fill: it adds this one.
    QAction *teamDatabase = makeAction(QStringLiteral("teamDatabase"), tr("&Team database…"));
    connect(teamDatabase, &QAction::triggered, this, [this] {
        if (m_mirrorControls)
            m_mirrorControls->showTeamDatabase();
    });
    QAction *columns = makeAction(QStringLiteral("viewColumns"), tr("Co&lumns…"));
    columns->setToolTip(tr("Show, hide and order the columns of this tab's table."));
    connect(columns, &QAction::triggered, this, [this] {
        if (RecordTab *tab = currentRecordTab())
            tab->columns()->choose();
    });
    QAction *about = makeAction(QStringLiteral("about"), tr("&About Paydesk"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(exportCsv);
    file->addAction(exportSelected);
    file->addSeparator();
    file->addAction(quit);
    m_accountMenu = menuBar()->addMenu(tr("&Account"));
    m_accountMenu->setObjectName(QStringLiteral("accountMenu"));
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(refresh);
    view->addAction(goTo);
    view->addAction(showOverview);
    view->addSeparator();
    view->addAction(columns);
    m_savedViews = new SavedViewsMenu([this] { return currentRecordTab(); }, view);
    connect(m_savedViews, &SavedViewsMenu::announced, this, &MainWindow::showMessage);
    view->addMenu(m_savedViews);
    view->addSeparator();
    view->addAction(activity);
    view->addAction(mirrorDetails);
    QMenu *record = menuBar()->addMenu(tr("&Record"));
    record->setObjectName(QStringLiteral("recordMenu"));
    record->addAction(copyId);
    record->addAction(dashboard);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(about);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->addWidget(m_goTo);
    toolbar->addSeparator();
    toolbar->addAction(refresh);
    toolbar->addAction(exportCsv);
}

QAction *MainWindow::action(const QString &name) const
{
    return findChild<QAction *>(name);
}

void MainWindow::setConnection(const writes::WriteContext &context, const QString &accountName)
{
    m_context = context;
    stripe::Client *client = context.client;
    m_permissions->watch(client);
    const accounts::Mode mode = context.mode;
    m_banner->setMode(mode, accountName);
    m_accountName = accountName;
    // The desktop adds " — Paydesk" (the application's display name): the title says only which
    // account, so that it reads "Sandbox — Paydesk", "Acme (test mode) — Paydesk".
    setWindowTitle(mode == accounts::Mode::Sandbox    ? tr("Sandbox")
                       : mode == accounts::Mode::Live ? tr("LIVE — %1").arg(accountName)
                                                      : tr("%1 (test mode)").arg(accountName));
    delete m_locator;
    m_locator = new records::Locator(client, this);
    connect(m_locator, &records::Locator::found, this, [this](objects::Kind kind, const QJsonObject &object) {
        if (kind == objects::Kind::Coupon) {
            showTab(kind);
            m_promotionCodes->filterByCoupon(objects::json::string(object, u"id"));
        } else {
            showTab(kind)->showRecord(object);
        }
        showMessage(
            tr("Showing %1 %2").arg(objects::singularName(kind), records::titles::linkText(kind, object)));
        emit goToFinished(QString());
    });
    connect(m_locator, &records::Locator::severalCustomers, this, [this](const QString &email, int count) {
        // Listed where they can be told apart (names, when they were created).
        showTab(objects::Kind::Customer);
        m_customers->searchField()->setText(email);
        m_customers->reload();
        const QString message = count < 0
            ? tr("More than 10 customers have the email %1: they are listed in Customers.").arg(email)
            : tr("%1 customers have the email %2: they are listed in Customers.").arg(count).arg(email);
        showMessage(message);
        emit goToFinished(message);
    });
    connect(m_locator, &records::Locator::notFound, this, [this](const QString &message) {
        showMessage(message);
        emit goToFinished(message);
    });
    const QList<RecordTab *> tabs {m_customers,           m_invoices,       m_orders,  m_payments->payments(),
                                   m_payments->refunds(), m_promotionCodes, m_products};
    for (RecordTab *tab : tabs)
        tab->setConnection(context);
    updateRecordActions();
}

void MainWindow::setMirror(mirror::AccountMirror *account)
{
    delete m_mirrorControls;
    m_mirrorControls = account ? new MirrorControls(this, account) : nullptr;
    m_overview->setAccountMirror(account);
    qDeleteAll(m_mirrorSources);
    m_mirrorSources = account ? readTabsFromMirror(account,
                                                   {m_customers, m_invoices, m_orders, m_payments->payments(),
                                                    m_payments->refunds(), m_promotionCodes, m_products},
                                                   this)
                              : QList<TabMirrorSource *>();
    for (TabMirrorSource *source : std::as_const(m_mirrorSources))
        connect(source, &TabMirrorSource::sourceChanged, this, [this] {
            if (m_mirrorControls)
                m_mirrorControls->statusButton()->refresh();
        });
    const bool hasMirror = account != nullptr;
    action(QStringLiteral("mirrorDetails"))->setEnabled(hasMirror);
    action(QStringLiteral("teamDatabase"))->setEnabled(hasMirror);
    if (m_mirrorControls)
        m_mirrorControls->statusButton()->setViewSource([this] {
            MirrorStatusButton::View view;
            if (const RecordTab *tab = currentRecordTab())
                view.kind = tab->kind();
            // Record tabs read from Stripe until the mirror is complete for their kind.
            view.readsMirror = m_tabs->currentWidget() == m_overview || readsMirror(currentRecordTab());
            return view;
        });
}

bool MainWindow::readsMirror(const RecordTab *tab) const
{
    return tab && tab->model()->activeRowSource() != nullptr;
}

void MainWindow::showFiltered(const mirror::Filter &filter)
{
    showTab(filter.kind);
    showFigureRows(filter,
                   {m_customers, m_invoices, m_orders, m_payments->payments(), m_payments->refunds(),
                    m_promotionCodes, m_products});
    showMessage(tr("Showing %1. The figure counts %2.")
                    .arg(objects::pluralName(filter.kind), overview::describe(filter)));
}

RecordTab *MainWindow::tabFor(objects::Kind kind) const
{
    using objects::Kind;
    switch (kind) {
    case Kind::Customer:
    case Kind::PaymentMethod:
        return m_customers;
    case Kind::Invoice:
    case Kind::InvoiceItem:
    case Kind::InvoiceLine:
        return m_invoices;
    case Kind::Order:
    case Kind::PaymentIntent:
        return m_orders;
    case Kind::Payment:
        return m_payments->payments();
    case Kind::Refund:
        return m_payments->refunds();
    case Kind::PromotionCode:
    case Kind::Coupon:
        return m_promotionCodes;
    case Kind::Product:
    case Kind::Price:
        return m_products;
    }
    return m_customers;
}

RecordTab *MainWindow::showTab(objects::Kind kind)
{
    RecordTab *tab = tabFor(kind);
    if (tab == m_payments->payments() || tab == m_payments->refunds()) {
        m_tabs->setCurrentWidget(m_payments);
        m_payments->setCurrentWidget(tab);
    } else {
        m_tabs->setCurrentWidget(tab);
    }
    return tab;
}

RecordTab *MainWindow::currentRecordTab() const
{
    if (m_tabs->currentWidget() == m_payments)
        return m_payments->current();
    return qobject_cast<RecordTab *>(m_tabs->currentWidget());
}

void MainWindow::openId(objects::Kind kind, const QString &id)
{
    if (kind == objects::Kind::Coupon) {
        showTab(kind);
        m_promotionCodes->filterByCoupon(id);
        return;
    }
    if (kind == objects::Kind::PaymentIntent) {
        // A payment's intent that is not one of Paydesk's orders (an invoice's) has no row of
        // its own: it is shown in the Orders tab's pane, as what it is.
        statusBar()->showMessage(tr("Looking up %1…").arg(id));
        auto *fetch = records::RecordFetch::start(m_context.client, kind, id, this);
        connect(fetch, &records::RecordFetch::fetched, this, [this](const QJsonObject &intent) {
            const bool isOrder
                = objects::json::string(intent, u"metadata.paydesk_order") == QLatin1String("1");
            showTab(objects::Kind::Order)
                ->showRecord(intent, isOrder ? objects::Kind::Order : objects::Kind::PaymentIntent);
            showMessage(isOrder ? tr("Showing order %1").arg(objects::json::string(intent, u"id"))
                                : tr("Showing payment intent %1 (not one of Paydesk's orders)")
                                      .arg(objects::json::string(intent, u"id")));
        });
        connect(fetch, &records::RecordFetch::failed, this,
                [this](const stripe::Error &error) { showMessage(stripe::describe(error)); });
        return;
    }
    RecordTab *tab = showTab(kind);
    if (tab->kind() == kind && tab->selectId(id)) {
        statusBar()->clearMessage();
        return;
    }
    goTo(id);
}

void MainWindow::goTo(const QString &text)
{
    if (!m_locator || text.trimmed().isEmpty())
        return;
    statusBar()->showMessage(tr("Looking up %1…").arg(text.trimmed()));
    m_locator->locate(text);
}

void MainWindow::showMessage(const QString &text)
{
    m_statusBar->showFitted(text, 10000);
}

void MainWindow::exportCurrentViewAsked()
{
    RecordTab *tab = currentRecordTab();
    if (!tab || !m_context.client)
        return;
    if (!readsMirror(tab) && refusedWithoutCopy(tab))
        return;
    const QString suggested
        = QStringLiteral("%1/%2-%3.csv")
              .arg(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                   objects::pluralName(tab->kind()).replace(QLatin1Char(' '), QLatin1Char('-')),
                   QDate::currentDate().toString(Qt::ISODate));
    askWhereToSave(this, tr("Export to CSV"), suggested, tr("CSV files (*.csv)"),
                   [this](const QString &fileName) { exportCurrentView(fileName); });
}

void MainWindow::exportCurrentView(const QString &fileName)
{
    RecordTab *tab = currentRecordTab();
    if (!tab || !m_context.client)
        return;
    records::Export *exporter = readsMirror(tab) ? exportFromCopy(tab, fileName) : nullptr;
    if (!exporter) {
        if (refusedWithoutCopy(tab))
            return;
        exporter = new records::CsvExport(m_context.client, tab->model()->query(), tab->model()->columns(),
                                          fileName, this);
    }
    const QString plural = objects::pluralName(tab->kind());
    // The length of the list is known only once every page of it is loaded.
    const bool complete
        = !tab->model()->hasMore() && tab->model()->state() == records::ListModel::State::Ready;
    ExportRun::start(
        exporter, this, plural, complete ? tab->model()->rowCount() : -1,
        [this](const QString &text) { showMessage(text); },
        [plural, fileName](int rows) { return tr("Exported %1 %2 to %3").arg(rows).arg(plural, fileName); });
}

bool MainWindow::refusedWithoutCopy(const RecordTab *tab)
{
    // Stripe cannot answer these filters, and no file of rows that ignore them is made.
    const QString &needsCopy = tab->model()->query().needsCopy;
    if (!needsCopy.isEmpty())
        showMessage(needsCopy);
    return !needsCopy.isEmpty();
}

records::Export *MainWindow::exportFromCopy(RecordTab *tab, const QString &fileName)
{
    mirror::AccountMirror *account = m_mirrorControls ? m_mirrorControls->account() : nullptr;
    if (!account || !account->overview())
        return nullptr;
    for (const TabMirrorSource *source : std::as_const(m_mirrorSources)) {
        if (source->tab() != tab)
            continue;
        const std::optional<mirror::Filter> filter = source->filter();
        // Every row the filters keep, in the tab's order, with the columns its export from Stripe
        // writes: the same view, whichever source the tab reads.
        return filter ? new mirror::MirrorCsvExport(account->overview(), *filter, tab->model()->columns(),
                                                    source->order(*filter), fileName, this)
                      : nullptr;
    }
    return nullptr;
}

void MainWindow::exportSelectedRows(const QString &fileName)
{
    SelectedRowsExport::exportTo(currentRecordTab(), fileName, this,
                                 [this](const QString &text) { showMessage(text); });
}

void MainWindow::fitToScreen(bool restored)
{
    // A first start, or a geometry saved on a larger screen: the window, its frame and its status
    // bar must be on this screen, at any scale.
    const QScreen *screen = this->screen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    // Room for a window manager's frame, which is not known before the window is shown.
    const QSize frame(16, 48);
    resize((restored ? size() : QSize(1280, 800)).boundedTo(available.size() - frame));
    if (restored && !available.contains(QRect(pos(), size() + frame)))
        move(available.topLeft());
}

void MainWindow::updateRecordActions()
{
    RecordTab *tab = currentRecordTab();
    // The Overview exports its own figures.
    action(QStringLiteral("exportCsv"))->setEnabled(tab != nullptr);
    if (m_mirrorControls)
        m_mirrorControls->statusButton()->refresh();
    const int rows = tab ? int(tab->selectedIds().size()) : 0;
    const bool selected = tab && !tab->currentId().isEmpty() && rows <= 1;
    QAction *copyId = action(QStringLiteral("copyId"));
    copyId->setEnabled(selected || rows > 1);
    copyId->setText(rows > 1 ? tr("&Copy %Ln IDs", nullptr, rows) : tr("&Copy ID"));
    QAction *dashboard = action(QStringLiteral("openInDashboard"));
    // The sandbox's records exist only here: Stripe's Dashboard has nothing to show for them.
    const bool sandbox = mode() == accounts::Mode::Sandbox;
    dashboard->setEnabled(selected && !sandbox);
    dashboard->setToolTip(
        sandbox        ? tr("The sandbox's records exist only in Paydesk, not in the Stripe Dashboard.")
            : selected ? QString()
            : rows > 1 ? tr("Opens one record at a time: %Ln are selected.", nullptr, rows)
                       : tr("Select a record to open it in the Stripe Dashboard."));
    dashboard->setStatusTip(dashboard->toolTip());
    QAction *exportSelected = action(QStringLiteral("exportSelected"));
    exportSelected->setEnabled(rows > 0);
    exportSelected->setText(rows > 1 ? tr("Export %Ln &selected rows…", nullptr, rows)
                                     : tr("Export &selected rows…"));
    exportSelected->setToolTip(rows > 0 ? QString()
                                        : tr("Select rows (Ctrl or Shift for several) to export just them."));
    exportSelected->setStatusTip(exportSelected->toolTip());
}

ActivityDialog *MainWindow::showActivity(bool unfinishedOnly)
{
    if (!m_context.journal)
        return nullptr;
    auto *dialog = new ActivityDialog(m_context.journal, m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ActivityDialog::settled, this, &MainWindow::showSettledWrite);
    if (unfinishedOnly)
        dialog->showUnfinished();
    dialog->show();
    return dialog;
}

void MainWindow::showSettledWrite(const QJsonObject &object, const QString &target)
{
    // What the write made or changed, and what it acted on (a refund's payment), as they are now.
    const QString id = objects::json::string(object, u"id");
    if (const auto kind = objects::kindOfId(id); kind && !objects::json::boolean(object, u"deleted")) {
        if (RecordTab *tab = tabFor(*kind); tab->kind() == *kind)
            tab->refreshRecord(object);
    }
    if (const auto kind = objects::kindOfId(target)) {
        if (RecordTab *tab = tabFor(*kind); tab->kind() == *kind)
            tab->refetchIfShown(target);
    }
    showMessage(tr("Settled: %1").arg(id));
}

void MainWindow::showAbout()
{
    // As QMessageBox::about() looks, opened rather than exec()'d like every dialog of the window.
    auto *box = new QMessageBox(
        QMessageBox::NoIcon, tr("About Paydesk"),
        tr("<h3>Paydesk %1</h3><p>A desktop admin console for Stripe.</p>"
           "<p>Stripe API version %2. Your API key is kept in the system keychain, never in a file.</p>")
            .arg(QStringLiteral(PAYDESK_VERSION), QString::fromLatin1(stripe::apiVersion)),
        QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIconPixmap(windowIcon().pixmap(64));
    box->open();
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/tab"), m_tabs->currentIndex());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}
