#pragma once

#include "src/queries/PaymentFilter.h"
#include "src/queries/PaymentSearchText.h"
#include "src/stripe/Client.h"

#include <QObject>
#include <QPointer>

namespace stripe {
class Reply;
} // namespace stripe

namespace queries {

class CustomerLookup;

// Turns the Payments search box's text into the filter Stripe can be asked: an email or part of
// a name becomes those customers' ids (looked up first), a payment's or a refund's id the payment
// and the second it was made, the rest goes as it is. A new find abandons the one in flight.
class PaymentFinder : public QObject
{
    Q_OBJECT

public:
    explicit PaymentFinder(QObject *parent = nullptr);
    ~PaymentFinder() override;

    void setClient(stripe::Client *client);
    // Answers with ready(), at once when nothing needs looking up. A Dates term is left to the
    // caller's created range.
    void find(const PaymentFilter &base, const PaymentSearchTerm &term);
    void cancel();
    bool isBusy() const;

signals:
    void ready(const queries::PaymentFilter &filter);

private:
    void fetchCharge(const QString &chargeId);
    void fetchRefund(const QString &refundId);
    void finish();

    QPointer<stripe::Client> m_client;
    CustomerLookup *m_customers;
    QPointer<stripe::Reply> m_reply;
    PaymentFilter m_filter;
    PaymentSearchTerm m_term;
};

} // namespace queries
