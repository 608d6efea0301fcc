#include "src/accounts/AccountStore.h"
#include "src/mirror/MirrorCsvExport.h"
#include "src/mirror/MirrorSettings.h"
#include "src/mirror/Reader.h"
#include "src/mirror/SourceStatus.h"
#include "src/sandbox/SandboxKeys.h"
#include "src/session/Session.h"
#include "tests/integration/sandbox/SandboxHttp.h"
#include "tests/support/TestMain.h"
#include "tests/ui/support/UiFixture.h"
#include "ui/Workspace.h"
#include "ui/customers/CustomerDialog.h"
#include "ui/customers/CustomersTab.h"
#include "ui/invoices/InvoicesTab.h"
#include "ui/mirrorview/MirrorControls.h"
#include "ui/mirrorview/MirrorDetailsDialog.h"
#include "ui/mirrorview/MirrorOfferDialog.h"
#include "ui/mirrorview/MirrorStatusButton.h"
#include "ui/mirrorview/TeamDatabaseDialog.h"
#include "ui/overview/BarChart.h"
#include "ui/overview/FigurePanel.h"
#include "ui/overview/OverviewTab.h"
#include "ui/widgets/ChoiceBox.h"
#include "ui/widgets/CustomerPicker.h"
#include "ui/widgets/NoticeBar.h"
#include "ui/widgets/SecretField.h"
#include "ui/writes/WriteDialog.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>

using Figure = OverviewTab::Figure;

namespace {

constexpr qint64 day = 86400;

int ageOf(const QJsonObject &invoice, qint64 now)
{
    const qint64 due = invoice.value("due_date").isDouble() ? invoice.value("due_date").toInteger()
                                                            : invoice.value("created").toInteger();
    const qint64 past = now - due;
    return past <= 0 ? 0 : past <= 30 * day ? 1 : past <= 60 * day ? 2 : past <= 90 * day ? 3 : 4;
}

QString fixtureEnv(const QString &key)
{
    QFile file(qEnvironmentVariable("PAYDESK_TEST_PG") + "/env");
    if (!file.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : file.readAll().split('\n'))
        if (line.startsWith(key.toUtf8() + '='))
            return QString::fromUtf8(line.mid(key.size() + 1));
    return {};
}

} // namespace

// The mirror in the running window, against the sandbox: the Overview and the status bar follow
// a change made with plain HTTP within 10 seconds; the aging figures match a count made here
// from the sandbox's store; a figure opens its tab; the live-mode offer appears once; Forget
// deletes the file; the team dialog's Test connection says what is wrong; Paydesk's own write
// is in the mirror at once; a damaged file is rebuilt, saying so.
class TestUiMirror : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void overviewWaitsForTheMirrorSayingHowFar();
    void agingMatchesACountMadeHere();
    void changeMadeWithHttpShowsWithinTenSeconds();
    void figureOpensTheTabBehindIt();
    void figuresExportToCsv();
    void statusSaysWhichSourceWithoutChangingWidth();
    void ownWriteIsInTheMirrorAtOnce();
    void liveModeOffersOnce();
    void forgetDeletesTheFile();
    void teamDialogTestsTheConnection_data();
    void teamDialogTestsTheConnection();
    void damagedFileIsRebuiltSayingSo();

private:
    OverviewTab *showOverview(MainWindow *window);

    QTemporaryDir m_settings;
    std::unique_ptr<UiFixture> m_fixture;
};

void TestUiMirror::initTestCase()
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    m_fixture = std::make_unique<UiFixture>();
}

void TestUiMirror::init()
{
    QSettings().clear();
    m_fixture->sandbox().faults().reset();
}

void TestUiMirror::cleanup()
{
    UiFixture::closeDialogs();
}

OverviewTab *TestUiMirror::showOverview(MainWindow *window)
{
    auto *tabs = window->findChild<QTabWidget *>("tabs");
    tabs->setCurrentWidget(window->overviewTab());
    return window->overviewTab();
}

