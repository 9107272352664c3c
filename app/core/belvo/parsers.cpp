#include "parsers.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace relink::parse {

namespace {

constexpr int kMaxExpirySeconds = 24 * 60 * 60;

QString text(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

QDateTime timestamp(const QJsonObject &o, QLatin1StringView key)
{
    const QString s = o.value(key).toString();
    if (s.isEmpty())
        return {};
    QDateTime dt = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(s, Qt::ISODate);
    return dt;
}

bool isHtml(const QByteArray &body)
{
    const QByteArray head = body.left(512).trimmed().toLower();
    return head.startsWith("<!doctype html") || head.startsWith("<html") ||
           head.contains("<body") || head.contains("<head");
}

ApiError errorFromObject(const QJsonObject &o)
{
    ApiError e;
    e.code = text(o, QLatin1StringView("code"));
    e.message = text(o, QLatin1StringView("message"));
    if (e.message.isEmpty())
        e.message = text(o, QLatin1StringView("detail"));
    e.field = text(o, QLatin1StringView("field"));
    e.requestId = text(o, QLatin1StringView("request_id"));
    return e;
}

QString describeBody(const QByteArray &body, int httpStatus)
{
    if (body.trimmed().isEmpty())
        return QCoreApplication::translate("relink::parse",
                                           "The server answered HTTP %1 with an empty body.")
            .arg(httpStatus);
    if (isHtml(body))
        return QCoreApplication::translate(
                   "relink::parse",
                   "The server answered HTTP %1 with a web page instead of Belvo's JSON; a proxy "
                   "or gateway between you and Belvo probably answered.")
            .arg(httpStatus);
    return QCoreApplication::translate(
               "relink::parse", "The server answered HTTP %1 with a body that is not Belvo's JSON.")
        .arg(httpStatus);
}

QJsonDocument document(const QByteArray &body)
{
    QJsonParseError err{};
    QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError)
        return {};
    return doc;
}

} // namespace

Parsed<Link> linkFromJson(const QJsonObject &o)
{
    const QJsonValue id = o.value(QLatin1StringView("id"));
    if (!id.isString() || id.toString().isEmpty())
        return Parsed<Link>::fail(QCoreApplication::translate(
            "relink::parse", "The answer is not a link: it has no \"id\"."));
    Link l;
    l.id = id.toString();
    l.institution = text(o, QLatin1StringView("institution"));
    l.accessMode = text(o, QLatin1StringView("access_mode"));
    l.status = text(o, QLatin1StringView("status"));
    l.createdBy = text(o, QLatin1StringView("created_by"));
    l.refreshRate = text(o, QLatin1StringView("refresh_rate"));
    l.externalId = text(o, QLatin1StringView("external_id"));
    l.institutionUserId = text(o, QLatin1StringView("institution_user_id"));
    l.credentialsStorage = text(o, QLatin1StringView("credentials_storage"));
    l.staleIn = text(o, QLatin1StringView("stale_in"));
    l.lastAccessedAt = timestamp(o, QLatin1StringView("last_accessed_at"));
    l.createdAt = timestamp(o, QLatin1StringView("created_at"));
    const QJsonArray resources = o.value(QLatin1StringView("fetch_resources")).toArray();
    for (const QJsonValue &r : resources) {
        if (r.isString())
            l.fetchResources.append(r.toString());
    }
    l.raw = o;
    return Parsed<Link>::ok(std::move(l));
}

Parsed<Link> link(const QByteArray &body)
{
    const QJsonDocument doc = document(body);
    if (doc.isNull())
        return Parsed<Link>::fail(
            QCoreApplication::translate("relink::parse", "The answer is not valid JSON."));
    if (!doc.isObject())
        return Parsed<Link>::fail(
            QCoreApplication::translate("relink::parse", "The answer is not a JSON object."));
    return linkFromJson(doc.object());
}

bool isErrorList(const QByteArray &body)
{
    const QJsonDocument doc = document(body);
    if (!doc.isArray() || doc.array().isEmpty())
        return false;
    const QJsonArray items = doc.array();
    for (const QJsonValue &v : items) {
        if (!v.isObject() || !v.toObject().contains(QLatin1StringView("code")))
            return false;
    }
    return true;
}

