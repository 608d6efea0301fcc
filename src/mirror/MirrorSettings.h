#pragma once

#include "src/accounts/Mode.h"

#include <QString>

#include <memory>

class QSettings;

namespace mirror {

// What a person chose for an account's mirror, remembered in QSettings under
// "mirror/<account id>": whether a copy is kept ("choice": "on" or "off"; absent until asked)
// and the team database it is kept on ("team": a connection string without its password, which
// lives in the keychain). Never a key or a password.
class MirrorSettings
{
public:
    enum class Choice { Undecided, On, Off };

    // On the default QSettings, with the organisation and application names the app set.
    MirrorSettings();
    // On settings the caller owns and keeps alive (tests).
    explicit MirrorSettings(QSettings *settings);
    ~MirrorSettings();
    Q_DISABLE_COPY_MOVE(MirrorSettings)

    Choice choice(const QString &account) const;
    void setChoice(const QString &account, Choice choice);
    // Whether a copy is kept: as chosen, else on for the sandbox and test mode, and off in live
    // mode until the offer is accepted.
    bool isOn(const QString &account, accounts::Mode mode) const;
    // Live mode asks once per account; the sandbox and test mode never ask.
    bool shouldOffer(const QString &account, accounts::Mode mode) const;

    // Empty: the desk's own file.
    QString teamConnection(const QString &account) const;
    void setTeamConnection(const QString &account, const QString &connection);

    // Forget this account: every setting of its mirror goes.
    void forget(const QString &account);

private:
    QString key(const QString &account, const char *name) const;

    std::unique_ptr<QSettings> m_ownSettings;
    QSettings *m_settings;
};

} // namespace mirror
