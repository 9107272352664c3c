#pragma once

#include <QObject>
#include <QString>

class QLabel;
class QLineEdit;

namespace relink {

// The link row of the main window: the link id as typed or pasted (cleaned to the id, with a
// hint under it) and the support ticket it is done for. One customer often has several banks:
// the ticket stays for the next link opened by hand, and a link that arrives with a ticket of
// its own (relink://, a queue row) replaces it. The ticket in force is shown next to Update.
// The ticket is recorded in the history; it is not a secret, but it is never logged.
class LinkEntry : public QObject
{
    Q_OBJECT
public:
    LinkEntry(QLineEdit *idEdit, QLabel *hintLabel, QLineEdit *ticketEdit, QObject *parent);

    // The label next to Update that says which ticket is in force ("Ticket SUP-1234"); hidden
    // while there is none.
    void showTicketIn(QLabel *ticketInForce);

    // The id as typed, trimmed and in lower case (valid or not).
    QString linkId() const;
    // The ticket, trimmed; may be empty.
    QString ticket() const;
    // Why the ticket can't be recorded (translated), or empty.
    QString ticketProblem() const;
    // A link opened from a ticket, the command line or the links window: the id, and its own
    // ticket (empty: the ticket in force stays).
    void open(const QString &linkId, const QString &ticket);
    void setReadOnly(bool readOnly);

signals:
    // The id field holds `text` (a pasted URL or log line is replaced by its id first: only
    // the clean text is told).
    void idEdited(const QString &text);
    void ticketEdited();

private:
    void onIdEdited(const QString &text);
    void onTicketEdited();

    QLineEdit *m_idEdit;
    QLabel *m_hintLabel;
    QLineEdit *m_ticketEdit;
    QLabel *m_ticketInForce = nullptr;
};

} // namespace relink
