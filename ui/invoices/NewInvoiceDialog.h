#pragma once

#include "operations/OperationContext.h"
#include "writes/WriteDialog.h"

class ChoiceBox;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;

// A draft invoice for a customer: charged automatically, or emailed with a due date.
class NewInvoiceDialog : public WriteDialog
{
    Q_OBJECT

public:
    NewInvoiceDialog(const operations::OperationContext &context, const QString &customerId,
                     const QString &currency, QWidget *parent = nullptr);

    QLineEdit *customerField() const { return m_customer; }
    QRadioButton *emailOption() const { return m_email; }
    QSpinBox *daysField() const { return m_days; }
    ChoiceBox *currencyField() const { return m_currency; }

protected:
    operations::Operation *makeOperation(QString *error) override;
    QString confirmLabel() const override { return tr("Create draft"); }

private:
    operations::OperationContext m_context;
    QLineEdit *m_customer;
    QRadioButton *m_charge;
    QRadioButton *m_email;
    QSpinBox *m_days;
    ChoiceBox *m_currency;
    QPlainTextEdit *m_description;
};
