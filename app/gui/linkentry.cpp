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
    connect(m_ticketEdit, &QLineEdit::textChanged, this, &LinkEntry::ticketEdited);
    m_hintLabel->setText(linkIdHint(m_idEdit->text()));
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
    m_ticketEdit->setText(ticket); // after the id: a new id forgets the last ticket
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
    const QString id = linkId();
    if (isValidLinkId(id) && id != m_ticketLinkId) {
        if (!m_ticketLinkId.isEmpty())
            m_ticketEdit->clear(); // the ticket was the last link's
        m_ticketLinkId = id;
    }
    emit idEdited(text);
}

} // namespace relink
