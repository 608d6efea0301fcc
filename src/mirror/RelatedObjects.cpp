#include "src/mirror/RelatedObjects.h"

#include "src/mirror/Schema.h"
#include "src/mirror/Store.h"
#include "src/records/RecordFetch.h"

#include <QJsonDocument>
#include <QSqlQuery>

#include <optional>

namespace mirror {

namespace {

// Ids read per statement, rounded up to a multiple of this (the last id repeated), so that a
// handful of prepared statements serve every window.
constexpr qsizetype idsPerBatch = 25;
constexpr qsizetype batchesPerStatement = 4;

// The table an expandable field's id names (Stripe's field names: docs.stripe.com/api/expanding_objects).
// Nothing for a field that holds an object of its own (a promotion code's "promotion").
std::optional<Table> tableOfField(QStringView field)
{
    if (field == u"customer")
        return Table::Customers;
    if (field == u"charge" || field == u"latest_charge")
        return Table::Charges;
    if (field == u"payment_intent")
        return Table::PaymentIntents;
    if (field == u"payment_method")
        return Table::PaymentMethods;
    if (field == u"default_price" || field == u"price")
        return Table::Prices;
    if (field == u"product")
        return Table::Products;
    if (field == u"coupon")
        return Table::Coupons;
    if (field == u"invoice")
        return Table::Invoices;
    return std::nullopt;
}

// Calls change on the value at fields[0..last] of object (each earlier field an object) and keeps
// what it made of it when it says it changed it.
template<typename Change>
void atPath(QJsonObject &object, const QStringList &fields, qsizetype depth, qsizetype last,
            const Change &change)
{
    const auto it = object.find(fields.at(depth));
    if (it == object.end())
        return;
    if (depth == last) {
        QJsonValue value = it.value();
        if (change(value))
            it.value() = value;
        return;
    }
    if (!it.value().isObject())
        return;
    QJsonObject child = it.value().toObject();
    atPath(child, fields, depth + 1, last, change);
    it.value() = child;
}

// The ids at fields[0..last] of the objects, each once.
QStringList idsAt(QList<QJsonObject> &objects, const QStringList &fields, qsizetype last)
{
    QStringList ids;
    for (QJsonObject &object : objects)
        atPath(object, fields, 0, last, [&ids](QJsonValue &value) {
            if (value.isString() && !value.toString().isEmpty())
                ids.append(value.toString());
            return false;
        });
    ids.removeDuplicates();
    return ids;
}

} // namespace

RelatedObjects::RelatedObjects(Store &store)
    : m_store(store)
{ }

QList<objects::Kind> RelatedObjects::kindsShownIn(objects::Kind kind)
{
    QList<objects::Kind> kinds;
    for (const QString &path : records::RecordFetch::expansionsFor(kind)) {
        for (const QString &field : path.split(QLatin1Char('.'))) {
            if (const auto table = tableOfField(field)) {
                // Both kinds a payment intent is shown as: an order, or one that is not.
                for (const objects::Kind shown : kindsOf({*table}))
                    if (!kinds.contains(shown))
                        kinds.append(shown);
            }
        }
    }
    return kinds;
}

QList<stripe::ListObject> RelatedObjects::expand(objects::Kind kind, const QList<stripe::ListObject> &rows)
{
    m_error = {};
    const QStringList paths = records::RecordFetch::expansionsFor(kind);
    if (paths.isEmpty() || rows.isEmpty())
        return rows;
    QList<QJsonObject> objects;
    objects.reserve(rows.size());
    for (const stripe::ListObject &row : rows)
        objects.append(row.object());
    for (const QString &path : paths) {
        const QStringList fields = path.split(QLatin1Char('.'));
        // Level by level: a refund's payment first, then that payment's customer.
        for (qsizetype depth = 0; depth < fields.size(); ++depth) {
            const auto table = tableOfField(fields.at(depth));
            if (!table)
                continue;
            const QStringList ids = idsAt(objects, fields, depth);
            if (ids.isEmpty())
                continue;
            const QHash<QString, QJsonObject> found = read(*table, ids);
            if (found.isEmpty())
                continue;
            for (QJsonObject &object : objects)
                atPath(object, fields, 0, depth, [&found](QJsonValue &value) {
                    const auto it = value.isString() ? found.constFind(value.toString()) : found.cend();
                    if (it == found.cend())
                        return false;
                    value = *it;
                    return true;
                });
        }
    }
    QList<stripe::ListObject> expanded;
    expanded.reserve(objects.size());
    for (const QJsonObject &object : std::as_const(objects))
        expanded.append(stripe::ListObject(object));
    return expanded;
}

QHash<QString, QJsonObject> RelatedObjects::read(Table table, const QStringList &ids)
{
    QHash<QString, QJsonObject> found;
    const qsizetype perStatement = idsPerBatch * batchesPerStatement;
    for (qsizetype start = 0; start < ids.size(); start += perStatement) {
        QStringList batch = ids.mid(start, perStatement);
        while (batch.size() % idsPerBatch != 0)
            batch.append(batch.constLast());
        QStringList marks(batch.size(), QStringLiteral("?"));
        QSqlQuery &query = m_store.connection().prepared(
            QStringLiteral("SELECT t.id, %1 FROM %2 t WHERE t.id IN (%3)")
                .arg(schema::jsonOf(m_store.backend(), table, QStringLiteral("t")), tableName(table),
                     marks.join(QStringLiteral(", "))));
        for (const QString &id : std::as_const(batch))
            query.addBindValue(id);
        if (!query.exec()) {
            const StoreError::Kind kind = m_store.connection().classify(query.lastError());
            m_error = {kind == StoreError::Kind::None ? StoreError::Kind::Failed : kind,
                       query.lastError().text()};
            return found;
        }
        while (query.next())
            found.insert(query.value(0).toString(),
                         QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object());
        query.finish();
    }
    return found;
}

} // namespace mirror
