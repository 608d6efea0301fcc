#include "src/sandbox/FormDecoder.h"

#include <QStringList>
#include <QVariantList>

#include <algorithm>

namespace sandbox {

namespace {

QString decodeComponent(QByteArray bytes)
{
    bytes.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
}

// "items[0][price]" -> {"items", "0", "price"}; "expand[]" -> {"expand", ""}.
bool splitKey(const QString &key, QStringList *parts)
{
    const qsizetype open = key.indexOf(QLatin1Char('['));
    if (open < 0) {
        *parts = {key};
        return !key.isEmpty();
    }
    *parts = {key.left(open)};
    if (parts->first().isEmpty())
        return false;
    qsizetype at = open;
    while (at < key.size()) {
        if (key.at(at) != QLatin1Char('['))
            return false;
        const qsizetype close = key.indexOf(QLatin1Char(']'), at);
        if (close < 0)
            return false;
        parts->append(key.mid(at + 1, close - at - 1));
        at = close + 1;
    }
    return true;
}

// "a[]=x" appends: such entries get this prefix and a counter, so they keep their order.
const QString appendKey = QStringLiteral("\x01append");

// Maps whose keys are all array indices (or appends) become lists, in order.
QVariant finish(const QVariant &value)
{
    if (value.typeId() != QMetaType::QVariantMap)
        return value;
    const QVariantMap map = value.toMap();
    bool allIndices = !map.isEmpty();
    for (auto it = map.cbegin(); it != map.cend() && allIndices; ++it) {
        bool isNumber = false;
        it.key().toUInt(&isNumber);
        allIndices = isNumber || it.key().startsWith(appendKey);
    }
    if (allIndices) {
        QList<QPair<quint64, QVariant>> items;
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            const quint64 order = it.key().startsWith(appendKey)
                ? (quint64(1) << 40) + it.key().mid(appendKey.size()).toULongLong()
                : it.key().toULongLong();
            items.append({order, finish(it.value())});
        }
        std::sort(items.begin(), items.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        QVariantList list;
        for (const auto &item : std::as_const(items))
            list.append(item.second);
        return list;
    }
    QVariantMap finished;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        finished.insert(it.key(), finish(it.value()));
    return finished;
}

// QVariantMap holds values, not references: build the path down, then write each level back.
void put(QVariantMap &map, const QStringList &parts, qsizetype index, const QString &value,
         int &appendCounter)
{
    QString key = parts.at(index);
    if (key.isEmpty())
        key = appendKey + QStringLiteral("%1").arg(appendCounter++, 10, 10, QLatin1Char('0'));
    if (index == parts.size() - 1) {
        map.insert(key, value);
        return;
    }
    QVariantMap child = map.value(key).toMap();
    put(child, parts, index + 1, value, appendCounter);
    map.insert(key, child);
}

} // namespace

FormDecoder::Result FormDecoder::decode(const QByteArray &form)
{
    Result result;
    QVariantMap raw;
    int appendCounter = 0;
    for (const QByteArray &pair : form.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        const QString key = decodeComponent(equals < 0 ? pair : pair.left(equals));
        const QString value = equals < 0 ? QString() : decodeComponent(pair.mid(equals + 1));
        QStringList parts;
        if (!splitKey(key, &parts)) {
            result.error = key;
            return result;
        }
        put(raw, parts, 0, value, appendCounter);
    }
    result.params = finish(raw).toMap();
    return result;
}

} // namespace sandbox
