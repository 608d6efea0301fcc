#pragma once

#include <QList>

class CustomersTab;
class InvoicesTab;
class OrdersTab;
class PaymentsTab;
class ProductsTab;
class PromotionCodesTab;
class QObject;
class RefundsTab;
class TabMirrorSource;

namespace mirror {
class AccountMirror;
struct Filter;
} // namespace mirror

// The record tabs, each of which reads from the account's mirror once it is complete for its
// kind (and for the kinds its rows name), with its filters as the mirror's (mirror/TabFilters).
struct MirroredTabs
{
    CustomersTab *customers = nullptr;
    InvoicesTab *invoices = nullptr;
    OrdersTab *orders = nullptr;
    PaymentsTab *payments = nullptr;
    RefundsTab *refunds = nullptr;
    PromotionCodesTab *promotionCodes = nullptr;
    ProductsTab *products = nullptr;
};

QList<TabMirrorSource *> readTabsFromMirror(mirror::AccountMirror *account, const MirroredTabs &tabs,
                                            QObject *parent);

// Shows in its tab exactly the rows of an Overview figure's Filter (open invoices of a currency
// and age or customer; succeeded payments or refunds of a month and currency), as the tab's own
// filters, which read the mirror or Stripe alike. The tab's sort and columns stay.
void showFigureRows(const mirror::Filter &filter, const MirroredTabs &tabs);
