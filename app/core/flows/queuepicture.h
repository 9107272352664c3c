#pragma once

#include "belvolink.h"
#include "linkpicture.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace relink {

class HistoryService;

// What the team knows of the links a queue lists (#25), read from the history (the team's when
// there is one) without ever waiting on it: each link's last attempt and open hand-off (the
// attempts of the last 30 days of exactly those links, on the attempts_link index) and who is on
// it (the claims in force). read() is called for each page as it arrives and again to bring the
// picture up to date (claims come and go); an answer for another environment, or one that came
// after clear(), is dropped. The banks' health is the listing's (LinksTableModel).
class QueuePicture : public QObject
{
    Q_OBJECT
public:
    // Links read in one query at most (a page of the queue is 200).
    static constexpr int kBatch = 500;

    explicit QueuePicture(QObject *parent = nullptr);

    // The history read (none: nothing is known, and no problem is said).
    void setHistory(HistoryService *history);
    // The environment's label (Workspace::environmentLabel()): another one forgets the pictures.
    void setEnvironment(const QString &environment);
    // Reads these links' pictures (in batches); changed() follows with them.
    void read(const QList<Link> &links);
    // Forgets what was read, and drops the answers still to come.
    void clear();
    // Reads under way.
    bool isReading() const { return m_pending > 0; }
    // Why the last read failed (translated), empty when it worked.
    QString problem() const { return m_problem; }

signals:
    // Pictures read: these links' (by id). `problem` says why a read failed (its links keep
    // the pictures they had); it stays until a round of reads works all through.
    void changed(const QHash<QString, relink::LinkPicture> &pictures, const QString &problem);

private:
    void readBatch(const QList<Link> &links);
    void answered(const QString &problem, const QHash<QString, LinkPicture> &pictures);

    QPointer<HistoryService> m_history;
    QString m_environment;
    quint64 m_generation = 0; // bumped by clear(): older answers are dropped
    int m_pending = 0;
    QString m_problem;
    bool m_roundFailed = false; // a batch of the reads under way failed
};

} // namespace relink
