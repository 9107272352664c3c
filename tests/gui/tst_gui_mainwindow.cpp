// The desktop app driven as a support agent would: real windows and dialogs found by
// objectName, typed into and clicked with QTest, against the simulator on 127.0.0.1.
#include "guidriver.h"
#include "testsupport.h"

#include "credentialform.h"
#include "keychainbackend.h"
#include "keystore.h"
#include "mainwindow.h"
#include "mfadialog.h"
#include "settingsdialog.h"
#include "workspace.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QToolButton>

using namespace relink;
using namespace relink::test;

namespace {
// A keychain that holds every answer until the test gives it, as a slow unlock prompt would.
class HeldKeychain final : public KeychainBackend
{
public:
    struct Job
    {
        Op op;
        QString key;
        Done done;
    };
    HeldKeychain() { keystore::setBackendForTesting(this); }
    ~HeldKeychain() override { keystore::setBackendForTesting(nullptr); }
    void start(Op op, const QString &, const QString &key, const QByteArray &, Done done) override
    {
        jobs.push_back({op, key, std::move(done)});
    }
    QStringList held() const
    {
        QStringList out;
        for (const Job &j : jobs)
            out << QStringLiteral("%1 %2").arg(int(j.op)).arg(j.key);
        return out;
    }
    // Answers every held job, oldest first: each succeeds, and reads find `stored`.
    void answerAll(const QByteArray &stored)
    {
        for (Job &j : std::exchange(jobs, {}))
            j.done({Status::Ok, j.op == Op::Read ? stored : QByteArray(), {}});
    }
    std::vector<Job> jobs;
};
} // namespace

class TestGui : public QObject, public GuiDriver
{
    Q_OBJECT

public:
    TestGui() : GuiDriver{nullptr} {}

private:
    BelvoSimulator *m_sim = nullptr;
    Workspace *m_workspace = nullptr;
    MainWindow *m_window = nullptr;

    // Types the id, checks the link (which builds the form), then fills the password.
    void prepare(const QString &linkId, const QString &password)
    {
        type("linkIdEdit", linkId);
        click("checkLinkButton");
        QTRY_VERIFY(idle());
        if (auto *combo = m_window->findChild<QComboBox *>("usernameTypeCombo"))
            combo->setCurrentIndex(1);
        type("passwordEdit", password);
    }

    // Every field: the form after a check that failed (a 500 for the link), said so.
    void fullForm(const QString &linkId)
    {
        m_sim->enqueueResponse({500, R"([{"code":"unexpected_error","message":"m"}])", {}});
        type("linkIdEdit", linkId); // checked by itself
        QTRY_VERIFY(idle() && text("formNoticeLabel").startsWith("Showing every field"));
    }

    MfaDialog *mfaDialog() const
    {
        MfaDialog *d = m_window->findChild<MfaDialog *>();
        return d && d->isVisible() ? d : nullptr;
    }

