#include "src/queries/CustomerLookup.h"

#include "src/objects/Json.h"
#include "src/objects/Kind.h"
#include "src/records/SearchQuery.h"
#include "src/stripe/ListPager.h"
#include "src/stripe/Reply.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace queries {

namespace {

// lupdate files a string under the class its tr() is called through, so the calls name this one;
// it translates in the context the program has always asked for.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(queries::CustomerLookup)
};

// Without search, the list is read and matched here; a few pages at most, for a picker.
constexpr int maxScannedPages = 5;

bool isEmail(const QString &text)
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return email.match(text).hasMatch();
}

} // namespace

CustomerLookupPlan planCustomerLookup(const QString &input)
{
    namespace search = records::search;
    CustomerLookupPlan plan;
    plan.text = input.trimmed();
    if (plan.text.isEmpty())
        return plan;
    if (objects::kindOfId(plan.text) == objects::Kind::Customer && objects::looksLikeStripeId(plan.text)) {
        plan.kind = CustomerLookupPlan::Kind::Id;
        return plan;
    }
    records::ListQuery &query = plan.query;
    query.path = QStringLiteral("/v1/customers");
    if (isEmail(plan.text)) {
        plan.kind = CustomerLookupPlan::Kind::Email;
        query.params.insert(QStringLiteral("email"), plan.text);
        query.emptyText
            = Text::tr("No customer has the email %1 (Stripe compares emails exactly, capitals too).")
                  .arg(plan.text);
        return plan;
    }
    // docs.stripe.com/search: substring matches (~) need at least three characters.
    if (plan.text.size() < 3) {
        plan.kind = CustomerLookupPlan::Kind::TooShort;
        query = {};
        return plan;
    }
    plan.kind = CustomerLookupPlan::Kind::Search;
    query.emptyText = Text::tr("No customer matches “%1”.").arg(plan.text);
    auto fallback = std::make_shared<records::ListQuery>(query);
    fallback->keep = [needle = plan.text](const QJsonObject &customer) {
        return objects::json::string(customer, u"name").contains(needle, Qt::CaseInsensitive)
            || objects::json::string(customer, u"email").contains(needle, Qt::CaseInsensitive);
    };
    query.kind = stripe::ListPager::Kind::Search;
    query.path = QStringLiteral("/v1/customers/search");
    query.params.insert(QStringLiteral("query"),
                        search::contains(QStringLiteral("name"), plan.text) + QLatin1String(" OR ")
                            + search::contains(QStringLiteral("email"), plan.text));
    query.fallback = fallback;
    return plan;
}

CustomerLookup::CustomerLookup(QObject *parent)
    : QObject(parent)
{ }

CustomerLookup::~CustomerLookup()
{
    cancel();
}

void CustomerLookup::setClient(stripe::Client *client)
{
    cancel();
    m_client = client;
}

void CustomerLookup::cancel()
{
    if (m_reply)
        m_reply->abort();
    m_reply = nullptr;
    if (m_pager) {
        m_pager->cancel();
        m_pager->deleteLater();
    }
    m_pager = nullptr;
    m_busy = false;
}

void CustomerLookup::lookup(const QString &text)
{
    cancel();
    m_plan = planCustomerLookup(text);
    m_found.clear();
    using Kind = CustomerLookupPlan::Kind;
    switch (m_plan.kind) {
    case Kind::Nothing:
        finish({}, QString());
        return;
    case Kind::TooShort:
        finish({}, Text::tr("Type 3 letters or more of a name or an email, or paste an ID."));
        return;
    case Kind::Id:
        break;
    case Kind::Email:
    case Kind::Search:
        if (!m_client) {
            emit failed(m_plan.text, stripe::Error::configuration(Text::tr("Not connected to Stripe.")));
            return;
        }
        m_busy = true;
        page(m_plan.query);
        return;
    }
    if (!m_client) {
        emit failed(m_plan.text, stripe::Error::configuration(Text::tr("Not connected to Stripe.")));
        return;
    }
    m_busy = true;
    m_reply = m_client->send(stripe::Request::get(objects::objectPath(objects::Kind::Customer, m_plan.text)));
    connect(m_reply, &stripe::Reply::finished, this, [this, reply = m_reply.data()] {
        m_reply = nullptr;
        m_busy = false;
        if (!reply->isOk()) {
            if (reply->error().isNotFound())
                finish({}, Text::tr("No customer has the ID %1.").arg(m_plan.text));
            else
                emit failed(m_plan.text, reply->error());
            return;
        }
        // A deleted customer is still answered, as {"id", "deleted": true}.
        if (objects::json::boolean(reply->object(), u"deleted"))
            finish({}, Text::tr("Customer %1 has been deleted.").arg(m_plan.text));
        else
            finish({reply->object()}, QString());
    });
}

void CustomerLookup::page(const records::ListQuery &query)
{
    auto *pager = new stripe::ListPager(m_client, query.kind, query.path, query.params, this);
    // A scan over the list reads whole pages; a search or the email filter only what is shown.
    pager->setPageSize(query.keep ? 100 : m_limit);
    pager->setMaxPages(query.keep ? maxScannedPages : 1);
    m_pager = pager;
    connect(
        pager, &stripe::ListPager::pageLoaded, this,
        [this, pager, query](const QList<stripe::ListObject> &objects, bool hasMore) {
            for (const stripe::ListObject &object : objects) {
                if (m_found.size() >= m_limit)
                    break;
                if (!query.keep || query.keep(object.object()))
                    m_found.append(object.object());
            }
            if (query.keep && m_found.size() < m_limit && hasMore && pager->pagesLoaded() < maxScannedPages) {
                pager->fetchNext();
                return;
            }
            m_busy = false;
            m_pager = nullptr;
            pager->deleteLater();
            const bool more = hasMore && m_found.size() >= m_limit;
            finish(m_found,
                   m_found.isEmpty() ? query.emptyText
                       : more ? Text::tr("The first %n matches; type more to narrow them.", nullptr, m_limit)
                              : QString());
        });
    connect(pager, &stripe::ListPager::failed, this, [this, pager, query](const stripe::Error &error) {
        m_pager = nullptr;
        pager->deleteLater();
        // Search is not available to every account (not in India): the list answers instead.
        if (query.fallback && pager->pagesLoaded() == 0 && error.kind == stripe::Error::Kind::Api
            && error.httpStatus == 400) {
            page(*query.fallback);
            return;
        }
        m_busy = false;
        emit failed(m_plan.text, error);
    });
    pager->fetchNext();
}

void CustomerLookup::finish(const QList<QJsonObject> &customers, const QString &message)
{
    m_busy = false;
    emit finished(m_plan.text, customers, message);
}

} // namespace queries
