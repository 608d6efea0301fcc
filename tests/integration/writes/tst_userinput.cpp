#include "src/objects/IdCheck.h"
#include "src/records/Column.h"
#include "src/records/CsvExport.h"
#include "src/records/Details.h"
#include "src/records/ListModel.h"
#include "src/sandbox/SandboxKeys.h"
#include "src/sandbox/Server.h"
#include "src/writes/CustomerWrites.h"
#include "src/writes/WriteJournal.h"
#include "tests/support/TestMain.h"

#include "tests/support/ModelTester.h"
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace writes;

// What users type, from the sensible to the hostile: each input is refused before anything is
// sent, with a message, or accepted and then shown exactly as typed — in Stripe (the sandbox),
// in the table, in the detail pane and in a CSV export.
class TestUserInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void customerText_data();
    void customerText();
    void idsOfTheWrongShape_data();
    void idsOfTheWrongShape();

private:
    sandbox::Server m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<stripe::Client> m_client;
    std::unique_ptr<WriteJournal> m_journal;
};

void TestUserInput::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start(sandbox::Options(), &error), qPrintable(error));
    m_client = std::make_unique<stripe::Client>();
    QVERIFY(m_client->setBaseUrl(m_sandbox.url()));
    m_client->setApiKey(sandbox::keys::secret());
    m_journal = std::make_unique<WriteJournal>(m_dir.filePath(QStringLiteral("journal.jsonl")));
}

void TestUserInput::customerText_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("refusal"); // empty: accepted
    const QString huge(100 * 1024, QChar(u'ä'));
    QTest::newRow("plain") << "Jane Doe"
                           << "Wholesale"
                           << "";
    QTest::newRow("right-to-left") << QString::fromUtf8("محمد الأحمد") << QString::fromUtf8("عميل منذ ٢٠١٩")
                                   << "";
    QTest::newRow("mixed direction") << QString::fromUtf8("שלום Jane (VIP)")
                                     << QString::fromUtf8("Order #12 — הזמנה") << "";
    QTest::newRow("emoji and zwj") << QString::fromUtf8("Zoë 👩‍👩‍👧 Ünïcødé")
                                   << QString::fromUtf8("🎉🇯🇵") << "";
    QTest::newRow("combining marks") << QString::fromUtf8("Zoe\u0308 Mu\u0308ller") << ""
                                     << "";
    QTest::newRow("cjk") << QString::fromUtf8("山田 太郎") << QString::fromUtf8("株式会社テスト") << "";
    QTest::newRow("spreadsheet formula") << "=HYPERLINK(\"http://x\")"
                                         << "+1-1"
                                         << "";
    QTest::newRow("quotes and commas") << "O'Brien, \"Jack\""
                                       << "a,b;c\td"
                                       << "";
    QTest::newRow("100 KB name") << huge << ""
                                 << "too long";
    QTest::newRow("100 KB description") << "Jane" << huge << "too long";
}

