#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace travelflow {

// Where a clip was recorded, as stored in its container (ISO 6709).
struct GeoLocation
{
    double latitude = 0;
    double longitude = 0;
    std::optional<double> altitude;
};

// One video of the library: what the probe learned about a file on disk. The file
// itself is never copied or modified.
struct Video
{
    qint64 id = 0;
    QString path;
    QString fingerprint;
    qint64 sizeBytes = 0;
    qint64 durationMs = 0;
    int width = 0;
    int height = 0;
    double fps = 0;
    QString videoCodec;
    QString audioCodec;
    QString container;
    int rotation = 0; // clockwise degrees: 0, 90, 180, 270
    QDateTime createdAt; // when the clip was recorded, if the file says so
    std::optional<GeoLocation> location;
    QString thumbnailPath;
    QStringList tags;
    QString notes;
    QDateTime importedAt;
};

} // namespace travelflow