    void pointAt(const QUrl &url)
    {
        m_workspace->setEnvironment("custom");
        m_workspace->setCustomUrl(url.toString());
        m_workspace->setSessionKeys(m_workspace->keyEntry(), {BelvoSimulator::kDemoSecretId,
                                                              BelvoSimulator::kDemoSecretPassword});
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void init()
    {
        m_sim = new BelvoSimulator;
        QVERIFY(m_sim->listen());
        m_workspace = new Workspace;
        m_window = new MainWindow(m_workspace);
        root = m_window;
        pointAt(m_sim->baseUrl());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    void cleanup()
    {
        delete m_window;
        delete m_workspace;
        delete m_sim;
        QSettings().clear();
    }

    void credentialFieldsAppearWithTheBanksForm()
    {
        QVERIFY(!m_window->findChild<QLineEdit *>("passwordEdit"));
        QCOMPARE(text("formProblemLabel"),
                 QString("Enter the link id above, and the credential fields appear here."));
        type("linkIdEdit", kValid.left(12));
        QVERIFY(!m_window->findChild<QLineEdit *>("passwordEdit")); // not a link id yet
        QTest::keyClicks(find<QLineEdit>("linkIdEdit"), kValid.mid(12));
        QVERIFY(!m_window->findChild<QLineEdit *>("passwordEdit")); // the bank is not known yet
        QTRY_VERIFY(idle() && text("formNoticeLabel") == "The fields Erebor Mexico asks for.");
        QTRY_VERIFY(find<QLineEdit>("passwordEdit")->isVisible());
        QCOMPARE(text("formProblemLabel"), QString("Password is required."));
        type("passwordEdit", "typed-secret");
        type("linkIdEdit", "not-an-id"); // editing the id again keeps the work, hidden
        QCOMPARE(text("formProblemLabel"), QString("Enter the link id first."));
        QVERIFY(!find<QLineEdit>("passwordEdit")->isVisible());
        QVERIFY(!find<QPushButton>("updateButton")->isEnabled());
        type("linkIdEdit", kValid); // the same link again: its form and what was typed
        QTRY_VERIFY(find<QLineEdit>("passwordEdit")->isVisible());
        QCOMPARE(find<QLineEdit>("passwordEdit")->text(), QString("typed-secret"));
        QVERIFY(find<QPushButton>("updateButton")->isEnabled());
    }

    void pastedUrlBecomesTheCleanId()
    {
        QVERIFY(!find<QPushButton>("checkLinkButton")->isEnabled());
        auto *edit = find<QLineEdit>("linkIdEdit");
        QTest::keyClicks(edit, "abc");
        QCOMPARE(text("linkIdHintLabel"), QString("Not a link id yet. A link id looks like "
                                                  "3f1a6c2e-8d4b-4e1f-9a7c-2b5d8e0f1a3c."));
        edit->clear();
        QApplication::clipboard()->setText(" \"https://dashboard.belvo.com/links/" + kValid +
                                           "/details\" ");
        edit->setFocus();
        QTest::keySequence(edit, QKeySequence::Paste);
        QCOMPARE(edit->text(), kValid);
        QCOMPARE(text("linkIdHintLabel"), QString("✓ A valid link id."));
        QVERIFY(find<QPushButton>("checkLinkButton")->isEnabled());
    }

    // Hole 14: pasted JSON gives the link's id, never its creator's; several ids are refused.
    void pastedJsonGivesTheLinkIdOrSaysWhy()
    {
        auto *edit = find<QLineEdit>("linkIdEdit");
        edit->setFocus();
        QApplication::clipboard()->setText(
            "{\"created_by\": \"5c0a3f2e-1b4d-4c6e-9f8a-7d6b5e4c3a21\", \"id\": \"" + kValid +
            "\", \"status\": \"invalid\"}");
        QTest::keySequence(edit, QKeySequence::Paste);
        QCOMPARE(edit->text(), kValid);
        edit->clear();
        QApplication::clipboard()->setText(kValid + " and " + kNumeric);
        QTest::keySequence(edit, QKeySequence::Paste);
        QCOMPARE(edit->text(), kValid + " and " + kNumeric); // nothing guessed
        QCOMPARE(text("linkIdHintLabel"), QString("The pasted text holds several different link "
                                                  "ids; paste just the one to update."));
        QVERIFY(!find<QPushButton>("checkLinkButton")->isEnabled());
    }

    void successShowsTheUpdatedLink()
    {
        QCOMPARE(text("resultPlaceholder"), QString("Results appear here."));
        type("linkIdEdit", kValid);
        QTest::keyClick(find<QLineEdit>("linkIdEdit"), Qt::Key_Return); // Enter checks
        QTRY_VERIFY(idle());
        QCOMPARE(m_sim->requests().size(), 2);
        QCOMPARE(m_sim->requests().at(0).path, "/api/links/" + kValid + "/");
        QCOMPARE(m_sim->requests().at(1).query.toString(), QString("name=erebor_mx_retail"));
        QCOMPARE(text("linkStatusBadge"), QString("invalid"));
        QCOMPARE(text("formNoticeLabel"), QString("The fields Erebor Mexico asks for."));
        QVERIFY(!find<QPushButton>("updateButton")->isEnabled());
        QCOMPARE(text("formProblemLabel"), QString("Password is required."));

        type("passwordEdit", "pass_valid");
        QVERIFY(find<QPushButton>("updateButton")->isEnabled());
        QTest::keyClick(find<QLineEdit>("passwordEdit"), Qt::Key_Return); // Enter submits
        QVERIFY(find<QPushButton>("cancelButton")->isVisible());
        QVERIFY(!find<QPushButton>("updateButton")->isEnabled()); // no double submit
        QTRY_VERIFY(idle());

        const BelvoSimulator::Request put = m_sim->lastRequest();
        QCOMPARE(put.method, QByteArray("PUT"));
        QCOMPARE(put.body, QByteArray("{\"password\":\"pass_valid\"}"));
        QCOMPARE(put.header("authorization"), basicAuth("demo-secret-id", "demo-secret-password"));
        QCOMPARE(text("headlineLabel"), QString("Credentials updated"));
        QVERIFY(!m_window->findChild<QLabel *>("resultPlaceholder")); // the panel took its place
        QCOMPARE(text("statusBadge"), QString("valid"));
        QCOMPARE(text("statusMeaningLabel"),
                 QString("Working: Belvo can log in to the bank with the stored credentials."));
        QCOMPARE(text("institutionValue"), QString("erebor_mx_retail"));
        QCOMPARE(text("accessModeValue"), QString("recurrent"));
        QCOMPARE(text("refreshRateValue"), QString("24h"));
        QCOMPARE(text("linkIdValue"), kValid);
        QCOMPARE(text("createdByValue"), QString("5c0a3f2e-1b4d-4c6e-9f8a-7d6b5e4c3a21"));
        QVERIFY(!find<QPushButton>("cancelButton")->isVisible());
        click("copyLinkIdButton");
        QCOMPARE(QApplication::clipboard()->text(), kValid);
        click("rawJsonToggle");
        QCOMPARE(
            QJsonDocument::fromJson(find<QPlainTextEdit>("rawJsonEdit")->toPlainText().toUtf8())
                .object(),
            QJsonDocument::fromJson(put.responseBody).object());
        QCOMPARE(find<QLineEdit>("passwordEdit")->text(), QString()); // secrets cleared
    }

    void twoErrorsAreExplainedAndTheFormIsKept()
    {
        prepare(kValid, "typed-secret");
        m_sim->enqueueResponse({400,
                                "[{\"code\":\"required\",\"message\":\"This field is required.\","
                                "\"field\":\"password2\",\"request_id\":\"aaaa1111\"},"
                                "{\"code\":\"institution_down\",\"message\":\"Down\","
                                "\"request_id\":\"bbbb2222\"}]",
                                {}});
        click("updateButton");
        QTRY_VERIFY(idle());
        QCOMPARE(text("headlineLabel"), QString("The update failed"));
        QCOMPARE(text("messageLabel"), QString("Belvo reported 2 problem(s):"));
        QCOMPARE(text("errorLabel1"), QString("Fill in the field password2."));
        QCOMPARE(text("errorDetailsLabel1"),
                 QString("required (field password2): This field is required."));
        QCOMPARE(text("requestIdLabel1"), QString("Request id: aaaa1111"));
        QCOMPARE(text("errorLabel2"),
                 QString("The bank is not answering right now. Try again later."));
        QCOMPARE(text("requestIdLabel2"), QString("Request id: bbbb2222"));
        click("copyRequestIdButton2");
        QCOMPARE(QApplication::clipboard()->text(), QString("bbbb2222"));
        QVERIFY(!find<QPushButton>("openSettingsButton")->isVisible());
        QCOMPARE(find<QLineEdit>("passwordEdit")->text(), QString("typed-secret"));
        QCOMPARE(find<QLineEdit>("linkIdEdit")->text(), kValid);
        QVERIFY(find<QPushButton>("updateButton")->isEnabled());
    }

    void wrongKeysOfferSettings()
    {
        prepare(kValid, "pass_valid");
        m_sim->setKeys("other", "keys");
        click("updateButton");
        QTRY_VERIFY(idle());
        QCOMPARE(text("errorLabel1"),
                 QString("Belvo did not accept the secret keys for this environment. Check the "
                         "keys in Settings (each environment has its own)."));
        QVERIFY(find<QPushButton>("openSettingsButton")->isVisible());
        click("openSettingsButton");
        SettingsDialog *settings = nullptr;
        QTRY_VERIFY((settings = m_window->findChild<SettingsDialog *>()) && settings->isVisible());
        QCOMPARE(find<QComboBox>("environmentCombo", settings)->currentData().toString(),
                 QString("custom"));
        QTest::keyClick(settings, Qt::Key_Escape);
        QTRY_VERIFY(!m_window->findChild<SettingsDialog *>());
    }

    void unknownLinkSuggestsTheEnvironmentAndFallsBackToTheFullForm()
    {
        type("linkIdEdit", "99999999-9999-4999-8999-999999999999");
        click("checkLinkButton");
        QTRY_VERIFY(idle());
        QCOMPARE(text("headlineLabel"), QString("The link could not be loaded"));
        QCOMPARE(text("errorLabel1"),
                 QString("No link with this id exists in this environment. Check the id and "
                         "that the right environment is selected."));
        for (const char *name : {"passwordEdit", "password2Edit", "tokenEdit", "encryptionKeyEdit",
                                 "usernameTypeCombo", "certificateButton", "privateKeyButton"})
            QTRY_VERIFY2(find(name)->isVisible(), name);
    }

    void serverErrorWithAnHtmlBody()
    {
        prepare(kValid, "pass_valid");
        m_sim->enqueueResponse({500, "<html><body><h1>500</h1></body></html>", {}});
        click("updateButton");
        QTRY_VERIFY(idle());
        QCOMPARE(text("errorLabel1"),
                 QString("Belvo or the bank failed. Try again once or twice; if it keeps "
                         "failing, report the request id to Belvo."));
        QCOMPARE(text("errorDetailsLabel1"),
                 QString("HTTP 500: The server answered HTTP 500 with a web page instead of "
                         "Belvo's JSON; a proxy or gateway between you and Belvo probably "
                         "answered."));
        QCOMPARE(find<QLineEdit>("passwordEdit")->text(), QString("pass_valid"));
    }

    void connectionRefused()
    {
        prepare(kValid, "pass_valid");
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        pointAt(QUrl(QString("http://127.0.0.1:%1").arg(port)));
        QCOMPARE(find<QLineEdit>("customUrlEdit")->text(),
                 QString("http://127.0.0.1:%1").arg(port));
        click("updateButton");
        QTRY_VERIFY(idle());
        QCOMPARE(text("headlineLabel"), QString("The update failed"));
        QCOMPARE(text("messageLabel"),
                 QString("Could not connect to 127.0.0.1:%1: the connection was refused. Check "
                         "the environment or base URL and your network.")
                     .arg(port));
        QCOMPARE(find<QLineEdit>("passwordEdit")->text(), QString("pass_valid"));
    }

    void cancelMidRequest()
    {
        prepare(kValid, "pass_valid");
        m_sim->setNextFault(BelvoSimulator::Fault::NeverAnswer);
        click("updateButton");
        QTRY_COMPARE(m_sim->requests().size(), 3);
        QVERIFY(find<QPushButton>("cancelButton")->isVisible());
        click("cancelButton");
        QTRY_VERIFY(idle());
        QCOMPARE(text("headlineLabel"), QString("Cancelled"));
        QCOMPARE(text("messageLabel"),
                 QString("Cancelled. The request may already have reached Belvo; check the "
                         "link's status before trying again."));
        QCOMPARE(find<QLineEdit>("passwordEdit")->text(), QString("pass_valid"));
        QVERIFY(find<QPushButton>("updateButton")->isEnabled());
    }

    void serverThatNeverAnswersTimesOut()
    {
        prepare(kValid, "pass_valid");
        m_workspace->setTimeoutSeconds(1);
        m_sim->setNextFault(BelvoSimulator::Fault::NeverAnswer);
        click("updateButton");
        QTRY_VERIFY_WITH_TIMEOUT(idle(), 10'000);
        QCOMPARE(text("headlineLabel"), QString("The update failed"));
        QCOMPARE(text("messageLabel"),
                 QString("No answer from 127.0.0.1:%1 within 1 second(s). The bank may be slow: "
                         "check the link's status, then try again.")
                     .arg(m_sim->baseUrl().port()));
    }

    void hugeAnswerIsCutOff()
    {
        prepare(kValid, "pass_valid");
        m_sim->setNextFault(BelvoSimulator::Fault::HugeBody, 64);
        click("updateButton");
        QTRY_VERIFY_WITH_TIMEOUT(idle(), 30'000);
        QVERIFY(text("messageLabel").contains("was larger than 8 MiB and was stopped"));
        QCOMPARE(find<QLineEdit>("passwordEdit")->text(), QString("pass_valid"));
    }

    void closingTheWindowMidRequestCancelsIt()
    {
        prepare(kValid, "pass_valid");
        m_sim->setNextFault(BelvoSimulator::Fault::NeverAnswer);
        click("updateButton");
        QTRY_COMPARE(m_sim->requests().size(), 3);
        m_window->close();
        QVERIFY(!m_window->isVisible());
        delete m_window; // nothing may call back into it
        m_window = nullptr;
        QCoreApplication::processEvents();
    }

    void closingTheWindowDuringMfaAbandonsTheSession()
    {
        prepare(kNumeric, "numeric_code");
        click("updateButton");
        QTRY_VERIFY(mfaDialog());
        m_window->close();
        QTRY_VERIFY(!mfaDialog());
        QCOMPARE(m_sim->requests().last().method, QByteArray("PUT")); // no resume was sent
    }

    void numericMfaWithARejectedTokenThenSuccess()
    {
        prepare(kNumeric, "numeric_code");
        QCOMPARE(find<QComboBox>("usernameTypeCombo")->currentData().toString(), QString("001"));
        click("updateButton");
        QTRY_VERIFY(mfaDialog());
        MfaDialog *d = mfaDialog();
        QVERIFY(d->isModal());
        QCOMPARE(text("instructionsLabel", d),
                 QString("Enter the 6-digit code the bank sent by SMS to the phone ending in "
                         "4321."));
        QCOMPARE(text("challengeValueLabel", d), QString("4321"));
        QVERIFY(text("countdownLabel", d).startsWith("Time left: 10:00") ||
                text("countdownLabel", d).startsWith("Time left: 9:5"));
        QVERIFY(!find<QPushButton>("submitButton", d)->isEnabled());
        QVERIFY(!find<QPushButton>("approvedButton", d)->isVisible());

        type("tokenEdit", "999999", d);
        click("submitButton", d);
        QTRY_COMPARE(text("noticeLabel", d),
                     QString("The token was not accepted. Ask the customer for the new one and "
                             "try again."));
        QVERIFY(d->isVisible());
        QCOMPARE(find<QLineEdit>("tokenEdit", d)->text(), QString());
        const QString newSession = m_sim->lastRequest().json().value("session").toString();
        QCOMPARE(m_sim->lastRequest().json().value("token").toString(), QString("999999"));

        type("tokenEdit", "111111", d);
        QTest::keyClick(find<QLineEdit>("tokenEdit", d), Qt::Key_Return);
        QTRY_VERIFY(!mfaDialog());
        const QJsonObject patch = m_sim->lastRequest().json();
        QCOMPARE(m_sim->lastRequest().method, QByteArray("PATCH"));
        QCOMPARE(patch.value("token").toString(), QString("111111"));
        QCOMPARE(patch.value("link").toString(), kNumeric);
        QVERIFY(patch.value("session").toString() != newSession); // the new 428's session
        QCOMPARE(text("headlineLabel"), QString("Credentials updated"));
        QCOMPARE(text("statusBadge"), QString("valid"));
    }

    void qrChallengeIsRendered()
    {
        prepare(kQr, "qr_code");
        click("updateButton");
        QTRY_VERIFY(mfaDialog());
        MfaDialog *d = mfaDialog();
        QVERIFY(find<QLabel>("qrLabel", d)->isVisible());
        QVERIFY(!find<QLabel>("qrLabel", d)->pixmap().isNull());
        QVERIFY(!find<QLabel>("challengeValueLabel", d)->isVisible());
        type("tokenEdit", "111111", d);
        click("submitButton", d);
        QTRY_VERIFY(!mfaDialog());
        QCOMPARE(text("statusBadge"), QString("valid"));
    }

    void inputlessChallengeResumesWithoutAToken()
    {
        prepare(kInputless, "pass_valid");
        click("updateButton");
        QTRY_VERIFY(mfaDialog());
        MfaDialog *d = mfaDialog();
        QVERIFY(!find<QLineEdit>("tokenEdit", d)->isVisible());
        QVERIFY(!find<QPushButton>("submitButton", d)->isVisible());
        QCOMPARE(text("instructionsLabel", d),
                 QString("Approve the login in the bank's app on the customer's phone."));
        click("approvedButton", d);
        QTRY_VERIFY(!mfaDialog());
        QCOMPARE(m_sim->lastRequest().method, QByteArray("PATCH"));
        QVERIFY(!m_sim->lastRequest().json().contains("token"));
        QCOMPARE(text("statusBadge"), QString("valid"));
    }

    void countdownRunsOut()
    {
        m_sim->setSessionLifetimeSeconds(1);
        prepare(kNumeric, "numeric_code");
        click("updateButton");
        QTRY_VERIFY(mfaDialog());
        type("tokenEdit", "111111", mfaDialog());
        // The flow's own clock ends the session: the dialog closes and says why.
        QTRY_VERIFY_WITH_TIMEOUT(!mfaDialog(), 5000);
        QCOMPARE(text("headlineLabel"), QString("The MFA session expired"));
        QCOMPARE(text("messageLabel"),
                 QString("The bank's MFA session expired before a token was sent; the link was "
                         "not updated. Start the update again when the customer is ready."));
        QCOMPARE(m_sim->requests().last().method, QByteArray("PUT")); // nothing more was sent
        QCOMPARE(find<QLineEdit>("passwordEdit")->text(), QString("numeric_code"));
    }

    void sessionExpiredClosesTheDialogAndExplains()
    {
        prepare(kNumeric, "numeric_code");
        click("updateButton");
        QTRY_VERIFY(mfaDialog());
        MfaDialog *d = mfaDialog();
        m_sim->expireSessions();
        type("tokenEdit", "111111", d);
        click("submitButton", d);
        QTRY_VERIFY(!mfaDialog());
        QCOMPARE(text("headlineLabel"), QString("The MFA session expired"));
        QCOMPARE(text("errorLabel1"),
                 QString("The MFA session timed out. Start the update again."));
        QCOMPARE(find<QLineEdit>("passwordEdit")->text(), QString("numeric_code"));
    }

    void formFromFormFields()
    {
        // Heimdall: a required document-type select, no PIN.
        type("linkIdEdit", kNumeric);
        click("checkLinkButton");
        QTRY_VERIFY(idle());
        QCOMPARE(text("formNoticeLabel"), QString("The fields Heimdall Mexico asks for."));
        auto *select = find<QComboBox>("usernameTypeCombo");
        QCOMPARE(select->count(), 3);
        QCOMPARE(select->itemText(1), QString("001 — Cédula de Ciudadanía"));
        QCOMPARE(select->itemText(2), QString("003 — Pasaporte"));
        QVERIFY(!m_window->findChild<QLineEdit *>("password2Edit"));
        QVERIFY(!m_window->findChild<QLineEdit *>("usernameEdit")); // a link keeps its username
        type("passwordEdit", "x");
        QCOMPARE(text("formProblemLabel"), QString("Document type is required."));
        QVERIFY(!find<QPushButton>("updateButton")->isEnabled());
        select->setCurrentIndex(2);
        QVERIFY(find<QPushButton>("updateButton")->isEnabled());

        // Erebor: an optional PIN with its own validation.
        type("linkIdEdit", kValid);
        click("checkLinkButton");
        QTRY_VERIFY(idle());
        QVERIFY(!m_window->findChild<QComboBox *>("usernameTypeCombo"));
        QCOMPARE(find<QLineEdit>("passwordEdit")->text(), QString()); // another link: emptied
        type("passwordEdit", "x");
        type("password2Edit", "12");
        // New rows are shown by a queued event (QLayout::addChildWidget): wait for it.
        QTRY_VERIFY(find<QLabel>("password2MessageLabel")->isVisible());
        QCOMPARE(text("password2MessageLabel"), QString("PIN: The PIN has exactly 4 digits"));
        QVERIFY(!find<QPushButton>("updateButton")->isEnabled());
        QTest::keyClicks(find<QLineEdit>("password2Edit"), "34");
        QVERIFY(!find<QLabel>("password2MessageLabel")->isVisible());
        QVERIFY(find<QPushButton>("updateButton")->isEnabled());
    }

    void narrowedFormKeepsALongerSecretAndSaysWhy()
    {
        fullForm(kValid); // no limit on the second password
        type("passwordEdit", "pass_valid");
        type("password2Edit", "123456");
        click("checkLinkButton"); // Erebor: a PIN of exactly 4 digits, at most 4 characters
        QTRY_VERIFY(idle());
        QCOMPARE(text("formNoticeLabel"), QString("The fields Erebor Mexico asks for."));
        QCOMPARE(find<QLineEdit>("password2Edit")->text(), QString("123456")); // not cut to 4
        QTRY_VERIFY(find<QLabel>("password2MessageLabel")->isVisible());
        QCOMPARE(text("password2MessageLabel"), QString("PIN: The PIN has exactly 4 digits"));
        QCOMPARE(text("formProblemLabel"), QString("PIN: The PIN has exactly 4 digits"));
        QVERIFY(!find<QPushButton>("updateButton")->isEnabled());
        // Typed (or pasted) past the bank's length: all of it stays, and is said.
        type("password2Edit", "98765");
        QCOMPARE(find<QLineEdit>("password2Edit")->text(), QString("98765"));
        QVERIFY(!find<QPushButton>("updateButton")->isEnabled());
        type("password2Edit", "9876");
        QVERIFY(!find<QLabel>("password2MessageLabel")->isVisible());
        QVERIFY(find<QPushButton>("updateButton")->isEnabled());
        click("updateButton");
        QTRY_VERIFY(idle());
        QCOMPARE(m_sim->lastRequest().json(),
                 QJsonObject({{"password", "pass_valid"}, {"password2", "9876"}}));
    }

    void bankLengthWithoutAPatternIsSaidNotCut()
    {
        fullForm(kValid);
        type("tokenEdit", "abcdefgh");
        m_sim->enqueueResponse({200,
                                "{\"id\":\"" + kValid.toLatin1() +
                                    "\",\"institution\":\"tiny_bank\",\"status\":\"invalid\"}",
                                {}});
        m_sim->enqueueResponse(
            {200,
             R"({"count":1,"next":null,"previous":null,"results":[{"name":"tiny_bank",
                 "display_name":"Tiny Bank","form_fields":[
                 {"name":"token","type":"text","label":"Card code","optional":true,"length":6}]}]})",
             {}});
        click("checkLinkButton");
        QTRY_VERIFY(idle());
        QCOMPARE(text("formNoticeLabel"), QString("The fields Tiny Bank asks for."));
        QCOMPARE(find<QLineEdit>("tokenEdit")->text(), QString("abcdefgh"));
        QTRY_VERIFY(find<QLabel>("tokenMessageLabel")->isVisible());
        QCOMPARE(text("tokenMessageLabel"),
                 QString("Card code: this bank accepts at most 6 character(s)."));
        QVERIFY(!find<QPushButton>("updateButton")->isEnabled());
        QTest::keyClick(find<QLineEdit>("tokenEdit"), Qt::Key_Backspace);
        QTest::keyClick(find<QLineEdit>("tokenEdit"), Qt::Key_Backspace);
        QVERIFY(!find<QLabel>("tokenMessageLabel")->isVisible());
        QVERIFY(find<QPushButton>("updateButton")->isEnabled());
    }

