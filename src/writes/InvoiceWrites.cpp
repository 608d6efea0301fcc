#include "src/writes/InvoiceWrites.h"

#include "src/money/Currency.h"
#include "src/objects/InvoiceRules.h"
#include "src/objects/Json.h"
#include "src/records/Format.h"
#include "src/stripe/ApiPath.h"
#include "src/writes/InputChecks.h"

#include <QCoreApplication>
#include <QDateTime>

namespace writes {

namespace json = objects::json;

namespace {

// lupdate files a string under the class its tr() is called through, so the calls name this one;
// it translates in the context the program has always asked for.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(writes::InvoiceWrites)
};

QString invoiceName(const QJsonObject &invoice)
{
    const QString number = json::string(invoice, u"number");
    const QString id = json::string(invoice, u"id");
    return number.isEmpty() ? Text::tr("draft invoice %1").arg(id) : Text::tr("invoice %1").arg(number);
}

QString invoiceCustomer(const QJsonObject &invoice)
{
    const QString customer = records::format::customerOfInvoice(invoice);
    return customer.isEmpty() ? QString() : QLatin1Char(' ') + Text::tr("for %1").arg(customer);
}

} // namespace

CreateInvoiceWrite::CreateInvoiceWrite(const WriteContext &context, const QString &customerId,
                                       QObject *parent)
    : Write(context, parent)
    , m_customer(customerId.trimmed())
{ }

void CreateInvoiceWrite::setSendToCustomer(bool send, int daysUntilDue)
{
    m_send = send;
    m_daysUntilDue = daysUntilDue;
}

QString CreateInvoiceWrite::validate() const
{
    if (const QString problem = checks::id(m_customer, objects::Kind::Customer); !problem.isEmpty())
        return problem;
    if (m_send && (m_daysUntilDue < 1 || m_daysUntilDue > 365))
        return tr("Days until due must be between 1 and 365.");
    if (!m_currency.isEmpty() && !money::Currency::isKnown(m_currency))
        return tr("“%1” is not a currency Paydesk knows.").arg(m_currency.toUpper());
    return checks::longText(tr("The description"), m_description, 5000);
}

QString CreateInvoiceWrite::summary() const
{
    const QString customer = m_customerName.isEmpty() ? m_customer : m_customerName;
    return m_send ? tr("Create a draft invoice for %1, to be emailed and paid within %2 days")
                        .arg(customer)
                        .arg(m_daysUntilDue)
                  : tr("Create a draft invoice for %1, charged automatically").arg(customer);
}

stripe::Request CreateInvoiceWrite::buildRequest(const QString &intentId) const
{
    stripe::Params params {{QStringLiteral("customer"), m_customer},
                           // Stays a draft until the user finalizes it: items come first.
                           {QStringLiteral("auto_advance"), false},
                           {QStringLiteral("metadata"), intentMetadata(intentId)}};
    if (m_send) {
        params.insert(QStringLiteral("collection_method"), QStringLiteral("send_invoice"));
        params.insert(QStringLiteral("days_until_due"), m_daysUntilDue);
    } else {
        params.insert(QStringLiteral("collection_method"), QStringLiteral("charge_automatically"));
    }
    if (!m_description.isEmpty())
        params.insert(QStringLiteral("description"), m_description);
    if (!m_currency.isEmpty())
        params.insert(QStringLiteral("currency"), m_currency);
    return stripe::Request::post(QStringLiteral("/v1/invoices"), params);
}

WriteCheck CreateInvoiceWrite::buildCheck(const QString &) const
{
    WriteCheck check;
    check.kind = WriteCheck::Kind::ListHasIntent;
    check.path = QStringLiteral("/v1/invoices");
    check.params = {{QStringLiteral("customer"), m_customer},
                    {QStringLiteral("created"),
                     QVariantMap {{QStringLiteral("gte"), QDateTime::currentSecsSinceEpoch() - 300}}}};
    return check;
}

AddInvoiceItemWrite::AddInvoiceItemWrite(const WriteContext &context, const QJsonObject &invoice,
                                         QObject *parent)
    : Write(context, parent)
    , m_invoice(invoice)
{ }

void AddInvoiceItemWrite::setAmount(const money::Money &amount, const QString &description)
{
    m_amount = amount;
    m_price = {};
    m_description = description.trimmed();
}

void AddInvoiceItemWrite::setPrice(const QJsonObject &price, int quantity, const QString &description)
{
    m_amount.reset();
    m_price = price;
    m_quantity = quantity;
    m_description = description.trimmed();
}

QString AddInvoiceItemWrite::target() const
{
    return json::string(m_invoice, u"id");
}

std::optional<money::Money> AddInvoiceItemWrite::amount() const
{
    if (m_amount)
        return m_amount;
    const auto unit = json::integer(m_price, u"unit_amount");
    if (!unit)
        return std::nullopt;
    return money::Money(*unit * m_quantity, json::string(m_price, u"currency"));
}

