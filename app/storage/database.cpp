#include "database.h"

#include "core/logging.h"
#include "migrator.h"
#include "sql_helpers.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

namespace travelflow {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("travelflow-%1").arg(counter.fetchAndAddRelaxed(1));
}

Error damaged(const QString &file, const QString &detail)
{
    return Error::make(Error::Kind::Storage, QStringLiteral("database_damaged"),
                       Database::tr("The database %1 is damaged or is not a TravelFlow database (%2). "
                                    "TravelFlow did not change it. Restore it from a backup, or move it "
                                    "aside to start with an empty library.")
                           .arg(QDir::toNativeSeparators(file), detail));
}

Error lockError(const QString &dataDir, QLockFile &lock)
{
    if (lock.error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString app;
        lock.getLockInfo(&pid, &host, &app);
        return Error::make(Error::Kind::Locked, QStringLiteral("profile_locked"),
                           Database::tr("Another TravelFlow (process %1) is using the profile in %2. Close "
                                        "it first, or choose a different folder with --data-dir.")
                               .arg(pid)
                               .arg(QDir::toNativeSeparators(dataDir)));
    }
    return Error::make(Error::Kind::Io, QStringLiteral("data_dir_read_only"),
                       Database::tr("TravelFlow cannot write to %1. Make the folder writable, or choose "
                                    "a different one with --data-dir.")
                           .arg(QDir::toNativeSeparators(dataDir)));
}

// A process killed between creating its lock file and writing its pid into it leaves an
// empty file (or an empty ".rmlock" while cleaning up a dead owner's lock). QLockFile
// cannot tell whose it is and never calls it stale; a live owner writes its pid within
// microseconds, so an empty file older than a second belongs to nobody.
bool removeAbandonedLockFiles(const QString &lockPath)
{
    bool removed = false;
    const QFileInfo lock(lockPath);
    const QDir dir = lock.absoluteDir();
    const QStringList candidates
        = dir.entryList({lock.fileName() + QLatin1Char('*')}, QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : candidates) {
        const QFileInfo f(dir.filePath(name));
        if (f.size() == 0 && f.lastModified().msecsTo(QDateTime::currentDateTime()) > 1000) {
            qCWarning(lcStorage) << "removing an abandoned, empty lock file" << name;
            removed = QFile::remove(f.filePath()) || removed;
        }
    }
    return removed;
}

// The same empty files, a moment after their process was killed: a restart right away (a
// crash loop, or a user who double-clicks again) would be refused as if the dead process
// were alive. Wait out the rest of their second; a live owner has written its pid by then
// and still holds the profile.
bool waitForYoungEmptyLockFiles(const QString &lockPath)
{
    qint64 youngest = -1;
    for (const QString &path : QStringList{lockPath, lockPath + QStringLiteral(".rmlock")}) {
        const QFileInfo f(path);
        if (!f.exists() || f.size() != 0)
            continue;
        const qint64 age = f.lastModified().msecsTo(QDateTime::currentDateTime());
        if (age >= 0 && age <= 1000)
            youngest = youngest < 0 ? age : qMin(youngest, age);
    }
    if (youngest < 0)
        return false;
    QThread::msleep(static_cast<unsigned long>(1100 - youngest));
    return true;
}

} // namespace

Database::Database(QString dataDir, QString connectionName, std::unique_ptr<QLockFile> lock)
    : m_dataDir(std::move(dataDir)), m_connectionName(std::move(connectionName)), m_lock(std::move(lock))
{ }

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Expected<std::unique_ptr<Database>> Database::open(const QString &dataDir)
{
    return open(dataDir, Options());
}

Expected<std::unique_ptr<Database>> Database::open(const QString &dataDir, const Options &options)
{
    if (dataDir.isEmpty()) {
        return Error::make(Error::Kind::Usage, QStringLiteral("no_data_dir"),
                           tr("No data folder was given and the system has no application data "
                              "location. Pass one with --data-dir."));
    }
    const QFileInfo dirInfo(dataDir);
    if (dirInfo.exists() && !dirInfo.isDir()) {
        return Error::make(Error::Kind::Io, QStringLiteral("data_dir_not_a_folder"),
                           tr("%1 is a file, not a folder. Choose a folder with --data-dir.")
                               .arg(QDir::toNativeSeparators(dataDir)));
    }
    if (!QDir().mkpath(dataDir)) {
        return Error::make(Error::Kind::Io, QStringLiteral("data_dir_read_only"),
                           tr("TravelFlow cannot create the folder %1. Make its parent writable, "
                              "or choose a different one with --data-dir.")
                               .arg(QDir::toNativeSeparators(dataDir)));
    }

    auto lock = std::make_unique<QLockFile>(QDir(dataDir).filePath(QLatin1String(kLockFileName)));
    lock->setStaleLockTime(0); // only a dead owner makes a lock stale, never its age
    if (!lock->tryLock(0)
        && !(lock->error() == QLockFile::LockFailedError
             && (removeAbandonedLockFiles(lock->fileName())
                 || (waitForYoungEmptyLockFiles(lock->fileName())
                     && removeAbandonedLockFiles(lock->fileName())))
             && lock->tryLock(0)))
        return lockError(dataDir, *lock);

    const QString filePath = QDir(dataDir).filePath(QLatin1String(kFileName));
    const bool existed = QFileInfo::exists(filePath);
    if (existed && !QFileInfo(filePath).isFile()) {
        return damaged(filePath, tr("it is not a regular file"));
    }

    std::unique_ptr<Database> database(new Database(dataDir, nextConnectionName(), std::move(lock)));
    if (auto db = addConnection(filePath, database->m_connectionName, options); !db)
        return db.error();

    if (auto st = database->configure(options); !st)
        return st.error();
    qCInfo(lcStorage) << "opened profile database, schema" << database->m_schemaVersion
                      << (existed ? "(existing)" : "(new)");
    return database;
}

