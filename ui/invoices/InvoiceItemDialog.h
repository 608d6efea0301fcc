#pragma once

#include "src/writes/WriteContext.h"
#include "ui/writes/WriteDialog.h"

#include <QJsonObject>

class QLineEdit;
class QRadioButton;
class QSpinBox;
class RecordPicker;

// An item on a draft invoice: an amount with a description, or one of the catalogue's prices.
class InvoiceItemDialog : public WriteDialog
{
    Q_OBJECT

public:
    InvoiceItemDialog(const writes::WriteContext &context, const QJsonObject &invoice,
                      QWidget *parent = nullptr);

    QRadioButton *amountOption() const { return m_byAmount; }
    QRadioButton *priceOption() const { return m_byPrice; }
    QLineEdit *amountField() const { return m_amount; }
    QLineEdit *descriptionField() const { return m_description; }
    RecordPicker *priceField() const { return m_price; }
    QSpinBox *quantityField() const { return m_quantity; }

protected:
    writes::Write *makeWrite(QString *error) override;
    QString confirmLabel() const override { return tr("Add item"); }

private:
    writes::WriteContext m_context;
    QJsonObject m_invoice;
    QString m_currency;
    QRadioButton *m_byAmount;
    QRadioButton *m_byPrice;
    QLineEdit *m_amount;
    QLineEdit *m_description;
    RecordPicker *m_price;
    QSpinBox *m_quantity;
};
