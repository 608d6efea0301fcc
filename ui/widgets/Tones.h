#pragma once

#include "src/records/Status.h"

#include <QColor>
#include <QPalette>

struct ToneColors
{
    QColor background;
    QColor text;
};

// The colours of a status tone on the current palette: soft fills with strong text on a light
// palette, deeper fills with light text on a dark one, so both meet contrast needs.
ToneColors toneColors(records::Status::Tone tone, const QPalette &palette);
bool isDarkPalette(const QPalette &palette);
// The red of live mode (the banner, the LIVE warning, a live account found) and of errors: not
// a tone that follows the palette but one strong red, with white text on it, that stops the eye on
// light and dark palettes alike.
QColor liveRed();
