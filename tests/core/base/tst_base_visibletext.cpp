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

    // Bytes that may go out as they are are exactly those visibleText() would leave: each
    // character it replaces, and invalid UTF-8, make them go the long way.
    void visibleUtf8IsWhatVisibleTextKeeps_data()
    {
        QTest::addColumn<QByteArray>("utf8");
        QTest::addColumn<bool>("asItIs");
        QTest::newRow("CSV rows") << QByteArray("a,\"b c\"\r\nd\te\n") << true;
        QTest::newRow("accents and symbols")
            << QString("Itaú, São Paulo, €, ␀, 𝄞").toUtf8() << true;
        QTest::newRow("empty") << QByteArray() << true;
        QTest::newRow("escape") << QByteArray("a\x1b[2J") << false;
        QTest::newRow("lone CR") << QByteArray("a\rb") << false;
        QTest::newRow("CR at the end") << QByteArray("a\r") << false;
        QTest::newRow("NUL") << QByteArray("a\0b", 3) << false;
        QTest::newRow("DEL") << QByteArray("a\x7f") << false;
        QTest::newRow("C1 first") << (QString("a") + QChar(0x80)).toUtf8() << false;
        QTest::newRow("C1 last") << (QString("a") + QChar(0x9f)).toUtf8() << false;
        QTest::newRow("after C1") << (QString("a") + QChar(0xa0)).toUtf8() << true;
        QTest::newRow("arabic letter mark") << (QString("a") + QChar(0x61c)).toUtf8() << false;
        QTest::newRow("arabic beside it") << (QString("a") + QChar(0x61b)).toUtf8() << true;
        QTest::newRow("LRM") << (QString("a") + QChar(0x200e)).toUtf8() << false;
        QTest::newRow("RLM") << (QString("a") + QChar(0x200f)).toUtf8() << false;
        QTest::newRow("zero width joiner") << (QString("a") + QChar(0x200d)).toUtf8() << true;
        QTest::newRow("LRE") << (QString("a") + QChar(0x202a)).toUtf8() << false;
        QTest::newRow("RLO") << (QString("a") + QChar(0x202e)).toUtf8() << false;
        QTest::newRow("narrow space") << (QString("a") + QChar(0x202f)).toUtf8() << true;
        QTest::newRow("LRI") << (QString("a") + QChar(0x2066)).toUtf8() << false;
        QTest::newRow("PDI") << (QString("a") + QChar(0x2069)).toUtf8() << false;
        QTest::newRow("after PDI") << (QString("a") + QChar(0x206a)).toUtf8() << true;
        QTest::newRow("invalid UTF-8") << QByteArray("a\xc3(") << false;
        QTest::newRow("cut short") << QByteArray("a\xe2\x82") << false;
    }
    void visibleUtf8IsWhatVisibleTextKeeps()
    {
        QFETCH(QByteArray, utf8);
        QFETCH(bool, asItIs);
        QCOMPARE(isVisibleUtf8(utf8), asItIs);
        const bool kept = visibleText(QString::fromUtf8(utf8), LineBreaks::Keep).toUtf8() == utf8;
        QCOMPARE(kept, asItIs);
    }
};

QTEST_GUILESS_MAIN(TestVisibleText)

#include "tst_base_visibletext.moc"