QList<ApiError> apiErrors(const QByteArray &body, int httpStatus)
{
    QList<ApiError> errors;
    const QJsonDocument doc = document(body);
    if (doc.isArray()) {
        const QJsonArray items = doc.array();
        for (const QJsonValue &v : items) {
            if (v.isObject()) {
                ApiError e = errorFromObject(v.toObject());
                if (!e.code.isEmpty() || !e.message.isEmpty())
                    errors.append(e);
            } else if (v.isString() && !v.toString().isEmpty()) {
                errors.append(ApiError{{}, v.toString(), {}, {}});
            }
        }
    } else if (doc.isObject()) {
        const QJsonObject o = doc.object();
        ApiError e = errorFromObject(o);
        if (!e.code.isEmpty() || !e.message.isEmpty()) {
            errors.append(e);
        } else {
            // Django REST style: {"field": ["message", …], …}
            for (auto it = o.begin(); it != o.end(); ++it) {
                const QJsonValue v = it.value();
                QStringList messages;
                if (v.isString())
                    messages << v.toString();
                const QJsonArray arr = v.toArray();
                for (const QJsonValue &m : arr) {
                    if (m.isString())
                        messages << m.toString();
                }
                if (!messages.isEmpty())
                    errors.append(ApiError{{}, messages.join(QLatin1Char(' ')), it.key(), {}});
            }
        }
    }
    if (errors.isEmpty())
        errors.append(ApiError{{}, describeBody(body, httpStatus), {}, {}});
    return errors;
}

TokenType tokenType(const QString &typeName)
{
    QString t = typeName.toLower();
    t.remove(QLatin1Char(' ')).remove(QLatin1Char('_')).remove(QLatin1Char('-'));
    if (t == QLatin1StringView("numeric") || t == QLatin1StringView("number"))
        return TokenType::Numeric;
    if (t == QLatin1StringView("text") || t == QLatin1StringView("alphanumeric"))
        return TokenType::Text;
    if (t == QLatin1StringView("qr") || t == QLatin1StringView("qrcode"))
        return TokenType::Qr;
    if (t == QLatin1StringView("inputless") || t == QLatin1StringView("none"))
        return TokenType::Inputless;
    return TokenType::Unknown;
}

int expirySeconds(const QJsonValue &value)
{
    double seconds = -1;
    if (value.isDouble()) {
        seconds = value.toDouble();
    } else if (value.isString()) {
        bool ok = false;
        seconds = value.toString().trimmed().toDouble(&ok);
        if (!ok)
            return -1;
    } else {
        return -1;
    }
    if (!(seconds >= 1)) // also rejects NaN
        return -1;
    if (seconds > kMaxExpirySeconds)
        return kMaxExpirySeconds;
    return static_cast<int>(seconds);
}

Parsed<MfaChallenge> mfaChallenge(const QByteArray &body)
{
    const QJsonDocument doc = document(body);
    QJsonObject o;
    if (doc.isArray()) {
        const QJsonArray items = doc.array();
        for (const QJsonValue &v : items) {
            if (v.isObject() && v.toObject().contains(QLatin1StringView("session"))) {
                o = v.toObject();
                break;
            }
        }
    } else if (doc.isObject()) {
        o = doc.object();
    }
    const QString session = text(o, QLatin1StringView("session"));
    if (session.isEmpty())
        return Parsed<MfaChallenge>::fail(QCoreApplication::translate(
            "relink::parse", "The token request has no MFA session to resume."));

    MfaChallenge c;
    c.code = text(o, QLatin1StringView("code"));
    c.message = text(o, QLatin1StringView("message"));
    c.requestId = text(o, QLatin1StringView("request_id"));
    c.session = session;
    c.link = text(o, QLatin1StringView("link"));
    c.expirySeconds = expirySeconds(o.value(QLatin1StringView("expiry")));
    const QJsonValue tgd = o.value(QLatin1StringView("token_generation_data"));
    if (tgd.isObject()) {
        const QJsonObject g = tgd.toObject();
        c.hasTokenGenerationData = true;
        c.instructions = text(g, QLatin1StringView("instructions"));
        c.typeName = text(g, QLatin1StringView("type"));
        c.type = tokenType(c.typeName);
        c.value = text(g, QLatin1StringView("value"));
        const QJsonValue expects = g.value(QLatin1StringView("expects_user_input"));
        c.expectsUserInput = expects.isBool() ? expects.toBool() : c.type != TokenType::Inputless;
    }
    if (c.instructions.isEmpty())
        c.instructions = c.message;
    return Parsed<MfaChallenge>::ok(std::move(c));
}

