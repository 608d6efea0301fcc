#include "ui/invoices/InvoicesTab.h"

#include "src/money/Currency.h"
#include "src/objects/InvoiceRules.h"
#include "src/objects/Json.h"
#include "src/queries/TabQueries.h"
#include "src/records/Format.h"
#include "ui/invoices/InvoiceItemDialog.h"
#include "ui/invoices/NewInvoiceDialog.h"
#include "ui/invoices/PayInvoiceDialog.h"
#include "ui/widgets/ChoiceBox.h"
#include "ui/widgets/CustomerPicker.h"
#include "ui/widgets/DateRangeFilter.h"
#include "ui/writes/ConfirmWriteDialog.h"

#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>

namespace {

// An invoice as a clerk names it: its number, or a draft's customer (drafts have no number).
QString invoiceName(const QJsonObject &invoice)
{
    const QString number = objects::json::string(invoice, u"number");
    return number.isEmpty()
        ? InvoicesTab::tr("the draft invoice for %1").arg(records::format::customerOfInvoice(invoice))
        : InvoicesTab::tr("invoice %1").arg(number);
}

QString doneText(InvoicesTab::Action action, QString name)
{
    using Action = InvoicesTab::Action;
    name[0] = name.at(0).toUpper();
    switch (action) {
    case Action::Finalize:
        return InvoicesTab::tr("%1 finalized").arg(name);
    case Action::Send:
        return InvoicesTab::tr("%1 sent to the customer").arg(name);
    case Action::Pay:
        return InvoicesTab::tr("%1 paid").arg(name);
    case Action::Void:
        return InvoicesTab::tr("%1 voided").arg(name);
    case Action::MarkUncollectible:
        return InvoicesTab::tr("%1 marked uncollectible").arg(name);
    case Action::Delete:
        return InvoicesTab::tr("%1 deleted").arg(name);
    }
    return name;
}

} // namespace

InvoicesTab::InvoicesTab(QWidget *parent)
    : RecordTab(objects::Kind::Invoice, QStringLiteral("invoices"), parent)
    , m_status(new ChoiceBox(this))
    , m_customer(new CustomerPicker(this))
    , m_currency(new ChoiceBox(this))
    , m_due(new DateRangeFilter(DateRangeFilter::Dates::Due, this))
{
    filterLayout()->addWidget(makeFilters());
    connect(m_status, &QComboBox::currentIndexChanged, this, &InvoicesTab::applyFilters);
    connect(m_customer, &CustomerPicker::customerChanged, this, &InvoicesTab::applyFilters);
    connect(m_currency, &QComboBox::currentIndexChanged, this, &InvoicesTab::applyFilters);
    connect(m_due, &DateRangeFilter::rangeChanged, this, [this] {
        m_exactDue.reset(); // the days chosen by hand, whole
        applyFilters();
    });

    QPushButton *create = addActionButton(QStringLiteral("newInvoice"), tr("&New invoice…"));
    connect(create, &QPushButton::clicked, this, &InvoicesTab::newInvoice);
    requirePermission(create, accounts::KeyPermissions::Area::Invoices);
    // Alt+A is the Account menu.
    m_addItem = addActionButton(QStringLiteral("addInvoiceItem"), tr("Add i&tem…"));
    connect(m_addItem, &QPushButton::clicked, this, &InvoicesTab::addItemToSelected);
    requirePermission(m_addItem, accounts::KeyPermissions::Area::Invoices);
    const QList<QPair<Action, QString>> actions {
        {Action::Finalize, QStringLiteral("finalizeInvoice")},
        {Action::Send, QStringLiteral("sendInvoice")},
        {Action::Pay, QStringLiteral("payInvoice")},
        {Action::Void, QStringLiteral("voidInvoice")},
        {Action::MarkUncollectible, QStringLiteral("markUncollectible")},
        {Action::Delete, QStringLiteral("deleteInvoice")}};
    for (const auto &[action, name] : actions) {
        QString label = writes::InvoiceActionWrite::actionName(action);
        if (action == Action::Pay)
            label += QStringLiteral("…");
        QPushButton *button = addActionButton(name, label);
        connect(button, &QPushButton::clicked, this, [this, action = action] { actOnSelected(action); });
        m_actionButtons.insert(action, button);
        requirePermission(button, accounts::KeyPermissions::Area::Invoices);
    }
    actsOnSelectedRow({m_addItem});
    for (const auto &[action, name] : actions)
        actsOnSelectedRow({m_actionButtons.value(action)});
    updateActions({});
}

