#include "src/accounts/KeyFormat.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace accounts {

namespace {

// Stripe's keys are "<type>_<mode>_" and base-62 characters. Legacy keys have 24 characters
// after the prefix and current ones about a hundred, so fewer than 16 means a partial copy.
constexpr int minimumBodyLength = 16;

const QRegularExpression &usableKeyPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\A([sr]k)_(test|live)_([A-Za-z0-9]+)\\z"));
    return pattern;
}

// Anywhere in a text, for redaction; no minimum length, since even part of a key must go. A letter
// or digit may not come just before it ("disk_test_run" is a name), an underscore or '=' may.
const QRegularExpression &embeddedKeyPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("(?<![A-Za-z0-9])[sr]k_(?:test|live)_[A-Za-z0-9]+"));
    return pattern;
}

// lupdate files a string under the class its tr() is called through, so the calls name this one;
// it translates in the context the program has always asked for.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(accounts::KeyFormat)
};

QString wantedKeyHint()
{
    return Text::tr("Paydesk needs a secret key (sk_…) or a restricted key (rk_…) from the Dashboard's API "
                    "keys page.");
}

KeyCheck refused(KeyVerdict verdict, const QString &key, const QString &message)
{
    KeyCheck check;
    check.verdict = verdict;
    check.key = key;
    check.message = message;
    return check;
}

bool hasInnerWhitespace(const QString &trimmed)
{
    return std::any_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return c.isSpace(); });
}

bool looksLikeStripeKey(const QString &text)
{
    static const QRegularExpression prefix(QStringLiteral("\\A(?:[srp]k|whsec)_"));
    return prefix.match(text).hasMatch();
}

} // namespace

KeyCheck checkKeyFormat(const QString &pasted)
{
    const QString key = pasted.trimmed();
    if (key.isEmpty())
        return refused(KeyVerdict::Empty, key,
                       Text::tr("Paste the key here.") + QLatin1Char(' ') + wantedKeyHint());

    if (hasInnerWhitespace(key)) {
        if (looksLikeStripeKey(key))
            return refused(KeyVerdict::InnerWhitespace, key,
                           Text::tr("The key has a space or line break inside it. Copy it again from the "
                                    "Dashboard in one piece."));
        return refused(KeyVerdict::Unknown, key,
                       Text::tr("This does not look like a Stripe API key.") + QLatin1Char(' ')
                           + wantedKeyHint());
    }

    if (key.startsWith(QLatin1String("pk_")))
        return refused(KeyVerdict::Publishable, key,
                       Text::tr("This is a publishable key (pk_…).") + QLatin1Char(' ') + wantedKeyHint());
    if (key.startsWith(QLatin1String("whsec_")))
        return refused(KeyVerdict::WebhookSecret, key,
                       Text::tr("This is a webhook signing secret (whsec_…), not an API key.")
                           + QLatin1Char(' ') + wantedKeyHint());

    const QRegularExpressionMatch match = usableKeyPattern().match(key);
    if (match.hasMatch() && match.capturedLength(3) >= minimumBodyLength) {
        KeyCheck check;
        check.verdict = KeyVerdict::Usable;
        check.key = key;
        check.kind = match.capturedView(1) == QLatin1String("sk") ? KeyKind::Secret : KeyKind::Restricted;
        check.mode = match.capturedView(2) == QLatin1String("live") ? Mode::Live : Mode::Test;
        return check;
    }
    if (key.startsWith(QLatin1String("sk_")) || key.startsWith(QLatin1String("rk_")))
        return refused(KeyVerdict::Damaged, key,
                       Text::tr("This key looks cut short or damaged. Copy it again from the Dashboard's API "
                                "keys page."));
    return refused(KeyVerdict::Unknown, key,
                   Text::tr("This does not look like a Stripe API key.") + QLatin1Char(' ')
                       + wantedKeyHint());
}

QString maskKey(const QString &key)
{
    static const QRegularExpression prefixPattern(QStringLiteral("\\A[a-z]+_(?:(?:test|live)_)?"));
    const QString trimmed = key.trimmed();
    const QString prefix = prefixPattern.match(trimmed).captured(0);
    const QString body = trimmed.mid(prefix.size());
    const QString dots(4, QChar(0x2022));
    // Four visible characters out of fewer than twelve would give away too much of the secret.
    if (body.size() < 12)
        return prefix + dots;
    return prefix + dots + body.right(4);
}

bool containsSecretKey(const QString &text)
{
    return embeddedKeyPattern().match(text).hasMatch();
}

QString redactSecretKeys(const QString &text)
{
    QString result;
    qsizetype copiedUpTo = 0;
    QRegularExpressionMatchIterator it = embeddedKeyPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(text).mid(copiedUpTo, match.capturedStart() - copiedUpTo);
        result += maskKey(match.captured());
        copiedUpTo = match.capturedEnd();
    }
    result += QStringView(text).mid(copiedUpTo);
    return result;
}

} // namespace accounts
