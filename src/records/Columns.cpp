#include "src/objects/Json.h"
#include "src/objects/Kind.h"
#include "src/records/Column.h"
#include "src/records/Format.h"

#include <QCoreApplication>
#include <QDateTime>

namespace records {

namespace {

// lupdate files a string under the class its tr() is called through, so the calls name this one;
// it translates in the context the program has always asked for.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(records::Columns)
};

Column textColumn(const QString &id, const QString &title, std::function<QString(const QJsonObject &)> text)
{
    Column column;
    column.id = id;
    column.title = title;
    column.text = std::move(text);
    return column;
}

Column fieldColumn(const QString &id, const QString &title, const QString &path)
{
    return textColumn(id, title,
                      [path](const QJsonObject &object) { return objects::json::string(object, path); });
}

Column moneyColumn(const QString &id, const QString &title, const QString &amountPath,
                   const QString &currencyPath = QStringLiteral("currency"))
{
    Column column = textColumn(id, title, [amountPath, currencyPath](const QJsonObject &object) {
        return format::money(object, amountPath, currencyPath);
    });
    column.sortKey = [amountPath](const QJsonObject &object) {
        return QVariant::fromValue(objects::json::integer(object, amountPath).value_or(0));
    };
    column.alignRight = true;
    column.amountPath = amountPath;
    column.currencyPath = currencyPath;
    return column;
}

Column dateColumn(const QString &id, const QString &title, const QString &path, bool withTime = false)
{
    Column column = textColumn(id, title, [path, withTime](const QJsonObject &object) {
        return withTime ? format::dateTime(object, path) : format::date(object, path);
    });
    column.sortKey = [path](const QJsonObject &object) {
        return QVariant::fromValue(objects::json::integer(object, path).value_or(0));
    };
    return column;
}

Column statusColumn(std::function<Status(const QJsonObject &)> status)
{
    Column column = textColumn(QStringLiteral("status"), Text::tr("Status"),
                               [status](const QJsonObject &object) { return status(object).text; });
    column.status = std::move(status);
    return column;
}

Column idColumn()
{
    return fieldColumn(QStringLiteral("id"), Text::tr("ID"), QStringLiteral("id"));
}

QList<Column> customerColumns()
{
    return {textColumn(QStringLiteral("name"), Text::tr("Name"),
                       [](const QJsonObject &c) { return objects::json::string(c, u"name"); }),
            fieldColumn(QStringLiteral("email"), Text::tr("Email"), QStringLiteral("email")),
            dateColumn(QStringLiteral("created"), Text::tr("Created"), QStringLiteral("created"), true),
            [] {
                Column balance
                    = moneyColumn(QStringLiteral("balance"), Text::tr("Balance"), QStringLiteral("balance"));
                // A zero balance is nothing to look at: blank, like a ledger (and the pane).
                balance.text = [](const QJsonObject &c) { return format::customerBalance(c); };
                return balance;
            }(),
            idColumn()};
}

QList<Column> invoiceColumns()
{
    return {
        textColumn(QStringLiteral("number"), Text::tr("Number"),
                   [](const QJsonObject &i) {
                       const QString number = objects::json::string(i, u"number");
                       // Drafts get their number when finalized.
                       return number.isEmpty() ? Text::tr("(draft)") : number;
                   }),
        textColumn(QStringLiteral("customer"), Text::tr("Customer"), format::customerOfInvoice),
        moneyColumn(QStringLiteral("amount_due"), Text::tr("Amount due"), QStringLiteral("amount_due")),
        moneyColumn(QStringLiteral("amount_paid"), Text::tr("Amount paid"), QStringLiteral("amount_paid")),
        statusColumn(invoiceStatus),
        dateColumn(QStringLiteral("due_date"), Text::tr("Due"), QStringLiteral("due_date")),
        dateColumn(QStringLiteral("created"), Text::tr("Created"), QStringLiteral("created"), true),
        idColumn()};
}

QList<Column> orderColumns()
{
    // The ID last, as on every tab: what a clerk reads first is who and how much.
    return {textColumn(QStringLiteral("customer"), Text::tr("Customer"),
                       [](const QJsonObject &pi) {
                           const QJsonObject customer = objects::json::expanded(pi, u"customer");
                           return customer.isEmpty() ? objects::json::id(pi, u"customer")
                                                     : format::customerName(customer);
                       }),
            fieldColumn(QStringLiteral("items"), Text::tr("Items"), QStringLiteral("description")),
            moneyColumn(QStringLiteral("total"), Text::tr("Total"), QStringLiteral("amount")),
            statusColumn(orderStatus),
            dateColumn(QStringLiteral("created"), Text::tr("Created"), QStringLiteral("created"), true),
            idColumn()};
}

QList<Column> paymentColumns()
{
    Column refunded = moneyColumn(QStringLiteral("amount_refunded"), Text::tr("Refunded"),
                                  QStringLiteral("amount_refunded"));
    refunded.text = [](const QJsonObject &c) {
        return objects::json::integer(c, u"amount_refunded").value_or(0) == 0
            ? QString()
            : format::money(c, u"amount_refunded");
    };
    return {moneyColumn(QStringLiteral("amount"), Text::tr("Amount"), QStringLiteral("amount")),
            refunded,
            statusColumn(paymentStatus),
            textColumn(QStringLiteral("customer"), Text::tr("Customer"), format::customerOfPayment),
            textColumn(QStringLiteral("card"), Text::tr("Card"), format::cardOfPayment),
            dateColumn(QStringLiteral("created"), Text::tr("Created"), QStringLiteral("created"), true),
            idColumn()};
}

QList<Column> refundColumns()
{
    return {moneyColumn(QStringLiteral("amount"), Text::tr("Amount"), QStringLiteral("amount")),
            statusColumn(refundStatus),
            textColumn(QStringLiteral("reason"), Text::tr("Reason"),
                       [](const QJsonObject &r) {
                           return format::refundReason(objects::json::string(r, u"reason"));
                       }),
            // From the payment and its customer, expanded in the list's own request.
            textColumn(QStringLiteral("customer"), Text::tr("Customer"),
                       [](const QJsonObject &r) {
                           const QJsonObject charge = objects::json::expanded(r, u"charge");
                           return charge.isEmpty() ? QString() : format::customerOfPayment(charge);
                       }),
            textColumn(QStringLiteral("payment"), Text::tr("Payment"),
                       [](const QJsonObject &r) { return objects::json::id(r, u"charge"); }),
            dateColumn(QStringLiteral("created"), Text::tr("Created"), QStringLiteral("created"), true),
            idColumn()};
}

QList<Column> promotionCodeColumns()
{
    Column redeemed = textColumn(QStringLiteral("redeemed"), Text::tr("Redeemed"), [](const QJsonObject &p) {
        const qint64 times = objects::json::integer(p, u"times_redeemed").value_or(0);
        const auto max = objects::json::integer(p, u"max_redemptions");
        return max ? QStringLiteral("%1 / %2").arg(times).arg(*max) : QString::number(times);
    });
    redeemed.alignRight = true;
    redeemed.sortKey = [](const QJsonObject &p) {
        return QVariant::fromValue(objects::json::integer(p, u"times_redeemed").value_or(0));
    };
    Column expires
        = dateColumn(QStringLiteral("expires_at"), Text::tr("Expires"), QStringLiteral("expires_at"));
    return {fieldColumn(QStringLiteral("code"), Text::tr("Code"), QStringLiteral("code")),
            textColumn(QStringLiteral("coupon"), Text::tr("Coupon"),
                       [](const QJsonObject &p) {
                           const QJsonObject coupon = objects::json::expanded(p, u"promotion.coupon");
                           if (coupon.isEmpty())
                               return objects::json::id(p, u"promotion.coupon");
                           const QString name = objects::json::string(coupon, u"name");
                           const QString discount = format::couponDiscount(coupon);
                           return name.isEmpty() ? discount : QStringLiteral("%1 — %2").arg(name, discount);
                       }),
            statusColumn([](const QJsonObject &p) {
                return promotionCodeStatus(p, QDateTime::currentSecsSinceEpoch());
            }),
            redeemed,
            expires,
            idColumn()};
}

QList<Column> productColumns()
{
    return {fieldColumn(QStringLiteral("name"), Text::tr("Name"), QStringLiteral("name")),
            statusColumn(productStatus),
            moneyColumn(QStringLiteral("default_price"), Text::tr("Default price"),
                        QStringLiteral("default_price.unit_amount"),
                        QStringLiteral("default_price.currency")),
            dateColumn(QStringLiteral("created"), Text::tr("Created"), QStringLiteral("created"), true),
            idColumn()};
}

QList<Column> priceColumns()
{
    return {
        moneyColumn(QStringLiteral("unit_amount"), Text::tr("Unit amount"), QStringLiteral("unit_amount")),
        textColumn(QStringLiteral("currency"), Text::tr("Currency"),
                   [](const QJsonObject &p) { return objects::json::string(p, u"currency").toUpper(); }),
        fieldColumn(QStringLiteral("nickname"), Text::tr("Nickname"), QStringLiteral("nickname")),
        textColumn(QStringLiteral("active"), Text::tr("Active"),
                   [](const QJsonObject &p) {
                       return objects::json::boolean(p, u"active") ? Text::tr("Yes") : Text::tr("No");
                   }),
        idColumn()};
}

QList<Column> paymentMethodColumns()
{
    return {textColumn(QStringLiteral("card"), Text::tr("Card"),
                       [](const QJsonObject &pm) {
                           const QString card = format::card(objects::json::object(pm, u"card"));
                           return card.isEmpty() ? format::words(objects::json::string(pm, u"type")) : card;
                       }),
            textColumn(
                QStringLiteral("expiry"), Text::tr("Expires"),
                [](const QJsonObject &pm) { return format::cardExpiry(objects::json::object(pm, u"card")); }),
            dateColumn(QStringLiteral("created"), Text::tr("Added"), QStringLiteral("created")), idColumn()};
}

QList<Column> invoiceLineColumns()
{
    Column quantity = textColumn(QStringLiteral("quantity"), Text::tr("Qty"), [](const QJsonObject &l) {
        const auto qty = objects::json::integer(l, u"quantity");
        return qty ? QString::number(*qty) : QString();
    });
    quantity.alignRight = true;
    return {
        fieldColumn(QStringLiteral("description"), Text::tr("Description"), QStringLiteral("description")),
        quantity, moneyColumn(QStringLiteral("amount"), Text::tr("Amount"), QStringLiteral("amount"))};
}

QList<Column> couponColumns()
{
    return {fieldColumn(QStringLiteral("name"), Text::tr("Name"), QStringLiteral("name")),
            textColumn(QStringLiteral("discount"), Text::tr("Discount"),
                       [](const QJsonObject &c) { return format::couponDiscount(c); }),
            textColumn(QStringLiteral("valid"), Text::tr("Valid"),
                       [](const QJsonObject &c) {
                           return objects::json::boolean(c, u"valid") ? Text::tr("Yes") : Text::tr("No");
                       }),
            idColumn()};
}

} // namespace

QList<Column> choiceColumns()
{
    return {textColumn(QStringLiteral("label"), Text::tr("Name"), format::choiceLabel)};
}

QList<Column> columnsFor(objects::Kind kind)
{
    switch (kind) {
    case objects::Kind::Customer:
        return customerColumns();
    case objects::Kind::Invoice:
        return invoiceColumns();
    case objects::Kind::Order:
    case objects::Kind::PaymentIntent:
        return orderColumns();
    case objects::Kind::Payment:
        return paymentColumns();
    case objects::Kind::Refund:
        return refundColumns();
    case objects::Kind::PromotionCode:
        return promotionCodeColumns();
    case objects::Kind::Product:
        return productColumns();
    case objects::Kind::Price:
        return priceColumns();
    case objects::Kind::PaymentMethod:
        return paymentMethodColumns();
    case objects::Kind::InvoiceLine:
    case objects::Kind::InvoiceItem:
        return invoiceLineColumns();
    case objects::Kind::Coupon:
        return couponColumns();
    }
    return {};
}

qsizetype indexOfColumn(const QList<Column> &columns, QStringView id)
{
    for (qsizetype i = 0; i < columns.size(); ++i)
        if (columns.at(i).id == id)
            return i;
    return -1;
}

} // namespace records
