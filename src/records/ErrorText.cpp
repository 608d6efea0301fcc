#include "records/ErrorText.h"

#include "accounts/KeyPermissions.h"

#include <QCoreApplication>

namespace records {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("records::ErrorText", text);
}

QString requestIdLine(const stripe::Error &error)
{
    return error.requestId.isEmpty() ? QString() : tr("Request ID: %1").arg(error.requestId);
}

} // namespace

ErrorText listErrorText(Kind kind, const stripe::Error &error)
{
    if (error.kind == stripe::Error::Kind::Api && error.isPermission()) {
        return {tr("This key cannot read %1.").arg(pluralName(kind)),
                accounts::KeyPermissions::describe(error)};
    }
    if (error.kind == stripe::Error::Kind::Api && error.isAuthentication()) {
        const QString headline = error.isKeyExpired() ? tr("This API key has expired.")
                                                      : tr("Stripe no longer accepts this API key.");
        QString detail = tr("Replace it with Account → Connect to Stripe…");
        if (!error.message.isEmpty())
            detail += QLatin1Char('\n') + tr("Stripe said: %1").arg(error.message);
        if (!error.requestId.isEmpty())
            detail += QLatin1Char('\n') + requestIdLine(error);
        return {headline, detail};
    }
    return {tr("Could not load %1.").arg(pluralName(kind)), stripe::describe(error)};
}

} // namespace records