void TestUiMirror::overviewWaitsForTheMirrorSayingHowFar()
{
    // A slow line: the listing takes long enough to watch.
    m_fixture->sandbox().faults().setLatency(300, "GET", "/v1/invoices");
    MainWindow *window = m_fixture->openWithMirror();
    OverviewTab *overview = showOverview(window);
    QVERIFY(QTest::qWaitFor([&] { return overview->notReadyText().contains("Syncing: "); }, 10000));
    QVERIFY(!overview->isShowingFigures()); // never a blank page: why, and how far
    QVERIFY2(overview->notReadyText().contains("complete"), qPrintable(overview->notReadyText()));
    // The status bar says it too, for the invoices the Invoices tab would show.
    window->showTab(objects::Kind::Invoice);
    MirrorStatusButton *status = window->mirrorControls()->statusButton();
    QVERIFY(QTest::qWaitFor([&] { return status->text().contains("invoices"); }, 10000));
    QVERIFY2(status->text().startsWith("Syncing: "), qPrintable(status->text()));
    QVERIFY(status->accessibleName().contains(status->text()));
    m_fixture->sandbox().faults().reset();
    showOverview(window);
    QVERIFY(m_fixture->waitForMirror());
    QVERIFY(QTest::qWaitFor([&] { return overview->isShowingFigures(); }, 15000));
}

void TestUiMirror::agingMatchesACountMadeHere()
{
    MainWindow *window = m_fixture->openWithMirror();
    QVERIFY(m_fixture->waitForMirror());
    OverviewTab *overview = showOverview(window);
    QVERIFY(QTest::qWaitFor([&] { return overview->isShowingFigures(); }, 15000));
    const qint64 now = overview->figures().asOf;
    // Counted here, from the sandbox's own store, currency by currency.
    QMap<QString, std::array<qint64, 5>> counts;
    QMap<QString, std::array<qint64, 5>> amounts;
    m_fixture->inStore([&](sandbox::Store &store) {
        const auto &invoices = store.collection("invoices");
        for (int i = 0; i < invoices.size(); ++i) {
            const QJsonObject invoice = invoices.at(i);
            if (invoices.isDeleted(i) || invoice.value("status").toString() != "open")
                continue;
            const QString currency = invoice.value("currency").toString();
            counts[currency][size_t(ageOf(invoice, now))] += 1;
            amounts[currency][size_t(ageOf(invoice, now))] += invoice.value("amount_remaining").toInteger();
        }
    });
    QVERIFY(!counts.isEmpty());
    QComboBox *currency = overview->currencyBox();
    QCOMPARE(currency->count(), counts.size());
    for (int c = 0; c < currency->count(); ++c) {
        currency->setCurrentIndex(c);
        const QString code = currency->currentData().toString();
        QVERIFY2(counts.contains(code), qPrintable(code));
        // What the chart draws and says, and the table of the same numbers.
        const auto groups = overview->agingChart()->groups();
        QCOMPARE(groups.size(), 5);
        QTableWidget *table = overview->panel(Figure::Aging)->table();
        for (int age = 0; age < 5; ++age) {
            QCOMPARE(groups.at(age).bars.first().value, amounts[code][size_t(age)]);
            QVERIFY2(groups.at(age).bars.first().text.contains(
                         money::Money(amounts[code][size_t(age)], code).format()),
                     qPrintable(groups.at(age).bars.first().text));
            QCOMPARE(table->item(age, 1)->text(), QLocale().toString(counts[code][size_t(age)]));
        }
    }
    // The keyboard moves from bar to bar, and the bar's numbers are said in words.
    BarChart *chart = overview->agingChart();
    chart->setFocus();
    QTest::keyClick(chart, Qt::Key_Home);
    const QString first = chart->accessibleDescription();
    QTest::keyClick(chart, Qt::Key_Right);
    QCOMPARE(chart->currentGroup(), 1);
    QVERIFY(chart->accessibleDescription().startsWith("1–30 days past due: "));
    QVERIFY(first.startsWith("Not yet due: "));
    // The same numbers as a table, for whoever prefers one.
    QTest::mouseClick(overview->panel(Figure::Aging)->tableButton(), Qt::LeftButton);
    QVERIFY(overview->panel(Figure::Aging)->isShowingTable());
}

