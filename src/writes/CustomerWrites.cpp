#include "src/writes/CustomerWrites.h"

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
    Q_DECLARE_TR_FUNCTIONS(writes::CustomerWrites)
};

QString who(const CustomerFields &fields)
{
    const QString name = fields.name.trimmed();
    const QString email = fields.email.trimmed();
    if (!name.isEmpty() && !email.isEmpty())
        return QStringLiteral("%1 <%2>").arg(name, email);
    return name.isEmpty() ? email : name;
}

} // namespace

QString CustomerFields::validate() const
{
    if (email.trimmed().isEmpty() && name.trimmed().isEmpty())
        return Text::tr("Enter at least a name or an email address.");
    for (const QString &problem :
         {checks::email(email, false), checks::name(name), checks::phone(phone),
          checks::longText(Text::tr("The description"), description, 5000), checks::metadata(metadata)})
        if (!problem.isEmpty())
            return problem;
    if (metadata.contains(QStringLiteral("paydesk_intent")))
        return Text::tr("The metadata key “paydesk_intent” is Paydesk's own; choose another key.");
    return {};
}

CustomerFields CustomerFields::fromCustomer(const QJsonObject &customer)
{
    CustomerFields fields;
    fields.email = json::string(customer, u"email");
    fields.name = json::string(customer, u"name");
    fields.phone = json::string(customer, u"phone");
    fields.description = json::string(customer, u"description");
    fields.metadata = json::object(customer, u"metadata").toVariantMap();
    fields.metadata.remove(QStringLiteral("paydesk_intent"));
    return fields;
}

CreateCustomerWrite::CreateCustomerWrite(const WriteContext &context, const CustomerFields &fields,
                                         QObject *parent)
    : Write(context, parent)
    , m_fields(fields)
{ }

QString CreateCustomerWrite::validate() const
{
    return m_fields.validate();
}

QString CreateCustomerWrite::summary() const
{
    return tr("Create customer %1").arg(who(m_fields));
}

stripe::Request CreateCustomerWrite::buildRequest(const QString &intentId) const
{
    stripe::Params params;
    const auto put = [&params](const QString &key, const QString &value) {
        if (!value.trimmed().isEmpty())
            params.insert(key, value.trimmed());
    };
    put(QStringLiteral("email"), m_fields.email);
    put(QStringLiteral("name"), m_fields.name);
    put(QStringLiteral("phone"), m_fields.phone);
    put(QStringLiteral("description"), m_fields.description);
    params.insert(QStringLiteral("metadata"), intentMetadata(intentId, m_fields.metadata));
    return stripe::Request::post(QStringLiteral("/v1/customers"), params);
}

WriteCheck CreateCustomerWrite::buildCheck(const QString &) const
{
    WriteCheck check;
    check.kind = WriteCheck::Kind::ListHasIntent;
    check.path = QStringLiteral("/v1/customers");
    // Newest first, from a little before this write: the new customer is on the first page.
    check.params = {{QStringLiteral("created"),
                     QVariantMap {{QStringLiteral("gte"), QDateTime::currentSecsSinceEpoch() - 300}}}};
    if (!m_fields.email.trimmed().isEmpty())
        check.params.insert(QStringLiteral("email"), m_fields.email.trimmed());
    return check;
}

UpdateCustomerWrite::UpdateCustomerWrite(const WriteContext &context, const QJsonObject &customer,
                                         const CustomerFields &fields, QObject *parent)
    : Write(context, parent)
    , m_customer(customer)
    , m_fields(fields)
{ }

QString UpdateCustomerWrite::target() const
{
    return json::string(m_customer, u"id");
}

