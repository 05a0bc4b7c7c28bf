#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace travelflow {

// One GUI per profile: the first instance listens on a local socket named after the
// profile folder; a second one sends it "activate" (so it raises its window), optionally
// with the area to show ("travelflow --area inbox"), and quits.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    // `area`: what a second instance asks the first to show (empty: just raise the window).
    explicit SingleInstance(const QString &dataDir, const QString &area = {}, QObject *parent = nullptr);
    ~SingleInstance() override;

    // True if this process is the first: it now listens. False if another instance
    // answered and was asked to activate.
    bool claim();

    static QString serverName(const QString &dataDir);

Q_SIGNALS:
    void activationRequested();
    // A second instance asked for an area by name ("library", "inbox", ...).
    void areaRequested(const QString &area);

private:
    bool notifyRunningInstance();

    QString m_name;
    QString m_area;
    QLocalServer *m_server = nullptr;
};

} // namespace travelflow
