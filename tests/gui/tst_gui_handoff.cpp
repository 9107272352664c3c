// "Send to the customer…" driven as a support agent would: the main window's button, the
// hand-off dialog found by objectName, and the customer played by a real HTTP client posting the
// simulator's stand-in widget page — all against the simulator on 127.0.0.1.
#include "guidriver.h"
#include "testsupport.h"

#include "handoffdialog.h"
#include "historyservice.h"
#include "historystore.h"
#include "launchrequest.h"
#include "mainwindow.h"
#include "mnemonics.h"
#include "workspace.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QJsonDocument>
#include <QMimeData>
#include <QNetworkReply>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUrlQuery>

using namespace relink;
using namespace relink::test;

class TestHandoffGui : public QObject, public GuiDriver
{
    Q_OBJECT

public:
    TestHandoffGui() : GuiDriver{nullptr} {}

private:
    SimulatedDesk m_desk;
    BelvoSimulator *&m_sim = m_desk.sim;
    Workspace *&m_workspace = m_desk.workspace;
    MainWindow *&m_window = m_desk.window;
    QTemporaryDir m_dir;

    HandoffDialog *dialog() const
    {
        HandoffDialog *d = m_window->findChild<HandoffDialog *>();
        return d && d->isVisible() ? d : nullptr;
    }

