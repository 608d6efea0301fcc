#include "sandbox/DemoData.h"

#include "sandbox/Random.h"
#include "sandbox/Resources.h"
#include "sandbox/Shapes.h"

#include <QJsonArray>

namespace sandbox {

namespace {

struct Person
{
    const char *name; // as written
    const char *ascii; // for the email address
};

// First and last names from several cultures, with how an email address would spell them.
constexpr Person firstNames[] = {
    {"Jane", "jane"},       {"Zoë", "zoe"},           {"José", "jose"},     {"Łukasz", "lukasz"},
    {"Aiko", "aiko"},       {"Mohammed", "mohammed"}, {"Priya", "priya"},   {"Liam", "liam"},
    {"Sofía", "sofia"},     {"Chen", "chen"},         {"Olivia", "olivia"}, {"Noah", "noah"},
    {"Fatima", "fatima"},   {"Björn", "bjorn"},       {"Amara", "amara"},   {"Mateo", "mateo"},
    {"Hannah", "hannah"},   {"Kenji", "kenji"},       {"Chloé", "chloe"},   {"Ravi", "ravi"},
    {"Ingrid", "ingrid"},   {"Tomás", "tomas"},       {"Yuki", "yuki"},     {"Grace", "grace"},
    {"Ahmed", "ahmed"},     {"Elena", "elena"},       {"Kwame", "kwame"},   {"Mia", "mia"},
    {"Oskar", "oskar"},     {"Leila", "leila"},       {"Daniel", "daniel"}, {"Nadia", "nadia"},
    {"Siobhán", "siobhan"}, {"Hugo", "hugo"},         {"Ana", "ana"},       {"Wei", "wei"},
};
constexpr Person lastNames[] = {
    {"Doe", "doe"},
    {"Müller", "mueller"},
    {"García", "garcia"},
    {"Kowalski", "kowalski"},
    {"Tanaka", "tanaka"},
    {"Al-Sayed", "alsayed"},
    {"Patel", "patel"},
    {"O'Brien", "obrien"},
    {"Martínez", "martinez"},
    {"Wang", "wang"},
    {"Smith", "smith"},
    {"Johnson", "johnson"},
    {"Haddad", "haddad"},
    {"Lindqvist", "lindqvist"},
    {"Okafor", "okafor"},
    {"Rossi", "rossi"},
    {"Schneider", "schneider"},
    {"Sato", "sato"},
    {"Dubois", "dubois"},
    {"Sharma", "sharma"},
    {"Nilsen", "nilsen"},
    {"Costa", "costa"},
    {"Kim", "kim"},
    {"Williams", "williams"},
    {"Mansour", "mansour"},
    {"Popescu", "popescu"},
    {"Mensah", "mensah"},
    {"Novak", "novak"},
    {"Andersen", "andersen"},
    {"Rahimi", "rahimi"},
    {"Cohen", "cohen"},
    {"Ivanova", "ivanova"},
    {"Ní Bhriain", "nibhriain"},
    {"Lefèvre", "lefevre"},
    {"Silva", "silva"},
    {"Li", "li"},
};
constexpr const char *domains[]
    = {"example.com", "example.org", "example.net", "mail.example", "corp.example"};

struct Catalog
{
    const char *product;
    const char *description;
    QList<QPair<const char *, qint64>> prices; // currency, unit amount
};

const QList<Catalog> &catalog()
{
    static const QList<Catalog> items {
        {"T-shirt", "Organic cotton, unisex.", {{"usd", 2500}, {"eur", 2300}, {"gbp", 2000}}},
        {"Hoodie", "Heavyweight fleece hoodie.", {{"usd", 5900}, {"eur", 5500}}},
        {"Coffee mug", "Stoneware, 350 ml.", {{"usd", 1400}, {"gbp", 1200}, {"eur", 1300}}},
        {"Sticker pack", "Ten vinyl stickers.", {{"usd", 500}, {"eur", 450}}},
        {"Notebook", "A5, dotted, 192 pages.", {{"eur", 1800}, {"usd", 1900}}},
        {"Tote bag", "Canvas tote.", {{"gbp", 1600}, {"usd", 1800}}},
        {"Matcha tea", "Ceremonial grade, 30 g.", {{"jpy", 1500}, {"usd", 1600}}},
        {"Chopsticks set", "Lacquered wood, five pairs.", {{"jpy", 2800}}},
        {"Desk lamp", "LED, dimmable.", {{"usd", 8900}, {"eur", 8500}}},
        {"Consulting hour", "One hour with an expert.", {{"usd", 15000}, {"eur", 14000}, {"gbp", 12000}}},
        {"Annual support", "Twelve months of priority support.", {{"usd", 120000}, {"eur", 110000}}},
        {"Dates gift box", "Medjool dates, 1 kg.", {{"kwd", 12500}, {"usd", 4200}}},
    };
    return items;
}

QJsonObject blankWith(const QString &object, const QString &id, qint64 created)
{
    QJsonObject value = Shapes::blank(object);
    value.insert(QStringLiteral("id"), id);
    value.insert(QStringLiteral("object"), object);
    if (value.contains(QLatin1String("created")))
        value.insert(QStringLiteral("created"), created);
    if (value.contains(QLatin1String("livemode")))
        value.insert(QStringLiteral("livemode"), false);
    return value;
}

const QJsonValue null(QJsonValue::Null);

// How a succeeded card payment was captured: at once, not yet (an authorisation holding the
// money, docs.stripe.com/payments/place-a-hold-on-a-payment-method), or in part.
enum class Capture { Full, Uncaptured, Partial };

class Generator
{
public:
    Generator(Store &store, const Options &options)
        : m_store(store)
        , m_options(options)
        , m_random(options.seed * 0x9E3779B97F4A7C15ULL + 17)
        , m_captures(options.seed * 0xD1B54A32D192ED03ULL + 29)
    { }

