#pragma once

#include "ui/overview/BarChart.h"

#include "src/mirror/OverviewFeed.h"

#include <QPalette>
#include <QStringList>

class QTableWidget;

// The Overview's figures as a person reads them: the bars of a chart with their text
// equivalents, the same numbers in a table, the figure's numbers for a CSV file, and the
// mirror::Filter of the rows behind each bar or row (what the tab it opens must show).
namespace overview {

using Age = mirror::Overview::Age;

// The currencies the figures mention, the one with the most owed first.
QStringList currenciesOf(const mirror::OverviewFigures &figures);
QString ageName(Age age); // "31–60 days past due"
QString ageLabel(Age age); // "31–60 days", under its bar

// Open receivables by age in one currency: one group per age, one bar each.
QList<BarChart::Group> agingBars(const mirror::OverviewFigures &figures, const QString &currency,
                                 const QPalette &palette);
void fillAgingTable(QTableWidget *table, const mirror::OverviewFigures &figures, const QString &currency);
mirror::Filter agingFilter(const mirror::OverviewFigures &figures, int age, const QString &currency);

// The twelve months, oldest first, in one currency: revenue and refunds.
QList<QDate> monthsOf(const mirror::OverviewFigures &figures);
QList<BarChart::Group> revenueBars(const mirror::OverviewFigures &figures, const QString &currency,
                                   const QPalette &palette);
void fillRevenueTable(QTableWidget *table, const mirror::OverviewFigures &figures, const QString &currency);
// series 0: the month's payments; 1: its refunds.
mirror::Filter revenueFilter(const mirror::OverviewFigures &figures, int month, int series,
                             const QString &currency);

// The customers owing the most in one currency.
QList<mirror::Overview::OpenBalance> balancesIn(const mirror::OverviewFigures &figures,
                                                const QString &currency);
void fillBalancesTable(QTableWidget *table, const mirror::OverviewFigures &figures, const QString &currency);

// Every currency, for "Export figure…": header and rows.
struct Table
{
    QStringList header;
    QList<QStringList> rows;
};
Table agingCsv(const mirror::OverviewFigures &figures);
Table revenueCsv(const mirror::OverviewFigures &figures);
Table balancesCsv(const mirror::OverviewFigures &figures);

// What a filter shows, in words, for the status bar ("open invoices in USD 31–60 days past due").
QString describe(const mirror::Filter &filter);

} // namespace overview
