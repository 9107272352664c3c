// Keyboard and screen-reader access of every window, as Qt hands it to the platform's
// accessibility bus (QAccessibleInterface, QAccessible events): names without mnemonic markers,
// Alt+letters unique in each window (credential rows included), Tab in visual order, the focus
// where the next action is, status changes announced, badges readable in any palette. The real
// windows, driven by objectName against the simulator on 127.0.0.1.
#include "guidriver.h"
#include "testsupport.h"

#include "accessibility.h"
#include "environmentchoice.h"
#include "handoffdialog.h"
#include "mfadialog.h"
#include "mnemonics.h"
#include "resultpanel.h"
#include "settingsdialog.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QFormLayout>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QToolButton>

using namespace relink;
using namespace relink::test;

namespace {

QString nameOnTheBus(QObject *o)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(o);
    return iface ? iface->text(QAccessible::Name) : QStringLiteral("<no interface>");
}

// Each announcement (a NameChanged sent for a status widget), with the name the bus reads for
// the widget at that moment.
struct Heard
{
    QObject *object;
    QString name;
};
QList<Heard> g_heard;

void hear(QWidget *statusWidget, const QString &)
{
    g_heard.append({statusWidget, nameOnTheBus(statusWidget)});
}

bool heardFrom(QObject *object, const QString &name)
{
    for (const Heard &h : std::as_const(g_heard)) {
        if (h.object == object && h.name == name)
            return true;
    }
    return false;
}

QString describe(QObject *o)
{
    return o->objectName().isEmpty() ? QString::fromLatin1(o->metaObject()->className())
                                     : o->objectName();
}

// Every Alt+letter of the window: labels with a buddy, buttons, the menu bar's titles; the
// ones two controls share, as "Alt+P: passwordLabel, password2Label".
QStringList clashes(QWidget *window)
{
    QMap<QString, QStringList> keys;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (w->window() != window)
            continue;
        QString text;
        if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            text = label->text();
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            text = button->text();
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            keys[key.toString()] << describe(w);
    }
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        for (QAction *a : main->menuBar()->actions())
            keys[QKeySequence::mnemonic(a->text()).toString()] << a->text();
    }
    QStringList out;
    for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
        if (it.value().size() > 1)
            out << it.key() + QStringLiteral(": ") + it.value().join(QStringLiteral(", "));
    }
    return out;
}

// Every control a screen reader lands on whose name on the bus is empty or has an '&'.
QStringList badNames(QWidget *window)
{
    QStringList out;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (w->window() != window)
            continue;
        QWidget *parent = w->parentWidget();
        // The parts of a control are the control's (a table's headers, a line edit's clear
        // button, a spin box's text), except a searchable list's text field: a field of its own.
        if (qobject_cast<QAbstractItemView *>(parent) || qobject_cast<QLineEdit *>(parent) ||
            qobject_cast<QAbstractSpinBox *>(parent) || qobject_cast<QMenuBar *>(parent) ||
            (parent && qobject_cast<QAbstractItemView *>(parent->parentWidget())))
            continue;
        const bool control = qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) ||
                             qobject_cast<QAbstractButton *>(w) ||
                             qobject_cast<QAbstractItemView *>(w) ||
                             qobject_cast<QAbstractSpinBox *>(w);
        const QString name = nameOnTheBus(w);
        if (control && (name.isEmpty() || name.contains(QLatin1Char('&'))))
            out << describe(w) + QStringLiteral(" \"") + name + QLatin1Char('"');
    }
    return out;
}

// The control the window's focus is in (a searchable list, not its text field).
QWidget *focusedControl(QWidget *window)
{
    QWidget *w = window->focusWidget();
    if (w && (qobject_cast<QComboBox *>(w->parentWidget()) ||
              qobject_cast<QAbstractSpinBox *>(w->parentWidget())))
        return w->parentWidget();
    return w;
}

// Tab from the focused control around to it again: the controls in the order reached.
QList<QWidget *> tabCycle(QWidget *window)
{
    QList<QWidget *> cycle;
    QWidget *first = focusedControl(window);
    for (int i = 0; i < 80 && focusedControl(window); ++i) {
        cycle << focusedControl(window);
        QTest::keyClick(window->focusWidget(), Qt::Key_Tab);
        if (focusedControl(window) == first)
            break;
    }
    return cycle;
}