    void keptDocumentTypeTheBankDoesNotListIsSaid()
    {
        fullForm(kNumeric); // every document type
        auto *select = find<QComboBox>("usernameTypeCombo");
        select->setCurrentIndex(select->findData("103"));
        type("passwordEdit", "numeric_code");
        click("checkLinkButton"); // Heimdall lists 001 and 003 only
        QTRY_VERIFY(idle());
        QCOMPARE(text("formNoticeLabel"), QString("The fields Heimdall Mexico asks for."));
        select = find<QComboBox>("usernameTypeCombo");
        const QString said("Document type: 103, chosen before, is not one of the values this "
                           "bank accepts. Choose one from the list.");
        QTRY_VERIFY(find<QLabel>("usernameTypeMessageLabel")->isVisible());
        QCOMPARE(text("usernameTypeMessageLabel"), said);
        QCOMPARE(text("formProblemLabel"), said);
        QVERIFY(!find<QPushButton>("updateButton")->isEnabled());
        select->setCurrentIndex(select->findData("003"));
        QVERIFY(!find<QLabel>("usernameTypeMessageLabel")->isVisible());
        QVERIFY(find<QPushButton>("updateButton")->isEnabled());
        click("updateButton");
        QTRY_VERIFY(mfaDialog());
        QCOMPARE(m_sim->lastRequest().json(),
                 QJsonObject({{"password", "numeric_code"}, {"username_type", "003"}}));
    }

