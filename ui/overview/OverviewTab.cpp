#include "ui/overview/OverviewTab.h"

#include "ui/export/ExportRun.h"
#include "ui/overview/BarChart.h"
#include "ui/overview/FigurePanel.h"
#include "ui/overview/OverviewContent.h"

#include "src/mirror/AccountMirror.h"
#include "src/mirror/MirrorCsvExport.h"
#include "src/mirror/SourceStatus.h"
#include "src/objects/Kind.h"
#include "ui/widgets/SaveFileDialog.h"
#include "ui/widgets/WarningBox.h"

#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

bool isShownInOverview(const QList<objects::Kind> &kinds)
{
    for (const objects::Kind kind : kinds)
        if (kind == objects::Kind::Invoice || kind == objects::Kind::Payment || kind == objects::Kind::Refund
            || kind == objects::Kind::Customer)
            return true;
    return false;
}

QString minutesLeft(qint64 ms)
{
    const qint64 minutes = (ms + 59999) / 60000;
    return minutes <= 1 ? OverviewTab::tr("about a minute left")
                        : OverviewTab::tr("about %1 minutes left").arg(QLocale().toString(minutes));
}

} // namespace

OverviewTab::OverviewTab(QWidget *parent)
    : QWidget(parent)
    , m_pages(new QStackedWidget(this))
    , m_notReady(new QLabel(this))
    , m_notReadyDetail(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_notReadyAction(new QPushButton(this))
    , m_currency(new QComboBox(this))
    , m_asOf(new QLabel(this))
    , m_agingChart(new BarChart(this))
    , m_agingTable(new QTableWidget(this))
    , m_revenueChart(new BarChart(this))
    , m_revenueTable(new QTableWidget(this))
    , m_balances(new QTableWidget(this))
{
    setObjectName(QStringLiteral("overviewTab"));

    // Not ready: why, how far, and what would help.
    auto *waiting = new QWidget(this);
    m_notReady->setObjectName(QStringLiteral("overviewNotReady"));
    m_notReady->setWordWrap(true);
    m_notReady->setAlignment(Qt::AlignCenter);
    m_notReady->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bigger = m_notReady->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.15);
    m_notReady->setFont(bigger);
    m_notReadyDetail->setWordWrap(true);
    m_notReadyDetail->setAlignment(Qt::AlignCenter);
    m_notReadyDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notReadyDetail->setForegroundRole(QPalette::PlaceholderText);
    m_progress->setMaximumWidth(fontMetrics().averageCharWidth() * 50);
    m_progress->setAccessibleName(tr("Syncing progress"));
    m_notReadyAction->setObjectName(QStringLiteral("overviewAction"));
    // A column of lines a person can read at once, centred however wide the window.
    auto *column = new QWidget(waiting);
    column->setMaximumWidth(fontMetrics().averageCharWidth() * 90);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->addStretch(2);
    columnLayout->addWidget(m_notReady);
    columnLayout->addWidget(m_progress, 0, Qt::AlignHCenter);
    columnLayout->addWidget(m_notReadyDetail);
    columnLayout->addWidget(m_notReadyAction, 0, Qt::AlignHCenter);
    columnLayout->addStretch(3);
    auto *waitingLayout = new QHBoxLayout(waiting);
    waitingLayout->addStretch(1);
    waitingLayout->addWidget(column, 8);
    waitingLayout->addStretch(1);

    // The figures.
    auto *content = new QWidget;
    m_currency->setObjectName(QStringLiteral("overviewCurrency"));
    m_currency->setAccessibleName(tr("Currency of the figures"));
    m_currency->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *currencyLabel = new QLabel(tr("C&urrency:"), content);
    currencyLabel->setBuddy(m_currency);
    m_asOf->setForegroundRole(QPalette::PlaceholderText);
    m_asOf->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(currencyLabel);
    top->addWidget(m_currency);
    top->addSpacing(fontMetrics().averageCharWidth() * 2);
    top->addWidget(m_asOf, 1);

    m_agingChart->setObjectName(QStringLiteral("agingChart"));
    m_agingTable->setObjectName(QStringLiteral("agingTable"));
    m_revenueChart->setObjectName(QStringLiteral("revenueChart"));
    m_revenueChart->setSeries({tr("Revenue"), tr("Refunds")}, {});
    m_revenueTable->setObjectName(QStringLiteral("revenueTable"));
    m_balances->setObjectName(QStringLiteral("balancesTable"));
    m_aging = new FigurePanel(tr("Open receivables by age"), m_agingChart, m_agingTable, content);
    m_aging->setObjectName(QStringLiteral("agingFigure"));
    m_revenue = new FigurePanel(tr("Revenue and refunds by month"), m_revenueChart, m_revenueTable, content);
    m_revenue->setObjectName(QStringLiteral("revenueFigure"));
    m_balancesPanel = new FigurePanel(tr("Largest open balances"), nullptr, m_balances, content);
    m_balancesPanel->setObjectName(QStringLiteral("balancesFigure"));

    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addLayout(top);
    contentLayout->addWidget(m_aging);
    contentLayout->addSpacing(fontMetrics().height());
    contentLayout->addWidget(m_revenue);
    contentLayout->addSpacing(fontMetrics().height());
    contentLayout->addWidget(m_balancesPanel);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("overviewFigures"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    m_pages->addWidget(waiting);
    m_pages->addWidget(scroll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(m_currency, &QComboBox::currentIndexChanged, this, &OverviewTab::showFigures);
    connect(m_agingChart, &BarChart::activated, this,
            [this](int, int) { emit figureActivated(selectedFilter(Figure::Aging)); });
    connect(m_revenueChart, &BarChart::activated, this,
            [this](int, int) { emit figureActivated(selectedFilter(Figure::Revenue)); });
    for (QTableWidget *table : {m_agingTable, m_revenueTable, m_balances})
        connect(table, &QTableWidget::activated, this, [this, table] {
            emit figureActivated(selectedFilter(table == m_agingTable         ? Figure::Aging
                                                    : table == m_revenueTable ? Figure::Revenue
                                                                              : Figure::Balances));
        });
    // Double-click opens too, whatever the style's choice for activated().
    connect(m_balances, &QTableWidget::cellDoubleClicked, this,
            [this] { emit figureActivated(selectedFilter(Figure::Balances)); });
    for (const Figure figure : {Figure::Aging, Figure::Revenue, Figure::Balances}) {
        connect(panel(figure), &FigurePanel::exportRequested, this, [this, figure] { askExport(figure); });
        connect(panel(figure), &FigurePanel::exportRowsRequested, this,
                [this, figure] { askExportRows(figure); });
    }
    connect(m_notReadyAction, &QPushButton::clicked, this, [this] {
        if (!m_account)
            return;
        if (m_account->isPaused())
            m_account->resume();
        else if (!m_account->isOn())
            m_account->setOn(true);
        else if (m_account->overview())
            m_account->overview()->refresh();
    });
    m_clock.setInterval(30000);
    connect(&m_clock, &QTimer::timeout, this, &OverviewTab::refreshSoon);
    updateState();
}

OverviewTab::~OverviewTab() = default;

void OverviewTab::setAccountMirror(mirror::AccountMirror *account)
{
    if (m_account)
        m_account->disconnect(this);
    m_account = account;
    if (account) {
        connect(account, &mirror::AccountMirror::changed, this, &OverviewTab::updateState);
        connect(account, &mirror::AccountMirror::mirrorChanged, this, &OverviewTab::onMirrorChanged);
    }
    onMirrorChanged(account ? account->mirror() : nullptr);
}

void OverviewTab::onMirrorChanged(mirror::Mirror *mirror)
{
    if (m_mirror)
        m_mirror->disconnect(this);
    m_mirror = mirror;
    m_stale = true;
    if (mirror) {
        connect(mirror, &mirror::Mirror::changed, this, [this](const QList<objects::Kind> &kinds) {
            if (isShownInOverview(kinds))
                refreshSoon();
        });
        if (mirror::OverviewFeed *feed = m_account->overview()) {
            connect(feed, &mirror::OverviewFeed::updated, this, [this] {
                showFigures();
                updateState();
            });
        }
    }
    updateState();
}

const mirror::OverviewFigures &OverviewTab::figures() const
{
    static const mirror::OverviewFigures none;
    return m_account && m_account->overview() ? m_account->overview()->figures() : none;
}

bool OverviewTab::isShowingFigures() const
{
    return m_pages->currentIndex() == 1;
}

QString OverviewTab::notReadyText() const
{
    return isShowingFigures() ? QString() : m_notReady->text();
}

FigurePanel *OverviewTab::panel(Figure figure) const
{
    switch (figure) {
    case Figure::Aging:
        return m_aging;
    case Figure::Revenue:
        return m_revenue;
    case Figure::Balances:
        break;
    }
    return m_balancesPanel;
}

void OverviewTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_clock.start();
    if (m_stale)
        refreshSoon();
    updateState();
}

void OverviewTab::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_clock.stop();
}

