#pragma once

#include "src/objects/Kind.h"

#include <QString>

namespace objects {

// Checks an id typed into a field that expects one kind ("cus_…" in the customer filter).
// Returns an empty string when the id is usable, else a sentence that says what is expected.
QString checkId(const QString &input, Kind expected);

} // namespace objects