    void anotherLinkIdDropsTheCheckedBanksForm()
    {
        type("linkIdEdit", kValid);
        click("checkLinkButton");
        QTRY_VERIFY(idle());
        QCOMPARE(text("formNoticeLabel"), QString("The fields Erebor Mexico asks for."));
        QVERIFY(!m_window->findChild<QComboBox *>("usernameTypeCombo"));
        type("passwordEdit", "typed-secret");
        type("linkIdEdit", kNumeric); // another link, maybe another bank
        QCOMPARE(text("formNoticeLabel"), QString("The credential fields were emptied: what was "
                                                  "typed belonged to another link."));
        QVERIFY(!find<QLineEdit>("passwordEdit")->isVisible()); // until its bank is known
        QCOMPARE(find<QLineEdit>("passwordEdit")->text(), QString());
        QVERIFY(!find<QPushButton>("updateButton")->isEnabled());
        QTRY_VERIFY(idle() && text("formNoticeLabel") == "The fields Heimdall Mexico asks for.");
        QVERIFY(find<QComboBox>("usernameTypeCombo"));
    }

    // Hole 12: narrowing to the bank's fields never drops a typed value in silence.
    void narrowingSaysWhatWasLeftOut()
    {
        fullForm(kNumeric); // every field
        type("passwordEdit", "numeric_code");
        type("password2Edit", "1234"); // Heimdall has no PIN
        click("checkLinkButton");
        QTRY_VERIFY(idle());
        QCOMPARE(text("formNoticeLabel"),
                 QString("The fields Heimdall Mexico asks for. This bank does not ask for "
                         "Second password or PIN, so what was typed there was left out."));
        QVERIFY(!m_window->findChild<QLineEdit *>("password2Edit"));
        QCOMPARE(find<QLineEdit>("passwordEdit")->text(), QString("numeric_code"));
    }

