#include "file_slice_device.h"

namespace travelflow {

FileSliceDevice::FileSliceDevice(const QString &path, qint64 offset, qint64 length, QObject *parent)
    : QIODevice(parent), m_file(path), m_offset(offset), m_length(length)
{ }

bool FileSliceDevice::open(OpenMode mode)
{
    if ((mode & WriteOnly) != 0) {
        setErrorString(tr("A file slice is read-only."));
        return false;
    }
    if (m_offset < 0 || m_length < 0) {
        setErrorString(tr("Invalid file range."));
        return false;
    }
    if (!m_file.open(QIODevice::ReadOnly)) {
        setErrorString(m_file.errorString());
        return false;
    }
    if (m_file.size() < m_offset + m_length) {
        setErrorString(
            tr("The file is shorter than expected: it may have been changed or truncated since import."));
        m_file.close();
        return false;
    }
    if (!m_file.seek(m_offset)) {
        setErrorString(m_file.errorString());
        m_file.close();
        return false;
    }
    return QIODevice::open(mode | Unbuffered);
}

void FileSliceDevice::close()
{
    m_file.close();
    QIODevice::close();
}

bool FileSliceDevice::seek(qint64 pos)
{
    if (pos < 0 || pos > m_length || !m_file.seek(m_offset + pos))
        return false;
    return QIODevice::seek(pos);
}

qint64 FileSliceDevice::readData(char *data, qint64 maxSize)
{
    const qint64 remaining = m_length - pos();
    if (remaining <= 0)
        return -1;
    const qint64 n = m_file.read(data, qMin(maxSize, remaining));
    if (n < 0)
        setErrorString(m_file.errorString());
    return n;
}

qint64 FileSliceDevice::writeData(const char *, qint64)
{
    return -1;
}

} // namespace travelflow
