#pragma once

#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace sandbox {

struct Options
{
    QHostAddress listen = QHostAddress::LocalHost;
    quint16 port = 0; // 0: any free port
    quint64 seed = 1;
    QString dataFile; // load from and save to, when set
    int latencyMs = 0;
    QStringList extraKeys; // test-mode keys accepted besides the built-in ones
    // POST /_sandbox/faults (and the other test switches) over HTTP. Off: any local process could
    // otherwise make the app's own sandbox fail or lose writes. Tests and `paydesk-sandbox
    // --allow-fault-switches` turn it on; in-process faults() needs no switch.
    bool allowFaultSwitches = false;
    // Demo data sizes (the benchmark makes 100,000 customers).
    int customers = 300;
    int invoicesPerCustomer = 4;
    int payments = 500;
};

} // namespace sandbox
