// Where the history lives: a SQLite file or a team PostgreSQL.
#include "historylocation.h"

#include "settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace relink {

namespace {

bool isLoopback(const QString &host)
{
    if (host.compare(QLatin1StringView("localhost"), Qt::CaseInsensitive) == 0 ||
        host.startsWith(QLatin1Char('/')))
        return true; // a name libpq resolves to this computer, or a unix socket folder
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

const QLatin1StringView kVerifyFull("verify-full");
const QStringList kSslModes = {QStringLiteral("disable"),   QStringLiteral("allow"),
                               QStringLiteral("prefer"),    QStringLiteral("require"),
                               QStringLiteral("verify-ca"), QStringLiteral("verify-full")};

Parsed<HistoryLocation> parsePostgres(const QString &text)
{
    using P = Parsed<HistoryLocation>;
    const QString hint = QCoreApplication::translate(
        "relink::HistoryLocation", "Write it as postgresql://USER@HOST:PORT/DATABASE, for example "
                                   "postgresql://relink@teamdb.example.com/relink.");
    // A password is looked for before anything of the address is repeated back. The user part
    // runs to the last '@' (a user name may hold one: relink@corp:pw@db); a ':' in it starts a
    // password. No refusal repeats the user part: "postgresql://…@host/db" is what is shown.
    const qsizetype start = text.indexOf(QLatin1StringView("://")) + 3;
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
    const bool hasUser = at >= start;
    const QString shown =
        (hasUser ? text.left(start) + QStringLiteral("…") + text.mid(at) : text).left(200);
    if (hasUser && text.mid(start, at - start).contains(QLatin1Char(':')))
        return P::fail(QCoreApplication::translate(
            "relink::HistoryLocation",
            "The history address holds a password. Take it out: the password goes in ~/.pgpass "
            "(or the file PGPASSFILE names), never in the address or the settings."));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || url.userName().isEmpty())
        return P::fail(
            QCoreApplication::translate("relink::HistoryLocation",
                                        "\"%1\" is not a PostgreSQL address Relink can use. %2")
                .arg(shown, hint));
    if (!url.password().isEmpty())
        return P::fail(QCoreApplication::translate(
            "relink::HistoryLocation",
            "The history address holds a password. Take it out: the password "
            "goes in ~/.pgpass (or the file PGPASSFILE names), never in the "
            "address or the settings."));
    // Plain names only, so that what is shown (display()) is exactly what is used.
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]*$"));
    static const QRegularExpression host(QStringLiteral("^([A-Za-z0-9.-]+|[0-9A-Fa-f:.]+)$"));
    if (!name.match(url.userName()).hasMatch() || !host.match(url.host()).hasMatch() ||
        (url.path().size() > 1 && !name.match(url.path().mid(1)).hasMatch()))
        return P::fail(QCoreApplication::translate("relink::HistoryLocation",
                                                   "\"%1\" is not a PostgreSQL address Relink "
                                                   "can use: the user, host and database are "
                                                   "plain names. %2")
                           .arg(shown, hint));
    HistoryLocation l;
    l.kind = HistoryLocation::Kind::PostgreSQL;
    l.host = url.host();
    l.port = url.port(5432);
    l.user = url.userName();
    l.database = url.path().mid(1);
    if (l.database.isEmpty() || l.database.contains(QLatin1Char('/')))
        return P::fail(QCoreApplication::translate("relink::HistoryLocation",
                                                   "The history address names no database. %1")
                           .arg(hint));
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key != QLatin1StringView("sslmode"))
            return P::fail(QCoreApplication::translate(
                               "relink::HistoryLocation",
                               "The history address has an option Relink does not take (\"%1\"); "
                               "only sslmode is allowed. libpq's other settings come from its "
                               "environment (PGSSLROOTCERT…).")
                               .arg(key.left(40)));
        if (!kSslModes.contains(value))
            return P::fail(QCoreApplication::translate(
                               "relink::HistoryLocation",
                               "sslmode \"%1\" is not one of disable, allow, prefer, require, "
                               "verify-ca or verify-full.")
                               .arg(value.left(40)));
        l.sslMode = value;
    }
    // Another computer is reached with a verified certificate only: any weaker mode would let a
    // server that only pretends to be the team's database receive the password (#23).
    if (!isLoopback(l.host) && !l.sslMode.isEmpty() && l.sslMode != kVerifyFull)
        return P::fail(QCoreApplication::translate(
                           "relink::HistoryLocation",
                           "The history address asks for sslmode=%1 with %2, another computer: "
                           "the database's password could go to a server that only pretends to "
                           "be it. Relink reaches a team database on another computer with "
                           "sslmode=verify-full only: take sslmode out of the address. If the "
                           "server's certificate is signed by your company's own authority, set "
                           "PGSSLROOTCERT to that authority's certificate file (or put it in "
                           "~/.postgresql/root.crt).")
                           .arg(l.sslMode, l.host));
    return P::ok(l);
}

} // namespace

