#include "queries/PromotionCodesQuery.h"

#include "records/Json.h"

#include <QCoreApplication>

namespace queries {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("queries::PromotionCodesQuery", text);
}

} // namespace

records::ListQuery promotionCodesQuery(const PromotionCodeFilter &filter)
{
    records::ListQuery query;
    query.path = QStringLiteral("/v1/promotion_codes");
    // The coupon names the discount, and a code kept for one customer names them: both in the
    // same request as the codes.
    query.params.insert(
        QStringLiteral("expand"),
        QStringList {QStringLiteral("data.promotion.coupon"), QStringLiteral("data.customer")});
    if (filter.active)
        query.params.insert(QStringLiteral("active"), *filter.active);
    if (!filter.coupon.isEmpty())
        query.params.insert(QStringLiteral("coupon"), filter.coupon);
    const QString part = filter.codePart.trimmed();
    if (part.isEmpty()) {
        query.emptyText = tr("No promotion codes match these filters.");
        return query;
    }
    query.keep = [part](const QJsonObject &code) {
        return records::json::string(code, u"code").contains(part, Qt::CaseInsensitive);
    };
    query.emptyText = tr("No promotion code contains “%1”.").arg(part);
    query.footnote = tr("Codes containing “%1”, matched by Paydesk over Stripe's list.").arg(part);
    return query;
}

} // namespace queries