QStringList namesOf(const QList<QWidget *> &widgets)
{
    QStringList out;
    for (QWidget *w : widgets)
        out << describe(w);
    return out;
}

// Where Tab goes backwards on the screen: "a → b" for each step to a control above the last
// one's row, or left of it in the same row.
QStringList backwardSteps(const QList<QWidget *> &cycle)
{
    QStringList out;
    for (qsizetype i = 1; i < cycle.size(); ++i) {
        QWidget *a = cycle.at(i - 1);
        QWidget *b = cycle.at(i);
        if (a == b)
            continue; // Tab moves through a date's day, month and year first
        const QRect ra(a->mapTo(a->window(), QPoint(0, 0)), a->size());
        const QRect rb(b->mapTo(b->window(), QPoint(0, 0)), b->size());
        const bool below = rb.center().y() > ra.bottom();
        const bool sameRow = rb.center().y() >= ra.top() && rb.center().y() <= ra.bottom();
        if (!below && !(sameRow && rb.left() >= ra.center().x()))
            out << describe(a) + QStringLiteral(" → ") + describe(b);
    }
    return out;
}

// The seconds a hand-off's countdown shows ("… for 0:58 more (until …)"), -1 when none.
int secondsLeft(const QLabel *expiry)
{
    static const QRegularExpression re(QStringLiteral(" for (\\d+):(\\d\\d) more "));
    const QRegularExpressionMatch m = re.match(expiry->text());
    return m.hasMatch() ? m.captured(1).toInt() * 60 + m.captured(2).toInt() : -1;
}

// The colour a style sheet gives ("color: #ffffff" / "background: #1b7f3b").
QColor styleColour(const QString &style, const QString &property)
{
    const QRegularExpression re(QStringLiteral("(?:^|[ ;{])%1: *(#[0-9a-fA-F]{6})").arg(property));
    return QColor(re.match(style).captured(1));
}

} // namespace

class TestAccessibility : public QObject, public GuiDriver
{
    Q_OBJECT

public:
    TestAccessibility() : GuiDriver{nullptr} {}

private:
    SimulatedDesk m_desk;
    BelvoSimulator *&m_sim = m_desk.sim;
    Workspace *&m_workspace = m_desk.workspace;
    MainWindow *&m_window = m_desk.window;
    QTemporaryDir m_dir;

    void check(const QString &linkId)
    {
        // From the link id, as an agent does (Alt+I): focus left on the last result's headline
        // would count as "moved on" before the form had placed it.
        auto *edit = find<QLineEdit>("linkIdEdit");
        edit->setFocus(Qt::ShortcutFocusReason);
        QTRY_COMPARE(m_window->focusWidget(), edit);
        type("linkIdEdit", linkId);
        click("checkLinkButton");
        QTRY_VERIFY(idle());
        // The new rows are shown, and the focus put in the first one to fill, from the event
        // loop: waited for (a slow machine, a sanitizer build) before anything looks at them.
        // (Where it lands is what the tests below check; here only that it has moved on from
        // the link's own row, where the agent and Check link left it.)
        const auto movedOn = [this] {
            const QWidget *f = m_window->focusWidget();
            return f && f->isVisible() &&
                   !QStringList({"linkIdEdit", "checkLinkButton", "ticketEdit"})
                        .contains(f->objectName());
        };
        QTRY_VERIFY(movedOn());
    }

    // Every field: the form after a check that failed (a 500 for the link), said so.
    void fullForm(const QString &linkId)
    {
        m_sim->enqueueResponse({500, R"([{"code":"unexpected_error","message":"m"}])", {}});
        type("linkIdEdit", linkId); // checked by itself
        QTRY_VERIFY(idle() && text("formNoticeLabel").startsWith("Showing every field"));
    }

    template<typename T> T *dialog() const
    {
        T *d = m_window->findChild<T *>();
        return d && d->isVisible() ? d : nullptr;
    }

    void expectAccessible(QWidget *window, const char *state)
    {
        QVERIFY2(clashes(window).isEmpty(),
                 qPrintable(QStringLiteral("%1: %2").arg(QLatin1StringView(state),
                                                         clashes(window).join(QLatin1Char(';')))));
        QVERIFY2(badNames(window).isEmpty(),
                 qPrintable(QStringLiteral("%1: %2").arg(QLatin1StringView(state),
                                                         badNames(window).join(QLatin1Char(';')))));
        QString title = window->windowTitle();
        QCOMPARE(nameOnTheBus(window), title.remove(QStringLiteral("[*]")));
    }

