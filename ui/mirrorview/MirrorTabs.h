#pragma once

#include <QList>

class CustomersTab;
class InvoicesTab;
class PaymentsTab;
class QObject;
class TabMirrorSource;

namespace mirror {
class AccountMirror;
} // namespace mirror

// The tabs that read from the account's mirror once it is complete, each with its filters as
// the mirror's (mirror/TabFilters): what finance and support use most. The others read Stripe.
QList<TabMirrorSource *> readTabsFromMirror(mirror::AccountMirror *account, CustomersTab *customers,
                                            InvoicesTab *invoices, PaymentsTab *payments, QObject *parent);
