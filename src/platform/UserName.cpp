#include "src/platform/UserName.h"

#ifdef Q_OS_UNIX
#include <cerrno>
#include <pwd.h>
#include <unistd.h>

#include <vector>
#endif

#ifdef Q_OS_WIN
#include <windows.h>
// after windows.h
#include <lmcons.h>
#endif

namespace platform {

namespace {

QString systemUserName()
{
#ifdef Q_OS_UNIX
    long suggested = ::sysconf(_SC_GETPW_R_SIZE_MAX);
    std::vector<char> buffer(suggested > 0 ? size_t(suggested) : 1024);
    passwd entry {};
    passwd *found = nullptr;
    int result = 0;
    // ERANGE: the entry does not fit (long GECOS fields); grow the buffer, within reason.
    while ((result = ::getpwuid_r(::geteuid(), &entry, buffer.data(), buffer.size(), &found)) == ERANGE
           && buffer.size() < (1 << 20))
        buffer.resize(buffer.size() * 2);
    if (result == 0 && found && found->pw_name)
        return QString::fromLocal8Bit(found->pw_name);
#elif defined(Q_OS_WIN)
    wchar_t name[UNLEN + 1];
    DWORD size = UNLEN + 1;
    if (GetUserNameW(name, &size) && size > 0)
        return QString::fromWCharArray(name, int(size) - 1); // size counts the terminating null
#endif
    return QString();
}

} // namespace

QString currentUserName()
{
    QString name = systemUserName();
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        if (!name.isEmpty())
            break;
        name = qEnvironmentVariable(variable);
    }
#ifdef Q_OS_UNIX
    if (name.isEmpty())
        name = QStringLiteral("uid %1").arg(::geteuid());
#endif
    return name;
}

} // namespace platform