QString HistoryLocation::display() const
{
    if (kind == Kind::SQLite)
        return QDir::toNativeSeparators(path);
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    if (!sslMode.isEmpty())
        url.setQuery(QStringLiteral("sslmode=") + sslMode);
    return url.toString();
}

QString HistoryLocation::outboxKey() const
{
    if (kind == Kind::SQLite)
        return display();
    HistoryLocation same = *this;
    same.sslMode.clear();
    return same.display();
}

QString HistoryLocation::connectOptions() const
{
    // A team database on another computer is reached with sslmode=verify-full whatever the
    // address or PGSSLMODE says: a keyword in the options wins over libpq's environment (QPSQL
    // hands them to PQconnectdb as they are), so no impostor ever gets the password. On this
    // computer, the address's mode or libpq's own (PGSSLMODE, else prefer).
    const QString mode = isLoopback(host) ? sslMode : QString(kVerifyFull);
    // A server that stops answering mid-way is noticed in seconds, not when TCP gives up.
    // The session's settings travel with the login (no round trip of their own): libpq prints
    // no server notices, and a statement or lock that hangs gives up instead of the thread.
    QString options = QStringLiteral(
        "connect_timeout=5;application_name=relink;keepalives=1;keepalives_idle=10;"
        "keepalives_interval=5;keepalives_count=2;tcp_user_timeout=15000;options='-c "
        "client_min_messages=warning -c statement_timeout=30000 -c lock_timeout=30000'");
    if (!mode.isEmpty())
        options += QStringLiteral(";sslmode=") + mode;
    return options;
}

Parsed<HistoryLocation> HistoryLocation::parse(const QString &input)
{
    using P = Parsed<HistoryLocation>;
    const QString text = input.trimmed();
    if (text.isEmpty())
        return P::fail(QCoreApplication::translate(
            "relink::HistoryLocation",
            "The history address is empty. Leave the setting empty for the history "
            "on this computer, or write a file path or a postgresql:// address."));
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    // A scheme: letters before "://" or "sqlite:"; a Windows drive ("C:\") is a path.
    const QString scheme = colon > 1 ? text.left(colon).toLower() : QString();
    if (scheme == QLatin1StringView("postgresql") || scheme == QLatin1StringView("postgres"))
        return parsePostgres(text);
    HistoryLocation l;
    if (scheme == QLatin1StringView("sqlite")) {
        QString rest = text.mid(colon + 1);
        if (rest.startsWith(QLatin1StringView("//")))
            rest = rest.mid(2); // sqlite:///path
        l.path = QDir::cleanPath(QDir::fromNativeSeparators(rest));
    } else if (!scheme.isEmpty() &&
               QRegularExpression(QStringLiteral("^[a-z][a-z0-9+.-]*$")).match(scheme).hasMatch()) {
        return P::fail(QCoreApplication::translate(
                           "relink::HistoryLocation",
                           "Relink keeps the history in a SQLite file or on PostgreSQL; "
                           "\"%1:\" is neither. Use a file path, sqlite:/path/history.sqlite or "
                           "postgresql://USER@HOST/DATABASE.")
                           .arg(scheme.left(40)));
    } else {
        l.path = QDir::cleanPath(QDir::fromNativeSeparators(text));
    }
    if (l.path.isEmpty() || l.path == QLatin1StringView("."))
        return P::fail(QCoreApplication::translate("relink::HistoryLocation",
                                                   "The history address names no file."));
    if (QFileInfo(l.path).isRelative())
        l.path = QDir::current().absoluteFilePath(l.path);
    return P::ok(l);
}

QString HistoryLocation::defaultFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/Relink/history.sqlite");
}

QString HistoryLocation::configuredText()
{
    const QString url = qEnvironmentVariable("RELINK_HISTORY_URL");
    if (!url.isEmpty())
        return url;
    const QString file = qEnvironmentVariable("RELINK_HISTORY_DB");
    if (!file.isEmpty())
        return file;
    const QString chosen = Settings::value(Setting::HistoryUrl).toString().trimmed();
    return chosen.isEmpty() ? defaultFile() : chosen;
}

bool HistoryLocation::isUnmadeFile() const
{
    return kind == Kind::SQLite && !QFileInfo::exists(path);
}

Parsed<HistoryLocation> HistoryLocation::configured()
{
    return parse(configuredText());
}

} // namespace relink
