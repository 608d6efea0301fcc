#pragma once

#include "src/mirror/StoreConfig.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

// A PostgreSQL cluster of the test's own (tests/support/pg-cluster.sh), for tests that stop the
// server on purpose: the fixture's cluster is shared by every test.
class PrivateCluster
{
public:
    PrivateCluster() { m_started = run("start"); }
    ~PrivateCluster() { run("stop"); }

    bool isStarted() const { return m_started; }
    bool pause() { return run("pause"); }
    bool resume() { return run("resume"); }

    QString value(const QString &key) const
    {
        QFile file(m_state.filePath("env"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        for (const QByteArray &line : file.readAll().split('\n'))
            if (line.startsWith(key.toUtf8() + '='))
                return QString::fromUtf8(line.mid(key.size() + 1));
        return {};
    }
    QString password() const { return value("password"); }
    // The cluster's maintenance database (the mirror makes its own schema in it).
    mirror::StoreConfig config(const QString &account = QStringLiteral("acct_test")) const
    {
        return mirror::StoreConfig::postgresql(QStringLiteral("host=%1 port=%2 user=%3 dbname=postgres")
                                                   .arg(value("host"), value("port"), value("user")),
                                               account);
    }

private:
    bool run(const QString &command)
    {
        QProcess script;
        script.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        script.start("bash", {QStringLiteral(PAYDESK_PG_CLUSTER_SCRIPT), command, m_state.path()});
        return script.waitForFinished(90000) && script.exitStatus() == QProcess::NormalExit
            && script.exitCode() == 0;
    }

    QTemporaryDir m_state;
    bool m_started = false;
};
