#include "src/platform/ProcessHardening.h"

#include <QStringList>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#endif

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

#ifdef Q_OS_MACOS
#include <sys/ptrace.h>
#include <sys/types.h> // before ptrace.h, which does not include it itself
#endif

#ifdef Q_OS_WIN
#include <windows.h>
// after windows.h
#include <aclapi.h>

#include <vector>
#endif

namespace platform {

namespace {

#ifdef Q_OS_UNIX
QString lastError(const char *what)
{
    return QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromLocal8Bit(std::strerror(errno)));
}
#endif

#if defined(Q_OS_WIN) && defined(QT_NO_DEBUG)
// The process's own access list: the user may wait for, look at and end the process (Task
// Manager), nothing more. Without the OWNER RIGHTS entry the owner would keep its implicit right
// to rewrite this list, and any of the user's processes could grant itself memory access again.
// Administrators (SeDebugPrivilege) can still read it: nothing in user space stops them.
bool restrictProcessAccess()
{
    HANDLE token = nullptr;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token))
        return false;
    DWORD size = 0;
    GetTokenInformation(token, TokenUser, nullptr, 0, &size);
    std::vector<BYTE> userBuffer(size);
    const bool haveUser
        = size > 0 && GetTokenInformation(token, TokenUser, userBuffer.data(), size, &size) != FALSE;
    CloseHandle(token);
    if (!haveUser)
        return false;
    PSID user = reinterpret_cast<TOKEN_USER *>(userBuffer.data())->User.Sid;

    std::vector<BYTE> ownerRightsBuffer(SECURITY_MAX_SID_SIZE);
    DWORD ownerRightsSize = SECURITY_MAX_SID_SIZE;
    PSID ownerRights = ownerRightsBuffer.data();
    if (!CreateWellKnownSid(WinCreatorOwnerRightsSid, nullptr, ownerRights, &ownerRightsSize))
        return false;

    const DWORD aclSize
        = sizeof(ACL) + 2 * sizeof(ACCESS_ALLOWED_ACE) + GetLengthSid(user) + GetLengthSid(ownerRights);
    std::vector<BYTE> aclBuffer(aclSize);
    auto *acl = reinterpret_cast<PACL>(aclBuffer.data());
    return InitializeAcl(acl, aclSize, ACL_REVISION)
        && AddAccessAllowedAce(acl, ACL_REVISION,
                               SYNCHRONIZE | PROCESS_QUERY_LIMITED_INFORMATION | PROCESS_TERMINATE, user)
        && AddAccessAllowedAce(acl, ACL_REVISION, READ_CONTROL, ownerRights)
        && SetSecurityInfo(GetCurrentProcess(), SE_KERNEL_OBJECT, DACL_SECURITY_INFORMATION, nullptr, nullptr,
                           acl, nullptr)
        == ERROR_SUCCESS;
}
#endif

} // namespace

bool disableCoreDumps(QString *whyNot)
{
    QStringList failures;
#ifdef Q_OS_UNIX
    const rlimit none {0, 0};
    if (::setrlimit(RLIMIT_CORE, &none) != 0)
        failures << lastError("setrlimit(RLIMIT_CORE)");
#endif
#ifdef Q_OS_LINUX
    if (::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
        failures << lastError("prctl(PR_SET_DUMPABLE)");
#endif
#if defined(Q_OS_MACOS) && defined(QT_NO_DEBUG)
    // Release builds only: a process started under a debugger ends here, which would make every
    // debug session on macOS impossible.
    if (::ptrace(PT_DENY_ATTACH, 0, nullptr, 0) != 0)
        failures << lastError("ptrace(PT_DENY_ATTACH)");
#endif
#ifdef Q_OS_WIN
    // No "Paydesk has stopped working" dialog, whose report would carry a dump of the process.
    SetErrorMode(GetErrorMode() | SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX);
#ifdef QT_NO_DEBUG
    // Release builds only, as on macOS: a debugger needs the access this takes away.
    if (!restrictProcessAccess())
        failures << QStringLiteral("SetSecurityInfo: error %1").arg(GetLastError());
#endif
#endif
    if (whyNot)
        *whyNot = failures.join(QLatin1String("; "));
    return failures.isEmpty();
}

unsigned restrictNewFilesToUser()
{
#ifdef Q_OS_UNIX
    return unsigned(::umask(077));
#else
    return 0; // Windows: files under the user's profile inherit its user-only access list
#endif
}

} // namespace platform
