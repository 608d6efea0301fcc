#pragma once

#include <QObject>
#include <QString>

#include <optional>

namespace accounts {
Q_NAMESPACE

// Which money a window moves: the built-in sandbox's made-up data, Stripe's test mode, or live
// mode — real money, which must always look different. A saved account's mode is decided by its
// key's prefix (sk_test_ / sk_live_ ...), never by what a user typed.
enum class Mode { Sandbox, Test, Live };
Q_ENUM_NS(Mode)

// The words files use for a mode ("sandbox", "test", "live"): the journal's JSON and the
// settings. Code compares the enum, never these.
QString modeName(Mode mode);
std::optional<Mode> modeFromName(QStringView name);

} // namespace accounts
