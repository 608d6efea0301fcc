#pragma once

#include "src/writes/Write.h"

#include <QJsonObject>

namespace writes {

// A product: what is sold. Its prices come separately (CreatePriceWrite).
class CreateProductWrite : public Write
{
    Q_OBJECT

public:
    CreateProductWrite(const WriteContext &context, const QString &name, const QString &description,
                       QObject *parent = nullptr);

    QString validate() const override;
    QString summary() const override;

protected:
    QString writeName() const override { return QStringLiteral("product.create"); }
    QString target() const override { return m_name; }
    stripe::Request buildRequest(const QString &intentId) const override;
    WriteCheck buildCheck(const QString &intentId) const override;

private:
    QString m_name;
    QString m_description;
};

// A one-time price for a product: what the old SKU was.
class CreatePriceWrite : public Write
{
    Q_OBJECT

public:
    CreatePriceWrite(const WriteContext &context, const QJsonObject &product, const money::Money &unitAmount,
                     const QString &nickname, QObject *parent = nullptr);

    QString validate() const override;
    QString summary() const override;

protected:
    QString writeName() const override { return QStringLiteral("price.create"); }
    QString target() const override;
    std::optional<money::Money> amount() const override { return m_unitAmount; }
    stripe::Request buildRequest(const QString &intentId) const override;
    WriteCheck buildCheck(const QString &intentId) const override;

private:
    QJsonObject m_product;
    money::Money m_unitAmount;
    QString m_nickname;
};

} // namespace writes
