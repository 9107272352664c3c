#pragma once

#include "belvolink.h"

#include <QObject>

class QLabel;

namespace relink {

// The row under the link id that says which link the form is on: its status as a badge (the
// word on its colour, announced to screen readers), the bank and what the status means, and
// the external id (from the queue's row, then from the checked link).
class LinkSummary : public QObject
{
    Q_OBJECT
public:
    LinkSummary(QLabel *badge, QLabel *summary, QLabel *externalId, QObject *parent);

    void show(const Link &link);
    void showExternalId(const QString &externalId);
    // Another link id: nothing of the previous link stays.
    void clear();

private:
    QLabel *m_badge;
    QLabel *m_summary;
    QLabel *m_externalId;
};

} // namespace relink
