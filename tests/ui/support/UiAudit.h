#pragma once

#include <QString>
#include <QStringList>

class QMenu;
class QWidget;

// Looks at a window the way a person does, and says in words what is wrong with it: text that
// does not fit the widget showing it, a window off the screen or away from its parent, an "&"
// shown as a character, one Alt+letter for two targets, focus that starts on a button that
// writes, an input no screen reader can name, scroll bars inside scroll bars. Each check looks at
// widgets by their kind and what Qt says they need, never at Paydesk's object names, so a new
// dialog is audited without being listed here.
namespace uiaudit {

// A widget as a person would find it: its kind, its words, its object name and where it is.
QString describe(const QWidget *widget);

// Labels, buttons, fields, combo boxes, tabs, table headers and amounts in table cells whose
// size is smaller than their text needs.
QStringList cutText(const QWidget *window);
// The window wholly on its screen; a window with a parent centred over the parent's window.
QStringList placement(const QWidget *window);
// A label without a buddy shows "&Amount:" as typed; so does a window title.
QStringList literalAmpersands(const QWidget *window);
// One Alt+letter, one target: menus, tabs, buttons and labels with buddies that are visible and
// enabled in this window.
QStringList mnemonicClashes(const QWidget *window);
// Inputs, tables and buttons whose accessible name is empty.
QStringList missingAccessibleNames(const QWidget *window);
// A scroll area with a scroll bar inside another that has one.
QStringList nestedScrollBars(const QWidget *window);
// Where focus starts in a dialog: the first input when there is one, never a button that writes.
QStringList focusProblems(const QWidget *dialog);

// Every check but focus (which holds only when the window has just opened).
QStringList all(const QWidget *window);

// A menu that is open: wholly on the screen, one Alt+letter per item, and — when it shows
// tooltips — every item it turns off saying why.
QStringList menuProblems(const QMenu *menu);

// Saves the screen (so placement and frames show) as <directory>/<name>.png.
void screenshot(const QWidget *window, const QString &directory, const QString &name);

} // namespace uiaudit
