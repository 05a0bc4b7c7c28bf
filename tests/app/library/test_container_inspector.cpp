// Container checks on hand-built byte layouts: exact control over sizes, matrices and
// metadata atoms that ffmpeg cannot produce on demand (cut boxes, iPhone location keys).

#include "library/container_inspector.h"
#include "library/fingerprint.h"
#include "support/test_env.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QtEndian>
#include <QTest>

using namespace travelflow;
using Verdict = ContainerInspector::Verdict;

namespace {

QByteArray u32(quint32 v)
{
    QByteArray b(4, '\0');
    qToBigEndian(v, b.data());
    return b;
}

QByteArray box(const QByteArray &type, const QByteArray &payload)
{
    return u32(static_cast<quint32>(8 + payload.size())) + type + payload;
}

QByteArray fullBox(const QByteArray &type, const QByteArray &payload)
{
    return box(type, QByteArray(4, '\0') + payload); // version 0, flags 0
}

QByteArray matrix(int a, int b, int c, int d)
{
    const auto fx = [](int v) { return u32(static_cast<quint32>(v * 65536)); };
    return fx(a) + fx(b) + u32(0) + fx(c) + fx(d) + u32(0) + u32(0) + u32(0) + u32(0x40000000);
}

QByteArray tkhd(int a, int b, int c, int d, int width, int height)
{
    // creation, modification, track id, reserved, duration, reserved(8), layer/alt group,
    // volume/reserved, matrix, width, height
    const QByteArray pre
        = u32(0) + u32(0) + u32(1) + u32(0) + u32(1000) + QByteArray(8, '\0') + u32(0) + u32(0);
    return fullBox("tkhd",
                   pre + matrix(a, b, c, d) + u32(static_cast<quint32>(width << 16))
                       + u32(static_cast<quint32>(height << 16)));
}

QByteArray mvhd(quint32 creationSince1904)
{
    return fullBox("mvhd", u32(creationSince1904) + u32(0) + u32(1000) + u32(2000) + QByteArray(80, '\0'));
}

QByteArray xyz(const QByteArray &iso6709)
{
    QByteArray len(2, '\0');
    qToBigEndian(static_cast<quint16>(iso6709.size()), len.data());
    return box(QByteArray("\xa9xyz", 4), len + QByteArray("\x15\xc7", 2) + iso6709);
}

QByteArray appleLocationMeta(const QByteArray &iso6709)
{
    const QByteArray key = box("mdta", "com.apple.quicktime.location.ISO6709");
    const QByteArray keys = fullBox("keys", u32(1) + key);
    const QByteArray data = box("data", u32(1) + u32(0) + iso6709);
    const QByteArray ilst = box("ilst", box(u32(1), data));
    const QByteArray hdlr
        = fullBox("hdlr", u32(0) + QByteArray("mdta") + QByteArray(12, '\0') + QByteArray(1, '\0'));
    return box("meta", hdlr + keys + ilst);
}

constexpr quint32 kMay2026 = 3860477230u; // 2026-05-01T10:47:10Z in seconds since 1904

} // namespace

class TestContainerInspector : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
            return {};
        return path;
    }

    static QByteArray mp4(const QByteArray &moovChildren, const QByteArray &brand = "isom")
    {
        return box("ftyp", brand + u32(0x200) + brand) + box("moov", moovChildren)
            + box("mdat", QByteArray(64, 'x'));
    }

