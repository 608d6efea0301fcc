#include "ui/payments/PaymentsTab.h"

#include "src/money/AmountParser.h"
#include "src/money/Currency.h"
#include "src/objects/IdCheck.h"
#include "src/objects/Json.h"
#include "src/queries/PaymentFinder.h"
#include "src/queries/PaymentSearchText.h"
#include "src/records/Format.h"
#include "src/records/RecordFetch.h"
#include "src/records/Status.h"
#include "src/records/Titles.h"
#include "src/writes/RefundWrite.h"
#include "ui/payments/RefundDialog.h"
#include "ui/widgets/ChoiceBox.h"
#include "ui/widgets/CustomerPicker.h"
#include "ui/widgets/DateRangeFilter.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>

namespace {

QLineEdit *textFilter(const QString &objectName, const QString &placeholder, int characters, QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(objectName);
    field->setPlaceholderText(placeholder);
    field->setClearButtonEnabled(true);
    RecordTab::fixFilterWidth(field, characters);
    return field;
}

} // namespace

PaymentsTab::PaymentsTab(QWidget *parent)
    : RecordTab(objects::Kind::Payment, QStringLiteral("payments"), parent)
    , m_search(textFilter(QStringLiteral("paymentSearch"), tr("Email, last 4, amount, date or ID"), 30, this))
    , m_customer(new CustomerPicker(this))
    , m_status(new ChoiceBox(this))
    , m_currency(new ChoiceBox(this))
    , m_minimum(textFilter(QStringLiteral("paymentMinimum"), tr("Min amount"), 9, this))
    , m_maximum(textFilter(QStringLiteral("paymentMaximum"), tr("Max amount"), 9, this))
    , m_refund(new QPushButton(tr("Ref&und…"), this)) // Alt+F is the File menu
    , m_typingPause(new QTimer(this))
    , m_finder(new queries::PaymentFinder(this))
{
    filterLayout()->addWidget(makeFilters());
    m_refund->setObjectName(QStringLiteral("refundButton"));
    m_refund->setEnabled(false);
    actionLayout()->addWidget(m_refund);
    connect(m_refund, &QPushButton::clicked, this, &PaymentsTab::refundSelected);
    requirePermission(m_refund, accounts::KeyPermissions::Area::Refunds);

    // Typing pauses before anything is looked up; Enter looks up at once.
    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(500);
    connect(m_typingPause, &QTimer::timeout, this, [this] { resolve(); });
    for (QLineEdit *field : {m_search, m_minimum, m_maximum}) {
        connect(field, &QLineEdit::textEdited, m_typingPause, qOverload<>(&QTimer::start));
        connect(field, &QLineEdit::returnPressed, this, [this] { resolve(); });
    }
    connect(m_customer, &CustomerPicker::customerChanged, this, [this] { resolve(); });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] { resolve(); });
    connect(m_currency, &QComboBox::currentIndexChanged, this, [this] { resolve(); });
    connect(m_finder, &queries::PaymentFinder::ready, this, &PaymentsTab::onResolved);
    // A range chosen by hand is the user's, no longer the search box's.
    connect(createdFilter(), &DateRangeFilter::rangeChanged, this, [this] { m_rangeFromSearch = false; });
    actsOnSelectedRow({m_refund});
    resolve(false);
}

QAbstractButton *PaymentsTab::defaultAction() const
{
    return m_refund;
}

QVariantMap PaymentsTab::filterValues() const
{
    return {{QStringLiteral("search"), m_search->text()},
            {QStringLiteral("customer"), m_customer->customerId()},
            {QStringLiteral("status"), m_status->value()},
            {QStringLiteral("currency"), m_currency->value()},
            {QStringLiteral("minimum"), m_minimum->text()},
            {QStringLiteral("maximum"), m_maximum->text()}};
}

