#pragma once

#include "operations/Operation.h"

#include <QJsonObject>

namespace operations {

// A product: what is sold. Its prices come separately (CreatePriceOperation).
class CreateProductOperation : public Operation
{
    Q_OBJECT

public:
    CreateProductOperation(const OperationContext &context, const QString &name, const QString &description,
                           QObject *parent = nullptr);

    QString validate() const override;
    QString summary() const override;

protected:
    QString operationName() const override { return QStringLiteral("product.create"); }
    QString target() const override { return m_name; }
    stripe::Request buildRequest(const QString &intentId) const override;
    WriteCheck buildCheck(const QString &intentId) const override;

private:
    QString m_name;
    QString m_description;
};

// A one-time price for a product: what the old SKU was.
class CreatePriceOperation : public Operation
{
    Q_OBJECT

public:
    CreatePriceOperation(const OperationContext &context, const QJsonObject &product,
                         const money::Money &unitAmount, const QString &nickname, QObject *parent = nullptr);

    QString validate() const override;
    QString summary() const override;

protected:
    QString operationName() const override { return QStringLiteral("price.create"); }
    QString target() const override;
    std::optional<money::Money> amount() const override { return m_unitAmount; }
    stripe::Request buildRequest(const QString &intentId) const override;
    WriteCheck buildCheck(const QString &intentId) const override;

private:
    QJsonObject m_product;
    money::Money m_unitAmount;
    QString m_nickname;
};

} // namespace operations
