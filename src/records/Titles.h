#pragma once

#include "src/objects/Kind.h"

#include <QJsonObject>
#include <QString>

// What a record is called where people expect a name, not an id: the detail pane's title
// ("Jane Doe", "Invoice 1QT4RJLZ-0006 — Priya Sato", "€85.00 from Chloé Haddad, Mastercard ••••
// 4444") and the text of a link to it. Only what the object holds (and what was expanded into
// it) is used; the id when nothing better is there.
namespace records::titles {

QString title(objects::Kind kind, const QJsonObject &object);
// Shorter, for a link inside another record: "Jane Doe", "€85.00, Visa •••• 4242".
QString linkText(objects::Kind kind, const QJsonObject &object);

} // namespace records::titles
