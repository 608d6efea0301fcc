#include "ui/promotioncodes/PromotionCodesTab.h"

#include "src/objects/Json.h"
#include "src/queries/PickerLists.h"
#include "src/queries/PromotionCodesQuery.h"
#include "src/records/Format.h"
#include "src/writes/PromotionCodeWrites.h"
#include "ui/promotioncodes/PromotionCodeDialog.h"
#include "ui/widgets/ChoiceBox.h"
#include "ui/writes/ConfirmWriteDialog.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

PromotionCodesTab::PromotionCodesTab(QWidget *parent)
    : RecordTab(objects::Kind::PromotionCode, QStringLiteral("promotion_codes"), parent)
    , m_active(new ChoiceBox(this))
    , m_coupon(new ChoiceBox(this))
    , m_code(new QLineEdit(this))
    , m_coupons(new records::ListModel(records::columnsFor(objects::Kind::Coupon), this))
    , m_toggle(nullptr)
{
    m_active->setObjectName(QStringLiteral("promoActive"));
    m_active->setAccessibleName(tr("Active or inactive codes"));
    m_active->addChoice(tr("Active and inactive"), QString());
    m_active->addChoice(tr("Active"), QStringLiteral("true"));
    m_active->addChoice(tr("Inactive"), QStringLiteral("false"));
    m_coupon->setObjectName(QStringLiteral("promotionCodeCoupon"));
    m_coupon->setAccessibleName(tr("Codes of the coupon"));
    m_coupon->addChoice(tr("All coupons"), QString());
    m_code->setObjectName(QStringLiteral("promotionCodeText"));
    m_code->setPlaceholderText(tr("Code or part of it"));
    m_code->setAccessibleName(tr("Promotion code"));
    m_code->setClearButtonEnabled(true);
    fixFilterWidth(m_code, 16);
    filterLayout()->addWidget(m_active);
    filterLayout()->addWidget(m_coupon);
    filterLayout()->addWidget(m_code);
    connect(m_active, &QComboBox::currentIndexChanged, this, &PromotionCodesTab::applyFilters);
    connect(m_coupon, &QComboBox::activated, this, &PromotionCodesTab::applyFilters);
    connect(m_code, &QLineEdit::textEdited, this, &PromotionCodesTab::filtersEdited);
    connect(m_code, &QLineEdit::returnPressed, this, &PromotionCodesTab::applyFilters);
    m_search = addSearchField(QStringLiteral("promotionCodeSearch"), tr("Customer, coupon or ID"),
                              tr("Search promotion codes"), 20);
    m_search->setToolTip(tr("Finds codes by any word of their customer's name or email, their coupon's name, "
                            "metadata or ID. Stripe cannot search promotion codes: this searches this desk's "
                            "copy of the account."));

    // The coupon picker fills itself from /v1/coupons page by page.
    connect(
        m_coupons, &records::ListModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
            for (int row = first; row <= last; ++row) {
                const QJsonObject coupon = m_coupons->objectAt(row);
                const QString id = objects::json::string(coupon, u"id");
                const QString name = objects::json::string(coupon, u"name");
                m_coupon->addChoice(QStringLiteral("%1 — %2").arg(name.isEmpty() ? id : name,
                                                                  records::format::couponDiscount(coupon)),
                                    id);
            }
            if (!m_wantedCoupon.isEmpty() && m_coupon->selectValue(m_wantedCoupon))
                m_wantedCoupon.clear();
            if (m_coupons->canFetchMore())
                m_coupons->fetchMore();
        });
    connect(m_coupons, &records::ListModel::stateChanged, this, [this] {
        if (m_coupons->state() == records::ListModel::State::Ready && m_coupons->canFetchMore())
            m_coupons->fetchMore();
    });

    QPushButton *create = addActionButton(QStringLiteral("newPromotionCode"), tr("&New code…"));
    connect(create, &QPushButton::clicked, this, &PromotionCodesTab::newCode);
    requirePermission(create, accounts::KeyPermissions::Area::PromotionCodes);
    m_toggle = addActionButton(QStringLiteral("toggleActive"), tr("Deactivate…"));
    connect(m_toggle, &QPushButton::clicked, this, &PromotionCodesTab::toggleSelected);
    requirePermission(m_toggle, accounts::KeyPermissions::Area::PromotionCodes);
    actsOnSelectedRow({m_toggle});
    updateActions({});
}