QString AddInvoiceItemWrite::validate() const
{
    if (target().isEmpty())
        return tr("Choose the invoice to add the item to.");
    if (!objects::invoices::canAddItem(m_invoice))
        return tr("Items can only be added to a draft invoice; this one is %1.")
            .arg(json::string(m_invoice, u"status"));
    const QString invoiceCurrency = json::string(m_invoice, u"currency").toUpper();
    if (m_amount) {
        if (m_amount->minorUnits() == 0)
            return tr("Enter an amount.");
        if (m_description.isEmpty())
            return tr("Describe the item; the customer reads it on the invoice.");
        if (!invoiceCurrency.isEmpty() && m_amount->currencyCode() != invoiceCurrency)
            return tr("This invoice is in %1; add the item in %1 too.").arg(invoiceCurrency);
    } else {
        if (json::string(m_price, u"id").isEmpty())
            return tr("Enter an amount, or choose a price.");
        if (m_quantity < 1 || m_quantity > 10000)
            return tr("The quantity must be between 1 and 10,000.");
        const QString priceCurrency = json::string(m_price, u"currency").toUpper();
        if (!invoiceCurrency.isEmpty() && priceCurrency != invoiceCurrency)
            return tr("This price is in %1 but the invoice is in %2.").arg(priceCurrency, invoiceCurrency);
    }
    return checks::longText(tr("The description"), m_description, 5000);
}

QString AddInvoiceItemWrite::summary() const
{
    const auto total = amount();
    const QString money = total ? total->format() : QString();
    if (m_amount)
        return tr("Add “%1”, %2, to %3").arg(m_description, money, invoiceName(m_invoice));
    const QString name = m_description.isEmpty() ? json::string(m_price, u"nickname") : m_description;
    return tr("Add %1 × %2 (%3) to %4")
        .arg(m_quantity)
        .arg(name.isEmpty() ? json::string(m_price, u"id") : name, money, invoiceName(m_invoice));
}

stripe::Request AddInvoiceItemWrite::buildRequest(const QString &intentId) const
{
    stripe::Params params {{QStringLiteral("invoice"), target()},
                           {QStringLiteral("customer"), json::id(m_invoice, u"customer")},
                           {QStringLiteral("metadata"), intentMetadata(intentId)}};
    if (m_amount) {
        params.insert(QStringLiteral("amount"), m_amount->minorUnits());
        params.insert(QStringLiteral("currency"), m_amount->currencyCode().toLower());
    } else {
        // Since 2025-03-31.basil an item takes pricing[price]; the old "price" param is gone.
        params.insert(QStringLiteral("pricing"),
                      QVariantMap {{QStringLiteral("price"), json::string(m_price, u"id")}});
        params.insert(QStringLiteral("quantity"), m_quantity);
    }
    if (!m_description.isEmpty())
        params.insert(QStringLiteral("description"), m_description);
    return stripe::Request::post(QStringLiteral("/v1/invoiceitems"), params);
}

WriteCheck AddInvoiceItemWrite::buildCheck(const QString &) const
{
    WriteCheck check;
    check.kind = WriteCheck::Kind::ListHasIntent;
    check.path = QStringLiteral("/v1/invoiceitems");
    check.params = {{QStringLiteral("invoice"), target()}};
    return check;
}

InvoiceActionWrite::InvoiceActionWrite(const WriteContext &context, const QJsonObject &invoice, Action action,
                                       QObject *parent)
    : Write(context, parent)
    , m_invoice(invoice)
    , m_action(action)
{ }

QString InvoiceActionWrite::actionName(Action action)
{
    switch (action) {
    case Action::Finalize:
        return tr("Finalize");
    case Action::Send:
        return tr("Send");
    case Action::Pay:
        return tr("Pay");
    case Action::Void:
        return tr("Void");
    case Action::MarkUncollectible:
        return tr("Mark uncollectible");
    case Action::Delete:
        return tr("Delete draft");
    }
    return {};
}

QString InvoiceActionWrite::writeName() const
{
    switch (m_action) {
    case Action::Finalize:
        return QStringLiteral("invoice.finalize");
    case Action::Send:
        return QStringLiteral("invoice.send");
    case Action::Pay:
        return QStringLiteral("invoice.pay");
    case Action::Void:
        return QStringLiteral("invoice.void");
    case Action::MarkUncollectible:
        return QStringLiteral("invoice.mark_uncollectible");
    case Action::Delete:
        return QStringLiteral("invoice.delete");
    }
    return {};
}

QString InvoiceActionWrite::target() const
{
    return json::string(m_invoice, u"id");
}

