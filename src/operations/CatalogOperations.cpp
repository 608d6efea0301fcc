#include "operations/CatalogOperations.h"

#include "money/Currency.h"
#include "operations/InputChecks.h"
#include "records/Json.h"

#include <QDateTime>

namespace operations {

namespace json = records::json;

CreateProductOperation::CreateProductOperation(const OperationContext &context, const QString &name,
                                               const QString &description, QObject *parent)
    : Operation(context, parent)
    , m_name(name.trimmed())
    , m_description(description.trimmed())
{ }

QString CreateProductOperation::validate() const
{
    if (m_name.isEmpty())
        return tr("Give the product a name; customers see it on invoices and receipts.");
    if (const QString problem = checks::name(m_name, 250); !problem.isEmpty())
        return problem;
    return checks::longText(tr("The description"), m_description, 5000);
}

QString CreateProductOperation::summary() const
{
    return tr("Create product “%1”").arg(m_name);
}

stripe::Request CreateProductOperation::buildRequest(const QString &intentId) const
{
    stripe::Params params {{QStringLiteral("name"), m_name},
                           {QStringLiteral("metadata"), intentMetadata(intentId)}};
    if (!m_description.isEmpty())
        params.insert(QStringLiteral("description"), m_description);
    return stripe::Request::post(QStringLiteral("/v1/products"), params);
}

WriteCheck CreateProductOperation::buildCheck(const QString &) const
{
    WriteCheck check;
    check.kind = WriteCheck::Kind::ListHasIntent;
    check.path = QStringLiteral("/v1/products");
    check.params = {{QStringLiteral("created"),
                     QVariantMap {{QStringLiteral("gte"), QDateTime::currentSecsSinceEpoch() - 300}}}};
    return check;
}

CreatePriceOperation::CreatePriceOperation(const OperationContext &context, const QJsonObject &product,
                                           const money::Money &unitAmount, const QString &nickname,
                                           QObject *parent)
    : Operation(context, parent)
    , m_product(product)
    , m_unitAmount(unitAmount)
    , m_nickname(nickname.trimmed())
{ }

QString CreatePriceOperation::target() const
{
    return json::string(m_product, u"id");
}

QString CreatePriceOperation::validate() const
{
    if (const QString problem = checks::id(target(), QStringLiteral("prod_"), tr("product"));
        !problem.isEmpty())
        return problem;
    if (!json::boolean(m_product, u"active"))
        return tr("This product is archived; new prices go on active products.");
    if (!money::Currency::isKnown(m_unitAmount.currencyCode()))
        return tr("Choose the price's currency.");
    if (m_unitAmount.minorUnits() <= 0)
        return tr("Enter the price's amount.");
    return checks::longText(tr("The nickname"), m_nickname, 5000);
}

QString CreatePriceOperation::summary() const
{
    return tr("Create a price of %1 for “%2”").arg(m_unitAmount.format(), json::string(m_product, u"name"));
}

stripe::Request CreatePriceOperation::buildRequest(const QString &intentId) const
{
    stripe::Params params {{QStringLiteral("product"), target()},
                           {QStringLiteral("unit_amount"), m_unitAmount.minorUnits()},
                           {QStringLiteral("currency"), m_unitAmount.currencyCode().toLower()},
                           {QStringLiteral("metadata"), intentMetadata(intentId)}};
    if (!m_nickname.isEmpty())
        params.insert(QStringLiteral("nickname"), m_nickname);
    return stripe::Request::post(QStringLiteral("/v1/prices"), params);
}

WriteCheck CreatePriceOperation::buildCheck(const QString &) const
{
    WriteCheck check;
    check.kind = WriteCheck::Kind::ListHasIntent;
    check.path = QStringLiteral("/v1/prices");
    check.params = {{QStringLiteral("product"), target()}};
    return check;
}

} // namespace operations
