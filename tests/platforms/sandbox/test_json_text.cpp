// JsonObjectText: the simulator's hand-assembled JSON must parse to exactly what was
// put in, whatever the text holds.

#include "json_text.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using travelflow::sandbox::JsonObjectText;

class TestJsonText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stringsRoundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QStringLiteral("How much is the tour?");
        QTest::newRow("quotes and backslashes") << QStringLiteral("say \"hi\" \\ back\\slash\\");
        QTest::newRow("line breaks and tabs") << QStringLiteral("one\ntwo\r\nthree\tfour");
        QTest::newRow("other control characters")
            << QString(QStringLiteral("a") + QChar(0x01) + QChar(0x1f) + QChar(0x7f));
        QTest::newRow("cyrillic") << QStringLiteral("Сколько стоит тур? Ёжик");
        QTest::newRow("emoji") << QStringLiteral("🏔️🌊 wow 👍🏽");
        QTest::newRow("right to left") << QStringLiteral("كم سعر الجولة؟ שלום");
        QTest::newRow("empty") << QString();
    }

    void stringsRoundTrip()
    {
        QFETCH(QString, text);
        const QByteArray json = JsonObjectText().string("text", text).finish();
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.object().value(QStringLiteral("text")).toString(), text);
    }

    void membersOfEveryKind()
    {
        const QByteArray inner = JsonObjectText().number("n", -42).finish();
        const QByteArray json = JsonObjectText()
                                    .string("s", QStringLiteral("x"))
                                    .number("big", 9007199254740991LL)
                                    .boolean("yes", true)
                                    .boolean("no", false)
                                    .raw("obj", inner)
                                    .raw("list", JsonObjectText::array({inner, "1", "\"two\""}))
                                    .raw("none", JsonObjectText::array({}))
                                    .finish();
        const QJsonObject o = QJsonDocument::fromJson(json).object();
        QCOMPARE(o.size(), 7);
        QCOMPARE(o.value(QStringLiteral("s")).toString(), QStringLiteral("x"));
        QCOMPARE(o.value(QStringLiteral("big")).toInteger(), 9007199254740991LL);
        QCOMPARE(o.value(QStringLiteral("yes")).toBool(false), true);
        QCOMPARE(o.value(QStringLiteral("no")).toBool(true), false);
        QCOMPARE(o.value(QStringLiteral("obj")).toObject().value(QStringLiteral("n")).toInt(), -42);
        const QJsonArray list = o.value(QStringLiteral("list")).toArray();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(2).toString(), QStringLiteral("two"));
        QVERIFY(o.value(QStringLiteral("none")).toArray().isEmpty());
    }

    void finishStartsAnewObject()
    {
        JsonObjectText text;
        QCOMPARE(text.number("a", 1).finish(), QByteArray("{\"a\":1}"));
        QCOMPARE(text.finish(), QByteArray("{}"));
    }
};

QTEST_GUILESS_MAIN(TestJsonText)
#include "test_json_text.moc"
