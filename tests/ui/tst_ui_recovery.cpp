#include "src/accounts/AccountStore.h"
#include "src/accounts/KeyVault.h"
#include "src/sandbox/SandboxKeys.h"
#include "src/session/Session.h"
#include "src/writes/JournalModel.h"
#include "src/writes/RefundWrite.h"
#include "tests/support/ScriptedKeychainBackend.h"
#include "tests/support/TestMain.h"
#include "tests/ui/support/UiFixture.h"
#include "ui/Workspace.h"
#include "ui/activity/ActivityDialog.h"
#include "ui/payments/PaymentsAndRefundsPage.h"
#include "ui/payments/PaymentsTab.h"
#include "ui/payments/RefundDialog.h"

#include <QCheckBox>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>

// The journal's promise: a write whose answer never came — Paydesk was killed with the refund on
// its way — is listed at the next start, and Check or Retry safely settles it with exactly one
// refund in Stripe.
class TestUiRecovery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup() { UiFixture::closeDialogs(); }

    void killedMidRefundThenRetryRefundsOnce();
    void killedMidRefundThenCheckFindsIt();
    void olderThan24HoursIsNotRetriedBlind();
    void refundedByHandMeanwhileRetryShowsItAndAsks();
    void dismissForgetsAnUnfinishedWrite();
    void activityFiltersAndExports();

private:
    // Starts a refund, lets the sandbox apply it, and "kills" Paydesk before the answer comes:
    // the window and its client go away with the request in flight.
    QString refundLeftUnfinished();
    ActivityDialog *restart();

    std::unique_ptr<UiFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<session::Session> m_session;
    std::unique_ptr<Workspace> m_workspace;
    std::shared_ptr<ScriptedKeychainBackend::State> m_keychain;
    std::unique_ptr<accounts::KeyVault> m_vault;
    std::unique_ptr<accounts::AccountStore> m_store;
    QSet<QString> m_used;
};

void TestUiRecovery::initTestCase()
{
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    m_fixture = std::make_unique<UiFixture>();
    m_keychain = std::make_shared<ScriptedKeychainBackend::State>();
    m_vault = std::make_unique<accounts::KeyVault>(std::make_unique<ScriptedKeychainBackend>(m_keychain));
    QSettings().clear();
    m_store = std::make_unique<accounts::AccountStore>();
}

void TestUiRecovery::init()
{
    m_fixture->sandbox().faults().reset();
    m_workspace.reset();
    m_session.reset();
    m_window.reset();
}

QString TestUiRecovery::refundLeftUnfinished()
{
    MainWindow *window = m_fixture->open();
    QJsonObject charge;
    m_fixture->inStore([&](sandbox::Store &store) {
        const auto &c = store.collection("charges");
        for (int i = c.size() - 1; i >= 0 && charge.isEmpty(); --i)
            if (c.at(i).value("status").toString() == "succeeded"
                && c.at(i).value("amount_refunded").toInteger() == 0
                && c.at(i).value("amount_captured").toInteger() == c.at(i).value("amount").toInteger()
                && c.at(i).value("currency").toString() == "usd"
                && !m_used.contains(c.at(i).value("id").toString()))
                charge = c.at(i);
    });
    const QString id = charge.value("id").toString();
    m_used.insert(id);
    auto *payments = window->paymentsPage()->payments();
    window->openId(objects::Kind::Payment, id);
    if (!QTest::qWaitFor([payments, &id] { return payments->currentId() == id; }, 10000))
        return {};
    // The refund is applied at once; its answer would come 30 s later.
    m_fixture->sandbox().faults().delayNext(1, 30000, "POST", "/v1/refunds");
    RefundDialog *dialog = payments->refundSelected();
    dialog->amountField()->setText("20.00");
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    const auto refunds = [this, &id] {
        return m_fixture->count("refunds",
                                [&id](const QJsonObject &r) { return r.value("charge").toString() == id; });
    };
    if (!QTest::qWaitFor([&refunds] { return refunds() == 1; }, 10000))
        return {};
    // Killed: no outcome reaches the journal.
    UiFixture::closeDialogs();
    m_fixture->open(); // the old window and its client are gone
    return id;
}

ActivityDialog *TestUiRecovery::restart()
{
    // Paydesk starts again on the sandbox; its unfinished writes are listed before anything else.
    m_window = std::make_unique<MainWindow>();
    UiFixture::watchModels(m_window.get());
    m_window->show();
    const QUrl url = m_fixture->url();
    m_session = std::make_unique<session::Session>(m_vault.get(), m_store.get(), m_fixture->journal(), [url] {
        return session::Session::Sandbox {url, sandbox::keys::secret(), {}};
    });
    m_workspace = std::make_unique<Workspace>(m_window.get(), m_session.get());
    m_session->start({});
    ActivityDialog *activity = UiFixture::waitForWindow<ActivityDialog>();
    if (activity)
        UiFixture::watchModels(activity);
    return activity;
}

