#include "tests/support/TestMain.h"
#include "tests/ui/support/UiFixture.h"
#include "ui/payments/PaymentsAndRefundsPage.h"
#include "ui/payments/PaymentsTab.h"
#include "ui/widgets/CustomerPicker.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>

using State = records::ListModel::State;

namespace {

struct ShownMoney
{
    QString currency;
    qint64 amount = 0;
};

// The table's rows as shown (after the sort), by currency and amount.
QList<ShownMoney> shownAmounts(RecordTab *tab)
{
    QList<ShownMoney> rows;
    const QAbstractItemModel *model = tab->table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QJsonObject charge = model->index(row, 0).data(records::ListModel::ObjectRole).toJsonObject();
        rows.append({charge.value("currency").toString().toUpper(), charge.value("amount").toInteger()});
    }
    return rows;
}

QStringList stripeOrder(RecordTab *tab)
{
    QStringList ids;
    for (int row = 0; row < tab->model()->rowCount(); ++row)
        ids << tab->model()->objectAt(row).value("id").toString();
    return ids;
}

// Empty when the rows are in currency groups, A to Z, each by amount (ascending or not); else
// what is wrong, in words.
QString groupingProblem(const QList<ShownMoney> &rows, bool ascending, QStringList *currencies)
{
    currencies->clear();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const ShownMoney &row = rows.at(i);
        if (currencies->isEmpty() || currencies->last() != row.currency) {
            if (currencies->contains(row.currency))
                return QStringLiteral("%1 rows are apart: row %2 comes after %3 rows")
                    .arg(row.currency)
                    .arg(i)
                    .arg(currencies->last());
            currencies->append(row.currency);
            continue;
        }
        const qint64 previous = rows.at(i - 1).amount;
        if (ascending ? previous > row.amount : previous < row.amount)
            return QStringLiteral("row %1: %2 %3 after %2 %4")
                .arg(i)
                .arg(row.currency)
                .arg(row.amount)
                .arg(previous);
    }
    QStringList sorted = *currencies;
    sorted.sort();
    if (sorted != *currencies)
        return QStringLiteral("currencies in the order %1").arg(currencies->join(QLatin1Char(' ')));
    return {};
}

} // namespace

// Sorting never misleads, through the real window on the sandbox: amounts within their
// currency, a sort over a partly loaded list says so and can load the rest, the third click
// goes back to Stripe's order, and a sort is kept with its filters or not at all.
class TestUiSorting : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup() { UiFixture::closeDialogs(); }

    void amountsSortWithinTheirCurrency();
    void thirdClickGoesBackToStripesOrder();
    void partlyLoadedSortSaysSoAndLoadsTheRest();
    void loadingTheRestCanBeStopped();
    void sortStaysWithItsFiltersAndIsNotRestoredWithoutThem();

private:
    void clickHeader(RecordTab *tab, const QString &columnId);
    QLabel *footer(RecordTab *tab);
    RecordTab *freshPayments();

    QTemporaryDir m_settings;
    std::unique_ptr<UiFixture> m_fixture;
    MainWindow *m_window = nullptr;
};

void TestUiSorting::initTestCase()
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    m_fixture = std::make_unique<UiFixture>();
}

