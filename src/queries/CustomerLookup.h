#pragma once

#include "src/records/ListQuery.h"
#include "src/stripe/Client.h"
#include "src/stripe/Error.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

namespace stripe {
class ListPager;
class Reply;
} // namespace stripe

namespace queries {

// What text typed where a customer is asked for means to Stripe: a pasted id is fetched; an exact
// email goes through the list's email filter (exact, and case-sensitive); three characters or
// more are part of a name or an email, for Stripe's customer search (name~ and email~ need at
// least three); less than that sends nothing.
struct CustomerLookupPlan
{
    enum class Kind { Nothing, TooShort, Id, Email, Search };
    Kind kind = Kind::Nothing;
    QString text; // trimmed
    records::ListQuery query; // for Email and Search
};

CustomerLookupPlan planCustomerLookup(const QString &input);

// Runs a plan and answers with customers (name, email and all). A new lookup abandons the one in
// flight, whose answer never arrives: an old query's results never replace a newer one's.
class CustomerLookup : public QObject
{
    Q_OBJECT

public:
    explicit CustomerLookup(QObject *parent = nullptr);
    ~CustomerLookup() override;

    void setClient(stripe::Client *client);
    void setLimit(int limit) { m_limit = limit; }
    int limit() const { return m_limit; }

    void lookup(const QString &text);
    void cancel();
    bool isBusy() const { return m_busy; }

signals:
    // message says in words why the list is empty (or cut to the limit); empty otherwise.
    void finished(const QString &text, const QList<QJsonObject> &customers, const QString &message);
    void failed(const QString &text, const stripe::Error &error);

private:
    void page(const records::ListQuery &query);
    void finish(const QList<QJsonObject> &customers, const QString &message);

    QPointer<stripe::Client> m_client;
    int m_limit = 10;
    CustomerLookupPlan m_plan;
    QPointer<stripe::ListPager> m_pager;
    QPointer<stripe::Reply> m_reply;
    QList<QJsonObject> m_found;
    bool m_busy = false;
};

} // namespace queries
