#include "src/objects/Kind.h"
#include "src/stripe/ApiPath.h"

#include <QCoreApplication>

namespace objects {

namespace {

struct KindInfo
{
    Kind kind;
    const char *singular;
    const char *plural;
    const char *collection; // the /v1/<collection> segment
    const char *dashboard; // the dashboard's segment, empty when the object has no page
};

// clang-format off
constexpr KindInfo kinds[] = {
    {Kind::Customer,      QT_TRANSLATE_NOOP("objects", "customer"),        QT_TRANSLATE_NOOP("objects", "customers"),        "customers",        "customers"},
    {Kind::Invoice,       QT_TRANSLATE_NOOP("objects", "invoice"),         QT_TRANSLATE_NOOP("objects", "invoices"),         "invoices",         "invoices"},
    {Kind::InvoiceItem,   QT_TRANSLATE_NOOP("objects", "invoice item"),    QT_TRANSLATE_NOOP("objects", "invoice items"),    "invoiceitems",     ""},
    {Kind::InvoiceLine,   QT_TRANSLATE_NOOP("objects", "invoice line"),    QT_TRANSLATE_NOOP("objects", "invoice lines"),    "",                 ""},
    {Kind::Order,         QT_TRANSLATE_NOOP("objects", "order"),           QT_TRANSLATE_NOOP("objects", "orders"),           "payment_intents",  "payments"},
    {Kind::PaymentIntent, QT_TRANSLATE_NOOP("objects", "payment intent"),  QT_TRANSLATE_NOOP("objects", "payment intents"),  "payment_intents",  "payments"},
    {Kind::Payment,       QT_TRANSLATE_NOOP("objects", "payment"),         QT_TRANSLATE_NOOP("objects", "payments"),         "charges",          "payments"},
    {Kind::Refund,        QT_TRANSLATE_NOOP("objects", "refund"),          QT_TRANSLATE_NOOP("objects", "refunds"),          "refunds",          "refunds"},
    {Kind::PromotionCode, QT_TRANSLATE_NOOP("objects", "promotion code"),  QT_TRANSLATE_NOOP("objects", "promotion codes"),  "promotion_codes",  "promotion_codes"},
    {Kind::Coupon,        QT_TRANSLATE_NOOP("objects", "coupon"),          QT_TRANSLATE_NOOP("objects", "coupons"),          "coupons",          "coupons"},
    {Kind::Product,       QT_TRANSLATE_NOOP("objects", "product"),         QT_TRANSLATE_NOOP("objects", "products"),         "products",         "products"},
    {Kind::Price,         QT_TRANSLATE_NOOP("objects", "price"),           QT_TRANSLATE_NOOP("objects", "prices"),           "prices",           "prices"},
    {Kind::PaymentMethod, QT_TRANSLATE_NOOP("objects", "payment method"),  QT_TRANSLATE_NOOP("objects", "payment methods"),  "payment_methods",  ""},
};

// Prefixes from Stripe's object ids (docs.stripe.com/api), the only table of them in the app: legacy
// card_ ids are payment methods too, and py_ charges are non-card payments. A kind's first entry is
// the prefix its ids are described with ("customer IDs look like cus_…").
constexpr struct { const char *prefix; Kind kind; } prefixes[] = {
    {"cus_", Kind::Customer},      {"in_", Kind::Invoice},        {"ii_", Kind::InvoiceItem},
    {"il_", Kind::InvoiceLine},    {"pi_", Kind::PaymentIntent},  {"ch_", Kind::Payment},
    {"py_", Kind::Payment},        {"re_", Kind::Refund},         {"pyr_", Kind::Refund},
    {"promo_", Kind::PromotionCode}, {"prod_", Kind::Product},    {"price_", Kind::Price},
    {"pm_", Kind::PaymentMethod},  {"card_", Kind::PaymentMethod},
};
// clang-format on

const KindInfo &info(Kind kind)
{
    for (const KindInfo &entry : kinds)
        if (entry.kind == kind)
            return entry;
    return kinds[0];
}

} // namespace

QString singularName(Kind kind)
{
    return QCoreApplication::translate("objects", info(kind).singular);
}

QString pluralName(Kind kind)
{
    return QCoreApplication::translate("objects", info(kind).plural);
}

std::optional<Kind> kindOfId(QStringView id)
{
    for (const auto &entry : prefixes) {
        const QLatin1String prefix(entry.prefix);
        if (id.startsWith(prefix) && id.size() > prefix.size())
            return entry.kind;
    }
    return std::nullopt;
}

QString idPrefix(Kind kind)
{
    // An order is a PaymentIntent (see Kind): its ids are pi_ ids.
    const Kind shaped = kind == Kind::Order ? Kind::PaymentIntent : kind;
    for (const auto &entry : prefixes)
        if (entry.kind == shaped)
            return QLatin1String(entry.prefix);
    return {};
}

bool looksLikeStripeId(QStringView text)
{
    return kindOfId(text).has_value() && stripe::isIdShaped(text);
}

QString objectPath(Kind kind, const QString &id)
{
    const QString pattern
        = QLatin1String("/v1/") + QLatin1String(info(kind).collection) + QLatin1String("/%1");
    // A coupon's id is chosen by whoever made it; every other object's is made by Stripe.
    return stripe::apiPath(pattern, {id},
                           kind == Kind::Coupon ? stripe::IdOrigin::Chosen : stripe::IdOrigin::Stripe);
}

QUrl dashboardUrl(Kind kind, const QString &id, bool liveMode)
{
    const QLatin1String segment(info(kind).dashboard);
    if (segment.isEmpty())
        return {};
    QUrl url(QStringLiteral("https://dashboard.stripe.com"));
    url.setPath(QStringLiteral("%1/%2/%3").arg(liveMode ? QString() : QStringLiteral("/test"), segment, id));
    return url;
}

} // namespace objects
