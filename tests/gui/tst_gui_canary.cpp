// Canaries: unique values in every credential field and in the secret keys, run through the
// CLI and the GUI (success, errors, MFA) with every log category on; then everything printed
// and every file written under HOME, XDG and TMPDIR is searched. Zero hits, asserted.
#include "testsupport.h"

#include "credentialform.h"
#include "historyservice.h"
#include "mainwindow.h"
#include "mfadialog.h"
#include "settings.h"
#include "workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>

using namespace relink;
using namespace relink::test;

namespace {

const QStringList kCanaries = {"CnryPassword7f3a", "CnryPassword2b9c", "CnryToken4d1e",
                               "CnryEncKey8a2f",   "CnrySecretId5c6d", "CnrySecretPw0e9b",
                               "CnryCertBody3k7",  "CnryKeyBody6h2"};
enum { Password, Password2, Token, EncKey, SecretId, SecretPw, Cert, Key };

QTemporaryDir *g_root = nullptr;
QTemporaryDir *g_inputs = nullptr;
QStringList g_printed;
// The hand-off's widget tokens the simulator gave: the refresh tokens must be nowhere; the
// access tokens only in the URL relink-cli prints on stdout (kept out of g_printed).
QStringList g_widgetTokens;

void capture(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_printed << message;
}

// Every form a canary could take in a file or in output.
QList<QByteArray> forms(const QString &canary)
{
    const QByteArray raw = canary.toUtf8();
    QList<QByteArray> out{raw, raw.toBase64()};
    out << QByteArray(QByteArray("-----BEGIN-----\n") + raw).toBase64();    // key files as sent
    out << QByteArray(kCanaries[SecretId].toUtf8() + ':' + raw).toBase64(); // Basic auth
    return out;
}
} // namespace

class TestCanary : public QObject
{
    Q_OBJECT

    BelvoSimulator *m_sim = nullptr;