std::optional<money::Money> InvoiceActionWrite::amount() const
{
    const auto due = json::integer(m_invoice, m_action == Action::Pay ? u"amount_remaining" : u"amount_due");
    if (!due)
        return std::nullopt;
    return money::Money(*due, json::string(m_invoice, u"currency"));
}

QString InvoiceActionWrite::validate() const
{
    namespace rules = objects::invoices;
    if (target().isEmpty())
        return tr("This invoice cannot be read.");
    const QString status = json::string(m_invoice, u"status");
    bool allowed = false;
    switch (m_action) {
    case Action::Finalize:
        allowed = rules::canFinalize(m_invoice);
        break;
    case Action::Send:
        allowed = rules::canSend(m_invoice);
        break;
    case Action::Pay:
        allowed = rules::canPay(m_invoice);
        break;
    case Action::Void:
        allowed = rules::canVoid(m_invoice);
        break;
    case Action::MarkUncollectible:
        allowed = rules::canMarkUncollectible(m_invoice);
        break;
    case Action::Delete:
        allowed = rules::canDelete(m_invoice);
        break;
    }
    if (!allowed)
        return tr("Stripe does not allow “%1” on an invoice that is %2.").arg(actionName(m_action), status);
    if (m_action == Action::Pay && !m_outOfBand) {
        // Saved cards are pm_… (or card_… from the older Sources API): both are payment methods.
        const bool saved = checks::id(m_paymentMethod, objects::Kind::PaymentMethod).isEmpty();
        if (!saved)
            return tr("Choose one of the customer's saved payment methods, or “Paid outside Stripe”.");
    }
    return {};
}

QString InvoiceActionWrite::summary() const
{
    const QString name = invoiceName(m_invoice) + invoiceCustomer(m_invoice);
    const auto money = amount();
    const QString amountText = money ? money->format() : QString();
    switch (m_action) {
    case Action::Finalize:
        return tr("Finalize %1 (%2): it gets its number, can no longer be edited, and is due.")
            .arg(name, amountText);
    case Action::Send:
        return tr("Email %1 (%2) to the customer").arg(name, amountText);
    case Action::Pay:
        return m_outOfBand
            ? tr("Record %1 of %2 as paid outside Stripe").arg(amountText, name)
            : tr("Charge %1 for %2 to payment method %3").arg(amountText, name, m_paymentMethod);
    case Action::Void:
        return tr("Void %1 (%2): it stays on record but can never be paid.").arg(name, amountText);
    case Action::MarkUncollectible:
        return tr("Mark %1 (%2) as uncollectible: you do not expect it to be paid.").arg(name, amountText);
    case Action::Delete:
        return tr("Delete %1 (%2). A draft leaves no trace once deleted.").arg(name, amountText);
    }
    return {};
}

stripe::Request InvoiceActionWrite::buildRequest(const QString &) const
{
    const auto path = [this](QStringView pattern) { return stripe::apiPath(pattern, {target()}); };
    switch (m_action) {
    case Action::Finalize:
        // auto_advance false: Paydesk's user decides when to send or charge.
        return stripe::Request::post(path(u"/v1/invoices/%1/finalize"),
                                     {{QStringLiteral("auto_advance"), false}});
    case Action::Send:
        return stripe::Request::post(path(u"/v1/invoices/%1/send"));
    case Action::Pay:
        return stripe::Request::post(
            path(u"/v1/invoices/%1/pay"),
            m_outOfBand ? stripe::Params {{QStringLiteral("paid_out_of_band"), true}}
                        : stripe::Params {{QStringLiteral("payment_method"), m_paymentMethod}});
    case Action::Void:
        return stripe::Request::post(path(u"/v1/invoices/%1/void"));
    case Action::MarkUncollectible:
        return stripe::Request::post(path(u"/v1/invoices/%1/mark_uncollectible"));
    case Action::Delete:
        return stripe::Request::del(path(u"/v1/invoices/%1"));
    }
    return {};
}

WriteCheck InvoiceActionWrite::buildCheck(const QString &) const
{
    WriteCheck check;
    check.path = stripe::apiPath(u"/v1/invoices/%1", {target()});
    check.kind = WriteCheck::Kind::FieldEquals;
    check.field = QStringLiteral("status");
    switch (m_action) {
    case Action::Finalize:
        check.value = QStringLiteral("open");
        break;
    case Action::Pay:
        check.value = QStringLiteral("paid");
        break;
    case Action::Void:
        check.value = QStringLiteral("void");
        break;
    case Action::MarkUncollectible:
        check.value = QStringLiteral("uncollectible");
        break;
    case Action::Delete:
        check.kind = WriteCheck::Kind::Gone;
        break;
    case Action::Send:
        // An email leaves no trace on the invoice; sending twice is harmless.
        check.path.clear();
        break;
    }
    return check;
}

} // namespace writes
