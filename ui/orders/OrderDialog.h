#pragma once

#include "src/writes/OrderWrites.h"
#include "src/writes/WriteContext.h"
#include "ui/writes/WriteDialog.h"

#include <QJsonObject>

class CustomerPicker;
class QLabel;
class QSpinBox;
class QTableWidget;
class RecordPicker;

// A new order: a customer and lines of prices with quantities; the total is computed, in one
// currency. Paying it is the next step (PayOrderDialog).
class OrderDialog : public WriteDialog
{
    Q_OBJECT

public:
    // For this customer, or (empty) one chosen in the dialog.
    OrderDialog(const writes::WriteContext &context, const QJsonObject &customer, QWidget *parent = nullptr);

    CustomerPicker *customerField() const { return m_customer; }
    // The customer the order is for, as chosen when it was created.
    QJsonObject customer() const;
    RecordPicker *priceField() const { return m_price; }
    QSpinBox *quantityField() const { return m_quantity; }
    QTableWidget *linesTable() const { return m_lines; }
    QLabel *totalLabel() const { return m_total; }
    // Adds the chosen price and quantity as a line.
    void addLine();

protected:
    writes::Write *makeWrite(QString *error) override;
    QString confirmLabel() const override;

private:
    void refreshLines();

    writes::WriteContext m_context;
    CustomerPicker *m_customer;
    QList<writes::OrderLine> m_orderLines;
    RecordPicker *m_price;
    QSpinBox *m_quantity;
    QTableWidget *m_lines;
    QLabel *m_total;
    QString m_totalText;
};
