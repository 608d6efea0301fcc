#pragma once

#include <QObject>

class QSocketNotifier;

namespace platform {

// SIGTERM (a logout, `kill`, systemd), SIGINT (Ctrl+C) and SIGHUP (the terminal closed) as a Qt
// signal on the event loop. A Unix signal handler may only call async-signal-safe functions, and
// nothing in Qt is one (quit() takes locks and allocates): the handler writes the signal's
// number to a socket and the event loop reads it there, the "self-pipe" of Qt's "Calling Qt
// Functions From Unix Signal Handlers". A signal that arrives before the event loop runs waits
// in the socket, so none is lost. Windows: Ctrl+C, Ctrl+Break and closing the console window of
// a console program arrive the same way (as SIGINT and SIGTERM).
//
// One per process (signal handlers are process-wide); its destructor puts the default handlers
// back.
class TerminationSignals : public QObject
{
    Q_OBJECT

public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;
    Q_DISABLE_COPY_MOVE(TerminationSignals)

    // False when the handlers could not be installed (no socket pair, or another instance).
    bool isActive() const { return m_active; }

signals:
    void terminationRequested(int signalNumber);

private:
    void readSignal();

    bool m_active = false;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace platform