    // Hole 1: one customer's secrets never reach another customer's link.
    void anotherLinkStartsWithEmptyCredentials()
    {
        fullForm(kValid);
        type("passwordEdit", "secret-of-customer-a");
        type("password2Edit", "1234");
        find<QComboBox>("usernameTypeCombo")->setCurrentIndex(2);
        type("linkIdEdit", kValid.left(30)); // mid-edit: not a link id, nothing is lost
        QCOMPARE(find<QLineEdit>("passwordEdit")->text(), QString("secret-of-customer-a"));
        type("linkIdEdit", kValid); // the same link again keeps what was typed for it
        QCOMPARE(find<QLineEdit>("passwordEdit")->text(), QString("secret-of-customer-a"));
        QVERIFY(find<QPushButton>("updateButton")->isEnabled());

        m_sim->clearRequests();
        type("linkIdEdit", kNumeric);
        QCOMPARE(find<QLineEdit>("passwordEdit")->text(), QString());
        QCOMPARE(find<QLineEdit>("password2Edit")->text(), QString());
        QCOMPARE(find<QComboBox>("usernameTypeCombo")->currentIndex(), 0);
        QCOMPARE(text("formNoticeLabel"), QString("The credential fields were emptied: what was "
                                                  "typed belonged to another link."));
        QVERIFY(!find<QPushButton>("updateButton")->isEnabled());
        QTRY_VERIFY(idle() && text("formNoticeLabel") == "The fields Heimdall Mexico asks for.");
        QCOMPARE(m_sim->requests().size(), 2); // its check; nothing typed was sent
        QCOMPARE(find<QLineEdit>("passwordEdit")->text(), QString());
    }

    // Hole 6: a 2xx without the link in it is read back and shown, not called malformed.
    void anEmptyTwoHundredIsReadBackAndShown()
    {
        prepare(kValid, "pass_valid");
        m_sim->clearRequests();
        m_sim->enqueueResponse({204, {}, {}});
        click("updateButton");
        QTRY_VERIFY(idle());
        QCOMPARE(m_sim->requests().size(), 2);
        QCOMPARE(m_sim->requests().at(0).method, QByteArray("PUT"));
        QCOMPARE(m_sim->requests().at(1).method, QByteArray("GET"));
        QCOMPARE(text("headlineLabel"), QString("Credentials updated"));
        QCOMPARE(text("linkIdValue"), kValid);
        QCOMPARE(find<QLineEdit>("passwordEdit")->text(), QString());
    }

    // A 2xx without the link whose read-back fails: said as accepted, with what the GET met.
    void anAcceptedUpdateThatCannotBeReadBackSaysSo()
    {
        prepare(kValid, "pass_valid");
        m_sim->enqueueResponse({202, {}, {}});
        m_sim->enqueueResponse(
            {500, R"([{"code":"unexpected_error","message":"m","request_id":"rq-get"}])", {}});
        click("updateButton");
        QTRY_VERIFY(idle());
        QCOMPARE(text("headlineLabel"), QString("Belvo accepted the update"));
        QVERIFY2(text("messageLabel")
                     .startsWith("Belvo accepted the update, but the link could "
                                 "not be read back: "),
                 qPrintable(text("messageLabel")));
        QVERIFY(text("messageLabel").endsWith("Request id: rq-get"));
        QCOMPARE(find<QLineEdit>("passwordEdit")->text(), QString()); // it went through
    }

    // Without Retry-After, a 429 waits out Belvo's 30-second window.
    void rateLimitWithoutRetryAfterWaitsThirtySeconds()
    {
        prepare(kValid, "pass_valid");
        m_sim->enqueueResponse({429, R"([{"code":"too_many_requests","message":"m"}])", {}});
        click("updateButton");
        QTRY_VERIFY(idle());
        QVERIFY2(QRegularExpression("^Belvo is limiting requests: Update is available again in "
                                    "(30|29) second\\(s\\)\\.$")
                     .match(text("formProblemLabel"))
                     .hasMatch(),
                 qPrintable(text("formProblemLabel")));
        QVERIFY(!find<QPushButton>("updateButton")->isEnabled());
    }

