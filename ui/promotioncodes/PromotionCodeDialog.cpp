#include "ui/promotioncodes/PromotionCodeDialog.h"

#include "src/money/AmountParser.h"
#include "src/money/Currency.h"
#include "src/queries/PickerLists.h"
#include "src/records/Format.h"
#include "src/writes/PromotionCodeWrites.h"
#include "ui/widgets/ChoiceBox.h"
#include "ui/widgets/CustomerPicker.h"
#include "ui/widgets/RecordPicker.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSpinBox>

PromotionCodeDialog::PromotionCodeDialog(const writes::WriteContext &context, const QString &couponId,
                                         QWidget *parent)
    : WriteDialog(tr("New promotion code"), context.isLive(), parent)
    , m_context(context)
    , m_coupon(new RecordPicker(this))
    , m_code(new QLineEdit(this))
    , m_limit(new QCheckBox(tr("Limit the number of uses to"), this))
    , m_maxRedemptions(new QSpinBox(this))
    , m_expires(new QCheckBox(tr("Expires on"), this))
    , m_expiresAt(new QDateTimeEdit(QDateTime::currentDateTime().addDays(30), this))
    , m_firstTime(new QCheckBox(tr("Only for a customer's first order"), this))
    , m_hasMinimum(new QCheckBox(tr("Only for orders of at least"), this))
    , m_minimum(new QLineEdit(this))
    , m_minimumCurrency(new ChoiceBox(this))
    , m_customer(new CustomerPicker(this))
{
    setObjectName(QStringLiteral("promotionCodeDialog"));
    m_coupon->setObjectName(QStringLiteral("coupon"));
    m_code->setObjectName(QStringLiteral("code"));
    m_maxRedemptions->setObjectName(QStringLiteral("maxRedemptions"));
    m_expiresAt->setObjectName(QStringLiteral("expiresAt"));
    m_minimum->setObjectName(QStringLiteral("minimumAmount"));
    m_customer->setObjectName(QStringLiteral("customer"));
    // Fields beside a check box have no label of their own: their names say what they hold.
    m_maxRedemptions->setAccessibleName(tr("Maximum number of uses"));
    m_expiresAt->setAccessibleName(tr("Expiry date"));
    m_minimum->setAccessibleName(tr("Minimum order amount"));
    m_minimumCurrency->setAccessibleName(tr("Minimum order currency"));
    m_code->setPlaceholderText(tr("SUMMER25"));
    m_maxRedemptions->setRange(1, 1000000);
    m_maxRedemptions->setValue(100);
    m_expiresAt->setCalendarPopup(true);
    for (const QString &code : money::Currency::commonCodes())
        m_minimumCurrency->addChoice(code, code);
    m_customer->setPlaceholderText(tr("Anyone — or a customer's name, email or ID"));
    m_customer->setAccessibleName(tr("Only for the customer"));
    m_customer->setClient(context.client);

    auto row = [this](QWidget *check, QWidget *field, QWidget *extra = nullptr) {
        auto *box = new QWidget(this);
        auto *layout = new QHBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(check);
        layout->addWidget(field, 1);
        if (extra)
            layout->addWidget(extra);
        return box;
    };
    form()->addRow(tr("C&oupon:"), m_coupon);
    form()->addRow(tr("&Code:"), m_code);
    form()->addRow(QString(), row(m_limit, m_maxRedemptions));
    form()->addRow(QString(), row(m_expires, m_expiresAt));
    form()->addRow(QString(), m_firstTime);
    form()->addRow(QString(), row(m_hasMinimum, m_minimum, m_minimumCurrency));
    form()->addRow(tr("For c&ustomer:"), m_customer);

    m_coupon->load(context.client, queries::coupons());
    connect(m_coupon, &RecordPicker::loaded, this, [this, couponId] {
        if (!couponId.isEmpty())
            m_coupon->selectId(couponId);
        inputsChanged();
    });

    const auto updateEnabled = [this] {
        m_maxRedemptions->setEnabled(m_limit->isChecked());
        m_expiresAt->setEnabled(m_expires->isChecked());
        m_minimum->setEnabled(m_hasMinimum->isChecked());
        m_minimumCurrency->setEnabled(m_hasMinimum->isChecked());
        inputsChanged();
    };
    for (QCheckBox *check : {m_limit, m_expires, m_firstTime, m_hasMinimum})
        connect(check, &QCheckBox::toggled, this, updateEnabled);
    connect(m_coupon, &QComboBox::currentIndexChanged, this, &PromotionCodeDialog::inputsChanged);
    connect(m_code, &QLineEdit::textChanged, this, &PromotionCodeDialog::inputsChanged);
    connect(m_maxRedemptions, &QSpinBox::valueChanged, this, &PromotionCodeDialog::inputsChanged);
    connect(m_expiresAt, &QDateTimeEdit::dateTimeChanged, this, &PromotionCodeDialog::inputsChanged);
    connect(m_minimum, &QLineEdit::textChanged, this, &PromotionCodeDialog::inputsChanged);
    connect(m_minimumCurrency, &QComboBox::currentIndexChanged, this, &PromotionCodeDialog::inputsChanged);
    connect(m_customer, &CustomerPicker::customerChanged, this, &PromotionCodeDialog::inputsChanged);
    // Typed but not chosen is not "anyone": the dialog says so until a customer is chosen.
    connect(m_customer, &QLineEdit::textChanged, this, &PromotionCodeDialog::inputsChanged);
    updateEnabled();
}

writes::Write *PromotionCodeDialog::makeWrite(QString *error)
{
    writes::CreatePromotionCodeWrite::Restrictions restrictions;
    if (m_limit->isChecked())
        restrictions.maxRedemptions = m_maxRedemptions->value();
    if (m_expires->isChecked())
        restrictions.expiresAt = m_expiresAt->dateTime().toUTC();
    restrictions.firstTimeOnly = m_firstTime->isChecked();
    if (m_hasMinimum->isChecked()) {
        const auto parsed = money::AmountParser().parse(m_minimum->text(), m_minimumCurrency->value());
        if (!parsed.isOk()) {
            *error = tr("Minimum order: %1").arg(parsed.error);
            return nullptr;
        }
        restrictions.minimumAmount = parsed.money;
    }
    if (!m_customer->text().trimmed().isEmpty() && m_customer->customerId().isEmpty()) {
        *error = tr("For customer: choose one of the suggestions, or clear the field for anyone.");
        return nullptr;
    }
    restrictions.customerId = m_customer->customerId();
    if (!m_customer->customer().isEmpty())
        restrictions.customerName = records::format::customerName(m_customer->customer());
    return new writes::CreatePromotionCodeWrite(m_context, m_coupon->currentObject(), m_code->text(),
                                                restrictions);
}
