#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace travelflow {

// A byte range of a file on disk, read on demand. Uploads and fingerprints use it so
// that memory never grows with the file size.
class FileSlice
{
public:
    FileSlice(QString path, qint64 offset, qint64 length);

    const QString &path() const { return m_path; }
    qint64 offset() const { return m_offset; }
    qint64 length() const { return m_length; }

    // The bytes of the range, or nullopt with `error` set when the file cannot be read
    // or is shorter than the range.
    std::optional<QByteArray> read(QString *error = nullptr) const;

private:
    QString m_path;
    qint64 m_offset;
    qint64 m_length;
};

} // namespace travelflow
