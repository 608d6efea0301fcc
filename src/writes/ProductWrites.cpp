#include "src/writes/ProductWrites.h"

#include "src/money/Currency.h"
#include "src/objects/Json.h"
#include "src/writes/InputChecks.h"

#include <QDateTime>

namespace writes {

namespace json = objects::json;

CreateProductWrite::CreateProductWrite(const WriteContext &context, const QString &name,
                                       const QString &description, QObject *parent)
    : Write(context, parent)
    , m_name(name.trimmed())
    , m_description(description.trimmed())
{ }

QString CreateProductWrite::validate() const
{
    if (m_name.isEmpty())
        return tr("Give the product a name; customers see it on invoices and receipts.");
    if (const QString problem = checks::name(m_name, 250); !problem.isEmpty())
        return problem;
    return checks::longText(tr("The description"), m_description, 5000);
}

QString CreateProductWrite::summary() const
{
    return tr("Create product “%1”").arg(m_name);
}

stripe::Request CreateProductWrite::buildRequest(const QString &intentId) const
{
    stripe::Params params {{QStringLiteral("name"), m_name},
                           {QStringLiteral("metadata"), intentMetadata(intentId)}};
    if (!m_description.isEmpty())
        params.insert(QStringLiteral("description"), m_description);
    return stripe::Request::post(QStringLiteral("/v1/products"), params);
}

WriteCheck CreateProductWrite::buildCheck(const QString &) const
{
    WriteCheck check;
    check.kind = WriteCheck::Kind::ListHasIntent;
    check.path = QStringLiteral("/v1/products");
    check.params = {{QStringLiteral("created"),
                     QVariantMap {{QStringLiteral("gte"), QDateTime::currentSecsSinceEpoch() - 300}}}};
    return check;
}

CreatePriceWrite::CreatePriceWrite(const WriteContext &context, const QJsonObject &product,
                                   const money::Money &unitAmount, const QString &nickname, QObject *parent)
    : Write(context, parent)
    , m_product(product)
    , m_unitAmount(unitAmount)
    , m_nickname(nickname.trimmed())
{ }

QString CreatePriceWrite::target() const
{
    return json::string(m_product, u"id");
}

QString CreatePriceWrite::validate() const
{
    if (const QString problem = checks::id(target(), objects::Kind::Product); !problem.isEmpty())
        return problem;
    if (!json::boolean(m_product, u"active"))
        return tr("This product is archived; new prices go on active products.");
    if (!money::Currency::isKnown(m_unitAmount.currencyCode()))
        return tr("Choose the price's currency.");
    if (m_unitAmount.minorUnits() <= 0)
        return tr("Enter the price's amount.");
    return checks::longText(tr("The nickname"), m_nickname, 5000);
}

QString CreatePriceWrite::summary() const
{
    return tr("Create a price of %1 for “%2”").arg(m_unitAmount.format(), json::string(m_product, u"name"));
}

stripe::Request CreatePriceWrite::buildRequest(const QString &intentId) const
{
    stripe::Params params {{QStringLiteral("product"), target()},
                           {QStringLiteral("unit_amount"), m_unitAmount.minorUnits()},
                           {QStringLiteral("currency"), m_unitAmount.currencyCode().toLower()},
                           {QStringLiteral("metadata"), intentMetadata(intentId)}};
    if (!m_nickname.isEmpty())
        params.insert(QStringLiteral("nickname"), m_nickname);
    return stripe::Request::post(QStringLiteral("/v1/prices"), params);
}

WriteCheck CreatePriceWrite::buildCheck(const QString &) const
{
    WriteCheck check;
    check.kind = WriteCheck::Kind::ListHasIntent;
    check.path = QStringLiteral("/v1/prices");
    check.params = {{QStringLiteral("product"), target()}};
    return check;
}

} // namespace writes