void PaymentsTab::setFilterValues(const QVariantMap &values)
{
    // One load, by the caller, for all of them.
    const QSignalBlocker statusBlocker(m_status);
    const QSignalBlocker currencyBlocker(m_currency);
    const QSignalBlocker customerBlocker(m_customer);
    m_search->setText(values.value(QStringLiteral("search")).toString());
    m_minimum->setText(values.value(QStringLiteral("minimum")).toString());
    m_maximum->setText(values.value(QStringLiteral("maximum")).toString());
    if (!m_status->selectValue(values.value(QStringLiteral("status")).toString()))
        m_status->setCurrentIndex(0);
    if (!m_currency->selectValue(values.value(QStringLiteral("currency")).toString()))
        m_currency->setCurrentIndex(0);
    m_customer->setCustomerId(values.value(QStringLiteral("customer")).toString());
    resolve(false);
}

QWidget *PaymentsTab::makeFilters()
{
    using Status = queries::PaymentStatus;
    m_search->setAccessibleName(tr("Search payments"));
    m_search->setToolTip(tr("An email (that customer's payments), four digits (a card's last four), an "
                            "amount (12.50, 12.50 EUR, €12.50), a day or a range (2026-11-03, 3 Nov "
                            "2026, Nov 2026, 2026-11-01..2026-11-30), a payment, PaymentIntent or "
                            "refund ID, or part of a customer's name."));
    m_customer->setObjectName(QStringLiteral("paymentCustomer"));
    m_customer->setPlaceholderText(tr("Customer: name, email or ID"));
    m_customer->setAccessibleName(tr("Payments of the customer"));
    fixFilterWidth(m_customer, 26);
    m_status->setObjectName(QStringLiteral("paymentStatus"));
    m_status->setAccessibleName(tr("Payment status"));
    const QList<QPair<QString, Status>> statuses {{tr("All statuses"), Status::Any},
                                                  {tr("Succeeded"), Status::Succeeded},
                                                  {tr("Failed"), Status::Failed},
                                                  {tr("Refunded"), Status::Refunded},
                                                  {tr("Partially refunded"), Status::PartiallyRefunded},
                                                  {tr("Uncaptured"), Status::Uncaptured},
                                                  {tr("Disputed"), Status::Disputed}};
    for (const auto &[label, status] : statuses)
        m_status->addChoice(label, QString::number(int(status)));
    m_currency->setObjectName(QStringLiteral("paymentCurrency"));
    m_currency->setAccessibleName(tr("Payment currency"));
    m_currency->addChoice(tr("Any currency"), QString());
    for (const QString &code : money::Currency::commonCodes())
        m_currency->addChoice(code, code);
    m_minimum->setAccessibleName(tr("Smallest amount"));
    m_maximum->setAccessibleName(tr("Largest amount"));
    m_minimum->setToolTip(tr("In the chosen currency (or any two-decimal currency when none is chosen)"));
    m_maximum->setToolTip(m_minimum->toolTip());

    // Two rows: what a clerk types first, then what narrows it.
    auto *box = new QWidget(this);
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    auto *first = new QHBoxLayout;
    first->addWidget(m_search);
    first->addWidget(m_customer);
    first->addStretch();
    auto *second = new QHBoxLayout;
    second->addWidget(m_status);
    second->addWidget(m_currency);
    second->addWidget(m_minimum);
    second->addWidget(new QLabel(QStringLiteral("–"), box));
    second->addWidget(m_maximum);
    second->addStretch();
    grid->addLayout(first, 0, 0);
    grid->addLayout(second, 1, 0);
    return box;
}

void PaymentsTab::filterByCustomer(const QString &customerId)
{
    {
        QSignalBlocker quiet(m_customer); // one load, below
        m_customer->setCustomerId(customerId);
    }
    resolve();
}

void PaymentsTab::search(const QString &text)
{
    m_search->setText(text);
    resolve();
}

bool PaymentsTab::isSearching() const
{
    return m_typingPause->isActive() || m_finder->isBusy();
}

void PaymentsTab::connectionChanged()
{
    m_customer->setClient(client());
    m_finder->setClient(client());
    // The tab loads once this returns; what needs looking up loads when it has been.
    resolve(false);
}