void OverviewTab::refreshSoon()
{
    m_stale = true;
    // Only what is looked at is read: a hidden Overview catches up when it is shown.
    if (!isVisible() || !m_mirror || !m_mirror->isComplete() || !m_account || !m_account->overview())
        return;
    m_stale = false;
    m_account->overview()->refresh();
}

void OverviewTab::updateState()
{
    QString text;
    QString detail;
    QString action;
    int listed = -1;
    int total = 0;
    const mirror::Mirror *running = m_account ? m_account->mirror() : nullptr;
    if (!m_account || !m_account->isOpen()) {
        text = tr("No account is open.");
    } else if (!m_account->teamProblem().isEmpty()) {
        text = tr("The Overview reads the team database, which cannot be used now.");
        detail = m_account->teamProblem();
    } else if (!running) {
        if (m_account->isPaused()) {
            text = tr("Syncing is paused. The Overview adds up every invoice and payment of the account from "
                      "its copy, which must be complete and current.");
            action = tr("Resume s&yncing");
        } else {
            text = tr(
                "The Overview adds up every invoice, payment and refund of the account. It needs a copy of "
                "the account on this desk, and none is kept for this account.");
            detail
                = tr("The copy holds customers, invoices and payments as Stripe returns them, never a key or "
                     "a card number; it can be turned off or deleted at any time from the status bar.");
            action = tr("&Keep a copy on this desk");
        }
    } else {
        switch (running->state()) {
        case mirror::Mirror::State::Closed:
        case mirror::Mirror::State::Opening:
            text = tr("Opening the copy of this account…");
            break;
        case mirror::Mirror::State::Unavailable:
            text = tr("The team database cannot be reached, so the Overview cannot be shown. It comes back "
                      "by itself "
                      "when the database does.");
            detail = running->notice();
            break;
        case mirror::Mirror::State::Failed:
            text = tr("The copy of this account cannot be used.");
            detail = running->notice();
            break;
        case mirror::Mirror::State::Listing:
        case mirror::Mirror::State::Ready:
            if (!running->isComplete()) {
                const auto status
                    = mirror::SourceStatus::of(*m_account, QDateTime::currentDateTime(), {}, true);
                const auto remaining = running->progress().estimatedRemainingMs();
                text = tr("The Overview adds up every invoice, payment and refund, so it waits for the copy "
                          "of the "
                          "account to be complete. %1%2.")
                           .arg(status.text,
                                remaining ? QStringLiteral(", ") + minutesLeft(*remaining) : QString());
                detail = running->notice();
                mirror::Backfill::Progress overall = running->progress();
                overall.tables = running->syncState().listing;
                listed = int(std::min<qint64>(overall.listed(), INT_MAX));
                total = int(std::min<qint64>(overall.estimatedTotal().value_or(0), INT_MAX));
            } else if (figures().error.isError()) {
                text = tr("The figures could not be read.");
                detail = figures().error.message;
                action = tr("&Try again");
            } else if (!figures().isValid()) {
                text = tr("Adding up every invoice, payment and refund…");
                listed = 0;
                if (m_stale || !m_account->overview()->isReading())
                    refreshSoon();
            }
            break;
        }
    }
    const bool ready = text.isEmpty();
    if (ready) {
        if (m_pages->currentIndex() != 1) {
            m_pages->setCurrentIndex(1);
            showFigures();
        }
        return;
    }
    m_pages->setCurrentIndex(0);
    m_notReady->setText(text);
    m_notReadyDetail->setText(detail);
    m_notReadyDetail->setVisible(!detail.isEmpty());
    m_notReadyAction->setText(action);
    m_notReadyAction->setVisible(!action.isEmpty());
    m_progress->setVisible(listed >= 0);
    // A busy bar until the listing's end can be judged.
    m_progress->setRange(0, total > 0 ? std::max(total, listed) : 0);
    m_progress->setValue(std::max(0, listed));
}

