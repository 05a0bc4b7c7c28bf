#include "test_clips.h"

#include "test_env.h"

#include <QDir>
#include <QFile>

namespace travelflow::test {

namespace {

QString ffmpeg(const QString &dir, const QString &name, QStringList args)
{
    const QString out = QDir(dir).filePath(name);
    args.prepend(QStringLiteral("error"));
    args.prepend(QStringLiteral("-v"));
    args.prepend(QStringLiteral("-nostdin"));
    args << QStringLiteral("-y") << out;
    QByteArray err;
    if (runProcess(QStringLiteral("ffmpeg"), args, nullptr, &err) != 0 || !QFile::exists(out)) {
        qWarning("ffmpeg failed for %s: %s", qPrintable(name), err.constData());
        return {};
    }
    return out;
}

QStringList testSource(const QString &size, int rate)
{
    return {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
            QStringLiteral("testsrc=duration=2:size=%1:rate=%2").arg(size).arg(rate)};
}

QString writeFile(const QString &dir, const QString &name, const QByteArray &data)
{
    const QString path = QDir(dir).filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        return {};
    return path;
}

} // namespace

QString TestClips::h264Mp4(const QString &dir, const QString &name)
{
    return ffmpeg(dir, name,
                  testSource(QStringLiteral("320x240"), 30)
                      + QStringList{QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                                    QStringLiteral("sine=duration=2"), QStringLiteral("-shortest"),
                                    QStringLiteral("-c:v"), QStringLiteral("libx264"),
                                    QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"),
                                    QStringLiteral("-c:a"), QStringLiteral("aac")});
}

QString TestClips::hevcMovRotated(const QString &dir)
{
    // ffmpeg 5.1 writes the rotation only when the stream is copied, so encode first. (It
    // also writes the legacy "rotate" tag's matrix mirrored: tests compare with ffprobe.)
    const QString plain = ffmpeg(
        dir, QStringLiteral("hevc-plain.mov"),
        testSource(QStringLiteral("320x240"), 25)
            + QStringList{QStringLiteral("-c:v"), QStringLiteral("libx265"), QStringLiteral("-x265-params"),
                          QStringLiteral("log-level=error"), QStringLiteral("-pix_fmt"),
                          QStringLiteral("yuv420p"), QStringLiteral("-tag:v"), QStringLiteral("hvc1")});
    if (plain.isEmpty())
        return {};
    const QString rotated = ffmpeg(dir, QStringLiteral("hevc-rotated.mov"),
                                   {QStringLiteral("-i"), plain, QStringLiteral("-c"), QStringLiteral("copy"),
                                    QStringLiteral("-metadata:s:v:0"), QStringLiteral("rotate=90")});
    QFile::remove(plain);
    return rotated;
}

QString TestClips::vp9Webm(const QString &dir)
{
    return ffmpeg(dir, QStringLiteral("vp9.webm"),
                  testSource(QStringLiteral("320x240"), 30)
                      + QStringList{QStringLiteral("-c:v"), QStringLiteral("libvpx-vp9"),
                                    QStringLiteral("-b:v"), QStringLiteral("200k"),
                                    QStringLiteral("-deadline"), QStringLiteral("realtime")});
}

QString TestClips::gpsMov(const QString &dir)
{
    return ffmpeg(
        dir, QStringLiteral("gps.mov"),
        testSource(QStringLiteral("640x360"), 24)
            + QStringList{QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-pix_fmt"),
                          QStringLiteral("yuv420p"), QStringLiteral("-metadata"),
                          QStringLiteral("location=+48.8584+002.2945/"), QStringLiteral("-metadata"),
                          QStringLiteral("creation_time=2026-05-01T10:20:30Z")});
}

int TestClips::ffprobeRotationClockwise(const QString &path)
{
    QByteArray out;
    const int code = runProcess(QStringLiteral("ffprobe"),
                                {QStringLiteral("-v"), QStringLiteral("error"),
                                 QStringLiteral("-select_streams"), QStringLiteral("v:0"),
                                 QStringLiteral("-show_entries"), QStringLiteral("stream_side_data=rotation"),
                                 QStringLiteral("-of"), QStringLiteral("csv=p=0"), path},
                                &out);
    if (code != 0)
        return -1;
    bool ok = false;
    const int counterClockwise = QString::fromLatin1(out).trimmed().toInt(&ok);
    if (!ok)
        return out.trimmed().isEmpty() ? 0 : -1;
    return ((360 - counterClockwise) % 360 + 360) % 360;
}

QString TestClips::empty(const QString &dir)
{
    return writeFile(dir, QStringLiteral("empty.mp4"), {});
}

QString TestClips::truncatedMp4(const QString &dir)
{
    const QString full = h264Mp4(dir, QStringLiteral("full-for-truncation.mp4"));
    QFile f(full);
    if (full.isEmpty() || !f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray head = f.read(f.size() * 2 / 5);
    f.close();
    QFile::remove(full);
    return writeFile(dir, QStringLiteral("truncated.mp4"), head);
}

QString TestClips::textRenamedMp4(const QString &dir)
{
    return writeFile(dir, QStringLiteral("notes.mp4"), "Packing list: passport, charger, sunscreen.\n");
}

} // namespace travelflow::test
