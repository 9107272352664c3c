// File › Links needing attention driven as a support agent would, against the simulator on
// 127.0.0.1: the queue as a dock beside the form, rows, count, filters, search, sorting, lazy
// pages, cancel, errors; a row opened in the form (focus there, the external id shown) and its
// status following an update; and a link opened over typed credentials.
#include "guidriver.h"
#include "testsupport.h"

#include "launchhandler.h"
#include "launchrequest.h"
#include "linksfiltermodel.h"
#include "linkstablemodel.h"
#include "linkswindow.h"
#include "mainwindow.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QUrlQuery>

using namespace relink;
using namespace relink::test;

class TestLinksGui : public QObject, public GuiDriver
{
    Q_OBJECT

public:
    TestLinksGui() : GuiDriver{nullptr} {}

private:
    SimulatedDesk m_desk;
    BelvoSimulator *&m_sim = m_desk.sim;
    Workspace *&m_workspace = m_desk.workspace;
    MainWindow *&m_window = m_desk.window;
    QTemporaryDir m_dir;

    LinksWindow *openLinksWindow() { return m_desk.openLinks(); }

    // What Belvo says the count is, asked directly.
    int countOf(const QString &statuses)
    {
        QNetworkAccessManager nam;
        QUrl url = m_sim->baseUrl().resolved(QUrl("/api/links/"));
        url.setQuery("status__in=" + statuses + "&page_size=1");
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", basicAuth(BelvoSimulator::kDemoSecretId,
                                                        BelvoSimulator::kDemoSecretPassword));
        QNetworkReply *reply = nam.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait(10'000))
            return -1;
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object().value("count").toInt(-1);
    }

    QUrlQuery lastListQuery() const
    {
        for (int i = int(m_sim->requests().size()) - 1; i >= 0; --i) {
            const BelvoSimulator::Request r = m_sim->requests().at(i);
            if (r.method == "GET" && r.path == "/api/links/")
                return r.query;
        }
        return {};
    }

    static int rowOf(LinksWindow *w, const QString &linkId)
    {
        return SimulatedDesk::rowOf(w, linkId);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        SimulatedDesk::isolate(m_dir);
    }

    void init()
    {
        QVERIFY(m_desk.open());
        root = m_window;
    }

    void cleanup() { m_desk.close(); }

    void theLinksNeedingAttentionAppearWithTheirCount()
    {
        QCOMPARE(m_window->findChild<QAction *>("linksAction")->shortcut(), QKeySequence("Ctrl+L"));
        m_sim->addLinks(450, "token_required"); // a busy day: more than two pages
        LinksWindow *w = openLinksWindow();
        QVERIFY(w);
        const QUrlQuery query = lastListQuery();
        QCOMPARE(query.queryItemValue("status__in"), QString("invalid,token_required"));
        QCOMPARE(query.queryItemValue("page_size"), QString("200"));

        const int total = countOf("invalid,token_required");
        QVERIFY(total > 400);
        QCOMPARE(w->model()->totalCount(), total);
        QCOMPARE(w->model()->rowCount(), 200);
        QCOMPARE(text("countLabel", w),
                 QString("%1 links need attention (200 shown: scroll down for more)").arg(total));
        for (int row = 0; row < w->model()->rowCount(); ++row) {
            const QString status = w->model()->link(row).status;
            QVERIFY2(status == "invalid" || status == "token_required", qPrintable(status));
        }
        QVERIFY(!find<QWidget>("busyBar", w)->isVisible());
        QCOMPARE(text("errorLabel", w), QString());
        // The bank's display name, once Belvo has said it (the code name meanwhile).
        const int demo = rowOf(w, kNumeric);
        QVERIFY(demo >= 0);
        QCOMPARE(w->model()->link(demo).institution, QString("heimdall_mx_retail"));
        QTRY_COMPARE(w->model()->index(demo, LinksTableModel::Institution).data().toString(),
                     QString("Heimdall Mexico"));

        // Scrolling to the end fetches the next pages, one at a time.
        auto *view = find<QTableView>("linksView", w);
        QTRY_VERIFY_WITH_TIMEOUT((view->scrollToBottom(), w->model()->rowCount() == total), 20'000);
        QTRY_COMPARE(text("countLabel", w), QString("%1 links need attention").arg(total));
    }

    void closingTheWindowWhilePagesRemainIsSafe()
    {
        m_sim->addLinks(450, "invalid");
        LinksWindow *w = openLinksWindow();
        QVERIFY(w);
        QVERIFY(w->model()->canFetchMore({}));
        m_sim->setResponseDelayMs(2000);
        find<QTableView>("linksView", w)->scrollToBottom(); // a page on its way
        QTRY_VERIFY(w->model()->isLoading());
        auto *dock = find<QDockWidget>("linksDock");
        click("closeLinksButton", w);
        QVERIFY(dock->isHidden()); // the dock closes; the page on its way lands in its rows
        QTRY_VERIFY(!w->model()->isLoading());
        QCOMPARE(w->model()->rowCount(), 400);
        QTRY_VERIFY(idle());
        QCOMPARE(openLinksWindow(), w); // the same queue, its rows kept
        QVERIFY(dock->isVisible());
    }

    void filtersGoToBelvo()
    {
        LinksWindow *w = openLinksWindow();
        QVERIFY(w);
        auto *status = find<QComboBox>("statusFilterCombo", w);
        status->setCurrentIndex(status->findData("token_required"));
        QTRY_VERIFY(!w->model()->isLoading());
        QCOMPARE(lastListQuery().queryItemValue("status__in"), QString("token_required"));
        const int total = countOf("token_required");
        QCOMPARE(w->model()->totalCount(), total);
        QVERIFY(w->model()->rowCount() > 0);
        for (int row = 0; row < w->model()->rowCount(); ++row)
            QCOMPARE(w->model()->link(row).status, QString("token_required"));

        const QString bank = w->model()->link(0).institution;
        type("institutionFilterEdit", bank, w);
        QTest::keyClick(find<QLineEdit>("institutionFilterEdit", w), Qt::Key_Return);
        QTRY_VERIFY(!w->model()->isLoading());
        QCOMPARE(lastListQuery().queryItemValue("institution"), bank);
        QVERIFY(w->model()->rowCount() > 0);
        for (int row = 0; row < w->model()->rowCount(); ++row)
            QCOMPARE(w->model()->link(row).institution, bank);
    }

    void aRowOpensInTheMainWindowAndFollowsTheUpdate()
    {
        LinksWindow *w = openLinksWindow();
        QVERIFY(w);
        auto *view = find<QTableView>("linksView", w);
        int row = rowOf(w, kValid); // the demo link that broke: status invalid
        QTRY_VERIFY_WITH_TIMEOUT((view->scrollToBottom(), (row = rowOf(w, kValid)) >= 0), 20'000);
        QCOMPARE(w->model()->link(row).status, QString("invalid"));
        view->selectRow(w->shown()->mapFromSource(w->model()->index(row, 0)).row());
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_COMPARE(find<QLineEdit>("linkIdEdit")->text(), kValid);
        QTRY_VERIFY(idle());
        QCOMPARE(m_sim->lastRequest().method, QByteArray("GET")); // checked: its bank's form
        QCOMPARE(text("linkStatusBadge"), QString("invalid"));

        type("passwordEdit", "pass_valid");
        click("updateButton");
        QTRY_COMPARE(text("headlineLabel"), QString("Credentials updated"));
        const QModelIndex status = w->model()->index(rowOf(w, kValid), LinksTableModel::Status);
        QCOMPARE(status.data().toString(), QString("valid")); // no reload
    }

    void cancellingKeepsTheRowsShown()
    {
        LinksWindow *w = openLinksWindow();
        QVERIFY(w);
        m_sim->setResponseDelayMs(3000);
        click("refreshButton", w);
        QVERIFY(w->model()->isLoading());
        QVERIFY(find<QWidget>("busyBar", w)->isVisible());
        QVERIFY(find<QPushButton>("cancelLoadingButton", w)->isVisible());
        click("cancelLoadingButton", w);
        QTRY_VERIFY(!w->model()->isLoading());
        QCOMPARE(text("errorLabel", w),
                 QString("Loading was cancelled. Refresh to list the links again."));
        QVERIFY(!find<QWidget>("busyBar", w)->isVisible());
    }

    // Trust #7: a tooltip guesses rich text from its content; Belvo's text stays text.
    void anInstitutionIsNeverMarkup()
    {
        m_sim->enqueueResponse(
            {200,
             R"({"count":1,"next":null,"previous":null,"results":[{"id":")" + kValid.toUtf8() +
                 R"(","institution":"<img src='https://evil.example/x.png'>","status":"invalid",)"
                 R"("access_mode":"single","created_at":"2025-01-02T03:04:05.000000Z",)"
                 R"("last_accessed_at":null,"external_id":null}]})",
             {}});
        m_window->findChild<QAction *>("linksAction")->trigger();
        auto *w = m_window->findChild<LinksWindow *>();
        QVERIFY(w);
        QTRY_COMPARE(w->model()->rowCount(), 1);
        QCOMPARE(
            w->model()->index(0, LinksTableModel::Institution).data(Qt::ToolTipRole).toString(),
            QString("<qt>&lt;img src='https://evil.example/x.png'&gt;</qt>"));
    }

    void aFailedPageSaysWhyWithTheRequestId()
    {
        m_sim->enqueueResponse(
            {500,
             R"([{"code":"unexpected_error","message":"Belvo is unable to process the )"
             R"(request due to an internal system issue.","request_id":"req-list-500"}])",
             {}});
        m_window->findChild<QAction *>("linksAction")->trigger();
        auto *w = m_window->findChild<LinksWindow *>();
        QVERIFY(w);
        QTRY_VERIFY(!w->model()->isLoading());
        QVERIFY2(text("errorLabel", w).startsWith("The list stopped: "),
                 qPrintable(text("errorLabel", w)));
        QVERIFY2(text("errorLabel", w).endsWith("Belvo's request id: req-list-500"),
                 qPrintable(text("errorLabel", w)));
        QCOMPARE(w->model()->rowCount(), 0);
    }

    // The three forms a ticket uses, through the path main() wires: each fills the id and checks
    // the link; only a relink:// link's ticket is kept; nothing but the check is sent.
    void aTicketOpensTheLinkAndChecksIt_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<QString>("ticket");
        QTest::newRow("id") << kValid << QString();
        QTest::newRow("dashboard URL")
            << "https://dashboard.belvo.com/links/" + kValid + "/?tab=details" << QString();
        QTest::newRow("relink://")
            << "relink://link/" + kValid + "?ticket=SUP-1234%20b" << QString("SUP-1234 b");
    }
    void aTicketOpensTheLinkAndChecksIt()
    {
        QFETCH(QString, argument);
        QFETCH(QString, ticket);
        LaunchHandler launch(m_window);
        connect(&launch, &LaunchHandler::requested, m_window, &MainWindow::openLink);
        launch.setReady();
        m_sim->clearRequests();
        launch.open(argument);
        QTRY_COMPARE(find<QLineEdit>("linkIdEdit")->text(), kValid);
        QTRY_VERIFY(idle());
        QCOMPARE(text("linkStatusBadge"), QString("invalid"));
        QCOMPARE(m_window->ticket(), ticket);
        for (const BelvoSimulator::Request &r : m_sim->requests())
            QCOMPARE(r.method, QByteArray("GET")); // the check; no update
        QVERIFY(!m_sim->requests().isEmpty());
    }

    void aRelinkUrlWithMoreThanItMayCarryIsRefused()
    {
        LaunchHandler launch(m_window);
        connect(&launch, &LaunchHandler::requested, m_window, &MainWindow::openLink);
        launch.setReady();
        m_sim->clearRequests();
        launch.open("relink://link/" + kValid + "?base_url=https%3A%2F%2Fevil.example&ticket=X");
        QTRY_VERIFY(launch.refusal() && launch.refusal()->isVisible());
        QCOMPARE(find<QLineEdit>("linkIdEdit")->text(), QString());
        QVERIFY(m_sim->requests().isEmpty());
        QCOMPARE(m_window->ticket(), QString());
    }

    void aTicketsEnvironmentIsUsedAndSaid()
    {
        LaunchRequest request;
        request.linkId = kValid;
        request.environment = "sandbox";
        request.ticket = "SUP-9";
        m_window->openLink(request);
        QCOMPARE(m_workspace->environment(), QString("sandbox"));
        QCOMPARE(find<QLineEdit>("linkIdEdit")->text(), kValid);
        QCOMPARE(m_window->statusBar()->currentMessage(),
                 QString("Link %1 opened in Sandbox. Ticket: SUP-9.").arg(kValid));
        QVERIFY(m_sim->requests().isEmpty()); // no keys there yet: nothing checked, nothing sent
    }

    void theLinksWindowFollowsTheEnvironment()
    {
        LinksWindow *w = openLinksWindow();
        QVERIFY(w);
        const int before = w->model()->totalCount();
        BelvoSimulator other; // another environment's account: more links need attention
        QVERIFY(other.listen());
        other.addLinks(5, "invalid");
        m_workspace->setCustomUrl(other.baseUrl().toString());
        m_workspace->setSessionKeys(m_workspace->keyEntry(), {BelvoSimulator::kDemoSecretId,
                                                              BelvoSimulator::kDemoSecretPassword});
        QTRY_COMPARE(w->model()->totalCount(), before + 5);
        QVERIFY(!other.requests().isEmpty());
    }

    void anotherLinkAsksBeforeClearingTypedCredentials()
    {
        type("linkIdEdit", kValid);
        QTRY_VERIFY(find<QLineEdit>("passwordEdit"));
        type("passwordEdit", "typed-for-the-first-link");
        LaunchRequest request;
        request.linkId = kNumeric;
        m_window->openLink(request);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>("openLinkConfirmation")) &&
                    box->isVisible());
        QCOMPARE(box->text(), QString("Credentials are typed for link %1. Opening link %2 clears "
                                      "them.")
                                  .arg(kValid, kNumeric));
        click("keepCredentialsButton", box); // changed their mind
        QTRY_VERIFY(!m_window->findChild<QMessageBox *>("openLinkConfirmation"));
        QCOMPARE(find<QLineEdit>("linkIdEdit")->text(), kValid);
        QCOMPARE(find<QLineEdit>("passwordEdit")->text(), QString("typed-for-the-first-link"));

        m_window->openLink(request);
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>("openLinkConfirmation")) &&
                    box->isVisible());
        click("clearAndOpenButton", box);
        QTRY_COMPARE(find<QLineEdit>("linkIdEdit")->text(), kNumeric);
        QTRY_VERIFY(idle());
        QCOMPARE(find<QLineEdit>("passwordEdit")->text(), QString());
        QCOMPARE(text("linkStatusBadge"), QString("token_required"));
    }
};

QTEST_MAIN(TestLinksGui)
#include "tst_gui_links.moc"
