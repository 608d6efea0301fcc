#pragma once

#include "src/writes/WriteContext.h"
#include "ui/writes/WriteDialog.h"

class ChoiceBox;
class CustomerPicker;
class QCheckBox;
class QDateTimeEdit;
class QLineEdit;
class QSpinBox;
class RecordPicker;

// A new promotion code on an existing coupon, with the restrictions Stripe offers.
class PromotionCodeDialog : public WriteDialog
{
    Q_OBJECT

public:
    PromotionCodeDialog(const writes::WriteContext &context, const QString &couponId,
                        QWidget *parent = nullptr);

    RecordPicker *couponField() const { return m_coupon; }
    QLineEdit *codeField() const { return m_code; }
    QCheckBox *limitRedemptions() const { return m_limit; }
    QSpinBox *maxRedemptionsField() const { return m_maxRedemptions; }
    QCheckBox *expires() const { return m_expires; }
    QDateTimeEdit *expiresAtField() const { return m_expiresAt; }
    QCheckBox *firstTimeOnly() const { return m_firstTime; }
    QCheckBox *hasMinimum() const { return m_hasMinimum; }
    QLineEdit *minimumAmountField() const { return m_minimum; }
    ChoiceBox *minimumCurrencyField() const { return m_minimumCurrency; }
    CustomerPicker *customerField() const { return m_customer; }

protected:
    writes::Write *makeWrite(QString *error) override;
    QString confirmLabel() const override { return tr("Create code"); }

private:
    writes::WriteContext m_context;
    RecordPicker *m_coupon;
    QLineEdit *m_code;
    QCheckBox *m_limit;
    QSpinBox *m_maxRedemptions;
    QCheckBox *m_expires;
    QDateTimeEdit *m_expiresAt;
    QCheckBox *m_firstTime;
    QCheckBox *m_hasMinimum;
    QLineEdit *m_minimum;
    ChoiceBox *m_minimumCurrency;
    CustomerPicker *m_customer;
};
