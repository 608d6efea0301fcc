// Property: the outline and Qt's JSON parser agree. Whatever bytes a server sends, the outline
// accepts a body only when QJsonDocument::fromJson reads it as an object (it may decline more,
// where names or ids carry escapes), reports the same top-level members, and every row it
// finds builds to the very object Qt read. A row it accepted can then never fail to build.

#include "src/stripe/JsonOutline.h"
#include "src/stripe/ListObject.h"
#include "tests/fuzz/FuzzCheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const stripe::JsonOutline outline = stripe::JsonOutline::of(body);
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    const bool qtObject = error.error == QJsonParseError::NoError && document.isObject();
    if (!outline.isObject) {
        FUZZ_CHECK(!qtObject || body.contains('\\'));
        return 0;
    }
    FUZZ_CHECK(qtObject);
    const QJsonObject object = document.object();
    FUZZ_CHECK(outline.hasError == object.contains(QLatin1String("error")));
    FUZZ_CHECK(outline.hasMore == object.value(QLatin1String("has_more")).toBool());
    FUZZ_CHECK(outline.nextPage == object.value(QLatin1String("next_page")).toString());
    FUZZ_CHECK(outline.hasData == object.value(QLatin1String("data")).isArray());
    const QJsonArray rows = object.value(QLatin1String("data")).toArray();
    FUZZ_CHECK(outline.data.size() == rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const stripe::JsonOutline::Element &element = outline.data.at(i);
        FUZZ_CHECK(element.isObject == rows.at(i).isObject());
        FUZZ_CHECK(element.id == rows.at(i).toObject().value(QLatin1String("id")).toString());
        if (element.isObject) {
            const stripe::ListObject row(body.sliced(element.begin, element.end - element.begin), element.id);
            FUZZ_CHECK(row.object() == rows.at(i).toObject());
        }
    }
    return 0;
}
