#pragma once

#include "src/objects/Kind.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace mirror {

class AccountMirror;

// Which source a person sees, in words, for the window's status bar: "Synced 4 s ago",
// "Syncing: 1,200 of about 3,000 invoices", "From Stripe", "Team database unavailable — from
// Stripe"; and in a sentence or two, for its tool tip and the mirror's details.
struct SourceStatus
{
    enum class Source {
        Stripe, // no copy is kept (off, paused, not decided, stopped)
        Syncing, // the copy is being made; the view reads from Stripe meanwhile
        Mirror, // the view reads the copy
        TeamUnavailable, // the team's database cannot be reached; from Stripe meanwhile
    };

    Source source = Source::Stripe;
    QString text;
    QString detail;

    // viewing: the kind of the tab in view (none: the whole account, the Overview);
    // viewReadsMirror: whether that view reads from the copy once it is complete.
    static SourceStatus of(const AccountMirror &account, const QDateTime &now,
                           std::optional<objects::Kind> viewing, bool viewReadsMirror);
    // "4 s", "3 min", "2 h", "3 days".
    static QString shortAge(qint64 seconds);
    // The longest text of() gives in a status bar, for a widget that must not change width.
    static QString widestText();
};

} // namespace mirror