    void run()
    {
        makeCatalog();
        makeCustomers();
        makeInvoices();
        makePayments();
        makeOrders();
        makeCoupons();
    }

private:
    // Creation times spread over the last 18 months, increasing with the order of creation so
    // that newest-first lists are in creation order.
    qint64 nextCreated(qint64 &clock, qint64 averageGap)
    {
        clock += 1 + qint64(m_random.below(quint64(averageGap) * 2));
        return std::min(clock, DemoData::now);
    }

    void makeCatalog()
    {
        qint64 clock = DemoData::now - 560 * 86400;
        for (const Catalog &item : catalog()) {
            const qint64 created = nextCreated(clock, 3 * 86400);
            QJsonObject product
                = blankWith(QStringLiteral("product"), m_random.id(QStringLiteral("prod_")), created);
            product.insert(QStringLiteral("name"), QString::fromUtf8(item.product));
            product.insert(QStringLiteral("description"), QString::fromUtf8(item.description));
            product.insert(QStringLiteral("active"), true);
            product.insert(QStringLiteral("updated"), created);
            product.insert(QStringLiteral("images"), QJsonArray());
            QJsonArray productPrices;
            for (const auto &[currency, amount] : item.prices) {
                QJsonObject price
                    = blankWith(QStringLiteral("price"), m_random.id(QStringLiteral("price_")), created);
                price.insert(QStringLiteral("product"), product.value(QLatin1String("id")));
                price.insert(QStringLiteral("currency"), QLatin1String(currency));
                price.insert(QStringLiteral("unit_amount"), amount);
                price.insert(QStringLiteral("unit_amount_decimal"), QString::number(amount));
                price.insert(QStringLiteral("active"), true);
                price.insert(QStringLiteral("type"), QStringLiteral("one_time"));
                price.insert(QStringLiteral("recurring"), null);
                price.insert(QStringLiteral("billing_scheme"), QStringLiteral("per_unit"));
                price.insert(QStringLiteral("nickname"), null);
                price.insert(QStringLiteral("lookup_key"), null);
                m_store.collection(QStringLiteral("prices")).insert(price);
                m_prices.append(price);
                if (product.value(QLatin1String("default_price")).isNull())
                    product.insert(QStringLiteral("default_price"), price.value(QLatin1String("id")));
            }
            m_store.collection(QStringLiteral("products")).insert(product);
            m_productNames.insert(product.value(QLatin1String("id")).toString(),
                                  product.value(QLatin1String("name")).toString());
        }
        // One archived product, so the Products filter has something to show.
        QJsonObject archived
            = blankWith(QStringLiteral("product"), m_random.id(QStringLiteral("prod_")), clock);
        archived.insert(QStringLiteral("name"), QStringLiteral("Poster (2024 edition)"));
        archived.insert(QStringLiteral("description"), QStringLiteral("No longer sold."));
        archived.insert(QStringLiteral("active"), false);
        archived.insert(QStringLiteral("updated"), clock);
        archived.insert(QStringLiteral("images"), QJsonArray());
        archived.insert(QStringLiteral("default_price"), null);
        m_store.collection(QStringLiteral("products")).insert(archived);
    }

    QJsonObject cardFor(const QString &customer, qint64 created, bool declines)
    {
        static const QList<QPair<QString, QString>> cards {
            {QStringLiteral("visa"), QStringLiteral("4242")},
            {QStringLiteral("mastercard"), QStringLiteral("4444")},
            {QStringLiteral("visa"), QStringLiteral("1881")},
            {QStringLiteral("amex"), QStringLiteral("8431")},
            {QStringLiteral("mastercard"), QStringLiteral("5100")},
            {QStringLiteral("visa"), QStringLiteral("5556")}};
        const auto &[brand, last4] = declines
            ? QPair<QString, QString>(QStringLiteral("visa"), QStringLiteral("0002"))
            : m_random.pick(cards);
        QJsonObject method
            = blankWith(QStringLiteral("payment_method"), m_random.id(QStringLiteral("pm_")), created);
        QJsonObject card = method.value(QLatin1String("card")).toObject();
        card.insert(QStringLiteral("brand"), brand);
        card.insert(QStringLiteral("display_brand"), brand);
        card.insert(QStringLiteral("last4"), last4);
        card.insert(QStringLiteral("exp_month"), qint64(m_random.between(1, 12)));
        card.insert(QStringLiteral("exp_year"), qint64(m_random.between(2026, 2031)));
        card.insert(QStringLiteral("funding"),
                    last4 == QLatin1String("5556") ? QStringLiteral("debit") : QStringLiteral("credit"));
        card.insert(QStringLiteral("fingerprint"), m_random.id(QString()).left(16));
        method.insert(QStringLiteral("card"), card);
        method.insert(QStringLiteral("type"), QStringLiteral("card"));
        method.insert(QStringLiteral("customer"), customer);
        QJsonObject billing = method.value(QLatin1String("billing_details")).toObject();
        method.insert(QStringLiteral("billing_details"), billing);
        return method;
    }