void OverviewTab::showFigures()
{
    const mirror::OverviewFigures &shown = figures();
    if (!shown.isValid())
        return;
    const QString chosen = m_currency->currentData().toString();
    const QStringList currencies = overview::currenciesOf(shown);
    {
        const QSignalBlocker quiet(m_currency);
        m_currency->clear();
        for (const QString &currency : currencies)
            m_currency->addItem(currency.toUpper(), currency);
        const int keep = m_currency->findData(chosen);
        m_currency->setCurrentIndex(keep >= 0 ? keep : 0);
    }
    m_currency->setEnabled(currencies.size() > 1);
    const QString currency = m_currency->currentData().toString();
    const QLocale locale;
    m_asOf->setText(
        tr("As of %1, from the copy of the account%2.")
            .arg(locale.toString(QDateTime::fromSecsSinceEpoch(shown.asOf), QLocale::ShortFormat),
                 m_mirror && m_mirror->lastSynced().isValid()
                     ? tr(" synced with Stripe at %1")
                           .arg(locale.toString(m_mirror->lastSynced().time(), QLocale::ShortFormat))
                     : QString()));

    m_agingChart->setGroups(overview::agingBars(shown, currency, palette()));
    overview::fillAgingTable(m_agingTable, shown, currency);
    m_revenueChart->setSeries(
        {tr("Revenue"), tr("Refunds")},
        {overview::revenueBars(shown, currency, palette()).value(0).bars.value(0).color,
         overview::revenueBars(shown, currency, palette()).value(0).bars.value(1).color});
    m_revenueChart->setGroups(overview::revenueBars(shown, currency, palette()));
    overview::fillRevenueTable(m_revenueTable, shown, currency);
    overview::fillBalancesTable(m_balances, shown, currency);
    if (m_balances->rowCount() > 0 && m_balances->currentRow() < 0)
        m_balances->setCurrentCell(0, 0);
    for (FigurePanel *figure : {m_aging, m_revenue, m_balancesPanel})
        figure->fitTable();

    const QString code = currency.toUpper();
    bool anyOpen = false;
    for (const auto &row : shown.receivables)
        anyOpen = anyOpen || (row.currency == currency && row.total().count > 0);
    bool anyMoney = false;
    for (const auto &row : shown.months)
        anyMoney = anyMoney || (row.currency == currency && (row.revenue.count > 0 || row.refunds.count > 0));
    m_aging->setEmptyText(
        anyOpen ? QString() : tr("No open invoices in %1.").arg(code.isEmpty() ? tr("any currency") : code));
    m_revenue->setEmptyText(anyMoney ? QString()
                                     : tr("No payments or refunds in %1 in the last twelve months.")
                                           .arg(code.isEmpty() ? tr("any currency") : code));
    m_balancesPanel->setEmptyText(
        m_balances->rowCount() > 0
            ? QString()
            : tr("No customer owes anything in %1.").arg(code.isEmpty() ? tr("any currency") : code));
}

