#include "src/sandbox/Faults.h"

namespace sandbox {

void Faults::add(const Rule &rule)
{
    const QMutexLocker lock(&m_mutex);
    m_rules.append(rule);
}

void Faults::setLatency(int ms, const QByteArray &method, const QByteArray &pathPrefix)
{
    const QMutexLocker lock(&m_mutex);
    m_latencyMs = ms;
    m_latencyMethod = method;
    m_latencyPrefix = pathPrefix;
}

void Faults::failNext(int count, int status, const QByteArray &method, const QByteArray &pathPrefix)
{
    add(Rule {Kind::Fail, count, status, 0, method, pathPrefix});
}

void Faults::dropBeforeApply(int count, const QByteArray &method, const QByteArray &pathPrefix)
{
    add(Rule {Kind::DropBeforeApply, count, 0, 0, method, pathPrefix});
}

void Faults::dropAfterApply(int count, const QByteArray &method, const QByteArray &pathPrefix)
{
    add(Rule {Kind::DropAfterApply, count, 0, 0, method, pathPrefix});
}

void Faults::delayNext(int count, int delayMs, const QByteArray &method, const QByteArray &pathPrefix)
{
    add(Rule {Kind::Delay, count, 0, delayMs, method, pathPrefix});
}

void Faults::reset()
{
    const QMutexLocker lock(&m_mutex);
    m_rules.clear();
    m_latencyMs = 0;
    m_latencyMethod.clear();
    m_latencyPrefix.clear();
}

Faults::Decision Faults::decide(const QByteArray &method, const QByteArray &path)
{
    const QMutexLocker lock(&m_mutex);
    Decision decision;
    const auto matches = [&method, &path](const QByteArray &ruleMethod, const QByteArray &prefix) {
        return (ruleMethod.isEmpty() || ruleMethod == method) && path.startsWith(prefix);
    };
    if (m_latencyMs > 0 && matches(m_latencyMethod, m_latencyPrefix))
        decision.delayMs = m_latencyMs;
    // Each rule is used by the requests it matches, one switch of each kind per request.
    for (auto it = m_rules.begin(); it != m_rules.end();) {
        bool used = false;
        if (matches(it->method, it->pathPrefix)) {
            switch (it->kind) {
            case Kind::Fail:
                used = decision.failStatus == 0;
                if (used)
                    decision.failStatus = it->status;
                break;
            case Kind::DropBeforeApply:
                used = !decision.dropBeforeApply;
                decision.dropBeforeApply = true;
                break;
            case Kind::DropAfterApply:
                used = !decision.dropAfterApply;
                decision.dropAfterApply = true;
                break;
            case Kind::Delay:
                used = true;
                decision.delayMs = std::max(decision.delayMs, it->delayMs);
                break;
            }
        }
        if (used && it->remaining > 0 && --it->remaining == 0)
            it = m_rules.erase(it);
        else
            ++it;
    }
    return decision;
}

QString Faults::apply(const QVariantMap &form)
{
    if (form.value(QStringLiteral("reset")).toString() == QLatin1String("true"))
        reset();
    const QByteArray method = form.value(QStringLiteral("method")).toString().toUpper().toLatin1();
    const QByteArray prefix = form.value(QStringLiteral("path")).toString().toLatin1();
    const auto number = [&form](const char *name, int *out) {
        if (!form.contains(QLatin1String(name)))
            return true;
        bool ok = false;
        *out = form.value(QLatin1String(name)).toString().toInt(&ok);
        return ok && *out >= 0;
    };
    int failCount = 0, status = 500, dropBefore = 0, dropAfter = 0, latency = -1, delayCount = 0, delayMs = 0;
    if (!number("fail_next", &failCount) || !number("status", &status)
        || !number("drop_before_apply", &dropBefore) || !number("drop_after_apply", &dropAfter)
        || !number("latency_ms", &latency) || !number("delay_next", &delayCount)
        || !number("delay_ms", &delayMs))
        return QStringLiteral("Fault switches take non-negative integers.");
    if (failCount > 0)
        failNext(failCount, status, method, prefix);
    if (dropBefore > 0)
        dropBeforeApply(dropBefore, method, prefix);
    if (dropAfter > 0)
        dropAfterApply(dropAfter, method, prefix);
    if (latency >= 0)
        setLatency(latency, method, prefix);
    if (delayCount > 0)
        delayNext(delayCount, delayMs, method, prefix);
    return {};
}

} // namespace sandbox
