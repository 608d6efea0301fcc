#pragma once

#include <QProgressDialog>

// The progress of one CSV export, shown the moment it starts (an export of a few rows finishes
// before a delayed dialog would appear, a long one must not look like nothing happened): the
// title says what is exported, the label how many rows are written, out of how many when the
// whole list is already loaded ("1,200 of 3,000 invoices"), else so far ("1,200 invoices so
// far").
class ExportProgressDialog : public QProgressDialog
{
    Q_OBJECT

public:
    // plural: "invoices"; knownTotal: the list's length when it is known, else -1.
    ExportProgressDialog(const QString &plural, int knownTotal, QWidget *parent = nullptr);

    void setRowsWritten(int rows);

private:
    QString m_plural;
    int m_total;
};
