#pragma once

#include "src/stripe/FormEncoding.h"
#include "src/stripe/ListPager.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <memory>

namespace records {

// Which Stripe list a table shows: the endpoint, its server-side filters, and what to say when
// it is empty. Filters belong on the server wherever Stripe offers them.
struct ListQuery
{
    stripe::ListPager::Kind kind = stripe::ListPager::Kind::List;
    QString path; // "/v1/invoices", "/v1/customers/search"
    stripe::Params params; // status=open, customer=cus_1, query=..., expand[]=...
    QString emptyText; // "No open invoices for this customer."
    // Set when the filters cannot make a valid request (a malformed id): nothing is sent and
    // the table says this instead.
    QString invalidReason;
    // Set when only the copy of the account can answer the filters (the text of refunds, which
    // Stripe cannot search): a row source that answers lists them; otherwise nothing is sent and
    // the table says this.
    QString needsCopy;
    // A word the footer adds under the rows: a filter Paydesk applies itself over what Stripe
    // returns, or that search may not have the newest objects yet.
    QString footnote;
    // Where Stripe offers no filter, rows are kept only when this says so.
    std::function<bool(const QJsonObject &)> keep;
    // Tried when the first page of a search fails with an invalid-request error (search is not
    // available to every account): the equivalent list filter.
    std::shared_ptr<ListQuery> fallback;

    bool isValid() const { return !path.isEmpty() && invalidReason.isEmpty(); }
};

} // namespace records
