#pragma once

#include "writes/WriteDialog.h"

#include <functional>

// A write with nothing to fill in — delete a customer, finalize or void an invoice, cancel an
// order, deactivate a code: the dialog is the confirmation, in words, with the button naming it.
class ConfirmWriteDialog : public WriteDialog
{
    Q_OBJECT

public:
    using Factory = std::function<operations::Operation *()>;

    ConfirmWriteDialog(const QString &title, const QString &confirmLabel, bool live, Factory makeOperation,
                       QWidget *parent = nullptr);

protected:
    operations::Operation *makeOperation(QString *error) override;
    QString confirmLabel() const override { return m_confirmLabel; }

private:
    QString m_confirmLabel;
    Factory m_factory;
};