QWidget *InvoicesTab::makeFilters()
{
    m_status->setObjectName(QStringLiteral("invoiceStatus"));
    m_status->setAccessibleName(tr("Invoice status"));
    m_status->addChoice(tr("All statuses"), QString());
    m_status->addChoice(tr("Draft"), QStringLiteral("draft"));
    m_status->addChoice(tr("Open"), QStringLiteral("open"));
    m_status->addChoice(tr("Paid"), QStringLiteral("paid"));
    m_status->addChoice(tr("Uncollectible"), QStringLiteral("uncollectible"));
    m_status->addChoice(tr("Void"), QStringLiteral("void"));
    m_customer->setObjectName(QStringLiteral("invoiceCustomer"));
    m_customer->setPlaceholderText(tr("Customer: name, email or ID"));
    m_customer->setAccessibleName(tr("Invoices of the customer"));
    fixFilterWidth(m_customer, 26);
    m_currency->setObjectName(QStringLiteral("invoiceCurrency"));
    m_currency->setAccessibleName(tr("Invoice currency"));
    m_currency->addChoice(tr("Any currency"), QString());
    for (const QString &code : money::Currency::commonCodes())
        m_currency->addChoice(code, code);
    // Like every tab's filters: the choices say what they filter ("All statuses"), no label.
    // Two rows, as on Payments: who and which, then how much and when.
    auto *box = new QWidget(this);
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    // Short, on the second row: the first, with an open invoice's actions beside it, had no room.
    m_search = makeSearchField(QStringLiteral("invoiceSearch"), tr("Search…"), tr("Search invoices"), 14);
    m_search->setToolTip(tr("Finds invoices by any word of their number, their customer's name or email, "
                            "their description, metadata or ID. This searches this desk's copy of the "
                            "account."));
    auto *first = new QHBoxLayout;
    first->addWidget(m_status);
    first->addWidget(m_customer);
    first->addStretch();
    auto *second = new QHBoxLayout;
    second->addWidget(m_currency);
    second->addWidget(m_due);
    second->addWidget(m_search);
    second->addStretch();
    grid->addLayout(first, 0, 0);
    grid->addLayout(second, 1, 0);
    return box;
}

QAbstractButton *InvoicesTab::defaultAction() const
{
    return m_actionButtons.value(Action::Pay);
}

QVariantMap InvoicesTab::filterValues() const
{
    const queries::CreatedRange due = m_due->range();
    return {{QStringLiteral("status"), m_status->value()},
            {QStringLiteral("customer"), m_customer->customerId()},
            {QStringLiteral("currency"), m_currency->value()},
            {QStringLiteral("dueFrom"), due.from.isValid() ? due.from.toString(Qt::ISODate) : QString()},
            {QStringLiteral("dueTo"), due.to.isValid() ? due.to.toString(Qt::ISODate) : QString()},
            {QStringLiteral("search"), m_search->text()}};
}

void InvoicesTab::setFilterValues(const QVariantMap &values)
{
    const QSignalBlocker blocker(m_status); // one reload, by the caller, for all of them
    if (!m_status->selectValue(values.value(QStringLiteral("status")).toString()))
        m_status->setCurrentIndex(0);
    const QSignalBlocker customerBlocker(m_customer);
    m_customer->setCustomerId(values.value(QStringLiteral("customer")).toString());
    const QSignalBlocker currencyBlocker(m_currency);
    if (!m_currency->selectValue(values.value(QStringLiteral("currency")).toString()))
        m_currency->setCurrentIndex(0);
    const QSignalBlocker dueBlocker(m_due);
    m_due->setRange({QDate::fromString(values.value(QStringLiteral("dueFrom")).toString(), Qt::ISODate),
                     QDate::fromString(values.value(QStringLiteral("dueTo")).toString(), Qt::ISODate)});
    m_search->setText(values.value(QStringLiteral("search")).toString());
    m_exactDue.reset();
}

void InvoicesTab::filterBy(const queries::InvoiceFilter &filter)
{
    {
        // One load, below, for all of them.
        const QSignalBlocker statusBlocker(m_status);
        const QSignalBlocker customerBlocker(m_customer);
        const QSignalBlocker currencyBlocker(m_currency);
        const QSignalBlocker dueBlocker(m_due);
        const QSignalBlocker createdBlocker(createdFilter());
        if (!m_status->selectValue(filter.status))
            m_status->setCurrentIndex(0);
        m_customer->setCustomerId(filter.customer);
        const QString currency = filter.currency.toUpper();
        if (!currency.isEmpty() && !m_currency->selectValue(currency))
            m_currency->addChoice(currency, currency); // not one of the common ones
        if (!m_currency->selectValue(currency))
            m_currency->setCurrentIndex(0);
        // The days the seconds fall on: the last second before the end is the last day's.
        const auto dayOf = [](std::optional<qint64> secs) {
            return secs ? QDateTime::fromSecsSinceEpoch(*secs).date() : QDate();
        };
        m_due->setRange({dayOf(filter.dueFrom),
                         dayOf(filter.dueUntil ? std::optional(*filter.dueUntil - 1) : std::nullopt)});
        createdFilter()->clear();
        m_search->clear(); // exactly the figure's rows
    }
    m_exactDue.reset();
    if (filter.dueFrom || filter.dueUntil)
        m_exactDue = std::pair {filter.dueFrom, filter.dueUntil};
    applyFilters();
}