    // Tab from `start` around the window: never back up the screen. `cycle`: the stops.
    void expectTabInVisualOrder(QWidget *window, QWidget *start, QStringList *cycle = nullptr)
    {
        window->activateWindow();
        QTRY_VERIFY(window->isActiveWindow());
        start->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(focusedControl(window), start);
        const QList<QWidget *> stops = tabCycle(window);
        QVERIFY2(stops.size() >= 2, qPrintable(namesOf(stops).join(',')));
        QVERIFY2(backwardSteps(stops).isEmpty(), qPrintable(backwardSteps(stops).join(';')));
        if (cycle)
            *cycle = namesOf(stops);
    }

    QKeySequence mnemonicOf(const char *name) const
    {
        QWidget *w = find<QWidget>(name);
        if (auto *label = qobject_cast<QLabel *>(w))
            return QKeySequence::mnemonic(label->text());
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            return QKeySequence::mnemonic(button->text());
        return {};
    }

    // Types the id, checks the link, picks a document type if asked, types the password.
    void prepare(const QString &linkId, const QString &password)
    {
        check(linkId);
        if (auto *combo = find<QComboBox>("usernameTypeCombo"))
            combo->setCurrentIndex(1);
        type("passwordEdit", password);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        SimulatedDesk::isolate(m_dir);
        setAnnouncementSpyForTesting(hear);
    }

    void init()
    {
        // A history of its own: the desk watches again the open hand-offs a history holds.
        qputenv("RELINK_HISTORY_DB",
                m_dir.filePath(QString("history-%1.sqlite").arg(QTest::currentTestFunction()))
                    .toLocal8Bit());
        QVERIFY(m_desk.open());
        root = m_window;
        m_window->activateWindow();
        QTRY_VERIFY(m_window->isActiveWindow());
        g_heard.clear();
    }

    void cleanup() { m_desk.close(); }

    // The rule itself, on a form of its own.
    void lettersFollowTheRule()
    {
        QWidget window;
        auto *form = new QFormLayout(&window);
        auto row = [&](const QString &text) {
            auto *label = new QLabel(text, &window);
            label->setBuddy(new QLineEdit(&window));
            form->addRow(label, label->buddy());
            return label;
        };
        QLabel *password = row("&Password");
        QLabel *pin = row("Second password or &PIN"); // the translator's P is taken
        auto *show = new QToolButton(&window);
        show->setText("Show"); // no hint: after every hinted one
        form->addRow(show);
        QLabel *ampersand = row("Usuario && clave"); // a literal '&'
        auto *update = new QPushButton("&Update", &window);
        form->addRow(update);
        auto *taken = new QPushButton("Fu", &window); // F and U reserved or taken: none
        form->addRow(taken);
        assignMnemonics(&window, "F");
        QCOMPARE(password->text(), QString("&Password"));
        QCOMPARE(pin->text(), QString("&Second password or PIN"));
        QCOMPARE(show->text(), QString("S&how"));
        QCOMPARE(update->text(), QString("&Update")); // hinted: before Usuario's word-initial U
        QCOMPARE(ampersand->text(), QString("Usuario && &clave"));
        QCOMPARE(taken->text(), QString("Fu"));
        assignMnemonics(&window, "F"); // again: the same letters
        QCOMPARE(pin->text(), QString("&Second password or PIN"));
        QCOMPARE(show->text(), QString("S&how"));
        setButtonText(show, "Hide"); // a new text gets a letter of its own
        QCOMPARE(QKeySequence::mnemonic(show->text()).isEmpty(), false);
        QCOMPARE(withoutMnemonic(show->text()), QString("Hide"));
        QCOMPARE(clashes(&window), QStringList());
    }

    void aWidgetWithoutALetterTakesOneThatCanMove()
    {
        QWidget window;
        auto *form = new QFormLayout(&window);
        QList<QLabel *> labels;
        for (const char *text : {"Link &id", "&Password", "&PIN"}) {
            labels << new QLabel(text, &window);
            labels.last()->setBuddy(new QLineEdit(&window));
            form->addRow(labels.last(), labels.last()->buddy());
        }
        auto *send = new QPushButton("Se&nd", &window);
        form->addRow(send);
        assignMnemonics(&window);
        // PIN's P, I and N are taken; "Link id" can move to its other word's L.
        QCOMPARE(labels.at(0)->text(), QString("&Link id"));
        QCOMPARE(labels.at(1)->text(), QString("&Password"));
        QCOMPARE(labels.at(2)->text(), QString("P&IN"));
        QCOMPARE(send->text(), QString("Se&nd"));
    }

