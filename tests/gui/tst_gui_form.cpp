// The first minute and the keys of the main window (issue #24), driven as an agent would:
// real windows by objectName, against the simulator on 127.0.0.1.
#include "guidriver.h"
#include "testsupport.h"

#include "launchrequest.h"
#include "mainwindow.h"
#include "mnemonics.h"
#include "shortcutsdialog.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSet>
#include <QStatusBar>

using namespace relink;
using namespace relink::test;

class TestForm : public QObject, public GuiDriver
{
    Q_OBJECT

public:
    TestForm() : GuiDriver{nullptr} {}

private:
    SimulatedDesk m_desk;
    BelvoSimulator *&m_sim = m_desk.sim;
    Workspace *&m_workspace = m_desk.workspace;
    MainWindow *&m_window = m_desk.window;
    QTemporaryDir m_dir;

    // GET /api/links/{id}/ requests the simulator received for this id.
    static int checksOf(BelvoSimulator *sim, const QString &id)
    {
        int n = 0;
        for (const BelvoSimulator::Request &r : sim->requests())
            n += r.method == "GET" && r.path == "/api/links/" + id + "/";
        return n;
    }

    bool visible(const char *name) const
    {
        QWidget *w = find<QWidget>(name);
        return w && w->isVisible();
    }

    // The bank's form is shown for the id now in Link id (after its check, by itself).
    bool formFor(const QString &bank) const
    {
        return idle() && text("formNoticeLabel") == QString("The fields %1 asks for.").arg(bank) &&
               visible("passwordEdit");
    }

    void paste(const QString &what)
    {
        auto *edit = find<QLineEdit>("linkIdEdit");
        edit->setFocus();
        edit->selectAll();
        QApplication::clipboard()->setText(what);
        QTest::keySequence(edit, QKeySequence::Paste);
    }

    // Every Alt+letter the window answers to now: its menus' and its widgets'.
    QSet<QString> lettersInUse() const
    {
        QSet<QString> used;
        for (QAction *a : m_window->menuBar()->actions())
            used << QKeySequence::mnemonic(a->text()).toString();
        for (QWidget *w : m_window->findChildren<QWidget *>()) {
            if (auto *l = qobject_cast<QLabel *>(w); l && l->buddy())
                used << QKeySequence::mnemonic(l->text()).toString();
            if (auto *b = qobject_cast<QAbstractButton *>(w))
                used << QKeySequence::mnemonic(b->text()).toString();
        }
        return used;
    }

