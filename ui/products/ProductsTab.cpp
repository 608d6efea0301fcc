#include "ui/products/ProductsTab.h"

#include "src/objects/Json.h"
#include "src/queries/TabQueries.h"
#include "src/records/Format.h"
#include "src/records/PriceCounts.h"
#include "ui/products/PriceDialog.h"
#include "ui/products/ProductDialog.h"
#include "ui/widgets/ChoiceBox.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>

namespace {

// The product's own columns and how many prices it has, which Stripe keeps on the prices.
QList<records::Column> productColumns(QPointer<records::PriceCounts> counts)
{
    QList<records::Column> columns = records::columnsFor(objects::Kind::Product);
    records::Column prices;
    prices.id = QStringLiteral("prices");
    prices.title = ProductsTab::tr("Prices");
    prices.alignRight = true;
    prices.text = [counts](const QJsonObject &product) {
        return counts ? counts->text(objects::json::string(product, u"id")) : QString();
    };
    prices.sortKey = [counts](const QJsonObject &product) {
        return counts ? counts->count(objects::json::string(product, u"id")) : -1;
    };
    prices.toolTip = [counts](const QJsonObject &) { return counts ? counts->failureText() : QString(); };
    // Next to the default price, where a reader looks for pricing.
    const qsizetype defaultPrice = records::indexOfColumn(columns, u"default_price");
    columns.insert(defaultPrice < 0 ? columns.size() : defaultPrice + 1, prices);
    return columns;
}

} // namespace

ProductsTab::ProductsTab(QWidget *parent)
    : ProductsTab(new records::PriceCounts, parent)
{ }

ProductsTab::ProductsTab(records::PriceCounts *priceCounts, QWidget *parent)
    : RecordTab(objects::Kind::Product, QStringLiteral("products"), productColumns(priceCounts), parent)
    , m_priceCounts(priceCounts)
    , m_priceColumn(int(records::indexOfColumn(model()->columns(), u"prices")))
    , m_active(new ChoiceBox(this))
{
    m_priceCounts->setParent(this);
    connect(m_priceCounts, &records::PriceCounts::changed, this,
            [this] { model()->columnChanged(m_priceColumn); });
    // Every time the products are listed (a filter, F5, another account) the counts are too.
    // From the copy they are counted again whenever it reads the rows again (a price added
    // elsewhere).
    connect(model(), &records::ListModel::stateChanged, this, [this](records::ListModel::State state) {
        if (state == records::ListModel::State::Loading)
            recountPrices();
        else if (state == records::ListModel::State::Ready || state == records::ListModel::State::Empty)
            m_priceCounts->refreshFromCopy();
    });
    m_active->setObjectName(QStringLiteral("productActive"));
    m_active->setAccessibleName(tr("Active or archived products"));
    m_active->addChoice(tr("Active products"), QStringLiteral("true"));
    m_active->addChoice(tr("Archived products"), QStringLiteral("false"));
    m_active->addChoice(tr("All products"), QString());
    filterLayout()->addWidget(m_active);
    connect(m_active, &QComboBox::currentIndexChanged, this, &ProductsTab::applyFilters);
    m_search = addSearchField(QStringLiteral("productSearch"), tr("Name, description or ID"),
                              tr("Search products"), 22);
    m_search->setToolTip(
        tr("Finds products by any word of their name, description, metadata or ID. This searches "
           "this desk's copy of the account."));

    QPushButton *create = addActionButton(QStringLiteral("newProduct"), tr("&New product…"));
    connect(create, &QPushButton::clicked, this, &ProductsTab::newProduct);
    requirePermission(create, accounts::KeyPermissions::Area::Products);
    // Alt+P is the Payments & refunds tab.
    m_newPrice = addActionButton(QStringLiteral("newPrice"), tr("Ne&w price…"));
    connect(m_newPrice, &QPushButton::clicked, this, &ProductsTab::newPriceForSelected);
    requirePermission(m_newPrice, accounts::KeyPermissions::Area::Prices);
    actsOnSelectedRow({m_newPrice});
    updateActions({});
}

QVariantMap ProductsTab::filterValues() const
{
    return {{QStringLiteral("active"), m_active->value()}, {QStringLiteral("search"), m_search->text()}};
}

void ProductsTab::setFilterValues(const QVariantMap &values)
{
    const QSignalBlocker blocker(m_active); // one reload, by the caller
    if (!m_active->selectValue(values.value(QStringLiteral("active"), QStringLiteral("true")).toString()))
        m_active->setCurrentIndex(0);
    m_search->setText(values.value(QStringLiteral("search")).toString());
}

void ProductsTab::updateActions(const QJsonObject &product)
{
    m_newPrice->setEnabled(objects::json::boolean(product, u"active"));
}

WriteDialog *ProductsTab::newProduct()
{
    auto *dialog = new ProductDialog(writeContext(), this);
    openWrite(dialog, [this](const QJsonObject &product) {
        recordChanged(product);
        emit announced(tr("Product %1 created").arg(objects::json::string(product, u"name")));
    });
    return dialog;
}

WriteDialog *ProductsTab::newPriceForSelected()
{
    const QJsonObject product = currentObject();
    if (product.isEmpty())
        return nullptr;
    auto *dialog = new PriceDialog(writeContext(), product, this);
    // The detail pane's price list shows the new price once the product is read again.
    openWrite(dialog, [this, product](const QJsonObject &price) {
        refetch(objects::json::string(product, u"id"));
        recountPrices();
        emit announced(
            tr("Price %1 added to %2")
                .arg(records::format::money(price, u"unit_amount"), objects::json::string(product, u"name")));
    });
    return dialog;
}

void ProductsTab::recountPrices()
{
    m_priceCounts->recount(model()->client());
}

queries::ProductFilter ProductsTab::productFilter() const
{
    queries::ProductFilter filter;
    if (!m_active->value().isEmpty())
        filter.active = m_active->value() == QLatin1String("true");
    filter.text = m_search->text();
    return filter;
}

records::ListQuery ProductsTab::query() const
{
    return queries::productsQuery(productFilter());
}
