#include "src/platform/TerminationSignals.h"

#include <QSocketNotifier>

#include <atomic>
#include <csignal>

#ifdef Q_OS_UNIX
#include <sys/socket.h>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>
#endif

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace platform {

namespace {

std::atomic<TerminationSignals *> instance {nullptr};

#ifdef Q_OS_UNIX
// [0] is written by the handler, [1] read by the event loop.
int signalSocket[2] = {-1, -1};
constexpr int handledSignals[] = {SIGTERM, SIGINT, SIGHUP};

extern "C" void writeSignalNumber(int signalNumber)
{
    const int savedErrno = errno; // the interrupted code may be about to read errno
    const char byte = char(signalNumber);
    // Non-blocking: with the socket full (a flood of signals nobody reads yet) the byte is dropped,
    // which is harmless, since one is enough to ask for the end.
    [[maybe_unused]] const auto written = ::write(signalSocket[0], &byte, 1);
    errno = savedErrno;
}
#endif

#ifdef Q_OS_WIN
BOOL WINAPI consoleControl(DWORD event)
{
    // Windows calls this on a thread of its own: queue the signal to the object's thread.
    TerminationSignals *target = instance.load();
    if (!target)
        return FALSE;
    const int signalNumber = event == CTRL_C_EVENT ? SIGINT : SIGTERM;
    QMetaObject::invokeMethod(
        target, [target, signalNumber] { emit target->terminationRequested(signalNumber); },
        Qt::QueuedConnection);
    return TRUE;
}
#endif

} // namespace

TerminationSignals::TerminationSignals(QObject *parent)
    : QObject(parent)
{
    TerminationSignals *none = nullptr;
    if (!instance.compare_exchange_strong(none, this))
        return;
#ifdef Q_OS_UNIX
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalSocket) != 0) {
        instance = nullptr;
        return;
    }
    // Not inherited by child processes (SOCK_CLOEXEC is not everywhere: macOS lacks it).
    for (const int fd : signalSocket)
        ::fcntl(fd, F_SETFD, ::fcntl(fd, F_GETFD) | FD_CLOEXEC);
    ::fcntl(signalSocket[0], F_SETFL, ::fcntl(signalSocket[0], F_GETFL) | O_NONBLOCK);
    m_notifier = new QSocketNotifier(signalSocket[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &TerminationSignals::readSignal);
    struct sigaction action
    {
    };
    action.sa_handler = writeSignalNumber;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (const int signalNumber : handledSignals)
        ::sigaction(signalNumber, &action, nullptr);
    m_active = true;
#elif defined(Q_OS_WIN)
    m_active = SetConsoleCtrlHandler(consoleControl, TRUE) != FALSE;
    if (!m_active)
        instance = nullptr;
#endif
}

TerminationSignals::~TerminationSignals()
{
    if (instance.load() != this)
        return;
#ifdef Q_OS_UNIX
    struct sigaction action
    {
    };
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    for (const int signalNumber : handledSignals)
        ::sigaction(signalNumber, &action, nullptr);
    delete m_notifier;
    ::close(signalSocket[0]);
    ::close(signalSocket[1]);
    signalSocket[0] = signalSocket[1] = -1;
#elif defined(Q_OS_WIN)
    SetConsoleCtrlHandler(consoleControl, FALSE);
#endif
    instance = nullptr;
}

void TerminationSignals::readSignal()
{
#ifdef Q_OS_UNIX
    char byte = 0;
    if (::read(signalSocket[1], &byte, 1) == 1)
        emit terminationRequested(int(byte));
#endif
}

} // namespace platform
