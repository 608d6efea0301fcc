#include "src/objects/IdCheck.h"
#include "src/stripe/ApiPath.h"

#include <QCoreApplication>

namespace objects {

QString checkId(const QString &input, Kind expected)
{
    const QString text = input.trimmed();
    const auto kind = kindOfId(text);
    const bool sameKind = kind == expected || (expected == Kind::Order && kind == Kind::PaymentIntent);
    if (sameKind && stripe::isIdShaped(text))
        return {};
    const QString name = singularName(expected);
    // What was typed is quoted back, but never a pasted page of text.
    const QString quoted = text.size() > 40 ? text.left(40) + QChar(u'…') : text;
    if (kind && !sameKind)
        // Worded without "a"/"an" before a kind's name, which would be wrong for half of them.
        return QCoreApplication::translate(
                   "objects", "“%1” is the ID of one of the %2, not of any %3; %3 IDs look like %4….")
            .arg(quoted, pluralName(*kind), name, idPrefix(expected));
    return QCoreApplication::translate("objects", "“%1” is not the ID of any %2; %2 IDs look like %3….")
        .arg(quoted, name, idPrefix(expected));
}

} // namespace objects
