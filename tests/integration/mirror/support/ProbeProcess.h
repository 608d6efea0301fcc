#pragma once

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <functional>

// A process under test (paydesk-mirror-probe, paydesk-sandbox) whose output lines the test
// waits on; killed with SIGKILL when the test says so, or at the end.
class ProbeProcess
{
public:
    explicit ProbeProcess(const QString &program, const QStringList &arguments,
                          const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        m_process.setProcessEnvironment(environment);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, [this] {
            while (m_process.canReadLine())
                m_lines << QString::fromUtf8(m_process.readLine()).trimmed();
        });
        QObject::connect(&m_process, &QProcess::readyReadStandardError,
                         [this] { m_errors += QString::fromUtf8(m_process.readAllStandardError()); });
        m_process.start(program, arguments);
    }
    ~ProbeProcess() { kill(); }

    // SIGKILL: no destructor, no clean shutdown — as when the machine loses power.
    void kill()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }
    bool isRunning() const { return m_process.state() == QProcess::Running; }

    const QStringList &lines() const { return m_lines; }
    const QString &errors() const { return m_errors; }
    // The first line matching, waited for.
    QString waitForLine(const QRegularExpression &pattern, int timeoutMs = 60000)
    {
        QString found;
        (void)QTest::qWaitFor(
            [&] {
                for (const QString &line : std::as_const(m_lines))
                    if (pattern.match(line).hasMatch()) {
                        found = line;
                        return true;
                    }
                return m_process.state() == QProcess::NotRunning;
            },
            timeoutMs);
        return found;
    }
    // Waits for a line the predicate accepts.
    bool waitFor(const std::function<bool(const QString &)> &accept, int timeoutMs = 60000)
    {
        return QTest::qWaitFor(
                   [&] {
                       for (const QString &line : std::as_const(m_lines))
                           if (accept(line))
                               return true;
                       return m_process.state() == QProcess::NotRunning;
                   },
                   timeoutMs)
            && isRunning();
    }
    bool hasLine(const QRegularExpression &pattern) const
    {
        for (const QString &line : m_lines)
            if (pattern.match(line).hasMatch())
                return true;
        return false;
    }

private:
    QProcess m_process;
    QStringList m_lines;
    QString m_errors;
};
