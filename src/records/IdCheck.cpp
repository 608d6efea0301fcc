#include "records/IdCheck.h"
#include "stripe/ApiPath.h"

#include <QCoreApplication>

namespace records {

namespace {

QString prefixFor(Kind kind)
{
    switch (kind) {
    case Kind::Customer:
        return QStringLiteral("cus_");
    case Kind::Invoice:
        return QStringLiteral("in_");
    case Kind::Payment:
        return QStringLiteral("ch_");
    case Kind::PaymentIntent:
    case Kind::Order:
        return QStringLiteral("pi_");
    case Kind::Refund:
        return QStringLiteral("re_");
    case Kind::PromotionCode:
        return QStringLiteral("promo_");
    case Kind::Product:
        return QStringLiteral("prod_");
    case Kind::Price:
        return QStringLiteral("price_");
    case Kind::PaymentMethod:
        return QStringLiteral("pm_");
    default:
        return {};
    }
}

} // namespace

QString checkId(const QString &input, Kind expected)
{
    const QString text = input.trimmed();
    const auto kind = kindOfId(text);
    const bool sameKind = kind == expected || (expected == Kind::Order && kind == Kind::PaymentIntent);
    if (sameKind && stripe::isIdShaped(text))
        return {};
    const QString name = singularName(expected);
    // What was typed is quoted back, but never a pasted page of text.
    const QString quoted = text.size() > 40 ? text.left(40) + QChar(u'…') : text;
    if (kind && !sameKind)
        return QCoreApplication::translate("records", "“%1” is a %2 ID; enter a %3 ID, like %4….")
            .arg(quoted, singularName(*kind), name, prefixFor(expected));
    return QCoreApplication::translate("records", "“%1” is not a %2 ID; %2 IDs look like %3….")
        .arg(quoted, name, prefixFor(expected));
}

} // namespace records
