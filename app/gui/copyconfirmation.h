#pragma once

#include <QString>

class QAbstractButton;
class QImage;
class QLabel;

namespace relink {

// Every Copy says it copied: the button reads "Copied" for two seconds (then its own text
// again), and `status` (if given) shows `what` — "Copied the link id." — for as long, said to
// a screen reader (announce). Pressing again restarts the two seconds.
void copyWithConfirmation(QAbstractButton *button, QLabel *status, const QString &text,
                          const QString &what);
void copyWithConfirmation(QAbstractButton *button, QLabel *status, const QImage &image,
                          const QString &what);
// How long the confirmation stays, in ms.
inline constexpr int kCopyConfirmationMs = 2000;

} // namespace relink
