#pragma once

#include "src/objects/Kind.h"
#include "src/stripe/Client.h"
#include "src/stripe/Error.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace stripe {
class Reply;
} // namespace stripe

namespace records {

// Finds what a person pasted into "Go to": any Stripe id (cus_, in_, ch_, pi_, re_, promo_,
// prod_, price_, pm_, ii_...), a coupon id, or an email (the customer who has it, through the
// list's exact email filter), and says which tab shows it and with which record. Ids of things that have no
// tab of their own lead to their owner: a price to its product, a payment method to its customer, an invoice
// item to its invoice.
class Locator : public QObject
{
    Q_OBJECT

public:
    explicit Locator(stripe::Client *client, QObject *parent = nullptr);

    void locate(const QString &input);
    void cancel();

signals:
    // The tab's kind and the record to show there.
    void found(objects::Kind tab, const QJsonObject &object);
    // An email that several customers have: the Customers tab should list them.
    void severalCustomers(const QString &email, int count);
    void notFound(const QString &message);

private:
    void fetch(objects::Kind kind, const QString &id, std::function<void(const QJsonObject &)> then);
    void fail(const QString &text, const stripe::Error &error);
    void findEmail(const QString &email);

    QPointer<stripe::Client> m_client;
    QPointer<stripe::Reply> m_reply;
    QString m_text;
};

} // namespace records
