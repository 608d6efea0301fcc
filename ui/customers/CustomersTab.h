#pragma once

#include "records/RecordTab.h"

class QLineEdit;

class CustomersTab : public RecordTab
{
    Q_OBJECT

public:
    explicit CustomersTab(QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }

protected:
    records::ListQuery query() const override;

private:
    QLineEdit *m_search;
};
