#include "src/mirror/MirrorSettings.h"

#include <QSettings>

namespace mirror {

namespace {

bool isLive(accounts::Mode mode)
{
    return mode == accounts::Mode::Live;
}

} // namespace

MirrorSettings::MirrorSettings()
    : m_ownSettings(std::make_unique<QSettings>())
    , m_settings(m_ownSettings.get())
{ }

MirrorSettings::MirrorSettings(QSettings *settings)
    : m_settings(settings)
{ }

MirrorSettings::~MirrorSettings() = default;

QString MirrorSettings::key(const QString &account, const char *name) const
{
    return QStringLiteral("mirror/%1/%2").arg(account, QLatin1String(name));
}

MirrorSettings::Choice MirrorSettings::choice(const QString &account) const
{
    const QString value = m_settings->value(key(account, "choice")).toString();
    if (value == QLatin1String("on"))
        return Choice::On;
    if (value == QLatin1String("off"))
        return Choice::Off;
    return Choice::Undecided;
}

void MirrorSettings::setChoice(const QString &account, Choice choice)
{
    if (choice == Choice::Undecided)
        m_settings->remove(key(account, "choice"));
    else
        m_settings->setValue(key(account, "choice"),
                             choice == Choice::On ? QStringLiteral("on") : QStringLiteral("off"));
    m_settings->sync();
}

bool MirrorSettings::isOn(const QString &account, accounts::Mode mode) const
{
    switch (choice(account)) {
    case Choice::On:
        return true;
    case Choice::Off:
        return false;
    case Choice::Undecided:
        break;
    }
    return !isLive(mode);
}

bool MirrorSettings::shouldOffer(const QString &account, accounts::Mode mode) const
{
    return isLive(mode) && choice(account) == Choice::Undecided;
}

QString MirrorSettings::teamConnection(const QString &account) const
{
    return m_settings->value(key(account, "team")).toString();
}

void MirrorSettings::setTeamConnection(const QString &account, const QString &connection)
{
    if (connection.trimmed().isEmpty())
        m_settings->remove(key(account, "team"));
    else
        m_settings->setValue(key(account, "team"), connection.trimmed());
    m_settings->sync();
}

void MirrorSettings::forget(const QString &account)
{
    m_settings->remove(QStringLiteral("mirror/") + account);
    m_settings->sync();
}

} // namespace mirror
