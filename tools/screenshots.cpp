// Renders screenshots of every window and dialog, in demo mode, into a folder:
//   relink-screenshots OUTPUT_DIR [LANGUAGE [high-contrast]]
// (run by scripts/screenshots.sh at 100 % and 200 %, and with a high-contrast palette: black
// window, white text, yellow highlight; that run keeps the result, MFA and settings shots).
#include "belvosimulator.h"
#include "i18n.h"
#include "mainwindow.h"
#include "workspace.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QStyleFactory>
#include <QTableView>
#include <QTest>

using namespace relink;

namespace {

QString g_dir;
QSet<QString> g_only; // when not empty: the shots kept

bool save(QWidget *w, const QString &name)
{
    if (!g_only.isEmpty() && !g_only.contains(name))
        return true;
    QApplication::processEvents();
    const QString path = QDir(g_dir).filePath(name + QStringLiteral(".png"));
    const bool ok = w->grab().save(path);
    qInfo("%s %s", ok ? "saved" : "FAILED", qPrintable(path));
    return ok;
}

// A high-contrast palette as a system's would give it: black window, white text, yellow
// highlight (and Fusion, which draws with the palette).
void useHighContrast()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p;
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    for (const auto role : {QPalette::Window, QPalette::Base, QPalette::Button,
                            QPalette::ToolTipBase, QPalette::AlternateBase})
        p.setColor(role, black);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText,
                            QPalette::ToolTipText, QPalette::BrightText, QPalette::Light})
        p.setColor(role, white);
    p.setColor(QPalette::Highlight, QColor(0xff, 0xff, 0x00));
    p.setColor(QPalette::HighlightedText, black);
    p.setColor(QPalette::Link, QColor(0x00, 0xff, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xff, 0x80, 0xff));
    p.setColor(QPalette::PlaceholderText, QColor(0xc0, 0xc0, 0xc0));
    p.setColor(QPalette::Mid, QColor(0xc0, 0xc0, 0xc0));
    p.setColor(QPalette::Dark, QColor(0xc0, 0xc0, 0xc0));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0xa0, 0xa0, 0xa0));
    QApplication::setPalette(p);
    g_only = {QStringLiteral("main-checked"),       QStringLiteral("result-success"),
              QStringLiteral("result-login-error"), QStringLiteral("mfa-numeric"),
              QStringLiteral("mfa-rejected-token"), QStringLiteral("mfa-inputless"),
              QStringLiteral("handoff-valid"),      QStringLiteral("settings")};
}

template<typename T> T *child(QWidget *w, const char *name)
{
    return w->findChild<T *>(QString::fromLatin1(name));
}

bool waitIdle(QWidget *window)
{
    return QTest::qWaitFor([window] { return !child<QWidget>(window, "busyBar")->isVisible(); },
                           15'000);
}

QDialog *waitDialog(QWidget *window, const char *name)
{
    QDialog *d = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            d = window->findChild<QDialog *>(QString::fromLatin1(name));
            return d && d->isVisible();
        },
        15'000);
    return d;
}

