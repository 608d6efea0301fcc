#pragma once

#include "src/mirror/Mirror.h"
#include "src/mirror/MirrorSettings.h"

#include "src/writes/WriteContext.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace accounts {
class KeyVault;
class VaultError;
} // namespace accounts

namespace mirror {

class OverviewFeed;
class SizeEstimate;

// The mirror's life in the app, for whichever account the window shows: started when an
// account (or the built-in sandbox) opens, stopped when it closes or another one opens, on by
// default on the sandbox and in test mode, offered once per account in live mode (offerWanted;
// the answer is remembered), turned off, paused or deleted at any time. Its Mirror has a
// stripe::Client of its own (the app's client's sibling, without retries: the mirror retries
// through its rate limiter). A team's PostgreSQL replaces the desk's SQLite file when the
// account has one (MirrorSettings::teamConnection), with the password from the keychain.
//
// Headless: the window shows what it says (state(), mirror(), changed(), noticeRaised()) and
// asks it to act; Paydesk's own writes reach it through writeHook().
class AccountMirror : public QObject
{
    Q_OBJECT

public:
    // dataDir: where each account's file goes (<dataDir>/mirror/<account>.sqlite).
    explicit AccountMirror(const QString &dataDir, QObject *parent = nullptr);
    ~AccountMirror() override;

    // For the team database's password; without one, team databases cannot be used.
    void setVault(accounts::KeyVault *vault) { m_vault = vault; }
    accounts::KeyVault *vault() const { return m_vault; }
    // How the mirrors it starts sync (tests poll faster).
    void setMirrorOptions(const Mirror::Options &options) { m_options = options; }

    // The window shows this account now: the previous account's mirror stops.
    void open(const writes::WriteContext &context);
    void close();

    QString accountId() const { return m_context.accountId; }
    accounts::Mode mode() const { return m_context.mode; }
    bool isOpen() const { return !m_context.accountId.isEmpty(); }
    // The running mirror, or null (off, paused, not decided, waiting for the team's password).
    Mirror *mirror() const { return m_mirror; }
    // The Overview's figures from the running mirror, read on a connection of their own; null
    // without a mirror.
    OverviewFeed *overview() const { return m_overview; }
    // How far the copy of this account has come: the running mirror's, or what it last said
    // (paused, turned off) during this session.
    SyncState syncState() const { return m_mirror ? m_mirror->syncState() : m_lastSync; }

    // Whether a copy is kept for this account (as chosen, or by default).
    bool isOn() const;
    // Live mode, and never asked: the window offers it (offerWanted).
    bool isUndecided() const;
    // Turns the mirror on or off for this account, remembered (the offer's answer too).
    void setOn(bool on);
    // Stops syncing for this session, keeping the copy; resume() goes on from where it stopped.
    void pause();
    void resume();
    bool isPaused() const { return m_paused; }
    // Stops the mirror, deletes this desk's file and turns the mirror off; false (with the
    // reason) when the file could not be deleted. A team's database is not touched.
    bool deleteCopy(QString *error = nullptr);

    // The desk's own file for this account (whether or not it exists).
    QString sqlitePath() const;
    bool isTeam() const { return !teamConnection().isEmpty(); }
    QString teamConnection() const;
    // Where the copy is: the file, or the team's database without its password.
    QString storeLocation() const;
    // The team database for this account (its password already in the keychain, given here to
    // connect now); an empty connection goes back to the desk's own file.
    void useTeamDatabase(const QString &connection, const QString &password);
    // Why a team database cannot be used now (its password could not be read); empty if nothing.
    QString teamProblem() const { return m_teamProblem; }

    // Forget this account: its file on this desk, its mirror settings and the team database's
    // password in the keychain go; its mirror stops first if it is the one open.
    void forget(const QString &accountId);

    // Paydesk's own write, as Stripe answered it: into the mirror at once.
    void applyWrite(const QJsonObject &object);
    // For WriteContext::written: applies a write of this account while it is open.
    std::function<void(const QJsonObject &)> writeHook(const QString &accountId);

    // What went wrong with the keychain, in words about the team database's password.
    static QString keychainTrouble(const accounts::VaultError &error);

    // A first count of the account, for the offer (the caller owns the result; it reports once).
    SizeEstimate *estimateSize(QObject *parent);

signals:
    // A mirror started, or stopped (null).
    void mirrorChanged(mirror::Mirror *mirror);
    // Live mode, never asked for this account: offer the mirror (once).
    void offerWanted();
    // Something the status shows changed: on/off, paused, the mirror's state, role or progress.
    void changed();
    // What the window must say (the file was damaged and rebuilt, the team's database went
    // away, its password could not be read); an empty text: that is over.
    void noticeRaised(const QString &text);

private:
    void startIfOn();
    void startWith(const StoreConfig &config, const QString &password);
    void stopMirror();
    void setTeamProblem(const QString &problem);

    QString m_dataDir;
    accounts::KeyVault *m_vault = nullptr;
    Mirror::Options m_options;
    MirrorSettings m_settings;
    writes::WriteContext m_context;
    Mirror *m_mirror = nullptr;
    OverviewFeed *m_overview = nullptr;
    QObject *m_opening = nullptr; // context of a keychain read for this opening
    bool m_paused = false;
    QString m_teamProblem;
    SyncState m_lastSync;
};

} // namespace mirror