    void makeCustomers()
    {
        static const QStringList currencies {
            QStringLiteral("usd"), QStringLiteral("usd"), QStringLiteral("usd"), QStringLiteral("usd"),
            QStringLiteral("usd"), QStringLiteral("usd"), QStringLiteral("eur"), QStringLiteral("eur"),
            QStringLiteral("gbp"), QStringLiteral("jpy")};
        const int count = m_options.customers;
        qint64 clock = DemoData::now - 540 * 86400;
        // nextCreated() adds a random step averaging the gap: the customers span the 540 days.
        const qint64 gap = std::max<qint64>(1, 530 * 86400 / std::max(1, count));
        QSet<QString> emails;
        for (int i = 0; i < count; ++i) {
            const Person &first = firstNames[m_random.below(std::size(firstNames))];
            const Person &last = lastNames[m_random.below(std::size(lastNames))];
            const qint64 created = nextCreated(clock, gap);
            const QString id = m_random.id(QStringLiteral("cus_"));
            QString local
                = QStringLiteral("%1.%2").arg(QLatin1String(first.ascii), QLatin1String(last.ascii));
            QString email = QStringLiteral("%1@%2").arg(
                local, QLatin1String(domains[m_random.below(std::size(domains))]));
            for (int n = 2; emails.contains(email); ++n)
                email = QStringLiteral("%1%2@%3").arg(local).arg(n).arg(email.section(QLatin1Char('@'), 1));
            emails.insert(email);

            QJsonObject customer = blankWith(QStringLiteral("customer"), id, created);
            customer.insert(
                QStringLiteral("name"),
                QStringLiteral("%1 %2").arg(QString::fromUtf8(first.name), QString::fromUtf8(last.name)));
            customer.insert(QStringLiteral("email"), email);
            customer.insert(QStringLiteral("phone"),
                            m_random.chance(50) ? QJsonValue(QStringLiteral("+1 555 %1 %2")
                                                                 .arg(m_random.between(100, 999))
                                                                 .arg(m_random.between(1000, 9999)))
                                                : null);
            customer.insert(QStringLiteral("description"),
                            m_random.chance(15) ? QJsonValue(QStringLiteral("Wholesale account")) : null);
            const QString currency = m_options.customers <= 5000 && m_random.chance(4)
                ? QStringLiteral("kwd")
                : m_random.pick(currencies);
            customer.insert(QStringLiteral("currency"), currency);
            qint64 balance = 0;
            if (m_random.chance(6))
                balance = -m_random.between(1, 50) * (currency == QLatin1String("jpy") ? 100 : 1000);
            customer.insert(QStringLiteral("balance"), balance);
            customer.insert(QStringLiteral("delinquent"), false);
            customer.insert(QStringLiteral("invoice_prefix"), m_random.id(QString()).left(8).toUpper());
            customer.insert(QStringLiteral("next_invoice_sequence"), 1);
            QJsonObject metadata;
            if (m_random.chance(20))
                metadata.insert(QStringLiteral("tier"),
                                m_random.chance(30) ? QStringLiteral("gold") : QStringLiteral("silver"));
            customer.insert(QStringLiteral("metadata"), metadata);
            m_store.collection(QStringLiteral("customers")).insert(customer);
            m_customers.append(customer);

            QStringList cards;
            if (m_options.customers <= 5000 && m_random.chance(80)) {
                const int cardCount = m_random.chance(20) ? 2 : 1;
                for (int c = 0; c < cardCount; ++c) {
                    const QJsonObject method = cardFor(id, created + 60 + c, m_random.chance(3));
                    m_store.collection(QStringLiteral("payment_methods")).insert(method);
                    cards << method.value(QLatin1String("id")).toString();
                }
            }
            m_cards.insert(id, cards);
        }
    }

    QList<QJsonObject> pricesIn(const QString &currency) const
    {
        QList<QJsonObject> found;
        for (const QJsonObject &price : m_prices)
            if (price.value(QLatin1String("currency")).toString() == currency)
                found.append(price);
        return found;
    }

