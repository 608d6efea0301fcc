#pragma once

#include <QJsonObject>
#include <QString>

namespace sandbox {

// Stripe objects of exactly the contract's shape: every field objects.json declares (null where
// nullable and not set), nothing it does not, and realistic nested values taken from Stripe's
// own example objects (examples.json).
class Shapes
{
public:
    // A complete object of the kind ("customer"), with example values to be overwritten.
    static QJsonObject blank(const QString &object);
    // Makes an object match the contract: adds missing fields, drops undeclared ones.
    static QJsonObject conform(const QString &object, QJsonObject value);
};

} // namespace sandbox