    QList<HistoryEntry> historyOf(const QString &linkId) const
    {
        HistoryFilter filter;
        filter.linkId = linkId;
        HistoryService *history = m_workspace->ensureHistory();
        history->waitForWrites(10'000); // recorded on the history's thread
        return history->readAndWait(filter).entries;
    }

    QList<BelvoSimulator::Request> requestsTo(const QByteArray &method, const QString &path) const
    {
        QList<BelvoSimulator::Request> out;
        for (const BelvoSimulator::Request &r : m_sim->requests()) {
            if (r.method == method && r.path == path)
                out << r;
        }
        return out;
    }

    // Opens the dialog for `linkId` and waits for the link the customer gets.
    HandoffDialog *openFor(const QString &linkId)
    {
        type("linkIdEdit", linkId);
        auto *send = find<QPushButton>("sendToCustomerButton");
        // Checked by itself first: the pre-flight comes before a hand-off too.
        if (!QTest::qWaitFor([send] { return send->isEnabled(); }))
            return nullptr;
        click("sendToCustomerButton");
        HandoffDialog *d = dialog();
        if (!d ||
            !QTest::qWaitFor([&] { return !find<QLineEdit>("urlEdit", d)->text().isEmpty(); }))
            return nullptr;
        return d;
    }

    // What the customer's browser does on the stand-in page: the form, posted.
    int customerSubmits(const QString &accessToken, const QString &field, const QString &value)
    {
        QNetworkAccessManager nam;
        QNetworkRequest request(m_sim->baseUrl().resolved(QUrl("/widget/")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
        QUrlQuery form;
        form.addQueryItem("access_token", accessToken);
        form.addQueryItem(field, value);
        QNetworkReply *reply = nam.post(request, form.toString(QUrl::FullyEncoded).toUtf8());
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait(10'000))
            return 0;
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        SimulatedDesk::isolate(m_dir);
    }

    void init()
    {
        // A history of its own: the desk watches again the open hand-offs a history holds.
        qputenv("RELINK_HISTORY_DB",
                m_dir.filePath(QString("history-%1.sqlite").arg(QTest::currentTestFunction()))
                    .toLocal8Bit());
        QVERIFY(m_desk.open());
        root = m_window;
        m_sim->setLinkStatus(kValid, "invalid"); // the customer's link that broke
    }

    void cleanup() { m_desk.close(); }

    void sendingNeedsALinkIdButNoCredentials()
    {
        auto *send = find<QPushButton>("sendToCustomerButton");
        QVERIFY(!send->isEnabled());
        type("linkIdEdit", "not-a-link");
        QVERIFY(!send->isEnabled());
        type("linkIdEdit", kValid);
        QTRY_VERIFY(send->isEnabled()); // once checked (the pre-flight comes first)
        QVERIFY(!find<QPushButton>("updateButton")->isEnabled()); // no password typed
    }

    void theCustomerUpdatesTheLinkAndTheResultPanelShowsIt()
    {
        HandoffDialog *d = openFor(kValid);
        QVERIFY(d);
        QVERIFY(!d->isModal()); // the agent goes on with other links meanwhile

        // The token request: the keys in the body, the link, Belvo's scopes.
        const QList<BelvoSimulator::Request> minted = requestsTo("POST", "/api/token/");
        QCOMPARE(minted.size(), 1);
        const QJsonObject body = minted[0].json();
        QCOMPARE(body.value("link_id").toString(), kValid);
        QCOMPARE(body.value("scopes").toString(),
                 QString("read_institutions,write_links,read_links"));

        // The link: the simulator's stand-in page, the token, the language chosen.
        const QUrl url(find<QLineEdit>("urlEdit", d)->text());
        QCOMPARE(url.adjusted(QUrl::RemoveQuery).toString(),
                 m_sim->baseUrl().resolved(QUrl("/widget/")).toString());
        const QString access = QUrlQuery(url).queryItemValue("access_token");
        QCOMPARE(
            access,
            QJsonDocument::fromJson(minted[0].responseBody).object().value("access").toString());
        QCOMPARE(QUrlQuery(url).queryItemValue("locale"), QString("en"));
        QVERIFY(find<QLabel>("qrLabel", d)->isVisible());
        QVERIFY2(text("expiryLabel", d).startsWith("The customer can use this link for 10:00") ||
                     text("expiryLabel", d).startsWith("The customer can use this link for 9:5"),
                 qPrintable(text("expiryLabel", d)));

        click("copyButton", d);
        QCOMPARE(QApplication::clipboard()->text(), url.toString(QUrl::FullyEncoded));
        // Trust #3: marked secret for clipboard managers (a live token with write_links scope).
        QCOMPARE(QApplication::clipboard()->mimeData()->data("x-kde-passwordManagerHint"),
                 QByteArray("secret"));

        // Another language: the same token, another locale; nothing more is minted.
        auto *locale = find<QComboBox>("localeCombo", d);
        locale->setCurrentIndex(locale->findData("es"));
        const QUrl spanish(find<QLineEdit>("urlEdit", d)->text());
        QCOMPARE(QUrlQuery(spanish).queryItemValue("locale"), QString("es"));
        QCOMPARE(QUrlQuery(spanish).queryItemValue("access_token"), access);
        QCOMPARE(requestsTo("POST", "/api/token/").size(), 1);

        // The watch has looked once: the link is still invalid.
        QTRY_VERIFY_WITH_TIMEOUT(
            text("statusLabel", d)
                .startsWith("Waiting for the customer… the link is still invalid — "
                            "last checked "),
            10'000);

        // The customer enters the bank password on the page; the next poll sees it valid.
        QCOMPARE(customerSubmits(access, "password", "pass_valid"), 200);
        QTRY_COMPARE_WITH_TIMEOUT(text("statusLabel", d),
                                  QString("The customer updated the link: it is valid again."),
                                  15'000);
        QCOMPARE(withoutMnemonic(find<QPushButton>("closeButton", d)->text()), QString("OK"));
        // The link did its work: it is no longer on the clipboard.
        QCOMPARE(QApplication::clipboard()->text(), QString());
        QVERIFY(!find<QPushButton>("newLinkButton", d)->isVisible());
        QVERIFY(!find<QLabel>("qrLabel", d)->isVisible());

        click("closeButton", d);
        QTRY_VERIFY(!dialog());
        QCOMPARE(text("headlineLabel"), QString("The customer updated the link"));
        QCOMPARE(text("statusBadge"), QString("valid"));
        QCOMPARE(text("linkStatusBadge"), QString("valid"));

        // The history holds one attempt: the token, then the link seen valid.
        const QList<HistoryEntry> entries = historyOf(kValid);
        QVERIFY(!entries.isEmpty());
        QCOMPARE(entries[0].steps, QStringList({"TOKEN 200", "WATCH valid"}));
        QCOMPARE(entries[0].outcome, QString("success"));
        QCOMPARE(entries[0].fields, QStringList());
    }

    void anExpiredLinkIsReplacedByANewOne()
    {
        m_sim->setWidgetTokenLifetimeSeconds(2);
        HandoffDialog *d = openFor(kValid);
        QVERIFY(d);
        const QString first =
            QUrlQuery(QUrl(find<QLineEdit>("urlEdit", d)->text())).queryItemValue("access_token");
        auto *newLink = find<QPushButton>("newLinkButton", d);
        QVERIFY(!newLink->isEnabled());
        click("copyButton", d);
        QVERIFY(QApplication::clipboard()->text().contains(first));
        QTRY_VERIFY_WITH_TIMEOUT(newLink->isEnabled(), 5'000);
        // Trust #3: the expired link left the clipboard with the view.
        QCOMPARE(QApplication::clipboard()->text(), QString());
        QVERIFY2(text("expiryLabel", d).startsWith("This link expired at "),
                 qPrintable(text("expiryLabel", d)));
        // An expired link is neither shown, copied nor scanned.
        QCOMPARE(find<QLineEdit>("urlEdit", d)->text(), QString());
        QVERIFY(!find<QPushButton>("copyButton", d)->isEnabled());
        QVERIFY(!find<QLabel>("qrLabel", d)->isVisible());

        m_sim->setWidgetTokenLifetimeSeconds(600);
        click("newLinkButton", d);
        QTRY_VERIFY(!find<QLineEdit>("urlEdit", d)->text().isEmpty());
        const QString second =
            QUrlQuery(QUrl(find<QLineEdit>("urlEdit", d)->text())).queryItemValue("access_token");
        QVERIFY(!second.isEmpty());
        QVERIFY(second != first);
        QCOMPARE(requestsTo("POST", "/api/token/").size(), 2);
        QVERIFY(find<QPushButton>("copyButton", d)->isEnabled());
        QVERIFY(text("expiryLabel", d).startsWith("The customer can use this link for "));
    }

    void aNewLinkThatFailsKeepsWatchingTheLastOne()
    {
        m_sim->setWidgetTokenLifetimeSeconds(2);
        HandoffDialog *d = openFor(kValid);
        QVERIFY(d);
        QTRY_VERIFY_WITH_TIMEOUT(find<QPushButton>("newLinkButton", d)->isEnabled(), 5'000);
        m_sim->enqueueResponse(
            {500,
             R"([{"code":"unexpected_error","message":"Belvo is unable to process the )"
             R"(request due to an internal system issue.","request_id":"req-renew-500"}])",
             {}});
        click("newLinkButton", d);
        QTRY_VERIFY(find<QPushButton>("newLinkButton", d)->isEnabled());
        QVERIFY2(text("statusLabel", d).startsWith("No new link for the customer could be made: "),
                 qPrintable(text("statusLabel", d)));
        QVERIFY2(text("statusLabel", d).endsWith("Belvo's request id: req-renew-500"),
                 qPrintable(text("statusLabel", d)));
        // The customer had opened the first link in time and finishes now: the watch still sees
        // it through.
        QVERIFY(m_sim->setLinkStatus(kValid, "valid"));
        QTRY_COMPARE_WITH_TIMEOUT(text("statusLabel", d),
                                  QString("The customer updated the link: it is valid again."),
                                  15'000);
    }

    // What the agent copied after the link (a note, another id) is theirs: closing the view
    // leaves it on the clipboard.
    void closingLeavesWhatWasCopiedSince()
    {
        HandoffDialog *d = openFor(kValid);
        QVERIFY(d);
        click("copyButton", d);
        QApplication::clipboard()->setText("SUP-1234 called back");
        QTest::keyClick(d, Qt::Key_Escape);
        QTRY_VERIFY(!dialog());
        QCOMPARE(QApplication::clipboard()->text(), QString("SUP-1234 called back"));
    }

    void aFailedTokenRequestSaysWhyWithTheRequestId()
    {
        // The link is checked first (GETs); the token request (a POST) fails.
        m_sim->enqueueResponse(
            {500,
             R"([{"code":"unexpected_error","message":"Belvo is unable to process the )"
             R"(request due to an internal system issue.","request_id":"req-handoff-500"}])",
             {},
             "POST"});
        type("linkIdEdit", kValid);
        QTRY_VERIFY(find<QWidget>("sendToCustomerButton")->isEnabled()); // checked by itself first
        click("sendToCustomerButton");
        HandoffDialog *d = dialog();
        QVERIFY(d);
        QTRY_VERIFY(find<QPushButton>("newLinkButton", d)->isEnabled());
        QVERIFY2(text("statusLabel", d).endsWith("Belvo's request id: req-handoff-500"),
                 qPrintable(text("statusLabel", d)));
        QCOMPARE(find<QLineEdit>("urlEdit", d)->text(), QString());

        click("newLinkButton", d); // try again: this time Belvo answers
        QTRY_VERIFY(!find<QLineEdit>("urlEdit", d)->text().isEmpty());
        QCOMPARE(requestsTo("POST", "/api/token/").size(), 2);
    }
};

QTEST_MAIN(TestHandoffGui)
#include "tst_gui_handoff.moc"
