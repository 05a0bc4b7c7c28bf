// Opening a profile: pragmas, the profile lock, damaged files, read-only locations.

#include "storage/database.h"
#include "storage/transaction.h"
#include "support/test_env.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace travelflow;

namespace {

QString pragma(const Database &db, const char *name)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name))) || !q.next())
        return {};
    return q.value(0).toString();
}

QString pragma(const QSqlDatabase &db, const char *name)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name))) || !q.next())
        return {};
    return q.value(0).toString();
}

// Closes and removes a connection of openConnection() when the scope ends.
class ScopedConnection
{
public:
    explicit ScopedConnection(QString name) : m_name(std::move(name)) { }
    ~ScopedConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    ScopedConnection(const ScopedConnection &) = delete;
    ScopedConnection &operator=(const ScopedConnection &) = delete;

private:
    QString m_name;
};

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Makes a folder unwritable even for root (chattr +i), or with permissions otherwise.
class ReadOnlyFolder
{
public:
    explicit ReadOnlyFolder(const QString &path) : m_path(path)
    {
        if (geteuid() == 0)
            m_ok = QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), path}) == 0;
        else
            m_ok = QFile::setPermissions(path, QFile::ReadOwner | QFile::ExeOwner);
    }
    ~ReadOnlyFolder()
    {
        if (geteuid() == 0)
            QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), m_path});
        else
            QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    bool ok() const { return m_ok; }

