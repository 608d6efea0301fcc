#include "ui/overview/OverviewContent.h"

#include "src/money/Money.h"
#include "src/objects/Json.h"
#include "src/records/Format.h"
#include "ui/widgets/Tones.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLocale>
#include <QTableWidget>

namespace overview {

namespace {

// lupdate files a string under the class its tr() is called through: this names the context
// the program asks for.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OverviewTab)
};

// "1 open invoice", "12 open invoices": English needs no translation file to be right. The
// callers mark both with QT_TRANSLATE_NOOP, so lupdate finds them for the other languages.
QString counted(qint64 count, const char *one, const char *many)
{
    return (count == 1 ? Text::tr(one) : Text::tr(many)).arg(QLocale().toString(count));
}

QString money(qint64 amount, const QString &currency)
{
    return money::Money(amount, currency).format();
}

QString decimal(qint64 amount, const QString &currency)
{
    return money::Money(amount, currency).toDecimalString();
}

QColor barColor(records::Status::Tone tone, const QPalette &palette)
{
    return toneColors(tone, palette).text;
}

QTableWidgetItem *cell(const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

void setUp(QTableWidget *table, const QStringList &header, int rows)
{
    table->clearContents();
    table->setColumnCount(int(header.size()));
    table->setHorizontalHeaderLabels(header);
    table->setRowCount(rows);
}

QString monthName(const QDate &month)
{
    return QLocale().toString(month, QStringLiteral("MMMM yyyy"));
}

const mirror::Overview::Receivables *receivablesIn(const mirror::OverviewFigures &figures,
                                                   const QString &currency)
{
    for (const auto &row : figures.receivables)
        if (row.currency == currency)
            return &row;
    return nullptr;
}

const mirror::Overview::Month *monthIn(const mirror::OverviewFigures &figures, const QDate &month,
                                       const QString &currency)
{
    for (const auto &row : figures.months)
        if (row.month == month && row.currency == currency)
            return &row;
    return nullptr;
}

QString customerName(const mirror::Overview::OpenBalance &balance)
{
    const QString name
        = balance.object ? objects::json::string(balance.object->object(), u"name") : QString();
    return name.isEmpty() ? balance.customer : name;
}

QString customerEmail(const mirror::Overview::OpenBalance &balance)
{
    return balance.object ? objects::json::string(balance.object->object(), u"email") : QString();
}

} // namespace

QStringList currenciesOf(const mirror::OverviewFigures &figures)
{
    QMap<QString, qint64> owed;
    for (const auto &row : figures.receivables)
        owed[row.currency] += row.total().amount;
    for (const auto &row : figures.months)
        owed.insert(row.currency, owed.value(row.currency));
    for (const auto &row : figures.balances)
        owed.insert(row.currency, owed.value(row.currency));
    QStringList currencies = owed.keys();
    currencies.removeAll(QString());
    std::stable_sort(currencies.begin(), currencies.end(),
                     [&owed](const QString &a, const QString &b) { return owed.value(a) > owed.value(b); });
    return currencies;
}

QString ageName(Age age)
{
    switch (age) {
    case Age::NotYetDue:
        return Text::tr("Not yet due");
    case Age::Days1To30:
        return Text::tr("1–30 days past due");
    case Age::Days31To60:
        return Text::tr("31–60 days past due");
    case Age::Days61To90:
        return Text::tr("61–90 days past due");
    case Age::Over90Days:
        return Text::tr("Over 90 days past due");
    }
    return {};
}

QString ageLabel(Age age)
{
    switch (age) {
    case Age::NotYetDue:
        return Text::tr("Not yet due");
    case Age::Days1To30:
        return Text::tr("1–30 days");
    case Age::Days31To60:
        return Text::tr("31–60 days");
    case Age::Days61To90:
        return Text::tr("61–90 days");
    case Age::Over90Days:
        return Text::tr("Over 90 days");
    }
    return {};
}

QList<BarChart::Group> agingBars(const mirror::OverviewFigures &figures, const QString &currency,
                                 const QPalette &palette)
{
    using Tone = records::Status::Tone;
    const auto *row = receivablesIn(figures, currency);
    const Tone tones[] = {Tone::Pending, Tone::Attention, Tone::Attention, Tone::Negative, Tone::Negative};
    QList<BarChart::Group> groups;
    for (int age = 0; age < mirror::Overview::ageCount; ++age) {
        const mirror::Overview::Figure figure = row ? row->byAge[size_t(age)] : mirror::Overview::Figure();
        BarChart::Bar bar;
        bar.value = figure.amount;
        bar.label = money(figure.amount, currency);
        bar.text = Text::tr("%1: %2, %3 owed.")
                       .arg(ageName(Age(age)),
                            counted(figure.count, QT_TRANSLATE_NOOP("OverviewTab", "%1 open invoice"),
                                    QT_TRANSLATE_NOOP("OverviewTab", "%1 open invoices")),
                            money(figure.amount, currency));
        bar.color = barColor(tones[age], palette);
        groups.append({ageLabel(Age(age)), {bar}});
    }
    return groups;
}

void fillAgingTable(QTableWidget *table, const mirror::OverviewFigures &figures, const QString &currency)
{
    const auto *row = receivablesIn(figures, currency);
    setUp(table, {Text::tr("Age"), Text::tr("Open invoices"), Text::tr("Owed")},
          mirror::Overview::ageCount + 1);
    for (int age = 0; age < mirror::Overview::ageCount; ++age) {
        const auto figure = row ? row->byAge[size_t(age)] : mirror::Overview::Figure();
        table->setItem(age, 0, cell(ageName(Age(age))));
        table->setItem(age, 1, cell(QLocale().toString(figure.count), true));
        table->setItem(age, 2, cell(money(figure.amount, currency), true));
    }
    const auto total = row ? row->total() : mirror::Overview::Figure();
    table->setItem(mirror::Overview::ageCount, 0, cell(Text::tr("All open invoices")));
    table->setItem(mirror::Overview::ageCount, 1, cell(QLocale().toString(total.count), true));
    table->setItem(mirror::Overview::ageCount, 2, cell(money(total.amount, currency), true));
    table->resizeColumnsToContents();
}

mirror::Filter agingFilter(const mirror::OverviewFigures &figures, int age, const QString &currency)
{
    if (age >= mirror::Overview::ageCount) // the total row: every open invoice of the currency
        return mirror::Overview::openInvoicesFilter(QString(), currency);
    return mirror::Overview::receivablesFilter(Age(age), currency, figures.asOf);
}

QList<QDate> monthsOf(const mirror::OverviewFigures &figures)
{
    QList<QDate> months;
    for (int i = 11; i >= 0; --i)
        months << figures.lastMonth.addMonths(-i);
    return months;
}

QList<BarChart::Group> revenueBars(const mirror::OverviewFigures &figures, const QString &currency,
                                   const QPalette &palette)
{
    QList<BarChart::Group> groups;
    for (const QDate &month : monthsOf(figures)) {
        const auto *row = monthIn(figures, month, currency);
        const auto revenue = row ? row->revenue : mirror::Overview::Figure();
        const auto refunds = row ? row->refunds : mirror::Overview::Figure();
        BarChart::Bar in;
        in.value = revenue.amount;
        in.text = Text::tr("%1: revenue %2 from %3.")
                      .arg(monthName(month), money(revenue.amount, currency),
                           counted(revenue.count, QT_TRANSLATE_NOOP("OverviewTab", "%1 payment"),
                                   QT_TRANSLATE_NOOP("OverviewTab", "%1 payments")));
        in.color = barColor(records::Status::Tone::Positive, palette);
        BarChart::Bar out;
        out.value = refunds.amount;
        out.text = Text::tr("%1: refunds %2 (%3).")
                       .arg(monthName(month), money(refunds.amount, currency),
                            counted(refunds.count, QT_TRANSLATE_NOOP("OverviewTab", "%1 refund"),
                                    QT_TRANSLATE_NOOP("OverviewTab", "%1 refunds")));
        out.color = barColor(records::Status::Tone::Negative, palette);
        groups.append({QLocale().toString(month, QStringLiteral("MMM")), {in, out}});
    }
    return groups;
}

void fillRevenueTable(QTableWidget *table, const mirror::OverviewFigures &figures, const QString &currency)
{
    const QList<QDate> months = monthsOf(figures);
    setUp(table,
          {Text::tr("Month"), Text::tr("Payments"), Text::tr("Revenue"), Text::tr("Refunds"),
           Text::tr("Refunded")},
          int(months.size()));
    for (int i = 0; i < months.size(); ++i) {
        const auto *row = monthIn(figures, months.at(i), currency);
        const auto revenue = row ? row->revenue : mirror::Overview::Figure();
        const auto refunds = row ? row->refunds : mirror::Overview::Figure();
        table->setItem(i, 0, cell(monthName(months.at(i))));
        table->setItem(i, 1, cell(QLocale().toString(revenue.count), true));
        table->setItem(i, 2, cell(money(revenue.amount, currency), true));
        table->setItem(i, 3, cell(QLocale().toString(refunds.count), true));
        table->setItem(i, 4, cell(money(refunds.amount, currency), true));
    }
    table->resizeColumnsToContents();
}

mirror::Filter revenueFilter(const mirror::OverviewFigures &figures, int month, int series,
                             const QString &currency)
{
    const QDate start = monthsOf(figures).value(month);
    return series == 0 ? mirror::Overview::revenueFilter(start, currency)
                       : mirror::Overview::refundsFilter(start, currency);
}

QList<mirror::Overview::OpenBalance> balancesIn(const mirror::OverviewFigures &figures,
                                                const QString &currency)
{
    QList<mirror::Overview::OpenBalance> rows;
    for (const auto &balance : figures.balances)
        if (balance.currency == currency)
            rows << balance;
    return rows;
}

void fillBalancesTable(QTableWidget *table, const mirror::OverviewFigures &figures, const QString &currency)
{
    const auto rows = balancesIn(figures, currency);
    setUp(table, {Text::tr("Customer"), Text::tr("Email"), Text::tr("Open invoices"), Text::tr("Owed")},
          int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const auto &balance = rows.at(i);
        QTableWidgetItem *name = cell(customerName(balance));
        name->setToolTip(balance.customer);
        table->setItem(i, 0, name);
        table->setItem(i, 1, cell(customerEmail(balance)));
        table->setItem(i, 2, cell(QLocale().toString(balance.open.count), true));
        table->setItem(i, 3, cell(money(balance.open.amount, currency), true));
    }
    table->resizeColumnsToContents();
}

Table agingCsv(const mirror::OverviewFigures &figures)
{
    Table csv {{Text::tr("Currency"), Text::tr("Age"), Text::tr("Open invoices"), Text::tr("Owed")}, {}};
    for (const auto &row : figures.receivables)
        for (int age = 0; age < mirror::Overview::ageCount; ++age)
            csv.rows << QStringList {row.currency.toUpper(), ageName(Age(age)),
                                     QString::number(row.byAge[size_t(age)].count),
                                     decimal(row.byAge[size_t(age)].amount, row.currency)};
    return csv;
}

Table revenueCsv(const mirror::OverviewFigures &figures)
{
    Table csv {{Text::tr("Month"), Text::tr("Currency"), Text::tr("Payments"), Text::tr("Revenue"),
                Text::tr("Refunds"), Text::tr("Refunded")},
               {}};
    for (const auto &row : figures.months)
        csv.rows << QStringList {row.month.toString(QStringLiteral("yyyy-MM")),
                                 row.currency.toUpper(),
                                 QString::number(row.revenue.count),
                                 decimal(row.revenue.amount, row.currency),
                                 QString::number(row.refunds.count),
                                 decimal(row.refunds.amount, row.currency)};
    return csv;
}

Table balancesCsv(const mirror::OverviewFigures &figures)
{
    Table csv {{Text::tr("Customer ID"), Text::tr("Name"), Text::tr("Email"), Text::tr("Currency"),
                Text::tr("Open invoices"), Text::tr("Owed")},
               {}};
    for (const auto &balance : figures.balances)
        csv.rows << QStringList {balance.customer,
                                 balance.object ? objects::json::string(balance.object->object(), u"name")
                                                : QString(),
                                 customerEmail(balance),
                                 balance.currency.toUpper(),
                                 QString::number(balance.open.count),
                                 decimal(balance.open.amount, balance.currency)};
    return csv;
}

QString describe(const mirror::Filter &filter)
{
    const QString currency = filter.currency.toUpper();
    const QLocale locale;
    auto day = [&locale](qint64 secs) {
        return locale.toString(QDateTime::fromSecsSinceEpoch(secs).date(), QLocale::ShortFormat);
    };
    switch (filter.kind) {
    case objects::Kind::Invoice: {
        QString text = filter.customer.isEmpty()
            ? Text::tr("open invoices in %1").arg(currency)
            : Text::tr("open invoices of %1 in %2").arg(filter.customer, currency);
        if (filter.dueFrom && filter.dueUntil)
            text += Text::tr(", due from %1 to before %2").arg(day(*filter.dueFrom), day(*filter.dueUntil));
        else if (filter.dueFrom)
            text += Text::tr(", due %1 or later").arg(day(*filter.dueFrom));
        else if (filter.dueUntil)
            text += Text::tr(", due before %1").arg(day(*filter.dueUntil));
        return text;
    }
    case objects::Kind::Payment:
    case objects::Kind::Refund:
        return Text::tr("%1 in %2 created from %3 to before %4")
            .arg(filter.kind == objects::Kind::Payment ? Text::tr("succeeded payments")
                                                       : Text::tr("succeeded refunds"),
                 currency, day(filter.createdFrom.value_or(0)), day(filter.createdUntil.value_or(0)));
    default:
        break;
    }
    return objects::pluralName(filter.kind);
}

} // namespace overview