    QString file(const QString &name, const QByteArray &content)
    {
        // Outside the scanned tree: these are the user's own input files.
        QFile f(g_inputs->filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(content);
        return f.fileName();
    }

    QByteArray cliRun(const QStringList &args, const QByteArray &input)
    {
        QProcessEnvironment env =
            cliEnvironment(m_sim->baseUrl(), kCanaries[SecretId], kCanaries[SecretPw]);
        env.insert("QT_LOGGING_RULES", "relink.*=true");
        return runCli(env, args, input, QProcess::MergedChannels).out;
    }

private slots:
    void initTestCase()
    {
        m_sim = new BelvoSimulator(this);
        QVERIFY(m_sim->listen());
        m_sim->setKeys(kCanaries[SecretId], kCanaries[SecretPw]);
        m_sim->setLinkPassword(kValid, kCanaries[Password]);
        m_sim->setLinkPassword(kNumeric, kCanaries[Password]);
        QLoggingCategory::setFilterRules("relink.*=true");
        qInstallMessageHandler(capture);
    }

    void cliThroughSuccessErrorsAndMfa()
    {
        const QByteArray fields = "{\"password\":\"" + kCanaries[Password].toUtf8() +
                                  "\",\"password2\":\"" + kCanaries[Password2].toUtf8() +
                                  "\",\"token\":\"" + kCanaries[Token].toUtf8() +
                                  "\",\"encryption_key\":\"" + kCanaries[EncKey].toUtf8() + "\"}";
        const QString cert = file("c.pem", "-----BEGIN-----\n" + kCanaries[Cert].toUtf8());
        const QString key = file("k.pem", "-----BEGIN-----\n" + kCanaries[Key].toUtf8());
        QByteArray out = cliRun({"update", kValid, "--fields", "-", "--certificate-file", cert,
                                 "--private-key-file", key},
                                fields);
        QVERIFY2(out.contains("Status:        valid"), out.constData()); // the path really ran
        g_printed << QString::fromUtf8(out);
        out = cliRun({"update", kValid, "--fields", "-"},
                     "{\"password\":\"" + kCanaries[Password2].toUtf8() + "\"}");
        QVERIFY(out.contains("error: login_error"));
        g_printed << QString::fromUtf8(out);
        out = cliRun({"update", kNumeric, "--fields", "-", "--json"},
                     "{\"password\":\"" + kCanaries[Password].toUtf8() + "\"}");
        // No terminal: the challenge comes out as JSON; resume it with the token on stdin.
        const QString session = QRegularExpression("\"session\": \"([0-9a-f]+)\"")
                                    .match(QString::fromUtf8(out))
                                    .captured(1);
        QVERIFY2(!session.isEmpty(), out.constData());
        g_printed << QString::fromUtf8(out);
        out = cliRun({"resume", "--link", kNumeric, "--session", session, "--json"},
                     kCanaries[Token].toUtf8() + "\n");
        QVERIFY2(out.contains("\"session\""), out.constData()); // rejected: a new challenge
        g_printed << QString::fromUtf8(out);
        out = cliRun({"update", kValid, "--fields", "-", "--json"},
                     "{\"password\":\"" + kCanaries[Password2].toUtf8() + "\"}");
        QVERIFY2(out.contains("\"exit_code\": 6"), out.constData()); // a failure, as JSON
        g_printed << QString::fromUtf8(out);
        const QString mfaFields =
            file("f.json", "{\"password\":\"" + kCanaries[Password].toUtf8() + "\"}");
        out = cliRun({"update", kNumeric, "--fields", mfaFields},
                     kCanaries[Token].toUtf8() + "\n111111\n");
        QVERIFY2(out.contains("The token was not accepted.") && out.contains("valid"),
                 out.constData());
        g_printed << QString::fromUtf8(out);
    }

    // handoff prints the customer's URL on stdout and nothing secret anywhere else; wait too.
    void cliHandOffAndWait()
    {
        auto run = [&](const QStringList &args, int exitCode) {
            QProcessEnvironment env =
                cliEnvironment(m_sim->baseUrl(), kCanaries[SecretId], kCanaries[SecretPw]);
            env.insert("QT_LOGGING_RULES", "relink.*=true");
            QProcess p;
            p.setProcessEnvironment(env);
            p.setChildProcessModifier([] { ::setsid(); });
            QSignalSpy done(&p, &QProcess::finished);
            p.start(RELINK_CLI_PATH, args);
            p.closeWriteChannel();
            if (!done.wait(30'000))
                p.kill();
            const QString err = QString::fromUtf8(p.readAllStandardError());
            if (p.exitCode() != exitCode)
                QTest::qFail(qPrintable(args.join(' ') + ": " + err), __FILE__, __LINE__);
            g_printed << err;
            return QString::fromUtf8(p.readAllStandardOutput());
        };
        auto given = [&] {
            const QJsonObject o =
                QJsonDocument::fromJson(m_sim->lastRequest().responseBody).object();
            if (o.value("access").toString().isEmpty() || o.value("refresh").toString().isEmpty())
                QTest::qFail("the simulator gave no widget token", __FILE__, __LINE__);
            g_widgetTokens << o.value("access").toString() << o.value("refresh").toString();
            return o.value("access").toString();
        };
        QVERIFY(m_sim->setLinkStatus(kValid, "invalid")); // a valid link is not handed off
        // The login errors above ask to confirm: --force goes ahead, with logging on too.
        QString out = run({"handoff", kValid, "--force"}, 0);
        QString access = given();
        QVERIFY(m_sim->setLinkStatus(kValid, "valid")); // the customer did it
        QCOMPARE(out, m_sim->baseUrl().toString() + "/widget/?access_token=" + access +
                          "&locale=es\n"); // its only place
        out = run({"handoff", kQr, "--json", "--locale", "en"}, 0);
        access = given();
        QCOMPARE(QJsonDocument::fromJson(out.toUtf8()).object().value("url").toString(),
                 m_sim->baseUrl().toString() + "/widget/?access_token=" + access + "&locale=en");
        g_printed << run({"wait", kValid}, 0) << run({"wait", kQr, "--timeout", "1", "--json"}, 7);
        QVERIFY(m_sim->setLinkStatus(kNumeric, "invalid"));
        out = run({"handoff", kNumeric}, 0);
        g_printed << out.remove(given()); // the URL without its token
        QVERIFY(out.endsWith("&locale=es\n"));
        // Ended too: an open hand-off would be watched again by the desktop app below, and its
        // polls would take the answers that test queues for its own requests.
        QVERIFY(m_sim->setLinkStatus(kNumeric, "valid"));
        g_printed << run({"wait", kNumeric}, 0);
        QVERIFY(g_printed.join('\n').contains("POST /api/token/ -> 200")); // logging was on
    }

    void guiThroughSuccessErrorsAndMfa()
    {
        // The CLI's runs above left login errors and hand-offs: the canary is about secrets, so
        // nothing asks to confirm here (tst_gui_preflight drives the confirmation).
        Settings::setValue(Setting::PreflightLoginErrors, 0);
        Settings::setValue(Setting::PreflightConfirmHandoff, false);
        Workspace workspace;
        workspace.ensureHistory(); // the default file, under XDG_DATA_HOME: scanned below
        MainWindow window(&workspace);
        workspace.setEnvironment("custom");
        workspace.setCustomUrl(m_sim->baseUrl().toString());
        workspace.setSessionKeys(workspace.keyEntry(), {kCanaries[SecretId], kCanaries[SecretPw]});
        window.show();
        auto edit = [&](const char *name) {
            return window.findChild<QLineEdit *>(QString::fromLatin1(name));
        };
        auto idle = [&] {
            return !window.findChild<QProgressBar *>("busyBar")->isVisible();
        };
        auto *update = window.findChild<QPushButton *>("updateButton");
        window.findChild<CredentialForm *>()->setFilePicker([&](QWidget *, const QString &t) {
            return t.contains("Certificate")
                       ? file("gc.pem", "-----BEGIN-----\n" + kCanaries[Cert].toUtf8())
                       : file("gk.pem", "-----BEGIN-----\n" + kCanaries[Key].toUtf8());
        });

        // Success with every field of the full form (after a check that failed) filled.
        m_sim->enqueueResponse({500, R"([{"code":"unexpected_error","message":"m"}])", {}});
        QTest::keyClicks(edit("linkIdEdit"), kValid); // checked by itself
        QTRY_VERIFY(idle() && edit("encryptionKeyEdit") && edit("encryptionKeyEdit")->isVisible());
        QTest::keyClicks(edit("passwordEdit"), kCanaries[Password]);
        QTest::keyClicks(edit("password2Edit"), kCanaries[Password2]);
        QTest::keyClicks(edit("tokenEdit"), kCanaries[Token]);
        QTest::keyClicks(edit("encryptionKeyEdit"), kCanaries[EncKey]);
        QTest::mouseClick(window.findChild<QPushButton *>("certificateButton"), Qt::LeftButton);
        QTest::mouseClick(window.findChild<QPushButton *>("privateKeyButton"), Qt::LeftButton);
        QTest::mouseClick(update, Qt::LeftButton);
        QTRY_VERIFY(idle());
        QCOMPARE(m_sim->lastRequest().json().value("password").toString(), kCanaries[Password]);
        QCOMPARE(window.findChild<QLabel *>("statusBadge")->text(), QString("valid"));

        // Errors.
        QTest::keyClicks(edit("passwordEdit"), kCanaries[Password2]);
        QTest::mouseClick(update, Qt::LeftButton);
        QTRY_VERIFY(idle());
        QCOMPARE(m_sim->lastRequest().responseStatus, 400);

        // MFA: a rejected canary token, then the right one.
        edit("linkIdEdit")->clear();
        QTest::keyClicks(edit("linkIdEdit"), kNumeric); // checked by itself: Heimdall's form
        QTRY_VERIFY(idle() && window.findChild<QLabel *>("formNoticeLabel")->text() ==
                                  "The fields Heimdall Mexico asks for.");
        window.findChild<QComboBox *>("usernameTypeCombo")->setCurrentIndex(1);
        edit("passwordEdit")->clear();
        QTest::keyClicks(edit("passwordEdit"), kCanaries[Password]);
        QTest::mouseClick(update, Qt::LeftButton);
        MfaDialog *d = nullptr;
        QTRY_VERIFY((d = window.findChild<MfaDialog *>()) && d->isVisible());
        QTest::keyClicks(d->findChild<QLineEdit *>("tokenEdit"), kCanaries[Token]);
        QTest::mouseClick(d->findChild<QPushButton *>("submitButton"), Qt::LeftButton);
        QTRY_VERIFY(!d->findChild<QLabel *>("noticeLabel")->text().isEmpty());
        QTest::keyClicks(d->findChild<QLineEdit *>("tokenEdit"), "111111");
        QTest::mouseClick(d->findChild<QPushButton *>("submitButton"), Qt::LeftButton);
        QTRY_VERIFY(!window.findChild<MfaDialog *>());
        QCOMPARE(window.findChild<QLabel *>("statusBadge")->text(), QString("valid"));
        window.close(); // writes the preferences
    }

    void noCanaryAnywhere()
    {
        QVERIFY(g_printed.size() > 10); // logging was on and said things
        const QByteArray printed = g_printed.join('\n').toUtf8();
        int files = 0;
        QDirIterator it(g_root->path(), QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        QList<QPair<QString, QByteArray>> contents{{"output", printed}};
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly)) {
                contents.append({f.fileName(), f.readAll()});
                ++files;
            }
        }
        QVERIFY2(files > 0,
                 "the apps wrote no file at all: is the scan looking in the right place?");
        for (const QString &canary : kCanaries) {
            for (const QByteArray &form : forms(canary)) {
                for (const auto &[where, data] : std::as_const(contents))
                    QVERIFY2(!data.contains(form), qPrintable(canary + " found in " + where));
            }
        }
        QCOMPARE(g_widgetTokens.size(), 6);
        for (const QString &token : std::as_const(g_widgetTokens)) {
            for (const auto &[where, data] : std::as_const(contents))
                QVERIFY2(!data.contains(token.toUtf8()), qPrintable("a widget token in " + where));
        }
    }
};

int main(int argc, char *argv[])
{
    // Everything the apps may write goes under one folder that the last test searches.
    QTemporaryDir root, inputs;
    g_root = &root;
    g_inputs = &inputs;
    for (const char *var : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME",
                            "XDG_STATE_HOME", "TMPDIR", "XDG_RUNTIME_DIR"}) {
        const QString dir = root.filePath(QString::fromLatin1(var).toLower());
        QDir().mkpath(dir);
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv(var, dir.toUtf8());
    }
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName("RelinkCanary");
    TestCanary test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_gui_canary.moc"
