#include "src/money/AmountParser.h"
#include "src/objects/Kind.h"
#include "src/records/Column.h"
#include "src/records/Details.h"
#include "src/records/Status.h"
#include "src/stripe/Error.h"
#include "tests/support/TestMain.h"
#include "tests/ui/support/UiFixture.h"
#include "ui/Translations.h"

#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QTableView>
#include <QTranslator>

#include <memory>

namespace {

// Installed before Paydesk's translator, so Qt asks it only when Paydesk's found nothing (the
// last installed is asked first): it notes every string of Paydesk's that had no translation.
class MissingTranslations : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        const QString text = QString::fromUtf8(sourceText);
        // Qt's own contexts (QDialogButtonBox, QLineEdit...) are qtbase's translation's business.
        const bool ours = context && context[0] != 'Q';
        const bool hasWords = text.contains(QRegularExpression(QStringLiteral("[A-Za-z]{2}")));
        if (ours && hasWords)
            m_missing.insert(QString::fromUtf8(context) + QStringLiteral(": ") + text);
        return {};
    }
    QStringList missing() const
    {
        QStringList list(m_missing.begin(), m_missing.end());
        list.sort();
        return list;
    }

private:
    mutable QSet<QString> m_missing;
};

} // namespace

// The German translation end to end: the strings of every layer (ui/ classes, src/ classes and
// free functions) reach the user in German when the system's language is German, and every
// string the window asks for while a person browses it has a translation.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyLayerSpeaksGerman();
    void numbersDatesAndMoneyFollowTheLocale();
    void browsingFindsEveryString();

private:
    MissingTranslations m_recorder;
    std::unique_ptr<UiFixture> m_fixture;
};

void TestTranslations::initTestCase()
{
    const QLocale german(QLocale::German, QLocale::Germany);
    QLocale::setDefault(german);
    QCoreApplication::installTranslator(&m_recorder);
    QVERIFY2(installTranslations(german), "translations/paydesk_de.ts is not built into the program");
    m_fixture = std::make_unique<UiFixture>();
}

void TestTranslations::cleanupTestCase()
{
    m_fixture.reset();
    QLocale::setDefault(QLocale::c());
}

void TestTranslations::everyLayerSpeaksGerman()
{
    // ui/: a class with Q_OBJECT.
    MainWindow *window = m_fixture->open();
    QStringList menus;
    for (QAction *action : window->menuBar()->actions())
        menus << action->text();
    QVERIFY2(menus.contains(QStringLiteral("&Datei")), qPrintable(menus.join(u',')));
    // src/: free functions (records::Status, objects::Kind) and a plain class (money::AmountParser),
    // the contexts lupdate had filed under their namespace.
    QCOMPARE(records::invoiceStatus(QJsonObject {{QStringLiteral("status"), QStringLiteral("paid")}}).text,
             QStringLiteral("Bezahlt"));
    QCOMPARE(objects::singularName(objects::Kind::Refund), QStringLiteral("Rückerstattung"));
    QCOMPARE(money::AmountParser(QLocale()).parse(QString(), QStringLiteral("eur")).error,
             QStringLiteral("Geben Sie einen Betrag ein."));
    // What Stripe names by a code reads as words of the reader's language: a refund's reason in
    // the Refunds tab's column and in its details, an invoice's way of being paid.
    const QJsonObject refund {{QStringLiteral("object"), QStringLiteral("refund")},
                              {QStringLiteral("id"), QStringLiteral("re_1")},
                              {QStringLiteral("reason"), QStringLiteral("requested_by_customer")}};
    for (const records::Column &column : records::columnsFor(objects::Kind::Refund))
        if (column.id == QLatin1String("reason"))
            QCOMPARE(column.text(refund), QStringLiteral("Vom Kunden gewünscht"));
    QStringList details;
    for (const records::DetailField &field : records::detailFieldsFor(objects::Kind::Refund, refund))
        details << field.value;
    QVERIFY2(details.contains(QStringLiteral("Vom Kunden gewünscht")), qPrintable(details.join(u',')));
    const QJsonObject invoice {{QStringLiteral("object"), QStringLiteral("invoice")},
                               {QStringLiteral("id"), QStringLiteral("in_1")},
                               {QStringLiteral("collection_method"), QStringLiteral("send_invoice")}};
    details.clear();
    for (const records::DetailField &field : records::detailFieldsFor(objects::Kind::Invoice, invoice))
        details << field.value;
    QVERIFY2(details.contains(QStringLiteral("Rechnung zum Bezahlen gesendet")),
             qPrintable(details.join(u',')));
    stripe::Error error;
    error.kind = stripe::Error::Kind::Network;
    error.detail = QStringLiteral("x");
    QVERIFY2(stripe::describe(error).contains(QStringLiteral("Prüfen Sie die Netzwerkverbindung")),
             qPrintable(stripe::describe(error)));
}

void TestTranslations::numbersDatesAndMoneyFollowTheLocale()
{
    MainWindow *window = m_fixture->open();
    RecordTab *payments = window->showTab(objects::Kind::Payment);
    QVERIFY(UiFixture::waitForRows(payments, 1));
    // The amount column: "1.234,50 €" in German (decimal comma, symbol after).
    QAbstractItemModel *model = payments->table()->model();
    int amountColumn = -1;
    for (int column = 0; column < model->columnCount(); ++column)
        if (model->headerData(column, Qt::Horizontal).toString() == QStringLiteral("Betrag"))
            amountColumn = column;
    QVERIFY2(amountColumn >= 0, "no column is headed Betrag");
    bool sawEuroOrComma = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString amount = model->index(row, amountColumn).data().toString();
        QVERIFY2(!amount.contains(QRegularExpression(QStringLiteral("\\d\\.\\d{2}$"))), qPrintable(amount));
        sawEuroOrComma |= amount.contains(QRegularExpression(QStringLiteral("\\d,\\d{2}")));
    }
    QVERIFY(sawEuroOrComma);
}

void TestTranslations::browsingFindsEveryString()
{
    MainWindow *window = m_fixture->open();
    using objects::Kind;
    for (const Kind kind : {Kind::Customer, Kind::Invoice, Kind::Order, Kind::Payment, Kind::Refund,
                            Kind::PromotionCode, Kind::Product}) {
        RecordTab *tab = window->showTab(kind);
        QVERIFY2(UiFixture::waitForRows(tab, 1), qPrintable(tab->title()));
        UiFixture::selectRow(tab, 0);
        for (int column = 0; column < tab->table()->model()->columnCount(); ++column)
            (void)tab->table()->model()->headerData(column, Qt::Horizontal);
    }
    QVERIFY2(m_recorder.missing().isEmpty(),
             qPrintable(QStringLiteral("not translated:\n") + m_recorder.missing().join(u'\n')));
}

PAYDESK_TEST_MAIN(TestTranslations)
#include "tst_translations.moc"
