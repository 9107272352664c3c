#include "launchrequest.h"

#include "linkid.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

#include <utility>

namespace relink {

namespace {

Parsed<LaunchRequest> refuse(const QString &message)
{
    return Parsed<LaunchRequest>::fail(message);
}

// A relink:// link refused whole, with `reason` (one sentence) saying what was wrong.
Parsed<LaunchRequest> refuseLink(const QString &reason)
{
    return refuse(QCoreApplication::translate(
                      "relink::launch",
                      "This relink:// link was not opened: %1 Nothing from it was used. Ask for "
                      "the ticket's link to be fixed, or paste the link id into Relink.")
                      .arg(reason));
}

// A printable character: a letter, mark, digit, punctuation, symbol or space; not a control,
// format (bidirectional overrides, zero-width), surrogate, private-use or unassigned one, nor a
// line or paragraph separator.
bool isPrintable(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return false;
    default:
        return true;
    }
}

// A key of the link as it may be named in a message: an ordinary short name, else nothing.
QString nameable(const QString &key)
{
    if (key.isEmpty() || key.size() > 40)
        return {};
    for (QChar c : key) {
        if (!(c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-') ||
              c == QLatin1Char('.')))
            return {};
    }
    return key;
}

Parsed<LaunchRequest> parseRelinkUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("relink"))
        return refuseLink(QCoreApplication::translate("relink::launch", "it is not a valid URL."));
    if (url.host() != QLatin1String("link"))
        return refuseLink(QCoreApplication::translate(
            "relink::launch", "it must begin with relink://link/ followed by the link id."));
    if (!url.userInfo().isEmpty() || url.port() != -1)
        return refuseLink(
            QCoreApplication::translate("relink::launch", "it carries a user name or a port."));
    if (url.hasFragment())
        return refuseLink(QCoreApplication::translate(
            "relink::launch", "it carries a fragment (after #); a ticket must be URL-encoded."));
    QStringList segments = url.path(QUrl::FullyDecoded).split(QLatin1Char('/'));
    if (segments.size() == 3 && segments.last().isEmpty()) // one trailing slash
        segments.removeLast();
    if (segments.size() != 2 || !segments.first().isEmpty())
        return refuseLink(QCoreApplication::translate(
            "relink::launch", "the link id must be its one path segment: relink://link/LINK_ID."));
    if (!isValidLinkId(segments.last()))
        return refuseLink(
            QCoreApplication::translate("relink::launch", "its path is not a valid link id."));

    LaunchRequest request;
    request.linkId = segments.last().toLower();
    bool sawEnvironment = false;
    bool sawTicket = false;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (key == QLatin1String("environment")) {
            if (std::exchange(sawEnvironment, true))
                return refuseLink(QCoreApplication::translate(
                    "relink::launch", "it gives the environment more than once."));
            const QString name = value.toLower();
            if (name != QLatin1String("sandbox") && name != QLatin1String("production"))
                return refuseLink(QCoreApplication::translate(
                    "relink::launch", "its environment must be sandbox or production."));
            request.environment = name;
        } else if (key == QLatin1String("ticket")) {
            if (std::exchange(sawTicket, true))
                return refuseLink(QCoreApplication::translate(
                    "relink::launch", "it gives the ticket more than once."));
            const QString ticket = value.trimmed();
            switch (shortTextProblem(ticket)) {
            case ShortTextProblem::TooLong:
                return refuseLink(QCoreApplication::translate(
                                      "relink::launch", "its ticket is longer than %1 characters.")
                                      .arg(kMaxTicketLength));
            case ShortTextProblem::Unprintable:
                return refuseLink(QCoreApplication::translate(
                    "relink::launch", "its ticket holds a control or invisible character."));
            case ShortTextProblem::None:
                break;
            }
            request.ticket = ticket;
        } else {
            const QString name = nameable(key);
            return refuseLink(
                (name.isEmpty()
                     ? QCoreApplication::translate("relink::launch", "it carries an unknown key.")
                     : QCoreApplication::translate("relink::launch", "it carries “%1”.")
                           .arg(name)) +
                QLatin1Char(' ') +
                QCoreApplication::translate(
                    "relink::launch",
                    "Relink takes only a link id, an environment and a ticket from a link; "
                    "never a base URL, an API key or a credential."));
        }
    }
    return Parsed<LaunchRequest>::ok(request);
}

Parsed<LaunchRequest> parseWebUrl(const QString &text)
{
    const Parsed<QString> found = findLinkId(text);
    if (!found.error.isEmpty())
        return refuse(found.error);
    if (!found)
        return refuse(QCoreApplication::translate(
            "relink::launch",
            "This URL holds no link id, so nothing was opened. Paste the link id, "
            "or a dashboard or API URL that contains it."));
    LaunchRequest request;
    request.linkId = *found.value; // nothing else comes from a web URL
    return Parsed<LaunchRequest>::ok(request);
}

} // namespace

Parsed<LaunchRequest> parseLaunchArgument(const QString &argument)
{
    if (argument.size() > kMaxLaunchArgumentLength)
        return refuse(QCoreApplication::translate(
                          "relink::launch",
                          "The link Relink was started with is longer than %1 characters, so it "
                          "was not opened. Open it from the ticket again, or paste the link id "
                          "into Relink.")
                          .arg(kMaxLaunchArgumentLength));
    const QString text = argument.trimmed();
    if (text.isEmpty())
        return refuse(QCoreApplication::translate(
            "relink::launch",
            "There is no link to open. Start Relink with a link id, a dashboard or "
            "API URL that contains one, or a relink://link/… link."));
    if (isValidLinkId(text)) {
        LaunchRequest request;
        request.linkId = text.toLower();
        return Parsed<LaunchRequest>::ok(request);
    }
    if (text.startsWith(QLatin1String("relink:"), Qt::CaseInsensitive))
        return parseRelinkUrl(text);
    if (text.startsWith(QLatin1String("https://"), Qt::CaseInsensitive) ||
        text.startsWith(QLatin1String("http://"), Qt::CaseInsensitive))
        return parseWebUrl(text);
    return refuse(QCoreApplication::translate(
        "relink::launch",
        "Relink was started with something that is neither a link id, nor a "
        "dashboard or API URL, nor a relink://link/… link, so nothing was opened. "
        "Paste the link id into Relink."));
}

ShortTextProblem shortTextProblem(const QString &text)
{
    const QList<uint> characters = text.toUcs4();
    if (characters.size() > kMaxTicketLength)
        return ShortTextProblem::TooLong;
    for (uint c : characters) {
        if (!isPrintable(c))
            return ShortTextProblem::Unprintable;
    }
    return ShortTextProblem::None;
}

QString ticketProblem(const QString &ticket)
{
    switch (shortTextProblem(ticket)) {
    case ShortTextProblem::TooLong:
        return QCoreApplication::translate("relink::launch",
                                           "The ticket is longer than %1 characters.")
            .arg(kMaxTicketLength);
    case ShortTextProblem::Unprintable:
        return QCoreApplication::translate("relink::launch",
                                           "The ticket holds a control or invisible character.");
    case ShortTextProblem::None:
        break;
    }
    return {};
}

} // namespace relink
