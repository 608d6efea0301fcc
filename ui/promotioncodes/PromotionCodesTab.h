#pragma once

#include "src/queries/PromotionCodesQuery.h"
#include "ui/records/RecordTab.h"

class ChoiceBox;
class QLineEdit;
class QPushButton;
class WriteDialog;

class PromotionCodesTab : public RecordTab
{
    Q_OBJECT

public:
    explicit PromotionCodesTab(QWidget *parent = nullptr);

    ChoiceBox *activeFilter() const { return m_active; }
    ChoiceBox *couponFilter() const { return m_coupon; }
    QLineEdit *codeFilter() const { return m_code; }
    QLineEdit *searchField() const { return m_search; }
    // Shows one coupon's codes (a jump to a coupon).
    void filterByCoupon(const QString &couponId);
    QPushButton *toggleActiveButton() const { return m_toggle; }

    // New code (on the coupon in the filter, if any); deactivate or reactivate the selected one.
    WriteDialog *newCode();
    WriteDialog *toggleSelected();
    // What the filters ask for: of Stripe (query()) and of the mirror alike.
    queries::PromotionCodeFilter promotionCodeFilter() const;

    QVariantMap filterValues() const override;
    void setFilterValues(const QVariantMap &values) override;

protected:
    records::ListQuery query() const override;
    void connectionChanged() override;
    void updateActions(const QJsonObject &code) override;

private:
    ChoiceBox *m_active;
    ChoiceBox *m_coupon;
    QLineEdit *m_code;
    QLineEdit *m_search = nullptr;
    records::ListModel *m_coupons;
    QPushButton *m_toggle;
    QString m_wantedCoupon;
};
