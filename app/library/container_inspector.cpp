#include "container_inspector.h"

#include "core/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QtEndian>

namespace travelflow {

namespace {

constexpr qint64 kMaxMoovBytes = qint64{64} * 1024 * 1024;

using Report = ContainerInspector::Report;
using Verdict = ContainerInspector::Verdict;

quint32 be32(const QByteArray &b, qsizetype at)
{
    return qFromBigEndian<quint32>(b.constData() + at);
}

quint64 be64(const QByteArray &b, qsizetype at)
{
    return qFromBigEndian<quint64>(b.constData() + at);
}

// A box inside an in-memory buffer.
struct Box
{
    QByteArray type;
    qsizetype payload = 0; // offset of the payload in the buffer
    qsizetype end = 0; // offset just past the box
};

// Iterates the child boxes in buf[begin, end).
QList<Box> childBoxes(const QByteArray &buf, qsizetype begin, qsizetype end)
{
    QList<Box> boxes;
    qsizetype at = begin;
    while (at + 8 <= end) {
        quint64 size = be32(buf, at);
        qsizetype header = 8;
        if (size == 1) {
            if (at + 16 > end)
                break;
            size = be64(buf, at + 8);
            header = 16;
        } else if (size == 0) {
            size = static_cast<quint64>(end - at);
        }
        if (size < static_cast<quint64>(header) || at + static_cast<qsizetype>(size) > end)
            break;
        boxes.append({buf.mid(at + 4, 4), at + header, at + static_cast<qsizetype>(size)});
        at += static_cast<qsizetype>(size);
    }
    return boxes;
}

// By value: callers often search a temporary list.
std::optional<Box> findChild(const QList<Box> &boxes, const char *type)
{
    for (const Box &b : boxes) {
        if (b.type == type)
            return b;
    }
    return std::nullopt;
}

QDateTime fromMp4Time(quint64 secondsSince1904)
{
    if (secondsSince1904 == 0)
        return {};
    constexpr qint64 kEpochOffset = 2082844800; // 1904-01-01 to 1970-01-01
    return QDateTime::fromSecsSinceEpoch(static_cast<qint64>(secondsSince1904) - kEpochOffset, Qt::UTC);
}

std::optional<int> rotationFromMatrix(const QByteArray &buf, qsizetype matrixAt)
{
    const auto fixed
        = [&](int index) { return static_cast<qint32>(be32(buf, matrixAt + qsizetype{index} * 4)) / 65536; };
    const int a = fixed(0);
    const int b = fixed(1);
    const int c = fixed(3);
    const int d = fixed(4);
    if (a == 1 && b == 0 && c == 0 && d == 1)
        return 0;
    if (a == 0 && b == 1 && c == -1 && d == 0)
        return 90;
    if (a == -1 && b == 0 && c == 0 && d == -1)
        return 180;
    if (a == 0 && b == -1 && c == 1 && d == 0)
        return 270;
    return std::nullopt;
}

// tkhd: rotation of the first track that has a picture (non-zero width and height).
void readTracks(const QByteArray &moov, const QList<Box> &children, Report &report)
{
    for (const Box &trak : children) {
        if (trak.type != "trak")
            continue;
        const auto tkhd = findChild(childBoxes(moov, trak.payload, trak.end), "tkhd");
        if (!tkhd)
            continue;
        const int version = static_cast<quint8>(moov.at(tkhd->payload));
        const qsizetype matrixAt = tkhd->payload + (version == 1 ? 52 : 40);
        const qsizetype widthAt = matrixAt + 36;
        if (widthAt + 8 > tkhd->end)
            continue;
        if (be32(moov, widthAt) == 0 || be32(moov, widthAt + 4) == 0)
            continue; // an audio track
        report.rotation = rotationFromMatrix(moov, matrixAt);
        return;
    }
}

// udta/©xyz (QuickTime and ffmpeg) and meta keys "com.apple.quicktime.location.ISO6709"
// (iPhone) hold the place of recording.
void readLocation(const QByteArray &moov, const QList<Box> &children, Report &report)
{
    if (const auto udta = findChild(children, "udta")) {
        for (const Box &b : childBoxes(moov, udta->payload, udta->end)) {
            if (b.type == QByteArray("\xa9xyz", 4) && b.end - b.payload > 4) {
                const int length = qFromBigEndian<quint16>(moov.constData() + b.payload);
                report.location = ContainerInspector::parseIso6709(QString::fromUtf8(
                    moov.mid(b.payload + 4, qMin<qsizetype>(length, b.end - b.payload - 4))));
                if (report.location)
                    return;
            }
        }
    }
    const auto meta = findChild(children, "meta");
    if (!meta)
        return;
    const auto metaChildren = childBoxes(moov, meta->payload, meta->end);
    const auto keys = findChild(metaChildren, "keys");
    const auto ilst = findChild(metaChildren, "ilst");
    if (!keys || !ilst || keys->payload + 8 > keys->end)
        return;
    int locationIndex = 0;
    int index = 1;
    for (const Box &key : childBoxes(moov, keys->payload + 8, keys->end)) {
        if (moov.mid(key.payload, key.end - key.payload) == "com.apple.quicktime.location.ISO6709")
            locationIndex = index;
        ++index;
    }
    if (locationIndex == 0)
        return;
    for (const Box &item : childBoxes(moov, ilst->payload, ilst->end)) {
        if (static_cast<int>(be32(moov, item.payload - 4)) != locationIndex)
            continue;
        const auto data = findChild(childBoxes(moov, item.payload, item.end), "data");
        if (data && data->payload + 8 <= data->end)
            report.location = ContainerInspector::parseIso6709(
                QString::fromUtf8(moov.mid(data->payload + 8, data->end - data->payload - 8)));
    }
}

void inspectIsoBmff(QFile &file, Report &report)
{
    const qint64 size = file.size();
    qint64 at = 0;
    bool sawMoov = false;
    bool sawMdat = false;
    while (at + 8 <= size) {
        file.seek(at);
        const QByteArray header = file.read(16);
        if (header.size() < 8)
            break;
        quint64 boxSize = be32(header, 0);
        const QByteArray type = header.mid(4, 4);
        qint64 headerSize = 8;
        if (boxSize == 1 && header.size() == 16) {
            boxSize = be64(header, 8);
            headerSize = 16;
        } else if (boxSize == 0) {
            boxSize = static_cast<quint64>(size - at);
        }
        if (boxSize < static_cast<quint64>(headerSize)) {
            report.verdict = Verdict::Truncated;
            return;
        }
        if (at + static_cast<qint64>(boxSize) > size) {
            report.verdict = Verdict::Truncated;
            return;
        }
        if (type == "ftyp") {
            const QByteArray brand = header.mid(8, 4);
            report.container = brand == "qt  " ? QStringLiteral("mov") : QStringLiteral("mp4");
        } else if (type == "mdat") {
            sawMdat = true;
        } else if (type == "moov") {
            sawMoov = true;
            if (boxSize <= static_cast<quint64>(kMaxMoovBytes)) {
                file.seek(at);
                const QByteArray moov = file.read(static_cast<qint64>(boxSize));
                const auto children = childBoxes(moov, headerSize, moov.size());
                if (const auto mvhd = findChild(children, "mvhd"); mvhd && mvhd->payload + 12 <= mvhd->end) {
                    const int version = static_cast<quint8>(moov.at(mvhd->payload));
                    report.createdAt = fromMp4Time(version == 1 ? be64(moov, mvhd->payload + 4)
                                                                : be32(moov, mvhd->payload + 4));
                }
                readTracks(moov, children, report);
                readLocation(moov, children, report);
            }
        }
        at += static_cast<qint64>(boxSize);
    }
    if (at < size && size - at < 8) {
        report.verdict = Verdict::Truncated;
        return;
    }
    if (report.container.isEmpty())
        report.container = QStringLiteral("mov");
    // A file without its index (moov) or without media (mdat) was cut short while
    // recording or copying.
    report.verdict = (sawMoov && sawMdat) ? Verdict::Ok : Verdict::Truncated;
}

// EBML variable-length integer; returns the value and advances `at`.
std::optional<quint64> readVint(const QByteArray &b, qsizetype &at, bool keepMarker)
{
    if (at >= b.size())
        return std::nullopt;
    const auto first = static_cast<quint8>(b.at(at));
    int length = 1;
    while (length <= 8 && !(first & (0x80 >> (length - 1))))
        ++length;
    if (length > 8 || at + length > b.size())
        return std::nullopt;
    quint64 value = keepMarker ? first : (first & (0xFF >> length));
    for (int i = 1; i < length; ++i)
        value = (value << 8) | static_cast<quint8>(b.at(at + i));
    if (!keepMarker && value == (quint64(1) << (7 * length)) - 1)
        value = ~quint64(0); // "unknown size"
    at += length;
    return value;
}

void inspectMatroska(QFile &file, Report &report)
{
    file.seek(0);
    const QByteArray head = file.read(4096);
    qsizetype at = 0;
    const auto headerId = readVint(head, at, true);
    const auto headerSize = readVint(head, at, false);
    if (!headerId || !headerSize || at + static_cast<qsizetype>(*headerSize) > head.size()) {
        report.verdict = Verdict::Truncated;
        return;
    }
    const qsizetype headerEnd = at + static_cast<qsizetype>(*headerSize);
    report.container = QStringLiteral("matroska");
    while (at < headerEnd) {
        const auto id = readVint(head, at, true);
        const auto len = readVint(head, at, false);
        if (!id || !len || at + static_cast<qsizetype>(*len) > headerEnd)
            break;
        if (*id == 0x4282 && head.mid(at, static_cast<qsizetype>(*len)).startsWith("webm"))
            report.container = QStringLiteral("webm");
        at += static_cast<qsizetype>(*len);
    }
    at = headerEnd;
    const auto segmentId = readVint(head, at, true);
    const auto segmentSize = readVint(head, at, false);
    if (!segmentId || *segmentId != 0x18538067 || !segmentSize) {
        report.verdict = Verdict::Truncated;
        return;
    }
    if (*segmentSize != ~quint64(0) && at + static_cast<qint64>(*segmentSize) > file.size()) {
        report.verdict = Verdict::Truncated;
        return;
    }
    report.verdict = Verdict::Ok;
}

void setReason(Report &report)
{
    switch (report.verdict) {
    case Verdict::Ok: return;
    case Verdict::Empty:
        report.reasonCode = QStringLiteral("empty");
        report.reason = ContainerInspector::tr(
            "The file is empty (0 bytes). Copy the clip again from the camera or phone.");
        return;
    case Verdict::Unreadable:
        report.reasonCode = QStringLiteral("unreadable");
        return; // set by the caller, which knows why
    case Verdict::NotAVideo:
        report.reasonCode = QStringLiteral("not_a_video");
        report.reason
            = ContainerInspector::tr("This is not a video file TravelFlow can read (MP4, MOV, WebM, MKV, AVI "
                                     "or MPEG-TS).");
        return;
    case Verdict::Truncated:
        report.reasonCode = QStringLiteral("truncated");
        report.reason
            = ContainerInspector::tr("The file is incomplete: it ends before the video does. It was probably "
                                     "cut short while recording or copying; copy it again.");
        return;
    }
}

} // namespace

ContainerInspector::Report ContainerInspector::inspect(const QString &path)
{
    Report report;
    const QFileInfo info(path);
    QFile file(path);
    if (!info.exists() || info.isDir() || !file.open(QIODevice::ReadOnly)) {
        report.verdict = Verdict::Unreadable;
        setReason(report);
        report.reason = !info.exists() ? tr("The file does not exist (or is a broken link).")
            : info.isDir()
            ? tr("This is a folder, not a file.")
            : tr("The file cannot be read: %1. Check its permissions.").arg(file.errorString());
        return report;
    }
    report.sizeBytes = file.size();
    if (report.sizeBytes == 0) {
        report.verdict = Verdict::Empty;
        setReason(report);
        return report;
    }

    const QByteArray head = file.read(512);
    const QByteArray type = head.mid(4, 4);
    if (head.size() >= 8
        && (type == "ftyp" || type == "moov" || type == "mdat" || type == "wide" || type == "free"
            || type == "skip")) {
        inspectIsoBmff(file, report);
    } else if (head.startsWith("\x1a\x45\xdf\xa3")) {
        inspectMatroska(file, report);
    } else if (head.startsWith("RIFF") && head.mid(8, 4) == "AVI ") {
        report.container = QStringLiteral("avi");
        const qint64 riffSize = qFromLittleEndian<quint32>(head.constData() + 4);
        report.verdict = riffSize + 8 > report.sizeBytes ? Verdict::Truncated : Verdict::Ok;
    } else if (head.size() > 188 && head.at(0) == 0x47 && head.at(188) == 0x47) {
        report.container = QStringLiteral("mpegts");
        report.verdict = Verdict::Ok;
    } else {
        report.verdict = Verdict::NotAVideo;
    }
    setReason(report);
    qCDebug(lcLibrary) << "inspected" << report.container << "verdict" << static_cast<int>(report.verdict);
    return report;
}

std::optional<GeoLocation> ContainerInspector::parseIso6709(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        "^\\s*([+-]\\d{1,2}(?:\\.\\d+)?)([+-]\\d{1,3}(?:\\.\\d+)?)([+-]\\d+(?:\\.\\d+)?)?(?:CRS[^/]*)?/?"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    GeoLocation loc;
    loc.latitude = m.captured(1).toDouble();
    loc.longitude = m.captured(2).toDouble();
    if (m.hasCaptured(3) && !m.captured(3).isEmpty())
        loc.altitude = m.captured(3).toDouble();
    if (loc.latitude < -90 || loc.latitude > 90 || loc.longitude < -180 || loc.longitude > 180)
        return std::nullopt;
    return loc;
}

} // namespace travelflow
