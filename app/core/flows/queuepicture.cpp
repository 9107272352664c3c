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
    m_roundFailed = false;
    m_problem.clear();
}

void QueuePicture::read(const QList<Link> &links)
{
    if (!m_history || links.isEmpty())
        return;
    if (m_pending == 0) // a new round: its problem, if any, replaces the last round's
        m_roundFailed = false;
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
            if (generation != m_generation)
                return;
            if (!m_history || !attempts.ok) {
                answered(attempts.ok ? QString() : attempts.error, {});
                return;
            }
            m_history->claims(
                environment, this,
                [this, links, generation, environment, attempts](const ClaimRead &claims) {
                    if (generation != m_generation)
                        return;
                    if (!claims.ok) {
                        answered(claims.error, {});
                        return;
                    }
                    answered({}, linkPictures(links, attempts.entries, claims.claims, {},
                                              environment, QDateTime::currentDateTimeUtc()));
                });
        });
}

void QueuePicture::answered(const QString &problem, const QHash<QString, LinkPicture> &pictures)
{
    // A batch that could not be read changes no picture: what was known stays (a colleague's
    // claim is never shown gone because the team history was away for a moment).
    --m_pending;
    if (!problem.isEmpty())
        m_roundFailed = true;
    if (!problem.isEmpty() || (m_pending == 0 && !m_roundFailed))
        m_problem = problem;
    emit changed(pictures, m_problem);
}

} // namespace relink
