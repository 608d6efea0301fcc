// Property: whatever JSON a server sends — wrong types, nulls, missing fields, huge numbers —
// reading it into a row, a detail pane or a status never crashes.

#include "src/records/Column.h"
#include "src/records/Details.h"
#include "src/records/Format.h"
#include "src/records/Status.h"

#include <QJsonDocument>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document
        = QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!document.isObject())
        return 0;
    const QJsonObject object = document.object();
    using objects::Kind;
    for (const Kind kind :
         {Kind::Customer, Kind::Invoice, Kind::InvoiceLine, Kind::Order, Kind::Payment, Kind::Refund,
          Kind::PromotionCode, Kind::Coupon, Kind::Product, Kind::Price, Kind::PaymentMethod}) {
        for (const records::Column &column : records::columnsFor(kind)) {
            (void)column.text(object);
            if (column.sortKey)
                (void)column.sortKey(object);
            if (column.status)
                (void)column.status(object);
        }
        (void)records::detailFieldsFor(kind, object);
        (void)records::relatedListsFor(kind, object);
    }
    (void)records::format::choiceLabel(object);
    (void)records::promotionCodeStatus(object, 1'800'000'000);
    return 0;
}
