#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

// Reading Stripe objects defensively. A server can send a field of the wrong type, null where an
// object is expected, or leave a field out; these accessors answer "absent" instead of guessing,
// so the UI shows a blank rather than a wrong number.
namespace objects::json {

// The value at a dotted path ("payment_method_details.card.last4"); undefined when any step is
// missing or not an object.
QJsonValue at(const QJsonObject &object, QStringView path);

QString string(const QJsonObject &object, QStringView path);
// Only true integers: 12.5, "12" or 1e300 are not amounts.
std::optional<qint64> integer(const QJsonObject &object, QStringView path);
bool boolean(const QJsonObject &object, QStringView path);
QJsonObject object(const QJsonObject &source, QStringView path);

// An expandable field is either an id or, when expanded, the object itself; both give the id.
QString idOf(const QJsonValue &value);
QString id(const QJsonObject &object, QStringView path);
// The expanded object, or an empty one when the field holds only an id.
QJsonObject expanded(const QJsonObject &object, QStringView path);

} // namespace objects::json
