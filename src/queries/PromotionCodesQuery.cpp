#include "src/queries/PromotionCodesQuery.h"

#include "src/objects/Json.h"
#include "src/queries/CopySearch.h"

#include <QCoreApplication>

namespace queries {

// Written unqualified where a function returns one: lupdate loses the namespace of a definition
// whose return type names another, and would file the strings below under no context.
using records::ListQuery;

namespace {

// lupdate files a string under the class its tr() is called through, so the calls name this one;
// it translates in the context the program has always asked for.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(queries::PromotionCodesQuery)
};

} // namespace

ListQuery promotionCodesQuery(const PromotionCodeFilter &filter)
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
        query.emptyText = Text::tr("No promotion codes match these filters.");
    } else {
        query.keep = [part](const QJsonObject &code) {
            return objects::json::string(code, u"code").contains(part, Qt::CaseInsensitive);
        };
        query.emptyText = Text::tr("No promotion code contains “%1”.").arg(part);
        query.footnote = Text::tr("Codes containing “%1”, matched by Paydesk over Stripe's list.").arg(part);
    }
    searchInCopyOnly(query, objects::Kind::PromotionCode, filter.text);
    return query;
}

} // namespace queries
