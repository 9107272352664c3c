#include "linkentry.h"

#include "launchrequest.h"
#include "linkid.h"

#include <QLabel>
#include <QLineEdit>

namespace relink {

LinkEntry::LinkEntry(QLineEdit *idEdit, QLabel *hintLabel, QLineEdit *ticketEdit, QObject *parent)
    : QObject(parent), m_idEdit(idEdit), m_hintLabel(hintLabel), m_ticketEdit(ticketEdit)
{
    connect(m_idEdit, &QLineEdit::textChanged, this, &LinkEntry::onIdEdited);
    connect(m_ticketEdit, &QLineEdit::textChanged, this, &LinkEntry::onTicketEdited);
    m_hintLabel->setText(linkIdHint(m_idEdit->text()));
}

void LinkEntry::showTicketIn(QLabel *ticketInForce)
{
    m_ticketInForce = ticketInForce;
    onTicketEdited();
}

void LinkEntry::onTicketEdited()
{
    if (m_ticketInForce) {
        const QString t = ticket();
        const bool shown = !t.isEmpty() && ticketProblem().isEmpty();
        m_ticketInForce->setText(shown ? tr("Ticket %1").arg(t) : QString());
        m_ticketInForce->setAccessibleName(shown ? tr("Ticket in force: %1").arg(t)
                                                 : tr("No ticket in force"));
        m_ticketInForce->setVisible(shown);
    }
    emit ticketEdited();
}

QString LinkEntry::linkId() const
{
    return m_idEdit->text().trimmed().toLower();
}

QString LinkEntry::ticket() const
{
    return m_ticketEdit->text().trimmed();
}

QString LinkEntry::ticketProblem() const
{
    return relink::ticketProblem(ticket());
}

void LinkEntry::open(const QString &linkId, const QString &ticket)
{
    m_idEdit->setText(linkId);
    if (!ticket.isEmpty())
        m_ticketEdit->setText(ticket); // its own ticket replaces the one in force
}

void LinkEntry::setReadOnly(bool readOnly)
{
    m_idEdit->setReadOnly(readOnly);
    m_ticketEdit->setReadOnly(readOnly);
}

void LinkEntry::onIdEdited(const QString &text)
{
    const Parsed<QString> found =
        isValidLinkId(text) ? Parsed<QString>::ok(text) : findLinkId(text);
    if (found && *found.value != text) {
        m_idEdit->setText(*found.value); // re-enters with the clean id
        return;
    }
    m_hintLabel->setText(linkIdHint(text));
    emit idEdited(text); // the ticket stays: the same customer's next bank, most often
}

} // namespace relink
