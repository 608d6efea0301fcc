#include "src/stripe/FormEncoding.h"

#include <QLocale>

namespace stripe {

namespace {

// RFC 3986 unreserved characters stay as they are; everything else, brackets included, is
// percent-encoded. Stripe decodes the key before reading its bracket structure.
QByteArray percentEncode(const QString &text)
{
    return text.toUtf8().toPercentEncoding();
}

QByteArray scalarText(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    case QMetaType::Int:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
        return QByteArray::number(value.toLongLong());
    case QMetaType::UInt:
    case QMetaType::ULong:
    case QMetaType::ULongLong:
    case QMetaType::UShort:
        return QByteArray::number(value.toULongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        // Only for Stripe's float params (percent_off); money is always an integer.
        return percentEncode(QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest));
    default:
        return percentEncode(value.toString());
    }
}

void encodeInto(QByteArray &out, const QByteArray &key, const QVariant &value)
{
    if (value.typeId() == QMetaType::QVariantMap) {
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            encodeInto(out, key + "%5B" + percentEncode(it.key()) + "%5D", it.value());
        return;
    }
    if (value.typeId() == QMetaType::QVariantList || value.typeId() == QMetaType::QStringList) {
        const QVariantList list = value.toList();
        for (qsizetype i = 0; i < list.size(); ++i)
            encodeInto(out, key + "%5B" + QByteArray::number(i) + "%5D", list.at(i));
        return;
    }
    if (!out.isEmpty())
        out += '&';
    out += key;
    out += '=';
    if (value.isNull())
        return; // "key=" unsets the field
    out += scalarText(value);
}

} // namespace

QByteArray encodeForm(const Params &params)
{
    QByteArray out;
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        encodeInto(out, percentEncode(it.key()), it.value());
    return out;
}

} // namespace stripe
