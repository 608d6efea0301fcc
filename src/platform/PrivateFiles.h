#pragma once

#include <QString>

// Files that hold customer data (the write journal, the sandbox's data) are for the user who
// owns them: files 0600, folders 0700 on Unix. On Windows the per-user profile folders Paydesk
// writes to (AppData) already carry an access list for the user alone, so these succeed there
// without changing anything.
namespace platform {

// The file or folder `path` becomes user-only (0600 for a file, 0700 for a folder). A symbolic
// link is left alone: its target may be anything, anywhere. False (with the reason) when the
// permissions cannot be changed, for instance because another user owns the file.
bool makePrivate(const QString &path, QString *error = nullptr);

// Creates the folder (and its parents) if needed; the folder itself becomes user-only.
bool ensurePrivateFolder(const QString &path, QString *error = nullptr);

// The folder and everything in it, at any depth (files of older versions included), user-only.
// Symbolic links are neither followed nor changed. Carries on past a failure, and reports the
// first one.
bool makePrivateTree(const QString &folder, QString *error = nullptr);

// Renames `path` to "<path>.<label>-<yyyyMMdd-hhmmss>" (with a counter if that name is taken)
// and makes it user-only: a file Paydesk cannot use is kept for the user, never deleted or
// overwritten. Returns the new path, or an empty string (with the reason) if it could not be
// renamed.
QString keepAside(const QString &path, const QString &label, QString *error = nullptr);

} // namespace platform