void PaymentsTab::resolve(bool load)
{
    m_typingPause->stop();
    m_loadWhenResolved = load;
    queries::PaymentFilter filter;
    filter.status = queries::PaymentStatus(m_status->value().toInt());
    filter.currency = m_currency->value();
    if (const QString customer = m_customer->customerId(); !customer.isEmpty()) {
        filter.customers = {customer};
        filter.nothingToAsk = objects::checkId(customer, objects::Kind::Customer);
    }
    // Amounts in the chosen currency, else the locale's (for its decimals): never floating point.
    QString code = filter.currency;
    if (code.isEmpty()) {
        code = QLocale().currencySymbol(QLocale::CurrencyIsoCode);
        if (!money::Currency::isKnown(code))
            code = QStringLiteral("USD");
    }
    filter.amountDecimals = money::Currency::byCode(code).decimals;
    const money::AmountParser amounts(QLocale(), money::AmountParser::AllowZero);
    for (const auto &[field, bound, name] : {std::tuple {m_minimum, &filter.minAmount, tr("Min amount")},
                                             std::tuple {m_maximum, &filter.maxAmount, tr("Max amount")}}) {
        if (field->text().trimmed().isEmpty())
            continue;
        const auto parsed = amounts.parse(field->text(), code);
        if (parsed.isOk())
            *bound = parsed.money.minorUnits();
        else if (filter.nothingToAsk.isEmpty())
            filter.nothingToAsk = tr("%1: %2").arg(name, parsed.error);
    }

    queries::PaymentSearchTerm term = queries::parsePaymentSearch(m_search->text());
    if (term.kind == queries::PaymentSearchTerm::Kind::Dates) {
        // A day or a range typed in the box is the created range: shown there, and asked once.
        QSignalBlocker quiet(createdFilter());
        createdFilter()->setRange(term.dates);
        m_rangeFromSearch = true;
        term.kind = queries::PaymentSearchTerm::Kind::Empty;
    } else if (m_rangeFromSearch) {
        QSignalBlocker quiet(createdFilter());
        createdFilter()->clear();
        m_rangeFromSearch = false;
    }
    m_finder->find(filter, term);
    // Answered already when nothing needed looking up; a later answer always loads.
    m_loadWhenResolved = true;
}

void PaymentsTab::onResolved(const queries::PaymentFilter &filter)
{
    m_resolved = queries::paymentsQuery(filter);
    if (m_loadWhenResolved)
        applyFilters();
    emit searched();
}

void PaymentsTab::updateActions(const QJsonObject &charge)
{
    namespace json = objects::json;
    const bool refundable = json::string(charge, u"status") == QLatin1String("succeeded")
        && writes::RefundWrite::refundableOf(charge).minorUnits() > 0;
    m_refund->setEnabled(refundable);
    m_refund->setToolTip(charge.isEmpty() ? tr("Select a payment to refund it.")
                             : refundable
                             ? QString()
                             : tr("This payment cannot be refunded (failed, pending or refunded in full)."));
}

RefundDialog *PaymentsTab::refundSelected()
{
    const QJsonObject charge = currentObject();
    if (charge.isEmpty() || !m_refund->isEnabled())
        return nullptr;
    auto *dialog = new RefundDialog(writeContext(), charge, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RefundDialog::written, this,
            [this, charge, chargeId = objects::json::string(charge, u"id")](const QJsonObject &refund) {
                emit refunded(refund);
                // Named as the person knows the payment: "Refund of ¥500 on ¥1,500 from Priya
                // Johnson, Visa •••• 4242: Succeeded".
                emit announced(tr("Refund of %1 on %2: %3")
                                   .arg(records::format::money(refund, u"amount"),
                                        records::titles::title(objects::Kind::Payment, charge),
                                        records::refundStatus(refund).text));
                // The payment's row shows what is refunded now.
                auto *fetch = records::RecordFetch::start(client(), objects::Kind::Payment, chargeId, this);
                connect(fetch, &records::RecordFetch::fetched, this, &PaymentsTab::recordChanged);
            });
    dialog->open();
    return dialog;
}

records::ListQuery PaymentsTab::query() const
{
    return m_resolved;
}
