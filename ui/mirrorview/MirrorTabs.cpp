#include "mirrorview/MirrorTabs.h"

#include "customers/CustomersTab.h"
#include "invoices/InvoicesTab.h"
#include "mirror/TabFilters.h"
#include "mirrorview/TabMirrorSource.h"
#include "payments/PaymentsTab.h"
#include "widgets/DateRangeFilter.h"

QList<TabMirrorSource *> readTabsFromMirror(mirror::AccountMirror *account, CustomersTab *customers,
                                            InvoicesTab *invoices, PaymentsTab *payments, QObject *parent)
{
    // Each filter is read when a window is, so a changed filter needs nothing more.
    return {
        new TabMirrorSource(
            customers, account,
            [customers] {
                return mirror::customersFilter(customers->filterValues(),
                                               customers->createdFilter()->range());
            },
            parent),
        new TabMirrorSource(
            invoices, account,
            [invoices] {
                return mirror::invoicesFilter(invoices->filterValues(), invoices->createdFilter()->range());
            },
            parent),
        new TabMirrorSource(
            payments, account,
            [payments] {
                return mirror::paymentsFilter(payments->filterValues(), payments->createdFilter()->range());
            },
            parent),
    };
}