void TestUiSorting::init()
{
    m_fixture->sandbox().faults().reset();
    m_window = m_fixture->open();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestUiSorting::clickHeader(RecordTab *tab, const QString &columnId)
{
    QHeaderView *header = tab->table()->horizontalHeader();
    const int column = int(records::indexOfColumn(tab->model()->columns(), columnId));
    QVERIFY(column >= 0);
    const QPoint centre(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                        header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, centre);
}

QLabel *TestUiSorting::footer(RecordTab *tab)
{
    return tab->findChild<QLabel *>(QStringLiteral("tableFooter"));
}

RecordTab *TestUiSorting::freshPayments()
{
    RecordTab *payments = m_window->showTab(objects::Kind::Payment);
    if (!UiFixture::waitForState(payments, State::Ready))
        return nullptr;
    return payments;
}

void TestUiSorting::amountsSortWithinTheirCurrency()
{
    RecordTab *payments = freshPayments();
    QVERIFY(payments);
    clickHeader(payments, QStringLiteral("amount"));
    QStringList currencies;
    QString problem = groupingProblem(shownAmounts(payments), true, &currencies);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(currencies.size() > 1, "the sandbox's payments are in several currencies");
    // The other way: amounts largest first, each currency's rows still together, A to Z.
    clickHeader(payments, QStringLiteral("amount"));
    problem = groupingProblem(shownAmounts(payments), false, &currencies);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(payments->table()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
}

void TestUiSorting::thirdClickGoesBackToStripesOrder()
{
    RecordTab *payments = freshPayments();
    QVERIFY(payments);
    const QStringList newestFirst = stripeOrder(payments);
    QCOMPARE(UiFixture::shownIds(payments), newestFirst);
    for (int click = 1; click <= 2; ++click) {
        clickHeader(payments, QStringLiteral("amount"));
        QVERIFY(UiFixture::shownIds(payments) != newestFirst);
    }
    clickHeader(payments, QStringLiteral("amount"));
    QCOMPARE(UiFixture::shownIds(payments), newestFirst);
    QCOMPARE(payments->table()->horizontalHeader()->sortIndicatorSection(), -1);
    // And the cycle starts again.
    clickHeader(payments, QStringLiteral("amount"));
    QVERIFY(UiFixture::shownIds(payments) != newestFirst);
    clickHeader(payments, QStringLiteral("amount"));
    clickHeader(payments, QStringLiteral("amount"));
    QCOMPARE(UiFixture::shownIds(payments), newestFirst);
}

void TestUiSorting::partlyLoadedSortSaysSoAndLoadsTheRest()
{
    RecordTab *payments = freshPayments();
    QVERIFY(payments);
    const int total = m_fixture->count("charges");
    QVERIFY2(total > 200, "more payments than one page");
    QCOMPARE(payments->model()->rowCount(), 100);
    QLabel *footerLabel = footer(payments);
    QVERIFY(footerLabel);
    // Not sorted: Stripe's order, and more to scroll to.
    QVERIFY2(!footerLabel->text().contains("Sorted"), qPrintable(footerLabel->text()));

    clickHeader(payments, QStringLiteral("amount"));
    QCOMPARE(footerLabel->text(), QStringLiteral("Sorted 100 loaded of more"));
    auto *loadRest = payments->findChild<QPushButton *>(QStringLiteral("loadRest"));
    QVERIFY(loadRest && loadRest->isVisible());
    loadRest->click();
    auto *progress = payments->findChild<QProgressDialog *>(QStringLiteral("loadRestProgress"));
    QVERIFY2(progress && progress->isVisible(), "the progress shows at once");
    QVERIFY(progress->labelText().contains("payments loaded so far"));
    QVERIFY(QTest::qWaitFor([payments, total] { return payments->model()->rowCount() == total; }, 20000));
    QVERIFY(QTest::qWaitFor([payments] { return !payments->findChild<QProgressDialog *>(); }, 5000));
    QVERIFY(!payments->model()->hasMore());
    QVERIFY(!loadRest->isVisible());
    QCOMPARE(footerLabel->text(), QStringLiteral("%1 shown, amounts sorted within each currency").arg(total));
    QStringList currencies;
    const QString problem = groupingProblem(shownAmounts(payments), true, &currencies);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestUiSorting::loadingTheRestCanBeStopped()
{
    RecordTab *payments = freshPayments();
    QVERIFY(payments);
    payments->reload(); // from the first page, whatever the last test loaded
    QVERIFY(UiFixture::waitForState(payments, State::Ready));
    QCOMPARE(payments->model()->rowCount(), 100);
    clickHeader(payments, QStringLiteral("created"));
    m_fixture->sandbox().faults().setLatency(300, "GET", "/v1/charges");
    auto *loadRest = payments->findChild<QPushButton *>(QStringLiteral("loadRest"));
    QVERIFY(loadRest && loadRest->isVisible());
    loadRest->click();
    auto *progress = payments->findChild<QProgressDialog *>(QStringLiteral("loadRestProgress"));
    QVERIFY(progress);
    QVERIFY(QTest::qWaitFor([payments] { return payments->model()->rowCount() >= 200; }, 10000));
    QVERIFY(progress->labelText().startsWith("200 payments loaded so far"));
    auto *stop = progress->findChild<QPushButton *>();
    QVERIFY(stop);
    QCOMPARE(stop->text(), QStringLiteral("Stop loading"));
    stop->click();
    QVERIFY(QTest::qWaitFor([payments] { return !payments->findChild<QProgressDialog *>(); }, 5000));
    QTest::qWait(700); // a page asked for before the stop may still come; none after it
    const int rows = payments->model()->rowCount();
    QVERIFY2(rows < m_fixture->count("charges"), qPrintable(QString::number(rows)));
    QVERIFY(payments->model()->hasMore());
    QCOMPARE(footer(payments)->text(), QStringLiteral("Sorted %1 loaded of more").arg(rows));
    QVERIFY(loadRest->isVisible());
}

void TestUiSorting::sortStaysWithItsFiltersAndIsNotRestoredWithoutThem()
{
    auto *payments = m_window->paymentsPage()->payments();
    m_window->showTab(objects::Kind::Payment);
    QVERIFY(UiFixture::waitForState(payments, State::Ready));
    clickHeader(payments, QStringLiteral("amount"));
    // Another filter: the sort stays, and orders the new rows.
    // The customer with the most payments.
    QHash<QString, int> paymentsOf;
    m_fixture->count("charges", [&paymentsOf](const QJsonObject &charge) {
        ++paymentsOf[charge.value("customer").toString()];
        return true;
    });
    QString customer;
    for (auto it = paymentsOf.cbegin(); it != paymentsOf.cend(); ++it)
        if (!it.key().isEmpty() && it.value() > paymentsOf.value(customer))
            customer = it.key();
    payments->filterByCustomer(customer);
    QVERIFY(UiFixture::waitForState(payments, State::Ready));
    QVERIFY(payments->model()->rowCount() > 2);
    QCOMPARE(payments->table()->horizontalHeader()->sortIndicatorSection(), 0);
    QStringList currencies;
    const QString problem = groupingProblem(shownAmounts(payments), true, &currencies);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(UiFixture::shownIds(payments) != stripeOrder(payments));

    // The window closes; the filters are not kept, so neither is the sort.
    m_window->close();
    m_window = m_fixture->open();
    auto *again = m_window->paymentsPage()->payments();
    m_window->showTab(objects::Kind::Payment);
    QVERIFY(UiFixture::waitForState(again, State::Ready));
    QVERIFY(again->customerFilter()->customerId().isEmpty());
    QCOMPARE(again->table()->horizontalHeader()->sortIndicatorSection(), -1);
    QCOMPARE(UiFixture::shownIds(again), stripeOrder(again));
}

PAYDESK_TEST_MAIN(TestUiSorting)
#include "tst_ui_sorting.moc"
