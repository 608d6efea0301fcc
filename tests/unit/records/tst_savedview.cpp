#include "src/records/Column.h"
#include "src/records/ColumnLayout.h"
#include "src/records/SavedView.h"
#include "tests/support/TestMain.h"

#include <QDate>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using records::ColumnLayout;
using records::SavedView;
using records::SavedViews;

namespace {

SavedView openEuros()
{
    SavedView view;
    view.name = QStringLiteral("Open in euros");
    view.filters = {{"status", "open"}, {"customer", "cus_123"}, {"from", QDate(2026, 1, 31)}};
    view.sort = {QStringLiteral("amount_due"), Qt::DescendingOrder};
    view.columns
        = {{"number", "amount_due", "customer", "status", "created", "id", "due_date", "amount_paid"},
           {"amount_paid", "id"}};
    return view;
}

} // namespace

// What a saved view keeps, and that it reads back the same after a restart (another QSettings
// on the same file).
class TestSavedView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void viewReadsBackAfterARestart();
    void namesAreOnePerView();
    void renameAndDelete();
    void unreadableViewsAreLeftOut();
    void columnLayoutKeepsItsOrder();
    void columnLayoutMeetsNewColumns();

private:
    QString settingsFile() const { return m_dir.filePath(QStringLiteral("paydesk.ini")); }
    QTemporaryDir m_dir;
};

void TestSavedView::init()
{
    QFile::remove(settingsFile());
}

void TestSavedView::viewReadsBackAfterARestart()
{
    {
        QSettings settings(settingsFile(), QSettings::IniFormat);
        SavedViews views(settings, QStringLiteral("invoices"));
        views.put(openEuros());
    }
    QSettings settings(settingsFile(), QSettings::IniFormat);
    SavedViews views(settings, QStringLiteral("invoices"));
    QCOMPARE(views.names(), QStringList({"Open in euros"}));
    const SavedView read = *views.find(QStringLiteral("open in EUROS"));
    const SavedView wrote = openEuros();
    QCOMPARE(read.name, wrote.name);
    QCOMPARE(read.filters, wrote.filters);
    QCOMPARE(read.filters.value("from").toDate(), QDate(2026, 1, 31)); // a filter keeps its type
    QCOMPARE(read.sort, wrote.sort);
    QCOMPARE(read.columns, wrote.columns);
    // Another tab has its own views.
    QVERIFY(SavedViews(settings, QStringLiteral("payments")).views().isEmpty());
}

void TestSavedView::namesAreOnePerView()
{
    QSettings settings(settingsFile(), QSettings::IniFormat);
    SavedViews views(settings, QStringLiteral("invoices"));
    views.put(openEuros());
    SavedView again = openEuros();
    again.name = QStringLiteral("  OPEN IN EUROS ");
    again.sort = {QStringLiteral("created"), Qt::AscendingOrder};
    views.put(again);
    QCOMPARE(views.views().size(), 1);
    QCOMPARE(views.views().first().sort.column, QStringLiteral("created"));
    QCOMPARE(views.views().first().name, QStringLiteral("OPEN IN EUROS"));
    SavedView blank = openEuros();
    blank.name = QStringLiteral("   ");
    views.put(blank);
    QCOMPARE(views.views().size(), 1);
}

void TestSavedView::renameAndDelete()
{
    QSettings settings(settingsFile(), QSettings::IniFormat);
    SavedViews views(settings, QStringLiteral("invoices"));
    views.put(openEuros());
    SavedView other = openEuros();
    other.name = QStringLiteral("Drafts");
    views.put(other);
    QVERIFY(!views.rename(QStringLiteral("Drafts"), QStringLiteral("open in euros"))); // taken
    QVERIFY(!views.rename(QStringLiteral("Nothing"), QStringLiteral("Something")));
    QVERIFY(views.rename(QStringLiteral("drafts"), QStringLiteral("Drafts to send")));
    QVERIFY(views.rename(QStringLiteral("Drafts to send"), QStringLiteral("DRAFTS to send"))); // its own name
    QCOMPARE(SavedViews(settings, QStringLiteral("invoices")).names(),
             QStringList({"Open in euros", "DRAFTS to send"}));
    QVERIFY(views.remove(QStringLiteral("open in euros")));
    QVERIFY(!views.remove(QStringLiteral("open in euros")));
    QCOMPARE(SavedViews(settings, QStringLiteral("invoices")).names(), QStringList({"DRAFTS to send"}));
    QVERIFY(views.remove(QStringLiteral("DRAFTS to send")));
    QVERIFY(!settings.contains(QStringLiteral("tables/invoices/views")));
}

void TestSavedView::unreadableViewsAreLeftOut()
{
    QSettings settings(settingsFile(), QSettings::IniFormat);
    QVariantMap newer = openEuros().toVariant();
    newer.insert("format", 2);
    QVariantMap nameless = openEuros().toVariant();
    nameless.remove("name");
    settings.setValue("tables/invoices/views",
                      QVariantList {newer, nameless, QStringLiteral("junk"), openEuros().toVariant()});
    SavedViews views(settings, QStringLiteral("invoices"));
    QCOMPARE(views.names(), QStringList({"Open in euros"}));
}

void TestSavedView::columnLayoutKeepsItsOrder()
{
    const QList<records::Column> columns = records::columnsFor(objects::Kind::Payment);
    // amount, amount_refunded, status, customer, card, created, id
    const ColumnLayout layout {{"id", "amount", "status"}, {"card"}};
    QCOMPARE(layout.orderIn(columns), QList<int>({6, 0, 2, 1, 3, 4, 5}));
    QVERIFY(layout.isHidden("card"));
    QVERIFY(!layout.hidesEverything(columns));
    QCOMPARE(ColumnLayout::fromVariant(layout.toVariant()), layout);
    ColumnLayout none;
    for (const records::Column &column : columns)
        none.hidden << column.id;
    QVERIFY(none.hidesEverything(columns));
}

void TestSavedView::columnLayoutMeetsNewColumns()
{
    // Saved before a column existed, or naming one that is gone: the rest still reads.
    const QList<records::Column> columns = records::columnsFor(objects::Kind::Customer);
    // name, email, created, balance, id
    const ColumnLayout layout {{"balance", "gone", "name", "name"}, {"gone"}};
    QCOMPARE(layout.orderIn(columns), QList<int>({3, 0, 1, 2, 4}));
    QVERIFY(ColumnLayout().orderIn(columns) == QList<int>({0, 1, 2, 3, 4}));
}

PAYDESK_TEST_GUILESS_MAIN(TestSavedView)
#include "tst_savedview.moc"
