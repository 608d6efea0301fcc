#include "ui/mirrorview/MirrorTabs.h"

#include "src/mirror/AccountMirror.h"
#include "src/mirror/CopyPriceCounts.h"
#include "src/mirror/TabFilters.h"
#include "src/queries/PaymentFilter.h"
#include "src/records/PriceCounts.h"
#include "ui/customers/CustomersTab.h"
#include "ui/invoices/InvoicesTab.h"
#include "ui/mirrorview/TabMirrorSource.h"
#include "ui/orders/OrdersTab.h"
#include "ui/payments/PaymentsTab.h"
#include "ui/payments/RefundsTab.h"
#include "ui/products/ProductsTab.h"
#include "ui/promotioncodes/PromotionCodesTab.h"
#include "ui/widgets/DateRangeFilter.h"

#include <QDateTime>
#include <QPointer>

QList<TabMirrorSource *> readTabsFromMirror(mirror::AccountMirror *account, const MirroredTabs &tabs,
                                            QObject *parent)
{
    // The Prices column counts from the copy whenever the rows come from it.
    tabs.products->priceCounts()->setCopyCounts(
        [account = QPointer<mirror::AccountMirror>(account)]() -> std::optional<QHash<QString, int>> {
            return account ? mirror::pricesPerProduct(account->mirror()) : std::nullopt;
        });
    // Each filter is read when a window is, so a changed filter needs nothing more.
    const auto source = [account, parent](RecordTab *tab, mirror::MirrorRows::FilterOfTab filterOfTab) {
        return new TabMirrorSource(tab, account, std::move(filterOfTab), parent);
    };
    return {
        source(tabs.customers,
               [tab = tabs.customers] {
                   return mirror::customersFilter(tab->filterValues(), tab->createdFilter()->range());
               }),
        source(tabs.invoices,
               [tab = tabs.invoices] {
                   return mirror::invoicesFilter(tab->invoiceFilter(), tab->createdFilter()->range());
               }),
        source(tabs.orders,
               [tab = tabs.orders] {
                   return mirror::ordersFilter(tab->orderFilter(), tab->createdFilter()->range());
               }),
        source(tabs.payments,
               [tab = tabs.payments] {
                   return mirror::paymentsFilter(tab->filterValues(), tab->createdFilter()->range());
               }),
        source(tabs.refunds,
               [tab = tabs.refunds] {
                   return mirror::refundsFilter(tab->refundFilter(), tab->createdFilter()->range());
               }),
        source(tabs.promotionCodes,
               [tab = tabs.promotionCodes] {
                   return mirror::promotionCodesFilter(tab->promotionCodeFilter(),
                                                       tab->createdFilter()->range());
               }),
        source(tabs.products,
               [tab = tabs.products] {
                   return mirror::productsFilter(tab->productFilter(), tab->createdFilter()->range());
               }),
    };
}

void showFigureRows(const mirror::Filter &filter, const MirroredTabs &tabs)
{
    // The figures' months begin and end at midnight here, as the created dates' days do.
    const auto dayOf = [](std::optional<qint64> secs) {
        return secs ? QDateTime::fromSecsSinceEpoch(*secs).date() : QDate();
    };
    const queries::CreatedRange created {
        dayOf(filter.createdFrom),
        dayOf(filter.createdUntil ? std::optional(*filter.createdUntil - 1) : std::nullopt)};
    const QString currency = filter.currency.toUpper();
    switch (filter.kind) {
    case objects::Kind::Invoice:
        // Ages count to the second from now: the due dates are the figure's own, not whole days.
        tabs.invoices->filterBy({filter.statuses.value(0),
                                 filter.customer,
                                 filter.currency,
                                 filter.dueFrom,
                                 filter.dueUntil,
                                 {}});
        break;
    case objects::Kind::Payment:
        // Revenue counts the succeeded payments, refunded since or not: Stripe's "succeeded".
        tabs.payments->applyFilterValues(
            {{QStringLiteral("status"), QString::number(int(queries::PaymentStatus::Succeeded))},
             {QStringLiteral("currency"), currency}},
            created);
        break;
    case objects::Kind::Refund:
        tabs.refunds->applyFilterValues(
            {{QStringLiteral("status"), filter.statuses.value(0)}, {QStringLiteral("currency"), currency}},
            created);
        break;
    default:
        break;
    }
}
