#pragma once

#include "core/expected.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class QLockFile;

namespace travelflow {

// One profile's SQLite database. Opening it takes the profile lock (one TravelFlow
// process per profile, so two queues can never publish the same post), checks the
// file's integrity, sets the pragmas and applies pending migrations. A damaged file is
// reported and left untouched; it is never silently replaced by an empty one.
//
// The connection belongs to the thread that opened it.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    struct Options
    {
        QString migrationsDirectory = QStringLiteral(":/migrations");
        int busyTimeoutMs = 5000;
    };

    static constexpr char kFileName[] = "travelflow.sqlite";
    static constexpr char kLockFileName[] = "travelflow.lock";

    static Expected<std::unique_ptr<Database>> open(const QString &dataDir);
    static Expected<std::unique_ptr<Database>> open(const QString &dataDir, const Options &options);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    QString dataDir() const { return m_dataDir; }
    QString filePath() const;
    int schemaVersion() const { return m_schemaVersion; }
    // A random id made when the profile was created; namespaces its keychain entries.
    QString profileId() const { return m_profileId; }

    // Runs a full integrity check (slower than the quick check done on open).
    Status checkIntegrity() const;

    // Another connection, of the calling thread, to the profile's file `filePath`, set up
    // like the profile's own (foreign keys, secure delete, busy timeout; no migration): for
    // a worker thread, which closes it and calls QSqlDatabase::removeDatabase(name) when done.
    static Expected<QSqlDatabase> openConnection(const QString &filePath, const QString &name);
    static Expected<QSqlDatabase> openConnection(const QString &filePath, const QString &name,
                                                 const Options &options);

private:
    Database(QString dataDir, QString connectionName, std::unique_ptr<QLockFile> lock);
    Status configure(const Options &options);
    static Expected<QSqlDatabase> addConnection(const QString &filePath, const QString &name,
                                                const Options &options);
    static Status setUp(const QSqlDatabase &db, const QString &file, const Options &options);
    Status loadOrCreateProfileId();

    QString m_dataDir;
    QString m_connectionName;
    std::unique_ptr<QLockFile> m_lock;
    int m_schemaVersion = 0;
    QString m_profileId;
};

} // namespace travelflow
