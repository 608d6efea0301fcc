#pragma once

#include <QString>

#include <functional>

class QObject;

namespace accounts {

// Whether the Secret Service (GNOME Keyring, KeePassXC…) holds a Paydesk entry for this account
// in a locked collection.
//
// QtKeychain 0.13.2 cannot tell a locked keyring from a missing entry. Reading from a locked
// collection makes libsecret ask the desktop to unlock it; when that prompt is cancelled (or
// cannot be shown: no display), libsecret's lookup ends with no secret and no error, and
// QtKeychain answers EntryNotFound, "Entry not found" (libsecret.cpp: it retries the lookup in
// its binary mode, which finds nothing, then gives up). The Secret Service's SearchItems call
// answers which matching items are locked, without prompting: asked after a "not found", it
// tells the two apart.
//
// Answers `done` once, from the event loop, unless `context` is destroyed first; false when
// nothing matched, or when there is no Secret Service to ask (never starts one). Linux only;
// elsewhere it answers false.
void findLockedEntry(const QString &service, const QString &accountId, const QObject *context,
                     std::function<void(bool locked)> done);

} // namespace accounts
