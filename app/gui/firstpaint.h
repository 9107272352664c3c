#pragma once

#include <functional>

class QWidget;

namespace relink {

// Runs `then` once, from the event loop, right after `widget` has painted for the first time
// (work that would only delay the first frame waits for it). The watcher is a child of `widget`
// named "firstPaintWatch", gone once `then` has run (tests wait for that).
void afterFirstPaint(QWidget *widget, std::function<void()> then);

} // namespace relink
