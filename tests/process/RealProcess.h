#pragma once

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

#ifdef Q_OS_UNIX
#include <grp.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

// A built Paydesk executable as a real process, in a home of its own (settings, data and the
// runtime folder all inside it), offscreen, with Paydesk's workspace log on so a test can see
// what the window did.
class RealProcess
{
public:
    struct Start
    {
        // Start from a core size limit that allows a core, as `ulimit -c unlimited` would.
        bool allowCores = false;
        // As root, run as nobody: some effects (an undumpable process's /proc files) are only
        // visible to an unprivileged user.
        bool unprivileged = false;
    };

    explicit RealProcess(const QString &home)
        : m_home(home)
    {
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        QObject::connect(&m_process, &QProcess::readyRead, [this] { m_output += m_process.readAll(); });
    }
    ~RealProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    static QProcessEnvironment environment(const QString &home)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("HOME", home);
        environment.insert("XDG_CONFIG_HOME", home + "/config");
        environment.insert("XDG_DATA_HOME", home + "/data");
        environment.insert("XDG_CACHE_HOME", home + "/cache");
        environment.insert("XDG_RUNTIME_DIR", home + "/run");
        environment.insert("QT_QPA_PLATFORM", "offscreen");
        environment.insert("QT_LOGGING_RULES", "paydesk.workspace.info=true");
        return environment;
    }
    // The app's data folder (QStandardPaths::AppDataLocation) in that home.
    static QString dataFolder(const QString &home) { return home + "/data/Paydesk/Paydesk"; }

    void start(const QString &program, const QStringList &arguments) { start(program, arguments, Start()); }
    void start(const QString &program, const QStringList &arguments, Start how)
    {
        QDir().mkpath(m_home + "/run");
        QFile::setPermissions(m_home + "/run", QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        m_process.setProcessEnvironment(environment(m_home));
#ifdef Q_OS_UNIX
        const bool asNobody = how.unprivileged && ::geteuid() == 0;
        if (asNobody)
            giveToNobody(m_home);
        m_process.setChildProcessModifier([how, asNobody] {
            // Between fork and exec: system calls only.
            if (how.allowCores) {
                rlimit limit {};
                ::getrlimit(RLIMIT_CORE, &limit);
                limit.rlim_cur = limit.rlim_max;
                ::setrlimit(RLIMIT_CORE, &limit);
            }
            if (asNobody && (::setgroups(0, nullptr) != 0 || ::setgid(nobody) != 0 || ::setuid(nobody) != 0))
                ::_exit(126);
        });
        // A checkout under /root (0700, as on a fresh machine) is out of nobody's reach: the
        // program runs from a copy in the home it is given (Paydesk's own libraries are static).
        QString toRun = program;
        if (asNobody) {
            const auto everyone = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;
            QDir().mkpath(m_home + "/bin");
            QFile::setPermissions(m_home + "/bin", everyone);
            toRun = m_home + "/bin/" + QFileInfo(program).fileName();
            QFile::remove(toRun);
            QFile::copy(program, toRun);
            QFile::setPermissions(toRun, everyone);
        }
        m_process.start(toRun, arguments);
        return;
#else
        Q_UNUSED(how)
#endif
        m_process.start(program, arguments);
    }

    bool waitForOutput(const QByteArray &text, int timeoutMs = 30000)
    {
        return QTest::qWaitFor([&] { return m_output.contains(text); }, timeoutMs);
    }
    bool waitForEnd(int timeoutMs = 20000)
    {
        return QTest::qWaitFor([&] { return m_process.state() == QProcess::NotRunning; }, timeoutMs);
    }
    // SIGTERM, as a logout or `kill` sends it.
    void terminate()
    {
        m_process.terminate();
    }

    QProcess &process()
    {
        return m_process;
    }
    qint64 pid() const
    {
        return m_process.processId();
    }
    QByteArray output() const
    {
        return m_output;
    }

#ifdef Q_OS_UNIX
    static constexpr uid_t nobody = 65534;

    static void giveToNobody(const QString &home)
    {
        [[maybe_unused]] int ignored = ::chown(QFile::encodeName(home).constData(), nobody, nobody);
        QDirIterator it(home, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            ignored = ::lchown(QFile::encodeName(it.next()).constData(), nobody, nobody);
    }

    static mode_t modeOf(const QString &path)
    {
        struct stat status
        {
        };
        if (::lstat(QFile::encodeName(path).constData(), &status) != 0)
            return mode_t(-1);
        return status.st_mode & 07777;
    }
#endif

private:
    QString m_home;
    QProcess m_process;
    QByteArray m_output;
};
