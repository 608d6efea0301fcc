#pragma once

#include "src/writes/OrderWrites.h"
#include "src/writes/WriteContext.h"
#include "ui/writes/WriteDialog.h"

#include <QJsonObject>

class ChoiceBox;
class QRadioButton;
class RecordPicker;

// Pay an order with one of the customer's saved cards or, in test mode, a Stripe test card.
class PayOrderDialog : public WriteDialog
{
    Q_OBJECT

public:
    PayOrderDialog(const writes::WriteContext &context, const QJsonObject &order, QWidget *parent = nullptr);

    QRadioButton *savedCardOption() const { return m_saved; }
    QRadioButton *testCardOption() const { return m_test; }
    RecordPicker *savedCardField() const { return m_savedCards; }
    ChoiceBox *testCardField() const { return m_testCards; }

protected:
    writes::Write *makeWrite(QString *error) override;
    QString confirmLabel() const override;

private:
    writes::WriteContext m_context;
    QJsonObject m_order;
    QRadioButton *m_saved;
    QRadioButton *m_test;
    RecordPicker *m_savedCards;
    ChoiceBox *m_testCards;
};
