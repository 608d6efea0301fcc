#pragma once

#include "src/objects/Kind.h"
#include "src/stripe/ListObject.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace mirror {

// What a tab asks of the mirror: one kind, narrowed by any of these (all must hold). Every
// filter runs over all rows in the store at once.
struct Filter
{
    // Orders are the payment intents Paydesk created (metadata paydesk_order=1); PaymentIntent
    // is every payment intent.
    objects::Kind kind = objects::Kind::Customer;
    // Any of these values of the kind's status column. Stripe's statuses, except where a tab
    // shows more: a charge is "refunded" or "partially_refunded" rather than "succeeded" once
    // money went back; products, prices and promotion codes are "active" / "inactive", coupons
    // "valid" / "invalid", invoice items "pending" / "invoiced", customers "delinquent" /
    // "current".
    QStringList statuses;
    QString currency; // "usd"
    // On the kind's main amount (invoices: amount_due; charges, refunds, orders, items: amount;
    // customers: balance; prices: unit_amount; coupons: amount_off), in minor units, inclusive.
    std::optional<qint64> minAmount;
    std::optional<qint64> maxAmount;
    // Unix seconds, from inclusive, until exclusive.
    std::optional<qint64> createdFrom;
    std::optional<qint64> createdUntil;
    // Invoices: when payment was due (the due date, or for an invoice charged automatically,
    // which has none, its creation).
    std::optional<qint64> dueFrom;
    std::optional<qint64> dueUntil;
    // Payments: whether a dispute was opened; whether the money was captured (false: an
    // authorisation only). Stripe's own fields, which the status cannot say.
    std::optional<bool> disputed;
    std::optional<bool> captured;
    QString customer; // cus_...: the customer's own objects (on Customers: that customer)
    // The object these hang off: an invoice's lines and items, a product's prices, a charge's
    // refunds, a payment intent's charges, a coupon's promotion codes.
    QString parent;
    // Promotion codes: part of the code, in any case.
    QString codePart;
    // The search box: every word (or "quoted phrase") must appear, in any case, anywhere in
    // the object's names, emails, descriptions, metadata values, ids, numbers or card last 4.
    QString text;
};

// A sort by one column, with the id as the tie-breaker so that the order is total and windows
// never skip or repeat a row. Empty values sort as the smallest.
struct Sort
{
    Sort() = default;
    Sort(QString sortColumn, Qt::SortOrder sortOrder, bool groupByCurrency = false)
        : column(std::move(sortColumn))
        , order(sortOrder)
        , byCurrency(groupByCurrency)
    { }

    QString column = QStringLiteral("created"); // one of Reader::sortColumns(kind)
    Qt::SortOrder order = Qt::DescendingOrder;
    // Amounts of several currencies, in records::moneyLessThan's order: each currency's rows
    // together, currencies A to Z in both directions, each currency's rows by the column; rows
    // without the amount or a currency last (among themselves by the column). CurrencySort.h.
    bool byCurrency = false;
};

// Where a row sits in a sort: its sort value and id. The next window starts after it.
struct RowKey
{
    RowKey() = default;
    RowKey(QVariant sortValue, QString rowId, QString rowCurrency = {})
        : value(std::move(sortValue))
        , id(std::move(rowId))
        , currency(std::move(rowCurrency))
    { }

    QVariant value;
    QString id;
    // In a sort by currency: the row's currency; empty for the rows without one or without the
    // amount, which come last.
    QString currency;

    bool isValid() const { return !id.isEmpty(); }
};

struct Row
{
    stripe::ListObject object; // the object's JSON, built into a QJsonObject on first read
    RowKey key;
};

// The rows a filter keeps, counted and summed in one currency.
struct CurrencyTotal
{
    // Empty for kinds without one (promotion codes) and rows without one; a product's is its
    // default price's (LinkedColumns.h).
    QString currency;
    qint64 count = 0;
    QMap<QString, qint64> sums; // the kind's amounts (invoices: total, amount_due, ...)
};

} // namespace mirror
