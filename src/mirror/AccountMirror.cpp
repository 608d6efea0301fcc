#include "src/mirror/AccountMirror.h"

#include "src/mirror/OverviewFeed.h"
#include "src/mirror/SizeEstimate.h"
#include "src/mirror/StoreConfig.h"

#include "src/accounts/Account.h"
#include "src/accounts/KeyVault.h"
#include "src/objects/Json.h"
#include "src/objects/Kind.h"
#include "src/stripe/Client.h"

#include <QCoreApplication>

namespace mirror {

namespace {

// Stripe's "object" for an answer that lacks it: a DELETE retried after its first answer was
// lost is settled as {id, deleted: true} (writes::WriteSender), and the mirror files an
// object by its "object".
QString objectNameOf(const QString &id)
{
    using objects::Kind;
    const auto kind = objects::kindOfId(id);
    if (!kind)
        return {};
    switch (*kind) {
    case Kind::Customer:
        return QStringLiteral("customer");
    case Kind::Invoice:
        return QStringLiteral("invoice");
    case Kind::InvoiceItem:
        return QStringLiteral("invoiceitem");
    case Kind::Payment:
        return QStringLiteral("charge");
    case Kind::Refund:
        return QStringLiteral("refund");
    case Kind::Order:
    case Kind::PaymentIntent:
        return QStringLiteral("payment_intent");
    case Kind::Product:
        return QStringLiteral("product");
    case Kind::Price:
        return QStringLiteral("price");
    case Kind::PromotionCode:
        return QStringLiteral("promotion_code");
    case Kind::PaymentMethod:
        return QStringLiteral("payment_method");
    case Kind::Coupon:
    case Kind::InvoiceLine:
        break;
    }
    return {};
}

// The sandbox is no Stripe account, so it has no team database (and no keychain entry).
bool canHaveTeam(const QString &account)
{
    return accounts::Account::isValidId(account);
}

} // namespace

AccountMirror::AccountMirror(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(dataDir)
{ }

AccountMirror::~AccountMirror()
{
    stopMirror();
}

void AccountMirror::open(const writes::WriteContext &context)
{
    close();
    m_context = context;
    m_context.written = nullptr; // the mirror is not a write of its own
    if (m_settings.shouldOffer(accountId(), mode())) {
        // After the window has shown the account: the offer belongs to it.
        QMetaObject::invokeMethod(
            this,
            [this, account = accountId()] {
                if (accountId() == account && isUndecided())
                    emit offerWanted();
            },
            Qt::QueuedConnection);
    }
    startIfOn();
    emit changed();
}

void AccountMirror::close()
{
    delete m_opening;
    m_opening = nullptr;
    stopMirror();
    m_paused = false;
    m_context = {};
    m_lastSync = {};
    setTeamProblem({});
}

bool AccountMirror::isOn() const
{
    return isOpen() && m_settings.isOn(accountId(), mode());
}

bool AccountMirror::isUndecided() const
{
    return isOpen() && m_settings.shouldOffer(accountId(), mode());
}

void AccountMirror::setOn(bool on)
{
    if (!isOpen())
        return;
    m_settings.setChoice(accountId(), on ? MirrorSettings::Choice::On : MirrorSettings::Choice::Off);
    if (on) {
        m_paused = false;
        if (!m_mirror)
            startIfOn();
    } else {
        stopMirror();
        setTeamProblem({});
    }
    emit changed();
}

void AccountMirror::pause()
{
    if (!m_mirror)
        return;
    m_paused = true;
    stopMirror();
    emit changed();
}

void AccountMirror::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    startIfOn();
    emit changed();
}

bool AccountMirror::deleteCopy(QString *error)
{
    if (!isOpen())
        return false;
    stopMirror();
    m_settings.setChoice(accountId(), MirrorSettings::Choice::Off);
    m_lastSync = {};
    const bool gone = removeSqliteStore(sqlitePath());
    if (!gone && error)
        *error = tr("Paydesk could not delete %1.").arg(sqlitePath());
    emit changed();
    return gone;
}

QString AccountMirror::sqlitePath() const
{
    return isOpen() ? sqliteFileFor(m_dataDir, accountId()) : QString();
}

QString AccountMirror::teamConnection() const
{
    return isOpen() && canHaveTeam(accountId()) ? m_settings.teamConnection(accountId()) : QString();
}

QString AccountMirror::storeLocation() const
{
    if (!isTeam())
        return sqlitePath();
    const PostgresAddress address = PostgresAddress::parse(teamConnection(), nullptr);
    return tr("the team database %1").arg(address.database.isEmpty() ? teamConnection() : address.display());
}

void AccountMirror::useTeamDatabase(const QString &connection, const QString &password)
{
    if (!isOpen() || !canHaveTeam(accountId()))
        return;
    stopMirror();
    setTeamProblem({});
    m_settings.setTeamConnection(accountId(), connection);
    if (!isOn())
        m_settings.setChoice(accountId(), MirrorSettings::Choice::On);
    m_paused = false;
    if (connection.trimmed().isEmpty())
        startIfOn();
    else
        startWith(StoreConfig::postgresql(connection.trimmed(), accountId()), password);
    emit changed();
}

void AccountMirror::forget(const QString &account)
{
    if (account == accountId())
        close();
    removeSqliteStore(sqliteFileFor(m_dataDir, account));
    m_settings.forget(account);
    if (m_vault && canHaveTeam(account)) {
        accounts::VaultJob *job = m_vault->forgetTeamPassword(account);
        connect(job, &accounts::VaultJob::finished, this, [this](const accounts::VaultResult &result) {
            if (!result.isOk())
                emit noticeRaised(tr("The team database's password may still be in the system keychain: %1.")
                                      .arg(keychainTrouble(result.error)));
        });
    }
    emit changed();
}

void AccountMirror::applyWrite(const QJsonObject &object)
{
    if (!m_mirror)
        return; // the event Stripe records for it arrives once the mirror runs
    QJsonObject complete = object;
    if (!complete.contains(QLatin1String("object")))
        complete.insert(QStringLiteral("object"), objectNameOf(objects::json::string(object, u"id")));
    m_mirror->applyObject(complete);
}

std::function<void(const QJsonObject &)> AccountMirror::writeHook(const QString &account)
{
    return [self = QPointer<AccountMirror>(this), account](const QJsonObject &object) {
        if (self && self->accountId() == account)
            self->applyWrite(object);
    };
}

QString AccountMirror::keychainTrouble(const accounts::VaultError &error)
{
    using Kind = accounts::VaultError::Kind;
    switch (error.kind()) {
    case Kind::None:
        break;
    case Kind::NotFound:
        return tr("the system keychain has no password saved for the team database");
    case Kind::NoService:
        return tr("no system keychain could be reached");
    case Kind::Locked:
        return tr("the system keychain is locked, or did not let Paydesk use it");
    case Kind::TimedOut:
        return tr("the system keychain did not answer; a password prompt may be waiting on your desktop");
    case Kind::Other:
        return error.detail().isEmpty() ? tr("the system keychain reported an error")
                                        : tr("the system keychain reported an error: %1").arg(error.detail());
    }
    return {};
}

SizeEstimate *AccountMirror::estimateSize(QObject *parent)
{
    if (!m_context.client)
        return nullptr;
    auto *estimate = new SizeEstimate(m_context.client, parent);
    estimate->start();
    return estimate;
}

void AccountMirror::startIfOn()
{
    if (!isOn() || m_paused || m_mirror || !m_context.client)
        return;
    if (!isTeam()) {
        startWith(StoreConfig::sqlite(sqlitePath(), accountId()), QString());
        return;
    }
    if (!m_vault) {
        setTeamProblem(tr("This Paydesk cannot read the team database's password."));
        return;
    }
    delete m_opening;
    m_opening = new QObject(this);
    accounts::VaultJob *job = m_vault->readTeamPassword(accountId());
    connect(job, &accounts::VaultJob::finished, m_opening, [this](const accounts::VaultResult &result) {
        m_opening->deleteLater();
        m_opening = nullptr;
        if (!result.isOk()) {
            setTeamProblem(tr("The team database's password could not be read from the system keychain (%1). "
                              "Tabs read from Stripe; enter the password again in Account → Team database…")
                               .arg(keychainTrouble(result.error)));
            emit changed();
            return;
        }
        startWith(StoreConfig::postgresql(teamConnection(), accountId()), result.key);
        emit changed();
    });
}

void AccountMirror::startWith(const StoreConfig &config, const QString &password)
{
    stopMirror();
    stripe::Client::Options clientOptions;
    clientOptions.retry.maxRetries = 0;
    stripe::Client *client = m_context.client->sibling(clientOptions).release();
    auto *mirror = new Mirror(config, client, m_options, this);
    // The client lives as long as its mirror and goes after it: QObject deletes children once
    // the mirror's own destructor has stopped everything that uses it.
    client->setParent(mirror);
    mirror->setPassword(password);
    m_mirror = mirror;
    m_overview = new OverviewFeed(config, password, this);
    connect(mirror, &Mirror::storeClosing, m_overview, &OverviewFeed::close);
    connect(mirror, &Mirror::stateChanged, this, &AccountMirror::changed);
    connect(mirror, &Mirror::roleChanged, this, &AccountMirror::changed);
    connect(mirror, &Mirror::progressChanged, this, &AccountMirror::changed);
    connect(mirror, &Mirror::synced, this, &AccountMirror::changed);
    connect(mirror, &Mirror::noticeChanged, this, &AccountMirror::noticeRaised);
    emit mirrorChanged(mirror);
    mirror->start();
}

void AccountMirror::stopMirror()
{
    if (!m_mirror)
        return;
    Mirror *mirror = m_mirror;
    m_lastSync = mirror->syncState();
    m_mirror = nullptr;
    // Its connection first: the file may be deleted next.
    delete m_overview;
    m_overview = nullptr;
    mirror->disconnect(this);
    // Closes its store (its file is free to delete after this) and drops every answer.
    mirror->stop();
    if (!mirror->notice().isEmpty())
        emit noticeRaised(QString());
    emit mirrorChanged(nullptr);
    mirror->deleteLater();
}

void AccountMirror::setTeamProblem(const QString &problem)
{
    if (m_teamProblem == problem)
        return;
    m_teamProblem = problem;
    emit noticeRaised(problem);
}

} // namespace mirror