stripe::Params UpdateCustomerWrite::changes() const
{
    const CustomerFields before = CustomerFields::fromCustomer(m_customer);
    stripe::Params params;
    const auto compare = [&params](const QString &key, const QString &was, const QString &now) {
        if (was.trimmed() != now.trimmed())
            params.insert(key, now.trimmed()); // empty unsets the field
    };
    compare(QStringLiteral("email"), before.email, m_fields.email);
    compare(QStringLiteral("name"), before.name, m_fields.name);
    compare(QStringLiteral("phone"), before.phone, m_fields.phone);
    compare(QStringLiteral("description"), before.description, m_fields.description);
    QVariantMap metadata;
    for (auto it = m_fields.metadata.cbegin(); it != m_fields.metadata.cend(); ++it)
        if (before.metadata.value(it.key()) != it.value())
            metadata.insert(it.key(), it.value());
    for (auto it = before.metadata.cbegin(); it != before.metadata.cend(); ++it)
        if (!m_fields.metadata.contains(it.key()))
            metadata.insert(it.key(), QString()); // "metadata[key]=" removes the entry
    if (!metadata.isEmpty())
        params.insert(QStringLiteral("metadata"), metadata);
    return params;
}

QString UpdateCustomerWrite::validate() const
{
    if (target().isEmpty())
        return tr("This customer cannot be read, so it cannot be changed.");
    if (const QString problem = m_fields.validate(); !problem.isEmpty())
        return problem;
    if (changes().isEmpty())
        return tr("Nothing has changed.");
    return {};
}

QString UpdateCustomerWrite::summary() const
{
    QStringList fields = changes().keys();
    return tr("Change %1 of customer %2")
        .arg(fields.join(QStringLiteral(", ")), records::format::customerName(m_customer));
}

stripe::Request UpdateCustomerWrite::buildRequest(const QString &) const
{
    return stripe::Request::post(stripe::apiPath(u"/v1/customers/%1", {target()}), changes());
}

WriteCheck UpdateCustomerWrite::buildCheck(const QString &) const
{
    WriteCheck check;
    check.kind = WriteCheck::Kind::FieldEquals;
    check.path = stripe::apiPath(u"/v1/customers/%1", {target()});
    const stripe::Params params = changes();
    for (const QString &field : {QStringLiteral("email"), QStringLiteral("name"), QStringLiteral("phone"),
                                 QStringLiteral("description")}) {
        if (params.contains(field)) {
            check.field = field;
            check.value = params.value(field).toString();
            return check;
        }
    }
    const QVariantMap metadata = params.value(QStringLiteral("metadata")).toMap();
    if (!metadata.isEmpty()) {
        check.field = QStringLiteral("metadata.") + metadata.firstKey();
        check.value = metadata.first().toString();
    }
    return check;
}

DeleteCustomerWrite::DeleteCustomerWrite(const WriteContext &context, const QJsonObject &customer,
                                         QObject *parent)
    : Write(context, parent)
    , m_customer(customer)
{ }

QString DeleteCustomerWrite::target() const
{
    return json::string(m_customer, u"id");
}

QString DeleteCustomerWrite::validate() const
{
    return target().isEmpty() ? tr("This customer cannot be read, so it cannot be deleted.") : QString();
}

QString DeleteCustomerWrite::summary() const
{
    QString name = json::string(m_customer, u"name");
    const QString email = json::string(m_customer, u"email");
    if (!email.isEmpty())
        name = name.isEmpty() ? email : QStringLiteral("%1 <%2>").arg(name, email);
    return tr("Delete customer %1 (%2). Stripe deletes the customer for good and cancels their active "
              "subscriptions; their payments and invoices stay. This cannot be undone.")
        .arg(name.isEmpty() ? target() : name, target());
}

stripe::Request DeleteCustomerWrite::buildRequest(const QString &) const
{
    return stripe::Request::del(stripe::apiPath(u"/v1/customers/%1", {target()}));
}

WriteCheck DeleteCustomerWrite::buildCheck(const QString &) const
{
    WriteCheck check;
    check.kind = WriteCheck::Kind::Gone;
    check.path = stripe::apiPath(u"/v1/customers/%1", {target()});
    return check;
}

} // namespace writes
