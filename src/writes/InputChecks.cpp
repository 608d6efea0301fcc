#include "src/writes/InputChecks.h"
#include "src/objects/IdCheck.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace writes::checks {

namespace {

// lupdate files a string under the class its tr() is called through, so the calls name this one;
// it translates in the context the program has always asked for.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(writes::checks)
};

} // namespace

QString email(const QString &input, bool required)
{
    const QString email = input.trimmed();
    if (email.isEmpty())
        return required ? Text::tr("Enter an email address.") : QString();
    if (email.size() > 512)
        return Text::tr("The email address is too long (at most 512 characters).");
    // One @, something before it, a dot in the domain, no spaces: what Stripe accepts, and
    // enough to catch "jane.example.com" and "jane@example".
    static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$"));
    if (!shape.match(email).hasMatch())
        return Text::tr("“%1” is not an email address; it should look like jane@example.com.").arg(email);
    return {};
}

QString name(const QString &name, int maxLength)
{
    if (name.trimmed().size() > maxLength)
        return Text::tr("The name is too long (at most %1 characters).").arg(maxLength);
    return {};
}

QString phone(const QString &input)
{
    const QString phone = input.trimmed();
    if (phone.isEmpty())
        return {};
    if (phone.size() > 20)
        return Text::tr("The phone number is too long (at most 20 characters).");
    static const QRegularExpression shape(QStringLiteral("^\\+?[0-9 ()./-]{3,}$"));
    if (!shape.match(phone).hasMatch())
        return Text::tr("“%1” is not a phone number; use digits, spaces and an optional leading +.")
            .arg(phone);
    return {};
}

QString longText(const QString &label, const QString &text, int maxLength)
{
    if (text.size() > maxLength)
        return Text::tr("%1 is too long (at most %2 characters).").arg(label).arg(maxLength);
    return {};
}

QString metadata(const QVariantMap &metadata)
{
    if (metadata.size() > 50)
        return Text::tr("Stripe keeps at most 50 metadata entries.");
    for (auto it = metadata.cbegin(); it != metadata.cend(); ++it) {
        const QString &key = it.key();
        if (key.trimmed().isEmpty())
            return Text::tr("A metadata entry has no key.");
        if (key.size() > 40)
            return Text::tr("The metadata key “%1” is too long (at most 40 characters).").arg(key);
        if (key.contains(QLatin1Char('[')) || key.contains(QLatin1Char(']')))
            return Text::tr("The metadata key “%1” may not contain square brackets.").arg(key);
        if (it.value().toString().size() > 500)
            return Text::tr("The metadata value for “%1” is too long (at most 500 characters).").arg(key);
    }
    return {};
}

QString id(const QString &input, objects::Kind expected)
{
    if (input.trimmed().isEmpty())
        return Text::tr("Choose a %1.").arg(objects::singularName(expected));
    return objects::checkId(input, expected);
}

QString promotionCode(const QString &input)
{
    const QString code = input.trimmed();
    if (code.isEmpty())
        return Text::tr("Enter the code customers will type.");
    if (code.size() > 500)
        return Text::tr("The code is too long (at most 500 characters).");
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9-]+$"));
    if (!shape.match(code).hasMatch())
        return Text::tr(
            "A code may only contain the letters A–Z, digits and “-” — no spaces, accents or other signs.");
    return {};
}

} // namespace writes::checks
