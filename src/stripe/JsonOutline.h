#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace stripe {

// What one quick pass over a JSON body finds without building it: whether it is one valid JSON
// object, by the same rules as QJsonDocument::fromJson; whether it is a Stripe error; and, for a
// list page, where each of its objects lies in the text and what its id is.
//
// Why: building QJsonObjects is most of what reading a page costs (Qt's parser sorts the keys
// of every object it builds), and a page of a long list is mostly rows a table never shows.
// With an outline, a row is built when something first reads it (ListObject).
//
// An outline declines (isObject false) whenever it cannot be sure, leaving the body to Qt's
// parser: a body Qt rejects, a top-level array, and names or ids written with escapes.
struct JsonOutline
{
    struct Element
    {
        qsizetype begin = 0; // the element's text is body[begin, end)
        qsizetype end = 0;
        bool isObject = false;
        QString id; // its "id" member when that is a string
    };

    bool isObject = false; // the body is one valid JSON object, outlined
    bool hasError = false; // it has a top-level "error" member
    bool hasData = false; // its top-level "data" member is an array
    QList<Element> data;
    bool hasMore = false; // "has_more" is true
    QString nextPage; // "next_page" when it is a string

    static JsonOutline of(QByteArrayView body);
};

} // namespace stripe
