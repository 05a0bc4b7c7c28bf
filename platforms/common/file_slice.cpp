#include "file_slice.h"

#include <QFile>

namespace travelflow {

FileSlice::FileSlice(QString path, qint64 offset, qint64 length)
    : m_path(std::move(path)), m_offset(offset), m_length(length)
{ }

std::optional<QByteArray> FileSlice::read(QString *error) const
{
    const auto fail = [error](const QString &why) -> std::optional<QByteArray> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (m_offset < 0 || m_length < 0)
        return fail(QStringLiteral("invalid range"));
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    if (m_offset + m_length > file.size())
        return fail(QStringLiteral("file is shorter than the requested range"));
    if (!file.seek(m_offset))
        return fail(file.errorString());
    QByteArray data = file.read(m_length);
    if (data.size() != m_length)
        return fail(file.error() != QFileDevice::NoError ? file.errorString() : QStringLiteral("short read"));
    return data;
}

} // namespace travelflow
