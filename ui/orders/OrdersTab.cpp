#include "orders/OrdersTab.h"

#include "operations/OrderOperations.h"
#include "orders/OrderDialogs.h"
#include "records/IdCheck.h"
#include "records/Json.h"
#include "records/RecordFetch.h"
#include "records/SearchQuery.h"
#include "widgets/ChoiceBox.h"
#include "writes/ConfirmWriteDialog.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

OrdersTab::OrdersTab(QWidget *parent)
    : RecordTab(records::Kind::Order, QStringLiteral("orders"), parent)
    , m_status(new ChoiceBox(this))
    , m_customer(new QLineEdit(this))
{
    m_status->setObjectName(QStringLiteral("orderStatus"));
    m_status->addChoice(tr("All orders"), QString());
    m_status->addChoice(tr("Awaiting payment"), QStringLiteral("requires_payment_method"));
    m_status->addChoice(tr("Paid"), QStringLiteral("succeeded"));
    m_status->addChoice(tr("Canceled"), QStringLiteral("canceled"));
    m_customer->setObjectName(QStringLiteral("orderCustomer"));
    m_customer->setPlaceholderText(tr("Customer ID (cus_…)"));
    m_customer->setClearButtonEnabled(true);
    m_customer->setMinimumWidth(m_customer->fontMetrics().averageCharWidth() * 26);
    filterLayout()->addWidget(m_status);
    filterLayout()->addWidget(m_customer);
    connect(m_status, &QComboBox::currentIndexChanged, this, &OrdersTab::applyFilters);
    connect(m_customer, &QLineEdit::textEdited, this, &OrdersTab::filtersEdited);
    connect(m_customer, &QLineEdit::returnPressed, this, &OrdersTab::applyFilters);

    connect(addActionButton(QStringLiteral("newOrder"), tr("&New order…")), &QPushButton::clicked, this,
            &OrdersTab::newOrder);
    m_pay = addActionButton(QStringLiteral("payOrder"), tr("&Pay order…"));
    m_cancel = addActionButton(QStringLiteral("cancelOrder"), tr("Cancel order…"));
    connect(m_pay, &QPushButton::clicked, this, &OrdersTab::paySelected);
    connect(m_cancel, &QPushButton::clicked, this, &OrdersTab::cancelSelected);
    updateActions({});
}

void OrdersTab::updateActions(const QJsonObject &order)
{
    m_pay->setVisible(operations::PayOrderOperation::canPay(order));
    m_cancel->setVisible(operations::CancelOrderOperation::canCancel(order));
}

void OrdersTab::newOrder()
{
    const QString customerId = m_customer->text().trimmed();
    if (const QString problem = records::checkId(customerId, records::Kind::Customer); !problem.isEmpty()) {
        QMessageBox::information(
            this, tr("New order"),
            tr("Enter the customer's ID in the filter, or start the order from the Customers tab "
               "(New order… on the selected customer)."));
        return;
    }
    auto *fetch = records::RecordFetch::start(client(), records::Kind::Customer, customerId, this);
    connect(fetch, &records::RecordFetch::fetched, this, [this](const QJsonObject &customer) {
        openWrite(new OrderDialog(writeContext(), customer, this),
                  [this](const QJsonObject &order) { orderCreated(order); });
    });
    connect(fetch, &records::RecordFetch::failed, this, [this](const stripe::Error &error) {
        QMessageBox::warning(this, tr("New order"), stripe::describe(error));
    });
}

void OrdersTab::orderCreated(const QJsonObject &order)
{
    recordChanged(order);
    paySelected();
}

WriteDialog *OrdersTab::paySelected()
{
    const QJsonObject order = currentObject();
    if (!operations::PayOrderOperation::canPay(order))
        return nullptr;
    auto *dialog = new PayOrderDialog(writeContext(), order, this);
    openWrite(dialog, [this](const QJsonObject &paid) { refetch(records::json::string(paid, u"id")); });
    return dialog;
}

WriteDialog *OrdersTab::cancelSelected()
{
    const QJsonObject order = currentObject();
    if (!operations::CancelOrderOperation::canCancel(order))
        return nullptr;
    const operations::OperationContext context = writeContext();
    auto *dialog = new ConfirmWriteDialog(
        tr("Cancel order"), tr("Cancel order"), isLive(),
        [context, order] { return new operations::CancelOrderOperation(context, order); }, this);
    openWrite(dialog,
              [this](const QJsonObject &canceled) { refetch(records::json::string(canceled, u"id")); });
    return dialog;
}

records::ListQuery OrdersTab::query() const
{
    namespace search = records::search;
    const QString status = m_status->value();
    const QString customer = m_customer->text().trimmed();

    QStringList clauses {search::metadataExact(QStringLiteral("paydesk_order"), QStringLiteral("1"))};
    if (!status.isEmpty())
        clauses << search::exact(QStringLiteral("status"), status);
    if (!customer.isEmpty())
        clauses << search::exact(QStringLiteral("customer"), customer);

    records::ListQuery query;
    query.kind = stripe::ListPager::Kind::Search;
    query.path = QStringLiteral("/v1/payment_intents/search");
    query.params.insert(QStringLiteral("query"), clauses.join(QLatin1String(" AND ")));
    query.params.insert(QStringLiteral("expand"), QStringList {QStringLiteral("data.customer")});
    query.emptyText = customer.isEmpty() ? tr("No orders yet. Create one with New order.")
                                         : tr("No orders for this customer.");
    if (!customer.isEmpty())
        query.invalidReason = records::checkId(customer, records::Kind::Customer);

    // Without search: the payment intent list, keeping Paydesk's orders.
    auto fallback = std::make_shared<records::ListQuery>();
    fallback->path = QStringLiteral("/v1/payment_intents");
    fallback->params.insert(QStringLiteral("expand"), QStringList {QStringLiteral("data.customer")});
    if (!customer.isEmpty())
        fallback->params.insert(QStringLiteral("customer"), customer);
    fallback->keep = [status](const QJsonObject &intent) {
        return records::json::string(intent, u"metadata.paydesk_order") == QLatin1String("1")
            && (status.isEmpty() || records::json::string(intent, u"status") == status);
    };
    fallback->emptyText = query.emptyText;
    query.fallback = fallback;
    return query;
}