    // Hole 8: a rate limit keeps Update disabled, with a countdown, for Retry-After seconds.
    void rateLimitDisablesUpdateWithACountdown()
    {
        prepare(kValid, "pass_valid");
        m_sim->enqueueResponse({429,
                                R"([{"code":"too_many_requests","message":"Slow down."}])",
                                {{"Retry-After", "2"}}});
        click("updateButton");
        QTRY_VERIFY(idle());
        QCOMPARE(text("headlineLabel"), QString("The update failed"));
        QVERIFY(!find<QPushButton>("updateButton")->isEnabled());
        QVERIFY2(QRegularExpression("^Belvo is limiting requests: Update is available again in "
                                    "[12] second\\(s\\)\\.$")
                     .match(text("formProblemLabel"))
                     .hasMatch(),
                 qPrintable(text("formProblemLabel")));
        QVERIFY(!find<QPushButton>("checkLinkButton")->isEnabled());
        // Counting down (a stalled sanitizer build may pass the last second between two looks).
        QTRY_VERIFY_WITH_TIMEOUT(
            text("formProblemLabel") ==
                    "Belvo is limiting requests: Update is available again in 1 second(s)." ||
                find<QPushButton>("updateButton")->isEnabled(),
            3000);
        QTRY_VERIFY_WITH_TIMEOUT(find<QPushButton>("updateButton")->isEnabled(), 3000);
        QCOMPARE(text("formProblemLabel"), QString());
        QCOMPARE(find<QLineEdit>("passwordEdit")->text(), QString("pass_valid")); // kept
    }

    // Trust #8: a huge Retry-After keeps Update away an hour at most, and says until when.
    void aHugeRetryAfterWaitsAnHourAtMost()
    {
        prepare(kValid, "pass_valid");
        m_sim->enqueueResponse({429,
                                R"([{"code":"too_many_requests","message":"Slow down."}])",
                                {{"Retry-After", "86400"}}});
        click("updateButton");
        QTRY_VERIFY(idle());
        QVERIFY(!find<QPushButton>("updateButton")->isEnabled());
        const QDateTime now = QDateTime::currentDateTime();
        QStringList expected;
        for (int s : {3599, 3600, 3601}) // the clock may turn a minute while this runs
            expected << QString("Belvo is limiting requests: Update is available again at %1, in "
                                "60 minute(s).")
                            .arg(QLocale().toString(now.addSecs(s).time(), QLocale::ShortFormat));
        QVERIFY2(expected.contains(text("formProblemLabel")), qPrintable(text("formProblemLabel")));
    }

