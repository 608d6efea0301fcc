#include "src/sandbox/DemoGenerator.h"

#include "src/sandbox/Shapes.h"

#include <QJsonArray>

namespace sandbox {

void DemoData::generate(Store &store, const Options &options)
{
    demo::Generator(store, options).run();
}

namespace demo {

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

Generator::Generator(Store &store, const Options &options)
    : m_store(store)
    , m_options(options)
    , m_tables(DemoTables::instance())
    , m_random(options.seed * 0x9E3779B97F4A7C15ULL + 17)
    , m_captures(options.seed * 0xD1B54A32D192ED03ULL + 29)
{ }

void Generator::run()
{
    makeProducts();
    makeCustomers();
    makeInvoices();
    makePayments();
    makeOrders();
    makeCoupons();
}

// Creation times spread over the last 18 months, increasing with the order of creation so
// that newest-first lists are in creation order.
qint64 Generator::nextCreated(qint64 &clock, qint64 averageGap)
{
    clock += 1 + qint64(m_random.below(quint64(averageGap) * 2));
    return std::min(clock, DemoData::now);
}

void Generator::makeProducts()
{
    qint64 clock = DemoData::now - 560 * 86400;
    for (const DemoTables::Product &item : m_tables.catalog) {
        const qint64 created = nextCreated(clock, 3 * 86400);
        QJsonObject product
            = blankWith(QStringLiteral("product"), m_random.id(QStringLiteral("prod_")), created);
        product.insert(QStringLiteral("name"), item.name);
        product.insert(QStringLiteral("description"), item.description);
        product.insert(QStringLiteral("active"), true);
        product.insert(QStringLiteral("updated"), created);
        product.insert(QStringLiteral("images"), QJsonArray());
        for (const auto &[currency, amount] : item.prices) {
            QJsonObject price
                = blankWith(QStringLiteral("price"), m_random.id(QStringLiteral("price_")), created);
            price.insert(QStringLiteral("product"), product.value(QLatin1String("id")));
            price.insert(QStringLiteral("currency"), currency);
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
    QJsonObject archived = blankWith(QStringLiteral("product"), m_random.id(QStringLiteral("prod_")), clock);
    archived.insert(QStringLiteral("name"), m_tables.archivedProduct.name);
    archived.insert(QStringLiteral("description"), m_tables.archivedProduct.description);
    archived.insert(QStringLiteral("active"), false);
    archived.insert(QStringLiteral("updated"), clock);
    archived.insert(QStringLiteral("images"), QJsonArray());
    archived.insert(QStringLiteral("default_price"), null);
    m_store.collection(QStringLiteral("products")).insert(archived);
}

QJsonObject Generator::cardFor(const QString &customer, qint64 created, bool declines)
{
    const auto &[brand, last4] = declines ? m_tables.decliningCard : m_random.pick(m_tables.cards);
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

void Generator::makeCustomers()
{
    const int count = m_options.customers;
    qint64 clock = DemoData::now - 540 * 86400;
    // nextCreated() adds a random step averaging the gap: the customers span the 540 days.
    const qint64 gap = std::max<qint64>(1, 530 * 86400 / std::max(1, count));
    QSet<QString> emails;
    for (int i = 0; i < count; ++i) {
        const DemoTables::Person &first = m_random.pick(m_tables.firstNames);
        const DemoTables::Person &last = m_random.pick(m_tables.lastNames);
        const qint64 created = nextCreated(clock, gap);
        const QString id = m_random.id(QStringLiteral("cus_"));
        QString local = QStringLiteral("%1.%2").arg(first.ascii, last.ascii);
        QString email = QStringLiteral("%1@%2").arg(local, m_random.pick(m_tables.emailDomains));
        for (int n = 2; emails.contains(email); ++n)
            email = QStringLiteral("%1%2@%3").arg(local).arg(n).arg(email.section(QLatin1Char('@'), 1));
        emails.insert(email);

        QJsonObject customer = blankWith(QStringLiteral("customer"), id, created);
        customer.insert(QStringLiteral("name"), QStringLiteral("%1 %2").arg(first.name, last.name));
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
            : m_random.pick(m_tables.customerCurrencies);
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

QList<QJsonObject> Generator::pricesIn(const QString &currency) const
{
    QList<QJsonObject> found;
    for (const QJsonObject &price : m_prices)
        if (price.value(QLatin1String("currency")).toString() == currency)
            found.append(price);
    return found;
}

void Generator::makeCoupons()
{
    qint64 clock = DemoData::now - 400 * 86400;
    Collection &coupons = m_store.collection(QStringLiteral("coupons"));
    Collection &codes = m_store.collection(QStringLiteral("promotion_codes"));
    for (const DemoTables::Coupon &plan : m_tables.coupons) {
        const qint64 created = nextCreated(clock, 20 * 86400);
        QJsonObject coupon = blankWith(QStringLiteral("coupon"), plan.id, created);
        coupon.insert(QStringLiteral("name"), plan.name);
        const qint64 redeemBy = plan.redeemByDaysAgo > 0 ? DemoData::now - plan.redeemByDaysAgo * 86400 : 0;
        coupon.insert(QStringLiteral("percent_off"),
                      plan.percentOff > 0 ? QJsonValue(plan.percentOff) : null);
        coupon.insert(QStringLiteral("amount_off"), plan.amountOff > 0 ? QJsonValue(plan.amountOff) : null);
        coupon.insert(QStringLiteral("currency"), plan.currency.isEmpty() ? null : QJsonValue(plan.currency));
        coupon.insert(QStringLiteral("duration"), plan.duration);
        coupon.insert(QStringLiteral("duration_in_months"), plan.months > 0 ? QJsonValue(plan.months) : null);
        coupon.insert(QStringLiteral("redeem_by"), redeemBy > 0 ? QJsonValue(redeemBy) : null);
        coupon.insert(QStringLiteral("max_redemptions"), null);
        coupon.insert(QStringLiteral("times_redeemed"), qint64(m_random.between(0, 240)));
        coupon.insert(QStringLiteral("valid"), redeemBy == 0);
        coupons.insert(coupon);

        // Four codes per coupon: active, limited and used up, expired, and deactivated.
        const QString base = plan.id;
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
            {base, redeemBy == 0, 0, 0, int(m_random.between(0, 120)), false, 0},
            {base + QStringLiteral("-VIP"), true, 0, 10, 10, false, 0},
            {base + QStringLiteral("-EARLY"), true, DemoData::now - 60 * 86400, 0,
             int(m_random.between(0, 40)), false, 0},
            {base + QStringLiteral("-NEW"), m_random.chance(50), 0, 500, int(m_random.between(0, 80)), true,
             plan.currency == QLatin1String("jpy") ? 3000 : 5000},
        };
        for (const auto &variant : variants) {
            QJsonObject promo = blankWith(QStringLiteral("promotion_code"),
                                          m_random.id(QStringLiteral("promo_")), nextCreated(clock, 86400));
            promo.insert(QStringLiteral("code"), variant.code);
            promo.insert(QStringLiteral("active"), variant.active);
            promo.insert(QStringLiteral("expires_at"),
                         variant.expiresAt > 0 ? QJsonValue(variant.expiresAt) : null);
            promo.insert(QStringLiteral("max_redemptions"), variant.max > 0 ? QJsonValue(variant.max) : null);
            promo.insert(QStringLiteral("times_redeemed"), variant.redeemed);
            promo.insert(QStringLiteral("customer"), null);
            promo.insert(QStringLiteral("promotion"),
                         QJsonObject {{QStringLiteral("type"), QStringLiteral("coupon")},
                                      {QStringLiteral("coupon"), base}});
            const QString minimumCurrency = plan.currency.isEmpty() ? QStringLiteral("usd") : plan.currency;
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

} // namespace demo

} // namespace sandbox