void typeInto(QWidget *window, const char *name, const QString &text)
{
    auto *edit = child<QLineEdit>(window, name);
    (void)QTest::qWaitFor([edit] { return !edit->isReadOnly(); }, 15'000); // not busy
    edit->clear();
    QTest::keyClicks(edit, text);
}

void update(QWidget *window, const QString &linkId, const QString &password)
{
    typeInto(window, "linkIdEdit", linkId);
    QTest::mouseClick(child<QPushButton>(window, "checkLinkButton"), Qt::LeftButton);
    waitIdle(window);
    if (auto *type = child<QComboBox>(window, "usernameTypeCombo"))
        type->setCurrentIndex(1);
    typeInto(window, "passwordEdit", password);
    QTest::mouseClick(child<QPushButton>(window, "updateButton"), Qt::LeftButton);
}

void mfa(MainWindow &w, const QString &linkId, const QString &password, const QString &name)
{
    update(&w, linkId, password);
    QDialog *d = waitDialog(&w, "MfaDialog");
    if (!d)
        return;
    save(d, name);
    if (name == QLatin1StringView("mfa-numeric")) {
        QTest::keyClicks(child<QLineEdit>(d, "tokenEdit"), QStringLiteral("999999"));
        QTest::mouseClick(child<QPushButton>(d, "submitButton"), Qt::LeftButton);
        (void)QTest::qWaitFor([d] { return !child<QLabel>(d, "noticeLabel")->text().isEmpty(); },
                              15'000);
        save(d, QStringLiteral("mfa-rejected-token"));
    }
    d->reject(); // asks first: "Stop waiting for the code?"
    auto *stop = d->findChild<QWidget *>(QStringLiteral("stopWaitingBox"));
    (void)QTest::qWaitFor([&stop, d] {
        return (stop = d->findChild<QWidget *>(QStringLiteral("stopWaitingBox"))) &&
               stop->isVisible();
    });
    if (stop && name == QLatin1StringView("mfa-numeric"))
        save(stop, QStringLiteral("mfa-stop-question"));
    if (stop)
        QTest::mouseClick(child<QPushButton>(stop, "stopWaitingButton"), Qt::LeftButton);
    (void)QTest::qWaitFor([d] { return !d->isVisible(); }, 5000);
}

// The hand-off dialog: waiting (after the first check), valid, the result panel; then expired.
void handoff(MainWindow &w, Workspace &workspace)
{
    const QString linkId = BelvoSimulator::kNumericLinkId;
    workspace.simulator()->setLinkStatus(linkId, QStringLiteral("token_required"));
    typeInto(&w, "linkIdEdit", linkId);
    QTest::mouseClick(child<QPushButton>(&w, "sendToCustomerButton"), Qt::LeftButton);
    QDialog *d = waitDialog(&w, "HandoffDialog");
    if (!d)
        return;
    auto *status = child<QLabel>(d, "statusLabel");
    QString minted;
    (void)QTest::qWaitFor(
        [&] {
            minted = status->text();
            return !child<QLineEdit>(d, "urlEdit")->text().isEmpty();
        },
        15'000);
    (void)QTest::qWaitFor([&] { return status->text() != minted; }, 15'000); // the first check
    save(d, QStringLiteral("handoff-waiting"));
    workspace.simulator()->setLinkStatus(linkId, QStringLiteral("valid")); // the customer did it
    auto *close = child<QPushButton>(d, "closeButton");
    (void)QTest::qWaitFor([close] { return close->isDefault(); }, 15'000);
    save(d, QStringLiteral("handoff-valid"));
    QTest::mouseClick(close, Qt::LeftButton);
    (void)QTest::qWaitFor([d] { return !d->isVisible(); }, 5000);
    save(&w, QStringLiteral("result-handoff"));

    workspace.simulator()->setLinkStatus(linkId, QStringLiteral("token_required"));
    workspace.simulator()->setWidgetTokenLifetimeSeconds(1);
    QTest::mouseClick(child<QPushButton>(&w, "sendToCustomerButton"), Qt::LeftButton);
    d = waitDialog(&w, "HandoffDialog");
    if (!d)
        return;
    auto *newLink = child<QPushButton>(d, "newLinkButton");
    (void)QTest::qWaitFor([newLink] { return newLink->isEnabled(); }, 15'000);
    save(d, QStringLiteral("handoff-expired"));
    workspace.simulator()->setWidgetTokenLifetimeSeconds(600);
    d->reject();
    (void)QTest::qWaitFor([d] { return !d->isVisible(); }, 5000);
}

// Waiting for customers: two more hand-offs, their views closed, after their first checks.
void waiting(MainWindow &w, Workspace &workspace)
{
    for (const QString &linkId : {BelvoSimulator::kQrLinkId, BelvoSimulator::kValidLinkId}) {
        workspace.simulator()->setLinkStatus(linkId, QStringLiteral("invalid"));
        typeInto(&w, "linkIdEdit", linkId);
        auto *send = child<QPushButton>(&w, "sendToCustomerButton");
        (void)QTest::qWaitFor([send] { return send->isEnabled(); }, 15'000); // checked by itself
        QTest::mouseClick(send, Qt::LeftButton);
        QDialog *d = waitDialog(&w, "HandoffDialog");
        if (!d)
            return;
        (void)QTest::qWaitFor([d] { return !child<QLineEdit>(d, "urlEdit")->text().isEmpty(); },
                              15'000);
        d->close();
        (void)QTest::qWaitFor([d] { return !d->isVisible(); }, 5000);
    }
    auto *dock = child<QWidget>(&w, "waitingDock");
    auto *table = child<QTableView>(dock, "waitingTable");
    (void)QTest::qWaitFor(
        [table] {
            const QAbstractItemModel *m = table->model();
            for (int r = 0; r < m->rowCount(); ++r) {
                if (m->index(r, 6).data().toString() == QLatin1String("not checked yet"))
                    return false;
            }
            return true;
        },
        15'000);
    table->setCurrentIndex(table->model()->index(0, 0));
    save(&w, QStringLiteral("main-waiting"));
    save(dock, QStringLiteral("waiting-list"));
    dock->hide(); // the other screenshots show the window as it was
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("RelinkScreenshots"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RELINK_VERSION));
    g_dir = app.arguments().value(1, QStringLiteral("screenshots"));
    relink::i18n::install(&app, app.arguments().value(2)); // e.g. "es", "pt_BR"
    if (app.arguments().value(3) == QLatin1StringView("high-contrast"))
        useHighContrast();
    QDir().mkpath(g_dir);

    Workspace workspace;
    workspace.startDemo();
    MainWindow w(&workspace);
    w.resize(760, 900);
    w.show();
    (void)QTest::qWaitForWindowExposed(&w);
    save(&w, QStringLiteral("main-empty"));

    // The first minute: a sample link fills the id, which is checked by itself.
    QTest::mouseClick(child<QPushButton>(&w, "sampleLink1Button"), Qt::LeftButton);
    save(&w, QStringLiteral("main-checking"));
    (void)QTest::qWaitFor( // the new rows are shown by a queued event
        [&w] {
            auto *password = child<QLineEdit>(&w, "passwordEdit");
            return password && password->isVisible();
        },
        5000);
    waitIdle(&w);
    save(&w, QStringLiteral("main-checked"));
    w.findChild<QAction *>(QStringLiteral("shortcutsAction"))->trigger();
    if (QDialog *k = waitDialog(&w, "shortcutsDialog")) {
        save(k, QStringLiteral("shortcuts"));
        k->reject();
    }
    // A check that fails: every field, said so.
    workspace.simulator()->enqueueResponse({500, "[{\"code\":\"unexpected_error\"}]", {}});
    QTest::mouseClick(child<QPushButton>(&w, "checkLinkButton"), Qt::LeftButton);
    waitIdle(&w);
    save(&w, QStringLiteral("main-full-form"));
    QTest::mouseClick(child<QPushButton>(&w, "checkLinkButton"), Qt::LeftButton);
    waitIdle(&w);

    typeInto(&w, "ticketEdit", QStringLiteral("SUP-1234"));
    typeInto(&w, "passwordEdit", QStringLiteral("pass_valid"));
    QTest::mouseClick(child<QPushButton>(&w, "updateButton"), Qt::LeftButton);
    save(&w, QStringLiteral("main-busy"));
    waitIdle(&w);
    save(&w, QStringLiteral("result-success"));

    typeInto(&w, "passwordEdit", QStringLiteral("pass_invalid"));
    QTest::mouseClick(child<QPushButton>(&w, "updateButton"), Qt::LeftButton);
    waitIdle(&w);
    save(&w, QStringLiteral("result-login-error"));
    QTest::mouseClick(child<QPushButton>(&w, "copyForTicketButton"), Qt::LeftButton);
    save(&w, QStringLiteral("result-copied-for-ticket"));

    workspace.simulator()->enqueueResponse(
        {401,
         "[{\"code\":\"authentication_failed\",\"message\":\"Invalid credentials provided to "
         "access Belvo API\",\"request_id\":\"6c1f0b2a9d8e4f7a8b3c2d1e0f9a8b7c\"}]",
         {}});
    typeInto(&w, "passwordEdit", QStringLiteral("pass_valid"));
    QTest::mouseClick(child<QPushButton>(&w, "updateButton"), Qt::LeftButton);
    waitIdle(&w);
    save(&w, QStringLiteral("result-401"));

    typeInto(&w, "passwordEdit", QStringLiteral("typed-for-the-first-link"));
    typeInto(&w, "linkIdEdit", BelvoSimulator::kNumericLinkId); // another customer's link
    save(&w, QStringLiteral("main-another-link"));

    // The pre-flight (#25): a bank Belvo reports down asks to confirm before Update.
    typeInto(&w, "linkIdEdit", BelvoSimulator::kDownBankLinkId);
    (void)QTest::qWaitFor(
        [&w] { return !child<QLabel>(&w, "preflightFindingsLabel")->text().isEmpty(); }, 5000);
    waitIdle(&w);
    save(&w, QStringLiteral("main-preflight"));

    mfa(w, BelvoSimulator::kNumericLinkId, QStringLiteral("numeric_code"),
        QStringLiteral("mfa-numeric"));
    mfa(w, BelvoSimulator::kQrLinkId, QStringLiteral("qr_code"), QStringLiteral("mfa-qr"));
    mfa(w, BelvoSimulator::kInputlessLinkId, QStringLiteral("pass_valid"),
        QStringLiteral("mfa-inputless"));

    handoff(w, workspace);
    waiting(w, workspace);

    // The desk: the queue docked beside the form (the window grows by its width).
    const QSize formOnly = w.size();
    w.findChild<QAction *>(QStringLiteral("linksAction"))->trigger();
    if (auto *dock = w.findChild<QWidget *>(QStringLiteral("linksDock"))) {
        (void)QTest::qWaitFor(
            [dock] { return !child<QLabel>(dock, "countLabel")->text().isEmpty(); }, 15'000);
        // As on a desk's screen (the offscreen one is too small to grow into).
        const int queueWidth = dock->fontMetrics().averageCharWidth() * 84;
        w.resize(formOnly.width() + queueWidth, formOnly.height());
        w.resizeDocks({qobject_cast<QDockWidget *>(dock)}, {queueWidth}, Qt::Horizontal);
        // The banks' display names and health (asked one at a time): the bank down's banner.
        (void)QTest::qWaitFor(
            [dock] { return child<QLabel>(dock, "bankBannerLabel")->isVisible(); }, 15'000);
        waitIdle(&w);
        save(&w, QStringLiteral("desk-queue"));
        // The team's columns: who is on each link, its last attempt, an open hand-off.
        auto *view = child<QTableView>(dock, "linksView");
        view->scrollTo(view->model()->index(0, 8));
        save(&w, QStringLiteral("desk-queue-team"));
        view->scrollTo(view->model()->index(0, 0));
        QTest::keyClicks(child<QLineEdit>(dock, "linksSearchEdit"), QStringLiteral("heimdall"));
        save(&w, QStringLiteral("desk-queue-search"));
        dock->close();
        w.resize(formOnly);
    }

    w.findChild<QAction *>(QStringLiteral("historyAction"))->trigger();
    if (QDialog *h = waitDialog(&w, "HistoryWindow")) { // at its default size
        auto *view = child<QTableView>(h, "historyView");
        (void)QTest::qWaitFor( // read on the history's thread
            [view] { return view->model()->rowCount() > 0; }, 5000);
        view->selectRow(0); // the details pane shows its steps
        save(h, QStringLiteral("history"));
        h->reject();
    }
    // History of this link (Ctrl+Shift+H) on the link in the form.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the closed window
    typeInto(&w, "linkIdEdit", BelvoSimulator::kValidLinkId);
    w.findChild<QAction *>(QStringLiteral("linkHistoryAction"))->trigger();
    if (QDialog *h = waitDialog(&w, "HistoryWindow")) {
        (void)QTest::qWaitFor(
            [h] { return !child<QPlainTextEdit>(h, "historyDetails")->toPlainText().isEmpty(); },
            5000);
        save(h, QStringLiteral("history-link"));
        h->reject();
    }

    w.openSettings();
    if (QDialog *s = waitDialog(&w, "SettingsDialog")) {
        // Let the keychain answer (or fail) so the status line is final.
        (void)QTest::qWaitFor(
            [s] {
                return child<QLabel>(s, "keychainStatusLabel")
                    ->text()
                    .contains(QLatin1StringView("keychain"));
            },
            3000);
        save(s, QStringLiteral("settings"));
        typeInto(s, "secretIdEdit", QStringLiteral("typed-secret-id"));
        typeInto(s, "secretPasswordEdit", QStringLiteral("typed-secret-password"));
        s->reject(); // asks: Save / Discard / Cancel
        QWidget *box = nullptr;
        (void)QTest::qWaitFor([&box, s] {
            return (box = s->findChild<QWidget *>(QStringLiteral("unsavedKeysBox"))) &&
                   box->isVisible();
        });
        if (box) {
            save(box, QStringLiteral("settings-unsaved-keys"));
            QTest::mouseClick(child<QPushButton>(box, "discardKeysButton"), Qt::LeftButton);
        }
        (void)QTest::qWaitFor([s] { return !s->isVisible(); }, 5000);
    }

    workspace.simulator()->enqueueResponse(
        {429,
         "[{\"code\":\"too_many_requests\",\"message\":\"Request was throttled.\","
         "\"request_id\":\"0d4c7a1e9b8f4e2d8c6b5a4f3e2d1c0b\"}]",
         {{"Retry-After", "42"}}});
    update(&w, BelvoSimulator::kValidLinkId, QStringLiteral("pass_valid"));
    waitIdle(&w);
    save(&w, QStringLiteral("main-rate-limited"));
    return 0;
}
