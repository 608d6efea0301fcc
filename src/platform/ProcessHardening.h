#pragma once

#include <QString>

namespace platform {

// Keeps what is in memory (the API key above all) out of crash dumps and away from other
// processes of the same user. Call it first thing in main(), before any secret is read:
// - every platform: no core file (core size limit 0, soft and hard);
// - Linux: not dumpable (PR_SET_DUMPABLE 0), which also refuses ptrace attach and
//   /proc/<pid>/mem, environ and maps to processes without CAP_SYS_PTRACE;
// - macOS release builds: PT_DENY_ATTACH (no debugger may attach later);
// - Windows: no Windows Error Reporting dialog for a crash, and (release builds) a process DACL
//   that lets the user's other processes see and end Paydesk but not read its memory, which is
//   what MiniDumpWriteDump needs.
// Returns false, and says what failed, when a step did not take; the process carries on.
bool disableCoreDumps(QString *whyNot = nullptr);

// From here on, files and folders the process creates are user-only (umask 077 on Unix; the
// previous mask is returned). A second line of defence: Paydesk makes its data files private
// explicitly (PrivateFiles.h), but Qt and libraries also create files (settings, QSaveFile's
// temporary copies, caches), and none of them should ever be readable by other users.
unsigned restrictNewFilesToUser();

} // namespace platform
