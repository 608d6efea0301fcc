#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;
class RecordTab;

// File → Export selected rows…: the rows selected in a tab, in the order the table shows them,
// to a CSV file with the same columns and format as the whole list's export, and the same
// progress dialog. Nothing is asked of Stripe: the rows are those on screen.
class SelectedRowsExport
{
    Q_DECLARE_TR_FUNCTIONS(SelectedRowsExport)

public:
    using Say = std::function<void(const QString &)>;

    // Asks where to save, then exports.
    static void ask(RecordTab *tab, QWidget *window, const Say &say);
    static void exportTo(RecordTab *tab, const QString &fileName, QWidget *window, const Say &say);
};
