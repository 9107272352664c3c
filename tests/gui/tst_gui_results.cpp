// Results made for tickets (issue #24): a failure looks like one, every Copy confirms, Copy for
// ticket's exact text, a result names its link and goes when the id changes; the MFA dialog
// asks before it ends the bank's session, fits its text, copies and saves a QR code; Settings
// asks about keys typed and not saved; clear buttons have names. The real windows by objectName
// against the simulator on 127.0.0.1, modal dialogs included.
#include "guidriver.h"
#include "testsupport.h"

#include "accessibility.h"
#include "keychainbackend.h"
#include "keystore.h"
#include "launchrequest.h"
#include "mainwindow.h"
#include "mfadialog.h"
#include "mnemonics.h"
#include "resultpanel.h"
#include "settingsdialog.h"
#include "ticketsummary.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QToolButton>

using namespace relink;
using namespace relink::test;

namespace {

QList<std::pair<QWidget *, QString>> g_heard;
void hear(QWidget *w, const QString &text)
{
    g_heard.append({w, text});
}
bool heard(const QString &text)
{
    for (const auto &[w, t] : std::as_const(g_heard)) {
        if (t == text)
            return true;
    }
    return false;
}

// A keychain that answers every job at once (in the event loop), and keeps what was written.
class InstantKeychain final : public KeychainBackend
{
public:
    InstantKeychain() { keystore::setBackendForTesting(this); }
    ~InstantKeychain() override { keystore::setBackendForTesting(nullptr); }
    void start(Op op, const QString &, const QString &key, const QByteArray &data,
               Done done) override
    {
        if (op == Op::Write)
            written.insert(key, data);
        QTimer::singleShot(0, qApp, [op, done = std::move(done)] {
            done({op == Op::Read ? Status::NotFound : Status::Ok, {}, {}});
        });
    }
    QHash<QString, QByteArray> written;
};

QString buttonText(QAbstractButton *b)
{
    return withoutMnemonic(b->text());
}

} // namespace

class TestResults : public QObject, public GuiDriver
{
    Q_OBJECT

public:
    TestResults() : GuiDriver{nullptr} {}

private:
    QTemporaryDir m_dir;
    SimulatedDesk m_desk;
    BelvoSimulator *m_sim = nullptr;
    MainWindow *m_window = nullptr;

