#pragma once

#include "src/writes/Write.h"

#include <QJsonObject>
#include <QVariantMap>

namespace writes {

// What a person fills in for a customer.
struct CustomerFields
{
    QString email;
    QString name;
    QString phone;
    QString description;
    QVariantMap metadata; // the user's own entries

    // The checks both creating and editing make; empty when the fields can be sent.
    QString validate() const;
    static CustomerFields fromCustomer(const QJsonObject &customer);
};

class CreateCustomerWrite : public Write
{
    Q_OBJECT

public:
    CreateCustomerWrite(const WriteContext &context, const CustomerFields &fields, QObject *parent = nullptr);

    QString validate() const override;
    QString summary() const override;

protected:
    QString writeName() const override { return QStringLiteral("customer.create"); }
    QString target() const override { return m_fields.email.trimmed(); }
    stripe::Request buildRequest(const QString &intentId) const override;
    WriteCheck buildCheck(const QString &intentId) const override;

private:
    CustomerFields m_fields;
};

// Sends only what changed; a field cleared by the user is sent empty, Stripe's way to unset it.
class UpdateCustomerWrite : public Write
{
    Q_OBJECT

public:
    UpdateCustomerWrite(const WriteContext &context, const QJsonObject &customer,
                        const CustomerFields &fields, QObject *parent = nullptr);

    QString validate() const override;
    QString summary() const override;
    // The parameters that differ from the customer as loaded.
    stripe::Params changes() const;

protected:
    QString writeName() const override { return QStringLiteral("customer.update"); }
    QString target() const override;
    stripe::Request buildRequest(const QString &intentId) const override;
    WriteCheck buildCheck(const QString &intentId) const override;

private:
    QJsonObject m_customer;
    CustomerFields m_fields;
};

class DeleteCustomerWrite : public Write
{
    Q_OBJECT

public:
    DeleteCustomerWrite(const WriteContext &context, const QJsonObject &customer, QObject *parent = nullptr);

    QString validate() const override;
    QString summary() const override;

protected:
    QString writeName() const override { return QStringLiteral("customer.delete"); }
    QString target() const override;
    stripe::Request buildRequest(const QString &intentId) const override;
    WriteCheck buildCheck(const QString &intentId) const override;

private:
    QJsonObject m_customer;
};

} // namespace writes