    void mainWindowThroughEveryDemoLink()
    {
        expectAccessible(m_window, "at start");
        fullForm(kValid);
        QVERIFY(find<QComboBox>("usernameTypeCombo"));
        expectAccessible(m_window, "every field");
        for (const QString &id : {kValid, kNumeric, kQr, kInputless, kValid}) {
            check(id); // the bank's rows replace the last ones
            expectAccessible(m_window, qPrintable("checked " + id));
        }
        type("passwordEdit", "not-the-password"); // errors: rows with Copy buttons
        click("updateButton");
        QTRY_VERIFY(idle());
        QVERIFY(find<QToolButton>("copyRequestIdButton1"));
        expectAccessible(m_window, "login error");
    }

    void theReportedCollisionsAreGone()
    {
        fullForm(kValid); // every field, with the translators' letters
        const QKeySequence help =
            QKeySequence::mnemonic(m_window->findChild<QMenu *>("helpMenu")->menuAction()->text());
        QVERIFY(!help.isEmpty());
        const QList<std::pair<const char *, const char *>> pairs = {
            {"passwordLabel", "password2Label"},
            {"environmentLabel", "encryptionKeyLabel"},
            {"customUrlLabel", "updateButton"}};
        for (const auto &[a, b] : pairs) {
            QVERIFY2(!mnemonicOf(a).isEmpty() && !mnemonicOf(b).isEmpty(), a);
            QVERIFY2(mnemonicOf(a) != mnemonicOf(b), a);
        }
        QVERIFY(!mnemonicOf("checkLinkButton").isEmpty());
        QVERIFY(mnemonicOf("checkLinkButton") != help);
        check(kValid); // the bank's own "Password" and "PIN", with no letter of their own
        QCOMPARE(withoutMnemonic(find<QLabel>("password2Label")->text()), QString("PIN"));
        QVERIFY(!mnemonicOf("passwordLabel").isEmpty() && !mnemonicOf("password2Label").isEmpty());
        QVERIFY(mnemonicOf("passwordLabel") != mnemonicOf("password2Label"));
        // Alt+the label's letter reaches its field: once the row is on screen. A widget added
        // to a shown form is shown from the event loop (QLayout), and a hidden label's letter
        // reaches nothing; on a loaded machine the focus can already be in Password by then.
        auto *pin = find<QLineEdit>("password2Edit");
        auto *pinLabel = find<QLabel>("password2Label");
        QTRY_VERIFY(pinLabel->isVisible() && pin->isVisible() && m_window->isActiveWindow());
        QTest::keySequence(m_window, mnemonicOf("password2Label"));
        QTRY_COMPARE(m_window->focusWidget(), pin);
    }

    void namesFollowTheVisibleLabels()
    {
        // On Linux a list's name on the bus is its value; its label comes as "labelled by".
        auto labelledBy = [](QWidget *w) {
            QSet<QObject *> out; // the label, and the group box around it
            const auto relations =
                QAccessible::queryAccessibleInterface(w)->relations(QAccessible::Label);
            for (const auto &r : relations)
                out << r.first->object();
            return out;
        };
        auto *environment = find<QComboBox>("environmentCombo");
        QCOMPARE(environment->accessibleName(), QString("Environment"));
        QVERIFY(labelledBy(environment).contains(find<QLabel>("environmentLabel")));
        QCOMPARE(nameOnTheBus(find<QWidget>("customUrlEdit")), QString("Base URL"));
        QCOMPARE(nameOnTheBus(find<QWidget>("linkIdEdit")), QString("Link id"));
        QCOMPARE(nameOnTheBus(find<QWidget>("checkLinkButton")), QString("Check link"));
        auto description = [](QWidget *w) {
            return QAccessible::queryAccessibleInterface(w)->text(QAccessible::Description);
        };
        QCOMPARE(description(find<QWidget>("ticketEdit")),
                 QString("The support ticket this update is for, recorded in the history"));
        QCOMPARE(description(find<QWidget>("checkLinkButton")),
                 QString("Loads the link's status and the fields its bank asks for"));
        check(kNumeric); // Heimdall: a required Document type list, a required Password
        auto *type = find<QComboBox>("usernameTypeCombo");
        QCOMPARE(find<QLabel>("usernameTypeLabel")->text().endsWith(" *"), true);
        QCOMPARE(type->accessibleName(), QString("Document type"));
        QVERIFY(labelledBy(type).contains(find<QLabel>("usernameTypeLabel")));
        QCOMPARE(nameOnTheBus(type->lineEdit()), QString("Document type")); // its search field
        QVERIFY2(description(type).startsWith("Required."), qPrintable(description(type)));
        QCOMPARE(nameOnTheBus(find<QWidget>("passwordEdit")), QString("Password"));
        QVERIFY(description(find<QWidget>("passwordEdit")).startsWith("Required."));
        QCOMPARE(nameOnTheBus(find<QWidget>("passwordShowButton")), QString("Show Password"));
    }

