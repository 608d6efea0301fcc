#include "ui/customers/CustomersTab.h"

#include "src/objects/Json.h"
#include "src/records/Format.h"
#include "src/records/SearchQuery.h"
#include "src/writes/CustomerWrites.h"
#include "ui/customers/CustomerDialog.h"
#include "ui/invoices/NewInvoiceDialog.h"
#include "ui/orders/OrderDialog.h"
#include "ui/orders/PayOrderDialog.h"
#include "ui/writes/ConfirmWriteDialog.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

CustomersTab::CustomersTab(QWidget *parent)
    : RecordTab(objects::Kind::Customer, QStringLiteral("customers"), parent)
    , m_search(addSearchField(QStringLiteral("customerSearch"), tr("Search by email or name"),
                              tr("Search customers"), 36))
{

    QPushButton *create = addActionButton(QStringLiteral("newCustomer"), tr("&New customer…"));
    connect(create, &QPushButton::clicked, this, &CustomersTab::newCustomer);
    m_edit = addActionButton(QStringLiteral("editCustomer"), tr("&Edit…"));
    m_delete = addActionButton(QStringLiteral("deleteCustomer"), tr("Delete…"));
    // Alt+I and Alt+O belong to the Invoices and Orders tabs; "order" has no letter left.
    m_invoice = addActionButton(QStringLiteral("newInvoiceForCustomer"), tr("Ne&w invoice…"));
    m_order = addActionButton(QStringLiteral("newOrderForCustomer"), tr("New order…"));
    using Area = accounts::KeyPermissions::Area;
    for (QPushButton *button : {create, m_edit, m_delete})
        requirePermission(button, Area::Customers);
    requirePermission(m_invoice, Area::Invoices);
    requirePermission(m_order, Area::Orders);
    connect(m_edit, &QPushButton::clicked, this, &CustomersTab::editSelected);
    connect(m_delete, &QPushButton::clicked, this, &CustomersTab::deleteSelected);
    connect(m_invoice, &QPushButton::clicked, this, &CustomersTab::newInvoiceForSelected);
    connect(m_order, &QPushButton::clicked, this, &CustomersTab::newOrderForSelected);
    // Enter on a customer opens the detail (invoices, payments, cards): no default action.
    actsOnSelectedRow({m_edit, m_delete, m_invoice, m_order});
    updateActions({});
}

QVariantMap CustomersTab::filterValues() const
{
    return {{QStringLiteral("search"), m_search->text()}};
}

void CustomersTab::setFilterValues(const QVariantMap &values)
{
    m_search->setText(values.value(QStringLiteral("search")).toString());
}

void CustomersTab::updateActions(const QJsonObject &current)
{
    for (QPushButton *button : {m_edit, m_delete, m_invoice, m_order})
        button->setEnabled(!current.isEmpty());
}

WriteDialog *CustomersTab::newCustomer()
{
    auto *dialog = new CustomerDialog(writeContext(), {}, this);
    openWrite(dialog, [this](const QJsonObject &customer) {
        recordChanged(customer);
        emit announced(tr("Customer %1 created").arg(records::format::customerName(customer)));
    });
    return dialog;
}

WriteDialog *CustomersTab::editSelected()
{
    const QJsonObject customer = currentObject();
    if (customer.isEmpty())
        return nullptr;
    auto *dialog = new CustomerDialog(writeContext(), customer, this);
    openWrite(dialog, [this](const QJsonObject &updated) {
        recordChanged(updated);
        emit announced(tr("Customer %1 saved").arg(records::format::customerName(updated)));
    });
    return dialog;
}

WriteDialog *CustomersTab::deleteSelected()
{
    const QJsonObject customer = currentObject();
    if (customer.isEmpty())
        return nullptr;
    const writes::WriteContext context = writeContext();
    auto *dialog = new ConfirmWriteDialog(
        tr("Delete customer"), tr("Delete customer"), isLive(),
        [context, customer] { return new writes::DeleteCustomerWrite(context, customer); }, this);
    openWrite(dialog, [this, name = records::format::customerName(customer)](const QJsonObject &deleted) {
        recordRemoved(objects::json::string(deleted, u"id"));
        emit announced(tr("Customer %1 deleted").arg(name));
    });
    return dialog;
}

WriteDialog *CustomersTab::newInvoiceForSelected()
{
    const QJsonObject customer = currentObject();
    if (customer.isEmpty())
        return nullptr;
    auto *dialog
        = new NewInvoiceDialog(writeContext(), customer, objects::json::string(customer, u"currency"), this);
    openWrite(dialog, [this](const QJsonObject &invoice) { emit invoiceCreated(invoice); });
    return dialog;
}

WriteDialog *CustomersTab::newOrderForSelected()
{
    const QJsonObject customer = currentObject();
    if (customer.isEmpty())
        return nullptr;
    auto *dialog = new OrderDialog(writeContext(), customer, this);
    // Stripe answers with the customer's id; the row and the status bar name the customer.
    openWrite(dialog, [this, customer](QJsonObject order) {
        order.insert(QStringLiteral("customer"), customer);
        emit orderCreated(order);
    });
    return dialog;
}

records::ListQuery CustomersTab::query() const
{
    return records::search::customersMatching(m_search->text());
}