void TestUserInput::customerText()
{
    QFETCH(QString, name);
    QFETCH(QString, description);
    QFETCH(QString, refusal);
    CustomerFields fields;
    fields.name = name;
    fields.description = description;
    fields.metadata = {{QStringLiteral("note"), description.left(500)}};
    CreateCustomerWrite create(
        {m_client.get(), m_journal.get(), QStringLiteral("acct_sandbox"), accounts::Mode::Sandbox}, fields);
    QSignalSpy finished(&create, &Write::finished);
    if (!refusal.isEmpty()) {
        QVERIFY(!create.start());
        QVERIFY2(create.errorText().contains(refusal), qPrintable(create.errorText()));
        QTest::qWait(20); // nothing must happen: nothing is sent
        QVERIFY(!create.hasStarted());
        return;
    }
    QVERIFY2(create.start(), qPrintable(create.errorText()));
    QVERIFY(finished.wait(10000));
    const auto result = finished.first().first().value<WriteResult>();
    QCOMPARE(result.status, WriteOutcome::Status::Succeeded);
    const QString id = result.object.value("id").toString();

    // In Stripe, exactly as typed (trimmed).
    const QJsonObject *stored = m_sandbox.store().collection("customers").find(id);
    QVERIFY(stored);
    QCOMPARE(stored->value("name").toString(), name.trimmed());
    if (!description.isEmpty()) {
        QCOMPARE(stored->value("description").toString(), description.trimmed());
        QCOMPARE(stored->value("metadata").toObject().value("note").toString(), description.left(500));
    }

    // In the table: the new customer is the first row.
    records::ListModel model(records::columnsFor(objects::Kind::Customer));
    paydesk_test::watchModel(&model);
    model.setClient(m_client.get());
    records::ListQuery query;
    query.path = QStringLiteral("/v1/customers");
    model.load(query);
    QTRY_COMPARE_WITH_TIMEOUT(model.state(), records::ListModel::State::Ready, 10000);
    const int row = model.rowOfId(id);
    QVERIFY(row >= 0);
    bool shown = false;
    for (int column = 0; column < model.columnCount(); ++column)
        shown |= model.data(model.index(row, column)).toString() == name.trimmed();
    QVERIFY2(shown, "the name is not shown intact in any column");

    // In the detail pane.
    bool detailed = false;
    for (const auto &field : records::detailFieldsFor(objects::Kind::Customer, model.objectAt(row)))
        detailed |= field.value == name.trimmed();
    QVERIFY(detailed);

    // In a CSV export: the field as written reads back as the name (formulas defused).
    const QString csv = records::CsvExport::field(name.trimmed());
    const bool defused = name.startsWith(u'=') || name.startsWith(u'+');
    QVERIFY(csv.contains(defused ? name.mid(1).replace(u'"', QStringLiteral("\"\""))
                                 : name.trimmed().replace(u'"', QStringLiteral("\"\""))));
}

void TestUserInput::idsOfTheWrongShape_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");
    QTest::addColumn<bool>("ok");
    QTest::newRow("right kind") << "cus_QXg1o8vcGmoR32" << int(objects::Kind::Customer) << true;
    QTest::newRow("invoice for customer") << "in_1Pgc6tB7WZ01zgkW" << int(objects::Kind::Customer) << false;
    QTest::newRow("customer for invoice") << "cus_QXg1o8vcGmoR32" << int(objects::Kind::Invoice) << false;
    QTest::newRow("charge for payment intent")
        << "ch_1PgafuB7WZ01" << int(objects::Kind::PaymentIntent) << false;
    QTest::newRow("inner space") << "cus_QXg1 o8vc" << int(objects::Kind::Customer) << false;
    QTest::newRow("emoji") << QString::fromUtf8("cus_😀") << int(objects::Kind::Customer) << false;
    QTest::newRow("right-to-left") << QString::fromUtf8("cus_مرحبا") << int(objects::Kind::Customer) << false;
    QTest::newRow("a key, not an id") << "sk_test_abc123" << int(objects::Kind::Customer) << false;
    QTest::newRow("path injection") << "cus_1/../../v1/charges" << int(objects::Kind::Customer) << false;
    QTest::newRow("100 KB") << "cus_" + QString(100 * 1024, u'a') << int(objects::Kind::Customer) << false;
}

void TestUserInput::idsOfTheWrongShape()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    QFETCH(bool, ok);
    const QString problem = objects::checkId(text, objects::Kind(expected));
    QCOMPARE(problem.isEmpty(), ok);
    if (!ok) // the message says what is expected, and never repeats a 100 KB input back
        QVERIFY2(problem.contains(objects::singularName(objects::Kind(expected)), Qt::CaseInsensitive)
                     && problem.size() < 300,
                 qPrintable(problem.left(300)));
}

PAYDESK_TEST_GUILESS_MAIN(TestUserInput)
#include "tst_userinput.moc"