QVariantMap PromotionCodesTab::filterValues() const
{
    return {{QStringLiteral("active"), m_active->value()},
            {QStringLiteral("coupon"), m_coupon->value()},
            {QStringLiteral("code"), m_code->text()},
            {QStringLiteral("search"), m_search->text()}};
}

void PromotionCodesTab::setFilterValues(const QVariantMap &values)
{
    const QSignalBlocker activeBlocker(m_active); // one reload, by the caller, for all of them
    const QSignalBlocker couponBlocker(m_coupon);
    if (!m_active->selectValue(values.value(QStringLiteral("active")).toString()))
        m_active->setCurrentIndex(0);
    const QString coupon = values.value(QStringLiteral("coupon")).toString();
    if (coupon.isEmpty()) {
        m_coupon->setCurrentIndex(0);
    } else if (!m_coupon->selectValue(coupon)) {
        // Not among the loaded coupons (yet): as filterByCoupon does.
        m_coupon->addChoice(coupon, coupon);
        m_coupon->selectValue(coupon);
    }
    m_code->setText(values.value(QStringLiteral("code")).toString());
    m_search->setText(values.value(QStringLiteral("search")).toString());
}

void PromotionCodesTab::updateActions(const QJsonObject &code)
{
    m_toggle->setVisible(!code.isEmpty());
    m_toggle->setText(objects::json::boolean(code, u"active") ? tr("Deactivate…") : tr("Reactivate…"));
}

WriteDialog *PromotionCodesTab::newCode()
{
    auto *dialog = new PromotionCodeDialog(writeContext(), m_coupon->value(), this);
    openWrite(dialog, [this](const QJsonObject &code) {
        refetch(objects::json::string(code, u"id"));
        emit announced(tr("Promotion code %1 created").arg(objects::json::string(code, u"code")));
    });
    return dialog;
}

WriteDialog *PromotionCodesTab::toggleSelected()
{
    const QJsonObject code = currentObject();
    if (code.isEmpty())
        return nullptr;
    const bool activate = !objects::json::boolean(code, u"active");
    const writes::WriteContext context = writeContext();
    const QString label = activate ? tr("Reactivate code") : tr("Deactivate code");
    auto *dialog = new ConfirmWriteDialog(
        label, label, isLive(),
        [context, code, activate] {
            return new writes::SetPromotionCodeActiveWrite(context, code, activate);
        },
        this);
    openWrite(dialog, [this, activate](const QJsonObject &changed) {
        refetch(objects::json::string(changed, u"id"));
        const QString typed = objects::json::string(changed, u"code");
        emit announced(activate ? tr("Promotion code %1 reactivated").arg(typed)
                                : tr("Promotion code %1 deactivated").arg(typed));
    });
    return dialog;
}

void PromotionCodesTab::filterByCoupon(const QString &couponId)
{
    if (!m_coupon->selectValue(couponId)) {
        // Not among the loaded coupons (yet): filter by it anyway, and select it when it comes.
        m_coupon->addChoice(couponId, couponId);
        m_coupon->selectValue(couponId);
    }
    applyFilters();
}

void PromotionCodesTab::connectionChanged()
{
    while (m_coupon->count() > 1)
        m_coupon->removeItem(1);
    m_coupons->setClient(client());
    m_coupons->load(queries::coupons());
}

queries::PromotionCodeFilter PromotionCodesTab::promotionCodeFilter() const
{
    queries::PromotionCodeFilter filter;
    if (!m_active->value().isEmpty())
        filter.active = m_active->value() == QLatin1String("true");
    filter.coupon = m_coupon->value();
    filter.codePart = m_code->text();
    filter.text = m_search->text();
    return filter;
}

records::ListQuery PromotionCodesTab::query() const
{
    return queries::promotionCodesQuery(promotionCodeFilter());
}
