// HistoryService's operations: what the faces may ask of the history, each run on its thread.
#include "historyservice.h"

#include "historyclaims.h"
#include "historyexport.h"
#include "historyexportreader.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace relink {

namespace {

HistoryRead readFrom(HistoryStore &store, const HistoryFilter &filter, const HistoryOrder &order,
                     int offset, int limit)
{
    HistoryRead r;
    r.ok = store.read(filter, order, offset, limit, &r.entries);
    if (!r.ok)
        r.error = store.lastError();
    return r;
}

ClaimRead claimIn(HistoryStore &store, const ClaimRequest &request)
{
    ClaimRead r;
    r.claim = request.agent.isEmpty()
                  ? HistoryClaims(store).claimOf(request.environment, request.linkId, &r.ok)
                  : HistoryClaims(store).claim(request, &r.ok);
    if (!r.ok)
        r.error = store.lastError();
    return r;
}

ClaimRead claimsIn(HistoryStore &store, const QString &environment)
{
    ClaimRead r;
    r.claims = HistoryClaims(store).claims(environment, &r.ok);
    if (!r.ok)
        r.error = store.lastError();
    return r;
}

} // namespace

void HistoryService::noteClaims()
{
    QMetaObject::invokeMethod(this, &HistoryService::claimsChanged, Qt::QueuedConnection);
}

void HistoryService::readLink(const HistoryFilter &filter, const ClaimRequest &claim,
                              QObject *context, std::function<void(const HistoryRead &)> done)
{
    run<HistoryRead>(
        [this, filter, claim](HistoryStore &store) {
            // What the pre-flight weighs: the attempts' outcomes, not their steps.
            HistoryRead r;
            r.ok = store.forEach(
                filter, {}, 0, 500,
                [&r](const HistoryEntry &e) {
                    r.entries.append(e);
                    return true;
                },
                HistorySteps::None);
            if (!r.ok) {
                r.error = store.lastError();
                return r;
            }
            const ClaimRead c = claimIn(store, claim); // its failure leaves the read as it is
            if (c.ok && !claim.agent.isEmpty())
                noteClaims();
            r.claim = c.claim;
            if (!c.ok)
                r.claimError = c.error;
            return r;
        },
        context, std::move(done));
}

void HistoryService::claim(const ClaimRequest &request, QObject *context,
                           std::function<void(const ClaimRead &)> done)
{
    run<ClaimRead>(
        [this, request](HistoryStore &store) {
            const ClaimRead r = claimIn(store, request);
            if (r.ok && !request.agent.isEmpty()) // written (a read changes nothing)
                noteClaims();
            return r;
        },
        context, std::move(done));
}

ClaimRead HistoryService::claimAndWait(const ClaimRequest &request)
{
    return runAndWait<ClaimRead>(
        [request](HistoryStore &store) { return claimIn(store, request); });
}

void HistoryService::claims(const QString &environment, QObject *context,
                            std::function<void(const ClaimRead &)> done)
{
    run<ClaimRead>([environment](HistoryStore &store) { return claimsIn(store, environment); },
                   context, std::move(done));
}

ClaimRead HistoryService::claimsAndWait(const QString &environment)
{
    return runAndWait<ClaimRead>(
        [environment](HistoryStore &store) { return claimsIn(store, environment); });
}

void HistoryService::release(const QString &environment, const QString &linkId,
                             const QString &agent)
{
    post([this, environment, linkId, agent](HistoryStore &store) {
        HistoryClaims(store).release(environment, linkId, agent);
        noteClaims();
    });
}

void HistoryService::read(const HistoryFilter &filter, const HistoryOrder &order, int offset,
                          int limit, QObject *context,
                          std::function<void(const HistoryRead &)> done)
{
    run<HistoryRead>(
        [filter, order, offset, limit](HistoryStore &store) {
            return readFrom(store, filter, order, offset, limit);
        },
        context, std::move(done));
}

HistoryRead HistoryService::readAndWait(const HistoryFilter &filter, const HistoryOrder &order,
                                        int limit)
{
    return runAndWait<HistoryRead>([filter, order, limit](HistoryStore &store) {
        return readFrom(store, filter, order, 0, limit);
    });
}

void HistoryService::countOlderThan(int days, QObject *context, std::function<void(int)> done)
{
    run<int>([days](HistoryStore &store) { return store.countOlderThan(days); }, context,
             [done](const int &n) { done(n); });
}

void HistoryService::prune(int days, QObject *context, std::function<void(int)> done)
{
    run<int>([days](HistoryStore &store) { return store.prune(days); }, context,
             [done](const int &n) { done(n); });
}

PruneReport HistoryService::pruneAndWait(int days, QString *error)
{
    QString why;
    const PruneReport report = runAndWait<PruneReport>([&](HistoryStore &store) {
        PruneReport r;
        r.ok = store.isOpen();
        if (r.ok)
            r = HistoryRetention(store).prune(days);
        if (!r.ok)
            why = store.lastError();
        return r;
    });
    if (error)
        *error = why;
    return report;
}

void HistoryService::clear(QObject *context, std::function<void(const QString &)> done)
{
    run<QString>([](HistoryStore &store) { return store.clear() ? QString() : store.lastError(); },
                 context, std::move(done));
}

QString HistoryService::latestHandoffAndWait(const QString &environment, const QString &linkId)
{
    return runAndWait<QString>([environment, linkId](HistoryStore &store) {
        return store.latestHandoff(environment, linkId);
    });
}

bool HistoryService::isOpenAndWait()
{
    return runAndWait<bool>([](HistoryStore &store) { return store.isOpen(); });
}

bool HistoryService::exportRowsAndWait(const HistoryFilter &filter,
                                       const std::function<bool(const HistoryExportRow &)> &row,
                                       QString *error)
{
    const HistoryRead r = runAndWait<HistoryRead>([&](HistoryStore &store) {
        HistoryRead read;
        read.ok = HistoryExportReader(store).forEach(filter, {}, row);
        if (!read.ok)
            read.error = store.lastError();
        return read;
    });
    if (error)
        *error = r.error;
    return r.ok;
}

void HistoryService::exportCsv(const HistoryFilter &filter, const HistoryOrder &order,
                               const QString &path, QObject *context,
                               std::function<void(int, const QString &)> done)
{
    using Answer = std::pair<int, QString>;
    run<Answer>(
        [filter, order, path](HistoryStore &store) -> Answer {
            // Private (0600) before a byte is written, whatever the file it replaces allowed.
            QSaveFile file(path);
            auto failed = [&path](const QString &why) -> Answer {
                return {-1, QCoreApplication::translate("relink::HistoryStore",
                                                        "The history could not be exported to "
                                                        "%1: %2. Choose another folder.")
                                .arg(path, why)};
            };
            if (!file.open(QIODevice::WriteOnly) ||
                !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
                return failed(file.errorString());
            QByteArray buffer = historyCsvHeader().toUtf8();
            int count = 0;
            bool written = true;
            const bool read = store.forEach(
                filter, order, 0, -1,
                [&](const HistoryEntry &e) {
                    ++count;
                    buffer += historyCsvLine(e).toUtf8();
                    if (buffer.size() >= 64 * 1024) { // the file in large writes, not a row each
                        written = file.write(buffer) == buffer.size();
                        buffer.clear();
                    }
                    return written;
                },
                HistorySteps::Labels);
            if (!read)
                return {-1, store.lastError()};
            if (!written || file.write(buffer) != buffer.size() || !file.commit())
                return failed(file.errorString());
            return {count, QString()};
        },
        context, [done](const Answer &a) { done(a.first, a.second); });
}

} // namespace relink