    void prepare(const QString &linkId, const QString &password)
    {
        type("linkIdEdit", linkId);
        click("checkLinkButton");
        QTRY_VERIFY(idle());
        if (auto *combo = m_window->findChild<QComboBox *>("usernameTypeCombo"))
            combo->setCurrentIndex(1);
        type("passwordEdit", password);
    }
    MfaDialog *mfaDialog() const
    {
        MfaDialog *d = m_window->findChild<MfaDialog *>();
        return d && d->isVisible() ? d : nullptr;
    }
    template<typename T> T *visible(const char *name) const
    {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->objectName() == QLatin1StringView(name) && w->isVisible())
                return qobject_cast<T *>(w);
        }
        return nullptr;
    }
    QString timeLine() const
    {
        const QDateTime t = m_window->findChild<ResultPanel *>()->ticketSummary().time;
        QString iso = t.toOffsetFromUtc(t.offsetFromUtc()).toString(Qt::ISODate);
        if (iso.endsWith('Z'))
            iso.replace(iso.size() - 1, 1, "+00:00");
        return iso;
    }
    // No label of `d` shows less than its text needs, and none ends outside the dialog.
    static QStringList clippedLabels(QWidget *d)
    {
        QStringList out;
        for (QLabel *l : d->findChildren<QLabel *>()) {
            if (!l->isVisible() || l->text().isEmpty())
                continue;
            const int needed =
                l->wordWrap() ? l->heightForWidth(l->width()) : l->sizeHint().height();
            const QRect inDialog(l->mapTo(d, QPoint(0, 0)), l->size());
            if (l->height() < needed || inDialog.bottom() >= d->height())
                out << QStringLiteral("%1 (%2 < %3)")
                           .arg(l->objectName())
                           .arg(l->height())
                           .arg(needed);
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        SimulatedDesk::isolate(m_dir);
        qputenv("RELINK_AGENT", "Ana Agent");
        setAnnouncementSpyForTesting(hear);
    }
    void init()
    {
        QVERIFY(m_desk.open());
        m_sim = m_desk.sim;
        m_window = m_desk.window;
        root = m_window;
        g_heard.clear();
    }
    void cleanup() { m_desk.close(); }

    // The pure function, directly: every line, an offset that is not UTC, no credential.
    void ticketSummaryTextIsPlainAndComplete()
    {
        TicketSummary s;
        s.linkId = kValid;
        s.externalId = "crm-1001";
        s.bank = "erebor_mx_retail";
        s.environment = "sandbox";
        s.outcome = "The update failed";
        s.outcomeCode = "error:login_error";
        s.linkStatus = "invalid";
        s.errors = {"login_error: Invalid credentials provided to login to the institution"};
        s.requestIds = {"aaaa1111", "bbbb2222"};
        s.httpStatus = 400;
        s.time = QDateTime(QDate(2026, 12, 7), QTime(1, 2, 3), QTimeZone(-3 * 3600));
        s.agent = "Ana Agent";
        s.ticket = "SUP-1234";
        QCOMPARE(ticketSummaryText(s),
                 "Link id: " + kValid +
                     "\n"
                     "External id: crm-1001\n"
                     "Bank: erebor_mx_retail\n"
                     "Environment: sandbox\n"
                     "Outcome: The update failed (error:login_error)\n"
                     "Link status: invalid\n"
                     "HTTP status: 400\n"
                     "Errors:\n"
                     "  - login_error: Invalid credentials provided to login to the institution\n"
                     "Request ids: aaaa1111, bbbb2222\n"
                     "Time: 2026-12-07T01:02:03-03:00\n"
                     "Agent: Ana Agent\n"
                     "Ticket: SUP-1234\n");
        TicketSummary none;
        none.failureName = "connection_refused";
        none.time = QDateTime(QDate(2026, 12, 7), QTime(4, 5, 6), Qt::UTC);
        const QString text = ticketSummaryText(none);
        QVERIFY2(text.contains("\nHTTP status: no answer (connection_refused)\n"),
                 qPrintable(text));
        QVERIFY2(text.contains("\nTime: 2026-12-07T04:05:06+00:00\n"), qPrintable(text));
        QVERIFY2(text.contains("\nErrors: none\nRequest ids: none\n"), qPrintable(text));
    }

    void successHeadlineIconStatusAndTicketText()
    {
        prepare(kValid, "pass_valid");
        type("ticketEdit", "SUP-1234"); // a new id forgets the last ticket: typed again
        click("updateButton");
        QTRY_VERIFY(idle());
        QCOMPARE(text("headlineLabel"), QString("Credentials updated"));
        auto *icon = find<QLabel>("headlineIcon");
        QVERIFY(icon->isVisible());
        QVERIFY(!icon->pixmap().isNull());
        QCOMPARE(icon->accessibleName(), QString("Success"));
        QCOMPARE(text("subjectLabel"),
                 "About link " + kValid + " (external id customer-user_valid)");
        QCOMPARE(text("httpStatusLabel"), QString("HTTP status: 200 OK"));

        click("copyForTicketButton");
        const QString copied = QApplication::clipboard()->text();
        QCOMPARE(copied, "Link id: " + kValid +
                             "\n"
                             "External id: customer-user_valid\n"
                             "Bank: erebor_mx_retail\n"
                             "Environment: custom:127.0.0.1\n"
                             "Outcome: Credentials updated (success)\n"
                             "Link status: valid\n"
                             "HTTP status: 200\n"
                             "Errors: none\n"
                             "Request ids: none\n"
                             "Time: " +
                             timeLine() +
                             "\n"
                             "Agent: Ana Agent\n"
                             "Ticket: SUP-1234\n");
        QVERIFY(!copied.contains("pass_valid"));
        QVERIFY(!copied.contains(BelvoSimulator::kDemoSecretPassword));
        QVERIFY(!copied.contains(BelvoSimulator::kDemoSecretId));
        // Copy confirms: the button and a status line say it, a screen reader hears it.
        QCOMPARE(buttonText(find<QPushButton>("copyForTicketButton")), QString("Copied"));
        QCOMPARE(text("copyStatusLabel"),
                 QString("Copied a summary for the ticket (no credentials in it)."));
        QVERIFY(find<QLabel>("copyStatusLabel")->isVisible());
        QVERIFY(heard("Copied a summary for the ticket (no credentials in it)."));
        QTRY_COMPARE(buttonText(find<QPushButton>("copyForTicketButton")),
                     QString("Copy for ticket"));
        QVERIFY(!find<QLabel>("copyStatusLabel")->isVisible());

        click("copyLinkIdButton");
        QCOMPARE(QApplication::clipboard()->text(), kValid);
        QCOMPARE(buttonText(find<QToolButton>("copyLinkIdButton")), QString("Copied"));
        QCOMPARE(text("copyStatusLabel"), QString("Copied the link id."));
        QTRY_COMPARE(buttonText(find<QToolButton>("copyLinkIdButton")), QString("Copy"));
    }

    void failureHeadlineIconStatusAndTicketText()
    {
        prepare(kValid, "typed-secret");
        type("ticketEdit", "SUP-77");
        m_sim->enqueueResponse({400,
                                "[{\"code\":\"required\",\"message\":\"This field is required.\","
                                "\"field\":\"password2\",\"request_id\":\"aaaa1111\"},"
                                "{\"code\":\"institution_down\",\"message\":\"Down\","
                                "\"request_id\":\"bbbb2222\"}]",
                                {}});
        click("updateButton");
        QTRY_VERIFY(idle());
        QCOMPARE(text("headlineLabel"), QString("The update failed"));
        auto *icon = find<QLabel>("headlineIcon");
        QVERIFY(icon->isVisible());
        QVERIFY(!icon->pixmap().isNull());
        QCOMPARE(icon->accessibleName(), QString("Error"));
        QCOMPARE(find<QLabel>("headlineLabel")->property("severity").toString(), QString("Error"));
        QCOMPARE(text("httpStatusLabel"), QString("HTTP status: 400 Bad Request"));
        QCOMPARE(text("subjectLabel"),
                 "About link " + kValid + " (external id customer-user_valid)");

        click("copyRequestIdButton2");
        QCOMPARE(QApplication::clipboard()->text(), QString("bbbb2222"));
        QCOMPARE(buttonText(find<QToolButton>("copyRequestIdButton2")), QString("Copied"));
        QCOMPARE(text("copyStatusLabel"), QString("Copied request id bbbb2222."));
        QVERIFY(heard("Copied request id bbbb2222."));

        click("copyForTicketButton");
        const QString copied = QApplication::clipboard()->text();
        QCOMPARE(copied, "Link id: " + kValid +
                             "\n"
                             "External id: customer-user_valid\n"
                             "Bank: erebor_mx_retail\n"
                             "Environment: custom:127.0.0.1\n"
                             "Outcome: The update failed (error:required)\n"
                             "Link status: invalid (as last read)\n"
                             "HTTP status: 400\n"
                             "Errors:\n"
                             "  - required (field password2): This field is required.\n"
                             "  - institution_down: Down\n"
                             "Request ids: aaaa1111, bbbb2222\n"
                             "Time: " +
                             timeLine() +
                             "\n"
                             "Agent: Ana Agent\n"
                             "Ticket: SUP-77\n");
        QVERIFY(!copied.contains("typed-secret"));
        QVERIFY(!copied.contains(BelvoSimulator::kDemoSecretPassword));
        QVERIFY(!copied.contains(BelvoSimulator::kDemoSecretId));
    }

    void noAnswerSaysThereIsNoHttpStatus()
    {
        prepare(kValid, "pass_valid");
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        m_desk.workspace->setCustomUrl(QString("http://127.0.0.1:%1").arg(port));
        m_desk.workspace->setSessionKeys(
            m_desk.workspace->keyEntry(),
            {BelvoSimulator::kDemoSecretId, BelvoSimulator::kDemoSecretPassword});
        click("updateButton");
        QTRY_VERIFY(idle());
        QCOMPARE(find<QLabel>("headlineIcon")->accessibleName(), QString("Error"));
        QCOMPARE(text("httpStatusLabel"), QString("HTTP status: none (no answer from the server)"));
    }

    void anotherLinkIdClearsTheResultAndItsMessage()
    {
        LaunchRequest request;
        request.linkId = kValid;
        m_window->openLink(request);
        QTRY_VERIFY(idle());
        QCOMPARE(text("headlineLabel"), QString("Current state of the link"));
        QCOMPARE(text("subjectLabel"),
                 "About link " + kValid + " (external id customer-user_valid)");
        QCOMPARE(m_window->statusBar()->currentMessage(), "Link " + kValid + " opened.");

        type("linkIdEdit", kNumeric);
        QCOMPARE(text("headlineLabel"), QString("Results appear here."));
        QVERIFY(!find<QLabel>("subjectLabel")->isVisible());
        QVERIFY(!find<QLabel>("statusBadge")->isVisible());
        QVERIFY(!find<QPushButton>("copyForTicketButton")->isVisible());
        QCOMPARE(m_window->statusBar()->currentMessage(), QString());
        QCOMPARE(find<ResultPanel>("resultPanel")->aboutLinkId(), QString());

        click("checkLinkButton");
        QTRY_VERIFY(idle());
        QCOMPARE(text("subjectLabel"),
                 "About link " + kNumeric + " (external id customer-mfa_numeric)");
    }

    void escInMfaAsksAndKeepsWaitingByDefault()
    {
        prepare(kNumeric, "numeric_code");
        click("updateButton");
        QTRY_VERIFY(mfaDialog());
        MfaDialog *d = mfaDialog();
        const qsizetype sent = m_sim->requests().size();
        QTest::keyClick(d, Qt::Key_Escape);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = d->findChild<QMessageBox *>("stopWaitingBox")) && box->isVisible());
        QCOMPARE(box->text(), QString("Stop waiting for the code?"));
        QCOMPARE(box->informativeText(),
                 QString("The bank's session ends and the customer may get another code."));
        QCOMPARE(box->defaultButton()->objectName(), QString("keepWaitingButton"));
        QTest::keyClick(box, Qt::Key_Return); // the default: keep waiting
        QTRY_VERIFY(!d->findChild<QMessageBox *>("stopWaitingBox"));
        QVERIFY(mfaDialog());
        QCOMPARE(m_sim->requests().size(), sent);

        // Esc on the question keeps waiting too.
        click("cancelButton", d);
        QTRY_VERIFY((box = d->findChild<QMessageBox *>("stopWaitingBox")) && box->isVisible());
        QTest::keyClick(box, Qt::Key_Escape);
        QTRY_VERIFY(!d->findChild<QMessageBox *>("stopWaitingBox"));
        QVERIFY(mfaDialog());

        // Confirming stops: the dialog closes, nothing more reaches the bank.
        d->close();
        QTRY_VERIFY((box = d->findChild<QMessageBox *>("stopWaitingBox")) && box->isVisible());
        QVERIFY(mfaDialog()); // the window's close button asked, and did not close
        click("stopWaitingButton", box);
        QTRY_VERIFY(!mfaDialog());
        QTRY_VERIFY(idle());
        QCOMPARE(text("headlineLabel"), QString("MFA cancelled"));
        QCOMPARE(find<QLabel>("headlineIcon")->accessibleName(), QString("Warning"));
        QCOMPARE(m_sim->requests().size(), sent);
        QCOMPARE(m_sim->lastRequest().method, QByteArray("PUT"));
    }

    void wrongTokenLooksLikeAnErrorAndFits_data()
    {
        QTest::addColumn<qreal>("scale");
        QTest::newRow("100 %") << 1.0;
        QTest::newRow("200 %") << 2.0;
    }
    void wrongTokenLooksLikeAnErrorAndFits()
    {
        QFETCH(qreal, scale);
        const QFont normal = QApplication::font();
        QFont large = normal;
        large.setPointSizeF(normal.pointSizeF() * scale);
        QApplication::setFont(large);
        auto restore = qScopeGuard([normal] { QApplication::setFont(normal); });

        prepare(kNumeric, "numeric_code");
        click("updateButton");
        QTRY_VERIFY(mfaDialog());
        MfaDialog *d = mfaDialog();
        QCOMPARE(d->windowTitle(), QString("The bank asks for a token"));
        QCOMPARE(text("challengeCaption", d),
                 QString("Reference the bank sent (not the code to type):"));
        QCOMPARE(text("challengeValueLabel", d), QString("4321"));
        QVERIFY(!find<QLabel>("noticeIcon", d)->isVisible());
        QVERIFY2(clippedLabels(d).isEmpty(), qPrintable(clippedLabels(d).join(", ")));

        type("tokenEdit", "999999", d);
        click("submitButton", d);
        QTRY_COMPARE(text("noticeLabel", d),
                     QString("The token was not accepted. Ask the customer for the new one and "
                             "try again."));
        auto *icon = find<QLabel>("noticeIcon", d);
        QVERIFY(icon->isVisible());
        QVERIFY(!icon->pixmap().isNull());
        QCOMPARE(icon->accessibleName(), QString("Problem"));
        QVERIFY(find<QLabel>("noticeLabel", d)->font().bold());
        QTRY_VERIFY2(clippedLabels(d).isEmpty(), qPrintable(clippedLabels(d).join(", ")));

        type("tokenEdit", "111111", d);
        click("submitButton", d);
        QTRY_VERIFY(!mfaDialog());
        QCOMPARE(text("headlineLabel"), QString("Credentials updated"));
    }

    void approveOnPhoneIsTitledApprove()
    {
        prepare(kInputless, "pass_valid");
        click("updateButton");
        QTRY_VERIFY(mfaDialog());
        MfaDialog *d = mfaDialog();
        QCOMPARE(d->windowTitle(), QString("Approve the login on the customer's phone"));
        QCOMPARE(d->accessibleName(), QString("Approve the login on the customer's phone"));
        click("approvedButton", d);
        QTRY_VERIFY(!mfaDialog());
        QCOMPARE(text("statusBadge"), QString("valid"));
    }

    void qrCodeIsCopiedAndSaved()
    {
        prepare(kQr, "qr_code");
        click("updateButton");
        QTRY_VERIFY(mfaDialog());
        MfaDialog *d = mfaDialog();
        QVERIFY(find<QPushButton>("copyQrButton", d)->isVisible());
        QVERIFY(find<QPushButton>("saveQrButton", d)->isVisible());

        QApplication::clipboard()->clear();
        click("copyQrButton", d);
        const QImage copied = QApplication::clipboard()->image();
        QVERIFY(!copied.isNull());
        QVERIFY(copied.width() >= 100 && copied.width() == copied.height());
        QCOMPARE(buttonText(find<QPushButton>("copyQrButton", d)), QString("Copied"));
        QCOMPARE(text("qrStatusLabel", d), QString("Copied the QR code as an image."));
        QVERIFY(heard("Copied the QR code as an image."));

        QString asked;
        const QString path = m_dir.filePath("customer-qr");
        d->setSavePathPicker([&asked, path](QWidget *, const QString &title, const QString &) {
            asked = title;
            return path;
        });
        click("saveQrButton", d);
        QCOMPARE(asked, QString("Save the QR code"));
        QImage saved;
        QVERIFY(saved.load(path + ".png", "PNG"));
        QCOMPARE(saved.convertToFormat(QImage::Format_RGB32),
                 copied.convertToFormat(QImage::Format_RGB32));
        QCOMPARE(text("qrStatusLabel", d),
                 "Saved the QR code to " + QDir::toNativeSeparators(path + ".png") + ".");

        type("tokenEdit", "111111", d);
        click("submitButton", d);
        QTRY_VERIFY(!mfaDialog());
    }

    void settingsAskAboutUnsavedKeys_data()
    {
        QTest::addColumn<QString>("how");    // how Settings is closed
        QTest::addColumn<QString>("answer"); // the button chosen
        QTest::newRow("Esc, Cancel") << "esc"
                                     << "cancelCloseButton";
        QTest::newRow("Close button, Discard") << "close"
                                               << "discardKeysButton";
        QTest::newRow("window close, Save") << "window"
                                            << "saveKeysButton";
    }
    void settingsAskAboutUnsavedKeys()
    {
        QFETCH(QString, how);
        QFETCH(QString, answer);
        InstantKeychain keychain;
        Workspace *workspace = m_desk.workspace;
        const QString entry = workspace->keyEntry();
        m_window->openSettings();
        SettingsDialog *s = nullptr;
        QTRY_VERIFY((s = m_window->findChild<SettingsDialog *>()) && s->isVisible());
        QCOMPARE(s->windowTitle(), QString("Settings — Relink"));
        QVERIFY(!s->hasUnsavedKeys());
        type("secretIdEdit", "new-secret-id", s);
        type("secretPasswordEdit", "new-secret-password", s);
        QVERIFY(s->hasUnsavedKeys());

        auto close = [&] {
            if (how == "esc")
                QTest::keyClick(s, Qt::Key_Escape);
            else if (how == "close")
                QTest::mouseClick(
                    find<QDialogButtonBox>("buttonBox", s)->button(QDialogButtonBox::Close),
                    Qt::LeftButton);
            else
                s->close();
        };
        close();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = s->findChild<QMessageBox *>("unsavedKeysBox")) && box->isVisible());
        QCOMPARE(box->text(), QString("Save the API keys you typed for Custom URL?"));
        QCOMPARE(box->informativeText(),
                 QString("They are not saved yet: closing Settings now drops them."));
        QCOMPARE(box->defaultButton()->objectName(), QString("saveKeysButton"));
        QVERIFY(s->isVisible());
        click(answer.toLatin1().constData(), box);

        if (answer == "cancelCloseButton") {
            QTRY_VERIFY(!s->findChild<QMessageBox *>("unsavedKeysBox"));
            QVERIFY(s->isVisible());
            QCOMPARE(find<QLineEdit>("secretPasswordEdit", s)->text(),
                     QString("new-secret-password"));
            QVERIFY(keychain.written.isEmpty());
            find<QLineEdit>("secretPasswordEdit", s)->clear();
            find<QLineEdit>("secretIdEdit", s)->setText(BelvoSimulator::kDemoSecretId);
            QTest::keyClick(s, Qt::Key_Escape); // nothing unsaved: closes at once
            QTRY_VERIFY(!m_window->findChild<SettingsDialog *>());
        } else {
            QTRY_VERIFY(!m_window->findChild<SettingsDialog *>());
        }
        const ApiKeys used = workspace->keys(entry);
        if (answer == "saveKeysButton") {
            QCOMPARE(used.secretId, QString("new-secret-id"));
            QCOMPARE(used.secretPassword, QString("new-secret-password"));
            QCOMPARE(keychain.written.size(), 1);
        } else {
            QCOMPARE(used.secretId, QString(BelvoSimulator::kDemoSecretId));
            QCOMPARE(used.secretPassword, QString(BelvoSimulator::kDemoSecretPassword));
            QVERIFY(keychain.written.isEmpty());
        }
    }

    void clearButtonsHaveNames()
    {
        auto *ticket = find<QLineEdit>("ticketEdit");
        QVERIFY(ticket->isClearButtonEnabled());
        QTest::keyClicks(ticket, "SUP-1");
        QAction *clear = nullptr;
        for (QAction *a : ticket->findChildren<QAction *>()) {
            if (a->objectName() == "_q_qlineeditclearaction")
                clear = a;
        }
        QVERIFY(clear);
        QCOMPARE(clear->text(), QString("Clear ticket"));
        QToolButton *button = nullptr;
        for (QToolButton *b : ticket->findChildren<QToolButton *>()) {
            if (b->defaultAction() == clear)
                button = b;
        }
        QVERIFY(button);
        QCOMPARE(button->accessibleName(), QString("Clear ticket"));
        QCOMPARE(labelName(button->accessibleName()), QString("Clear ticket"));
        // Every clear button of every window the desk opens.
        m_window->openSettings();
        for (QWidget *w : QApplication::topLevelWidgets()) {
            for (QLineEdit *edit : w->findChildren<QLineEdit *>()) {
                if (!edit->isClearButtonEnabled())
                    continue;
                for (QToolButton *b : edit->findChildren<QToolButton *>())
                    QVERIFY2(b->accessibleName().startsWith("Clear "),
                             qPrintable(edit->objectName()));
            }
        }
    }
};

QTEST_MAIN(TestResults)
#include "tst_gui_results.moc"
