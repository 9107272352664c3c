// API keys saved to and read back from a real Secret Service (gnome-keyring in a private D-Bus
// session, see run-with-keyring.sh), through the Settings dialog and the core key store.
#include "testsupport.h"

#include "keystore.h"
#include "mainwindow.h"
#include "settingsdialog.h"
#include "workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

using namespace relink;

namespace {
KeychainOutcome waitFor(const std::function<void(keystore::Callback)> &start)
{
    KeychainOutcome result;
    bool done = false;
    start([&](const KeychainOutcome &o) {
        result = o;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20'000))
        QTest::qFail("the keychain did not answer", __FILE__, __LINE__);
    return result;
}
} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void storeReadAndRemove()
    {
        QObject context;
        const QString entry = "custom:tst-keychain";
        const KeychainOutcome written = waitFor([&](keystore::Callback cb) {
            keystore::write(entry, {"id-1", "secret-1"}, &context, cb);
        });
        QCOMPARE(written.status, KeychainOutcome::Status::Ok);
        const KeychainOutcome read =
            waitFor([&](keystore::Callback cb) { keystore::read(entry, &context, cb); });
        QCOMPARE(read.status, KeychainOutcome::Status::Ok);
        QCOMPARE(read.keys.secretId, QString("id-1"));
        QCOMPARE(read.keys.secretPassword, QString("secret-1"));
        QCOMPARE(keystore::readBlocking(entry).keys.secretPassword, QString("secret-1"));
        QCOMPARE(
            waitFor([&](keystore::Callback cb) { keystore::remove(entry, &context, cb); }).status,
            KeychainOutcome::Status::Ok);
        QCOMPARE(
            waitFor([&](keystore::Callback cb) { keystore::read(entry, &context, cb); }).status,
            KeychainOutcome::Status::NotFound);
    }

    void settingsDialogSavesAndReadsBack()
    {
        Workspace workspace;
        MainWindow window(&workspace);
        window.show();
        window.openSettings();
        SettingsDialog *s = nullptr;
        QTRY_VERIFY((s = window.findChild<SettingsDialog *>()) && s->isVisible());
        auto *combo = s->findChild<QComboBox *>("environmentCombo");
        combo->setCurrentIndex(combo->findData("production"));
        QTRY_COMPARE(s->findChild<QLabel *>("keychainStatusLabel")->text(),
                     QString("No keys for Production yet. Paste them from the Belvo dashboard."));
        QTest::keyClicks(s->findChild<QLineEdit *>("secretIdEdit"), "prod-id");
        QTest::keyClicks(s->findChild<QLineEdit *>("secretPasswordEdit"), "prod-secret");
        auto *save = s->findChild<QPushButton *>("saveButton");
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_COMPARE(s->findChild<QLabel *>("keychainStatusLabel")->text(),
                     QString("Saved in the system keychain. Relink uses these keys for Production "
                             "from now on."));
        QCOMPARE(s->findChild<QLineEdit *>("secretPasswordEdit")->text(), QString());
        s->reject();

        // A new start of the app finds them in the keychain, not in the settings file.
        Workspace fresh;
        const KeychainOutcome loaded =
            waitFor([&](keystore::Callback cb) { fresh.loadKeys("production", &fresh, cb); });
        QCOMPARE(loaded.status, KeychainOutcome::Status::Ok);
        QCOMPARE(fresh.keys("production").secretId, QString("prod-id"));
        QCOMPARE(fresh.keys("production").secretPassword, QString("prod-secret"));
        QCOMPARE(fresh.keySource("production"), Workspace::KeySource::Keychain);
        QSettings settings;
        for (const QString &k : settings.allKeys())
            QVERIFY(!settings.value(k).toString().contains("prod-secret"));

        // And the dialog shows them as saved.
        window.openSettings();
        QTRY_VERIFY((s = window.findChild<SettingsDialog *>()) && s->isVisible());
        combo = s->findChild<QComboBox *>("environmentCombo");
        combo->setCurrentIndex(combo->findData("production"));
        QTRY_COMPARE(s->findChild<QLineEdit *>("secretIdEdit")->text(), QString("prod-id"));
        QCOMPARE(s->findChild<QLabel *>("keychainStatusLabel")->text(),
                 QString("Keys for Production are saved in the system keychain."));
        QTest::mouseClick(s->findChild<QPushButton *>("forgetButton"), Qt::LeftButton);
        QTRY_COMPARE(s->findChild<QLabel *>("keychainStatusLabel")->text(),
                     QString("The keys for Production were removed."));
        s->reject();
    }
};

QTEST_MAIN(TestKeychain)
#include "tst_desktop_keychain.moc"