// The pragmas every connection to a profile's file gets (WAL is the file's own mode).
Status Database::setUp(const QSqlDatabase &db, const QString &file, const Options &options)
{
    const auto pragma = [&](const QString &statement, const QString &expected) -> Status {
        QSqlQuery q(db);
        if (!q.exec(statement)) {
            const QString detail = q.lastError().databaseText();
            if (detail.contains(QLatin1String("readonly"), Qt::CaseInsensitive)) {
                return Error::make(Error::Kind::Io, QStringLiteral("data_dir_read_only"),
                                   tr("TravelFlow cannot write to %1. Make it writable, or choose "
                                      "a different folder with --data-dir.")
                                       .arg(QDir::toNativeSeparators(file)));
            }
            return damaged(file, detail);
        }
        if (!expected.isEmpty() && (!q.next() || q.value(0).toString().toLower() != expected)) {
            return Error::make(Error::Kind::Storage, QStringLiteral("database_setup_failed"),
                               tr("The database %1 could not be set up (%2). Check that the "
                                  "folder is on a local, writable disk.")
                                   .arg(QDir::toNativeSeparators(file), statement));
        }
        return {};
    };

    for (const auto &[statement, expected] : {
             std::pair{QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("wal")},
             std::pair{QStringLiteral("PRAGMA foreign_keys=ON"), QString()},
             std::pair{QStringLiteral("PRAGMA secure_delete=ON"), QStringLiteral("1")},
             std::pair{QStringLiteral("PRAGMA synchronous=NORMAL"), QString()},
             // Temporary tables and statement journals in memory: a file for them was made
             // and deleted for every page the inbox stored.
             std::pair{QStringLiteral("PRAGMA temp_store=MEMORY"), QString()},
             std::pair{QStringLiteral("PRAGMA busy_timeout=%1").arg(options.busyTimeoutMs), QString()},
         }) {
        if (auto st = pragma(statement, expected); !st)
            return st;
    }

    return {};
}

Expected<QSqlDatabase> Database::addConnection(const QString &filePath, const QString &name,
                                               const Options &options)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(filePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
    if (!db.open()) {
        return Error::make(Error::Kind::Storage, QStringLiteral("database_open_failed"),
                           tr("The database %1 cannot be opened: %2")
                               .arg(QDir::toNativeSeparators(filePath), db.lastError().text()));
    }
    return db;
}

Expected<QSqlDatabase> Database::openConnection(const QString &filePath, const QString &name)
{
    return openConnection(filePath, name, Options());
}

Expected<QSqlDatabase> Database::openConnection(const QString &filePath, const QString &name,
                                                const Options &options)
{
    auto db = addConnection(filePath, name, options);
    if (!db)
        return db;
    if (auto st = setUp(*db, filePath, options); !st)
        return st.error();
    return db;
}

Status Database::configure(const Options &options)
{
    QSqlDatabase db = connection();
    const QString file = filePath();

    // The first read of a damaged or foreign file fails here ("file is not a database").
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next())
            return damaged(file, q.lastError().databaseText());
        const QString result = q.value(0).toString();
        if (result != QLatin1String("ok"))
            return damaged(file, result);
    }

    if (auto st = setUp(db, file, options); !st)
        return st;

    Migrator migrator(db, options.migrationsDirectory);
    const auto version = migrator.migrate();
    if (!version)
        return version.error();
    m_schemaVersion = *version;
    return loadOrCreateProfileId();
}

Status Database::loadOrCreateProfileId()
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT value FROM profile WHERE key = 'id'"));
    if (auto err = sql::exec(q, tr("read the profile id")))
        return *err;
    if (q.next()) {
        m_profileId = q.value(0).toString();
        return {};
    }
    m_profileId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery insert(connection());
    insert.prepare(QStringLiteral("INSERT INTO profile (key, value) VALUES ('id', ?)"));
    insert.addBindValue(m_profileId);
    if (auto err = sql::exec(insert, tr("save the profile id")))
        return *err;
    return {};
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::filePath() const
{
    return QDir(m_dataDir).filePath(QLatin1String(kFileName));
}

Status Database::checkIntegrity() const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next())
        return damaged(filePath(), q.lastError().databaseText());
    const QString result = q.value(0).toString();
    if (result != QLatin1String("ok"))
        return damaged(filePath(), result);
    return {};
}

} // namespace travelflow
