// travelflow-cli as a user or a script runs it: the real binary, real files, exit codes
// and output.

#include "support/test_clips.h"
#include "support/test_env.h"

#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using travelflow::test::TestClips;

class TestCli : public QObject
{
    Q_OBJECT

    struct Result
    {
        int code = -1;
        QString out;
        QString err;
    };

    QString m_cli;
    QTemporaryDir m_clips;
    QString m_h264;
    QString m_vp9;

    Result cli(const QStringList &args)
    {
        QByteArray out;
        QByteArray err;
        Result r;
        r.code = travelflow::test::runProcess(m_cli, args, &out, &err);
        r.out = QString::fromUtf8(out);
        r.err = QString::fromUtf8(err);
        return r;
    }

    static QStringList lines(const QString &text)
    {
        return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cli = qEnvironmentVariable("TRAVELFLOW_CLI");
        QVERIFY2(QFile::exists(m_cli), "TRAVELFLOW_CLI must name the built travelflow-cli (ctest sets it)");
        qputenv("LC_ALL", "C.UTF-8");
        m_h264 = TestClips::h264Mp4(m_clips.path());
        m_vp9 = TestClips::vp9Webm(m_clips.path());
        QVERIFY(!m_h264.isEmpty() && !m_vp9.isEmpty());
    }