void TestUiMirror::changeMadeWithHttpShowsWithinTenSeconds()
{
    // The app's own pace: Stripe's events read every 3 seconds.
    MainWindow *window = m_fixture->openWithMirror(accounts::Mode::Sandbox, 3000);
    QVERIFY(m_fixture->waitForMirror());
    OverviewTab *overview = showOverview(window);
    QVERIFY(QTest::qWaitFor([&] { return overview->isShowingFigures(); }, 15000));
    // An open invoice, paid elsewhere (curl, the Dashboard).
    const qint64 now = overview->figures().asOf;
    const QJsonObject invoice = m_fixture->newest(
        "invoices", [](const QJsonObject &i) { return i.value("status").toString() == "open"; });
    QVERIFY(!invoice.isEmpty());
    const QString code = invoice.value("currency").toString();
    const int age = ageOf(invoice, now);
    overview->currencyBox()->setCurrentIndex(overview->currencyBox()->findData(code));
    const qint64 before = overview->agingChart()->groups().at(age).bars.first().value;
    SandboxHttp http(m_fixture->url());
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(
        http.post("/v1/invoices/" + invoice.value("id").toString() + "/pay", "paid_out_of_band=true").status,
        200);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return overview->agingChart()->groups().at(age).bars.first().value
                == before - invoice.value("amount_remaining").toInteger();
        },
        12000));
    QVERIFY2(clock.elapsed() <= 10000,
             qPrintable(QStringLiteral("the Overview changed after %1 ms").arg(clock.elapsed())));
    // The status bar says the copy is current.
    MirrorStatusButton *status = window->mirrorControls()->statusButton();
    QVERIFY2(status->text().startsWith("Synced ") && status->text().endsWith(" ago"),
             qPrintable(status->text()));
}

void TestUiMirror::figureOpensTheTabBehindIt()
{
    MainWindow *window = m_fixture->openWithMirror();
    QVERIFY(m_fixture->waitForMirror());
    OverviewTab *overview = showOverview(window);
    QVERIFY(QTest::qWaitFor([&] { return overview->isShowingFigures(); }, 15000));
    // A click on an age opens the open invoices.
    BarChart *chart = overview->agingChart();
    QTest::mouseClick(chart, Qt::LeftButton, {}, chart->barRect(2, 0).center());
    QCOMPARE(window->currentRecordTab(), static_cast<RecordTab *>(window->invoicesTab()));
    QCOMPARE(window->invoicesTab()->statusFilter()->value(), QStringLiteral("open"));
    QVERIFY2(window->statusBar()->currentMessage().contains("31–60")
                 || window->statusBar()->currentMessage().contains("due"),
             qPrintable(window->statusBar()->currentMessage()));
    // The customer owing the most: that customer's open invoices.
    showOverview(window);
    QTableWidget *balances = overview->balancesTable();
    QVERIFY(balances->rowCount() > 0);
    balances->setCurrentCell(0, 0);
    const mirror::Filter filter = overview->selectedFilter(Figure::Balances);
    QVERIFY(filter.customer.startsWith("cus_"));
    balances->setFocus();
    QTest::keyClick(balances, Qt::Key_Return);
    QVERIFY(QTest::qWaitFor([&] { return window->currentRecordTab() == window->invoicesTab(); }, 2000));
    QCOMPARE(window->invoicesTab()->customerFilter()->customerId(), filter.customer);
    QCOMPARE(window->invoicesTab()->statusFilter()->value(), QStringLiteral("open"));
    QVERIFY(UiFixture::waitForState(window->invoicesTab(), records::ListModel::State::Ready));
    // What the tab lists is what the figure counts (here the tab's filters hold all of it).
    QCOMPARE(qint64(window->invoicesTab()->model()->rowCount()),
             mirror::Reader(*m_fixture->mirror()->mirror()->store()).count(filter).value_or(-1));
}

