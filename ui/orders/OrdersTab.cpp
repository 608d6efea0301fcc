#include "ui/orders/OrdersTab.h"

#include "src/objects/Json.h"
#include "src/queries/TabQueries.h"
#include "src/records/Format.h"
#include "src/writes/OrderWrites.h"
#include "ui/orders/OrderDialog.h"
#include "ui/orders/PayOrderDialog.h"
#include "ui/widgets/ChoiceBox.h"
#include "ui/widgets/CustomerPicker.h"
#include "ui/writes/ConfirmWriteDialog.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>

namespace {

// "Order of $42.00 for Jane Doe"
QString orderName(const QJsonObject &order)
{
    const QJsonObject customer = objects::json::expanded(order, u"customer");
    const QString who = customer.isEmpty() ? objects::json::id(order, u"customer")
                                           : records::format::customerName(customer);
    return OrdersTab::tr("Order of %1 for %2").arg(records::format::money(order, u"amount"), who);
}

} // namespace

OrdersTab::OrdersTab(QWidget *parent)
    : RecordTab(objects::Kind::Order, QStringLiteral("orders"), parent)
    , m_status(new ChoiceBox(this))
    , m_customer(new CustomerPicker(this))
{
    m_status->setObjectName(QStringLiteral("orderStatus"));
    m_status->setAccessibleName(tr("Order status"));
    m_status->addChoice(tr("All orders"), QString());
    m_status->addChoice(tr("Awaiting payment"), QStringLiteral("requires_payment_method"));
    m_status->addChoice(tr("Paid"), QStringLiteral("succeeded"));
    m_status->addChoice(tr("Canceled"), QStringLiteral("canceled"));
    m_customer->setObjectName(QStringLiteral("orderCustomer"));
    m_customer->setPlaceholderText(tr("Customer: name, email or ID"));
    m_customer->setAccessibleName(tr("Orders of the customer"));
    fixFilterWidth(m_customer, 26);
    filterLayout()->addWidget(m_status);
    filterLayout()->addWidget(m_customer);
    connect(m_status, &QComboBox::currentIndexChanged, this, &OrdersTab::applyFilters);
    connect(m_customer, &CustomerPicker::customerChanged, this, &OrdersTab::applyFilters);
    // Short: with an order's actions showing, the German bar had no room for a longer one.
    m_search = addSearchField(QStringLiteral("orderSearch"), tr("Search…"), tr("Search orders"), 14);
    m_search->setToolTip(
        tr("Finds orders by any word of what was ordered, their card's last 4, their customer's name or "
           "email, their metadata or ID. Stripe cannot search orders by text: this searches this desk's "
           "copy of the account."));

    QPushButton *create = addActionButton(QStringLiteral("newOrder"), tr("&New order…"));
    connect(create, &QPushButton::clicked, this, &OrdersTab::newOrder);
    // Alt+P is the Payments & refunds tab.
    m_pay = addActionButton(QStringLiteral("payOrder"), tr("Pa&y order…"));
    m_cancel = addActionButton(QStringLiteral("cancelOrder"), tr("Cancel order…"));
    for (QPushButton *button : {create, m_pay, m_cancel})
        requirePermission(button, accounts::KeyPermissions::Area::Orders);
    connect(m_pay, &QPushButton::clicked, this, &OrdersTab::paySelected);
    connect(m_cancel, &QPushButton::clicked, this, &OrdersTab::cancelSelected);
    actsOnSelectedRow({m_pay, m_cancel});
    updateActions({});
}

QAbstractButton *OrdersTab::defaultAction() const
{
    return m_pay;
}

QVariantMap OrdersTab::filterValues() const
{
    return {{QStringLiteral("status"), m_status->value()},
            {QStringLiteral("customer"), m_customer->customerId()},
            {QStringLiteral("search"), m_search->text()}};
}

void OrdersTab::setFilterValues(const QVariantMap &values)
{
    const QSignalBlocker blocker(m_status); // one reload, by the caller, for all of them
    if (!m_status->selectValue(values.value(QStringLiteral("status")).toString()))
        m_status->setCurrentIndex(0);
    const QSignalBlocker customerBlocker(m_customer);
    m_customer->setCustomerId(values.value(QStringLiteral("customer")).toString());
    m_search->setText(values.value(QStringLiteral("search")).toString());
}

void OrdersTab::updateActions(const QJsonObject &order)
{
    m_pay->setVisible(writes::PayOrderWrite::canPay(order));
    m_cancel->setVisible(writes::CancelOrderWrite::canCancel(order));
}

WriteDialog *OrdersTab::newOrder()
{
    QJsonObject customer = m_customer->customer();
    if (customer.isEmpty() && !m_customer->customerId().isEmpty())
        customer.insert(QStringLiteral("id"), m_customer->customerId());
    auto *dialog = new OrderDialog(writeContext(), customer, this);
    openWrite(dialog, [this, dialog = QPointer<OrderDialog>(dialog)](QJsonObject order) {
        if (dialog)
            order.insert(QStringLiteral("customer"), dialog->customer()); // named, not an id, in the row
        orderCreated(order);
    });
    return dialog;
}

void OrdersTab::filterByCustomer(const QString &customerId)
{
    QSignalBlocker quiet(m_customer); // one load, below
    m_customer->setCustomerId(customerId);
    applyFilters();
}

void OrdersTab::connectionChanged()
{
    m_customer->setClient(client());
}

void OrdersTab::orderCreated(const QJsonObject &order)
{
    recordChanged(order);
    emit announced(tr("%1 created").arg(orderName(order)));
    // Paying it is the next step; Pay order opens once the order dialog has closed, so that it
    // is placed over this window rather than beside a dialog that is going away.
    QTimer::singleShot(0, this, [this, id = objects::json::string(order, u"id")] {
        if (currentId() == id)
            paySelected();
    });
}

WriteDialog *OrdersTab::paySelected()
{
    const QJsonObject order = currentObject();
    if (!writes::PayOrderWrite::canPay(order))
        return nullptr;
    auto *dialog = new PayOrderDialog(writeContext(), order, this);
    // A declined card leaves the order waiting with Stripe's reason: the row and the pane show it
    // once the dialog closes, paid or not.
    openWrite(
        dialog,
        [this, name = orderName(order)](const QJsonObject &paid) {
            refetch(objects::json::string(paid, u"id"));
            emit announced(tr("%1 paid").arg(name));
        },
        objects::json::string(order, u"id"));
    return dialog;
}

WriteDialog *OrdersTab::cancelSelected()
{
    const QJsonObject order = currentObject();
    if (!writes::CancelOrderWrite::canCancel(order))
        return nullptr;
    const writes::WriteContext context = writeContext();
    // The button says what it does to what, so it is not mistaken for the dialog's Cancel.
    auto *dialog = new ConfirmWriteDialog(
        tr("Cancel order"), tr("Cancel this order"), isLive(),
        [context, order] { return new writes::CancelOrderWrite(context, order); }, this);
    dialog->setCancelText(tr("Keep order"));
    openWrite(dialog, [this, name = orderName(order)](const QJsonObject &canceled) {
        refetch(objects::json::string(canceled, u"id"));
        emit announced(tr("%1 canceled").arg(name));
    });
    return dialog;
}

queries::OrderFilter OrdersTab::orderFilter() const
{
    return {m_status->value(), m_customer->customerId(), m_search->text()};
}

records::ListQuery OrdersTab::query() const
{
    return queries::ordersQuery(orderFilter());
}
