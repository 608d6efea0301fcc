#include "ui/overview/FigurePanel.h"

#include "ui/overview/BarChart.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

FigurePanel::FigurePanel(const QString &title, BarChart *chart, QTableWidget *table, QWidget *parent)
    : QWidget(parent)
    , m_chart(chart)
    , m_table(table)
    , m_views(new QStackedWidget(this))
    , m_caption(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_asTable(new QPushButton(tr("Show as table"), this))
    , m_export(new QPushButton(tr("Export figure…"), this))
    , m_exportRows(new QPushButton(tr("Export selected rows…"), this))
{
    auto *heading = new QLabel(title, this);
    QFont bold = heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    heading->setFont(bold);
    heading->setAccessibleName(title);

    m_asTable->setCheckable(true);
    m_asTable->setToolTip(tr("The same numbers as a table"));
    m_export->setToolTip(tr("Save this figure's numbers, every currency, to a CSV file"));
    m_exportRows->setToolTip(tr("Save the records behind the selected bar or row to a CSV file"));
    m_asTable->setVisible(m_chart != nullptr);

    auto *top = new QHBoxLayout;
    top->addWidget(heading, 1);
    top->addWidget(m_asTable);
    top->addWidget(m_export);
    top->addWidget(m_exportRows);

    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setAccessibleName(title);
    if (m_chart) {
        m_chart->setAccessibleName(title);
        m_views->addWidget(m_chart);
    }
    m_views->addWidget(m_table);

    m_caption->setWordWrap(true);
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_caption->setVisible(m_chart != nullptr);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_empty);
    layout->addWidget(m_views, 1);
    layout->addWidget(m_caption);

    connect(m_asTable, &QPushButton::toggled, this, &FigurePanel::showTable);
    connect(m_export, &QPushButton::clicked, this, &FigurePanel::exportRequested);
    connect(m_exportRows, &QPushButton::clicked, this, &FigurePanel::exportRowsRequested);
    if (m_chart) {
        connect(m_chart, &BarChart::currentChanged, this, &FigurePanel::updateCaption);
        updateCaption();
    }
}

void FigurePanel::fitTable()
{
    int height = m_table->horizontalHeader()->height() + 2 * m_table->frameWidth();
    for (int row = 0; row < m_table->rowCount(); ++row)
        height += m_table->rowHeight(row);
    if (m_table->horizontalScrollBar()->isVisible())
        height += m_table->horizontalScrollBar()->height();
    m_table->setFixedHeight(height);
}

bool FigurePanel::isShowingTable() const
{
    return m_views->currentWidget() == m_table;
}

void FigurePanel::showTable(bool table)
{
    if (!m_chart)
        return;
    const bool hadFocus = m_views->currentWidget()->hasFocus();
    m_views->setCurrentWidget(table ? static_cast<QWidget *>(m_table) : m_chart);
    m_caption->setVisible(!table);
    m_asTable->setChecked(table);
    m_asTable->setText(table ? tr("Show as chart") : tr("Show as table"));
    if (hadFocus)
        m_views->currentWidget()->setFocus(Qt::OtherFocusReason);
}

void FigurePanel::setEmptyText(const QString &text)
{
    m_empty->setText(text);
    m_empty->setVisible(!text.isEmpty());
    m_views->setVisible(text.isEmpty());
    m_caption->setVisible(text.isEmpty() && !isShowingTable() && m_chart);
    m_exportRows->setEnabled(text.isEmpty());
    updateCaption();
}

void FigurePanel::updateCaption()
{
    if (m_chart)
        m_caption->setText(m_chart->currentText());
}
