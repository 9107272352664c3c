#pragma once

#include <QList>
#include <QString>

class QAbstractButton;
class QMenuBar;
class QWidget;

namespace relink {

// Keyboard mnemonics (Alt+letter) given out by a rule instead of picked by hand, so that no two
// controls of one window share a letter, whatever the language and whichever credential rows
// the bank's form brings.
//
// The mnemonic-bearing widgets of `window` (a QLabel with a buddy, a button with text, a
// checkable group box; shown or hidden, since a hidden one may appear later) are taken in visual
// order (widgetsInVisualOrder). Each text's own '&' is only a hint: the letter the translator
// (or the bank's label) chose. Letters are given out in three passes, each in visual order:
//   1. every widget whose text had a hint gets that letter if it is still free;
//   2. those of them still without one get the first free word-initial letter of their text,
//      else its first free letter;
//   3. the widgets whose text had no hint at all (Show, Copy, Cancel…) the same way.
// Then a widget still without a letter may take one from a widget that can move to a free
// word-initial letter of its own. A widget with no letter left gets none. `reserved` letters are
// never given; a QMainWindow's menu bar titles are given out first (same rule) and reserved too,
// and each of its menus gets letters unique within it. Running it again gives the same letters for
// the same texts (the text a widget was given before its letter was added is remembered), so call
// it whenever the widgets change: after setupUi, after rows are rebuilt, after a text is replaced.
void assignMnemonics(QWidget *window, const QString &reserved = {});

// The menu bar's titles get letters by the rule above (and each menu's actions, unique within
// the menu). Returns the letters the titles use (upper case).
QString assignMenuMnemonics(QMenuBar *bar, const QString &reserved = {});

// The widgets of `window` in the order a reader sees them: layouts row by row, each row left to
// right, containers before their contents; child windows (dialogs) are not part of it.
QList<QWidget *> widgetsInVisualOrder(QWidget *window);

// The text as it is read: without the mnemonic marker ("&&" is a literal '&'), and without a
// letter added after it ("PIN (&G)" reads "PIN").
QString withoutMnemonic(const QString &text);

// Keys that never move. A window's own control marked here keeps the letter of its text's '&'
// whatever else the window shows: no widget without a letter may take it over (Alt+I stays on
// Link id).
void pinMnemonic(QWidget *widget);
// A widget the window does not own the words of (the credential form: a bank's rows, their Show
// buttons), and every widget inside it, gets only the letters left over once the window's own
// controls have theirs, and never one of theirs. When its text has no free letter, one is added
// after it, as in "PIN (&G)" (the way CJK labels carry a letter their words lack);
// withoutMnemonic() reads that as "PIN".
void takeLeftoverMnemonic(QWidget *widget);
// A part of the window that comes and goes with what the agent does (the result's buttons, the
// docks, the demo's sample links), and every widget inside it: its letters are given out after
// the bank's rows have theirs, so the form's letters never move because a result appeared; it
// gets none when no letter is free.
void takeSecondaryMnemonic(QWidget *widget);

// Replaces a button's text (Show → Hide, Copy → Copied) and gives the window's letters out
// again, so the new text gets a free letter of its own.
void setButtonText(QAbstractButton *button, const QString &text);

} // namespace relink