    void makeInvoices()
    {
        if (m_options.invoicesPerCustomer <= 0)
            return;
        Collection &invoices = m_store.collection(QStringLiteral("invoices"));
        Collection &items = m_store.collection(QStringLiteral("invoiceitems"));
        Collection &customers = m_store.collection(QStringLiteral("customers"));
        // Invoices are made in time order across customers, so the list reads like a ledger.
        struct Plan
        {
            qint64 created;
            int customer;
        };
        QList<Plan> plans;
        for (int c = 0; c < m_customers.size(); ++c) {
            const qint64 since = m_customers.at(c).value(QLatin1String("created")).toInteger();
            const int count = m_options.invoicesPerCustomer <= 0
                ? 0
                : int(m_random.between(std::max(1, m_options.invoicesPerCustomer - 3),
                                       m_options.invoicesPerCustomer + 3));
            for (int i = 0; i < count; ++i)
                plans.append({m_random.between(since + 3600, DemoData::now - 3600), c});
        }
        std::sort(plans.begin(), plans.end(),
                  [](const Plan &a, const Plan &b) { return a.created < b.created; });
        for (const Plan &plan : std::as_const(plans)) {
            QJsonObject customer = m_customers.at(plan.customer);
            const QString customerId = customer.value(QLatin1String("id")).toString();
            const QString currency = customer.value(QLatin1String("currency")).toString();
            QJsonObject invoice
                = blankWith(QStringLiteral("invoice"), m_random.id(QStringLiteral("in_")), plan.created);
            const QString invoiceId = invoice.value(QLatin1String("id")).toString();
            QJsonArray lines;
            qint64 total = 0;
            const QList<QJsonObject> options = pricesIn(currency);
            const int lineCount = int(m_random.between(1, 3));
            for (int l = 0; l < lineCount; ++l) {
                QJsonObject item = blankWith(QStringLiteral("invoiceitem"),
                                             m_random.id(QStringLiteral("ii_")), plan.created);
                qint64 amount = 0;
                int quantity = 1;
                if (!options.isEmpty() && m_random.chance(85)) {
                    const QJsonObject price = m_random.pick(options);
                    quantity = int(m_random.between(1, 4));
                    amount = price.value(QLatin1String("unit_amount")).toInteger() * quantity;
                    const QString product = price.value(QLatin1String("product")).toString();
                    item.insert(QStringLiteral("description"), m_productNames.value(product));
                    item.insert(QStringLiteral("pricing"),
                                QJsonObject {
                                    {QStringLiteral("type"), QStringLiteral("price_details")},
                                    {QStringLiteral("price_details"),
                                     QJsonObject {{QStringLiteral("price"), price.value(QLatin1String("id"))},
                                                  {QStringLiteral("product"), product}}},
                                    {QStringLiteral("unit_amount_decimal"),
                                     price.value(QLatin1String("unit_amount_decimal"))}});
                } else {
                    amount = m_random.between(20, 400)
                        * (currency == QLatin1String("jpy")       ? 100
                               : currency == QLatin1String("kwd") ? 1000
                                                                  : 100);
                    item.insert(QStringLiteral("description"), QStringLiteral("Professional services"));
                    item.insert(QStringLiteral("pricing"), null);
                }
                item.insert(QStringLiteral("amount"), amount);
                item.insert(QStringLiteral("net_amount"), amount);
                item.insert(QStringLiteral("currency"), currency);
                item.insert(QStringLiteral("customer"), customerId);
                item.insert(QStringLiteral("invoice"), invoiceId);
                item.insert(QStringLiteral("quantity"), quantity);
                item.insert(QStringLiteral("date"), plan.created);
                item.insert(QStringLiteral("proration"), false);
                item.insert(QStringLiteral("period"),
                            QJsonObject {{QStringLiteral("start"), plan.created},
                                         {QStringLiteral("end"), plan.created}});
                items.insert(item);
                QJsonObject line = Shapes::blank(QStringLiteral("invoice_line_item"));
                line.insert(QStringLiteral("id"),
                            QStringLiteral("il_") + item.value(QLatin1String("id")).toString().mid(3));
                line.insert(QStringLiteral("object"), QStringLiteral("line_item"));
                for (const char *field :
                     {"amount", "currency", "description", "quantity", "period", "pricing"})
                    line.insert(QLatin1String(field), item.value(QLatin1String(field)));
                line.insert(QStringLiteral("invoice"), invoiceId);
                line.insert(QStringLiteral("subtotal"), amount);
                line.insert(QStringLiteral("livemode"), false);
                lines.append(line);
                total += amount;
            }
            const quint64 roll = m_random.below(100);
            const QString status = roll < 8 ? QStringLiteral("draft")
                : roll < 28                 ? QStringLiteral("open")
                : roll < 83                 ? QStringLiteral("paid")
                : roll < 90                 ? QStringLiteral("void")
                                            : QStringLiteral("uncollectible");
            const bool sendInvoice = m_random.chance(30);
            invoice.insert(QStringLiteral("customer"), customerId);
            invoice.insert(QStringLiteral("customer_name"), customer.value(QLatin1String("name")));
            invoice.insert(QStringLiteral("customer_email"), customer.value(QLatin1String("email")));
            invoice.insert(QStringLiteral("currency"), currency);
            invoice.insert(QStringLiteral("status"), status);
            invoice.insert(QStringLiteral("billing_reason"), QStringLiteral("manual"));
            invoice.insert(QStringLiteral("collection_method"),
                           sendInvoice ? QStringLiteral("send_invoice")
                                       : QStringLiteral("charge_automatically"));
            invoice.insert(QStringLiteral("due_date"),
                           sendInvoice ? QJsonValue(plan.created + 30 * 86400) : null);
            invoice.insert(QStringLiteral("auto_advance"), false);
            for (const char *field :
                 {"subtotal", "subtotal_excluding_tax", "total", "total_excluding_tax", "amount_due"})
                invoice.insert(QLatin1String(field), total);
            const bool paid = status == QLatin1String("paid");
            invoice.insert(QStringLiteral("amount_paid"), paid ? total : 0);
            invoice.insert(QStringLiteral("amount_remaining"),
                           paid || status == QLatin1String("void") ? 0 : total);
            invoice.insert(QStringLiteral("attempted"), status != QLatin1String("draft"));
            invoice.insert(QStringLiteral("attempt_count"),
                           status == QLatin1String("uncollectible") ? 4
                               : paid                               ? 1
                                                                    : 0);
            invoice.insert(QStringLiteral("starting_balance"), 0);
            invoice.insert(QStringLiteral("period_start"), plan.created);
            invoice.insert(QStringLiteral("period_end"), plan.created);
            invoice.insert(QStringLiteral("last_finalization_error"), null);
            invoice.insert(QStringLiteral("description"), null);
            if (status == QLatin1String("draft")) {
                invoice.insert(QStringLiteral("number"), null);
                invoice.insert(QStringLiteral("hosted_invoice_url"), null);
                invoice.insert(QStringLiteral("invoice_pdf"), null);
                invoice.insert(QStringLiteral("effective_at"), null);
            } else {
                const qint64 sequence = customer.value(QLatin1String("next_invoice_sequence")).toInteger();
                invoice.insert(QStringLiteral("number"),
                               QStringLiteral("%1-%2")
                                   .arg(customer.value(QLatin1String("invoice_prefix")).toString())
                                   .arg(sequence, 4, 10, QLatin1Char('0')));
                customer.insert(QStringLiteral("next_invoice_sequence"), sequence + 1);
                m_customers[plan.customer] = customer;
                invoice.insert(QStringLiteral("hosted_invoice_url"),
                               QStringLiteral("https://invoice.stripe.com/i/sandbox/%1").arg(invoiceId));
                invoice.insert(
                    QStringLiteral("invoice_pdf"),
                    QStringLiteral("https://pay.stripe.com/invoice/sandbox/%1/pdf").arg(invoiceId));
                invoice.insert(QStringLiteral("effective_at"), plan.created);
            }
            invoice.insert(QStringLiteral("lines"),
                           QJsonObject {{QStringLiteral("object"), QStringLiteral("list")},
                                        {QStringLiteral("data"), lines},
                                        {QStringLiteral("has_more"), false},
                                        {QStringLiteral("total_count"), lines.size()},
                                        {QStringLiteral("url"),
                                         QStringLiteral("/v1/invoices/%1/lines").arg(invoiceId)}});
            invoices.insert(invoice);
        }
        for (const QJsonObject &customer : std::as_const(m_customers))
            customers.replace(customer);
    }

