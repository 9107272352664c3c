#include "preflight.h"

#include "belvoclient.h"
#include "flowslogging_p.h"
#include "historyservice.h"

namespace relink {

InstitutionHealthCache &InstitutionHealthCache::shared()
{
    static InstitutionHealthCache cache;
    return cache;
}

std::optional<InstitutionHealthCache::Entry>
InstitutionHealthCache::find(const QString &environment, const QString &bank,
                             const QDateTime &now) const
{
    const auto it = m_entries.constFind(environment + QLatin1Char('\n') + bank);
    if (it == m_entries.cend() || it->checkedAt.secsTo(now) >= kLifetimeSeconds ||
        it->checkedAt > now)
        return std::nullopt;
    return *it;
}

void InstitutionHealthCache::store(const QString &environment, const QString &bank,
                                   const Entry &entry)
{
    m_entries.insert(environment + QLatin1Char('\n') + bank, entry);
}

Preflight::Preflight(BelvoClient *client, Context context, QObject *parent)
    : QObject(parent), m_client(client), m_context(std::move(context))
{
    m_historyTimer.setSingleShot(true);
    connect(&m_historyTimer, &QTimer::timeout, this, &Preflight::onHistoryTimeout);
}

void Preflight::startWithoutBelvo(const QString &linkId)
{
    m_supplied = true;
    m_linkPending = true;
    startHistory(linkId);
}

void Preflight::supplyLink(const Result &result)
{
    if (!std::exchange(m_linkPending, false))
        return;
    onLink(result);
}

void Preflight::supplyInstitution(const Result &result)
{
    if (!std::exchange(m_institutionPending, false))
        return;
    onInstitution(m_askedInstitution, result);
}

void Preflight::start(const QString &linkId, const QString &institution)
{
    startHistory(linkId);
    if (!institution.isEmpty())
        askInstitution(institution);
    if (!m_client) {
        m_facts.linkProblem = tr("there is no connection to Belvo.");
        QMetaObject::invokeMethod(this, &Preflight::done, Qt::QueuedConnection);
        return;
    }
    Operation *op = m_client->getLink(m_facts.linkId);
    m_linkOp = op;
    connect(op, &Operation::finished, this, &Preflight::onLink);
    qCInfo(lcPreflight).noquote() << "pre-flight of" << m_facts.linkId;
}

void Preflight::startHistory(const QString &linkId)
{
    m_facts = {};
    m_facts.linkId = linkId.trimmed().toLower();
    m_pending = 1; // the link
    if (m_context.history) {
        ++m_pending;
        m_historyPending = true;
        HistoryFilter filter;
        filter.linkId = m_facts.linkId;
        m_historyTimer.start(m_context.historyTimeoutMs);
        ClaimRequest claim{m_context.environmentLabel, m_facts.linkId,
                           m_context.claim ? m_context.agent : QString(), m_context.ticket};
        m_context.history->readLink(filter, claim, this,
                                    [this](const HistoryRead &read) { onHistory(read); });
    } else {
        m_facts.historyProblem = m_context.noHistoryReason.isEmpty()
                                     ? tr("no history is kept here.")
                                     : m_context.noHistoryReason;
    }
}

void Preflight::cancel()
{
    if (m_linkOp)
        m_linkOp->cancel();
    if (m_institutionOp)
        m_institutionOp->cancel();
    if (m_historyPending)
        historyGivenUp(tr("the check was stopped before it answered."));
    const QString stopped = tr("the check was stopped.");
    if (std::exchange(m_institutionPending, false)) {
        m_facts.institutionProblem = stopped;
        done();
    }
    if (std::exchange(m_linkPending, false)) {
        m_facts.linkProblem = stopped;
        done();
    }
}

void Preflight::onLink(const Result &result)
{
    m_linkRead = result;
    if (result.kind == Result::Kind::Link) {
        m_facts.link = result.link;
        if (m_askedInstitution.isEmpty() && !result.link.institution.isEmpty())
            askInstitution(result.link.institution);
    } else {
        m_facts.linkProblem = describeResult(result);
    }
    done();
}

void Preflight::askInstitution(const QString &bank)
{
    m_askedInstitution = bank;
    m_facts.institution = bank;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (const auto known = healthCache().find(m_context.environmentLabel, bank, now)) {
        m_facts.institutionDisplayName = known->displayName;
        m_facts.institutionStatus = known->status;
        m_facts.institutionCheckedAt = known->checkedAt;
        return;
    }
    if (m_supplied) { // the window asks, and supplies the answer
        ++m_pending;
        m_institutionPending = true;
        return;
    }
    if (!m_client) {
        m_facts.institutionProblem = tr("there is no connection to Belvo.");
        return;
    }
    ++m_pending;
    Operation *op = m_client->getInstitution(bank);
    m_institutionOp = op;
    connect(op, &Operation::finished, this,
            [this, bank](const Result &result) { onInstitution(bank, result); });
}

void Preflight::onInstitution(const QString &bank, const Result &result)
{
    if (result.kind == Result::Kind::Institution) {
        const InstitutionHealthCache::Entry entry{result.institution.displayName,
                                                  result.institution.status,
                                                  QDateTime::currentDateTimeUtc()};
        if (!entry.status.isEmpty())
            healthCache().store(m_context.environmentLabel, bank, entry);
        m_facts.institutionDisplayName = entry.displayName;
        m_facts.institutionStatus = entry.status;
        m_facts.institutionCheckedAt = entry.checkedAt;
    } else {
        m_facts.institutionProblem = describeResult(result);
    }
    done();
}

void Preflight::onHistory(const HistoryRead &read)
{
    if (!m_historyPending)
        return; // too late: already a note
    m_historyPending = false;
    m_historyTimer.stop();
    if (read.ok) {
        m_facts.readHistory(read.entries, m_context.environmentLabel,
                            QDateTime::currentDateTimeUtc());
        if (read.claim.isValid() &&
            read.claim.agent.compare(m_context.agent, Qt::CaseInsensitive) != 0)
            m_facts.claimedBy = read.claim;
        m_facts.claimProblem = read.claimError;
    } else
        m_facts.historyProblem = read.error;
    done();
}

void Preflight::onHistoryTimeout()
{
    historyGivenUp(tr("it did not answer within %n second(s).", nullptr,
                      qMax(1, m_context.historyTimeoutMs / 1000)));
}

void Preflight::historyGivenUp(const QString &why)
{
    if (!m_historyPending)
        return;
    m_historyPending = false;
    m_historyTimer.stop();
    m_facts.historyProblem = why;
    done();
}

void Preflight::done()
{
    if (m_finished || --m_pending > 0)
        return;
    m_finished = true;
    PreflightReport report;
    report.facts = m_facts;
    report.findings = preflightFindings(m_facts, m_context.policy);
    report.linkRead = m_linkRead;
    qCInfo(lcPreflight).noquote() << "pre-flight of" << m_facts.linkId << "found"
                                  << report.findings.size() << "finding(s)";
    emit finished(report);
}

} // namespace relink