void TestUiRecovery::killedMidRefundThenRetryRefundsOnce()
{
    const QString charge = refundLeftUnfinished();
    QVERIFY(!charge.isEmpty());
    QCOMPARE(m_fixture->journal()->unfinished("sandbox").size(), 1);
    ActivityDialog *activity = restart();
    QVERIFY(activity);
    QVERIFY(activity->unfinishedOnly()->isChecked());
    QCOMPARE(activity->table()->model()->rowCount(), 1);
    const QString operation
        = activity->table()->model()->index(0, writes::JournalModel::Write).data().toString();
    QVERIFY2(operation.startsWith(QString::fromUtf8("Refund $20.00 of")), qPrintable(operation));
    QCOMPARE(activity->table()->model()->index(0, writes::JournalModel::Outcome).data().toString(),
             QStringLiteral("Did not finish — check it"));
    QVERIFY(activity->retryButton()->isEnabled());
    QTest::mouseClick(activity->retryButton(), Qt::LeftButton);
    QVERIFY(
        QTest::qWaitFor([activity] { return activity->statusText().contains("already happened"); }, 15000));
    QCOMPARE(
        m_fixture->count("refunds",
                         [&charge](const QJsonObject &r) { return r.value("charge").toString() == charge; }),
        1);
    QVERIFY(m_fixture->journal()->unfinished("sandbox").isEmpty());
    QCOMPARE(activity->table()->model()->rowCount(), 0);
}

void TestUiRecovery::killedMidRefundThenCheckFindsIt()
{
    const QString charge = refundLeftUnfinished();
    QVERIFY(!charge.isEmpty());
    ActivityDialog *activity = restart();
    QVERIFY(activity);
    QTest::mouseClick(activity->checkButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([activity] { return activity->statusText().startsWith("It happened"); }, 15000));
    QVERIFY(activity->statusText().contains("re_"));
    QVERIFY(m_fixture->journal()->unfinished("sandbox").isEmpty());
    const auto entry = m_fixture->journal()->entries().last();
    QCOMPARE(entry.outcome->status, writes::WriteOutcome::Status::Succeeded);
    QVERIFY(entry.outcome->objectId.startsWith("re_"));
    QCOMPARE(
        m_fixture->count("refunds",
                         [&charge](const QJsonObject &r) { return r.value("charge").toString() == charge; }),
        1);
}

void TestUiRecovery::olderThan24HoursIsNotRetriedBlind()
{
    writes::WriteIntent intent;
    intent.id = stripe::newIdempotencyKey();
    intent.createdAt = QDateTime::currentDateTimeUtc().addDays(-2);
    intent.accountId = "sandbox";
    intent.mode = accounts::Mode::Sandbox;
    intent.operation = "refund";
    intent.target = "ch_old";
    intent.summary = "Refund $5.00 of $40.00 to Old Customer";
    intent.request = stripe::Request::post("/v1/refunds", {{"charge", "ch_old"}, {"amount", 500}});
    intent.check.path = "/v1/refunds";
    intent.check.params = {{"charge", "ch_old"}};
    QVERIFY(m_fixture->journal()->recordIntent(intent));
    ActivityDialog *activity = restart();
    QVERIFY(activity);
    const int rows = activity->table()->model()->rowCount();
    QVERIFY(rows >= 1);
    activity->table()->selectRow(0);
    QTest::mouseClick(activity->retryButton(), Qt::LeftButton);
    QVERIFY2(QTest::qWaitFor([activity] { return activity->statusText().contains("more than 24 hours ago"); },
                             10000),
             qPrintable(activity->statusText()));
    // The review says why, and offers nothing to send.
    auto *review = UiFixture::waitForWindow<QMessageBox>();
    QVERIFY(review);
    for (QAbstractButton *button : review->buttons())
        QVERIFY2(!button->text().contains("Send"), qPrintable(button->text()));
    review->done(QMessageBox::Close);
    QVERIFY(!m_fixture->journal()->unfinished("sandbox").isEmpty());
}

