#pragma once

#include "core/video.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace travelflow {

// Reads a video file's container structure without decoding anything: which format it
// is, whether it is complete, and the metadata Qt Multimedia does not expose (GPS,
// recording time and rotation of MP4/MOV files). Runs on a worker thread.
class ContainerInspector
{
    Q_DECLARE_TR_FUNCTIONS(ContainerInspector)

public:
    enum class Verdict {
        Ok,
        Empty, // 0 bytes
        Unreadable, // missing, a folder, or no permission
        NotAVideo, // no known video container signature
        Truncated, // a container whose declared structure runs past the end of the file
    };

    struct Report
    {
        Verdict verdict = Verdict::NotAVideo;
        QString reasonCode; // stable: "empty", "unreadable", "not_a_video", "truncated"
        QString reason; // for the user, translated
        qint64 sizeBytes = 0;
        QString container; // "mp4", "mov", "webm", "matroska", "avi", "mpegts"
        QDateTime createdAt;
        std::optional<int> rotation;
        std::optional<GeoLocation> location;
    };

    static Report inspect(const QString &path);

    // Parses an ISO 6709 string such as "+48.8584+002.2945+035.0/".
    static std::optional<GeoLocation> parseIso6709(const QString &text);
};

} // namespace travelflow
