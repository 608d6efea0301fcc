#include "src/sandbox/Lists.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sandbox::lists {

namespace {

// The ids Stripe lets a client expand, and where their objects live.
const QHash<QString, QString> &expandable()
{
    static const QHash<QString, QString> fields {
        {QStringLiteral("customer"), QStringLiteral("customers")},
        {QStringLiteral("payment_intent"), QStringLiteral("payment_intents")},
        {QStringLiteral("latest_charge"), QStringLiteral("charges")},
        {QStringLiteral("charge"), QStringLiteral("charges")},
        {QStringLiteral("invoice"), QStringLiteral("invoices")},
        {QStringLiteral("default_price"), QStringLiteral("prices")},
        {QStringLiteral("product"), QStringLiteral("products")},
        {QStringLiteral("payment_method"), QStringLiteral("payment_methods")},
        {QStringLiteral("default_payment_method"), QStringLiteral("payment_methods")},
        {QStringLiteral("promotion.coupon"), QStringLiteral("coupons")}};
    return fields;
}

// docs.stripe.com/expand: "Expansions have a maximum depth of four levels".
constexpr int maxExpansionDepth = 4;

// The steps of an expansion path, each a field Stripe lets a client expand: "charge.customer" is
// {"charge", "customer"}; "promotion.coupon" is one step.
std::optional<QStringList> expansionSteps(const QString &path)
{
    const QStringList parts = path.split(QLatin1Char('.'));
    QStringList steps;
    for (qsizetype at = 0; at < parts.size();) {
        if (at + 1 < parts.size()) {
            const QString pair = parts.at(at) + QLatin1Char('.') + parts.at(at + 1);
            if (expandable().contains(pair)) {
                steps << pair;
                at += 2;
                continue;
            }
        }
        if (!expandable().contains(parts.at(at)))
            return std::nullopt;
        steps << parts.at(at);
        ++at;
    }
    return steps;
}

bool isExpandable(const QString &path, int maxDepth)
{
    return !path.isEmpty() && expansionSteps(path) && path.count(QLatin1Char('.')) < maxDepth;
}

Reply rendered(const QByteArray &data, bool hasMore, const QString &url, const QByteArray &extra = {})
{
    QByteArray body;
    body.reserve(data.size() + 128);
    body += R"({"object":"list","data":[)";
    body += data;
    body += R"(],"has_more":)";
    body += hasMore ? "true" : "false";
    body += R"(,"url":")" + url.toUtf8() + '"';
    body += extra;
    body += '}';
    return Reply {200, {}, body};
}

// The objects' JSON joined with commas: cached bytes when nothing is expanded.
std::optional<Reply> serialize(const Call &call, const Collection &collection, const QList<int> &indices,
                               QByteArray *data)
{
    QStringList itemPaths;
    for (const QString &path : call.expand())
        if (path.startsWith(QLatin1String("data.")))
            itemPaths << path.mid(5);
    for (int i = 0; i < indices.size(); ++i) {
        if (i > 0)
            *data += ',';
        if (itemPaths.isEmpty()) {
            *data += collection.bytesAt(indices.at(i));
            continue;
        }
        QJsonObject object = collection.at(indices.at(i));
        if (auto error = expand(*call.store, object, itemPaths))
            return error;
        *data += QJsonDocument(object).toJson(QJsonDocument::Compact);
    }
    return std::nullopt;
}

std::optional<Reply> checkListExpansions(const Call &call, bool search)
{
    for (const QString &path : call.expand()) {
        if (search && path == QLatin1String("total_count"))
            continue;
        // "data." is the first of Stripe's four levels.
        if (!path.startsWith(QLatin1String("data.")) || !isExpandable(path.mid(5), maxExpansionDepth - 1))
            return Reply::invalid(QStringLiteral("This property cannot be expanded (%1).").arg(path),
                                  QStringLiteral("expand"));
    }
    return std::nullopt;
}

} // namespace

Predicate createdFilter(const Call &call)
{
    if (!call.has(QStringLiteral("created")))
        return {};
    const QVariant created = call.params.value(QStringLiteral("created"));
    if (created.typeId() != QMetaType::QVariantMap) {
        const qint64 exact = created.toString().toLongLong();
        return
            [exact](const QJsonObject &o) { return o.value(QLatin1String("created")).toInteger() == exact; };
    }
    const QVariantMap range = created.toMap();
    const auto bound = [&range](const char *name) -> std::optional<qint64> {
        if (!range.contains(QLatin1String(name)))
            return std::nullopt;
        return range.value(QLatin1String(name)).toString().toLongLong();
    };
    const auto gt = bound("gt"), gte = bound("gte"), lt = bound("lt"), lte = bound("lte");
    return [=](const QJsonObject &o) {
        const qint64 value = o.value(QLatin1String("created")).toInteger();
        return (!gt || value > *gt) && (!gte || value >= *gte) && (!lt || value < *lt)
            && (!lte || value <= *lte);
    };
}

Predicate fieldEquals(const Call &call, const QString &param, const QString &field)
{
    if (!call.has(param))
        return {};
    const QString wanted = call.string(param);
    const QString path = field.isEmpty() ? param : field;
    return [wanted, path](const QJsonObject &o) {
        const QJsonValue value = o.value(path);
        if (value.isBool())
            return (value.toBool() ? QStringLiteral("true") : QStringLiteral("false")) == wanted;
        if (value.isObject())
            return value.toObject().value(QLatin1String("id")).toString() == wanted;
        return value.toString() == wanted;
    };
}

Predicate all(const QList<Predicate> &predicates)
{
    QList<Predicate> active;
    for (const Predicate &predicate : predicates)
        if (predicate)
            active.append(predicate);
    if (active.isEmpty())
        return {};
    return [active](const QJsonObject &o) {
        for (const Predicate &predicate : active)
            if (!predicate(o))
                return false;
        return true;
    };
}