namespace {

FormField formField(const QJsonObject &o)
{
    FormField f;
    f.name = text(o, QLatin1StringView("name"));
    f.type = text(o, QLatin1StringView("type"));
    f.label = text(o, QLatin1StringView("label"));
    f.placeholder = text(o, QLatin1StringView("placeholder"));
    f.validation = text(o, QLatin1StringView("validation"));
    f.validationMessage = text(o, QLatin1StringView("validation_message"));
    f.optional = o.value(QLatin1StringView("optional")).toBool(false);
    const QJsonValue len = o.value(QLatin1StringView("length"));
    if (len.isDouble() && len.toDouble() >= 1 && len.toDouble() <= 4096)
        f.length = len.toInt();
    else if (len.isString())
        f.length = qBound(0, len.toString().toInt(), 4096);
    const QJsonArray values = o.value(QLatin1StringView("values")).toArray();
    for (const QJsonValue &v : values) {
        const QJsonObject vo = v.toObject();
        SelectValue s;
        s.code = text(vo, QLatin1StringView("code"));
        s.label = text(vo, QLatin1StringView("label"));
        s.validation = text(vo, QLatin1StringView("validation"));
        s.validationMessage = text(vo, QLatin1StringView("validation_message"));
        s.placeholder = text(vo, QLatin1StringView("placeholder"));
        if (!s.code.isEmpty())
            f.values.append(s);
    }
    return f;
}

} // namespace

Parsed<Institution> institution(const QByteArray &body, const QString &name)
{
    const QJsonDocument doc = document(body);
    QJsonArray candidates;
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        if (o.value(QLatin1StringView("results")).isArray())
            candidates = o.value(QLatin1StringView("results")).toArray();
        else
            candidates.append(o);
    } else if (doc.isArray()) {
        candidates = doc.array();
    } else {
        return Parsed<Institution>::fail(
            QCoreApplication::translate("relink::parse", "The answer is not valid JSON."));
    }
    QJsonObject chosen;
    for (const QJsonValue &v : std::as_const(candidates)) {
        const QJsonObject o = v.toObject();
        if (o.isEmpty())
            continue;
        if (chosen.isEmpty() || text(o, QLatin1StringView("name")) == name) {
            chosen = o;
            if (text(o, QLatin1StringView("name")) == name)
                break;
        }
    }
    if (chosen.isEmpty() || text(chosen, QLatin1StringView("name")).isEmpty())
        return Parsed<Institution>::fail(
            QCoreApplication::translate("relink::parse", "No institution called \"%1\" was found.")
                .arg(name));
    Institution inst;
    inst.name = text(chosen, QLatin1StringView("name"));
    inst.displayName = text(chosen, QLatin1StringView("display_name"));
    inst.status = text(chosen, QLatin1StringView("status"));
    // Belvo's specification: country_codes, a list; older answers: country_code.
    inst.country = chosen.value(QLatin1StringView("country_codes")).toArray().at(0).toString();
    if (inst.country.isEmpty())
        inst.country = text(chosen, QLatin1StringView("country_code"));
    const QJsonArray fields = chosen.value(QLatin1StringView("form_fields")).toArray();
    for (const QJsonValue &v : fields) {
        if (!v.isObject())
            continue;
        FormField f = formField(v.toObject());
        if (!f.name.isEmpty())
            inst.formFields.append(f);
    }
    inst.raw = chosen;
    return Parsed<Institution>::ok(std::move(inst));
}

int retryAfterSeconds(const QByteArray &headerValue, const QDateTime &now)
{
    const QByteArray v = headerValue.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const qlonglong seconds = v.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : static_cast<int>(qMin<qlonglong>(seconds, kMaxExpirySeconds));
    // IMF-fixdate, e.g. "Wed, 21 Oct 2015 07:28:00 GMT"
    if (!v.endsWith(" GMT"))
        return -1;
    const QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(v).chopped(4),
                                                   QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!when.isValid())
        return -1;
    QDateTime utc = when;
    utc.setTimeSpec(Qt::UTC);
    const qint64 delta = now.secsTo(utc);
    return static_cast<int>(qBound(qint64(0), delta, qint64(kMaxExpirySeconds)));
}

} // namespace relink::parse
