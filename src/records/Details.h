#pragma once

#include "src/objects/Kind.h"
#include "src/records/ListQuery.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace records {

// One line of a record's detail pane. A field that names another record carries a link to it.
struct DetailField
{
    QString label;
    QString value;
    std::optional<objects::Kind> linkKind; // set when value is an id the user can jump to
    QString linkId;
};

// A list related to a record: a customer's invoices, an invoice's line items, a payment's
// refunds, a coupon's promotion codes.
struct RelatedList
{
    QString title;
    objects::Kind kind; // what the rows are, for columns and for where a click jumps
    ListQuery query;
};

// The fields of a record worth reading, in the order a person reads them.
QList<DetailField> detailFieldsFor(objects::Kind kind, const QJsonObject &object);
QList<RelatedList> relatedListsFor(objects::Kind kind, const QJsonObject &object);

} // namespace records