mirror::Filter OverviewTab::selectedFilter(Figure figure) const
{
    const QString currency = m_currency->currentData().toString();
    const mirror::OverviewFigures &shown = figures();
    switch (figure) {
    case Figure::Aging: {
        const int age = m_aging->isShowingTable() ? std::max(0, m_agingTable->currentRow())
                                                  : m_agingChart->currentGroup();
        return overview::agingFilter(shown, age, currency);
    }
    case Figure::Revenue: {
        if (m_revenue->isShowingTable())
            return overview::revenueFilter(shown, std::max(0, m_revenueTable->currentRow()),
                                           m_revenueTable->currentColumn() >= 3 ? 1 : 0, currency);
        return overview::revenueFilter(shown, m_revenueChart->currentGroup(), m_revenueChart->currentSeries(),
                                       currency);
    }
    case Figure::Balances:
        break;
    }
    const auto rows = overview::balancesIn(shown, currency);
    const int row = std::max(0, m_balances->currentRow());
    return mirror::Overview::openInvoicesFilter(rows.value(row).customer, currency);
}

QString OverviewTab::suggestedFile(const QString &name) const
{
    return QStringLiteral("%1/%2-%3.csv")
        .arg(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), name,
             QDate::currentDate().toString(Qt::ISODate));
}

