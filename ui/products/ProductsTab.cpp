#include "products/ProductsTab.h"

#include "products/ProductDialogs.h"
#include "records/Json.h"
#include "widgets/ChoiceBox.h"

#include <QHBoxLayout>
#include <QPushButton>

ProductsTab::ProductsTab(QWidget *parent)
    : RecordTab(records::Kind::Product, QStringLiteral("products"), parent)
    , m_active(new ChoiceBox(this))
{
    m_active->setObjectName(QStringLiteral("productActive"));
    m_active->addChoice(tr("Active products"), QStringLiteral("true"));
    m_active->addChoice(tr("Archived products"), QStringLiteral("false"));
    m_active->addChoice(tr("All products"), QString());
    filterLayout()->addWidget(m_active);
    connect(m_active, &QComboBox::currentIndexChanged, this, &ProductsTab::applyFilters);

    connect(addActionButton(QStringLiteral("newProduct"), tr("&New product…")), &QPushButton::clicked, this,
            &ProductsTab::newProduct);
    m_newPrice = addActionButton(QStringLiteral("newPrice"), tr("New &price…"));
    connect(m_newPrice, &QPushButton::clicked, this, &ProductsTab::newPriceForSelected);
    updateActions({});
}

void ProductsTab::updateActions(const QJsonObject &product)
{
    m_newPrice->setEnabled(records::json::boolean(product, u"active"));
}

WriteDialog *ProductsTab::newProduct()
{
    auto *dialog = new ProductDialog(writeContext(), this);
    openWrite(dialog, [this](const QJsonObject &product) { recordChanged(product); });
    return dialog;
}

WriteDialog *ProductsTab::newPriceForSelected()
{
    const QJsonObject product = currentObject();
    if (product.isEmpty())
        return nullptr;
    auto *dialog = new PriceDialog(writeContext(), product, this);
    // The detail pane's price list shows the new price once the product is read again.
    openWrite(dialog,
              [this, id = records::json::string(product, u"id")](const QJsonObject &) { refetch(id); });
    return dialog;
}

records::ListQuery ProductsTab::query() const
{
    records::ListQuery query;
    query.path = QStringLiteral("/v1/products");
    query.params.insert(QStringLiteral("expand"), QStringList {QStringLiteral("data.default_price")});
    if (!m_active->value().isEmpty())
        query.params.insert(QStringLiteral("active"), m_active->value() == QLatin1String("true"));
    query.emptyText = m_active->value() == QLatin1String("false")
        ? tr("No archived products.")
        : tr("No products yet. Create one with New product.");
    return query;
}
