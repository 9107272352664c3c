#pragma once

#include <QtGlobal>

namespace relink {

// The process's resident set size in KiB (Linux /proc), or -1 where it is not known.
qint64 residentSetKiB();

// For benchmarks (scripts/bench.sh), a no-op otherwise: when RELINK_BENCH_T0 holds the launch
// time (nanoseconds since the epoch, taken by the launcher), prints "first_paint_ms=" with the
// time from then to now; with RELINK_BENCH_REPORT set, prints "rss_kib=" too.
void reportStartFigures();

} // namespace relink
