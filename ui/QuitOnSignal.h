#pragma once

class MainWindow;

namespace writes {
class QuitWhenSettled;
}

// What a termination signal (a logout's SIGTERM, Ctrl+C) does to a running Paydesk: no question
// to anyone, a bounded wait for the answer to a write on its way (settle), the window's layout
// saved, and the event loop ended without closing windows one by one (a write dialog on its way
// would refuse to close, and a logout would kill Paydesk at the worst moment instead).
void quitWhenWritesSettle(MainWindow &window, writes::QuitWhenSettled &settle);
