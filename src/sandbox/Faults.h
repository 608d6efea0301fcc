#pragma once

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QVariantMap>

namespace sandbox {

// Switches that make the sandbox misbehave the ways a real network and a real Stripe do, for
// reliability tests: added latency, the next N requests failing with a status, connections
// dropped before a write is applied, or after it is applied but before the answer is sent.
// Each switch may be limited to a method and a path prefix ("POST", "/v1/refunds") so that a
// window's background reads do not use it up. Thread-safe: tests set them from their thread
// while the sandbox serves on its own.
class Faults
{
public:
    enum class Kind { Fail, DropBeforeApply, DropAfterApply, Delay };

    struct Rule
    {
        Kind kind = Kind::Fail;
        int remaining = 1; // how many matching requests it affects; -1 for all
        int status = 500; // for Fail: 429, 500, 503...
        int delayMs = 0; // for Delay
        QByteArray method; // empty: any
        QByteArray pathPrefix;
    };

    // What to do with one request, decided once when it arrives.
    struct Decision
    {
        int failStatus = 0;
        bool dropBeforeApply = false;
        bool dropAfterApply = false;
        int delayMs = 0;
    };

    void setLatency(int ms, const QByteArray &method = {}, const QByteArray &pathPrefix = {});
    void failNext(int count, int status, const QByteArray &method = {}, const QByteArray &pathPrefix = {});
    void dropBeforeApply(int count, const QByteArray &method = {}, const QByteArray &pathPrefix = {});
    void dropAfterApply(int count, const QByteArray &method = {}, const QByteArray &pathPrefix = {});
    // The next count matching requests answer after delayMs (a response slower than a timeout).
    void delayNext(int count, int delayMs, const QByteArray &method = {}, const QByteArray &pathPrefix = {});
    void reset();

    Decision decide(const QByteArray &method, const QByteArray &path);

    // Applies the form of POST /_sandbox/faults; an error message for a malformed one.
    QString apply(const QVariantMap &form);

private:
    void add(const Rule &rule);

    QMutex m_mutex;
    QList<Rule> m_rules;
    int m_latencyMs = 0;
    QByteArray m_latencyMethod;
    QByteArray m_latencyPrefix;
};

} // namespace sandbox
