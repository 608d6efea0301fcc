// Property: whatever keys and values a params tree holds, a form decoder reads back exactly the
// same flat key/value pairs from encodeForm()'s output (no '&', '=', '+', '%' or bracket in user
// text can change the request).

#include "src/stripe/FormEncoding.h"
#include "tests/fuzz/FuzzCheck.h"

#include <QList>
#include <QPair>
#include <QUrlQuery>

#include <cstdint>
#include <functional>

namespace {

struct Reader
{
    const uint8_t *data;
    size_t size;
    size_t at = 0;

    bool done() const { return at >= size; }
    uint8_t byte() { return done() ? 0 : data[at++]; }
    QString text()
    {
        const size_t length = std::min<size_t>(byte() % 24, size - std::min(at, size));
        const QString result
            = QString::fromUtf8(reinterpret_cast<const char *>(data + at), qsizetype(length));
        at += length;
        return result;
    }
};

using Flat = QList<QPair<QString, QString>>;

// A params tree from the bytes: strings, integers, booleans, nested maps and lists.
QVariant build(Reader &in, int depth)
{
    switch (in.byte() % (depth > 3 ? 3 : 5)) {
    case 0:
        return in.text();
    case 1:
        return qint64(in.byte()) * 1000003 - 77;
    case 2:
        return bool(in.byte() & 1);
    case 3: {
        QVariantMap map;
        const int count = in.byte() % 4;
        for (int i = 0; i < count && !in.done(); ++i) {
            const QString key = in.text();
            if (!key.isEmpty())
                map.insert(key, build(in, depth + 1));
        }
        return map;
    }
    default: {
        QVariantList list;
        const int count = in.byte() % 4;
        for (int i = 0; i < count && !in.done(); ++i)
            list.append(build(in, depth + 1));
        return list;
    }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Reader in {data, size};
    stripe::Params params;
    while (!in.done() && params.size() < 6) {
        const QString key = in.text();
        if (!key.isEmpty())
            params.insert(key, build(in, 0));
    }
    // The pairs a form decoder should read, in the encoder's order (QVariantMap is sorted).
    Flat expected;
    std::function<void(const QString &, const QVariant &)> walk
        = [&](const QString &path, const QVariant &value) {
              if (value.typeId() == QMetaType::QVariantMap) {
                  const QVariantMap map = value.toMap();
                  for (auto it = map.cbegin(); it != map.cend(); ++it)
                      walk(path + QLatin1Char('[') + it.key() + QLatin1Char(']'), it.value());
              } else if (value.typeId() == QMetaType::QVariantList) {
                  const QVariantList list = value.toList();
                  for (qsizetype i = 0; i < list.size(); ++i)
                      walk(path + QStringLiteral("[%1]").arg(i), list.at(i));
              } else if (value.typeId() == QMetaType::Bool) {
                  expected.append({path, value.toBool() ? QStringLiteral("true") : QStringLiteral("false")});
              } else {
                  expected.append({path, value.toString()});
              }
          };
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        walk(it.key(), it.value());

    const QByteArray encoded = stripe::encodeForm(params);
    // Only RFC 3986 unreserved bytes, '%' escapes and the '&' / '=' separators.
    for (const char c : encoded)
        FUZZ_CHECK((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
                   || c == '.' || c == '_' || c == '~' || c == '%' || c == '&' || c == '=');
    Flat decoded;
    if (!encoded.isEmpty()) {
        for (const QByteArray &pair : encoded.split('&')) {
            const qsizetype equals = pair.indexOf('=');
            FUZZ_CHECK(equals > 0);
            decoded.append({QString::fromUtf8(QByteArray::fromPercentEncoding(pair.left(equals))),
                            QString::fromUtf8(QByteArray::fromPercentEncoding(pair.mid(equals + 1)))});
        }
    }
    // Invalid UTF-8 in the input became U+FFFD on the way in; compare after the same trip.
    FUZZ_CHECK(decoded == expected);
    return 0;
}
