#pragma once

#include "records/RecordTab.h"

class ChoiceBox;

class ProductsTab : public RecordTab
{
    Q_OBJECT

public:
    explicit ProductsTab(QWidget *parent = nullptr);

    ChoiceBox *activeFilter() const { return m_active; }

protected:
    records::ListQuery query() const override;

private:
    ChoiceBox *m_active;
};
