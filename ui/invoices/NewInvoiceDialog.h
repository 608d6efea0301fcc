#pragma once

#include "src/writes/WriteContext.h"
#include "ui/writes/WriteDialog.h"

class ChoiceBox;
class CustomerPicker;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;

// A draft invoice for a customer: charged automatically, or emailed with a due date.
class NewInvoiceDialog : public WriteDialog
{
    Q_OBJECT

public:
    // The customer chosen already (the selected one, the filter's), or none: it is picked here.
    NewInvoiceDialog(const writes::WriteContext &context, const QJsonObject &customer,
                     const QString &currency, QWidget *parent = nullptr);

    CustomerPicker *customerField() const { return m_customer; }
    QRadioButton *emailOption() const { return m_email; }
    QSpinBox *daysField() const { return m_days; }
    ChoiceBox *currencyField() const { return m_currency; }

protected:
    writes::Write *makeWrite(QString *error) override;
    QString confirmLabel() const override { return tr("Create draft"); }

private:
    writes::WriteContext m_context;
    CustomerPicker *m_customer;
    QRadioButton *m_charge;
    QRadioButton *m_email;
    QSpinBox *m_days;
    ChoiceBox *m_currency;
    QPlainTextEdit *m_description;
};
