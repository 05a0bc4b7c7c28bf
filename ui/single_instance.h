#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace travelflow {

// One GUI per profile: the first instance listens on a local socket named after the
// profile folder; a second one sends it "activate" (so it raises its window) and quits.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(const QString &dataDir, QObject *parent = nullptr);
    ~SingleInstance() override;

    // True if this process is the first: it now listens. False if another instance
    // answered and was asked to activate.
    bool claim();

    static QString serverName(const QString &dataDir);

Q_SIGNALS:
    void activationRequested();

private:
    bool notifyRunningInstance();

    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace travelflow