private:
    QString m_path;
    bool m_ok = false;
};

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsProfileWithSafePragmas()
    {
        QTemporaryDir dir;
        const QString dataDir = dir.filePath(QStringLiteral("nested/profile"));
        auto db = Database::open(dataDir);
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        QVERIFY(QFile::exists(dataDir + QStringLiteral("/travelflow.sqlite")));
        QCOMPARE(pragma(**db, "journal_mode"), QStringLiteral("wal"));
        QCOMPARE(pragma(**db, "foreign_keys"), QStringLiteral("1"));
        QCOMPARE(pragma(**db, "secure_delete"), QStringLiteral("1"));
        QCOMPARE(pragma(**db, "busy_timeout"), QStringLiteral("5000"));
        QVERIFY((*db)->schemaVersion() >= 1);
        QVERIFY((*db)->checkIntegrity());
        QCOMPARE((*db)->profileId().size(), 36);
    }

    void reopeningKeepsDataAndProfileId()
    {
        QTemporaryDir dir;
        QString id;
        {
            auto db = Database::open(dir.path());
            QVERIFY(db);
            id = (*db)->profileId();
            QSqlQuery q((*db)->connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO videos (path, fingerprint, size_bytes, imported_at) "
                                          "VALUES ('/v.mp4', 'fp', 10, '2026-01-01T00:00:00Z')")));
        }
        auto db = Database::open(dir.path());
        QVERIFY(db);
        QCOMPARE((*db)->profileId(), id);
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM videos")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void secondOpenOfSameProfileIsRefused()
    {
        QTemporaryDir dir;
        auto first = Database::open(dir.path());
        QVERIFY(first);
        auto second = Database::open(dir.path());
        QVERIFY(!second);
        QCOMPARE(second.error().kind, Error::Kind::Locked);
        QVERIFY(second.error().message.contains(QString::number(QCoreApplication::applicationPid())));
        QVERIFY(second.error().message.contains(QStringLiteral("--data-dir")));
        first = Error{};
        // Once the first is closed, the profile opens again.
        QVERIFY(Database::open(dir.path()));
    }

    void lockHeldByAnotherProcessIsRefused()
    {
        QTemporaryDir dir;
        // While this process holds the profile, a travelflow-cli on it must refuse clearly.
        const QString cli = qEnvironmentVariable("TRAVELFLOW_CLI");
        QVERIFY2(!cli.isEmpty(), "TRAVELFLOW_CLI is set by ctest");
        auto db = Database::open(dir.path());
        QVERIFY(db);
        QByteArray out;
        QByteArray err;
        const int code = test::runProcess(
            cli, {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("videos"), QStringLiteral("list")},
            &out, &err);
        QCOMPARE(code, 1);
        QVERIFY2(err.contains("Another TravelFlow"), err.constData());
    }

    void emptyLockFilesOfAKilledProcessDoNotLockTheProfile()
    {
        // A process killed between creating its lock file and writing its pid leaves an
        // empty file (or an empty .rmlock while it cleaned up another lock).
        for (const char *name : {"travelflow.lock", "travelflow.lock.rmlock"}) {
            QTemporaryDir dir;
            QFile lock(QDir(dir.path()).filePath(QLatin1String(name)));
            QVERIFY(lock.open(QIODevice::WriteOnly));
            const QDateTime old = QDateTime::currentDateTime().addSecs(-60);
            QVERIFY(lock.setFileTime(old, QFileDevice::FileModificationTime));
            lock.close();
            if (qstrcmp(name, "travelflow.lock") != 0) { // an .rmlock sits next to a stale lock
                QFile stale(QDir(dir.path()).filePath(QStringLiteral("travelflow.lock")));
                QVERIFY(stale.open(QIODevice::WriteOnly));
                stale.write("999999\ntravelflow-cli\n" + QSysInfo::machineHostName().toUtf8() + "\n");
                stale.close();
            }
            auto db = Database::open(dir.path());
            QVERIFY2(db, db ? name : qPrintable(db.error().message));
        }

        {
            // Killed a moment ago while removing a dead owner's lock: the restart right
            // after it waits out the rest of the second instead of being refused.
            QTemporaryDir dir;
            QFile stale(QDir(dir.path()).filePath(QStringLiteral("travelflow.lock")));
            QVERIFY(stale.open(QIODevice::WriteOnly));
            stale.write("999999\ntravelflow-cli\n" + QSysInfo::machineHostName().toUtf8() + "\n");
            stale.close();
            QFile removal(QDir(dir.path()).filePath(QStringLiteral("travelflow.lock.rmlock")));
            QVERIFY(removal.open(QIODevice::WriteOnly));
            removal.close();
            auto db = Database::open(dir.path());
            QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        }

        // A fresh empty file may be a live process that has not written its pid yet: it gets
        // its second, and only then, still empty, counts as abandoned.
        QTemporaryDir dir;
        QFile fresh(QDir(dir.path()).filePath(QStringLiteral("travelflow.lock")));
        QVERIFY(fresh.open(QIODevice::WriteOnly));
        fresh.close();
        QElapsedTimer waited;
        waited.start();
        auto db = Database::open(dir.path());
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        QVERIFY2(waited.elapsed() >= 900, qPrintable(QString::number(waited.elapsed())));
    }

    void damagedFileIsReportedAndLeftAlone_data()
    {
        QTest::addColumn<bool>("garbageHeader");
        QTest::newRow("not a database") << true;
        QTest::newRow("damaged pages") << false;
    }

    void damagedFileIsReportedAndLeftAlone()
    {
        QFETCH(bool, garbageHeader);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("travelflow.sqlite"));
        if (garbageHeader) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(8192, 'Z'));
        } else {
            {
                auto db = Database::open(dir.path());
                QVERIFY(db);
                QSqlQuery q((*db)->connection());
                for (int i = 0; i < 200; ++i)
                    QVERIFY(q.exec(
                        QStringLiteral("INSERT INTO videos (path, fingerprint, size_bytes, imported_at) "
                                       "VALUES ('/v%1.mp4', 'fp%1', 10, 'x')")
                            .arg(i)));
                QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            }
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.size() > qint64(4) * 4096);
            // Wreck the b-tree page headers after the schema page (page 1 stays readable).
            for (qint64 page = 1; page * 4096 < f.size(); ++page) {
                f.seek(page * 4096);
                f.write(QByteArray(12, '\x7f'));
            }
        }
        const QByteArray before = fileHash(file);

        auto db = Database::open(dir.path());
        QVERIFY(!db);
        QCOMPARE(db.error().code, QStringLiteral("database_damaged"));
        QVERIFY(db.error().message.contains(QStringLiteral("damaged")));
        QVERIFY(db.error().message.contains(QStringLiteral("did not change it")));
        QCOMPARE(fileHash(file), before); // never replaced by an empty database
    }

    void readOnlyLocationGivesClearMessage()
    {
        QTemporaryDir dir;
        const QString locked = dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(locked));
        ReadOnlyFolder guard(locked);
        QVERIFY2(guard.ok(), "could not make the folder read-only (chattr or chmod failed)");

        auto db = Database::open(locked);
        QVERIFY(!db);
        QCOMPARE(db.error().code, QStringLiteral("data_dir_read_only"));
        QVERIFY(db.error().message.contains(QStringLiteral("cannot write")));

        auto below = Database::open(locked + QStringLiteral("/sub"));
        QVERIFY(!below);
        QCOMPARE(below.error().code, QStringLiteral("data_dir_read_only"));
        QVERIFY(below.error().message.contains(QStringLiteral("cannot create")));
    }

    void openConnectionHasTheProfilesPragmas()
    {
        QTemporaryDir dir;
        auto profile = Database::open(dir.path());
        QVERIFY2(profile, profile ? "" : qPrintable(profile.error().message));
        const QString name = QStringLiteral("test-worker-connection");
        {
            Database::Options options;
            options.busyTimeoutMs = 1234;
            auto db = Database::openConnection((*profile)->filePath(), name, options);
            QVERIFY2(db, db ? "" : qPrintable(db.error().message));
            QVERIFY(db->isOpen());
            QCOMPARE(db->connectionName(), name);
            QCOMPARE(pragma(*db, "foreign_keys"), QStringLiteral("1"));
            QCOMPARE(pragma(*db, "secure_delete"), QStringLiteral("1"));
            QCOMPARE(pragma(*db, "synchronous"), QStringLiteral("1")); // NORMAL
            QCOMPARE(pragma(*db, "temp_store"), QStringLiteral("2")); // MEMORY
            QCOMPARE(pragma(*db, "journal_mode"), QStringLiteral("wal"));
            QCOMPARE(pragma(*db, "busy_timeout"), QStringLiteral("1234"));
            // The same file as the profile's own connection: it sees the migrated schema.
            QSqlQuery q(*db);
            QVERIFY(q.exec(QStringLiteral("SELECT value FROM profile WHERE key = 'id'")) && q.next());
            QCOMPARE(q.value(0).toString(), (*profile)->profileId());
            q.finish();
            db->close();
        }
        QSqlDatabase::removeDatabase(name);
        QVERIFY(!QSqlDatabase::contains(name));

        // The default options give the default busy timeout.
        {
            auto db = Database::openConnection((*profile)->filePath(), name);
            QVERIFY2(db, db ? "" : qPrintable(db.error().message));
            QCOMPARE(pragma(*db, "busy_timeout"), QStringLiteral("5000"));
            db->close();
        }
        QSqlDatabase::removeDatabase(name);
        // The profile's own connection is unaffected by the other's removal.
        QCOMPARE(pragma(**profile, "foreign_keys"), QStringLiteral("1"));
    }

    void transactionTakesTheWriteLockAtOnce()
    {
        QTemporaryDir dir;
        auto profile = Database::open(dir.path());
        QVERIFY2(profile, profile ? "" : qPrintable(profile.error().message));
        const QString name = QStringLiteral("test-second-connection");
        const ScopedConnection guard(name);
        Database::Options impatient;
        impatient.busyTimeoutMs = 50;
        auto second = Database::openConnection((*profile)->filePath(), name, impatient);
        QVERIFY2(second, second ? "" : qPrintable(second.error().message));

        {
            Transaction tx((*profile)->connection());
            QVERIFY(tx.isActive());
            // Nothing written yet, and the other connection can already not start writing.
            QSqlQuery begin(*second);
            QVERIFY(!begin.exec(QStringLiteral("BEGIN IMMEDIATE")));
            QVERIFY2(begin.lastError().databaseText().contains(QStringLiteral("locked"))
                         || begin.lastError().databaseText().contains(QStringLiteral("busy")),
                     qPrintable(begin.lastError().text()));
            // Reading goes on meanwhile (WAL).
            QSqlQuery read(*second);
            QVERIFY(read.exec(QStringLiteral("SELECT COUNT(*) FROM accounts")) && read.next());
            read.finish();

            // A Transaction that cannot begin says which operation could not be done.
            QTest::ignoreMessage(QtWarningMsg,
                                 QRegularExpression(QStringLiteral("^cannot begin transaction")));
            QTest::ignoreMessage(QtWarningMsg,
                                 QRegularExpression(QStringLiteral("^import the holiday videos failed")));
            Transaction refused(*second);
            QVERIFY(!refused.isActive());
            QVERIFY(!refused.commit());
            const Error error = refused.error(QStringLiteral("import the holiday videos"));
            QCOMPARE(error.kind, Error::Kind::Storage);
            QVERIFY2(error.message.contains(QStringLiteral("import the holiday videos")),
                     qPrintable(error.message));
            QVERIFY2(error.message.contains(QStringLiteral("locked")), qPrintable(error.message));

            QVERIFY(tx.commit());
            QVERIFY(!tx.isActive());
        }

        QSqlQuery begin(*second);
        QVERIFY2(begin.exec(QStringLiteral("BEGIN IMMEDIATE")), qPrintable(begin.lastError().text()));
        QVERIFY(begin.exec(QStringLiteral("ROLLBACK")));
        begin.finish();

        // And a Transaction of the second connection begins now.
        {
            Transaction tx(*second);
            QVERIFY(tx.isActive());
            QVERIFY(tx.commit());
        }
        second->close();
    }

    void dataDirThatIsAFileIsRefused()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("plain-file"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        auto db = Database::open(file);
        QVERIFY(!db);
        QCOMPARE(db.error().code, QStringLiteral("data_dir_not_a_folder"));
    }
};

TRAVELFLOW_TEST_MAIN(TestDatabase, QCoreApplication)
#include "test_database.moc"
