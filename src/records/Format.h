#pragma once

#include <QDate>
#include <QJsonObject>
#include <QLocale>
#include <QString>

// Stripe fields as text a person reads, in the user's locale. Missing or malformed fields give
// an empty string, never a made-up value.
namespace records::format {

// The amount at amountPath in the currency at currencyPath, e.g. "€12.50".
QString money(const QJsonObject &object, QStringView amountPath, QStringView currencyPath = u"currency",
              const QLocale &locale = QLocale());
// A Unix timestamp as a date ("23/11/2026") or date and time.
QString date(const QJsonObject &object, QStringView path, const QLocale &locale = QLocale());
QString dateTime(const QJsonObject &object, QStringView path, const QLocale &locale = QLocale());

// "Visa •••• 4242" from a card (payment_method.card or charge.payment_method_details.card).
QString card(const QJsonObject &card);
QString cardOfPayment(const QJsonObject &charge);
// "08/2030".
QString cardExpiry(const QJsonObject &card);
// Whether a card's expiry month is over on this day (a card is good to the end of its month).
bool isCardExpired(const QJsonObject &card, const QDate &today);
// A payment method that cannot be charged any more: a card past its expiry month.
bool isExpiredPaymentMethod(const QJsonObject &paymentMethod);
// A customer's balance as Stripe keeps it: positive is owed on the next invoice, negative is
// credit ("$12.00 credit"); zero is nothing to show (empty), in the table and the pane alike.
QString customerBalance(const QJsonObject &customer, const QLocale &locale = QLocale());

// Who an invoice or a payment belongs to: a name, else an email, else the customer id.
QString customerOfInvoice(const QJsonObject &invoice);
QString customerOfPayment(const QJsonObject &charge);
QString customerName(const QJsonObject &customer);

// "20% off", "€5.00 off", with the duration: "20% off once", "10% off for 3 months".
QString couponDiscount(const QJsonObject &coupon, const QLocale &locale = QLocale());

// Stripe's snake_case enum values as words: "requested_by_customer" -> "Requested by customer".
QString words(const QString &snakeCase);
// Why a refund was made, in the reader's language (the reasons Stripe names; any other in words).
QString refundReason(const QString &reason);
// How an invoice is paid: charged to the customer's card, or sent for them to pay.
QString collectionMethod(const QString &method);

} // namespace records::format

namespace records::format {

// A one-line label for choosing a record in a list: "T-shirt — $20.00", "Visa •••• 4242, expires
// 08/2030", "Summer sale — 20% off once", "Jane Doe <jane@example.com>".
QString choiceLabel(const QJsonObject &object);

} // namespace records::format
