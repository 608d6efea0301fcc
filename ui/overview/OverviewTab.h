#pragma once

#include "src/mirror/Filter.h"
#include "src/mirror/OverviewFeed.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class BarChart;
class FigurePanel;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace mirror {
class AccountMirror;
class Mirror;
class MirrorCsvExport;
} // namespace mirror

// The Overview: open receivables by age, revenue and refunds by month for twelve months, and
// the customers with the largest open balances, over every record of the account's mirror, in
// one currency at a time. Each bar or row opens the tab behind it (figureActivated, with the
// Filter of exactly the rows it counts) and exports those rows to CSV; each figure exports its
// own numbers. Without a complete mirror it says why and how far syncing is, never a blank page.
class OverviewTab : public QWidget
{
    Q_OBJECT

public:
    enum class Figure { Aging, Revenue, Balances };

    explicit OverviewTab(QWidget *parent = nullptr);
    ~OverviewTab() override;

    void setAccountMirror(mirror::AccountMirror *account);

    bool isShowingFigures() const;
    // What the page says instead of figures (why, and how far syncing is).
    QString notReadyText() const;
    QPushButton *notReadyButton() const { return m_notReadyAction; }
    const mirror::OverviewFigures &figures() const;
    QComboBox *currencyBox() const { return m_currency; }
    FigurePanel *panel(Figure figure) const;
    BarChart *agingChart() const { return m_agingChart; }
    BarChart *revenueChart() const { return m_revenueChart; }
    QTableWidget *balancesTable() const { return m_balances; }

    // The Filter behind the selected bar or row of a figure.
    mirror::Filter selectedFilter(Figure figure) const;
    // Exports without asking where (tests, the audit): the figure's numbers, or the rows
    // behind its selected bar or row (with the export's progress dialog).
    bool exportFigure(Figure figure, const QString &fileName, QString *error = nullptr);
    mirror::MirrorCsvExport *exportRows(Figure figure, const QString &fileName);

signals:
    // A bar or row was opened: the tab behind it should show these rows.
    void figureActivated(const mirror::Filter &filter);
    // For the status bar.
    void announced(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void onMirrorChanged(mirror::Mirror *mirror);
    void updateState();
    void showFigures();
    void refreshSoon();
    void askExport(Figure figure);
    void askExportRows(Figure figure);
    QString suggestedFile(const QString &name) const;

    QPointer<mirror::AccountMirror> m_account;
    QPointer<mirror::Mirror> m_mirror;
    QStackedWidget *m_pages;
    // Not ready
    QLabel *m_notReady;
    QLabel *m_notReadyDetail;
    QProgressBar *m_progress;
    QPushButton *m_notReadyAction;
    // Figures
    QComboBox *m_currency;
    QLabel *m_asOf;
    BarChart *m_agingChart;
    QTableWidget *m_agingTable;
    BarChart *m_revenueChart;
    QTableWidget *m_revenueTable;
    QTableWidget *m_balances;
    FigurePanel *m_aging;
    FigurePanel *m_revenue;
    FigurePanel *m_balancesPanel;
    QTimer m_clock; // ages move with time, and "as of" with them
    bool m_stale = true;
};