private Q_SLOTS:
    void readsRotationFromTheVideoTrack_data()
    {
        QTest::addColumn<QList<int>>("m");
        QTest::addColumn<int>("rotation");
        QTest::newRow("0") << QList<int>{1, 0, 0, 1} << 0;
        QTest::newRow("90") << QList<int>{0, 1, -1, 0} << 90;
        QTest::newRow("180") << QList<int>{-1, 0, 0, -1} << 180;
        QTest::newRow("270") << QList<int>{0, -1, 1, 0} << 270;
    }

    void readsRotationFromTheVideoTrack()
    {
        QFETCH(QList<int>, m);
        QFETCH(int, rotation);
        // An audio track (0x0) comes first and must be ignored.
        const QByteArray audio = box("trak", tkhd(-1, 0, 0, -1, 0, 0));
        const QByteArray video = box("trak", tkhd(m[0], m[1], m[2], m[3], 1920, 1080));
        const auto report
            = ContainerInspector::inspect(write(QStringLiteral("r.mp4"), mp4(mvhd(0) + audio + video)));
        QCOMPARE(report.verdict, Verdict::Ok);
        QCOMPARE(report.container, QStringLiteral("mp4"));
        QVERIFY(report.rotation);
        QCOMPARE(*report.rotation, rotation);
        QVERIFY(!report.createdAt.isValid()); // 0 in mvhd means unknown
    }

    void readsCreationTimeAndQuickTimeLocation()
    {
        const QByteArray moov = mvhd(kMay2026) + box("udta", xyz("+27.9881+086.9250+8848.000/"));
        const auto report = ContainerInspector::inspect(write(QStringLiteral("l.mov"), mp4(moov, "qt  ")));
        QCOMPARE(report.verdict, Verdict::Ok);
        QCOMPARE(report.container, QStringLiteral("mov"));
        QCOMPARE(report.createdAt, QDateTime(QDate(2026, 5, 1), QTime(10, 47, 10), Qt::UTC));
        QVERIFY(report.location);
        QCOMPARE(report.location->latitude, 27.9881);
        QCOMPARE(report.location->longitude, 86.925);
        QCOMPARE(report.location->altitude.value_or(0), 8848.0);
    }

    void readsIphoneLocationKey()
    {
        const QByteArray moov = mvhd(0) + appleLocationMeta("-33.8568+151.2153+005.000/");
        const auto report = ContainerInspector::inspect(write(QStringLiteral("i.mov"), mp4(moov, "qt  ")));
        QVERIFY(report.location);
        QCOMPARE(report.location->latitude, -33.8568);
        QCOMPARE(report.location->longitude, 151.2153);
    }

    void detectsTruncation_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray good = mp4(mvhd(0));
        QTest::newRow("cut inside mdat") << good.left(good.size() - 10);
        QTest::newRow("no moov (recording interrupted)")
            << box("ftyp", QByteArray("isom") + u32(0) + "isom") + box("mdat", QByteArray(100, 'x'));
        QTest::newRow("box larger than file") << box("ftyp", QByteArray("isom") + u32(0) + "isom") + u32(5000)
                + QByteArray("moov") + QByteArray(100, '\0');
        QTest::newRow("webm segment past end") << QByteArray::fromHex("1a45dfa3"
                                                                      "8f"
                                                                      "4282"
                                                                      "84"
                                                                      "7765626d"
                                                                      "42f7"
                                                                      "81"
                                                                      "01"
                                                                      "4287"
                                                                      "81"
                                                                      "04")
                + QByteArray::fromHex("18538067"
                                      "0400ffff")
                + QByteArray(50, '\0');
    }

    void detectsTruncation()
    {
        QFETCH(QByteArray, bytes);
        const auto report = ContainerInspector::inspect(write(QStringLiteral("t.bin"), bytes));
        QCOMPARE(report.verdict, Verdict::Truncated);
        QCOMPARE(report.reasonCode, QStringLiteral("truncated"));
    }

    void recognisesOtherContainers()
    {
        const QByteArray webm = QByteArray::fromHex("1a45dfa3"
                                                    "8f"
                                                    "4282"
                                                    "84"
                                                    "7765626d"
                                                    "42f7"
                                                    "81"
                                                    "01"
                                                    "4287"
                                                    "81"
                                                    "04")
            + QByteArray::fromHex("18538067"
                                  "01ffffffffffffff")
            + QByteArray(50, '\0');
        auto report = ContainerInspector::inspect(write(QStringLiteral("w.webm"), webm));
        QCOMPARE(report.verdict, Verdict::Ok);
        QCOMPARE(report.container, QStringLiteral("webm"));

        QByteArray avi = "RIFF" + QByteArray(4, '\0') + "AVI LIST" + QByteArray(100, '\0');
        qToLittleEndian(static_cast<quint32>(avi.size() - 8), avi.data() + 4);
        report = ContainerInspector::inspect(write(QStringLiteral("a.avi"), avi));
        QCOMPARE(report.verdict, Verdict::Ok);
        QCOMPARE(report.container, QStringLiteral("avi"));
    }

    void rejectsNonVideos()
    {
        auto report = ContainerInspector::inspect(write(QStringLiteral("n.mp4"), "just some text, honestly"));
        QCOMPARE(report.verdict, Verdict::NotAVideo);
        QCOMPARE(report.reasonCode, QStringLiteral("not_a_video"));
        QVERIFY(report.reason.contains(QStringLiteral("MP4")));

        report = ContainerInspector::inspect(write(QStringLiteral("e.mp4"), {}));
        QCOMPARE(report.verdict, Verdict::Empty);
        QVERIFY(report.reason.contains(QStringLiteral("0 bytes")));

        report = ContainerInspector::inspect(m_dir.path());
        QCOMPARE(report.verdict, Verdict::Unreadable);
        QCOMPARE(report.reasonCode, QStringLiteral("unreadable"));

        report = ContainerInspector::inspect(m_dir.filePath(QStringLiteral("missing.mp4")));
        QCOMPARE(report.verdict, Verdict::Unreadable);
        QVERIFY(report.reason.contains(QStringLiteral("does not exist")));
    }

    void parsesIso6709()
    {
        auto loc = ContainerInspector::parseIso6709(QStringLiteral("+48.8584+002.2945/"));
        QVERIFY(loc);
        QCOMPARE(loc->latitude, 48.8584);
        QCOMPARE(loc->longitude, 2.2945);
        QVERIFY(!loc->altitude);
        loc = ContainerInspector::parseIso6709(QStringLiteral("-22.9519-043.2105+700.5CRSWGS_84/"));
        QVERIFY(loc);
        QCOMPARE(loc->longitude, -43.2105);
        QCOMPARE(loc->altitude.value_or(0), 700.5);
        QVERIFY(!ContainerInspector::parseIso6709(QStringLiteral("somewhere nice")));
        QVERIFY(!ContainerInspector::parseIso6709(QStringLiteral("+95.0+010.0/"))); // latitude out of range
    }

    void fingerprintDependsOnContentNotName()
    {
        const QByteArray big(300 * 1024, 'a');
        QByteArray changedMiddle = big;
        changedMiddle[150 * 1024] = 'b'; // outside head and tail: same fingerprint by design
        QByteArray changedTail = big;
        changedTail[big.size() - 1] = 'b';
        const auto a = Fingerprint::ofFile(write(QStringLiteral("a.bin"), big));
        const auto b = Fingerprint::ofFile(write(QStringLiteral("b-renamed.bin"), big));
        const auto middle = Fingerprint::ofFile(write(QStringLiteral("m.bin"), changedMiddle));
        const auto tail = Fingerprint::ofFile(write(QStringLiteral("t.bin"), changedTail));
        QVERIFY(a && b && middle && tail);
        QCOMPARE(*a, *b);
        QCOMPARE(*middle, *a);
        QVERIFY(*tail != *a);
        QVERIFY(a->startsWith(QStringLiteral("v1:307200:")));
        const auto small = Fingerprint::ofFile(write(QStringLiteral("s.bin"), "tiny"));
        QVERIFY(small);
        QVERIFY(small->startsWith(QStringLiteral("v1:4:")));
        QVERIFY(!Fingerprint::ofFile(m_dir.filePath(QStringLiteral("nope.bin"))));
    }
};

TRAVELFLOW_TEST_MAIN(TestContainerInspector, QCoreApplication)
#include "test_container_inspector.moc"
