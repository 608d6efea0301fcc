#pragma once

#include "src/queries/TabQueries.h"
#include "ui/records/RecordTab.h"

namespace records {
class PriceCounts;
} // namespace records

class ChoiceBox;
class QPushButton;
class WriteDialog;

// Products and their prices — today's replacement for the old SKUs.
class ProductsTab : public RecordTab
{
    Q_OBJECT

public:
    explicit ProductsTab(QWidget *parent = nullptr);

    ChoiceBox *activeFilter() const { return m_active; }
    QLineEdit *searchField() const { return m_search; }
    QPushButton *newPriceButton() const { return m_newPrice; }
    records::PriceCounts *priceCounts() const { return m_priceCounts; }
    int pricesColumn() const { return m_priceColumn; }
    WriteDialog *newProduct();
    WriteDialog *newPriceForSelected();
    // What the filters ask for: of Stripe (query()) and of the mirror alike.
    queries::ProductFilter productFilter() const;

    QVariantMap filterValues() const override;
    void setFilterValues(const QVariantMap &values) override;

protected:
    records::ListQuery query() const override;
    void updateActions(const QJsonObject &product) override;

private:
    ProductsTab(records::PriceCounts *priceCounts, QWidget *parent);
    void recountPrices();

    records::PriceCounts *m_priceCounts;
    int m_priceColumn;
    ChoiceBox *m_active;
    QLineEdit *m_search = nullptr;
    QPushButton *m_newPrice;
};
