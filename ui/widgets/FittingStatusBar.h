#pragma once

#include <QStatusBar>

// A status bar whose messages fit. QStatusBar cuts a message at its first permanent widget (the
// mirror's "Synced 4 s ago"), so "Exported 10 invoices to /home/…/invoices.csv" lost the file's
// name at the window's edge. showFitted() takes a message's middle out instead ("…"): what
// happened and the name at its end stay, and the whole text is the bar's tooltip while it shows.
class FittingStatusBar : public QStatusBar
{
    Q_OBJECT

public:
    explicit FittingStatusBar(QWidget *parent = nullptr);

    void showFitted(const QString &text, int timeoutMs);

private:
    // The width QStatusBar draws a message in: from 6 px in to its first permanent widget.
    int messageRoom() const;
};
