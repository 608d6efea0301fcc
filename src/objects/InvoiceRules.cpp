#include "src/objects/InvoiceRules.h"

#include "src/objects/Json.h"

namespace objects::invoices {

namespace {

bool hasStatus(const QJsonObject &invoice, const char *status)
{
    return json::string(invoice, u"status") == QLatin1String(status);
}

} // namespace

bool canAddItem(const QJsonObject &invoice)
{
    return hasStatus(invoice, "draft");
}

bool canFinalize(const QJsonObject &invoice)
{
    return hasStatus(invoice, "draft");
}

bool canDelete(const QJsonObject &invoice)
{
    return hasStatus(invoice, "draft");
}

bool canSend(const QJsonObject &invoice)
{
    return hasStatus(invoice, "open");
}

bool canPay(const QJsonObject &invoice)
{
    return hasStatus(invoice, "open") || hasStatus(invoice, "uncollectible");
}

bool canVoid(const QJsonObject &invoice)
{
    return hasStatus(invoice, "open") || hasStatus(invoice, "uncollectible");
}

bool canMarkUncollectible(const QJsonObject &invoice)
{
    return hasStatus(invoice, "open");
}

qint64 paymentDue(const QJsonObject &invoice)
{
    if (const auto due = json::integer(invoice, u"due_date"))
        return *due;
    return json::integer(invoice, u"created").value_or(0);
}

} // namespace objects::invoices
