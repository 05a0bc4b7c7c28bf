// Memory of a real upload: a YouTube resumable upload of a sparse 1 GiB file to the
// simulator (travelflow-sandbox in its own process, so only the app's memory counts),
// against a 64 MiB upload in the same run as the baseline. The goal: the peak stays
// within 64 MiB of the idle process, whatever the file size. Prints the numbers and
// ratios; pass/fail is not its job.
//   bench_upload_memory PATH/TO/travelflow-sandbox [SIZE_MIB]    (default 1024)

#include "support/sandbox_oauth.h"
#include "youtube/youtube_auth.h"
#include "youtube/youtube_publisher.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace travelflow;

namespace {

// kB from /proc/self/status ("VmRSS", "VmHWM"); 0 where there is no procfs.
qint64 procStatusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(line.indexOf(':') + 1).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

// Resets the peak (VmHWM) to the current RSS (Linux >= 4.0).
bool resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

struct Measure
{
    double idleMiB = 0;
    double peakMiB = 0;
    double seconds = 0;
    bool ok = false;
};

Measure upload(QNetworkAccessManager &nam, const EndpointTable &endpoints, const OAuthTokens &tokens,
               const QString &dir, qint64 bytes)
{
    const QString path = dir + QStringLiteral("/sparse-%1.mp4").arg(bytes);
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || !f.resize(bytes)) // sparse: no disk blocks written
            return {};
    }
    PublishSpec spec;
    spec.filePath = path;
    spec.fileSize = bytes;
    spec.caption.title = QStringLiteral("Memory check");
    YouTubePublisher publisher(&nam, endpoints, 32 * YouTubePublisher::kChunkUnit); // 8 MiB chunks
    auto op = publisher.publish(spec, {}, tokens);
    Measure m;
    QEventLoop loop;
    QObject::connect(op.get(), &PublishOperation::finished, &loop,
                     [&](const PublishCheckpoint &c, const std::optional<PlatformError> &e) {
                         m.ok = !e && c.stage == PublishCheckpoint::Stage::Published;
                         if (e)
                             std::fprintf(stderr, "upload failed: %s\n", qPrintable(e->message));
                         loop.quit();
                     });
    m.idleMiB = procStatusKb("VmRSS") / 1024.0;
    resetPeak();
    QElapsedTimer timer;
    timer.start();
    op->start();
    loop.exec();
    m.seconds = timer.elapsed() / 1000.0;
    m.peakMiB = procStatusKb("VmHWM") / 1024.0;
    QFile::remove(path);
    return m;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_upload_memory PATH/TO/travelflow-sandbox [SIZE_MIB]\n");
        return 2;
    }
    const qint64 sizeMiB = argc > 2 ? QByteArray(argv[2]).toLongLong() : 1024;
    QTemporaryDir dir;
    const QString endpointsFile = dir.filePath(QStringLiteral("endpoints.json"));
    QProcess sandbox;
    sandbox.start(QString::fromLocal8Bit(argv[1]), {QStringLiteral("--endpoints-out"), endpointsFile});
    if (!sandbox.waitForReadyRead(10000)) {
        std::fprintf(stderr, "travelflow-sandbox did not start\n");
        return 1;
    }
    QString error;
    const auto endpoints = EndpointTable::fromFile(endpointsFile, &error);
    if (!endpoints) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QNetworkAccessManager nam;
    YouTubeAuth auth(&nam, *endpoints,
                     {QStringLiteral("sandbox-youtube-client"), QStringLiteral("sandbox-youtube-secret"),
                      AppCredentials::Source::Environment});
    const auto tokens = test::connectThroughBrowser(auth);
    if (!tokens)
        return 1;

    const Measure base = upload(nam, *endpoints, *tokens, dir.path(), qint64{64} * 1024 * 1024);
    const Measure big = upload(nam, *endpoints, *tokens, dir.path(), sizeMiB * 1024 * 1024);
    sandbox.terminate();
    sandbox.waitForFinished();
    if (!base.ok || !big.ok)
        return 1;
    const double baseGrowth = base.peakMiB - base.idleMiB;
    const double bigGrowth = big.peakMiB - big.idleMiB;
    std::printf("baseline 64 MiB upload: idle %.1f MiB, peak %.1f MiB, growth %.1f MiB, %.1f s\n",
                base.idleMiB, base.peakMiB, baseGrowth, base.seconds);
    std::printf("%lld MiB upload: idle %.1f MiB, peak %.1f MiB, growth %.1f MiB, %.1f s (%.0f MiB/s)\n",
                static_cast<long long>(sizeMiB), big.idleMiB, big.peakMiB, bigGrowth, big.seconds,
                sizeMiB / qMax(0.001, big.seconds));
    std::printf("growth / 64 MiB goal = %.2f; growth vs the 64 MiB baseline = %.2fx (file %lldx larger)\n",
                bigGrowth / 64.0, bigGrowth / qMax(0.1, baseGrowth), static_cast<long long>(sizeMiB / 64));
    return 0;
}
