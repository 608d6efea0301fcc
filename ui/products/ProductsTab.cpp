#include "products/ProductsTab.h"

#include "widgets/ChoiceBox.h"

#include <QHBoxLayout>

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