    void tabFollowsTheMainWindowsRows()
    {
        check(kValid);
        check(kNumeric); // rows rebuilt for another bank
        QStringList cycle;
        expectTabInVisualOrder(m_window, find<QWidget>("environmentCombo"), &cycle);
        QCOMPARE(cycle.mid(0, 9),
                 QStringList({"environmentCombo", "customUrlEdit", "linkIdEdit", "checkLinkButton",
                              "linkHistoryButton", "ticketEdit", "usernameTypeCombo",
                              "passwordEdit", "passwordShowButton"}));
        QVERIFY2(cycle.contains("headlineLabel"), qPrintable(cycle.join(',')));
    }

    void checkLinkFocusesWhatIsLeftToFill()
    {
        check(kNumeric);
        QTRY_COMPARE(focusedControl(m_window), find<QWidget>("usernameTypeCombo"));
        find<QComboBox>("usernameTypeCombo")->setCurrentIndex(1);
        check(kNumeric); // the same link again: the list is chosen, the password is next
        QTRY_COMPARE(focusedControl(m_window), find<QWidget>("passwordEdit"));
        type("linkIdEdit", kValid); // another link: every field, empty
        type("passwordEdit", "pass_valid");
        click("checkLinkButton");
        QTRY_VERIFY(idle());
        QTRY_COMPARE(focusedControl(m_window), find<QWidget>("updateButton")); // nothing left
        check("99999999-9999-4999-8999-999999999999"); // no such link: what went wrong first
        QCOMPARE(text("headlineLabel"), QString("The link could not be loaded"));
        QTRY_COMPARE(focusedControl(m_window), find<QWidget>("headlineLabel"));
    }

    void anUpdateEndsOnTheAnnouncedHeadline()
    {
        prepare(kValid, "pass_valid");
        click("updateButton");
        QTRY_VERIFY(idle());
        auto *headline = find<QLabel>("headlineLabel");
        QCOMPARE(headline->text(), QString("Credentials updated"));
        QCOMPARE(focusedControl(m_window), headline);
        QCOMPARE(nameOnTheBus(headline), QString("Credentials updated"));
        QVERIFY(heardFrom(headline, "Credentials updated"));
        QVERIFY(heardFrom(find<QLabel>("statusBadge"), "Status: valid"));
        QVERIFY(heardFrom(find<QLabel>("linkStatusBadge"), "Status: valid"));
    }

    void mfaDialogsOpenOnTheirInput()
    {
        for (const QString &id : {kNumeric, kQr}) {
            prepare(id, id == kNumeric ? "numeric_code" : "qr_code");
            click("updateButton");
            QTRY_VERIFY(dialog<MfaDialog>());
            MfaDialog *d = dialog<MfaDialog>();
            QTRY_COMPARE(focusedControl(d), find<QWidget>("tokenEdit", d));
            expectAccessible(d, qPrintable("MFA " + id));
            expectTabInVisualOrder(d, find<QWidget>("tokenEdit", d));
            d->reject(); // asks first (tst_gui_results): stop waiting
            QMessageBox *stop = nullptr;
            QTRY_VERIFY(stop = d->findChild<QMessageBox *>("stopWaitingBox"));
            expectAccessible(stop, "Stop waiting for the code?");
            click("stopWaitingButton", stop);
            QTRY_VERIFY(!dialog<MfaDialog>() && idle());
        }
        prepare(kInputless, "pass_valid");
        click("updateButton");
        QTRY_VERIFY(dialog<MfaDialog>());
        MfaDialog *d = dialog<MfaDialog>();
        QTRY_COMPARE(focusedControl(d), find<QWidget>("approvedButton", d));
        expectAccessible(d, "MFA inputless");
    }

