#pragma once

class QWidget;

// Keeps a window as tall as its wrapped text needs. Qt sizes a window once, from its layout's
// minimum, which leaves out what a word-wrapped label needs at the window's width; text set
// later (a message, what a key turned out to be) is then cut mid-word. After each layout pass
// the window grows to the height its layout needs for its width (never beyond the screen).
void fitHeightToText(QWidget *window);
