// Properties: parsing never crashes or overflows; an accepted amount is within Stripe's bounds;
// and an accepted amount formatted in the same locale parses back to the same minor units.

#include "src/money/AmountParser.h"
#include "tests/fuzz/FuzzCheck.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    static const char *const locales[] = {"en_US", "de_DE", "fr_FR", "ja_JP", "en_IN", "ar_EG", "C"};
    static const char *const currencies[] = {"usd", "eur", "jpy", "kwd", "isk", "bhd", "krw"};
    const QLocale locale(QString::fromLatin1(locales[data[0] % 7]));
    const QString currency = QString::fromLatin1(currencies[data[1] % 7]);
    const auto options = money::AmountParser::Options::fromInt(data[0] >> 4 & 0x7);
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));

    const money::AmountParser parser(locale, options);
    const auto result = parser.parse(text, currency);
    if (!result.isOk()) {
        FUZZ_CHECK(!result.error.isEmpty());
        return 0;
    }
    const qint64 minor = result.money.minorUnits();
    FUZZ_CHECK(minor <= money::AmountParser::StripeMaximum && minor >= -money::AmountParser::StripeMaximum);
    FUZZ_CHECK(minor >= 0 || (options & money::AmountParser::AllowNegative));
    FUZZ_CHECK(minor != 0 || (options & money::AmountParser::AllowZero));
    const auto again = parser.parse(result.money.formatNumber(locale), currency);
    FUZZ_CHECK(again.isOk());
    FUZZ_CHECK(again.money.minorUnits() == minor);
    return 0;
}
