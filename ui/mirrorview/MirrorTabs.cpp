#include "ui/mirrorview/MirrorTabs.h"

#include "src/mirror/TabFilters.h"
#include "ui/customers/CustomersTab.h"
#include "ui/invoices/InvoicesTab.h"
#include "ui/mirrorview/TabMirrorSource.h"
#include "ui/payments/PaymentsTab.h"
#include "ui/widgets/DateRangeFilter.h"

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