    void aRefusedTokenIsAnnouncedEachTime()
    {
        prepare(kNumeric, "numeric_code");
        click("updateButton");
        QTRY_VERIFY(dialog<MfaDialog>());
        MfaDialog *d = dialog<MfaDialog>();
        auto *notice = find<QLabel>("noticeLabel", d);
        const QString refused("The token was not accepted. Ask the customer for the new one and "
                              "try again.");
        for (int attempt = 0; attempt < 2; ++attempt) {
            g_heard.clear();
            type("tokenEdit", "999999", d);
            click("submitButton", d);
            QTRY_COMPARE(notice->text(), refused);
            QVERIFY(heardFrom(notice, refused)); // the same words again are news again
            QCOMPARE(focusedControl(d), find<QWidget>("tokenEdit", d));
        }
    }

    void theMfaSessionsEndIsAnnounced()
    {
        m_sim->setSessionLifetimeSeconds(1);
        prepare(kNumeric, "numeric_code");
        click("updateButton");
        QTRY_VERIFY(dialog<MfaDialog>());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog<MfaDialog>(), 5000); // the countdown ran out
        auto *headline = find<QLabel>("headlineLabel");
        QTRY_VERIFY(heardFrom(headline, "The MFA session expired"));
        QTRY_COMPARE(focusedControl(m_window), headline);
    }

    void otherWindowsToo()
    {
        m_window->openSettings();
        QTRY_VERIFY(dialog<SettingsDialog>());
        SettingsDialog *s = dialog<SettingsDialog>();
        expectAccessible(s, "settings");
        QCOMPARE(nameOnTheBus(find<QWidget>("timeoutSpin", s)), QString("Wait for Belvo up to"));
        expectTabInVisualOrder(s, find<QWidget>("environmentCombo", s));
        s->reject();
        QTRY_VERIFY(!dialog<SettingsDialog>());

        m_window->findChild<QAction *>("historyAction")->trigger();
        QDialog *w = nullptr;
        QTRY_VERIFY((w = m_window->findChild<QDialog *>("HistoryWindow")) && w->isVisible());
        expectAccessible(w, "HistoryWindow");
        expectTabInVisualOrder(w, w->findChild<QWidget *>("linkFilterEdit"));
        w->close();

        // The queue is a dock of the main window: its keys and names are the window's; Tab
        // goes down the dock from its search box, never back up.
        m_window->findChild<QAction *>("linksAction")->trigger();
        QWidget *queue = nullptr;
        QTRY_VERIFY((queue = m_window->findChild<QWidget *>("linksDock")) && queue->isVisible());
        expectAccessible(m_window, "main window with the queue");
        QWidget *search = queue->findChild<QWidget *>("linksSearchEdit");
        QTRY_COMPARE(focusedControl(m_window), search);
        QList<QWidget *> stops;
        for (QWidget *at = search; at && queue->isAncestorOf(at) && stops.size() < 20;
             at = focusedControl(m_window)) {
            stops << at;
            QTest::keyClick(m_window->focusWidget(), Qt::Key_Tab);
        }
        QVERIFY2(stops.size() >= 5, qPrintable(namesOf(stops).join(',')));
        QVERIFY2(backwardSteps(stops).isEmpty(), qPrintable(backwardSteps(stops).join(';')));
        queue->close();

        m_sim->setLinkStatus(kValid, "invalid");
        type("linkIdEdit", kValid);
        QTRY_VERIFY(find<QWidget>("sendToCustomerButton")->isEnabled()); // checked by itself first
        click("sendToCustomerButton");
        QTRY_VERIFY(dialog<HandoffDialog>());
        HandoffDialog *h = dialog<HandoffDialog>();
        QTRY_VERIFY2(!find<QLineEdit>("urlEdit", h)->text().isEmpty(),
                     qPrintable(text("statusLabel", h)));
        expectAccessible(h, "hand-off");
        expectTabInVisualOrder(h, find<QWidget>("localeCombo", h));
        h->reject();
    }

    void theHandOffIsAnnounced()
    {
        m_sim->setLinkStatus(kValid, "invalid");
        m_sim->setWidgetTokenLifetimeSeconds(61);
        type("linkIdEdit", kValid);
        QTRY_VERIFY(find<QWidget>("sendToCustomerButton")->isEnabled()); // checked by itself first
        click("sendToCustomerButton");
        QTRY_VERIFY(dialog<HandoffDialog>());
        HandoffDialog *h = dialog<HandoffDialog>();
        auto *expiry = find<QLabel>("expiryLabel", h);
        auto said = [&expiry](const QString &start) {
            int n = 0;
            for (const Heard &heard : std::as_const(g_heard))
                n += heard.object == expiry && heard.name.startsWith(start);
            return n;
        };
        // A minute left is said once, not every second.
        QTRY_COMPARE_WITH_TIMEOUT(said("The customer can use this link for "), 1, 5000);
        // Three ticks on: 0:57 or less. Not "0:57" itself: a tick late by a second (a loaded
        // machine) goes from 0:58 to 0:56, and the "(until hh:mm:ss)" clock can read "…0:57".
        QTRY_VERIFY2_WITH_TIMEOUT(secondsLeft(expiry) >= 0 && secondsLeft(expiry) <= 57,
                                  qPrintable(expiry->text()), 6000);
        QCOMPARE(said("The customer can use this link for "), 1);
        QVERIFY(m_sim->setLinkStatus(kValid, "valid"));
        auto *status = find<QLabel>("statusLabel", h);
        QTRY_VERIFY_WITH_TIMEOUT(
            heardFrom(status, "The customer updated the link: it is valid again."), 15'000);
        QCOMPARE(focusedControl(h), find<QWidget>("closeButton", h));
        h->reject();

        m_sim->setWidgetTokenLifetimeSeconds(1);
        m_sim->setLinkStatus(kValid, "invalid");
        g_heard.clear();
        // The customer's update is read into the findings again before the next Send.
        QTRY_VERIFY(find<QWidget>("sendToCustomerButton")->isEnabled());
        click("sendToCustomerButton");
        QTRY_VERIFY(dialog<HandoffDialog>());
        h = dialog<HandoffDialog>();
        expiry = find<QLabel>("expiryLabel", h);
        QTRY_VERIFY_WITH_TIMEOUT(said("This link expired at "), 5000);
        QCOMPARE(said("The customer can use this link for "), 0); // too short to warn
        h->reject();
    }

    void badgesReadInEveryPalette_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("default") << QApplication::palette();
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x21, 0x24));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xea, 0xed));
        QTest::newRow("dark") << dark;
        QPalette contrast;
        contrast.setColor(QPalette::Window, Qt::black);
        contrast.setColor(QPalette::WindowText, Qt::white);
        contrast.setColor(QPalette::Highlight, Qt::yellow);
        QTest::newRow("high contrast") << contrast;
    }

    void badgesReadInEveryPalette()
    {
        QFETCH(QPalette, palette);
        const QPalette before = QApplication::palette();
        QApplication::setPalette(palette);
        auto readable = [](const QString &style) {
            return contrastRatio(styleColour(style, "color"), styleColour(style, "background"));
        };
        for (const char *status : {"valid", "invalid", "token_required", "unconfirmed", ""})
            QVERIFY2(readable(statusBadgeStyle(status)) >= 4.5, status);
        QWidget window;
        QLabel badge;
        for (const char *environment : {"sandbox", "production", "custom"}) {
            showEnvironment(&badge, &window, environment, environment == QByteArray("production"));
            QVERIFY2(readable(badge.styleSheet()) >= 4.5, environment);
            QVERIFY(!badge.text().isEmpty()); // words, not the colour alone
        }
        QCOMPARE(badge.text(), QString("Custom URL"));
        // The line under the form: dimmer than the text, still 4.5:1 against the window.
        MainWindow again(m_workspace);
        const QString hint = again.findChild<QLabel *>("formProblemLabel")->styleSheet();
        QVERIFY2(contrastRatio(styleColour(hint, "color"), palette.color(QPalette::Window)) >= 4.5,
                 qPrintable(hint));
        QApplication::setPalette(before);
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_gui_accessibility.moc"