    // A PaymentIntent and its charge; failed ones end in requires_payment_method.
    void payment(const QJsonObject &customer, qint64 created, qint64 amount, const QString &currency,
                 const QString &description, const QJsonObject &metadata, const QString &status,
                 Capture capture = Capture::Full)
    {
        const QString customerId = customer.value(QLatin1String("id")).toString();
        const QStringList cards = m_cards.value(customerId);
        QJsonObject intent
            = blankWith(QStringLiteral("payment_intent"), m_random.id(QStringLiteral("pi_")), created);
        const QString intentId = intent.value(QLatin1String("id")).toString();
        intent.insert(QStringLiteral("amount"), amount);
        intent.insert(QStringLiteral("currency"), currency);
        intent.insert(QStringLiteral("customer"), customerId);
        intent.insert(QStringLiteral("description"), description.isEmpty() ? null : QJsonValue(description));
        intent.insert(QStringLiteral("metadata"), metadata);
        intent.insert(QStringLiteral("client_secret"),
                      intentId + QStringLiteral("_secret_") + m_random.id(QString()));
        intent.insert(QStringLiteral("payment_method_types"), QJsonArray {QStringLiteral("card")});
        intent.insert(QStringLiteral("canceled_at"), null);
        intent.insert(QStringLiteral("cancellation_reason"), null);
        intent.insert(QStringLiteral("last_payment_error"), null);
        intent.insert(QStringLiteral("next_action"), null);
        intent.insert(QStringLiteral("latest_charge"), null);
        intent.insert(QStringLiteral("payment_method"), null);
        intent.insert(QStringLiteral("amount_received"), 0);
        intent.insert(QStringLiteral("amount_capturable"), 0);
        intent.insert(QStringLiteral("status"),
                      capture == Capture::Uncaptured ? QStringLiteral("requires_capture") : status);
        intent.insert(QStringLiteral("capture_method"),
                      capture == Capture::Full ? QStringLiteral("automatic") : QStringLiteral("manual"));
        if (status == QLatin1String("canceled")) {
            intent.insert(QStringLiteral("canceled_at"), created + 3600);
            intent.insert(QStringLiteral("cancellation_reason"), QStringLiteral("requested_by_customer"));
        }
        const bool charged = status == QLatin1String("succeeded") || status == QLatin1String("processing")
            || (status == QLatin1String("requires_payment_method") && !cards.isEmpty()
                && m_random.chance(40));
        if (charged && !cards.isEmpty()) {
            const QJsonObject *method
                = m_store.collection(QStringLiteral("payment_methods")).find(m_random.pick(cards));
            const bool failed = status == QLatin1String("requires_payment_method");
            const QString chargeStatus = failed         ? QStringLiteral("failed")
                : status == QLatin1String("processing") ? QStringLiteral("pending")
                                                        : QStringLiteral("succeeded");
            QJsonObject charge
                = blankWith(QStringLiteral("charge"), m_random.id(QStringLiteral("ch_")), created + 5);
            const bool succeeded = chargeStatus == QLatin1String("succeeded");
            const qint64 captured = !succeeded || capture == Capture::Uncaptured ? 0
                : capture == Capture::Partial                                    ? partOf(amount, currency)
                                                                                 : amount;
            charge.insert(QStringLiteral("amount"), amount);
            charge.insert(QStringLiteral("amount_captured"), captured);
            charge.insert(QStringLiteral("amount_refunded"), 0);
            charge.insert(QStringLiteral("refunded"), false);
            charge.insert(QStringLiteral("captured"), succeeded && capture != Capture::Uncaptured);
            charge.insert(QStringLiteral("balance_transaction"),
                          captured > 0 ? QJsonValue(m_captures.id(QStringLiteral("txn_"))) : null);
            charge.insert(QStringLiteral("paid"), chargeStatus != QLatin1String("failed"));
            charge.insert(QStringLiteral("status"), chargeStatus);
            charge.insert(QStringLiteral("currency"), currency);
            charge.insert(QStringLiteral("customer"), customerId);
            charge.insert(QStringLiteral("description"), intent.value(QLatin1String("description")));
            charge.insert(QStringLiteral("payment_intent"), intentId);
            charge.insert(QStringLiteral("payment_method"), method->value(QLatin1String("id")));
            charge.insert(QStringLiteral("metadata"), metadata);
            charge.insert(QStringLiteral("failure_code"),
                          failed ? QJsonValue(QStringLiteral("card_declined")) : null);
            charge.insert(QStringLiteral("outcome"), resources::chargeOutcome(!failed));
            charge.insert(QStringLiteral("failure_message"),
                          failed ? QJsonValue(QStringLiteral("Your card was declined.")) : null);
            charge.insert(QStringLiteral("receipt_url"),
                          failed ? null
                                 : QJsonValue(QStringLiteral("https://pay.stripe.com/receipts/sandbox/%1")
                                                  .arg(charge.value(QLatin1String("id")).toString())));
            QJsonObject details = charge.value(QLatin1String("payment_method_details")).toObject();
            QJsonObject card = details.value(QLatin1String("card")).toObject();
            const QJsonObject methodCard = method->value(QLatin1String("card")).toObject();
            for (const char *field : {"brand", "last4", "exp_month", "exp_year", "funding", "fingerprint"})
                card.insert(QLatin1String(field), methodCard.value(QLatin1String(field)));
            card.insert(QStringLiteral("network"), methodCard.value(QLatin1String("brand")));
            card.insert(QStringLiteral("amount_authorized"), succeeded ? QJsonValue(amount) : null);
            if (capture == Capture::Uncaptured)
                card.insert(QStringLiteral("capture_before"), created + 5 + 7 * 86400);
            details.insert(QStringLiteral("card"), card);
            details.insert(QStringLiteral("type"), QStringLiteral("card"));
            charge.insert(QStringLiteral("payment_method_details"), details);
            QJsonObject billing = charge.value(QLatin1String("billing_details")).toObject();
            billing.insert(QStringLiteral("name"), customer.value(QLatin1String("name")));
            billing.insert(QStringLiteral("email"), customer.value(QLatin1String("email")));
            billing.insert(QStringLiteral("address"), billingAddress(currency));
            charge.insert(QStringLiteral("billing_details"), billing);
            intent.insert(QStringLiteral("latest_charge"), charge.value(QLatin1String("id")));
            intent.insert(QStringLiteral("payment_method"), method->value(QLatin1String("id")));
            if (capture == Capture::Uncaptured) {
                intent.insert(QStringLiteral("amount_capturable"), amount);
            } else if (succeeded) {
                intent.insert(QStringLiteral("amount_received"), captured);
                charge = withRefunds(charge, created);
            }
            if (failed)
                intent.insert(
                    QStringLiteral("last_payment_error"),
                    QJsonObject {{QStringLiteral("type"), QStringLiteral("card_error")},
                                 {QStringLiteral("code"), QStringLiteral("card_declined")},
                                 {QStringLiteral("decline_code"), QStringLiteral("generic_decline")},
                                 {QStringLiteral("message"), QStringLiteral("Your card was declined.")},
                                 {QStringLiteral("charge"), charge.value(QLatin1String("id"))}});
            m_store.collection(QStringLiteral("charges")).insert(charge);
        }
        m_store.collection(QStringLiteral("payment_intents")).insert(intent);
    }

