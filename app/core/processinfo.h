#pragma once

#include <QtGlobal>

namespace relink {

// The process's resident set size in KiB (Linux /proc), or -1 where it is not known.
qint64 residentSetKiB();

} // namespace relink
