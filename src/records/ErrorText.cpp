#include "src/records/ErrorText.h"

#include "src/accounts/KeyPermissions.h"

#include <QCoreApplication>

namespace records {

namespace {

// lupdate files a string under the class its tr() is called through, so the calls name this one;
// it translates in the context the program has always asked for.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(records::ErrorText)
};

QString requestIdLine(const stripe::Error &error)
{
    return error.requestId.isEmpty() ? QString() : Text::tr("Request ID: %1").arg(error.requestId);
}

} // namespace

ErrorText listErrorText(objects::Kind kind, const stripe::Error &error)
{
    if (error.kind == stripe::Error::Kind::Api && error.isPermission()) {
        return {Text::tr("This key cannot read %1.").arg(objects::pluralName(kind)),
                accounts::KeyPermissions::describe(error)};
    }
    if (error.kind == stripe::Error::Kind::Api && error.isAuthentication()) {
        const QString headline = error.isKeyExpired() ? Text::tr("This API key has expired.")
                                                      : Text::tr("Stripe no longer accepts this API key.");
        QString detail = Text::tr("Replace it with Account → Connect to Stripe…");
        if (!error.message.isEmpty())
            detail += QLatin1Char('\n') + Text::tr("Stripe said: %1").arg(error.message);
        if (!error.requestId.isEmpty())
            detail += QLatin1Char('\n') + requestIdLine(error);
        return {headline, detail};
    }
    return {Text::tr("Could not load %1.").arg(objects::pluralName(kind)), stripe::describe(error)};
}

} // namespace records
