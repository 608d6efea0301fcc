#pragma once

#include <QObject>
#include <QString>

namespace records {

// One CSV export in progress, whatever it reads (a whole list from Stripe, the rows a person
// selected, the rows a filter keeps in the mirror): the window runs each the same way, with the
// same progress, cancel and outcome (ui/export/ExportRun).
class Export : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void start() = 0;
    virtual void cancel() = 0;
    virtual int rowsWritten() const = 0;
    // Why the export failed, in words; empty when it succeeded or was cancelled.
    virtual QString errorText() const = 0;

signals:
    void progress(int rowsWritten);
    // ok is false after a failure (errorText() says why) or a cancel. The file appears only with ok.
    void finished(bool ok);
};

} // namespace records
