#include "ui/widgets/Tones.h"

QColor liveRed()
{
    return QColor(0xC6, 0x28, 0x28);
}

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

ToneColors toneColors(records::Status::Tone tone, const QPalette &palette)
{
    using Tone = records::Status::Tone;
    const bool dark = isDarkPalette(palette);
    // Hues: green (done), blue (waiting), amber (needs a look), red (failed), grey (neutral).
    int hue = -1;
    switch (tone) {
    case Tone::Positive:
        hue = 140;
        break;
    case Tone::Pending:
        hue = 212;
        break;
    case Tone::Attention:
        hue = 38;
        break;
    case Tone::Negative:
        hue = 0;
        break;
    case Tone::Neutral:
        break;
    }
    if (hue < 0)
        return dark ? ToneColors {QColor::fromHsl(0, 0, 70), QColor::fromHsl(0, 0, 225)}
                    : ToneColors {QColor::fromHsl(0, 0, 232), QColor::fromHsl(0, 0, 60)};
    return dark ? ToneColors {QColor::fromHsl(hue, 110, 55), QColor::fromHsl(hue, 200, 220)}
                : ToneColors {QColor::fromHsl(hue, 150, 225), QColor::fromHsl(hue, 200, 55)};
}
