#include "ui/QuitOnSignal.h"

#include "src/writes/QuitWhenSettled.h"
#include "src/writes/WriteJournal.h"
#include "ui/MainWindow.h"

#include <QCoreApplication>
#include <QStatusBar>

#include <cstdio>

void quitWhenWritesSettle(MainWindow &window, writes::QuitWhenSettled &settle)
{
    if (settle.isWaiting())
        return;
    const writes::WriteJournal *journal = window.connection().journal;
    if (const int sending = journal ? journal->sendingCount() : 0; sending > 0)
        window.statusBar()->showMessage(QCoreApplication::translate(
            "main", "Closing: waiting for Stripe's answer to %n write(s)…", nullptr, sending));
    QObject::connect(
        &settle, &writes::QuitWhenSettled::ready, &window,
        [&window](int unsettled) {
            if (unsettled > 0)
                std::fprintf(
                    stderr,
                    "Paydesk: %d write(s) got no answer before closing; they are listed as unfinished at "
                    "the next start.\n",
                    unsettled);
            window.saveLayout();
            QCoreApplication::exit(0);
        },
        Qt::SingleShotConnection);
    settle.start();
}
