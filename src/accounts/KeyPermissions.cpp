#include "src/accounts/KeyPermissions.h"

#include "src/stripe/Client.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace accounts {

namespace {

// lupdate files a string under the class its tr() is called through, so the calls name this one;
// it translates in the context the program has always asked for.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(accounts::KeyPermissions)
};

// What a clerk would call the things of an area, for sentences.
QString things(KeyPermissions::Area area)
{
    using Area = KeyPermissions::Area;
    switch (area) {
    case Area::Customers:
        return Text::tr("customers");
    case Area::Invoices:
        return Text::tr("invoices");
    case Area::Orders:
        return Text::tr("orders (payment intents)");
    case Area::Payments:
        return Text::tr("payments");
    case Area::Refunds:
        return Text::tr("refunds");
    case Area::PromotionCodes:
        return Text::tr("promotion codes");
    case Area::Coupons:
        return Text::tr("coupons");
    case Area::Products:
        return Text::tr("products");
    case Area::Prices:
        return Text::tr("prices");
    }
    return {};
}

} // namespace

KeyPermissions::KeyPermissions(QObject *parent)
    : QObject(parent)
{ }

void KeyPermissions::watch(stripe::Client *client)
{
    disconnect(m_connection);
    m_refused.clear();
    m_client = client;
    if (!client)
        return;
    m_connection = connect(
        client->requestLog(), &stripe::RequestLog::appended, this,
        [this](const stripe::RequestLogEntry &entry) { learn(entry.method, entry.path, entry.httpStatus); });
}

void KeyPermissions::learn(const QString &method, const QString &path, int httpStatus)
{
    if (httpStatus != 403)
        return;
    const std::optional<Area> area = areaOf(path);
    if (!area)
        return;
    const bool write = method != QLatin1String("GET");
    const Refused before = m_refused.value(*area, Refused::Nothing);
    // Stripe's Write includes Read: a refused read means nothing of it can be changed either.
    const Refused now = write ? std::max(before, Refused::Changing) : Refused::Everything;
    if (now == before)
        return;
    m_refused.insert(*area, now);
    emit changed(*area, write);
}

bool KeyPermissions::mayRead(Area area) const
{
    return m_refused.value(area, Refused::Nothing) != Refused::Everything;
}

bool KeyPermissions::mayChange(Area area) const
{
    return m_refused.value(area, Refused::Nothing) == Refused::Nothing;
}

QString KeyPermissions::whyNot(Area area) const
{
    switch (m_refused.value(area, Refused::Nothing)) {
    case Refused::Nothing:
        return {};
    case Refused::Changing:
        return tr("The API key in use may read %1 but not change them (Stripe refused it). A key with "
                  "“%2: Write” in the Stripe Dashboard, or a secret key, can.")
            .arg(things(area), permissionName(area));
    case Refused::Everything:
        return tr("The API key in use may not read %1 (Stripe refused it). A key with “%2: Read” or "
                  "“Write” in the Stripe Dashboard, or a secret key, can.")
            .arg(things(area), permissionName(area));
    }
    return {};
}

std::optional<KeyPermissions::Area> KeyPermissions::areaOf(const QString &path)
{
    const QString resource = path.section(QLatin1Char('/'), 2, 2);
    static const QHash<QString, Area> areas {{QStringLiteral("customers"), Area::Customers},
                                             {QStringLiteral("invoices"), Area::Invoices},
                                             {QStringLiteral("invoiceitems"), Area::Invoices},
                                             {QStringLiteral("payment_intents"), Area::Orders},
                                             {QStringLiteral("charges"), Area::Payments},
                                             {QStringLiteral("refunds"), Area::Refunds},
                                             {QStringLiteral("promotion_codes"), Area::PromotionCodes},
                                             {QStringLiteral("coupons"), Area::Coupons},
                                             {QStringLiteral("products"), Area::Products},
                                             {QStringLiteral("prices"), Area::Prices}};
    // A customer's saved cards are the customer's: /v1/customers/cus_…/payment_methods.
    if (resource == QLatin1String("customers")
        && path.section(QLatin1Char('/'), 4, 4) == QLatin1String("payment_methods"))
        return std::nullopt;
    const auto found = areas.constFind(resource);
    return found == areas.constEnd() ? std::nullopt : std::optional<Area>(*found);
}

QString KeyPermissions::permissionName(Area area)
{
    switch (area) {
    case Area::Customers:
        return tr("Customers");
    case Area::Invoices:
        return tr("Invoices");
    case Area::Orders:
        return tr("PaymentIntents");
    case Area::Payments:
        return tr("Charges");
    case Area::Refunds:
        return tr("Refunds");
    case Area::PromotionCodes:
        return tr("Promotion Codes");
    case Area::Coupons:
        return tr("Coupons");
    case Area::Products:
        return tr("Products");
    case Area::Prices:
        return tr("Prices");
    }
    return {};
}

QString KeyPermissions::describe(const stripe::Error &error)
{
    if (!error.isPermission())
        return {};
    // "Having the 'rak_invoice_write' permission would allow this request to continue."
    static const QRegularExpression permission(QStringLiteral("'rak_([a-z_]+)_(read|write)'"));
    const QRegularExpressionMatch match = permission.match(error.message);
    QString sentence;
    if (match.hasMatch()) {
        QString resource = match.captured(1);
        const bool write = match.captured(2) == QLatin1String("write");
        const std::optional<Area> area = areaOf(QStringLiteral("/v1/%1s").arg(resource));
        const QString what = area ? things(*area) : resource.replace(QLatin1Char('_'), QLatin1Char(' '));
        const QString name = area ? permissionName(*area) : what;
        sentence = write ? tr("The API key in use may not change %1. A key with “%2: Write” in the Stripe "
                              "Dashboard (Developers → API keys), or a secret key, can.")
                               .arg(what, name)
                         : tr("The API key in use may not read %1. A key with “%2: Read” in the Stripe "
                              "Dashboard (Developers → API keys), or a secret key, can.")
                               .arg(what, name);
    } else {
        sentence = tr("The API key in use is not allowed to do this. A restricted key can do only what it "
                      "was given in the Stripe Dashboard (Developers → API keys); a secret key can do "
                      "everything.");
    }
    if (!error.requestId.isEmpty())
        sentence += QLatin1Char(' ') + tr("(Request ID: %1)").arg(error.requestId);
    return sentence;
}

} // namespace accounts