void TestUiMirror::figuresExportToCsv()
{
    MainWindow *window = m_fixture->openWithMirror();
    QVERIFY(m_fixture->waitForMirror());
    OverviewTab *overview = showOverview(window);
    QVERIFY(QTest::qWaitFor([&] { return overview->isShowingFigures(); }, 15000));
    QTemporaryDir dir;
    QString error;
    QVERIFY2(overview->exportFigure(Figure::Revenue, dir.filePath("revenue.csv"), &error), qPrintable(error));
    QFile revenue(dir.filePath("revenue.csv"));
    QVERIFY(revenue.open(QIODevice::ReadOnly));
    QCOMPARE(revenue.permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
    QVERIFY(revenue.readLine().contains("Month,Currency,Payments,Revenue,Refunds,Refunded"));
    // The rows behind the "over 90 days" bar, with the export's progress, private.
    overview->agingChart()->setCurrent(4, 0);
    const mirror::Filter over90 = overview->selectedFilter(Figure::Aging);
    const qint64 expected
        = mirror::Reader(*m_fixture->mirror()->mirror()->store()).count(over90).value_or(-1);
    mirror::MirrorCsvExport *exporter = overview->exportRows(Figure::Aging, dir.filePath("over90.csv"));
    QVERIFY(exporter);
    QSignalSpy finished(exporter, &mirror::MirrorCsvExport::finished);
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.first().first().toBool());
    QFile rows(dir.filePath("over90.csv"));
    QVERIFY(rows.open(QIODevice::ReadOnly));
    QCOMPARE(rows.permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
    QCOMPARE(qint64(rows.readAll().count("\r\n")) - 1, expected);
}

void TestUiMirror::statusSaysWhichSourceWithoutChangingWidth()
{
    // Events read every minute: the age of the last sync grows between two reads.
    MainWindow *window = m_fixture->openWithMirror(accounts::Mode::Sandbox, 60000);
    MirrorStatusButton *status = window->mirrorControls()->statusButton();
    const int width = status->width();
    QVERIFY(m_fixture->waitForMirror());
    // Every record tab reads the complete copy from the moment it is Ready: Orders once stayed on
    // Stripe after a start, until something else made the tabs look again.
    window->showTab(objects::Kind::Order);
    QVERIFY2(QTest::qWaitFor([&] { return status->text().startsWith("Synced "); }, 3000),
             qPrintable(status->text()));
    // What a tab that reads Stripe would say meanwhile.
    QVERIFY(mirror::SourceStatus::of(*m_fixture->mirror(), QDateTime::currentDateTime(), objects::Kind::Order,
                                     false)
                .text.startsWith("From Stripe · copy synced"));
    window->showTab(objects::Kind::Customer);
    QVERIFY(QTest::qWaitFor([&] { return status->text().startsWith("Synced "); }, 3000));
    showOverview(window);
    QVERIFY(QTest::qWaitFor([&] { return status->text().startsWith("Synced "); }, 3000));
    // Every second while shown.
    const QString first = status->text();
    QVERIFY(QTest::qWaitFor([&] { return status->text() != first && status->text().startsWith("Synced "); },
                            4000));
    m_fixture->mirror()->pause();
    QCOMPARE(status->text(), QStringLiteral("Sync paused — from Stripe"));
    QCOMPARE(status->width(), width); // the status bar never shifts
    QVERIFY(status->accessibleName().endsWith("Sync paused — from Stripe"));
    // A click shows where the copy is, how far it is, and Pause/Resume.
    QTest::mouseClick(status, Qt::LeftButton);
    auto *details = UiFixture::waitForWindow<MirrorDetailsDialog>();
    QVERIFY(details);
    QVERIFY2(details->locationText().contains(m_fixture->mirror()->sqlitePath()),
             qPrintable(details->locationText()));
    QCOMPARE(details->pauseButton()->text().remove('&'), QStringLiteral("Resume syncing"));
    QTest::mouseClick(details->pauseButton(), Qt::LeftButton);
    QVERIFY(!m_fixture->mirror()->isPaused());
    QVERIFY(m_fixture->waitForMirror());
    QVERIFY(QTest::qWaitFor([&] { return details->stateText().startsWith("Synced "); }, 3000));
    QCOMPARE(details->progressTable()->topLevelItem(0)->text(2), QStringLiteral("complete"));
    QCOMPARE(status->width(), width);
}

void TestUiMirror::ownWriteIsInTheMirrorAtOnce()
{
    // Stripe's events read once a minute: what arrives sooner is the write's own answer.
    MainWindow *window = m_fixture->openWithMirror(accounts::Mode::Sandbox, 60000);
    QVERIFY(m_fixture->waitForMirror());
    RecordTab *customers = window->showTab(objects::Kind::Customer);
    QVERIFY(UiFixture::waitForRows(customers, 1));
    auto *create = qobject_cast<CustomerDialog *>(window->customersTab()->newCustomer());
    QVERIFY(create);
    create->emailField()->setText("mirrored.at.once@example.com");
    create->nameField()->setText("Mirrored At Once");
    QTest::mouseClick(create->confirmButton(), Qt::LeftButton);
    const QJsonObject created = [&] {
        QJsonObject found;
        (void)QTest::qWaitFor(
            [&] {
                found = m_fixture->newest("customers", [](const QJsonObject &c) {
                    return c.value("email").toString() == "mirrored.at.once@example.com";
                });
                return !found.isEmpty();
            },
            10000);
        return found;
    }();
    QVERIFY(!created.isEmpty());
    mirror::Reader reader(*m_fixture->mirror()->mirror()->store());
    QVERIFY(QTest::qWaitFor(
        [&] { return reader.object(objects::Kind::Customer, created.value("id").toString()).has_value(); },
        3000));
}

void TestUiMirror::liveModeOffersOnce()
{
    MainWindow *window = m_fixture->openWithMirror(accounts::Mode::Live);
    auto *offer = UiFixture::waitForWindow<MirrorOfferDialog>();
    QVERIFY(offer);
    QVERIFY(!m_fixture->mirror()->mirror()); // nothing is copied before the answer
    QVERIFY2(offer->text().contains(m_fixture->mirror()->sqlitePath()), qPrintable(offer->text()));
    QVERIFY(offer->text().contains("never your API key"));
    QVERIFY(offer->text().contains("delete it at any time"));
    // How large, from a first count of the account.
    QVERIFY(QTest::qWaitFor([&] { return !offer->sizeText().startsWith("Counting"); }, 10000));
    QVERIFY2(offer->sizeText().contains(" MB") || offer->sizeText().contains(" kB"),
             qPrintable(offer->sizeText()));
    QTest::mouseClick(offer->notNowButton(), Qt::LeftButton);
    QVERIFY(!m_fixture->mirror()->mirror());
    QCOMPARE(window->mirrorControls()->statusButton()->text(), QStringLiteral("From Stripe"));
    QCOMPARE(mirror::MirrorSettings().choice(sandbox::Server::accountId()),
             mirror::MirrorSettings::Choice::Off);
    // Asked once: opening the account again asks nothing.
    m_fixture->openWithMirror(accounts::Mode::Live);
    QVERIFY(!UiFixture::waitForWindow<MirrorOfferDialog>(1500));
    // The Overview says why it has nothing, and offers what would help.
    MainWindow *again = m_fixture->window();
    OverviewTab *overview = showOverview(again);
    QVERIFY(overview->notReadyText().contains("none is kept"));
    QTest::mouseClick(overview->notReadyButton(), Qt::LeftButton);
    QVERIFY(m_fixture->waitForMirror());
    QVERIFY(QTest::qWaitFor([&] { return overview->isShowingFigures(); }, 15000));
}

void TestUiMirror::forgetDeletesTheFile()
{
    // The app's own way in: a saved test-mode account opened by the workspace.
    auto keychain = std::make_shared<ScriptedKeychainBackend::State>();
    keychain->entries.insert(sandbox::Server::accountId(), sandbox::keys::secret());
    accounts::KeyVault vault(std::make_unique<ScriptedKeychainBackend>(keychain));
    accounts::AccountStore store;
    store.save(
        {sandbox::Server::accountId(), "Paydesk Sandbox", accounts::Mode::Test, accounts::KeyKind::Secret});
    QTemporaryDir data;
    mirror::AccountMirror accountMirror(data.path());
    accountMirror.setVault(&vault);
    MainWindow window;
    window.setMirror(&accountMirror);
    writes::WriteJournal journal(data.filePath("journal.jsonl"));
    const QUrl url = m_fixture->url();
    session::Session session(&vault, &store, &journal, [url] {
        return session::Session::Sandbox {url, sandbox::keys::secret(), {}};
    });
    Workspace workspace(&window, &session);
    workspace.setMirror(&accountMirror);
    window.show();
    session.start({false, url, sandbox::Server::accountId()});
    QVERIFY(QTest::qWaitFor([&] { return accountMirror.mirror() && accountMirror.mirror()->isComplete(); },
                            30000));
    const QString file = accountMirror.sqlitePath();
    QVERIFY(QFileInfo::exists(file));
    QVERIFY(file.startsWith(data.path()));
    QString asked;
    UiFixture::answerNextModal("Yes", &asked);
    window.action("forgetAccount") ? window.action("forgetAccount")->trigger()
                                   : workspace.forgetCurrentAccount();
    QVERIFY(QTest::qWaitFor([&] { return !QFileInfo::exists(file); }, 10000));
    QVERIFY2(asked.contains("copy on this desk"), qPrintable(asked));
    QVERIFY(!QFileInfo::exists(file + "-wal"));
    QVERIFY(!store.contains(sandbox::Server::accountId()));
    QCOMPARE(accountMirror.accountId(), QStringLiteral("sandbox")); // the window went on to the sandbox
}

void TestUiMirror::teamDialogTestsTheConnection_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("says");
    QTest::newRow("right password") << ""
                                    << "Connected to PostgreSQL 15";
    QTest::newRow("wrong password") << "not-the-password"
                                    << "PostgreSQL refused the password for the user paydesk";
}

