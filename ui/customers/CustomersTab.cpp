#include "customers/CustomersTab.h"

#include "records/SearchQuery.h"

#include <QHBoxLayout>
#include <QLineEdit>

CustomersTab::CustomersTab(QWidget *parent)
    : RecordTab(records::Kind::Customer, QStringLiteral("customers"), parent)
    , m_search(new QLineEdit(this))
{
    m_search->setObjectName(QStringLiteral("customerSearch"));
    m_search->setPlaceholderText(tr("Search by email or name"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 36);
    filterLayout()->addWidget(m_search);
    connect(m_search, &QLineEdit::textEdited, this, &CustomersTab::filtersEdited);
    connect(m_search, &QLineEdit::returnPressed, this, &CustomersTab::applyFilters);
}

records::ListQuery CustomersTab::query() const
{
    return records::search::customersMatching(m_search->text());
}
