#include "fingerprint.h"

#include "common/file_slice.h"

#include <QCryptographicHash>
#include <QFileInfo>

namespace travelflow {

Expected<QString> Fingerprint::ofFile(const QString &path)
{
    const qint64 size = QFileInfo(path).size();
    const qint64 headLength = qMin(size, kEdgeBytes);
    const qint64 tailLength = qMin(size - headLength, kEdgeBytes);

    QCryptographicHash hash(QCryptographicHash::Sha256);
    QString error;
    for (const FileSlice &slice :
         {FileSlice(path, 0, headLength), FileSlice(path, size - tailLength, tailLength)}) {
        const auto bytes = slice.read(&error);
        if (!bytes) {
            return Error::make(Error::Kind::Io, QStringLiteral("unreadable"),
                               tr("The file cannot be read: %1").arg(error));
        }
        hash.addData(*bytes);
    }
    return QStringLiteral("v1:%1:%2").arg(size).arg(QString::fromLatin1(hash.result().toHex()));
}

} // namespace travelflow
