#pragma once

#include "operations/OperationContext.h"
#include "writes/WriteDialog.h"

#include <QJsonObject>

class ChoiceBox;
class QLineEdit;

// A new one-time price for a product, in any currency.
class PriceDialog : public WriteDialog
{
    Q_OBJECT

public:
    PriceDialog(const operations::OperationContext &context, const QJsonObject &product,
                QWidget *parent = nullptr);

    QLineEdit *amountField() const { return m_amount; }
    ChoiceBox *currencyField() const { return m_currency; }
    QLineEdit *nicknameField() const { return m_nickname; }

protected:
    operations::Operation *makeOperation(QString *error) override;
    QString confirmLabel() const override { return tr("Create price"); }

private:
    operations::OperationContext m_context;
    QJsonObject m_product;
    QLineEdit *m_amount;
    ChoiceBox *m_currency;
    QLineEdit *m_nickname;
};
