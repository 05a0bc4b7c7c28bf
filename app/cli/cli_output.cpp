#include "cli_output.h"

#include "core/video.h"

#include <QJsonDocument>

namespace travelflow {

CliOutput::CliOutput(bool json, FILE *out, FILE *err) : m_json(json), m_out(out), m_err(err) { }

void CliOutput::line(const QString &text) const
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), m_out);
    std::fflush(m_out);
}

void CliOutput::error(const QString &text) const
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), m_err);
    std::fflush(m_err);
}

void CliOutput::document(const QJsonValue &value) const
{
    QByteArray bytes;
    if (value.isArray())
        bytes = QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented);
    else
        bytes = QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), m_out);
    std::fflush(m_out);
}

QJsonObject CliOutput::videoToJson(const Video &v)
{
    const auto timeOrNull = [](const QDateTime &dt) {
        return dt.isValid() ? QJsonValue(dt.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
    };
    QJsonObject o{
        {QStringLiteral("id"), v.id},
        {QStringLiteral("path"), v.path},
        {QStringLiteral("fingerprint"), v.fingerprint},
        {QStringLiteral("size_bytes"), v.sizeBytes},
        {QStringLiteral("duration_ms"), v.durationMs},
        {QStringLiteral("width"), v.width},
        {QStringLiteral("height"), v.height},
        {QStringLiteral("fps"), v.fps},
        {QStringLiteral("video_codec"), v.videoCodec},
        {QStringLiteral("audio_codec"), v.audioCodec},
        {QStringLiteral("container"), v.container},
        {QStringLiteral("rotation"), v.rotation},
        {QStringLiteral("created_at"), timeOrNull(v.createdAt)},
        {QStringLiteral("imported_at"), timeOrNull(v.importedAt)},
        {QStringLiteral("tags"), QJsonArray::fromStringList(v.tags)},
        {QStringLiteral("notes"), v.notes},
    };
    if (v.location) {
        QJsonObject loc{{QStringLiteral("latitude"), v.location->latitude},
                        {QStringLiteral("longitude"), v.location->longitude}};
        if (v.location->altitude)
            loc.insert(QStringLiteral("altitude"), *v.location->altitude);
        o.insert(QStringLiteral("location"), loc);
    } else {
        o.insert(QStringLiteral("location"), QJsonValue(QJsonValue::Null));
    }
    return o;
}

} // namespace travelflow
