// Pure functions: parsers, validation, link ids, environments. Bytes in, typed values out.
#include "credentials.h"
#include "environment.h"
#include "historylocation.h"
#include "keystore.h"
#include "linkid.h"
#include "parsers.h"
#include "result.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace relink;

class TestParsers : public QObject
{
    Q_OBJECT
private slots:
    // The history's address: what is taken, and what is refused with which message (never
    // repeating a password back).
    void historyAddresses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("display"); // empty: refused
        QTest::addColumn<QString>("message"); // part of the refusal
        QTest::newRow("file") << "/var/tmp/h.sqlite"
                              << "/var/tmp/h.sqlite"
                              << "";
        QTest::newRow("sqlite:") << "sqlite:/var/tmp/h.sqlite"
                                 << "/var/tmp/h.sqlite"
                                 << "";
        QTest::newRow("sqlite:///") << "sqlite:///var/tmp/h.sqlite"
                                    << "/var/tmp/h.sqlite"
                                    << "";
        QTest::newRow("team") << "postgresql://ana@db.example.com/relink"
                              << "postgresql://ana@db.example.com:5432/relink"
                              << "";
        QTest::newRow("team, port, sslmode")
            << "postgres://ana@10.0.0.5:5433/team?sslmode=verify-full"
            << "postgresql://ana@10.0.0.5:5433/team?sslmode=verify-full"
            << "";
        QTest::newRow("loopback may say require")
            << "postgresql://ana@localhost/relink?sslmode=require"
            << "postgresql://ana@localhost:5432/relink?sslmode=require"
            << "";
        QTest::newRow("loopback may go plain")
            << "postgresql://ana@127.0.0.1/relink?sslmode=disable"
            << "postgresql://ana@127.0.0.1:5432/relink?sslmode=disable"
            << "";
        QTest::newRow("password") << "postgresql://ana:s3cret@db/relink"
                                  << ""
                                  << "The history address holds a password";
        QTest::newRow("password with a slash") << "postgresql://ana:s3/cr#et@db/relink"
                                               << ""
                                               << "The history address holds a password";
        QTest::newRow("password, @ in the user name")
            << "postgresql://relink@db.example.com:S3cr3tPW@db.example.com/relink"
            << ""
            << "The history address holds a password";
        QTest::newRow("password with @, user name with @")
            << "postgresql://ana@corp:s3@cr3t@db/relink"
            << ""
            << "The history address holds a password";
        QTest::newRow("@ in the user name") << "postgresql://ana@corp@db/relink"
                                            << ""
                                            << "\"postgresql://…@db/relink\" is not a PostgreSQL";
        QTest::newRow("no host") << "postgresql://ana@/relink"
                                 << ""
                                 << "is not a PostgreSQL";
        QTest::newRow("no user") << "postgresql://db/relink"
                                 << ""
                                 << "is not a PostgreSQL";
        QTest::newRow("no database") << "postgresql://ana@db"
                                     << ""
                                     << "names no database";
        QTest::newRow("other option") << "postgresql://ana@db/r?password=x"
                                      << ""
                                      << "only sslmode is allowed";
        for (const char *mode : {"disable", "allow", "prefer", "require", "verify-ca"})
            QTest::addRow("remote, sslmode=%s", mode)
                << QStringLiteral("postgresql://ana@db/r?sslmode=%1").arg(mode) << ""
                << QStringLiteral("The history address asks for sslmode=%1 with db, another "
                                  "computer")
                       .arg(mode);
        QTest::newRow("mysql") << "mysql://ana@db/relink"
                               << ""
                               << "\"mysql:\" is neither";
        QTest::newRow("https:host") << "https:db.example.com"
                                    << ""
                                    << "\"https:\" is neither";
        QTest::newRow("empty") << "  "
                               << ""
                               << "The history address is empty";
    }

    void historyAddresses()
    {
        QFETCH(QString, text);
        QFETCH(QString, display);
        QFETCH(QString, message);
        const Parsed<HistoryLocation> l = HistoryLocation::parse(text);
        QCOMPARE(bool(l), !display.isEmpty());
        if (l) {
            QCOMPARE(l.value->display(), display);
            QVERIFY(!l.value->display().contains("s3cret"));
        } else {
            QVERIFY2(l.error.contains(message), qPrintable(l.error));
            QVERIFY2(!l.error.contains("s3"), qPrintable(l.error)); // no password repeated
            for (const char *secret : {"S3cr3tPW", "relink@db.example.com", "ana@", "corp"})
                QVERIFY2(!l.error.contains(secret), qPrintable(l.error)); // nor the user part
        }
    }

    // A remote team history is verified whatever PGSSLMODE says (the keyword wins over libpq's
    // environment); keepalives notice a dead server.
    void historyConnectOptions()
    {
        qputenv("PGSSLMODE", "disable");
        const QString remote =
            HistoryLocation::parse("postgresql://a@db/r").value->connectOptions();
        qunsetenv("PGSSLMODE");
        QVERIFY2(remote.endsWith(";sslmode=verify-full"), qPrintable(remote));
        QVERIFY(remote.contains("keepalives=1") && remote.contains("connect_timeout=5"));
        const QString local =
            HistoryLocation::parse("postgresql://a@127.0.0.1/r").value->connectOptions();
        QVERIFY2(!local.contains("sslmode"), qPrintable(local)); // libpq's own (PGSSLMODE, prefer)
    }

    void linkWithEveryField()
    {
        const QByteArray body =
            "{\"id\":\"11111111-1111-4111-8111-111111111111\","
            "\"institution\":\"erebor_mx_retail\",\"access_mode\":\"recurrent\",\"status\":"
            "\"valid\","
            "\"created_by\":\"5c0a3f2e-1b4d-4c6e-9f8a-7d6b5e4c3a21\",\"refresh_rate\":\"24h\","
            "\"last_accessed_at\":\"2026-10-30T09:15:00.123456Z\",\"created_at\":\"2024-03-05T14:"
            "22:10Z\","
            "\"external_id\":\"ext-1\",\"institution_user_id\":\"iu-1\",\"credentials_storage\":"
            "\"store\","
            "\"stale_in\":\"365d\",\"fetch_resources\":[\"ACCOUNTS\",\"OWNERS\"],\"brand_new_"
            "field\":{\"x\":1}}";
        const Parsed<Link> l = parse::link(body);
        QVERIFY2(l, qPrintable(l.error));
        QCOMPARE(l.value->id, QStringLiteral("11111111-1111-4111-8111-111111111111"));
        QCOMPARE(l.value->institution, QStringLiteral("erebor_mx_retail"));
        QCOMPARE(l.value->accessMode, QStringLiteral("recurrent"));
        QCOMPARE(l.value->status, QStringLiteral("valid"));
        QCOMPARE(l.value->createdBy, QStringLiteral("5c0a3f2e-1b4d-4c6e-9f8a-7d6b5e4c3a21"));
        QCOMPARE(l.value->refreshRate, QStringLiteral("24h"));
        QCOMPARE(l.value->externalId, QStringLiteral("ext-1"));
        QCOMPARE(l.value->institutionUserId, QStringLiteral("iu-1"));
        QCOMPARE(l.value->credentialsStorage, QStringLiteral("store"));
        QCOMPARE(l.value->staleIn, QStringLiteral("365d"));
        QCOMPARE(l.value->fetchResources, QStringList({"ACCOUNTS", "OWNERS"}));
        QCOMPARE(l.value->lastAccessedAt,
                 QDateTime(QDate(2026, 10, 30), QTime(9, 15, 0, 123), Qt::UTC));
        QCOMPARE(l.value->createdAt, QDateTime(QDate(2024, 3, 5), QTime(14, 22, 10), Qt::UTC));
        QVERIFY(l.value->raw.contains(QStringLiteral("brand_new_field")));
    }

    void linkWithNullsAndMissingFields()
    {
        const Parsed<Link> l =
            parse::link("{\"id\":\"11111111-1111-4111-8111-111111111111\",\"access_mode\":null,"
                        "\"last_accessed_at\":null,\"refresh_rate\":null}");
        QVERIFY(l);
        QVERIFY(l.value->accessMode.isEmpty());
        QVERIFY(!l.value->lastAccessedAt.isValid());
        QVERIFY(l.value->refreshRate.isEmpty());
    }

    void notALink_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("html") << QByteArray("<html><body>502</body></html>");
        QTest::newRow("array") << QByteArray("[{\"id\":\"x\"}]");
        QTest::newRow("no id") << QByteArray("{\"status\":\"valid\"}");
        QTest::newRow("numeric id") << QByteArray("{\"id\":5}");
        QTest::newRow("truncated") << QByteArray("{\"id\":\"11111111-");
        QTest::newRow("invalid utf8") << QByteArray("{\"id\":\"\xff\xfe\"");
    }
    void notALink()
    {
        QFETCH(QByteArray, body);
        const Parsed<Link> l = parse::link(body);
        QVERIFY(!l);
        QVERIFY(!l.error.isEmpty());
    }

    void errorArrayWithSeveralErrors()
    {
        const QList<ApiError> e = parse::apiErrors(
            "[{\"code\":\"required\",\"message\":\"This field is "
            "required.\",\"field\":\"password\","
            "\"request_id\":\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"},"
            "{\"code\":\"does_not_exist\",\"message\":\"Nope\",\"field\":\"username_type\","
            "\"request_id\":\"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\"}]",
            400);
        QCOMPARE(e.size(), 2);
        QCOMPARE(e.at(0), (ApiError{"required", "This field is required.", "password",
                                    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}));
        QCOMPARE(e.at(1), (ApiError{"does_not_exist", "Nope", "username_type",
                                    "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"}));
    }

    void errorSingleObjectAndDetail()
    {
        QCOMPARE(
            parse::apiErrors(
                "{\"code\":\"not_found\",\"message\":\"Not found.\",\"request_id\":\"r1\"}", 404),
            (QList<ApiError>{{"not_found", "Not found.", {}, "r1"}}));
        QCOMPARE(
            parse::apiErrors("{\"detail\":\"Authentication credentials were not provided.\"}", 401),
            (QList<ApiError>{{{}, "Authentication credentials were not provided.", {}, {}}}));
        QCOMPARE(parse::apiErrors("{\"password\":[\"This field may not be blank.\"]}", 400),
                 (QList<ApiError>{{{}, "This field may not be blank.", "password", {}}}));
    }

    void errorBodiesThatAreNotJson_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("html") << QByteArray("<!DOCTYPE html><html><body>Bad gateway</body></html>")
                              << QStringLiteral("The server answered HTTP 502 with a web page "
                                                "instead of Belvo's JSON; a proxy or gateway "
                                                "between you and Belvo probably answered.");
        QTest::newRow("text") << QByteArray("upstream connect error")
                              << QStringLiteral("The server answered HTTP 502 with a body that is "
                                                "not Belvo's JSON.");
        QTest::newRow("empty") << QByteArray("")
                               << QStringLiteral(
                                      "The server answered HTTP 502 with an empty body.");
        QTest::newRow("empty array") << QByteArray("[]")
                                     << QStringLiteral("The server answered HTTP 502 with a body "
                                                       "that is not Belvo's JSON.");
    }
    void errorBodiesThatAreNotJson()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        const QList<ApiError> e = parse::apiErrors(body, 502);
        QCOMPARE(e.size(), 1);
        QCOMPARE(e.at(0).message, message);
        QVERIFY(e.at(0).code.isEmpty());
    }

    void isErrorList()
    {
        QVERIFY(parse::isErrorList("[{\"code\":\"x\",\"message\":\"y\"}]"));
        QVERIFY(!parse::isErrorList("{\"code\":\"x\"}"));
        QVERIFY(!parse::isErrorList("[]"));
        QVERIFY(!parse::isErrorList("[{\"id\":\"x\"}]"));
    }

    void mfaArrayShape()
    {
        const Parsed<MfaChallenge> c = parse::mfaChallenge(
            "[{\"code\":\"token_required\",\"message\":\"A MFA token is required\","
            "\"request_id\":\"cccccccccccccccccccccccccccccccc\","
            "\"session\":\"2675b703b9d4451f8d4861a3eee54449\",\"expiry\":9600,"
            "\"link\":\"30cb4806-6e00-48a4-91c9-ca55968576c8\","
            "\"token_generation_data\":{\"instructions\":\"Use the code\",\"type\":\"numeric\","
            "\"value\":\"12345\",\"expects_user_input\":true}}]");
        QVERIFY2(c, qPrintable(c.error));
        QCOMPARE(c.value->code, QStringLiteral("token_required"));
        QCOMPARE(c.value->requestId, QStringLiteral("cccccccccccccccccccccccccccccccc"));
        QCOMPARE(c.value->session, QStringLiteral("2675b703b9d4451f8d4861a3eee54449"));
        QCOMPARE(c.value->link, QStringLiteral("30cb4806-6e00-48a4-91c9-ca55968576c8"));
        QCOMPARE(c.value->expirySeconds, 9600);
        QVERIFY(c.value->hasTokenGenerationData);
        QCOMPARE(c.value->instructions, QStringLiteral("Use the code"));
        QCOMPARE(c.value->type, TokenType::Numeric);
        QCOMPARE(c.value->value, QStringLiteral("12345"));
        QVERIFY(c.value->expectsUserInput);
    }

    void mfaLegacyObjectShapeWithStringExpiry()
    {
        const Parsed<MfaChallenge> c = parse::mfaChallenge(
            "{\"code\":\"token_required\",\"message\":\"m\",\"session\":\"abc\",\"expiry\":\"720\","
            "\"link\":\"l\",\"token_generation_data\":{\"instructions\":\"Scan\",\"type\":\"QR "
            "code\","
            "\"value\":\"QRDATA\",\"expects_user_input\":true}}");
        QVERIFY(c);
        QCOMPARE(c.value->expirySeconds, 720);
        QCOMPARE(c.value->type, TokenType::Qr);
        QCOMPARE(c.value->typeName, QStringLiteral("QR code"));
    }

    void mfaWithoutTokenGenerationData()
    {
        const Parsed<MfaChallenge> c = parse::mfaChallenge(
            "[{\"code\":\"token_required\",\"message\":\"Enter the token from your device\","
            "\"session\":\"abc\",\"link\":\"l\"}]");
        QVERIFY(c);
        QVERIFY(!c.value->hasTokenGenerationData);
        QCOMPARE(c.value->instructions, QStringLiteral("Enter the token from your device"));
        QVERIFY(c.value->expectsUserInput);
        QCOMPARE(c.value->expirySeconds, -1);
    }

    void mfaWithoutSessionIsNotAChallenge()
    {
        QVERIFY(!parse::mfaChallenge("[{\"code\":\"token_required\",\"message\":\"m\"}]"));
        QVERIFY(!parse::mfaChallenge("<html></html>"));
    }

    void inputlessDefaultsToNoInput()
    {
        const Parsed<MfaChallenge> c = parse::mfaChallenge(
            "{\"session\":\"s\",\"token_generation_data\":{\"type\":\"inputless\"}}");
        QVERIFY(c);
        QCOMPARE(c.value->type, TokenType::Inputless);
        QVERIFY(!c.value->expectsUserInput);
    }

    void tokenTypes_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<TokenType>("type");
        QTest::newRow("numeric") << "numeric" << TokenType::Numeric;
        QTest::newRow("qr") << "qr" << TokenType::Qr;
        QTest::newRow("qr_code") << "qr_code" << TokenType::Qr;
        QTest::newRow("QR code") << "QR code" << TokenType::Qr;
        QTest::newRow("Text") << "Text" << TokenType::Text;
        QTest::newRow("inputless") << "inputless" << TokenType::Inputless;
        QTest::newRow("other") << "carrier pigeon" << TokenType::Unknown;
    }
    void tokenTypes()
    {
        QFETCH(QString, name);
        QFETCH(TokenType, type);
        QCOMPARE(parse::tokenType(name), type);
    }

    void expiry_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("seconds");
        QTest::newRow("number") << QByteArray("[600]") << 600;
        QTest::newRow("string") << QByteArray("[\"720\"]") << 720;
        QTest::newRow("zero") << QByteArray("[0]") << -1;
        QTest::newRow("negative") << QByteArray("[-5]") << -1;
        QTest::newRow("absurd") << QByteArray("[1e300]") << 86400;
        QTest::newRow("garbage") << QByteArray("[\"soon\"]") << -1;
        QTest::newRow("null") << QByteArray("[null]") << -1;
    }
    void expiry()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, seconds);
        QCOMPARE(parse::expirySeconds(QJsonDocument::fromJson(json).array().at(0)), seconds);
    }

    void institutionFromPaginatedAnswer()
    {
        const Parsed<Institution> i = parse::institution(
            "{\"count\":2,\"results\":[{\"name\":\"other\",\"form_fields\":[]},"
            "{\"name\":\"erebor_mx_retail\",\"display_name\":\"Erebor\",\"country_code\":\"MX\","
            "\"form_fields\":[{\"name\":\"password\",\"type\":\"password\",\"label\":\"Password\","
            "\"validation\":\"^.{1,}$\",\"validation_message\":\"Invalid\",\"optional\":false},"
            "{\"name\":\"username_type\",\"type\":\"select\",\"label\":\"Doc\",\"optional\":true,"
            "\"length\":3,\"values\":[{\"code\":\"001\",\"label\":\"Cédula\",\"validation\":\"^"
            "\\\\d+$\","
            "\"validation_message\":\"digits\",\"placeholder\":\"123\"},{\"label\":\"no "
            "code\"}]}]}]}",
            QStringLiteral("erebor_mx_retail"));
        QVERIFY2(i, qPrintable(i.error));
        QCOMPARE(i.value->name, QStringLiteral("erebor_mx_retail"));
        QCOMPARE(i.value->displayName, QStringLiteral("Erebor"));
        QCOMPARE(i.value->country, QStringLiteral("MX"));
        QCOMPARE(i.value->formFields.size(), 2);
        const FormField &select = i.value->formFields.at(1);
        QCOMPARE(select.type, QStringLiteral("select"));
        QVERIFY(select.optional);
        QCOMPARE(select.length, 3);
        QCOMPARE(select.values.size(), 1);
        QCOMPARE(select.values.at(0).label, QStringLiteral("Cédula"));
        QCOMPARE(select.values.at(0).validation, QStringLiteral("^\\d+$"));
    }

    // Belvo's specification names the countries country_codes, a list.
    void institutionCountryFromTheDocumentedList()
    {
        const Parsed<Institution> i = parse::institution(
            "{\"count\":1,\"results\":[{\"name\":\"erebor_co_retail\",\"country_codes\":[\"CO\"],"
            "\"form_fields\":[]}]}",
            QStringLiteral("erebor_co_retail"));
        QVERIFY2(i, qPrintable(i.error));
        QCOMPARE(i.value->country, QStringLiteral("CO"));
    }

    void institutionMissing()
    {
        const Parsed<Institution> i =
            parse::institution("{\"count\":0,\"results\":[]}", QStringLiteral("x"));
        QVERIFY(!i);
        QCOMPARE(i.error, QStringLiteral("No institution called \"x\" was found."));
    }

    void retryAfter()
    {
        const QDateTime now(QDate(2015, 10, 21), QTime(7, 27, 0), Qt::UTC);
        QCOMPARE(parse::retryAfterSeconds("30", now), 30);
        QCOMPARE(parse::retryAfterSeconds("Wed, 21 Oct 2015 07:28:00 GMT", now), 60);
        QCOMPARE(parse::retryAfterSeconds("", now), -1);
        QCOMPARE(parse::retryAfterSeconds("soon", now), -1);
        QCOMPARE(parse::retryAfterSeconds("-3", now), -1);
    }

    void fieldsFile()
    {
        const Parsed<UpdateFields> f = parse::updateFields(
            "{\"password\":\"p\",\"password2\":\"pin\",\"token\":\"t\",\"encryption_key\":\"k\","
            "\"username_type\":\"001\",\"certificate\":\"QUJD\",\"private_key\":\"REVG\"}");
        QVERIFY2(f, qPrintable(f.error));
        QCOMPARE(f.value->toJson(), QJsonObject({{"password", "p"},
                                                 {"password2", "pin"},
                                                 {"token", "t"},
                                                 {"encryption_key", "k"},
                                                 {"username_type", "001"},
                                                 {"certificate", "QUJD"},
                                                 {"private_key", "REVG"}}));
    }

    void fieldsOnlyFilledAreSent()
    {
        UpdateFields f;
        f.password = QStringLiteral("p");
        QCOMPARE(f.toJson(), QJsonObject({{"password", "p"}}));
        QCOMPARE(f.filledNames(), QStringList({"password"}));
    }

    void fieldsRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown key")
            << QByteArray("{\"password\":\"p\",\"username\":\"u\"}")
            << QStringLiteral("Unknown field \"username\". Allowed fields: password, password2, "
                              "token, encryption_key, username_type, certificate, private_key.");
        QTest::newRow("malformed") << QByteArray("{\"password\":")
                                   << QStringLiteral("The fields are not valid JSON (unterminated "
                                                     "object at offset 12).");
        QTest::newRow("array") << QByteArray("[\"password\"]")
                               << QStringLiteral("The fields must be a JSON object, like "
                                                 "{\"password\": \"…\"}.");
        QTest::newRow("number") << QByteArray("{\"password\":1234}")
                                << QStringLiteral("The field password must be a string.");
        QTest::newRow("certificate alone")
            << QByteArray("{\"password\":\"p\",\"certificate\":\"QUJD\"}")
            << QStringLiteral("A certificate and a private key go together: give both or "
                              "neither.");
        QTest::newRow("control character")
            << QByteArray("{\"password\":\"a\\u0007b\"}")
            << QStringLiteral("The field password contains a control character or an invalid "
                              "character. Retype it instead of pasting it.");
        QTest::newRow("too long") << (QByteArray("{\"password\":\"") + QByteArray(257, 'a') +
                                      QByteArray("\"}"))
                                  << QStringLiteral("The field password is too long (at most 256 "
                                                    "characters).");
        QTest::newRow("not base64")
            << QByteArray("{\"certificate\":\"not base64!\",\"private_key\":\"QUJD\"}")
            << QStringLiteral("The field certificate must be base64 text (the file's contents, "
                              "encoded).");
    }
    void fieldsRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const Parsed<UpdateFields> f = parse::updateFields(json);
        QVERIFY(!f);
        QCOMPARE(f.error, error);
    }

    void fieldText_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("error"); // empty: accepted
        const QString invalid = "The field password contains a control character or an invalid "
                                "character. Retype it instead of pasting it.";
        const QString emoji = QStringLiteral("😀"); // U+1F600: a surrogate pair in UTF-16
        QTest::newRow("emoji") << QStringLiteral("pass😀word") << QString();
        QTest::newRow("emoji sequence (ZWJ)")
            << QStringLiteral("👨‍👩‍👧 1") << QString();
        QTest::newRow("flag and accents") << QStringLiteral("🇲🇽contraseña") << QString();
        QTest::newRow("CJK extension B") << QStringLiteral("𠀋𠀌") << QString();
        QTest::newRow("lone high surrogate")
            << QString("a" + QString(QChar(0xD83D)) + "b") << invalid;
        QTest::newRow("high surrogate at the end")
            << QString("ab" + QString(QChar(0xD83D))) << invalid;
        QTest::newRow("lone low surrogate")
            << QString("a" + QString(QChar(0xDE00)) + "b") << invalid;
        QTest::newRow("reversed pair")
            << QString(QString(QChar(0xDE00)) + QChar(0xD83D)) << invalid;
        QTest::newRow("C0 control") << QStringLiteral("a\u0001b") << invalid;
        QTest::newRow("tab") << QStringLiteral("a\tb") << invalid;
        QTest::newRow("DEL") << QStringLiteral("a\u007fb") << invalid;
        QTest::newRow("C1 control (NEL)") << QString("a" + QString(QChar(0x85)) + "b") << invalid;
        QTest::newRow("C1 control (CSI)") << QString("a" + QString(QChar(0x9B)) + "b") << invalid;
        // The limit counts characters: 256 emoji are 512 UTF-16 units, and fit.
        QTest::newRow("256 emoji") << emoji.repeated(256) << QString();
        QTest::newRow("257 emoji")
            << emoji.repeated(257) << "The field password is too long (at most 256 characters).";
        QTest::newRow("255 letters and an emoji") << QString(255, 'a') + emoji << QString();
    }
    void fieldText()
    {
        QFETCH(QString, password);
        QFETCH(QString, error);
        UpdateFields f;
        f.password = password;
        QCOMPARE(validateUpdateFields(f), error);
    }

    void fieldsWithJsonEscapes()
    {
        const Parsed<UpdateFields> pair = parse::updateFields("{\"password\":\"x\\ud83d\\ude00\"}");
        QVERIFY2(pair, qPrintable(pair.error));
        QCOMPARE(pair.value->password, QStringLiteral("x😀"));
        const Parsed<UpdateFields> lone = parse::updateFields("{\"password\":\"x\\ud83dy\"}");
        QVERIFY(!lone);
        QCOMPARE(lone.error, QStringLiteral("The field password contains a control character or "
                                            "an invalid character. Retype it instead of pasting "
                                            "it."));
    }

    void widgetTokens_data()
    {
        auto jwt = [](const QByteArray &claims) -> QByteArray {
            const auto part = [](const QByteArray &d) {
                return d.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
            };
            return part("{\"alg\":\"HS256\"}") + '.' + part(claims) + ".c2ln";
        };
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("access");
        QTest::addColumn<int>("seconds");
        QTest::addColumn<QString>("error");
        QTest::newRow("Belvo's documented answer: 10 minutes")
            << QByteArray("{\"access\":\"a.b.c\",\"refresh\":\"d.e.f\"}") << "a.b.c" << 600 << "";
        QTest::newRow("expires_in")
            << QByteArray("{\"access\":\"a.b.c\",\"refresh\":\"d\",\"expires_in\":300}") << "a.b.c"
            << 300 << "";
        QTest::newRow("expires_in as text")
            << QByteArray("{\"access\":\"a\",\"expires_in\":\"120\"}") << "a" << 120 << "";
        const QByteArray fromJwt = jwt("{\"exp\":1700000900,\"iat\":1700000000,\"link_id\":\"x\"}");
        QTest::newRow("the JWT's exp - iat") << QByteArray("{\"access\":\"" + fromJwt + "\"}")
                                             << QString::fromLatin1(fromJwt) << 900 << "";
        QTest::newRow("expires_in wins over the JWT")
            << QByteArray("{\"access\":\"" + fromJwt + "\",\"expires_in\":60}")
            << QString::fromLatin1(fromJwt) << 60 << "";
        const QByteArray noIat = jwt("{\"exp\":1700000900}");
        QTest::newRow("a JWT without iat") << QByteArray("{\"access\":\"" + noIat + "\"}")
                                           << QString::fromLatin1(noIat) << 600 << "";
        const QByteArray backwards = jwt("{\"exp\":1,\"iat\":1700000000}");
        QTest::newRow("a JWT that expired before it was issued")
            << QByteArray("{\"access\":\"" + backwards + "\"}") << QString::fromLatin1(backwards)
            << 600 << "";
        QTest::newRow("capped at a day")
            << QByteArray("{\"access\":\"a\",\"expires_in\":9999999}") << "a" << 86400 << "";
        QTest::newRow("nonsense expires_in")
            << QByteArray("{\"access\":\"a\",\"expires_in\":-5}") << "a" << 600 << "";
        QTest::newRow("no access") << QByteArray("{\"refresh\":\"d.e.f\"}") << "" << 0
                                   << "The answer has no access token for the widget.";
        QTest::newRow("access not text") << QByteArray("{\"access\":12}") << "" << 0
                                         << "The answer has no access token for the widget.";
        QTest::newRow("not JSON") << QByteArray("<html>502</html>") << "" << 0
                                  << "The answer is not a JSON object.";
        QTest::newRow("an array") << QByteArray("[]") << "" << 0
                                  << "The answer is not a JSON object.";
    }
    void widgetTokens()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, access);
        QFETCH(int, seconds);
        QFETCH(QString, error);
        const Parsed<WidgetToken> t = parse::widgetToken(body);
        QCOMPARE(t.error, error);
        QCOMPARE(bool(t), error.isEmpty());
        if (t) {
            QCOMPARE(t.value->access, access);
            QCOMPARE(t.value->expiresInSeconds, seconds);
        }
    }

    void linkIds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("id");
        const QString id = QStringLiteral("3f1a6c2e-8d4b-4e1f-9a7c-2b5d8e0f1a3c");
        QTest::newRow("bare") << id << id;
        QTest::newRow("spaces and quotes") << "  \"" + id + "\"\n" << id;
        QTest::newRow("upper case") << id.toUpper() << id;
        QTest::newRow("api url") << "https://api.belvo.com/api/links/" + id + "/" << id;
        QTest::newRow("dashboard url")
            << "https://dashboard.belvo.com/accounts/5c0a3f2e-1b4d-4c6e-9f8a-7d6b5e4c3a21/links/" +
                   id + "?tab=details"
            << id;
        QTest::newRow("nothing") << QStringLiteral("hello") << QString();
        QTest::newRow("too long hex") << id + QStringLiteral("ab") << QString();
    }
    void linkIds()
    {
        QFETCH(QString, text);
        QFETCH(QString, id);
        QCOMPARE(extractLinkId(text), id);
    }

    void findLinkIds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("id");      // empty: none
        QTest::addColumn<QString>("message"); // empty: none
        const QString id = QStringLiteral("3f1a6c2e-8d4b-4e1f-9a7c-2b5d8e0f1a3c");
        const QString u1 = QStringLiteral("5c0a3f2e-1b4d-4c6e-9f8a-7d6b5e4c3a21");
        const QString u2 = QStringLiteral("9e8d7c6b-5a49-4382-a716-151413121110");
        const QString several = QStringLiteral(
            "The pasted text holds several different link ids; paste just the one to update.");
        QTest::newRow("empty") << QString() << QString() << QString();
        QTest::newRow("no uuid") << QStringLiteral("hello") << QString() << QString();
        QTest::newRow("bare") << id << id << QString();
        QTest::newRow("single uuid in prose")
            << "the link " + id.toUpper() + " fails" << id << QString();
        QTest::newRow("same id repeated")
            << id + " " + id.toUpper() + " /links/" + id << id << QString();
        QTest::newRow("dashboard url")
            << "https://dashboard.belvo.com/accounts/" + u1 + "/links/" + id + "?owner=" + u2 << id
            << QString();
        QTest::newRow("json created_by before id")
            << "{\"created_by\":\"" + u1 + "\",\"id\":\"" + id + "\"}" << id << QString();
        QTest::newRow("json pretty, request_id and user_id ignored")
            << "{\n  \"request_id\": \"" + u1 + "\",\n  \"ID\" : \"" + id +
                   "\",\n  \"institution_user_id\": \"" + u2 + "\"\n}"
            << id << QString();
        QTest::newRow("json link key over its own id")
            << "{\"id\":\"" + u1 + "\",\"link\":\"" + id + "\",\"session\":\"abc\"}" << id
            << QString();
        QTest::newRow("json link_id")
            << "{\"link_id\": \"" + id + "\", \"x\": \"" + u1 + "\"}" << id << QString();
        QTest::newRow("escaped json in a log line")
            << "body={\\\"created_by\\\":\\\"" + u1 + "\\\",\\\"id\\\":\\\"" + id + "\\\"}" << id
            << QString();
        QTest::newRow("python dict")
            << "{'created_by': '" + u1 + "', 'id': '" + id + "'}" << id << QString();
        QTest::newRow("query string")
            << "https://x.example/?owner=" + u1 + "&link=" + id << id << QString();
        QTest::newRow("two unkeyed uuids")
            << "{\"a\":\"" + u1 + "\",\"b\":\"" + u2 + "\"}" << QString() << several;
        QTest::newRow("two ids") << "[{\"id\":\"" + u1 + "\"},{\"id\":\"" + u2 + "\"}]" << QString()
                                 << several;
        QTest::newRow("two link urls") << "/links/" + u1 + " /links/" + u2 << QString() << several;
        QTest::newRow("too long hex") << id + QStringLiteral("ab") << QString() << QString();
        QTest::newRow("too long text")
            << QString(20000, ' ') + id << QString()
            << "The pasted text is too long to look for a link id in; paste just the link id or "
               "its URL.";
    }
    void findLinkIds()
    {
        QFETCH(QString, text);
        QFETCH(QString, id);
        QFETCH(QString, message);
        const Parsed<QString> found = findLinkId(text);
        QCOMPARE(found.value.value_or(QString()), id);
        QCOMPARE(found.error, message);
        QCOMPARE(extractLinkId(text), id); // the thin wrapper: the id, or nothing
    }

    void moduleDirOnlyInTheBuildTree_data()
    {
        QTest::addColumn<QString>("applicationDir");
        QTest::addColumn<QString>("buildTree");
        QTest::addColumn<bool>("honoured");
        const QString tree = "/home/ana/relink/build";
        QTest::newRow("the cli in the tree") << tree + "/app/cli" << tree << true;
        QTest::newRow("a test in the tree") << tree + "/tests" << tree << true;
        QTest::newRow("the tree itself") << tree << tree << true;
        QTest::newRow("tree with a slash") << tree + "/tests" << tree + "/" << true;
        QTest::newRow("installed") << "/usr/bin" << tree << false;
        QTest::newRow("installed, no tree here") << "/usr/bin" << QString() << false;
        QTest::newRow("another tree, same prefix") << tree + "-asan/tests" << tree << false;
        QTest::newRow("above the tree") << "/home/ana/relink" << tree << false;
        QTest::newRow("out through ..") << tree + "/../bin" << tree << false;
        QTest::newRow("relative") << "build/tests"
                                  << "build" << false;
        QTest::newRow("unknown program dir") << QString() << tree << false;
    }
    void moduleDirOnlyInTheBuildTree()
    {
        QFETCH(QString, applicationDir);
        QFETCH(QString, buildTree);
        QFETCH(bool, honoured);
        QCOMPARE(keystore::moduleDirVariableHonoured(applicationDir, buildTree), honoured);
    }

    void strictLinkIdRefusesPathInjection()
    {
        QVERIFY(isValidLinkId(QStringLiteral("3f1a6c2e-8d4b-4e1f-9a7c-2b5d8e0f1a3c")));
        QVERIFY(!isValidLinkId(QStringLiteral("../institutions")));
        QVERIFY(!isValidLinkId(QStringLiteral("3f1a6c2e-8d4b-4e1f-9a7c-2b5d8e0f1a3c/../x")));
        QVERIFY(!isValidLinkId(QStringLiteral("3f1a6c2e-8d4b-4e1f-9a7c-2b5d8e0f1a3c?x=1")));
        QVERIFY(!isValidLinkId(QString()));
    }

    void baseUrls_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("result"); // empty: refused
        QTest::newRow("https") << "https://api.example.com/"
                               << "https://api.example.com";
        QTest::newRow("https path") << "https://proxy.example.com/belvo/"
                                    << "https://proxy.example.com/belvo";
        QTest::newRow("http loopback") << "http://127.0.0.1:8080"
                                       << "http://127.0.0.1:8080";
        QTest::newRow("http 127.x") << "http://127.3.4.5"
                                    << "http://127.3.4.5";
        QTest::newRow("http ::1") << "http://[::1]:9000"
                                  << "http://[::1]:9000";
        QTest::newRow("http localhost") << "http://localhost:1"
                                        << "http://localhost:1";
        QTest::newRow("http remote") << "http://api.belvo.com"
                                     << "";
        QTest::newRow("http private") << "http://192.168.1.5"
                                      << "";
        QTest::newRow("ftp") << "ftp://example.com"
                             << "";
        QTest::newRow("userinfo") << "https://u:p@example.com"
                                  << "";
        QTest::newRow("query") << "https://example.com?x=1"
                               << "";
        QTest::newRow("garbage") << "not a url"
                                 << "";
    }
    void baseUrls()
    {
        QFETCH(QString, input);
        QFETCH(QString, result);
        const Parsed<QUrl> url = validateBaseUrl(input);
        if (result.isEmpty()) {
            QVERIFY(!url);
            QVERIFY(!url.error.isEmpty());
        } else {
            QVERIFY2(url, qPrintable(url.error));
            QCOMPARE(url.value->toString(), result);
        }
    }

    void environments()
    {
        QCOMPARE(resolveBaseUrl(QStringLiteral("sandbox"), {}).value->toString(),
                 QStringLiteral("https://sandbox.belvo.com"));
        QCOMPARE(resolveBaseUrl(QStringLiteral("production"), {}).value->toString(),
                 QStringLiteral("https://api.belvo.com"));
        QCOMPARE(resolveBaseUrl({}, {}).value->toString(),
                 QStringLiteral("https://sandbox.belvo.com"));
        QVERIFY(!resolveBaseUrl(QStringLiteral("staging"), {}));
        QCOMPARE(keychainKeyFor(QStringLiteral("production"), QUrl()),
                 QStringLiteral("production"));
        QCOMPARE(keychainKeyFor({}, QUrl(QStringLiteral("https://proxy.example.com:8443"))),
                 QStringLiteral("custom:https://proxy.example.com:8443"));
        // #23: a custom URL's keys are scoped to its whole base URL (scheme, host, port, path),
        // normalised: not found for another path, found for the same URL written differently.
        const QString eu = keychainKeyFor({}, QUrl(QStringLiteral("https://a.example/belvo-eu/")));
        QCOMPARE(eu, QStringLiteral("custom:https://a.example/belvo-eu"));
        QVERIFY(eu != keychainKeyFor({}, QUrl(QStringLiteral("https://a.example/other/"))));
        QVERIFY(eu != keychainKeyFor({}, QUrl(QStringLiteral("https://a.example/"))));
        QVERIFY(eu != keychainKeyFor({}, QUrl(QStringLiteral("http://a.example/belvo-eu"))));
        QVERIFY(eu != keychainKeyFor({}, QUrl(QStringLiteral("https://a.example:8443/belvo-eu"))));
        for (const char *same :
             {"https://A.example/belvo-eu", "HTTPS://a.EXAMPLE/belvo-eu//",
              "https://a.example:443/belvo-eu", "https://a.example/belvo-eu?x#y"})
            QCOMPARE(keychainKeyFor({}, QUrl(QString::fromLatin1(same))), eu);
        // Hole 2: an environment's entry (its keys) only for that environment's own URL.
        QCOMPARE(keychainKeyFor(QStringLiteral("production"),
                                QUrl(QStringLiteral("https://api.belvo.com"))),
                 QStringLiteral("production"));
        QCOMPARE(keychainKeyFor(QStringLiteral("production"),
                                QUrl(QStringLiteral("https://evil.example.com"))),
                 QStringLiteral("custom:https://evil.example.com"));
        QCOMPARE(keychainKeyFor(QStringLiteral("sandbox"),
                                QUrl(QStringLiteral("http://127.0.0.1:8080"))),
                 QStringLiteral("custom:http://127.0.0.1:8080"));
        QCOMPARE(environmentLabel(QStringLiteral("sandbox"),
                                  QUrl(QStringLiteral("https://sandbox.belvo.com"))),
                 QStringLiteral("sandbox"));
        QCOMPARE(environmentLabel(QStringLiteral("custom"),
                                  QUrl(QStringLiteral("https://proxy.example.com:8443"))),
                 QStringLiteral("custom:proxy.example.com"));
        QCOMPARE(
            environmentLabel(QStringLiteral("demo"), QUrl(QStringLiteral("http://127.0.0.1:1"))),
            QStringLiteral("demo"));
    }

    void explanations()
    {
        QCOMPARE(explainApiError({"login_error", "x", {}, {}}, 400),
                 QStringLiteral("The bank rejected the credentials. Check them with the customer "
                                "and try again."));
        QCOMPARE(explainApiError({"required", "x", "password", {}}, 400),
                 QStringLiteral("Fill in the field password."));
        QCOMPARE(explainApiError({{}, "x", {}, {}}, 401),
                 QStringLiteral("Belvo did not accept the secret keys for this environment. Check "
                                "the keys in Settings (each environment has its own)."));
    }
};

QTEST_GUILESS_MAIN(TestParsers)
#include "tst_belvo_parsers.moc"
