#include "processinfo.h"

#include <QFile>

#include <chrono>
#include <cstdio>

namespace relink {

qint64 residentSetKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

void reportStartFigures()
{
    bool ok = false;
    const qint64 launchedNs = qgetenv("RELINK_BENCH_T0").toLongLong(&ok);
    if (ok && launchedNs > 0) {
        const auto nowNs = std::chrono::duration_cast<std::chrono::nanoseconds>(
                               std::chrono::system_clock::now().time_since_epoch())
                               .count();
        std::printf("first_paint_ms=%.2f\n", static_cast<double>(nowNs - launchedNs) / 1e6);
    }
    if (qEnvironmentVariableIsSet("RELINK_BENCH_REPORT"))
        std::printf("rss_kib=%lld\n", static_cast<long long>(residentSetKiB()));
    std::fflush(stdout);
}

} // namespace relink