    // Trust #7: text from Belvo is shown as it is, never as markup.
    void textFromBelvoIsNeverRichText()
    {
        prepare(kValid, "pass_valid");
        m_sim->enqueueResponse(
            {400,
             R"([{"code":"<b>bold</b>","message":"<a href='https://evil.example/'>Click here</a>)"
             R"(<img src='https://evil.example/x.png'>","request_id":"rq-<i>1</i>"}])",
             {}});
        click("updateButton");
        QTRY_VERIFY(idle());
        QCOMPARE(text("errorDetailsLabel1"),
                 QString("<b>bold</b>: <a href='https://evil.example/'>Click here</a>"
                         "<img src='https://evil.example/x.png'>"));
        for (QLabel *label : m_window->findChildren<QLabel *>())
            QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
    }

    void fallbackFormWhenTheInstitutionIsUnknown()
    {
        m_sim->enqueueResponse({200,
                                "{\"id\":\"" + kValid.toLatin1() +
                                    "\",\"institution\":\"unknown_bank\",\"status\":\"invalid\"}",
                                {}});
        type("linkIdEdit", kValid);
        click("checkLinkButton");
        QTRY_VERIFY(idle());
        QVERIFY(text("formNoticeLabel").startsWith("The bank's own form could not be loaded"));
        auto *select = find<QComboBox>("usernameTypeCombo");
        QCOMPARE(select->count(), 30);
        // A searchable list: typing part of a name finds the code.
        select->setFocus();
        select->lineEdit()->clear();
        QTest::keyClicks(select->lineEdit(), "103");
        type("passwordEdit", "pass_valid");
        click("updateButton");
        QTRY_VERIFY(idle());
        QCOMPARE(m_sim->lastRequest().json(),
                 QJsonObject({{"password", "pass_valid"}, {"username_type", "103"}}));
    }

    void certificateAndKeyFromFiles()
    {
        QTemporaryDir dir;
        const QString cert = dir.filePath("client.crt"), key = dir.filePath("client.key");
        for (const QString &path : {cert, key}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("-----BEGIN-----\n" + path.toUtf8() + "\n");
        }
        m_sim->enqueueResponse({200,
                                "{\"id\":\"" + kValid.toLatin1() +
                                    "\",\"institution\":\"sat_mx_fiscal\",\"status\":\"invalid\"}",
                                {}});
        prepare(kValid, "pass_valid");
        find<QComboBox>("usernameTypeCombo")->setCurrentIndex(0); // the full form: not needed
        auto *form = find<CredentialForm>("credentialForm");
        QString next = cert;
        form->setFilePicker([&next](QWidget *, const QString &) { return next; });
        click("certificateButton");
        QCOMPARE(text("certificateFileLabel"),
                 QString("client.crt (%1 bytes)").arg(QFileInfo(cert).size()));
        QCOMPARE(text("formProblemLabel"),
                 QString("A certificate and a private key go together: give both or neither."));
        QVERIFY(!find<QPushButton>("updateButton")->isEnabled());
        next = key;
        click("privateKeyButton");
        QVERIFY(find<QPushButton>("updateButton")->isEnabled());
        click("updateButton");
        QTRY_VERIFY(idle());
        auto base64 = [](const QString &path) {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll().toBase64())
                                               : QString();
        };
        QCOMPARE(m_sim->lastRequest().json(), QJsonObject({{"password", "pass_valid"},
                                                           {"certificate", base64(cert)},
                                                           {"private_key", base64(key)}}));
    }

    void revealedSecretIsMaskedAgain()
    {
        prepare(kValid, "pass_valid");
        find<CredentialForm>("credentialForm")->setRevealTimeoutMs(300);
        auto *edit = find<QLineEdit>("passwordEdit");
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        click("passwordShowButton");
        QCOMPARE(edit->echoMode(), QLineEdit::Normal);
        QTRY_COMPARE(edit->echoMode(), QLineEdit::Password);
    }

    void productionIsClearlyMarked()
    {
        auto *combo = find<QComboBox>("environmentCombo");
        combo->setCurrentIndex(combo->findData("production"));
        QCOMPARE(text("environmentBadge"), QString("PRODUCTION: real customers' banks"));
        QCOMPARE(m_window->windowTitle(), QString("PRODUCTION — Relink")); // once, at the end
        QVERIFY(!find<QLabel>("demoBanner")->isVisible());
    }

    void demoModeHasABanner()
    {
        QVERIFY(m_workspace->startDemo());
        QVERIFY(find<QLabel>("demoBanner")->isVisible());
        QCOMPARE(find<QComboBox>("environmentCombo")->currentData().toString(), QString("demo"));
        prepare(kValid, "pass_valid");
        click("updateButton");
        QTRY_VERIFY(idle());
        QCOMPARE(text("statusBadge"), QString("valid"));
        QCOMPARE(m_sim->requests().size(), 0); // the demo has its own simulator
    }

    void keysTypedWhileTheKeychainAnswersAreKept()
    {
        m_window->openSettings();
        auto *s = m_window->findChild<SettingsDialog *>();
        QVERIFY(s);
        auto *combo = find<QComboBox>("environmentCombo", s);
        combo->setCurrentIndex(combo->findData("sandbox")); // asks the keychain, asynchronously
        QTest::keyClicks(find<QLineEdit>("secretIdEdit", s), "typed-id");
        QTRY_VERIFY(text("keychainStatusLabel", s).startsWith("No system keychain is available"));
        QCOMPARE(find<QLineEdit>("secretIdEdit", s)->text(), QString("typed-id"));
        s->reject();
    }

    void keychainAnswersReachOnlyReceiversStillThere()
    {
        HeldKeychain keychain;
        int answered = 0;
        auto *gone = new QObject;
        QObject kept;
        m_workspace->loadKeys("production", gone, [&](const KeychainOutcome &) { ++answered; });
        m_workspace->saveKeys("sandbox", {"id", "secret"}, &kept,
                              [&](const KeychainOutcome &) { answered += 10; });
        delete gone;
        QCOMPARE(keychain.held(), QStringList({"0 production", "1 sandbox"}));
        keychain.answerAll(R"({"secret_id":"stored-id","secret_password":"stored"})");
        QCOMPARE(answered, 10); // only the receiver still there heard back
        // The workspace itself still takes what the keychain said.
        QCOMPARE(m_workspace->keys("production").secretId, QString("stored-id"));
        QCOMPARE(m_workspace->keySource("sandbox"), Workspace::KeySource::Keychain);
    }

    // A keychain read answered late never replaces keys set, saved or forgotten since.
    void aLateKeychainReadLosesToNewerKeys()
    {
        HeldKeychain keychain;
        m_workspace->loadKeys("production");
        m_workspace->setSessionKeys("production", {"typed-id", "typed-secret"});
        m_workspace->loadKeys("development");
        m_workspace->forgetKeys("development", nullptr, {});
        keychain.answerAll(R"({"secret_id":"stale-id","secret_password":"stale"})");
        QCOMPARE(m_workspace->keys("production").secretId, QString("typed-id"));
        QCOMPARE(m_workspace->keySource("production"), Workspace::KeySource::SessionOnly);
        QCOMPARE(m_workspace->keySource("development"), Workspace::KeySource::None);
        m_workspace->loadKeys("production"); // a read that nothing overtakes still counts
        keychain.answerAll(R"({"secret_id":"stored-id","secret_password":"stored"})");
        QCOMPARE(m_workspace->keys("production").secretId, QString("stored-id"));
    }

    void closingSettingsWhileTheKeychainIsSlowIsSafe()
    {
        HeldKeychain keychain;
        m_workspace->setSessionKeys("sandbox", {"sandbox-id", "sandbox-secret"});
        m_window->openSettings();
        QPointer<SettingsDialog> s = m_window->findChild<SettingsDialog *>();
        QVERIFY(s);
        auto *combo = find<QComboBox>("environmentCombo", s);
        combo->setCurrentIndex(combo->findData("production")); // a read
        type("secretIdEdit", "prod-id", s);
        type("secretPasswordEdit", "prod-secret", s);
        click("saveButton", s); // a write
        combo->setCurrentIndex(combo->findData("sandbox"));
        click("forgetButton", s); // a removal
        QCOMPARE(keychain.held(), QStringList({"0 production", "1 production", "2 sandbox"}));

        s->reject(); // closed (and deleted) before the keychain answers
        QTRY_VERIFY(!s);
        keychain.answerAll(R"({"secret_id":"old-id","secret_password":"old-secret"})");
        QCOMPARE(m_workspace->keys("production").secretId, QString("prod-id"));
        QCOMPARE(m_workspace->keySource("production"), Workspace::KeySource::Keychain);
        QCOMPARE(m_workspace->keySource("sandbox"), Workspace::KeySource::None);

        // Settings opened again shows what the keychain did.
        m_window->openSettings();
        s = m_window->findChild<SettingsDialog *>();
        QVERIFY(s);
        combo = find<QComboBox>("environmentCombo", s);
        combo->setCurrentIndex(combo->findData("production"));
        QCOMPARE(find<QLineEdit>("secretIdEdit", s)->text(), QString("prod-id"));
        QCOMPARE(text("keychainStatusLabel", s),
                 QString("Keys for Production are saved in the system keychain."));
        QVERIFY(keychain.jobs.empty());
        s->reject();
    }

    void settingsWithoutAKeychainUseSessionKeys()
    {
        // No Secret Service here (the keychain test runs one): say so, keep keys in memory.
        m_window->openSettings();
        SettingsDialog *s = nullptr;
        QTRY_VERIFY((s = m_window->findChild<SettingsDialog *>()) && s->isVisible());
        auto *combo = find<QComboBox>("environmentCombo", s);
        combo->setCurrentIndex(combo->findData("sandbox"));
        QTRY_VERIFY(text("keychainStatusLabel", s).startsWith("No system keychain is available"));
        type("secretIdEdit", "my-id", s);
        type("secretPasswordEdit", "my-secret", s);
        QVERIFY(!find<QPushButton>("saveButton", s)->isEnabled());
        click("sessionOnlyButton", s);
        QCOMPARE(m_workspace->keys("sandbox").secretId, QString("my-id"));
        QCOMPARE(m_workspace->keys("sandbox").secretPassword, QString("my-secret"));
        QCOMPARE(m_workspace->keySource("sandbox"), Workspace::KeySource::SessionOnly);
        QCOMPARE(text("keychainStatusLabel", s),
                 QString("Relink uses these keys for Sandbox until it closes; they are not saved "
                         "anywhere."));

        // Test connection against the simulator (custom URL).
        combo->setCurrentIndex(combo->findData("custom"));
        type("secretIdEdit", BelvoSimulator::kDemoSecretId, s);
        type("secretPasswordEdit", BelvoSimulator::kDemoSecretPassword, s);
        click("testConnectionButton", s);
        QTRY_COMPARE(text("connectionStatusLabel", s), QString("✓ These keys work in Custom URL."));
        QCOMPARE(m_sim->lastRequest().path, QString("/api/links/"));
        type("secretPasswordEdit", "wrong", s);
        click("testConnectionButton", s);
        QTRY_VERIFY(text("connectionStatusLabel", s).startsWith("✗ Belvo rejected these keys"));
        s->reject();
    }

    void extraCaFileFromSettings()
    {
        QTemporaryDir dir;
        const TestCertificate tls = makeCertificate(dir);
        QVERIFY(!tls.certificate.isNull());
        const QString junk = dir.filePath("junk.pem");
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a certificate\n");
        f.close();
        const QString noCertificate =
            QString("The file %1 holds no PEM certificate (text starting with “-----BEGIN "
                    "CERTIFICATE-----”). Choose the CA certificate your IT team gave you, in PEM "
                    "format.")
                .arg(junk);

        m_window->openSettings();
        SettingsDialog *s = nullptr;
        QTRY_VERIFY((s = m_window->findChild<SettingsDialog *>()) && s->isVisible());
        QCOMPARE(text("caStatusLabel", s),
                 QString("Relink trusts the system's CA certificates only."));
        type("caFileEdit", junk, s);
        QTest::keyClick(find<QLineEdit>("caFileEdit", s), Qt::Key_Return);
        QCOMPARE(text("caStatusLabel", s), noCertificate);
        QVERIFY(s->isVisible());
        QVERIFY(m_workspace->client()->config().extraCaCertificates.isEmpty());
        QVERIFY(!QSettings().contains("extraCaFile"));

        s->setFilePicker([&](QWidget *, const QString &) { return tls.certificatePath; });
        click("caFileBrowseButton", s);
        QCOMPARE(find<QLineEdit>("caFileEdit", s)->text(), tls.certificatePath);
        QCOMPARE(text("caStatusLabel", s),
                 QString("Relink trusts the certificates in this file as well as the system's: "
                         "127.0.0.1."));
        QCOMPARE(m_workspace->client()->config().extraCaCertificates,
                 QList<QSslCertificate>{tls.certificate});
        QCOMPARE(QSettings().value("extraCaFile").toString(), tls.certificatePath);

        // A file that is no certificate changes nothing that was in use.
        type("caFileEdit", junk, s);
        QTest::keyClick(find<QLineEdit>("caFileEdit", s), Qt::Key_Return);
        QCOMPARE(text("caStatusLabel", s), noCertificate);
        QCOMPARE(m_workspace->client()->config().extraCaCertificates,
                 QList<QSslCertificate>{tls.certificate});
        QCOMPARE(QSettings().value("extraCaFile").toString(), tls.certificatePath);
        s->reject();

        // The next start (main.cpp) loads it the same way; a missing file is explained.
        Workspace next;
        QCOMPARE(next.loadExtraCaFile(QSettings().value("extraCaFile").toString()), QString());
        QCOMPARE(next.client()->config().extraCaCertificates,
                 QList<QSslCertificate>{tls.certificate});
        QCOMPARE(next.loadExtraCaFile(dir.filePath("gone.pem")),
                 QString("Cannot read the CA certificate file %1. Check the path and that you "
                         "may read it.")
                     .arg(dir.filePath("gone.pem")));
        QCOMPARE(next.extraCaFile(), tls.certificatePath);

        // Clear: only the system's again, here and at the next start.
        m_window->openSettings();
        QTRY_VERIFY((s = m_window->findChild<SettingsDialog *>()) && s->isVisible());
        QCOMPARE(find<QLineEdit>("caFileEdit", s)->text(), tls.certificatePath);
        click("caFileClearButton", s);
        QCOMPARE(text("caStatusLabel", s),
                 QString("Relink trusts the system's CA certificates only."));
        QVERIFY(m_workspace->client()->config().extraCaCertificates.isEmpty());
        QVERIFY(!QSettings().contains("extraCaFile"));
        s->reject();
    }

    void testConnectionTrustsTheExtraCaFile()
    {
        QTemporaryDir dir;
        const TestCertificate tls = makeCertificate(dir);
        QVERIFY(!tls.certificate.isNull());
        m_sim->useTls(tls.certificate, tls.key); // as a network that inspects TLS would
        pointAt(m_sim->baseUrl());
        m_window->openSettings();
        SettingsDialog *s = nullptr;
        QTRY_VERIFY((s = m_window->findChild<SettingsDialog *>()) && s->isVisible());
        QCOMPARE(find<QLineEdit>("customUrlEdit", s)->text(), m_sim->baseUrl().toString());
        click("testConnectionButton", s);
        QTRY_VERIFY(text("connectionStatusLabel", s).startsWith("✗ "));
        QVERIFY2(text("connectionStatusLabel", s)
                     .contains(QString("The secure connection to 127.0.0.1:%1 could not be "
                                       "trusted")
                                   .arg(m_sim->baseUrl().port())),
                 qPrintable(text("connectionStatusLabel", s)));
        QCOMPARE(m_sim->requests().size(), 0);

        s->setFilePicker([&](QWidget *, const QString &) { return tls.certificatePath; });
        click("caFileBrowseButton", s);
        click("testConnectionButton", s);
        QTRY_COMPARE(text("connectionStatusLabel", s), QString("✓ These keys work in Custom URL."));
        QCOMPARE(m_sim->lastRequest().path, QString("/api/links/"));
        s->reject();
    }

    void everyInputHasAnAccessibleNameAndDescription()
    {
        auto check = [](QWidget *window) {
            QStringList missing;
            const QList<QWidget *> inputs = window->findChildren<QWidget *>();
            for (QWidget *w : inputs) {
                const bool input = qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) ||
                                   qobject_cast<QAbstractSpinBox *>(w);
                // The line edits inside combo and spin boxes belong to them.
                const bool inner = qobject_cast<QComboBox *>(w->parentWidget()) ||
                                   qobject_cast<QAbstractSpinBox *>(w->parentWidget());
                if (input && !inner &&
                    (w->accessibleName().isEmpty() || w->accessibleDescription().isEmpty()))
                    missing << w->objectName();
            }
            return missing;
        };
        QCOMPARE(check(m_window).join(','), QString());
        fullForm(kValid);
        QVERIFY(find<QComboBox>("usernameTypeCombo"));
        QCOMPARE(check(m_window).join(','), QString());
        type("linkIdEdit", kNumeric);
        click("checkLinkButton");
        QTRY_VERIFY(idle());
        QCOMPARE(check(m_window).join(','), QString()); // the form built from form_fields too
        m_window->openSettings();
        SettingsDialog *s = nullptr;
        QTRY_VERIFY((s = m_window->findChild<SettingsDialog *>()) && s->isVisible());
        QCOMPARE(check(s).join(','), QString());
        s->reject();
        m_window->findChild<QAction *>("historyAction")->trigger();
        QDialog *h = nullptr;
        QTRY_VERIFY((h = m_window->findChild<QDialog *>("HistoryWindow")) && h->isVisible());
        QCOMPARE(check(h).join(','), QString());
        h->reject();
    }

    void preferencesAreRemembered()
    {
        auto *combo = find<QComboBox>("environmentCombo");
        combo->setCurrentIndex(combo->findData("production"));
        m_window->resize(900, 700);
        m_window->close();
        QSettings s;
        QCOMPARE(s.value("environment").toString(), QString("production"));
        QVERIFY(!s.value("geometry").toByteArray().isEmpty());
        QVERIFY(!s.allKeys().contains("secretPassword"));
        for (const QString &k : s.allKeys())
            QVERIFY2(!s.value(k).toString().contains(BelvoSimulator::kDemoSecretPassword),
                     qPrintable(k));
        Workspace other;
        MainWindow again(&other);
        QCOMPARE(other.environment(), QString("production"));
        QCOMPARE(again.size(), QSize(900, 700));
    }
};

QTEST_MAIN(TestGui)
#include "tst_gui_mainwindow.moc"