    QWidget *focused() const { return QApplication::focusWidget(); }

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
        m_window->activateWindow();
        QTRY_VERIFY(m_window->isActiveWindow());
    }

    void cleanup() { m_desk.close(); }

    void focusStartsInLinkId()
    {
        QTRY_COMPARE(focused(), find<QWidget>("linkIdEdit"));
        QCOMPARE(text("formProblemLabel"),
                 QString("Enter the link id above, and the credential fields appear here."));
    }

    // Pasted: checked by itself, once; the bank's form only once it is known.
    void aPastedIdIsCheckedByItselfOnce()
    {
        m_sim->setResponseDelayMs(150); // the check is seen running
        paste("https://dashboard.belvo.com/links/" + kValid + "/details");
        QCOMPARE(find<QLineEdit>("linkIdEdit")->text(), kValid);
        QVERIFY(!visible("passwordEdit")); // no field before the bank's form is known
        QTRY_VERIFY(!idle());
        QCOMPARE(text("formProblemLabel"),
                 QString("Checking the link: the fields its bank asks for appear here."));
        QVERIFY(!visible("passwordEdit"));
        QTRY_VERIFY(formFor("Erebor Mexico"));
        QVERIFY(!m_window->findChild<QWidget *>("usernameTypeCombo")); // Erebor has none
        QCOMPARE(checksOf(m_sim, kValid), 1);
        QTRY_COMPARE(focused(), find<QWidget>("passwordEdit")); // where the next key belongs

        paste(kValid); // the same id again: not checked again
        type("linkIdEdit", kValid.toUpper());
        QTest::keyClicks(find<QLineEdit>("linkIdEdit"), "x"); // mid-edit: not an id
        QTest::keyClick(find<QLineEdit>("linkIdEdit"), Qt::Key_Backspace);
        paste(kNumeric); // another id is; waited for, it shows no second check of the first
        QTRY_VERIFY(formFor("Heimdall Mexico"));
        QCOMPARE(checksOf(m_sim, kValid), 1);
        QCOMPARE(checksOf(m_sim, kNumeric), 1);
        click("checkLinkButton"); // Check link stays, for checking again
        QTRY_COMPARE(checksOf(m_sim, kNumeric), 2);
        QTRY_VERIFY(idle());
    }

    // Typed: one check when the id is whole, none for what is not an id.
    void typingChecksOnceAndNeverAnInvalidId()
    {
        type("linkIdEdit", "not-a-link-id");
        type("linkIdEdit", kValid.left(35)); // one character short
        auto *edit = find<QLineEdit>("linkIdEdit");
        QTest::keyClicks(edit, kValid.right(1) + "9"); // whole, then too long at once
        QTest::keyClick(edit, Qt::Key_Backspace);      // whole again
        QTRY_VERIFY(formFor("Erebor Mexico"));
        QCOMPARE(m_sim->requests().size(), 2); // the link, then its bank's form
        QCOMPARE(m_sim->requests().at(0).path, "/api/links/" + kValid + "/");
        QCOMPARE(m_sim->requests().at(1).query.toString(), QString("name=erebor_mx_retail"));
    }

    // An id that comes before the keys is checked when they arrive.
    void anIdWaitingForKeysIsCheckedWhenTheyCome()
    {
        m_workspace->setSessionKeys(m_workspace->keyEntry(), {});
        paste(kValid);
        QCOMPARE(text("formProblemLabel"), QString("Add the API keys for Custom URL in File › "
                                                   "Settings."));
        m_workspace->setSessionKeys(m_workspace->keyEntry(), {BelvoSimulator::kDemoSecretId,
                                                              BelvoSimulator::kDemoSecretPassword});
        QTRY_VERIFY(formFor("Erebor Mexico"));
        QCOMPARE(checksOf(m_sim, kValid), 1);
    }

    // A link that arrives while a check runs (relink://, a queue row) opens, and is checked,
    // when it ends.
    void aLinkArrivingWhileBusyIsCheckedWhenFree()
    {
        m_sim->setResponseDelayMs(200);
        paste(kValid);
        QTRY_VERIFY(!idle());
        LaunchRequest request;
        request.linkId = kNumeric;
        m_window->openLink(request);
        QCOMPARE(m_window->statusBar()->currentMessage(),
                 QString("Link %1 opens when what is running ends.").arg(kNumeric));
        QCOMPARE(find<QLineEdit>("linkIdEdit")->text(), kValid);
        QTRY_VERIFY_WITH_TIMEOUT(formFor("Heimdall Mexico"), 10'000);
        QCOMPARE(find<QLineEdit>("linkIdEdit")->text(), kNumeric);
        QCOMPARE(checksOf(m_sim, kValid), 1);
        QCOMPARE(checksOf(m_sim, kNumeric), 1);
    }

    void theFullFormOnlyWhenTheCheckFailsAndSaidSo()
    {
        const QString unknown("99999999-9999-4999-8999-999999999999");
        paste(unknown);
        QTRY_COMPARE(text("headlineLabel"), QString("The link could not be loaded"));
        QTRY_VERIFY(idle());
        QCOMPARE(text("formNoticeLabel"), QString("Showing every field, since the link could not "
                                                  "be loaded: fill in what the customer gave "
                                                  "you."));
        for (const char *name : {"passwordEdit", "password2Edit", "tokenEdit", "encryptionKeyEdit",
                                 "usernameTypeCombo", "certificateButton", "privateKeyButton"})
            QTRY_VERIFY2(visible(name), name);
        paste(kValid); // another link: its bank's form, nothing else
        QTRY_VERIFY(formFor("Erebor Mexico"));
        QVERIFY(!m_window->findChild<QWidget *>("usernameTypeCombo"));
    }

    // Counted: from a pasted id to valid, 3 actions (paste, password, Enter).
    void fromAPastedIdToValidInThreeActions()
    {
        paste(kValid);                                          // 1
        QTRY_COMPARE(focused(), find<QWidget>("passwordEdit")); // by itself
        QTest::keyClicks(focused(), "pass_valid");              // 2
        QTest::keyClick(focused(), Qt::Key_Return);             // 3
        QTRY_COMPARE(text("statusBadge"), QString("valid"));
        QCOMPARE(text("headlineLabel"), QString("Credentials updated"));
        QCOMPARE(m_sim->lastRequest().method, QByteArray("PUT"));
    }

    // Keys that never move: Alt+I reaches Link id whatever the bank's form.
    void altIReachesLinkIdInEveryState()
    {
        auto altI = [this] {
            QTest::keyClick(focused(), Qt::Key_I, Qt::AltModifier);
            return focused() == find<QWidget>("linkIdEdit");
        };
        find<QWidget>("ticketEdit")->setFocus();
        QVERIFY(altI());
        paste(kValid); // Erebor: Password and PIN
        QTRY_VERIFY(formFor("Erebor Mexico"));
        QTRY_COMPARE(focused(), find<QWidget>("passwordEdit"));
        const QKeySequence pin = QKeySequence::mnemonic(text("password2Label"));
        QVERIFY2(!pin.isEmpty() && pin != QKeySequence("Alt+I"), qPrintable(pin.toString()));
        QCOMPARE(withoutMnemonic(text("password2Label")), QString("PIN"));
        QVERIFY(altI());
        QTest::keySequence(m_window, pin); // the PIN row's own letter reaches it
        QTRY_COMPARE(focused(), find<QWidget>("password2Edit"));
        QVERIFY(altI());
        type("passwordEdit", "wrong-password");
        click("updateButton"); // a login error: a result with buttons of its own
        QTRY_VERIFY(idle());
        find<QWidget>("passwordEdit")->setFocus();
        QVERIFY(altI());
        paste(kNumeric); // Heimdall: Document type, Password
        QTRY_VERIFY(formFor("Heimdall Mexico"));
        QTRY_COMPARE(focused(), find<QWidget>("usernameTypeCombo"));
        QVERIFY(altI());
    }

    void anAltLetterWithNoTargetTypesNothing()
    {
        paste(kValid);
        QTRY_VERIFY(formFor("Erebor Mexico"));
        const QSet<QString> used = lettersInUse();
        char free = 0;
        for (char c = 'A'; c <= 'Z' && !free; ++c)
            free = used.contains(QString("Alt+%1").arg(QLatin1Char(c))) ? 0 : c;
        QVERIFY2(free, "every letter is in use");
        auto *ticket = find<QLineEdit>("ticketEdit");
        type("ticketEdit", "SUP-1234");
        ticket->setFocus();
        QTRY_COMPARE(focused(), ticket);
        QTest::keyClick(ticket, Qt::Key(Qt::Key_A + (free - 'A')), Qt::AltModifier);
        QCOMPARE(ticket->text(), QString("SUP-1234"));
        QVERIFY2(focused() == ticket,
                 qPrintable(QString("Alt+%1 moved to %2")
                                .arg(QLatin1Char(free))
                                .arg(focused() ? focused()->objectName() : QString("nothing"))));
        QTest::keyClick(ticket, Qt::Key(Qt::Key_A + (free - 'A'))); // without Alt: typed
        QCOMPARE(ticket->text(), QString("SUP-1234") + QChar(free).toLower());
    }

    void helpListsTheKeyboardShortcuts()
    {
        paste(kValid);
        QTRY_VERIFY(formFor("Erebor Mexico"));
        auto *action = m_window->findChild<QAction *>("shortcutsAction");
        QVERIFY(action);
        QCOMPARE(withoutMnemonic(action->text()), QString("Keyboard shortcuts"));
        QVERIFY(m_window->findChild<QMenu *>("helpMenu")->actions().contains(action));
        action->trigger();
        ShortcutsDialog *d = nullptr;
        QTRY_VERIFY((d = m_window->findChild<ShortcutsDialog *>("shortcutsDialog")) &&
                    d->isVisible());
        const auto rows = d->rows();
        auto has = [&rows](const QString &keys, const QString &what) {
            return rows.contains({keys, what});
        };
        QVERIFY(has("Alt+I", "Link id"));
        QVERIFY(has("Alt+F", "File menu"));
        QVERIFY(has(QKeySequence(QKeySequence::Quit).toString(), "Quit") ||
                QKeySequence(QKeySequence::Quit).isEmpty()); // none on some platforms
        QVERIFY(has("Esc", "Cancel what is running"));
        QVERIFY(has(QKeySequence::mnemonic(text("password2Label")).toString(), "PIN"));
        QVERIFY(has(QKeySequence::mnemonic(find<QPushButton>("updateButton")->text()).toString(),
                    "Update credentials"));
        click("closeButton", d);
        QTRY_VERIFY(!m_window->findChild<ShortcutsDialog *>());
    }

    // One customer, several banks: the ticket stays; a link with its own ticket replaces it.
    void theTicketStaysForTheNextLinkOpenedByHand()
    {
        QVERIFY(!visible("ticketInForceLabel"));
        type("ticketEdit", "SUP-1234");
        QCOMPARE(text("ticketInForceLabel"), QString("Ticket SUP-1234"));
        QVERIFY(visible("ticketInForceLabel"));
        paste(kValid);
        QTRY_VERIFY(formFor("Erebor Mexico"));
        paste(kNumeric); // the same customer's other bank, opened by hand
        QTRY_VERIFY(formFor("Heimdall Mexico"));
        QCOMPARE(m_window->ticket(), QString("SUP-1234"));
        QCOMPARE(text("ticketInForceLabel"), QString("Ticket SUP-1234"));

        LaunchRequest request; // relink:// or a queue row with its own ticket
        request.linkId = kQr;
        request.ticket = "SUP-2";
        m_window->openLink(request);
        QCOMPARE(m_window->ticket(), QString("SUP-2"));
        QCOMPARE(text("ticketInForceLabel"), QString("Ticket SUP-2"));
        QTRY_VERIFY(formFor("Heimdall Mexico"));
        request.linkId = kInputless; // one without a ticket: the one in force stays
        request.ticket.clear();
        m_window->openLink(request);
        QCOMPARE(m_window->ticket(), QString("SUP-2"));
        QTRY_VERIFY(formFor("Gotham Business Bank"));
        find<QLineEdit>("ticketEdit")->clear();
        QVERIFY(!visible("ticketInForceLabel"));
    }

    void demoSampleLinksFillAndCheck()
    {
        QVERIFY(!m_window->findChild<QWidget *>("sampleLinks")); // not outside demo mode
        QVERIFY(m_workspace->startDemo());
        QTRY_VERIFY(visible("sampleLinks"));
        for (const char *name : {"sampleLink1Button", "sampleLink2Button", "sampleLink3Button",
                                 "sampleLink4Button", "sampleLink5Button"})
            QVERIFY2(visible(name), name);
        QCOMPARE(withoutMnemonic(find<QPushButton>("sampleLink1Button")->text()),
                 QString("Erebor Mexico: updated"));
        click("sampleLink1Button"); // one click: filled, and checked by itself
        QCOMPARE(find<QLineEdit>("linkIdEdit")->text(), kValid);
        QCOMPARE(text("sampleLinkHintLabel"),
                 QString("Sample link %1: the password is pass_valid; the link becomes valid (the "
                         "PIN is optional: 4 digits).")
                     .arg(kValid));
        QTRY_VERIFY(formFor("Erebor Mexico"));
        QCOMPARE(checksOf(m_workspace->simulator(), kValid), 1);
        QCOMPARE(m_sim->requests().size(), 0); // the demo has its own simulator
        click("sampleLink2Button");
        QTRY_VERIFY(formFor("Heimdall Mexico"));
        // The demo's bank reported down: the pre-flight asks to confirm first; confirmed, the
        // update fails as Belvo says, and the password stays.
        click("sampleLink5Button");
        QTRY_VERIFY(formFor("Erebor Brazil"));
        QVERIFY(text("preflightFindingsLabel")
                    .startsWith("To confirm: Belvo reports Erebor Brazil down"));
        QTRY_COMPARE(focused(), find<QWidget>("passwordEdit"));
        QTest::keyClicks(focused(), "pass_valid");
        QVERIFY(!find<QWidget>("updateButton")->isEnabled());
        auto *confirmed = find<QAbstractButton>("preflightConfirmBox");
        QTRY_VERIFY(confirmed->isVisible() && !confirmed->visibleRegion().isEmpty()); // laid out
        click("preflightConfirmBox");
        QVERIFY(find<QWidget>("updateButton")->isEnabled());
        find<QWidget>("passwordEdit")->setFocus();
        QTest::keyClick(focused(), Qt::Key_Return);
        QTRY_COMPARE(text("headlineLabel"), QString("The update failed"));
        QCOMPARE(text("errorLabel1"),
                 QString("The bank is not answering right now. Try again later."));
        QCOMPARE(find<QLineEdit>("passwordEdit")->text(), QString("pass_valid"));
        m_workspace->stopDemo();
        m_workspace->setEnvironment("custom");
        QTRY_VERIFY(!visible("sampleLinks"));
    }

    // A screen reader hears a field's validation message only while its value is invalid.
    void theValidationMessageIsDescribedOnlyWhileInvalid()
    {
        paste(kValid);
        QTRY_VERIFY(formFor("Erebor Mexico"));
        auto *password = find<QLineEdit>("passwordEdit");
        auto *pin = find<QLineEdit>("password2Edit");
        QCOMPARE(password->accessibleDescription(), QString("Required."));
        QCOMPARE(pin->accessibleDescription(), QString("Optional."));
        type("passwordEdit", "pass_valid");
        QCOMPARE(password->accessibleDescription(), QString("Required."));
        type("password2Edit", "12");
        QCOMPARE(pin->accessibleDescription(),
                 QString("Optional. PIN: The PIN has exactly 4 digits"));
        QTest::keyClicks(pin, "34");
        QCOMPARE(pin->accessibleDescription(), QString("Optional."));
    }
};

QTEST_MAIN(TestForm)
#include "tst_gui_form.moc"
