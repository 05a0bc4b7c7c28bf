#pragma once

#include <QString>

namespace travelflow::test {

// Real video files made with ffmpeg (2 s, small) in `dir`, and broken ones next to them.
// Returns the absolute path, or an empty string when ffmpeg failed (the caller QFAILs).
struct TestClips
{
    static QString h264Mp4(const QString &dir, const QString &name = QStringLiteral("h264.mp4"));
    // HEVC in a QuickTime file with a non-zero display rotation.
    static QString hevcMovRotated(const QString &dir);
    static QString vp9Webm(const QString &dir);
    // H.264 MOV with an ISO 6709 location (48.8584 N, 2.2945 E) and a recording time.
    static QString gpsMov(const QString &dir);

    // The clockwise display rotation ffprobe reads from a file (an independent oracle for
    // our own parser), or -1 when ffprobe fails.
    static int ffprobeRotationClockwise(const QString &path);

    static QString empty(const QString &dir);
    // The first 40% of a valid MP4: its index (moov) is missing.
    static QString truncatedMp4(const QString &dir);
    static QString textRenamedMp4(const QString &dir);
};

} // namespace travelflow::test
