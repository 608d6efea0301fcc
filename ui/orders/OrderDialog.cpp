#include "ui/orders/OrderDialog.h"

#include "src/objects/Json.h"
#include "src/queries/PickerLists.h"
#include "src/records/Format.h"
#include "ui/widgets/CustomerPicker.h"
#include "ui/widgets/RecordPicker.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

OrderDialog::OrderDialog(const writes::WriteContext &context, const QJsonObject &customer, QWidget *parent)
    : WriteDialog(tr("New order"), context.isLive(), parent)
    , m_context(context)
    , m_customer(new CustomerPicker(this))
    , m_price(new RecordPicker(this))
    , m_quantity(new QSpinBox(this))
    , m_lines(new QTableWidget(0, 3, this))
    , m_total(new QLabel(this))
{
    setObjectName(QStringLiteral("orderDialog"));
    m_customer->setObjectName(QStringLiteral("customer"));
    m_customer->setClient(context.client);
    m_customer->setCustomer(customer);
    m_price->setObjectName(QStringLiteral("price"));
    m_quantity->setObjectName(QStringLiteral("quantity"));
    m_lines->setObjectName(QStringLiteral("lines"));
    m_total->setObjectName(QStringLiteral("total"));
    m_quantity->setRange(1, 10000);
    m_lines->setHorizontalHeaderLabels({tr("Item"), tr("Quantity"), tr("Amount")});
    m_lines->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_lines->verticalHeader()->hide();
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->setMinimumHeight(m_lines->fontMetrics().height() * 8);
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);

    auto *add = new QPushButton(tr("&Add line"), this);
    add->setObjectName(QStringLiteral("addLine"));
    auto *remove = new QPushButton(tr("&Remove line"), this);
    m_quantity->setAccessibleName(tr("Quantity"));
    m_lines->setAccessibleName(tr("Order lines"));
    remove->setObjectName(QStringLiteral("removeLine"));
    auto *pickRow = new QWidget(this);
    auto *pick = new QHBoxLayout(pickRow);
    pick->setContentsMargins(0, 0, 0, 0);
    pick->addWidget(m_price, 1);
    pick->addWidget(new QLabel(tr("×"), this));
    pick->addWidget(m_quantity);
    pick->addWidget(add);
    form()->addRow(tr("&Customer:"), m_customer);
    form()->addRow(tr("&Item:"), pickRow);
    if (auto *label = qobject_cast<QLabel *>(form()->labelForField(pickRow)))
        label->setBuddy(m_price);
    form()->addRow(tr("Lines:"), m_lines);
    form()->addRow(QString(), remove);
    form()->addRow(tr("Total:"), m_total);

    m_price->load(context.client, queries::oneTimePrices());

    connect(m_customer, &CustomerPicker::customerChanged, this, &OrderDialog::inputsChanged);
    connect(add, &QPushButton::clicked, this, &OrderDialog::addLine);
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_lines->currentRow();
        if (row >= 0 && row < m_orderLines.size()) {
            m_orderLines.removeAt(row);
            refreshLines();
        }
    });
    refreshLines();
}

void OrderDialog::addLine()
{
    const QJsonObject price = m_price->currentObject();
    if (price.isEmpty())
        return;
    const QString priceId = objects::json::string(price, u"id");
    // The same price again adds to its line's quantity.
    for (writes::OrderLine &line : m_orderLines) {
        if (objects::json::string(line.price, u"id") == priceId) {
            line.quantity += m_quantity->value();
            refreshLines();
            return;
        }
    }
    writes::OrderLine line;
    line.price = price;
    line.productName = objects::json::string(objects::json::expanded(price, u"product"), u"name");
    line.quantity = m_quantity->value();
    m_orderLines.append(line);
    refreshLines();
}

void OrderDialog::refreshLines()
{
    m_lines->setRowCount(int(m_orderLines.size()));
    for (int row = 0; row < m_orderLines.size(); ++row) {
        const writes::OrderLine &line = m_orderLines.at(row);
        const auto total = line.total();
        m_lines->setItem(row, 0, new QTableWidgetItem(records::format::choiceLabel(line.price)));
        m_lines->setItem(row, 1, new QTableWidgetItem(QString::number(line.quantity)));
        auto *amount = new QTableWidgetItem(total ? total->format() : QString());
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_lines->setItem(row, 2, amount);
    }
    inputsChanged();
}

QJsonObject OrderDialog::customer() const
{
    return m_customer->customer();
}

writes::Write *OrderDialog::makeWrite(QString *error)
{
    auto *order = new writes::CreateOrderWrite(m_context, m_customer->customer(), m_orderLines);
    const auto total = order->total();
    m_totalText = total ? total->format() : QString();
    m_total->setText(m_orderLines.isEmpty() ? tr("Add items to the order.") : m_totalText);
    if (m_customer->customer().isEmpty()) {
        delete order;
        *error = tr("Choose the customer: type part of their name or email, or paste their ID.");
        return nullptr;
    }
    return order;
}

QString OrderDialog::confirmLabel() const
{
    return tr("Create order of %1").arg(m_totalText);
}