bool OverviewTab::exportFigure(Figure figure, const QString &fileName, QString *error)
{
    const mirror::OverviewFigures &shown = figures();
    const overview::Table table = figure == Figure::Aging ? overview::agingCsv(shown)
        : figure == Figure::Revenue                       ? overview::revenueCsv(shown)
                                                          : overview::balancesCsv(shown);
    QString why;
    const bool ok = mirror::MirrorCsvExport::writeTable(fileName, table.header, table.rows, &why);
    if (ok)
        emit announced(tr("Exported the figure to %1").arg(fileName));
    if (error)
        *error = why;
    return ok;
}

mirror::MirrorCsvExport *OverviewTab::exportRows(Figure figure, const QString &fileName)
{
    if (!m_account || !m_account->overview())
        return nullptr;
    const mirror::Filter filter = selectedFilter(figure);
    auto *exporter = new mirror::MirrorCsvExport(m_account->overview(), filter, fileName, this);
    const QString plural = objects::pluralName(filter.kind);
    ExportRun::start(
        exporter, this, plural, -1, [this](const QString &text) { emit announced(text); },
        [plural, filter, fileName](int rows) {
            return tr("Exported %1 %2 (%3) to %4")
                .arg(rows)
                .arg(plural, overview::describe(filter), fileName);
        });
    return exporter;
}

void OverviewTab::askExport(Figure figure)
{
    const QString name = figure == Figure::Aging ? QStringLiteral("receivables-by-age")
        : figure == Figure::Revenue              ? QStringLiteral("revenue-by-month")
                                                 : QStringLiteral("largest-open-balances");
    askWhereToSave(this, tr("Export to CSV"), suggestedFile(name), tr("CSV files (*.csv)"),
                   [this, figure](const QString &fileName) {
                       QString error;
                       if (!exportFigure(figure, fileName, &error))
                           openWarning(this, tr("Export failed"), error);
                   });
}

void OverviewTab::askExportRows(Figure figure)
{
    const mirror::Filter filter = selectedFilter(figure);
    askWhereToSave(
        this, tr("Export to CSV"),
        suggestedFile(objects::pluralName(filter.kind).replace(QLatin1Char(' '), QLatin1Char('-'))),
        tr("CSV files (*.csv)"), [this, figure](const QString &fileName) { exportRows(figure, fileName); });
}
