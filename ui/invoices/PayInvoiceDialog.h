#pragma once

#include "src/writes/WriteContext.h"
#include "ui/writes/WriteDialog.h"

#include <QJsonObject>

class QRadioButton;
class RecordPicker;

// Pay an open invoice: charge one of the customer's saved payment methods, or record that it was
// paid outside Stripe (cash, a bank transfer).
class PayInvoiceDialog : public WriteDialog
{
    Q_OBJECT

public:
    PayInvoiceDialog(const writes::WriteContext &context, const QJsonObject &invoice,
                     QWidget *parent = nullptr);

    QRadioButton *savedMethodOption() const { return m_saved; }
    QRadioButton *outOfBandOption() const { return m_outOfBand; }
    RecordPicker *paymentMethodField() const { return m_method; }

protected:
    writes::Write *makeWrite(QString *error) override;
    QString confirmLabel() const override;

private:
    writes::WriteContext m_context;
    QJsonObject m_invoice;
    QRadioButton *m_saved;
    QRadioButton *m_outOfBand;
    RecordPicker *m_method;
};