void TestUiMirror::teamDialogTestsTheConnection()
{
    QFETCH(QString, password);
    QFETCH(QString, says);
    if (qEnvironmentVariableIsEmpty("PAYDESK_TEST_PG"))
        QSKIP("no PostgreSQL: run through ctest, whose fixture starts one");
    if (password.isEmpty())
        password = fixtureEnv("password");
    MainWindow *window = m_fixture->openWithMirror(accounts::Mode::Test);
    QVERIFY(m_fixture->waitForMirror());
    window->action("teamDatabase")->trigger();
    auto *dialog = UiFixture::waitForWindow<TeamDatabaseDialog>();
    QVERIFY(dialog);
    // A connection string pasted whole fills the fields.
    dialog->addressField()->setText(QStringLiteral("host=%1 port=%2 user=paydesk dbname=postgres")
                                        .arg(fixtureEnv("host"), fixtureEnv("port")));
    emit dialog->addressField()->textEdited(dialog->addressField()->text());
    QCOMPARE(dialog->databaseField()->text(), QStringLiteral("postgres"));
    QCOMPARE(dialog->userField()->text(), QStringLiteral("paydesk"));
    dialog->passwordField()->setText(password);
    QTest::mouseClick(dialog->testButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return dialog->testButton()->isEnabled(); }, 15000));
    QVERIFY2(dialog->message().contains(says), qPrintable(dialog->message()));
    if (password != fixtureEnv("password"))
        return;
    // Saved: the password in the keychain under its own entry, never in the settings; the
    // window reads the team's copy.
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !dialog->isVisible(); }, 5000));
    QCOMPARE(m_fixture->keychain().entries.value(
                 accounts::KeyVault::teamPasswordEntry(sandbox::Server::accountId())),
             password);
    QFile settings(QSettings().fileName());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    QVERIFY(!settings.readAll().contains(password.toUtf8()));
    QVERIFY(QTest::qWaitFor(
        [&] {
            return m_fixture->mirror()->mirror()
                && m_fixture->mirror()->mirror()->config().backend == mirror::Backend::Postgres;
        },
        5000));
    QVERIFY(m_fixture->waitForMirror(60000));
    auto *details = window->mirrorControls()->showDetails();
    QVERIFY2(details->locationText().contains("team database"), qPrintable(details->locationText()));
    QVERIFY(!details->locationText().contains(password));
    details->close();
    // And back to this desk's own copy.
    window->action("teamDatabase")->trigger();
    dialog = UiFixture::waitForWindow<TeamDatabaseDialog>();
    QVERIFY(dialog && dialog->ownCopyButton()->isVisible());
    QTest::mouseClick(dialog->ownCopyButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return m_fixture->mirror()->mirror()
                && m_fixture->mirror()->mirror()->config().backend == mirror::Backend::Sqlite;
        },
        5000));
}

void TestUiMirror::damagedFileIsRebuiltSayingSo()
{
    MainWindow *window = m_fixture->openWithMirror();
    QVERIFY(m_fixture->waitForMirror());
    const QString file = m_fixture->mirror()->sqlitePath();
    m_fixture->open(); // the account closes (its mirror stops)
    {
        QFile damaged(file);
        QVERIFY(damaged.open(QIODevice::ReadWrite));
        damaged.seek(4096);
        damaged.write(QByteArray(16 * 4096, '\x33'));
    }
    window = m_fixture->openWithMirror();
    QVERIFY(QTest::qWaitFor(
        [&] { return window->noticeBar()->isVisible() && window->noticeBar()->text().contains("damaged"); },
        15000));
    QVERIFY2(window->noticeBar()->text().contains("listing the account again"),
             qPrintable(window->noticeBar()->text()));
    QVERIFY(m_fixture->waitForMirror());
}

PAYDESK_TEST_MAIN(TestUiMirror)
#include "tst_ui_mirror.moc"
