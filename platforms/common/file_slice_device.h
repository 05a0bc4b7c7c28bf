#pragma once

#include <QFile>
#include <QIODevice>

namespace travelflow {

// A read-only QIODevice over a window [offset, offset + length) of a file on disk: an
// upload body that QNetworkAccessManager streams in small reads, so memory does not grow
// with the size of the video. Random access (seek within the window), so Qt needs not
// buffer it.
class FileSliceDevice : public QIODevice
{
    Q_OBJECT

public:
    FileSliceDevice(const QString &path, qint64 offset, qint64 length, QObject *parent = nullptr);

    // Opens the file read-only; fails (with errorString()) when it is shorter than the window.
    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_length; }
    bool seek(qint64 pos) override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QFile m_file;
    qint64 m_offset;
    qint64 m_length;
};

} // namespace travelflow
