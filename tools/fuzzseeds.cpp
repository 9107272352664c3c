// Writes the simulator's answers as seed corpora for the fuzzers:
//   relink-fuzz-seeds OUTPUT_DIR
//     → OUTPUT_DIR/{link,errors,mfa,institution,fields,widgettoken,launch,linkspage,history}/…
#include "belvosimulator.h"
#include "historyevent.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace relink;

namespace {

QByteArray call(QNetworkAccessManager &nam, const BelvoSimulator &sim, const QByteArray &verb,
                const QString &path, const QByteArray &body)
{
    QUrl url = sim.baseUrl();
    url.setPath(path.section(QLatin1Char('?'), 0, 0));
    url.setQuery(path.section(QLatin1Char('?'), 1));
    QNetworkRequest req(url);
    req.setRawHeader("Authorization", "Basic " + (BelvoSimulator::kDemoSecretId + QLatin1Char(':') +
                                                  BelvoSimulator::kDemoSecretPassword)
                                                     .toUtf8()
                                                     .toBase64());
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = nam.sendCustomRequest(req, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray answer = reply->readAll();
    reply->deleteLater();
    return answer;
}

void write(const QString &dir, const QString &name, const QByteArray &data)
{
    QDir().mkpath(dir);
    QFile f(QDir(dir).filePath(name));
    if (f.open(QIODevice::WriteOnly))
        f.write(data);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString out = app.arguments().value(1, QStringLiteral("corpus"));
    BelvoSimulator sim;
    if (!sim.listen())
        return 1;
    QNetworkAccessManager nam;
    const QString links = QStringLiteral("/api/links/");
    write(out + QStringLiteral("/link"), QStringLiteral("get"),
          call(nam, sim, "GET", links + BelvoSimulator::kValidLinkId + QLatin1Char('/'), {}));
    write(out + QStringLiteral("/link"), QStringLiteral("put"),
          call(nam, sim, "PUT", links + BelvoSimulator::kValidLinkId + QLatin1Char('/'),
               "{\"password\":\"pass_valid\"}"));
    write(out + QStringLiteral("/errors"), QStringLiteral("login"),
          call(nam, sim, "PUT", links + BelvoSimulator::kValidLinkId + QLatin1Char('/'),
               "{\"password\":\"pass_invalid\"}"));
    write(out + QStringLiteral("/errors"), QStringLiteral("two"),
          call(nam, sim, "PUT", links + BelvoSimulator::kValidLinkId + QLatin1Char('/'),
               "{\"username_type\":\"999\"}"));
    write(out + QStringLiteral("/errors"), QStringLiteral("detail"),
          "{\"detail\":\"Authentication credentials were not provided.\"}");
    write(out + QStringLiteral("/errors"), QStringLiteral("html"),
          "<html><body><h1>502 Bad Gateway</h1></body></html>");
    write(out + QStringLiteral("/mfa"), QStringLiteral("numeric"),
          call(nam, sim, "PUT", links + BelvoSimulator::kNumericLinkId + QLatin1Char('/'),
               "{\"password\":\"numeric_code\"}"));
    write(out + QStringLiteral("/mfa"), QStringLiteral("qr"),
          call(nam, sim, "PUT", links + BelvoSimulator::kQrLinkId + QLatin1Char('/'),
               "{\"password\":\"qr_code\"}"));
    sim.setLegacyMfaShape(true);
    write(out + QStringLiteral("/mfa"), QStringLiteral("qr-legacy"),
          call(nam, sim, "PUT", links + BelvoSimulator::kQrLinkId + QLatin1Char('/'),
               "{\"password\":\"qr_code\"}"));
    sim.setLegacyMfaShape(false);
    write(out + QStringLiteral("/mfa"), QStringLiteral("inputless"),
          call(nam, sim, "PUT", links + BelvoSimulator::kInputlessLinkId + QLatin1Char('/'),
               "{\"password\":\"pass_valid\"}"));
    for (const char *name : {"erebor_mx_retail", "heimdall_mx_retail", "nowhere"})
        write(out + QStringLiteral("/institution"), QString::fromLatin1(name),
              call(nam, sim, "GET",
                   QStringLiteral("/api/institutions/?name=") + QString::fromLatin1(name), {}));
    write(out + QStringLiteral("/fields"), QStringLiteral("all"),
          "{\"password\":\"p\",\"password2\":\"pin\",\"token\":\"1234ab\",\"encryption_key\":"
          "\"k\",\"username_type\":\"001\",\"certificate\":\"QUJD\",\"private_key\":\"REVG\"}");
    write(out + QStringLiteral("/fields"), QStringLiteral("password"), "{\"password\":\"x\"}");
    write(out + QStringLiteral("/widgettoken"), QStringLiteral("token"),
          call(nam, sim, "POST", QStringLiteral("/api/token/"),
               "{\"id\":\"demo-secret-id\",\"password\":\"demo-secret-password\",\"link_id\":\"" +
                   BelvoSimulator::kValidLinkId.toUtf8() +
                   "\",\"scopes\":\"read_institutions,write_links,read_links\"}"));
    write(out + QStringLiteral("/widgettoken"), QStringLiteral("expires-in"),
          "{\"access\":\"a.b.c\",\"refresh\":\"d.e.f\",\"expires_in\":\"300\"}");
    const QByteArray id = BelvoSimulator::kValidLinkId.toUtf8();
    write(out + QStringLiteral("/launch"), QStringLiteral("id"), id);
    write(out + QStringLiteral("/launch"), QStringLiteral("dashboard"),
          "https://dashboard.belvo.com/links/" + id + "/");
    write(out + QStringLiteral("/launch"), QStringLiteral("relink"),
          "relink://link/" + id + "?environment=production&ticket=SUP-1234%20%C3%A9");
    write(out + QStringLiteral("/launch"), QStringLiteral("refused"),
          "relink://link/" + id + "/x?base_url=https%3A%2F%2Fx&password=p#f");
    write(out + QStringLiteral("/linkspage"), QStringLiteral("first"),
          call(nam, sim, "GET",
               QStringLiteral("/api/links/?status__in=invalid,token_required&page_size=3"), {}));
    write(out + QStringLiteral("/linkspage"), QStringLiteral("last"),
          call(nam, sim, "GET", QStringLiteral("/api/links/?page_size=7&page=43"), {}));
    write(out + QStringLiteral("/linkspage"), QStringLiteral("statuses"), "invalid,token_required");
    write(out + QStringLiteral("/linkspage"), QStringLiteral("date"), "2026-11-24");
    const QString history = out + QStringLiteral("/history");
    write(history, QStringLiteral("team"),
          "postgresql://relink@db.example.com:5433/relink?sslmode=require");
    write(history, QStringLiteral("file"), "sqlite:///var/tmp/history.sqlite");
    const HistoryEvent begin = HistoryEvent::begin({QStringLiteral("sandbox"),
                                                    BelvoSimulator::kValidLinkId,
                                                    QStringLiteral("erebor_mx_retail"),
                                                    {QStringLiteral("password")},
                                                    QStringLiteral("ana"),
                                                    QStringLiteral("SUP-1234")});
    write(history, QStringLiteral("begin"), begin.toJson());
    Result link;
    link.kind = Result::Kind::Link;
    link.httpStatus = 200;
    write(history, QStringLiteral("step"),
          HistoryEvent::step(begin.attempt, HistoryStep::Put, link).toJson());
    return 0;
}