queries::InvoiceFilter InvoicesTab::invoiceFilter() const
{
    queries::InvoiceFilter filter {
        m_status->value(), m_customer->customerId(), m_currency->value().toLower(), std::nullopt,
        std::nullopt,      m_search->text()};
    if (m_exactDue) {
        filter.dueFrom = m_exactDue->first;
        filter.dueUntil = m_exactDue->second;
        return filter;
    }
    const queries::CreatedRange due = m_due->range();
    filter.dueFrom = due.firstSecond();
    // The range's last second is inclusive; the filter's end is not.
    if (const auto last = due.lastSecond())
        filter.dueUntil = *last + 1;
    return filter;
}

void InvoicesTab::updateActions(const QJsonObject &invoice)
{
    namespace rules = objects::invoices;
    // Hidden, not merely disabled: an action Stripe does not allow in this state is not offered.
    m_addItem->setVisible(rules::canAddItem(invoice));
    m_actionButtons.value(Action::Finalize)->setVisible(rules::canFinalize(invoice));
    m_actionButtons.value(Action::Send)->setVisible(rules::canSend(invoice));
    m_actionButtons.value(Action::Pay)->setVisible(rules::canPay(invoice));
    m_actionButtons.value(Action::Void)->setVisible(rules::canVoid(invoice));
    m_actionButtons.value(Action::MarkUncollectible)->setVisible(rules::canMarkUncollectible(invoice));
    m_actionButtons.value(Action::Delete)->setVisible(rules::canDelete(invoice));
}

WriteDialog *InvoicesTab::newInvoice()
{
    // The customer in the filter, if one is chosen: a new draft is most often for them.
    QJsonObject customer = m_customer->customer();
    if (customer.isEmpty() && !m_customer->customerId().isEmpty())
        customer.insert(QStringLiteral("id"), m_customer->customerId());
    auto *dialog = new NewInvoiceDialog(writeContext(), customer, QString(), this);
    openWrite(dialog, [this](const QJsonObject &invoice) {
        recordChanged(invoice);
        emit announced(tr("Draft invoice for %1 created").arg(records::format::customerOfInvoice(invoice)));
    });
    return dialog;
}

WriteDialog *InvoicesTab::addItemToSelected()
{
    const QJsonObject invoice = currentObject();
    if (!objects::invoices::canAddItem(invoice))
        return nullptr;
    auto *dialog = new InvoiceItemDialog(writeContext(), invoice, this);
    // The item changes the invoice's totals: read the invoice again.
    openWrite(dialog, [this, invoice](const QJsonObject &) {
        refetch(objects::json::string(invoice, u"id"));
        emit announced(tr("Item added to %1").arg(invoiceName(invoice)));
    });
    return dialog;
}

WriteDialog *InvoicesTab::actOnSelected(Action action)
{
    const QJsonObject invoice = currentObject();
    if (invoice.isEmpty())
        return nullptr;
    const writes::WriteContext context = writeContext();
    WriteDialog *dialog = nullptr;
    if (action == Action::Pay) {
        dialog = new PayInvoiceDialog(context, invoice, this);
    } else {
        const QString name = writes::InvoiceActionWrite::actionName(action);
        dialog = new ConfirmWriteDialog(
            tr("%1 invoice").arg(name), name, isLive(),
            [context, invoice, action] { return new writes::InvoiceActionWrite(context, invoice, action); },
            this);
    }
    // A refused payment can still change the invoice (its attempt count, next attempt): read it
    // again when the dialog closes without success.
    openWrite(
        dialog,
        [this, action, name = invoiceName(invoice)](const QJsonObject &result) {
            if (action == Action::Delete)
                recordRemoved(objects::json::string(result, u"id"));
            else
                recordChanged(result);
            emit announced(doneText(action, name));
        },
        action == Action::Pay ? objects::json::string(invoice, u"id") : QString());
    return dialog;
}

void InvoicesTab::filterByCustomer(const QString &customerId)
{
    QSignalBlocker quiet(m_customer); // one load, below
    m_customer->setCustomerId(customerId);
    applyFilters();
}

void InvoicesTab::connectionChanged()
{
    m_customer->setClient(client());
}

records::ListQuery InvoicesTab::query() const
{
    return queries::invoicesQuery(invoiceFilter());
}
