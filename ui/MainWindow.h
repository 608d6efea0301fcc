#pragma once

#include "src/objects/Kind.h"
#include "src/stripe/Client.h"
#include "src/writes/WriteContext.h"
#include "ui/widgets/ModeBanner.h"

#include <QHash>
#include <QJsonObject>
#include <QMainWindow>
#include <QPointer>

class CustomersTab;
class FittingStatusBar;
class MirrorControls;
class NoticeBar;
class InvoicesTab;
class OverviewTab;
class OrdersTab;
class PaymentsAndRefundsPage;
class ProductsTab;
class PromotionCodesTab;
class QLabel;
class QLineEdit;
class QTabWidget;
class RecordTab;

namespace accounts {
class KeyPermissions;
}
namespace mirror {
class AccountMirror;
struct Filter;
} // namespace mirror
namespace records {
class Export;
class Locator;
} // namespace records

// The window finance staff spend their day in: the mode banner, the six tabs, Go to, and the
// menus. It shows one account at a time; who that account is and how it was connected is the
// caller's business (setConnection).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows an account: its client and journal, its mode ("sandbox", "test", "live") and name.
    void setConnection(const writes::WriteContext &context, const QString &accountName);
    QString accountName() const { return m_accountName; }
    // The accounts' mirror (the workspace's): the Overview, the status bar's data source, its
    // offer, notices and dialogs (MirrorControls).
    void setMirror(mirror::AccountMirror *account);
    MirrorControls *mirrorControls() const { return m_mirrorControls; }
    // Whether the tab's rows on show come from the account's mirror (else from Stripe).
    bool readsMirror(const RecordTab *tab) const;
    OverviewTab *overviewTab() const { return m_overview; }
    // The tab behind an Overview figure, showing exactly the rows the figure counts.
    void showFiltered(const mirror::Filter &filter);
    const writes::WriteContext &connection() const { return m_context; }
    accounts::Mode mode() const { return m_context.mode; }
    bool isLive() const { return m_context.isLive(); }

    // The tab that shows this kind of record, switched to.
    RecordTab *showTab(objects::Kind kind);
    RecordTab *tabFor(objects::Kind kind) const;
    RecordTab *currentRecordTab() const;
    // Opens a record by id: switches to its tab and selects or shows it.
    void openId(objects::Kind kind, const QString &id);
    // What "Go to" does with the text (Ctrl+L).
    void goTo(const QString &text);

    CustomersTab *customersTab() const { return m_customers; }
    InvoicesTab *invoicesTab() const { return m_invoices; }
    OrdersTab *ordersTab() const { return m_orders; }
    PaymentsAndRefundsPage *paymentsPage() const { return m_payments; }
    PromotionCodesTab *promotionCodesTab() const { return m_promotionCodes; }
    ProductsTab *productsTab() const { return m_products; }
    ModeBanner *modeBanner() const { return m_banner; }
    NoticeBar *noticeBar() const { return m_notice; }
    QLineEdit *goToField() const { return m_goTo; }
    QMenu *accountMenu() const { return m_accountMenu; }
    // Actions by object name ("refresh", "goTo", "exportCsv", "copyId", "openInDashboard"...).
    QAction *action(const QString &name) const;

    void exportCurrentView(const QString &fileName);
    // The window's size and tab, as closing it saves them (also when Paydesk ends on a signal).
    void saveLayout();
    // The rows selected in the current tab (File → Export selected rows…).
    void exportSelectedRows(const QString &fileName);
    class SavedViewsMenu *savedViewsMenu() const { return m_savedViews; }
    // The journal of writes; with unfinishedOnly, the writes of this account that did not finish.
    class ActivityDialog *showActivity(bool unfinishedOnly = false);

signals:
    void goToFinished(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void exportCurrentViewAsked();
    // The rows a tab shows from the copy, with the filters only the copy answers (a search of
    // refunds), exported from the copy; null when the tab does not read it.
    records::Export *exportFromCopy(RecordTab *tab, const QString &fileName);
    // The tab's filters need the copy (a search of refunds): says so, and no file is made.
    bool refusedWithoutCopy(const RecordTab *tab);
    void showAbout();
    void showMessage(const QString &text);
    void showSettledWrite(const QJsonObject &object, const QString &target);
    // Copy ID and Open in Stripe Dashboard act on the selected record, and only when there is one.
    void updateRecordActions();
    void fitToScreen(bool restored);

    writes::WriteContext m_context;
    ModeBanner *m_banner;
    NoticeBar *m_notice;
    FittingStatusBar *m_statusBar;
    QTabWidget *m_tabs;
    CustomersTab *m_customers;
    InvoicesTab *m_invoices;
    OrdersTab *m_orders;
    PaymentsAndRefundsPage *m_payments;
    PromotionCodesTab *m_promotionCodes;
    ProductsTab *m_products;
    QLineEdit *m_goTo;
    QMenu *m_accountMenu = nullptr;
    class SavedViewsMenu *m_savedViews = nullptr;
    records::Locator *m_locator = nullptr;
    accounts::KeyPermissions *m_permissions;
    OverviewTab *m_overview;
    MirrorControls *m_mirrorControls = nullptr;
    QList<class TabMirrorSource *> m_mirrorSources; // the tabs that read from the mirror
    QString m_accountName;
};