    // The postal code a card payment form asks for, shaped as the customer's country writes it.
    QJsonObject billingAddress(const QString &currency)
    {
        const qint64 n = m_captures.between(10000, 99999);
        QString country = QStringLiteral("US"), postalCode = QString::number(n);
        if (currency == QLatin1String("gbp")) {
            country = QStringLiteral("GB");
            postalCode = QStringLiteral("SW%1 %2AA").arg(n % 20 + 1).arg(n % 9 + 1);
        } else if (currency == QLatin1String("eur")) {
            country = QStringLiteral("FR");
        } else if (currency == QLatin1String("jpy")) {
            country = QStringLiteral("JP");
            postalCode = QStringLiteral("%1-%2")
                             .arg(n / 100 % 1000, 3, 10, QLatin1Char('0'))
                             .arg(n % 10000, 4, 10, QLatin1Char('0'));
        } else if (currency == QLatin1String("kwd")) {
            country = QStringLiteral("KW");
        }
        return {{QStringLiteral("city"), null},
                {QStringLiteral("country"), country},
                {QStringLiteral("line1"), null},
                {QStringLiteral("line2"), null},
                {QStringLiteral("postal_code"), postalCode},
                {QStringLiteral("state"), null}};
    }

    // Part of an authorised amount, as a partial capture takes (half to 95 %).
    qint64 partOf(qint64 amount, const QString &currency)
    {
        const qint64 step = currency == QLatin1String("kwd") ? 10 : 1;
        return std::clamp<qint64>(amount * m_captures.between(50, 95) / 100 / step * step, step,
                                  amount - step);
    }

    // Some payments are refunded, in part or in full, a few days later.
    QJsonObject withRefunds(QJsonObject charge, qint64 created)
    {
        const quint64 roll = m_random.below(100);
        if (roll >= 20)
            return charge;
        static const QStringList reasons {QStringLiteral("requested_by_customer"),
                                          QStringLiteral("requested_by_customer"),
                                          QStringLiteral("duplicate"), QStringLiteral("fraudulent")};
        // What was captured is what can come back.
        const qint64 amount = charge.value(QLatin1String("amount_captured")).toInteger();
        const QString currency = charge.value(QLatin1String("currency")).toString();
        const qint64 step = currency == QLatin1String("kwd") ? 10 : 1;
        const bool full = roll < 8;
        QList<qint64> refunds;
        if (full) {
            if (m_random.chance(30) && amount >= 2 * step) {
                const qint64 first = (amount / 2 / step) * step;
                refunds = {first, amount - first};
            } else {
                refunds = {amount};
            }
        } else {
            refunds = {std::max<qint64>(step, (amount * m_random.between(10, 70) / 100 / step) * step)};
        }
        qint64 refunded = 0;
        qint64 when = created + 86400;
        for (const qint64 part : refunds) {
            when += m_random.between(3600, 5 * 86400);
            QJsonObject refund = blankWith(QStringLiteral("refund"), m_random.id(QStringLiteral("re_")),
                                           std::min(when, DemoData::now));
            refund.insert(QStringLiteral("amount"), part);
            refund.insert(QStringLiteral("currency"), currency);
            refund.insert(QStringLiteral("charge"), charge.value(QLatin1String("id")));
            refund.insert(QStringLiteral("payment_intent"), charge.value(QLatin1String("payment_intent")));
            refund.insert(QStringLiteral("status"), QStringLiteral("succeeded"));
            refund.insert(QStringLiteral("reason"), m_random.pick(reasons));
            refund.insert(QStringLiteral("balance_transaction"), m_random.id(QStringLiteral("txn_")));
            m_refunds.append(refund);
            refunded += part;
        }
        charge.insert(QStringLiteral("amount_refunded"), refunded);
        charge.insert(QStringLiteral("refunded"), refunded == amount);
        return charge;
    }

