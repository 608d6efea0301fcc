// Renders each tab of the real window on the sandbox to PNG, for the README and the AppStream
// metainfo: scripts/screenshots runs it under Xvfb. Not a test: nothing is asserted here.

#include "tests/ui/support/UiFixture.h"
#include "ui/Translations.h"
#include "ui/customers/CustomersTab.h"
#include "ui/invoices/InvoicesTab.h"
#include "ui/payments/PaymentsAndRefundsPage.h"
#include "ui/payments/PaymentsTab.h"
#include "ui/payments/RefundDialog.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>
#include <QScreen>

namespace {

void settle(int ms = 600)
{
    QTest::qWait(ms);
}

void save(QWidget *widget, const QString &directory, const QString &name)
{
    widget->grab().save(QDir(directory).filePath(name + QStringLiteral(".png")));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // PAYDESK_SCREENSHOT_DARK=1: a dark palette like the one Windows, macOS or a dark desktop
    // theme hands Qt, to check that what Paydesk colours itself (statuses, the live banner) reads.
    if (qEnvironmentVariableIntValue("PAYDESK_SCREENSHOT_DARK")) {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(45, 45, 48));
        dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
        dark.setColor(QPalette::Base, QColor(30, 30, 32));
        dark.setColor(QPalette::AlternateBase, QColor(40, 40, 43));
        dark.setColor(QPalette::Text, QColor(230, 230, 230));
        dark.setColor(QPalette::Button, QColor(55, 55, 58));
        dark.setColor(QPalette::ButtonText, QColor(230, 230, 230));
        dark.setColor(QPalette::Highlight, QColor(42, 130, 218));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::Link, QColor(110, 170, 255));
        dark.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
        dark.setColor(QPalette::ToolTipBase, QColor(60, 60, 63));
        dark.setColor(QPalette::ToolTipText, QColor(230, 230, 230));
        QApplication::setPalette(dark);
    }
    const QString directory = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/screenshots");
    QDir().mkpath(directory);
    // English (US) unless the system's language is another one Paydesk speaks: LANG=de_DE.UTF-8
    // renders the German window (scripts/screenshots renders both).
    const QLocale system = QLocale::system();
    const bool english = system.language() == QLocale::C || system.language() == QLocale::English;
    QLocale::setDefault(english ? QLocale(QStringLiteral("en_US")) : system);
    if (!english && !installTranslations(system))
        qWarning("Paydesk has no translation for %s", qPrintable(system.name()));

    UiFixture fixture;
    MainWindow *window = fixture.open(accounts::Mode::Test);
    window->resize(1360, 820);
    settle();

    const QList<QPair<objects::Kind, QString>> tabs {
        {objects::Kind::Customer, QStringLiteral("customers")},
        {objects::Kind::Invoice, QStringLiteral("invoices")},
        {objects::Kind::Order, QStringLiteral("orders")},
        {objects::Kind::Payment, QStringLiteral("payments")},
        {objects::Kind::PromotionCode, QStringLiteral("promotioncodes")},
        {objects::Kind::Product, QStringLiteral("products")}};
    for (const auto &[kind, name] : tabs) {
        RecordTab *tab = window->showTab(kind);
        UiFixture::waitForRows(tab, 1);
        UiFixture::selectRow(tab, kind == objects::Kind::Invoice ? 2 : 0);
        settle(900);
        save(window, directory, name);
    }

    // The refund dialog, as a support agent sees it.
    auto *payments = window->paymentsPage()->payments();
    window->showTab(objects::Kind::Payment);
    for (int row = 0; row < payments->model()->rowCount(); ++row) {
        UiFixture::selectRow(payments, row);
        if (payments->refundButton()->isEnabled())
            break;
    }
    if (RefundDialog *dialog = payments->refundSelected()) {
        // Typed as the locale writes it: 12.50, or 12,50 in German.
        dialog->amountField()->setText(QStringLiteral("12") + QLocale().decimalPoint()
                                       + QStringLiteral("50"));
        settle();
        save(dialog, directory, QStringLiteral("refund"));
        dialog->reject();
    }

    // Live mode.
    MainWindow *live = fixture.open(accounts::Mode::Live);
    live->resize(1360, 820);
    live->showTab(objects::Kind::Invoice);
    UiFixture::waitForRows(live->invoicesTab(), 1);
    settle(900);
    save(live, directory, QStringLiteral("live"));
    return 0;
}
