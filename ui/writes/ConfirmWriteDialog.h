#pragma once

#include "ui/writes/WriteDialog.h"

#include <functional>

// A write with nothing to fill in — delete a customer, finalize or void an invoice, cancel an
// order, deactivate a code: the dialog is the confirmation, in words, with the button naming it.
class ConfirmWriteDialog : public WriteDialog
{
    Q_OBJECT

public:
    using Factory = std::function<writes::Write *()>;

    ConfirmWriteDialog(const QString &title, const QString &confirmLabel, bool live, Factory makeWrite,
                       QWidget *parent = nullptr);

protected:
    writes::Write *makeWrite(QString *error) override;
    QString confirmLabel() const override { return m_confirmLabel; }

private:
    QString m_confirmLabel;
    Factory m_factory;
};