    void makePayments()
    {
        if (m_options.payments <= 0 || m_customers.isEmpty())
            return;
        QList<QPair<qint64, int>> plans;
        for (int i = 0; i < m_options.payments; ++i) {
            const int customer = int(m_random.below(quint64(m_customers.size())));
            const qint64 since = m_customers.at(customer).value(QLatin1String("created")).toInteger();
            plans.append({m_random.between(since + 600, DemoData::now - 600), customer});
        }
        std::sort(plans.begin(), plans.end());
        for (const auto &[created, index] : std::as_const(plans)) {
            const QJsonObject customer = m_customers.at(index);
            const QString currency = customer.value(QLatin1String("currency")).toString();
            if (m_cards.value(customer.value(QLatin1String("id")).toString()).isEmpty())
                continue;
            const qint64 unit = currency == QLatin1String("jpy") ? 100
                : currency == QLatin1String("kwd")               ? 1000
                                                                 : 100;
            qint64 amount = m_random.between(5, 600) * unit;
            if (currency != QLatin1String("jpy") && currency != QLatin1String("kwd") && m_random.chance(50))
                amount += m_random.between(0, 99);
            const quint64 roll = m_random.below(100);
            const QString status = roll < 88 ? QStringLiteral("succeeded")
                : roll < 95                  ? QStringLiteral("requires_payment_method")
                                             : QStringLiteral("processing");
            // Authorisations last seven days: the uncaptured ones are recent. A separate stream
            // decides, so that the rest of the data stays as it was for each seed.
            Capture capture = Capture::Full;
            if (status == QLatin1String("succeeded")) {
                const quint64 captureRoll = m_captures.below(100);
                if (created > DemoData::now - 6 * 86400 && captureRoll < 40)
                    capture = Capture::Uncaptured;
                else if (captureRoll < 4)
                    capture = Capture::Partial;
            }
            payment(customer, created, amount, currency, QString(), QJsonObject(), status, capture);
        }
        // Refunds are made after their payments: store them in creation order.
        std::sort(m_refunds.begin(), m_refunds.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return a.value(QLatin1String("created")).toInteger()
                < b.value(QLatin1String("created")).toInteger();
        });
        for (const QJsonObject &refund : std::as_const(m_refunds))
            m_store.collection(QStringLiteral("refunds")).insert(refund);
        m_refunds.clear();
    }

    // Paydesk's orders: PaymentIntents whose metadata carries the lines (paydesk_order=1,
    // paydesk_items=<price>x<quantity>;...) and whose description reads "2 × T-shirt, 1 × Mug".
    void makeOrders()
    {
        if (m_customers.isEmpty() || m_options.payments <= 0)
            return;
        const int count = std::min(40, int(m_customers.size()));
        qint64 clock = DemoData::now - 120 * 86400;
        for (int i = 0; i < count; ++i) {
            const QJsonObject customer = m_customers.at(int(m_random.below(quint64(m_customers.size()))));
            const QList<QJsonObject> options = pricesIn(customer.value(QLatin1String("currency")).toString());
            if (options.isEmpty() || m_cards.value(customer.value(QLatin1String("id")).toString()).isEmpty())
                continue;
            QStringList described, items;
            qint64 total = 0;
            QSet<QString> used;
            const int lines = int(m_random.between(1, 3));
            for (int l = 0; l < lines; ++l) {
                const QJsonObject price = m_random.pick(options);
                const QString priceId = price.value(QLatin1String("id")).toString();
                if (used.contains(priceId))
                    continue;
                used.insert(priceId);
                const int quantity = int(m_random.between(1, 3));
                total += price.value(QLatin1String("unit_amount")).toInteger() * quantity;
                described << QStringLiteral("%1 × %2").arg(quantity).arg(
                    m_productNames.value(price.value(QLatin1String("product")).toString()));
                items << QStringLiteral("%1x%2").arg(priceId).arg(quantity);
            }
            const quint64 roll = m_random.below(100);
            const QString status = roll < 60 ? QStringLiteral("succeeded")
                : roll < 85                  ? QStringLiteral("requires_payment_method")
                                             : QStringLiteral("canceled");
            const QJsonObject metadata {{QStringLiteral("paydesk_order"), QStringLiteral("1")},
                                        {QStringLiteral("paydesk_items"), items.join(QLatin1Char(';'))}};
            payment(customer, nextCreated(clock, 2 * 86400), total,
                    customer.value(QLatin1String("currency")).toString(),
                    described.join(QStringLiteral(", ")), metadata, status);
        }
        for (const QJsonObject &refund : std::as_const(m_refunds))
            m_store.collection(QStringLiteral("refunds")).insert(refund);
        m_refunds.clear();
    }

