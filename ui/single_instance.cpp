#include "single_instance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcInstance, "travelflow.ui.instance", QtInfoMsg)

namespace travelflow {

namespace {
constexpr int kTimeoutMs = 2000;
constexpr char kActivate[] = "activate";
} // namespace

SingleInstance::SingleInstance(const QString &dataDir, const QString &area, QObject *parent)
    : QObject(parent), m_name(serverName(dataDir)), m_area(area)
{ }

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName(const QString &dataDir)
{
    const QByteArray key = QDir::cleanPath(QDir(dataDir).absolutePath()).toUtf8();
    const QByteArray hash = QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16);
    return QStringLiteral("travelflow-%1").arg(QString::fromLatin1(hash));
}

bool SingleInstance::notifyRunningInstance()
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(kTimeoutMs))
        return false;
    // "activate" or "activate AREA", one line; area names are plain ASCII words.
    QByteArray message(kActivate);
    if (!m_area.isEmpty())
        message += ' ' + m_area.toLatin1();
    socket.write(message + '\n');
    socket.waitForBytesWritten(kTimeoutMs);
    // Wait for the first instance to acknowledge so we know it is alive, not a stale socket.
    const bool acknowledged = socket.waitForReadyRead(kTimeoutMs) && socket.readAll().startsWith("ok");
    socket.disconnectFromServer();
    return acknowledged;
}

bool SingleInstance::claim()
{
    if (notifyRunningInstance()) {
        qCInfo(lcInstance) << "another instance is running; asked it to show its window";
        return false;
    }
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        // A socket left behind by a crashed instance: nobody answered, so take it over.
        QLocalServer::removeServer(m_name);
        if (!m_server->listen(m_name)) {
            qCWarning(lcInstance) << "cannot listen for other instances:" << m_server->errorString();
            return true; // still run; the profile lock guards the data
        }
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (!socket->canReadLine())
                    return;
                const QList<QByteArray> words = socket->readLine().trimmed().split(' ');
                if (words.value(0) == kActivate) {
                    socket->write("ok\n");
                    socket->flush();
                    qCInfo(lcInstance) << "activation requested by a second instance";
                    Q_EMIT activationRequested();
                    if (words.size() > 1)
                        Q_EMIT areaRequested(QString::fromLatin1(words.at(1)));
                }
            });
        }
    });
    return true;
}

} // namespace travelflow
