#pragma once

class QWidget;

// Keeps a window as large as its text needs, on the screen. Qt sizes a window once, from its
// layout's minimum, which leaves out what a word-wrapped label needs at the window's width; text
// set later (a message, what a key turned out to be) is then cut mid-word, and a button added
// later is squeezed. After each layout pass the window grows to the width its layout needs and
// to the height its wrapped text needs at that width (never beyond the screen), and stays
// wholly on the screen.
void fitToText(QWidget *window);
