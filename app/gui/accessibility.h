#pragma once

#include <QColor>
#include <QString>

class QPalette;
class QWidget;

namespace relink {

// What a keyboard or screen-reader user needs from a window, by rule rather than by hand. Call
// it after setupUi and again whenever the window's widgets change (credential rows rebuilt,
// the result panel built or filled, a button's text replaced):
//  - the window's accessible name is its title;
//  - every input with a label is named after it (labelName: no '&', ':' or required mark), the
//    editable field of a searchable list too; a required one says so in its description;
//  - mnemonics: assignMnemonics (mnemonics.h);
//  - Tab follows the visual order (widgetsInVisualOrder);
//  - every label shows plain text, never markup (text from Belvo is never rich text).
void refreshAccessibility(QWidget *window);

// "&Password *" → "Password", "Base &URL:" → "Base URL".
QString labelName(const QString &labelText);

// Tab moves through the window's focusable widgets in visual order.
void setVisualTabOrder(QWidget *window);

// A status change a sighted user sees (a result, a badge, a notice, a countdown), said to a
// screen reader: the label that shows it is named with `text` and NameChanged is sent, even
// when the text is the same as before (the same notice again is news again).
void announce(QWidget *statusWidget, const QString &text);
// Tests: called with every announcement as it is sent (QAccessible delivers events only while
// a platform bridge is active, which the offscreen platform never is).
using AnnouncementSpy = void (*)(QWidget *statusWidget, const QString &text);
void setAnnouncementSpyForTesting(AnnouncementSpy spy);

// WCAG 2 contrast ratio of two colours (1 to 21).
double contrastRatio(const QColor &a, const QColor &b);
// Text for a badge of this background: `preferred` when it reaches 4.5:1 against it, else black
// or white, whichever contrasts more.
QColor readableTextOn(const QColor &background, const QColor &preferred = QColor());
// Secondary text for this palette: dimmer than the window's text, never under 4.5:1 against the
// window (a high-contrast palette gets its own text colour).
QColor mutedText(const QPalette &palette);
// A badge's style sheet: its background, readable text on it, rounded, padded.
QString badgeStyle(const QColor &background, const QColor &preferredText = QColor(),
                   bool bold = true);

} // namespace relink
