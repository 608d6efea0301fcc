#include "src/stripe/ListObject.h"

#include <QJsonDocument>
#include <QJsonValue>

namespace stripe {

ListObject::ListObject(QByteArray json, QString id)
    : m_id(std::move(id))
    , m_json(std::move(json))
{ }

ListObject::ListObject(const QJsonObject &object)
    : m_object(object)
    , m_built(true)
{
    if (const QJsonValue id = object.value(QLatin1String("id")); id.isString())
        m_id = id.toString();
}

const QJsonObject &ListObject::object() const
{
    if (!m_built) {
        // The outline already found this text valid by Qt's own rules; should a newer Qt judge
        // otherwise, the row reads as empty rather than wrong.
        m_object = QJsonDocument::fromJson(m_json).object();
        m_json.clear();
        m_built = true;
    }
    return m_object;
}

} // namespace stripe