void TestUiRecovery::refundedByHandMeanwhileRetryShowsItAndAsks()
{
    // A refund whose request never left: journaled, never sent.
    MainWindow *window = m_fixture->open();
    Q_UNUSED(window)
    QJsonObject charge;
    m_fixture->inStore([&](sandbox::Store &store) {
        const auto &c = store.collection("charges");
        for (int i = c.size() - 1; i >= 0 && charge.isEmpty(); --i)
            if (c.at(i).value("status").toString() == "succeeded"
                && c.at(i).value("amount_refunded").toInteger() == 0 && c.at(i).value("captured").toBool(true)
                && c.at(i).value("currency").toString() == "usd"
                && c.at(i).value("amount").toInteger() >= 4000
                && !m_used.contains(c.at(i).value("id").toString()))
                charge = c.at(i);
    });
    const QString id = charge.value("id").toString();
    m_used.insert(id);
    const writes::WriteContext context {m_fixture->client(), m_fixture->journal(), "sandbox",
                                        accounts::Mode::Sandbox};
    {
        writes::RefundWrite lost(context, charge);
        lost.setAmount(money::Money(2000, "usd"));
        m_fixture->sandbox().faults().dropBeforeApply(20, "POST", "/v1/refunds");
        QSignalSpy finished(&lost, &writes::Write::finished);
        QVERIFY(lost.start());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().value<writes::WriteResult>().status,
                 writes::WriteOutcome::Status::Unknown);
        m_fixture->sandbox().faults().reset();
    }
    // The agent refunds the same payment again by hand.
    {
        writes::RefundWrite byHand(context, m_fixture->object(id));
        byHand.setAmount(money::Money(2000, "usd"));
        QSignalSpy finished(&byHand, &writes::Write::finished);
        QVERIFY(byHand.start());
        QVERIFY(finished.wait(10000));
    }
    const auto refunds = [this, &id] {
        return m_fixture->count("refunds",
                                [&id](const QJsonObject &r) { return r.value("charge").toString() == id; });
    };
    QCOMPARE(refunds(), 1);

    // At the next start, Retry safely shows the payment now and the refund made meanwhile, and asks.
    ActivityDialog *activity = restart();
    QVERIFY(activity);
    const int row = [activity, &id] {
        for (int r = 0; r < activity->table()->model()->rowCount(); ++r)
            if (activity->table()->model()->index(r, writes::JournalModel::Object).data().toString() == id)
                return r;
        return -1;
    }();
    QVERIFY(row >= 0);
    activity->table()->selectRow(row);
    QTest::mouseClick(activity->retryButton(), Qt::LeftButton);
    auto *review = UiFixture::waitForWindow<QMessageBox>(10000);
    QVERIFY(review);
    QCOMPARE(review->objectName(), QStringLiteral("retryReview"));
    QVERIFY2(review->text().contains("left to refund"), qPrintable(review->text()));
    QVERIFY2(review->text().contains("succeeded"), qPrintable(review->text()));
    QVERIFY2(review->informativeText().contains("succeeded after this one was started"),
             qPrintable(review->informativeText()));
    // Cancel is the default: Enter sends nothing.
    QVERIFY(review->defaultButton() && review->defaultButton()->text().contains("Cancel"));
    QTest::keyClick(review, Qt::Key_Return);
    QVERIFY(QTest::qWaitFor([activity] { return activity->statusText() == "Nothing was sent."; }, 5000));
    QTest::qWait(200); // nothing must happen: no second refund
    QCOMPARE(refunds(), 1);
    QCOMPARE(m_fixture->journal()->unfinishedOn("sandbox", id).size(), 1);
}

void TestUiRecovery::dismissForgetsAnUnfinishedWrite()
{
    ActivityDialog *activity = restart();
    QVERIFY(activity);
    while (activity->table()->model()->rowCount() > 0) {
        const int rows = activity->table()->model()->rowCount();
        activity->table()->selectRow(0);
        UiFixture::answerNextModal("Yes");
        QTest::mouseClick(activity->dismissButton(), Qt::LeftButton);
        QTRY_VERIFY(activity->table()->model()->rowCount() < rows);
    }
    QVERIFY(m_fixture->journal()->unfinished("sandbox").isEmpty());
    const auto entries = m_fixture->journal()->entries();
    QVERIFY(std::any_of(entries.begin(), entries.end(), [](const writes::JournalEntry &entry) {
        return entry.outcome && entry.outcome->status == writes::WriteOutcome::Status::Dismissed;
    }));
}

void TestUiRecovery::activityFiltersAndExports()
{
    m_window = std::make_unique<MainWindow>();
    UiFixture::watchModels(m_window.get());
    m_window->setConnection({m_fixture->client(), m_fixture->journal(), "sandbox", accounts::Mode::Sandbox},
                            "Paydesk Sandbox");
    ActivityDialog *activity = m_window->showActivity();
    UiFixture::watchModels(activity);
    const int all = activity->table()->model()->rowCount();
    QVERIFY(all >= 3);
    activity->filterField()->setText("Old Customer");
    QCOMPARE(activity->table()->model()->rowCount(), 1);
    activity->filterField()->clear();
    QCOMPARE(activity->table()->model()->rowCount(), all);
    const QString file = m_fixture->dataDir() + "/activity.csv";
    QString error;
    QVERIFY2(activity->exportTo(file, &error), qPrintable(error));
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll().mid(3)).split("\r\n", Qt::SkipEmptyParts);
    QCOMPARE(lines.first(),
             QStringLiteral("Time,Who,Account,Mode,Operation,Object,Amount,Outcome,Request ID"));
    QCOMPARE(lines.size(), all + 1);
}

PAYDESK_TEST_MAIN(TestUiRecovery)
#include "tst_ui_recovery.moc"
