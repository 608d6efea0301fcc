#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace stripe {

// One object of a list page, kept as the JSON text Stripe sent and built into a QJsonObject the
// first time something reads it: a table of 10,000 customers builds only the rows it paints,
// and keeps the others at the size of their text. Its id is known without building it.
class ListObject
{
public:
    ListObject() = default;
    // From an outlined page: the object's text and the id the outline read from it.
    ListObject(QByteArray json, QString id);
    // An object already built (a write's answer, a page Qt's parser had to read).
    explicit ListObject(const QJsonObject &object);

    const QString &id() const { return m_id; }
    // Built on first use; a copy made before then builds its own.
    const QJsonObject &object() const;
    bool isBuilt() const { return m_built; }

private:
    QString m_id;
    mutable QByteArray m_json; // dropped once built
    mutable QJsonObject m_object;
    mutable bool m_built = false;
};

} // namespace stripe
