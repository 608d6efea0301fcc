#include "src/stripe/ApiPath.h"

#include <QRegularExpression>
#include <QUrl>

namespace stripe {

namespace {

constexpr qsizetype longestId = 255;

bool isChosenIdAcceptable(QStringView text)
{
    // Percent-encoding keeps "/", "?" and "#" inside the segment; "." and ".." would still name
    // the collection or its parent once a server resolves the path, and nothing else is empty.
    return !text.isEmpty() && text.size() <= longestId && text != u"." && text != u"..";
}

} // namespace

bool isIdShaped(QStringView text)
{
    static const QRegularExpression shape(QStringLiteral("^[a-z]{2,6}_[A-Za-z0-9]+$"));
    return text.size() <= longestId && shape.match(text).hasMatch();
}

QString apiPath(QStringView pattern, std::initializer_list<QStringView> ids, IdOrigin origin)
{
    QString path = pattern.toString();
    for (QStringView id : ids) {
        const bool acceptable = origin == IdOrigin::Stripe ? isIdShaped(id) : isChosenIdAcceptable(id);
        if (!acceptable)
            return {};
        // Shaped ids hold no "%", so an earlier id can never be taken for the next placeholder.
        path = path.arg(QString::fromLatin1(QUrl::toPercentEncoding(id.toString())));
    }
    return path;
}

} // namespace stripe
