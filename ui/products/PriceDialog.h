#pragma once

#include "src/writes/WriteContext.h"
#include "ui/writes/WriteDialog.h"

#include <QJsonObject>

class ChoiceBox;
class QLineEdit;

// A new one-time price for a product, in any currency.
class PriceDialog : public WriteDialog
{
    Q_OBJECT

public:
    PriceDialog(const writes::WriteContext &context, const QJsonObject &product, QWidget *parent = nullptr);

    QLineEdit *amountField() const { return m_amount; }
    ChoiceBox *currencyField() const { return m_currency; }
    QLineEdit *nicknameField() const { return m_nickname; }

protected:
    writes::Write *makeWrite(QString *error) override;
    QString confirmLabel() const override { return tr("Create price"); }

private:
    writes::WriteContext m_context;
    QJsonObject m_product;
    QLineEdit *m_amount;
    ChoiceBox *m_currency;
    QLineEdit *m_nickname;
};
