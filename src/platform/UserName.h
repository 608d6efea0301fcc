#pragma once

#include <QString>

namespace platform {

// The operating-system account this process runs as, for the journal's "who": asked of the
// system (getpwuid_r on Unix, GetUserNameW on Windows), since USER, USERNAME and LOGNAME may be
// unset (a service, a cron job, `env -i`) or say something else. Falls back to those variables
// when the system has no name for the account, then to "uid <n>" on Unix; never empty.
QString currentUserName();

} // namespace platform
