#include "src/mirror/SourceStatus.h"

#include "src/mirror/AccountMirror.h"

#include <QCoreApplication>
#include <QLocale>

namespace mirror {

namespace {

// lupdate files a string under the class its tr() is called through: this names the context
// the program asks for.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mirror::SourceStatus)
};

// Where the listing started from (the account's first day), as Backfill judges it: the
// account's creation when known, else the oldest object of a finished list.
qint64 originOf(const Mirror &mirror)
{
    qint64 origin = mirror.progress().origin;
    if (origin > 0)
        return origin;
    for (const TableListing &listing : mirror.syncState().listing)
        if (listing.done && listing.count > 0 && listing.reached > 0)
            origin = origin <= 0 ? listing.reached : std::min(origin, listing.reached);
    return origin;
}

// How many objects one list will hold, judged from how far back in time it has come.
std::optional<qint64> estimateOf(const TableListing &listing, qint64 origin)
{
    if (listing.done)
        return listing.count;
    const qint64 span = listing.newest - origin;
    const qint64 covered = listing.newest - listing.reached;
    if (listing.count == 0 || origin <= 0 || span <= 0 || covered <= 0)
        return std::nullopt;
    return std::max(listing.count, qint64(double(listing.count) * double(span) / double(covered)));
}

QString progressText(qint64 listed, std::optional<qint64> total, const QString &plural)
{
    const QLocale locale;
    if (total && *total >= listed)
        return Text::tr("Syncing: %1 of about %2 %3")
            .arg(locale.toString(listed), locale.toString(*total), plural);
    return Text::tr("Syncing: %1 %2 so far").arg(locale.toString(listed), plural);
}

QString teamRole(const Mirror &mirror)
{
    if (mirror.config().backend != Backend::Postgres)
        return {};
    switch (mirror.role()) {
    case Mirror::Role::Follower:
        return Text::tr(" This desk keeps the team's copy current.");
    case Mirror::Role::Reader:
        return Text::tr(" Another desk keeps the team's copy current; this one reads it.");
    case Mirror::Role::None:
        break;
    }
    return {};
}

} // namespace

QString SourceStatus::shortAge(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    if (seconds < 60)
        return Text::tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return Text::tr("%1 min").arg(seconds / 60);
    if (seconds < 2 * 86400)
        return Text::tr("%1 h").arg(seconds / 3600);
    return Text::tr("%1 days").arg(seconds / 86400);
}

QString SourceStatus::widestText()
{
    return Text::tr("Syncing: 100,000 of about 1,000,000 promotion codes");
}

SourceStatus SourceStatus::of(const AccountMirror &account, const QDateTime &now,
                              std::optional<objects::Kind> viewing, bool viewReadsMirror)
{
    SourceStatus status;
    const QString fromStripe = Text::tr("From Stripe");
    status.text = fromStripe;
    const Mirror *mirror = account.mirror();
    if (!account.isOpen()) {
        status.detail = Text::tr("Paydesk reads from Stripe.");
        return status;
    }
    if (!account.teamProblem().isEmpty()) {
        status.source = Source::TeamUnavailable;
        status.text = Text::tr("Team database unavailable — from Stripe");
        status.detail = account.teamProblem();
        return status;
    }
    if (!mirror) {
        status.detail = account.isPaused()
            ? Text::tr("Syncing is paused: Paydesk reads from Stripe until you resume it.")
            : account.isUndecided()
            ? Text::tr("Paydesk reads from Stripe. It can keep a copy of this account on "
                       "this desk, for totals and filters over every record.")
            : account.isOn() ? Text::tr("Paydesk reads from Stripe.")
                             : Text::tr("Paydesk reads from Stripe; no copy of this account is kept.");
        if (account.isPaused())
            status.text = Text::tr("Sync paused — from Stripe");
        return status;
    }

    const QString where = account.storeLocation();
    const QString role = teamRole(*mirror);
    switch (mirror->state()) {
    case Mirror::State::Closed:
    case Mirror::State::Opening:
        status.text = Text::tr("Opening the copy — from Stripe");
        status.detail
            = Text::tr("Paydesk is opening the copy of this account in %1; meanwhile it reads from Stripe.")
                  .arg(where);
        return status;
    case Mirror::State::Unavailable:
        status.source = Source::TeamUnavailable;
        status.text = Text::tr("Team database unavailable — from Stripe");
        status.detail = mirror->notice();
        return status;
    case Mirror::State::Failed:
        status.text = Text::tr("Copy stopped — from Stripe");
        status.detail = Text::tr("The copy of this account cannot be used: %1 Paydesk reads from Stripe.")
                            .arg(mirror->notice());
        return status;
    case Mirror::State::Listing:
    case Mirror::State::Ready:
        break;
    }

    const SyncState &sync = mirror->syncState();
    const auto table = viewing ? tableFor(*viewing) : std::nullopt;
    const bool viewComplete = viewing ? mirror->canServe(*viewing) : mirror->isComplete();
    if (!viewComplete) {
        status.source = Source::Syncing;
        if (table && !sync.isListed(*table)) {
            const TableListing listing = sync.listing.value(*table);
            status.text = progressText(listing.count, estimateOf(listing, originOf(*mirror)),
                                       objects::pluralName(*viewing));
        } else if (!viewing || !sync.isComplete()) {
            Backfill::Progress overall = mirror->progress();
            overall.tables = sync.listing;
            overall.origin = originOf(*mirror);
            bool listsDone = true;
            for (const Table each : listedTables())
                listsDone = listsDone && sync.isListed(each);
            status.text = listsDone && sync.pendingLines > 0
                ? Text::tr("Syncing: the lines of %1 invoices").arg(QLocale().toString(sync.pendingLines))
                : progressText(overall.listed(), overall.estimatedTotal(), Text::tr("records"));
        } else {
            status.text = Text::tr("Syncing: saved cards of %1 customers")
                              .arg(QLocale().toString(sync.pendingPaymentMethodOwners));
        }
        status.detail
            = Text::tr("Paydesk is copying this account into %1; until it is complete, this view reads from "
                       "Stripe.%2")
                  .arg(where, role);
        return status;
    }

    const QDateTime synced = mirror->lastSynced();
    const QString age = synced.isValid() ? shortAge(synced.secsTo(now)) : QString();
    if (!viewReadsMirror) {
        status.text = synced.isValid() ? Text::tr("From Stripe · copy synced %1 ago").arg(age) : fromStripe;
        status.detail
            = Text::tr("This tab reads from Stripe. The copy of this account in %1 is complete%2.%3")
                  .arg(where,
                       synced.isValid() ? Text::tr(" and was synced with Stripe %1 ago").arg(age) : QString(),
                       role);
        return status;
    }
    status.source = Source::Mirror;
    status.text
        = synced.isValid() ? Text::tr("Synced %1 ago").arg(age) : Text::tr("Catching up with Stripe…");
    status.detail
        = Text::tr("This view reads the copy of this account in %1%2.%3")
              .arg(where, synced.isValid() ? Text::tr(", synced with Stripe %1 ago").arg(age) : QString(),
                   role);
    return status;
}

} // namespace mirror