    void makeCoupons()
    {
        struct CouponPlan
        {
            const char *id;
            const char *name;
            double percent;
            qint64 amount;
            const char *currency;
            const char *duration;
            int months;
            qint64 redeemBy; // 0: none
        };
        const CouponPlan plans[] = {
            {"SUMMER20", "Summer sale", 20, 0, nullptr, "once", 0, 0},
            {"WELCOME10", "Welcome", 0, 1000, "eur", "once", 0, 0},
            {"LOYAL15", "Loyalty", 15, 0, nullptr, "forever", 0, 0},
            {"BF2025", "Black Friday 2025", 30, 0, nullptr, "once", 0, DemoData::now - 330 * 86400},
            {"SPRING3M", "Spring subscription", 25, 0, nullptr, "repeating", 3, 0},
            {"TEA500", "Tea lovers", 0, 500, "jpy", "once", 0, 0},
        };
        qint64 clock = DemoData::now - 400 * 86400;
        Collection &coupons = m_store.collection(QStringLiteral("coupons"));
        Collection &codes = m_store.collection(QStringLiteral("promotion_codes"));
        for (const CouponPlan &plan : plans) {
            const qint64 created = nextCreated(clock, 20 * 86400);
            QJsonObject coupon = blankWith(QStringLiteral("coupon"), QLatin1String(plan.id), created);
            coupon.insert(QStringLiteral("name"), QString::fromUtf8(plan.name));
            coupon.insert(QStringLiteral("percent_off"), plan.percent > 0 ? QJsonValue(plan.percent) : null);
            coupon.insert(QStringLiteral("amount_off"), plan.amount > 0 ? QJsonValue(plan.amount) : null);
            coupon.insert(QStringLiteral("currency"),
                          plan.currency ? QJsonValue(QLatin1String(plan.currency)) : null);
            coupon.insert(QStringLiteral("duration"), QLatin1String(plan.duration));
            coupon.insert(QStringLiteral("duration_in_months"),
                          plan.months > 0 ? QJsonValue(plan.months) : null);
            coupon.insert(QStringLiteral("redeem_by"), plan.redeemBy > 0 ? QJsonValue(plan.redeemBy) : null);
            coupon.insert(QStringLiteral("max_redemptions"), null);
            coupon.insert(QStringLiteral("times_redeemed"), qint64(m_random.between(0, 240)));
            coupon.insert(QStringLiteral("valid"), plan.redeemBy == 0);
            coupons.insert(coupon);

            // Four codes per coupon: active, limited and used up, expired, and deactivated.
            const QString base = QLatin1String(plan.id);
            const struct
            {
                QString code;
                bool active;
                qint64 expiresAt;
                int max;
                int redeemed;
                bool firstTime;
                qint64 minimum;
            } variants[] = {
                {base, plan.redeemBy == 0, 0, 0, int(m_random.between(0, 120)), false, 0},
                {base + QStringLiteral("-VIP"), true, 0, 10, 10, false, 0},
                {base + QStringLiteral("-EARLY"), true, DemoData::now - 60 * 86400, 0,
                 int(m_random.between(0, 40)), false, 0},
                {base + QStringLiteral("-NEW"), m_random.chance(50), 0, 500, int(m_random.between(0, 80)),
                 true, plan.currency && QLatin1String(plan.currency) == QLatin1String("jpy") ? 3000 : 5000},
            };
            for (const auto &variant : variants) {
                QJsonObject promo
                    = blankWith(QStringLiteral("promotion_code"), m_random.id(QStringLiteral("promo_")),
                                nextCreated(clock, 86400));
                promo.insert(QStringLiteral("code"), variant.code);
                promo.insert(QStringLiteral("active"), variant.active);
                promo.insert(QStringLiteral("expires_at"),
                             variant.expiresAt > 0 ? QJsonValue(variant.expiresAt) : null);
                promo.insert(QStringLiteral("max_redemptions"),
                             variant.max > 0 ? QJsonValue(variant.max) : null);
                promo.insert(QStringLiteral("times_redeemed"), variant.redeemed);
                promo.insert(QStringLiteral("customer"), null);
                promo.insert(QStringLiteral("promotion"),
                             QJsonObject {{QStringLiteral("type"), QStringLiteral("coupon")},
                                          {QStringLiteral("coupon"), base}});
                const QString minimumCurrency
                    = plan.currency ? QLatin1String(plan.currency) : QStringLiteral("usd");
                promo.insert(QStringLiteral("restrictions"),
                             QJsonObject {{QStringLiteral("first_time_transaction"), variant.firstTime},
                                          {QStringLiteral("minimum_amount"),
                                           variant.minimum > 0 ? QJsonValue(variant.minimum) : null},
                                          {QStringLiteral("minimum_amount_currency"),
                                           variant.minimum > 0 ? QJsonValue(minimumCurrency) : null},
                                          {QStringLiteral("currency_options"), QJsonObject()}});
                codes.insert(promo);
            }
        }
    }

    Store &m_store;
    const Options &m_options;
    Random m_random;
    Random m_captures;
    QList<QJsonObject> m_prices;
    QHash<QString, QString> m_productNames;
    QList<QJsonObject> m_customers;
    QHash<QString, QStringList> m_cards;
    QList<QJsonObject> m_refunds;
};

} // namespace

void DemoData::generate(Store &store, const Options &options)
{
    Generator(store, options).run();
}

} // namespace sandbox
