#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace objects {

// The kinds of Stripe object Paydesk shows. An Order is Paydesk's word for a PaymentIntent that
// Paydesk created from price line items (Stripe's own Orders API is gone); a Payment is a Charge.
enum class Kind {
    Customer,
    Invoice,
    InvoiceItem,
    InvoiceLine,
    Order,
    PaymentIntent,
    Payment,
    Refund,
    PromotionCode,
    Coupon,
    Product,
    Price,
    PaymentMethod,
};

QString singularName(Kind kind); // "customer"
QString pluralName(Kind kind); // "customers"

// What an id's prefix says it is (cus_ → Customer, ch_ / py_ → Payment, pi_ → PaymentIntent...).
// Coupons have free-form ids, so nothing is a coupon by its prefix.
std::optional<Kind> kindOfId(QStringView id);
// The prefix a kind's ids start with ("cus_"); empty for a coupon, whose id is chosen freely.
QString idPrefix(Kind kind);
// True for text that has the shape of a Stripe id of any known kind.
bool looksLikeStripeId(QStringView text);

// The REST path of one object: "/v1/customers/cus_123". Ids are percent-encoded, since coupon
// ids are free text.
QString objectPath(Kind kind, const QString &id);

// Where the same object opens in the Stripe Dashboard; test-mode objects live under /test/.
QUrl dashboardUrl(Kind kind, const QString &id, bool liveMode);

} // namespace objects
