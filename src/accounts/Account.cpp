#include "src/accounts/Account.h"

#include <QRegularExpression>
#include <QUuid>

namespace accounts {

bool Account::isValidId(const QString &id)
{
    // Stripe account ids are "acct_" and base-62 characters; 64 leaves room for growth.
    static const QRegularExpression pattern(QStringLiteral("\\A(?:acct|local)_[A-Za-z0-9]{1,64}\\z"));
    return pattern.match(id).hasMatch();
}

QString Account::generateLocalId()
{
    return QStringLiteral("local_") + QUuid::createUuid().toString(QUuid::Id128);
}

} // namespace accounts
