#pragma once

#include <QByteArray>
#include <QString>
#include <QVariantMap>

namespace sandbox {

// Reads a query string or an application/x-www-form-urlencoded body the way Stripe (Rack)
// does: keys and values percent-decoded ('+' is a space), then brackets nest —
// metadata[k]=v is a map, expand[0]=a or expand[]=a a list, items[0][price]=p a list of maps.
// Leaves are strings; an empty value stays an empty string (Stripe's "unset").
class FormDecoder
{
public:
    struct Result
    {
        QVariantMap params;
        QString error; // a malformed key (unbalanced brackets), named like Stripe would
        bool isOk() const { return error.isEmpty(); }
    };

    static Result decode(const QByteArray &form);
};

} // namespace sandbox
