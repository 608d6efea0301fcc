#include "src/sandbox/Lists.h"
#include "src/sandbox/Payments.h"
#include "src/sandbox/Resources.h"
#include "src/sandbox/Routes.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace sandbox {

namespace {

using namespace resources;

const QString coupons = QStringLiteral("coupons");
const QString codes = QStringLiteral("promotion_codes");

// A coupon is valid until redeem_by passes or it is used max_redemptions times.
bool isValid(const QJsonObject &coupon, qint64 now)
{
    const QJsonValue redeemBy = coupon.value(QLatin1String("redeem_by"));
    const QJsonValue max = coupon.value(QLatin1String("max_redemptions"));
    return (redeemBy.isNull() || redeemBy.toInteger() > now)
        && (max.isNull() || coupon.value(QLatin1String("times_redeemed")).toInteger() < max.toInteger());
}

QJsonObject withValidity(QJsonObject coupon, qint64 now)
{
    coupon.insert(QStringLiteral("valid"), isValid(coupon, now));
    return coupon;
}

Reply listCoupons(Call &call)
{
    return lists::page(call, call.store->collection(coupons), QStringLiteral("/v1/coupons"),
                       lists::createdFilter(call));
}

Reply createCoupon(Call &call)
{
    const bool percent = call.has(QStringLiteral("percent_off"));
    const bool amount = call.has(QStringLiteral("amount_off"));
    if (percent == amount)
        return Reply::invalid(
            QStringLiteral("You must specify either `percent_off` or `amount_off` (but not both)."),
            QStringLiteral("percent_off"));
    if (amount && !call.has(QStringLiteral("currency")))
        return Reply::invalid(QStringLiteral("You must specify `currency` with `amount_off`."),
                              QStringLiteral("currency"));
    QJsonObject coupon = create(call, QStringLiteral("coupon"), QString());
    const QString id
        = call.has(QStringLiteral("id")) ? call.string(QStringLiteral("id")) : newId(QString()).left(8);
    if (call.store->collection(coupons).find(id))
        return Reply::invalid(QStringLiteral("Coupon already exists."), QStringLiteral("id"),
                              QStringLiteral("resource_already_exists"));
    coupon.insert(QStringLiteral("id"), id);
    coupon.insert(QStringLiteral("percent_off"),
                  percent ? QJsonValue(call.string(QStringLiteral("percent_off")).toDouble())
                          : QJsonValue(QJsonValue::Null));
    coupon.insert(QStringLiteral("amount_off"),
                  amount ? QJsonValue(*call.integer(QStringLiteral("amount_off")))
                         : QJsonValue(QJsonValue::Null));
    coupon.insert(QStringLiteral("currency"),
                  amount ? QJsonValue(call.string(QStringLiteral("currency")).toLower())
                         : QJsonValue(QJsonValue::Null));
    coupon.insert(QStringLiteral("duration"),
                  call.has(QStringLiteral("duration")) ? call.string(QStringLiteral("duration"))
                                                       : QStringLiteral("once"));
    coupon.insert(QStringLiteral("duration_in_months"),
                  call.has(QStringLiteral("duration_in_months"))
                      ? QJsonValue(*call.integer(QStringLiteral("duration_in_months")))
                      : QJsonValue(QJsonValue::Null));
    coupon.insert(QStringLiteral("max_redemptions"),
                  call.has(QStringLiteral("max_redemptions"))
                      ? QJsonValue(*call.integer(QStringLiteral("max_redemptions")))
                      : QJsonValue(QJsonValue::Null));
    coupon.insert(QStringLiteral("redeem_by"),
                  call.has(QStringLiteral("redeem_by"))
                      ? QJsonValue(*call.integer(QStringLiteral("redeem_by")))
                      : QJsonValue(QJsonValue::Null));
    coupon.insert(QStringLiteral("times_redeemed"), 0);
    copyStrings(call, coupon, {QStringLiteral("name")});
    if (auto error = applyMetadata(call, coupon))
        return *error;
    return save(call, coupons, withValidity(coupon, call.now), true);
}

Reply retrieveCoupon(Call &call)
{
    const QString id = call.pathParam("coupon");
    const QJsonObject *coupon = findLive(call, coupons, id);
    if (!coupon)
        return Reply::missing(QStringLiteral("coupon"), id, QStringLiteral("id"));
    return Reply::ok(withValidity(*coupon, call.now));
}

Reply listCodes(Call &call)
{
    // Codes compare case-insensitively (docs.stripe.com/api/promotion_codes/list: code).
    lists::Predicate code;
    if (call.has(QStringLiteral("code"))) {
        const QString wanted = call.string(QStringLiteral("code"));
        code = [wanted](const QJsonObject &p) {
            return p.value(QLatin1String("code")).toString().compare(wanted, Qt::CaseInsensitive) == 0;
        };
    }
    lists::Predicate coupon;
    if (call.has(QStringLiteral("coupon"))) {
        const QString wanted = call.string(QStringLiteral("coupon"));
        coupon = [wanted](const QJsonObject &p) {
            const QJsonValue value
                = p.value(QLatin1String("promotion")).toObject().value(QLatin1String("coupon"));
            return (value.isObject() ? value.toObject().value(QLatin1String("id")).toString()
                                     : value.toString())
                == wanted;
        };
    }
    return lists::page(
        call, call.store->collection(codes), QStringLiteral("/v1/promotion_codes"),
        lists::all({lists::createdFilter(call), lists::fieldEquals(call, QStringLiteral("active")),
                    lists::fieldEquals(call, QStringLiteral("customer")), code, coupon}));
}

bool codeInUse(const Call &call, const QString &code, const QString &exceptId)
{
    const Collection &all = call.store->collection(codes);
    for (int i = 0; i < all.size(); ++i) {
        const QJsonObject existing = all.at(i);
        if (existing.value(QLatin1String("active")).toBool()
            && existing.value(QLatin1String("id")).toString() != exceptId
            && existing.value(QLatin1String("code")).toString().compare(code, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

Reply createCode(Call &call)
{
    const QVariantMap promotion = call.map(QStringLiteral("promotion"));
    const QString couponId = promotion.value(QStringLiteral("coupon")).toString();
    if (couponId.isEmpty())
        return Reply::invalid(QStringLiteral("Missing required param: promotion[coupon]."),
                              QStringLiteral("promotion[coupon]"), QStringLiteral("parameter_missing"));
    const QJsonObject *coupon = findLive(call, coupons, couponId);
    if (!coupon)
        return Reply::missing(QStringLiteral("coupon"), couponId, QStringLiteral("promotion[coupon]"));
    if (!isValid(*coupon, call.now))
        return Reply::invalid(
            QStringLiteral("Coupon %1 is no longer valid: it can no longer be redeemed.").arg(couponId),
            QStringLiteral("promotion[coupon]"), QStringLiteral("coupon_expired"));
    QString code = call.string(QStringLiteral("code"));
    if (!call.has(QStringLiteral("code")))
        code = newId(QString()).left(8).toUpper();
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9-]{1,500}$"));
    if (!shape.match(code).hasMatch())
        return Reply::invalid(
            QStringLiteral("Invalid code: a promotion code may contain only letters (a-z, A-Z), digits "
                           "(0-9) and dashes (-), up to 500 characters."),
            QStringLiteral("code"));
    if (codeInUse(call, code, {}))
        return Reply::invalid(
            QStringLiteral("An active promotion code with `code: %1` already exists.").arg(code),
            QStringLiteral("code"), QStringLiteral("resource_already_exists"));
    QJsonObject promo = create(call, QStringLiteral("promotion_code"), QStringLiteral("promo_"));
    promo.insert(QStringLiteral("code"), code);
    promo.insert(QStringLiteral("active"), call.boolean(QStringLiteral("active")).value_or(true));
    promo.insert(QStringLiteral("promotion"),
                 QJsonObject {{QStringLiteral("type"), QStringLiteral("coupon")},
                              {QStringLiteral("coupon"), couponId}});
    promo.insert(QStringLiteral("times_redeemed"), 0);
    if (const auto max = call.integer(QStringLiteral("max_redemptions"))) {
        if (*max < 1)
            return Reply::invalid(QStringLiteral("max_redemptions must be a positive integer."),
                                  QStringLiteral("max_redemptions"));
        promo.insert(QStringLiteral("max_redemptions"), *max);
    } else {
        promo.insert(QStringLiteral("max_redemptions"), QJsonValue(QJsonValue::Null));
    }
    if (const auto expires = call.integer(QStringLiteral("expires_at"))) {
        if (*expires <= call.now)
            return Reply::invalid(QStringLiteral("expires_at must be in the future."),
                                  QStringLiteral("expires_at"));
        const QJsonValue redeemBy = coupon->value(QLatin1String("redeem_by"));
        if (!redeemBy.isNull() && *expires > redeemBy.toInteger())
            return Reply::invalid(
                QStringLiteral("The promotion code cannot expire after its coupon's redeem_by."),
                QStringLiteral("expires_at"));
        promo.insert(QStringLiteral("expires_at"), *expires);
    } else {
        promo.insert(QStringLiteral("expires_at"), QJsonValue(QJsonValue::Null));
    }
    if (call.has(QStringLiteral("customer"))) {
        const QString customer = call.string(QStringLiteral("customer"));
        if (!findLive(call, QStringLiteral("customers"), customer))
            return Reply::missing(QStringLiteral("customer"), customer, QStringLiteral("customer"));
        promo.insert(QStringLiteral("customer"), customer);
    } else {
        promo.insert(QStringLiteral("customer"), QJsonValue(QJsonValue::Null));
    }
    const QVariantMap restrictions = call.map(QStringLiteral("restrictions"));
    const bool hasMinimum = restrictions.contains(QStringLiteral("minimum_amount"));
    const bool hasMinimumCurrency = restrictions.contains(QStringLiteral("minimum_amount_currency"));
    if (hasMinimum != hasMinimumCurrency)
        return Reply::invalid(
            QStringLiteral(
                "restrictions[minimum_amount] and restrictions[minimum_amount_currency] go together."),
            QStringLiteral("restrictions[minimum_amount_currency]"));
    promo.insert(
        QStringLiteral("restrictions"),
        QJsonObject {{QStringLiteral("first_time_transaction"),
                      restrictions.value(QStringLiteral("first_time_transaction")).toString()
                          == QLatin1String("true")},
                     {QStringLiteral("minimum_amount"),
                      hasMinimum ? QJsonValue(
                          restrictions.value(QStringLiteral("minimum_amount")).toString().toLongLong())
                                 : QJsonValue(QJsonValue::Null)},
                     {QStringLiteral("minimum_amount_currency"),
                      hasMinimum ? QJsonValue(
                          restrictions.value(QStringLiteral("minimum_amount_currency")).toString().toLower())
                                 : QJsonValue(QJsonValue::Null)},
                     {QStringLiteral("currency_options"), QJsonObject()}});
    if (auto error = applyMetadata(call, promo))
        return *error;
    return save(call, codes, promo, true);
}

Reply retrieveCode(Call &call)
{
    return retrieve(call, codes, QStringLiteral("promotion_code"), "promotion_code");
}

Reply updateCode(Call &call)
{
    const QString id = call.pathParam("promotion_code");
    const QJsonObject *found = findLive(call, codes, id);
    if (!found)
        return Reply::missing(QStringLiteral("promotion_code"), id, QStringLiteral("id"));
    QJsonObject promo = *found;
    if (const auto active = call.boolean(QStringLiteral("active"))) {
        if (*active && !promo.value(QLatin1String("active")).toBool()) {
            // Reactivating: the code must still be unique among active ones, its coupon valid.
            if (codeInUse(call, promo.value(QLatin1String("code")).toString(), id))
                return Reply::invalid(
                    QStringLiteral("An active promotion code with `code: %1` already exists.")
                        .arg(promo.value(QLatin1String("code")).toString()),
                    QStringLiteral("active"), QStringLiteral("resource_already_exists"));
            const QString couponId = promo.value(QLatin1String("promotion"))
                                         .toObject()
                                         .value(QLatin1String("coupon"))
                                         .toString();
            const QJsonObject *coupon = findLive(call, coupons, couponId);
            if (!coupon || !isValid(*coupon, call.now))
                return Reply::invalid(
                    QStringLiteral("Coupon %1 is no longer valid, so this code cannot be reactivated.")
                        .arg(couponId),
                    QStringLiteral("active"), QStringLiteral("coupon_expired"));
        }
        promo.insert(QStringLiteral("active"), *active);
    }
    if (auto error = applyMetadata(call, promo))
        return *error;
    return save(call, codes, promo, false);
}

} // namespace

void addPromotionCodeRoutes(Routes &routes)
{
    const QString get = QStringLiteral("GET"), post = QStringLiteral("POST");
    routes.insert(routeKey(get, QStringLiteral("/v1/coupons")), listCoupons);
    routes.insert(routeKey(post, QStringLiteral("/v1/coupons")), createCoupon);
    routes.insert(routeKey(get, QStringLiteral("/v1/coupons/{coupon}")), retrieveCoupon);
    routes.insert(routeKey(get, QStringLiteral("/v1/promotion_codes")), listCodes);
    routes.insert(routeKey(post, QStringLiteral("/v1/promotion_codes")), createCode);
    routes.insert(routeKey(get, QStringLiteral("/v1/promotion_codes/{promotion_code}")), retrieveCode);
    routes.insert(routeKey(post, QStringLiteral("/v1/promotion_codes/{promotion_code}")), updateCode);
}

} // namespace sandbox
