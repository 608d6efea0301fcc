#pragma once

#include "src/writes/RefundWrite.h"
#include "src/writes/WriteContext.h"
#include "ui/writes/WriteDialog.h"

#include <QJsonObject>

class ChoiceBox;
class QLineEdit;
class QPlainTextEdit;

// Refund a payment, fully or partly. The amount starts at what is left to refund.
class RefundDialog : public WriteDialog
{
    Q_OBJECT

public:
    RefundDialog(const writes::WriteContext &context, const QJsonObject &charge, QWidget *parent = nullptr);

    QLineEdit *amountField() const { return m_amount; }
    ChoiceBox *reasonField() const { return m_reason; }
    QPlainTextEdit *noteField() const { return m_note; }

protected:
    writes::Write *makeWrite(QString *error) override;
    QString confirmLabel() const override;
    QWidget *firstInput() const override;

private:
    writes::WriteContext m_context;
    QJsonObject m_charge;
    QLineEdit *m_amount;
    ChoiceBox *m_reason;
    QPlainTextEdit *m_note;
    QString m_confirmAmount;
    bool m_releases = false; // an uncaptured payment: refunding releases the authorisation
};
