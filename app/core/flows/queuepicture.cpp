#include "queuepicture.h"

#include "historyservice.h"

#include <memory>

namespace relink {

namespace {

// How far back the last attempt is looked for (relink-cli links reads the same).
constexpr int kHistoryDays = 30;

} // namespace

QueuePicture::QueuePicture(QObject *parent) : QObject(parent) {}

void QueuePicture::setHistory(HistoryService *history)
{
    m_history = history;
}

void QueuePicture::setEnvironment(const QString &environment)
{
    if (environment == m_environment)
        return;
    clear();
    m_environment = environment;
}

void QueuePicture::clear()
{
    ++m_generation;
    m_pending = 0;
    m_problem.clear();
}

void QueuePicture::read(const QList<Link> &links)
{
    if (!m_history || links.isEmpty())
        return;
    for (qsizetype from = 0; from < links.size(); from += kBatch)
        readBatch(links.mid(from, kBatch));
}

void QueuePicture::readBatch(const QList<Link> &links)
{
    HistoryFilter filter;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    filter.since = now.addDays(-kHistoryDays);
    for (const Link &l : links)
        filter.linkIds << l.id;
    ++m_pending;
    const quint64 generation = m_generation;
    const QString environment = m_environment;
    // The attempts, then the claims in force: the two answers make one picture.
    m_history->read(
        filter, {}, 0, 100'000, this,
        [this, links, generation, environment](const HistoryRead &attempts) {
            if (generation != m_generation || !m_history)
                return;
            m_history->claims(
                environment, this,
                [this, links, generation, environment, attempts](const ClaimRead &claims) {
                    if (generation != m_generation)
                        return;
                    --m_pending;
                    const QString problem = !attempts.ok ? attempts.error
                                            : !claims.ok ? claims.error
                                                         : QString();
                    m_problem = problem;
                    const QHash<QString, LinkPicture> pictures =
                        linkPictures(links, attempts.ok ? attempts.entries : QList<HistoryEntry>{},
                                     claims.ok ? claims.claims : QList<LinkClaim>{}, {},
                                     environment, QDateTime::currentDateTimeUtc());
                    emit changed(pictures, problem);
                });
        });
}

} // namespace relink
