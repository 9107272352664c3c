#include "operation.h"

#include "linkquery.h"
#include "parsers.h"

#include <QCoreApplication>
#include <QJsonDocument>

// Pure: what an HTTP answer means for one kind of operation. Called on a worker thread for
// large bodies, and directly by the tests.

namespace relink {

Result Operation::interpretHttp(Expect expect, const QByteArray &body, int status,
                                const QString &host, const QString &institutionName)
{
    Result r;
    r.httpStatus = status;
    auto malformed = [&](const QString &why) {
        r.kind = Result::Kind::Failure;
        r.failure = Failure::Malformed;
        r.message = QCoreApplication::translate("relink::BelvoClient",
                                                "Belvo's answer (HTTP %1) could not be read: %2 "
                                                "Check the base URL; if it is right, report this "
                                                "to Belvo.")
                        .arg(status)
                        .arg(why);
        return r;
    };

    if (status >= 300 && status < 400) {
        r.kind = Result::Kind::Failure;
        r.failure = Failure::Redirect;
        r.message = QCoreApplication::translate("relink::BelvoClient",
                                                "%1 answered with a redirect (HTTP %2). Relink "
                                                "does not follow redirects, so the secret keys "
                                                "never go elsewhere; check the base URL.")
                        .arg(host)
                        .arg(status);
        return r;
    }
    if (status >= 200 && status < 300) {
        if (parse::isErrorList(body)) {
            r.kind = Result::Kind::ApiErrors;
            r.errors = parse::apiErrors(body, status);
            return r;
        }
        if (expect == Expect::Connection) {
            QJsonParseError err{};
            const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
            if (err.error != QJsonParseError::NoError || doc.isNull())
                return malformed(
                    QCoreApplication::translate("relink::BelvoClient", "the answer is not JSON."));
            r.kind = Result::Kind::Connected;
            return r;
        }
        if (expect == Expect::WidgetToken) {
            Parsed<WidgetToken> token = parse::widgetToken(body);
            if (!token)
                return malformed(token.error);
            r.kind = Result::Kind::WidgetToken;
            r.widgetToken = std::move(*token.value);
            return r;
        }
        if (expect == Expect::LinksPage) {
            Parsed<LinksPage> page = linksPage(body);
            if (!page)
                return malformed(page.error);
            r.kind = Result::Kind::LinksPage;
            r.page = std::move(*page.value);
            return r;
        }
        if (expect == Expect::Institution) {
            Parsed<Institution> inst = parse::institution(body, institutionName);
            if (!inst)
                return malformed(inst.error);
            r.kind = Result::Kind::Institution;
            r.institution = std::move(*inst.value);
            return r;
        }
        // 204, or 202 with nothing in it: accepted, maybe after the bank login. Not malformed:
        // the flow reads the link back.
        const bool empty = body.trimmed().isEmpty();
        if (status == 204 || (empty && status != 200)) {
            r.kind = Result::Kind::Accepted;
            return r;
        }
        Parsed<Link> link = parse::link(body);
        if (!link && status == 202) {
            r.kind = Result::Kind::Accepted;
            return r;
        }
        if (!link)
            return malformed(link.error);
        r.kind = Result::Kind::Link;
        r.link = std::move(*link.value);
        return r;
    }
    if (status == 428) {
        Parsed<MfaChallenge> mfa = parse::mfaChallenge(body);
        if (mfa) {
            r.kind = Result::Kind::Mfa;
            r.mfa = std::move(*mfa.value);
            return r;
        }
    }
    if (status >= 400 && status < 600) {
        r.kind = Result::Kind::ApiErrors;
        r.errors = parse::apiErrors(body, status);
        return r;
    }
    return malformed(
        QCoreApplication::translate("relink::BelvoClient", "unexpected HTTP status %1.")
            .arg(status));
}

} // namespace relink
