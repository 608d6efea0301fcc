// paydesk-quit-probe <journal> <answer delay ms> <longest wait ms>: Paydesk's window on a sandbox
// with a refund on its way, ended by a signal the way the app is (platform::TerminationSignals and
// quitWhenWritesSettle, as app/main.cpp wires them). Prints "sending" once the refund has left;
// the test then sends SIGTERM and watches the process end.

#include "src/platform/TerminationSignals.h"
#include "src/sandbox/EmbeddedServer.h"
#include "src/sandbox/Faults.h"
#include "src/sandbox/SandboxKeys.h"
#include "src/sandbox/Server.h"
#include "src/writes/QuitWhenSettled.h"
#include "src/writes/WriteJournal.h"
#include "ui/MainWindow.h"
#include "ui/QuitOnSignal.h"
#include "ui/payments/PaymentsAndRefundsPage.h"
#include "ui/payments/PaymentsTab.h"
#include "ui/payments/RefundDialog.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <chrono>
#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: paydesk-quit-probe <journal> <answer delay ms> <longest wait ms>\n");
        return 2;
    }
    sandbox::EmbeddedServer sandbox;
    QString error;
    if (!sandbox.start({}, &error))
        return 3;
    stripe::Client client;
    client.setBaseUrl(sandbox.url());
    client.setApiKey(sandbox::keys::secret());
    writes::WriteJournal journal(args.at(1));
    MainWindow window;
    window.setConnection({&client, &journal, QStringLiteral("sandbox"), accounts::Mode::Sandbox},
                         QStringLiteral("Sandbox"));
    window.show();
    writes::QuitWhenSettled settle(&journal, std::chrono::milliseconds(args.at(3).toInt()));
    platform::TerminationSignals termination;
    QObject::connect(&termination, &platform::TerminationSignals::terminationRequested, &window,
                     [&window, &settle] { quitWhenWritesSettle(window, settle); });

    QString charge;
    sandbox.inspect([&charge](sandbox::Server &server) {
        const auto &charges = server.store().collection(QStringLiteral("charges"));
        for (int i = 0; i < charges.size() && charge.isEmpty(); ++i) {
            const QJsonObject c = charges.at(i);
            if (c.value(QLatin1String("status")).toString() == QLatin1String("succeeded")
                && c.value(QLatin1String("captured")).toBool()
                && c.value(QLatin1String("amount_refunded")).toInteger() == 0
                && c.value(QLatin1String("currency")).toString() == QLatin1String("usd")
                && c.value(QLatin1String("amount")).toInteger() >= 1000)
                charge = c.value(QLatin1String("id")).toString();
        }
    });
    PaymentsTab *payments = window.paymentsPage()->payments();
    window.openId(objects::Kind::Payment, charge);
    if (!QTest::qWaitFor([payments, &charge] { return payments->currentId() == charge; }, 15000))
        return 4;
    // Stripe applies the refund at once and answers after the delay.
    sandbox.faults().delayNext(1, args.at(2).toInt(), "POST", "/v1/refunds");
    RefundDialog *dialog = payments->refundSelected();
    if (!dialog)
        return 5;
    if (!QTest::qWaitForWindowExposed(dialog))
        return 7;
    dialog->amountField()->setText(QStringLiteral("5.00"));
    if (!dialog->confirmButton()->isEnabled()) {
        std::fprintf(stderr, "cannot confirm: %s\n", qPrintable(dialog->errorText()));
        return 8;
    }
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    if (!QTest::qWaitFor([&journal] { return journal.sendingCount() == 1; }, 10000))
        return 6;
    std::printf("sending\n");
    std::fflush(stdout);
    return app.exec();
}
