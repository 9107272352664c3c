// Text from Belvo or the history made safe for a terminal (visibletext.h).
#include "visibletext.h"

#include <QTest>

using namespace relink;

class TestVisibleText : public QObject
{
    Q_OBJECT
private slots:
    void controlsAreReplacedVisibly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("shown");
        QTest::newRow("plain") << QString("Ana García, SUP-1234")
                               << QString("Ana García, SUP-1234");
        // An agent's name that would retitle a colleague's terminal and hide what follows.
        QTest::newRow("escape sequences")
            << QString("mallory\x1b]0;OWNED\a\x1b[8m") << QString("mallory␛]0;OWNED␇␛[8m");
        QTest::newRow("line break and tab") << QString("a\nb\tc\r") << QString("a␊b␉c␍");
        QTest::newRow("DEL") << QString("x\x7fy") << QString("x␡y");
        QTest::newRow("C1 CSI") << QString("x") + QChar(0x9b) + QString("31m")
                                << QString("x\uFFFD31m");
        QTest::newRow("bidi override")
            << QString("id") + QChar(0x202e) + QString("gpj.exe") << QString("id\uFFFDgpj.exe");
        QTest::newRow("bidi isolate")
            << QString("a") + QChar(0x2066) + QString("b") << QString("a\uFFFDb");
        QTest::newRow("right-to-left mark") << QString("a") + QChar(0x200f) << QString("a\uFFFD");
        QTest::newRow("NUL") << QString("a") + QChar(0) + QString("b") << QString("a␀b");
    }
    void controlsAreReplacedVisibly()
    {
        QFETCH(QString, text);
        QFETCH(QString, shown);
        QCOMPARE(visibleText(text), shown);
    }

    // A multi-line message or CSV rows keep their line breaks and tabs; nothing else.
    void lineBreaksCanBeKept()
    {
        QCOMPARE(visibleText("a,b\r\nc\td\n\x1b[2J\r", LineBreaks::Keep),
                 QString("a,b\r\nc\td\n␛[2J␍"));
    }
};

QTEST_GUILESS_MAIN(TestVisibleText)

#include "tst_base_visibletext.moc"
