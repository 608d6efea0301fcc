#pragma once

#include "records/RecordTab.h"

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
    QPushButton *newPriceButton() const { return m_newPrice; }
    WriteDialog *newProduct();
    WriteDialog *newPriceForSelected();

protected:
    records::ListQuery query() const override;
    void updateActions(const QJsonObject &current) override;

private:
    ChoiceBox *m_active;
    QPushButton *m_newPrice;
};
