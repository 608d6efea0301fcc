#pragma once

#include "src/records/Column.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

// How Paydesk writes records as CSV, whichever rows it writes (a whole list, or the rows the
// user selected): UTF-8 with a byte order mark, a header row, money as plain decimal amounts
// ("12.50") with a currency column instead of "€12.50", every cell safe to open in a spreadsheet.
namespace records::csv {

// Lets spreadsheet programs recognise UTF-8 (names with accents, €).
QByteArray byteOrderMark();
// The columns' titles, and "Currency" after them when one of them is money.
QStringList header(const QList<Column> &columns);
// One record's cells under that header.
QStringList row(const QList<Column> &columns, const QJsonObject &object);
// The cells joined, quoted where needed, ended with CRLF (RFC 4180).
QByteArray line(const QStringList &fields);
// One CSV field, quoted when it holds a separator, a quote or a line break. A leading
// = + - @ is defused so that a spreadsheet never runs a customer's name as a formula.
QString field(const QString &input);

} // namespace records::csv