    void versionAndHelp()
    {
        auto r = cli({QStringLiteral("version")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("travelflow-cli 0.")), qPrintable(r.out));
        QCOMPARE(cli({QStringLiteral("--version")}).out, r.out);

        r = cli({QStringLiteral("--json"), QStringLiteral("version")});
        QCOMPARE(r.code, 0);
        const QJsonObject v = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(v.value(QStringLiteral("version")).toString().startsWith(QStringLiteral("0.")));

        r = cli({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        for (const char *word : {"import PATH", "videos list", "--data-dir", "--json", "Exit codes"})
            QVERIFY2(r.out.contains(QLatin1String(word)), word);

        r = cli({QStringLiteral("import"), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("never copied")));
    }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList{} << QStringLiteral("Commands:");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("publish-everything")}
                                         << QStringLiteral("Unknown command 'publish-everything'");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--frobnicate"), QStringLiteral("version")}
            << QStringLiteral("frobnicate");
        QTest::newRow("import without paths")
            << QStringList{QStringLiteral("import")} << QStringLiteral("at least one file");
        QTest::newRow("bad limit") << QStringList{QStringLiteral("videos"), QStringLiteral("list"),
                                                  QStringLiteral("--limit"), QStringLiteral("ten")}
                                   << QStringLiteral("--limit needs a whole number");
        QTest::newRow("global option after command")
            << QStringList{QStringLiteral("videos"), QStringLiteral("list"), QStringLiteral("--json")}
            << QStringLiteral("json");
        QTest::newRow("videos without subcommand")
            << QStringList{QStringLiteral("videos")} << QStringLiteral("needs a subcommand");
        QTest::newRow("empty data dir")
            << QStringList{QStringLiteral("--data-dir="), QStringLiteral("version")}
            << QStringLiteral("--data-dir needs a folder");
    }

    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir data;
        if (!args.contains(QStringLiteral("--data-dir=")))
            args = QStringList{QStringLiteral("--data-dir"), data.path()} + args;
        const auto r = cli(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void importPrintsOneLinePerFileAndContinuesPastBadOnes()
    {
        QTemporaryDir data;
        QTemporaryDir bad;
        const QString empty = TestClips::empty(bad.path());
        const QString text = TestClips::textRenamedMp4(bad.path());
        const auto r = cli({QStringLiteral("--data-dir"), data.path(), QStringLiteral("import"), m_h264,
                            empty, text, m_vp9, m_h264});
        QCOMPARE(r.code, 1); // some files failed
        const QStringList out = lines(r.out);
        QCOMPARE(out.size(), 5);
        QCOMPARE(out[0], m_h264 + QStringLiteral(": imported as 1"));
        QVERIFY2(out[1].startsWith(empty + QStringLiteral(": rejected: The file is empty")),
                 qPrintable(out[1]));
        QVERIFY2(out[2].startsWith(text + QStringLiteral(": rejected: This is not a video file")),
                 qPrintable(out[2]));
        QCOMPARE(out[3], m_vp9 + QStringLiteral(": imported as 2"));
        QCOMPARE(out[4], m_h264 + QStringLiteral(": duplicate of 1"));
        QVERIFY2(r.err.contains(QStringLiteral("2 file(s) imported")), qPrintable(r.err));

        // All good: exit 0.
        const auto again = cli({QStringLiteral("--data-dir"), data.path(), QStringLiteral("import"), m_vp9});
        QCOMPARE(again.code, 0);
        QCOMPARE(lines(again.out), QStringList{m_vp9 + QStringLiteral(": duplicate of 2")});
    }

    void importJsonAndVideosListJson()
    {
        QTemporaryDir data;
        QTemporaryDir bad;
        const QString truncated = TestClips::truncatedMp4(bad.path());
        auto r = cli({QStringLiteral("--data-dir"), data.path(), QStringLiteral("--json"),
                      QStringLiteral("import"), m_vp9, truncated});
        QCOMPARE(r.code, 1);
        QJsonParseError parseError{};
        const QJsonArray results = QJsonDocument::fromJson(r.out.toUtf8(), &parseError).array();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QCOMPARE(results.size(), 2);
        QCOMPARE(results[0][QStringLiteral("status")].toString(), QStringLiteral("imported"));
        QCOMPARE(results[0][QStringLiteral("id")].toInt(), 1);
        QCOMPARE(results[1][QStringLiteral("status")].toString(), QStringLiteral("rejected"));
        QCOMPARE(results[1][QStringLiteral("reason_code")].toString(), QStringLiteral("truncated"));

        r = cli({QStringLiteral("--data-dir"), data.path(), QStringLiteral("--json"),
                 QStringLiteral("videos"), QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        const QJsonArray videos = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(videos.size(), 1);
        const QJsonObject v = videos[0].toObject();
        QCOMPARE(v[QStringLiteral("id")].toInt(), 1);
        QCOMPARE(v[QStringLiteral("path")].toString(), m_vp9);
        QCOMPARE(v[QStringLiteral("video_codec")].toString(), QStringLiteral("vp9"));
        QCOMPARE(v[QStringLiteral("width")].toInt(), 320);
        QVERIFY(v[QStringLiteral("duration_ms")].toInt() > 1800);
        QVERIFY(v.contains(QStringLiteral("location")));
    }

    void videosListTextPagingAndSearch()
    {
        QTemporaryDir data;
        QCOMPARE(
            cli({QStringLiteral("--data-dir"), data.path(), QStringLiteral("import"), m_h264, m_vp9}).code,
            0);
        auto r = cli(
            {QStringLiteral("--data-dir"), data.path(), QStringLiteral("videos"), QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        QStringList out = lines(r.out);
        QCOMPARE(out.size(), 2);
        QVERIFY2(out[0].startsWith(QStringLiteral("1\t0:02\t320x240\th264\t")), qPrintable(out[0]));

        r = cli({QStringLiteral("--data-dir"), data.path(), QStringLiteral("videos"), QStringLiteral("list"),
                 QStringLiteral("--limit"), QStringLiteral("1"), QStringLiteral("--offset"),
                 QStringLiteral("1")});
        QCOMPARE(lines(r.out).size(), 1);
        QVERIFY(r.out.startsWith(QStringLiteral("2\t")));

        r = cli({QStringLiteral("--data-dir"), data.path(), QStringLiteral("videos"), QStringLiteral("list"),
                 QStringLiteral("--search"), QStringLiteral(".webm")});
        QCOMPARE(lines(r.out).size(), 1);
        QVERIFY(r.out.contains(QStringLiteral("vp9")));

        QTemporaryDir empty;
        r = cli(
            {QStringLiteral("--data-dir"), empty.path(), QStringLiteral("videos"), QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains(QStringLiteral("library is empty")));
    }

    void runtimeFailuresExitWithOne()
    {
        QTemporaryDir data;
        QFile damaged(data.filePath(QStringLiteral("travelflow.sqlite")));
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write(QByteArray(4096, 'x'));
        damaged.close();
        const auto r = cli(
            {QStringLiteral("--data-dir"), data.path(), QStringLiteral("videos"), QStringLiteral("list")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("is damaged")), qPrintable(r.err));
    }

    void classifyWritesOneLinePerInputLine()
    {
        QTemporaryDir data;
        QByteArray out;
        const QByteArray input
            = "Сколько стоит тур на двоих в июле?\nwow stunning 😍\n\nHow do I book the Georgia trip?\n";
        const int code = travelflow::test::runProcess(
            m_cli, {QStringLiteral("--data-dir"), data.path(), QStringLiteral("classify")}, &out, nullptr, {},
            input);
        QCOMPARE(code, 0);
        const QStringList rows = QString::fromUtf8(out).split(QLatin1Char('\n'));
        QCOMPARE(rows.size(), 5); // four answers and the final newline
        QVERIFY(rows[4].isEmpty());
        const QStringList first = rows[0].split(QLatin1Char('\t'));
        QCOMPARE(first.size(), 3);
        QCOMPARE(first[0], QStringLiteral("lead"));
        QVERIFY2(QRegularExpression(QStringLiteral("^[01]\\.\\d{3}$")).match(first[1]).hasMatch(),
                 qPrintable(first[1]));
        QVERIFY2(first[2].contains(QStringLiteral("сколько стоит"), Qt::CaseInsensitive),
                 qPrintable(first[2]));
        QVERIFY(rows[1].startsWith(QStringLiteral("not\t")));
        QVERIFY(rows[2].startsWith(QStringLiteral("not\t"))); // the empty line still gets its answer
        QVERIFY(rows[3].startsWith(QStringLiteral("lead\t")));
        // No profile was created just to classify.
        QVERIFY(!QFile::exists(data.filePath(QStringLiteral("travelflow.sqlite"))));

        const int jsonCode = travelflow::test::runProcess(
            m_cli,
            {QStringLiteral("--data-dir"), data.path(), QStringLiteral("--json"), QStringLiteral("classify")},
            &out, nullptr, {}, "нас 6 человек, возьмете в августе?\n");
        QCOMPARE(jsonCode, 0);
        const QJsonArray items = QJsonDocument::fromJson(out).array();
        QCOMPARE(items.size(), 1);
        const QJsonObject item = items[0].toObject();
        for (const char *key : {"text", "label", "lead", "score", "reason", "evidence"})
            QVERIFY2(item.contains(QLatin1String(key)), key);
        QCOMPARE(item[QStringLiteral("label")].toString(), QStringLiteral("lead"));
    }

    void teachingChangesThisProfileOnly()
    {
        QTemporaryDir data;
        QTemporaryDir other;
        const QString text = QStringLiteral("кто со мной на эльбрус в феврале, я в теме");
        const auto classify = [&](const QString &dir) {
            QByteArray out;
            travelflow::test::runProcess(m_cli,
                                         {QStringLiteral("--data-dir"), dir, QStringLiteral("classify")},
                                         &out, nullptr, {}, text.toUtf8() + '\n');
            return QString::fromUtf8(out);
        };
        QVERIFY(cli({QStringLiteral("--data-dir"), other.path(), QStringLiteral("videos"),
                     QStringLiteral("list")})
                    .code
                == 0);
        const QString before = classify(data.path());
        auto r = cli({QStringLiteral("--data-dir"), data.path(), QStringLiteral("leads"),
                      QStringLiteral("teach"), QStringLiteral("lead"), text});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Learned")), qPrintable(r.out));
        QVERIFY2(classify(data.path()).startsWith(QStringLiteral("lead\t")), qPrintable(before));
        QCOMPARE(classify(other.path()), before); // the other profile did not learn it

        r = cli({QStringLiteral("--data-dir"), data.path(), QStringLiteral("leads"), QStringLiteral("teach"),
                 QStringLiteral("maybe"), text});
        QCOMPARE(r.code, 2);
        r = cli(
            {QStringLiteral("--data-dir"), data.path(), QStringLiteral("classify"), QStringLiteral("extra")});
        QCOMPARE(r.code, 2);
    }

    void speaksRussian()
    {
        qputenv("LC_ALL", "ru_RU.UTF-8");
        qputenv("LANG", "ru_RU.UTF-8");
        const auto r = cli({QStringLiteral("--help")});
        qputenv("LC_ALL", "C.UTF-8");
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Команды:")), qPrintable(r.out));
    }
};

TRAVELFLOW_TEST_MAIN(TestCli, QGuiApplication)
#include "test_cli.moc"
