#pragma once

#include "src/records/ListQuery.h"

#include <QDate>
#include <QLocale>
#include <QString>

#include <optional>

namespace queries {

// "Created between these days", in the user's time zone: from the first second of `from` to the
// last second of `to`. Either end may be open.
struct CreatedRange
{
    QDate from;
    QDate to;

    bool isEmpty() const { return !from.isValid() && !to.isValid(); }
    std::optional<qint64> firstSecond() const;
    std::optional<qint64> lastSecond() const;
    bool contains(qint64 created) const;
    // "1 Nov 2026 – 30 Nov 2026", "from 1 Nov 2026", "until 30 Nov 2026".
    QString describe(const QLocale &locale = QLocale()) const;

    friend bool operator==(const CreatedRange &, const CreatedRange &) = default;
};

// Narrows a list or a search to what was created in the range: a list by created[gte] and
// created[lte], a search by created>= and created<= clauses. A search whose clauses are joined
// with OR cannot take another clause (Stripe allows AND or OR in one query, never both), nor can
// one that already has Stripe's ten clauses: those keep the range client side. The fallback is
// narrowed the same way. pluralName names the rows in the empty text ("payments").
records::ListQuery withCreated(records::ListQuery query, const CreatedRange &range,
                               const QString &pluralName);

} // namespace queries
