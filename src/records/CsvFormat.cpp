#include "src/records/CsvFormat.h"

#include "src/money/Money.h"
#include "src/objects/Json.h"

#include <QCoreApplication>

namespace records::csv {

namespace {

// The currency column follows the first money column's currency.
QString currencyPathOf(const QList<Column> &columns)
{
    for (const Column &column : columns)
        if (column.isMoney())
            return column.currencyPath;
    return {};
}

} // namespace

QByteArray byteOrderMark()
{
    return QByteArrayLiteral("\xEF\xBB\xBF");
}

QStringList header(const QList<Column> &columns)
{
    QStringList titles;
    for (const Column &column : columns)
        titles << column.title;
    if (!currencyPathOf(columns).isEmpty())
        titles << QCoreApplication::translate("records::CsvExport", "Currency");
    return titles;
}

QStringList row(const QList<Column> &columns, const QJsonObject &object)
{
    QStringList fields;
    for (const Column &column : columns) {
        if (column.isMoney()) {
            const auto amount = objects::json::integer(object, column.amountPath);
            const QString currency = objects::json::string(object, column.currencyPath);
            fields << (amount && !currency.isEmpty() ? money::Money(*amount, currency).toDecimalString()
                                                     : QString());
        } else {
            fields << (column.text ? column.text(object) : QString());
        }
    }
    if (const QString currencyPath = currencyPathOf(columns); !currencyPath.isEmpty())
        fields << objects::json::string(object, currencyPath).toUpper();
    return fields;
}

QByteArray line(const QStringList &fields)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString &text : fields)
        escaped << field(text);
    return (escaped.join(QLatin1Char(',')) + QLatin1String("\r\n")).toUtf8();
}

QString field(const QString &input)
{
    QString text = input;
    // OWASP's advice on CSV injection: a cell starting with = + - @ (or a tab or carriage
    // return) is prefixed with ' so spreadsheets show it as text. A number such as a negative
    // amount ("-12.50") stays a number.
    static const QString triggers = QStringLiteral("=+-@\t\r");
    bool isNumber = false;
    text.toDouble(&isNumber);
    if (!text.isEmpty() && triggers.contains(text.at(0)) && !isNumber)
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))
        || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1String("\""), QLatin1String("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

} // namespace records::csv