Reply page(const Call &call, const Collection &collection, const QString &url, const Predicate &keep)
{
    if (auto error = checkListExpansions(call, false))
        return *error;
    const int limit = int(call.integer(QStringLiteral("limit")).value_or(10));
    const QString after = call.string(QStringLiteral("starting_after"));
    const QString before = call.string(QStringLiteral("ending_before"));
    if (!after.isEmpty() && !before.isEmpty())
        return Reply::invalid(
            QStringLiteral("You may only specify one of these parameters: ending_before, starting_after."));
    const QString cursor = after.isEmpty() ? before : after;
    int cursorIndex = -1;
    if (!cursor.isEmpty()) {
        cursorIndex = collection.indexOf(cursor);
        if (cursorIndex < 0)
            return Reply::missing(collection.objectName(), cursor,
                                  after.isEmpty() ? QStringLiteral("ending_before")
                                                  : QStringLiteral("starting_after"));
    }

    QList<int> indices;
    indices.reserve(limit + 1);
    const auto accepts
        = [&](int index) { return !collection.isDeleted(index) && (!keep || keep(collection.at(index))); };
    bool hasMore = false;
    if (before.isEmpty()) {
        // Newest first, from the end or from just after the cursor.
        for (int index = (cursorIndex < 0 ? collection.size() : cursorIndex) - 1; index >= 0; --index) {
            if (!accepts(index))
                continue;
            if (indices.size() == limit) {
                hasMore = true;
                break;
            }
            indices.append(index);
        }
    } else {
        // The page just newer than the cursor, still shown newest first.
        for (int index = cursorIndex + 1; index < collection.size(); ++index) {
            if (!accepts(index))
                continue;
            if (indices.size() == limit) {
                hasMore = true;
                break;
            }
            indices.prepend(index);
        }
    }
    QByteArray data;
    if (auto error = serialize(call, collection, indices, &data))
        return *error;
    return rendered(data, hasMore, url);
}

Reply search(const Call &call, const Collection &collection, const QString &url,
             const SearchQuery::Resource &resource)
{
    if (auto error = checkListExpansions(call, true))
        return *error;
    QString problem;
    const auto query = SearchQuery::parse(call.string(QStringLiteral("query")), resource, &problem);
    if (!query)
        return Reply::invalid(problem, QStringLiteral("query"));
    const int limit = int(call.integer(QStringLiteral("limit")).value_or(10));
    int offset = 0;
    if (call.has(QStringLiteral("page"))) {
        const QString page = call.string(QStringLiteral("page"));
        bool ok = page.startsWith(QLatin1String("page_"));
        if (ok)
            offset = QByteArray::fromBase64(page.mid(5).toLatin1()).toInt(&ok);
        if (!ok || offset < 0)
            return Reply::invalid(QStringLiteral("Invalid page: %1").arg(page), QStringLiteral("page"));
    }
    const bool wantTotal = call.expand().contains(QStringLiteral("total_count"));
    QList<int> indices;
    int matched = 0;
    bool hasMore = false;
    for (int index = collection.size() - 1; index >= 0; --index) {
        if (collection.isDeleted(index) || !query->matches(collection.at(index)))
            continue;
        if (matched >= offset && indices.size() < limit)
            indices.append(index);
        else if (matched >= offset + limit)
            hasMore = true;
        ++matched;
        if (hasMore && !wantTotal)
            break;
    }
    QByteArray data;
    if (auto error = serialize(call, collection, indices, &data))
        return *error;
    QByteArray extra = R"(,"next_page":)";
    extra += hasMore ? '"' + QByteArray("page_") + QByteArray::number(offset + limit).toBase64() + '"'
                     : QByteArray("null");
    if (wantTotal)
        extra += R"(,"total_count":)" + QByteArray::number(matched);
    Reply reply = rendered(data, hasMore, url, extra);
    reply.bytes.replace(R"({"object":"list")", R"({"object":"search_result")");
    return reply;
}

std::optional<Reply> expand(const Store &store, QJsonObject &object, const QStringList &paths)
{
    for (const QString &path : paths) {
        const auto steps = isExpandable(path, maxExpansionDepth) ? expansionSteps(path) : std::nullopt;
        if (!steps)
            return Reply::invalid(QStringLiteral("This property cannot be expanded (%1).").arg(path),
                                  QStringLiteral("expand"));
        // Each step replaces an id with its object (or goes into one already expanded), then the
        // next step expands inside it: charge.customer is the refund's charge's customer.
        std::function<void(QJsonObject &, qsizetype)> apply = [&](QJsonObject &node, qsizetype step) {
            const QString &name = steps->at(step);
            const QStringList parts = name.split(QLatin1Char('.'));
            QList<QJsonObject> parents {node};
            for (qsizetype i = 0; i + 1 < parts.size(); ++i)
                parents.append(parents.last().value(parts.at(i)).toObject());
            QJsonObject &parent = parents.last();
            const QJsonValue value = parent.value(parts.last());
            QJsonObject child;
            if (value.isString()) {
                const QJsonObject *found = store.collection(expandable().value(name)).find(value.toString());
                if (!found)
                    return;
                child = *found;
            } else if (value.isObject()) {
                child = value.toObject();
            } else {
                return;
            }
            if (step + 1 < steps->size())
                apply(child, step + 1);
            parent.insert(parts.last(), child);
            for (qsizetype i = parts.size() - 2; i >= 0; --i)
                parents[i].insert(parts.at(i), parents.at(i + 1));
            node = parents.first();
        };
        apply(object, 0);
    }
    return std::nullopt;
}

} // namespace sandbox::lists
