// Migrations: fresh, from each older version, rollback of a failing step, statement
// splitting, and the real schema's shape.

#include "storage/database.h"
#include "storage/migrator.h"
#include "support/test_env.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace travelflow;

namespace {
const QString kTestMigrations = QStringLiteral(":/test-migrations");
const QString kBrokenMigrations = QStringLiteral(":/broken-migrations");
} // namespace

class TestMigrator : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    QSqlDatabase openRaw()
    {
        const QString name = QStringLiteral("migrator-test-%1").arg(++m_counter);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_dir.filePath(name + QStringLiteral(".sqlite")));
        if (!db.open())
            qWarning("cannot open test database");
        return db;
    }

    static QStringList tables(const QSqlDatabase &db)
    {
        QStringList names;
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        while (q.next())
            names << q.value(0).toString();
        return names;
    }

    static int scalar(const QSqlDatabase &db, const QString &sql)
    {
        QSqlQuery q(db);
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

private Q_SLOTS:
    void splitsStatements()
    {
        const QStringList parts = Migrator::splitStatements(
            QStringLiteral("-- comment; with semicolon\n"
                           "CREATE TABLE a (x TEXT DEFAULT 'a;b');\n"
                           "/* block; comment */ INSERT INTO a VALUES (\"q;q\");\n"
                           "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  INSERT INTO a VALUES ('1');\n  "
                           "DELETE FROM a WHERE x = '2';\nEND;\n"
                           "SELECT 1"));
        QCOMPARE(parts.size(), 4);
        QCOMPARE(parts[0], QStringLiteral("CREATE TABLE a (x TEXT DEFAULT 'a;b')"));
        QCOMPARE(parts[1], QStringLiteral("INSERT INTO a VALUES (\"q;q\")"));
        QVERIFY(parts[2].startsWith(QStringLiteral("CREATE TRIGGER t")));
        QVERIFY(parts[2].endsWith(QStringLiteral("END")));
        QVERIFY(parts[2].contains(QStringLiteral("DELETE FROM a")));
        QCOMPARE(parts[3], QStringLiteral("SELECT 1"));
    }

    void listsMigrationsInOrder()
    {
        QSqlDatabase db = openRaw();
        Migrator m(db, kTestMigrations);
        const auto all = m.available();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all[0].version, 1);
        QCOMPARE(all[2].version, 3);
        QCOMPARE(all[1].name, QStringLiteral("second"));
        QCOMPARE(m.latestVersion(), 3);
    }

    void migratesFromEachOlderVersion_data()
    {
        QTest::addColumn<int>("startVersion");
        QTest::newRow("fresh") << 0;
        QTest::newRow("from v1") << 1;
        QTest::newRow("from v2") << 2;
        QTest::newRow("already latest") << 3;
    }

    void migratesFromEachOlderVersion()
    {
        QFETCH(int, startVersion);
        QSqlDatabase db = openRaw();
        Migrator m(db, kTestMigrations);
        if (startVersion > 0)
            QCOMPARE(*m.migrate(startVersion), startVersion);
        QCOMPARE(*m.currentVersion(), startVersion);

        const auto result = m.migrate();
        QVERIFY2(result, result ? "" : qPrintable(result.error().message));
        QCOMPARE(*result, 3);
        QCOMPARE(*m.currentVersion(), 3);
        // Each version was applied exactly once, whatever the starting point.
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM schema_version")), 3);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM notes WHERE body = 'added by v3'")), 1);
        QCOMPARE(
            scalar(db,
                   QStringLiteral("SELECT COUNT(*) FROM notes WHERE body = 'semi; colon inside a string'")),
            1);
        // The v2 trigger works, whole.
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO notes (body) VALUES ('x')")));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM note_log")), 2); // the v3 row and "x"
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM notes WHERE created_at = 'now'")), 2);
    }

    void failingStepRollsBackCompletely()
    {
        QSqlDatabase db = openRaw();
        Migrator m(db, kBrokenMigrations);
        const auto result = m.migrate();
        QVERIFY(!result);
        QCOMPARE(result.error().code, QStringLiteral("migration_failed"));
        QVERIFY(result.error().message.contains(QStringLiteral("version 2")));
        QCOMPARE(*m.currentVersion(), 1); // v1 stays applied
        QVERIFY(tables(db).contains(QStringLiteral("notes")));
        QVERIFY(!tables(db).contains(QStringLiteral("half_done"))); // v2's first statement undone
    }

    void refusesDatabaseFromTheFuture()
    {
        QSqlDatabase db = openRaw();
        Migrator m(db, kTestMigrations);
        QVERIFY(m.migrate());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version VALUES (9, 'future', 'x')")));
        const auto result = m.migrate();
        QVERIFY(!result);
        QCOMPARE(result.error().code, QStringLiteral("schema_too_new"));
        QVERIFY(result.error().message.contains(QStringLiteral("newer TravelFlow")));
    }

    void realSchemaHasEveryTable()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.path());
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        QCOMPARE((*db)->schemaVersion(), Migrator((*db)->connection()).latestVersion());
        const QStringList names = tables((*db)->connection());
        for (const char *t : {"accounts", "videos", "posts", "post_targets", "publish_jobs", "interactions",
                              "reply_outbox", "metrics_snapshots", "schema_version", "profile"})
            QVERIFY2(names.contains(QLatin1String(t)), t);
    }

    void realProfileUpgradesFromEachOlderVersionKeepingData()
    {
        const int latest = Migrator(QSqlDatabase(), QStringLiteral(":/migrations")).latestVersion();
        QVERIFY(latest >= 2);
        for (int version = 1; version < latest; ++version) {
            QTemporaryDir dir;
            {
                QSqlDatabase raw
                    = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old-profile"));
                raw.setDatabaseName(dir.filePath(QStringLiteral("travelflow.sqlite")));
                QVERIFY(raw.open());
                QCOMPARE(*Migrator(raw).migrate(version), version);
                QSqlQuery q(raw);
                QVERIFY(
                    q.exec(QStringLiteral("INSERT INTO videos (path, fingerprint, size_bytes, imported_at) "
                                          "VALUES ('/trip.mp4', 'fp', 10, '2026-01-01T00:00:00Z')")));
                raw.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("old-profile"));
            auto db = Database::open(dir.path());
            QVERIFY2(db, db ? "" : qPrintable(db.error().message));
            QCOMPARE((*db)->schemaVersion(), latest);
            QCOMPARE(scalar((*db)->connection(), QStringLiteral("SELECT COUNT(*) FROM videos")), 1);
            QVERIFY(tables((*db)->connection()).contains(QStringLiteral("lead_model_deltas")));
        }
    }

    void realSchemaHasNoSecretColumns()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.path());
        QVERIFY(db);
        const QSqlDatabase c = (*db)->connection();
        for (const QString &table : tables(c)) {
            QSqlQuery q(c);
            QVERIFY(q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)));
            while (q.next()) {
                const QString column = q.value(1).toString();
                if (column == QLatin1String("token_expires_at"))
                    continue;
                for (const char *word : {"token", "secret", "password", "refresh", "code_verifier"})
                    QVERIFY2(!column.contains(QLatin1String(word)),
                             qPrintable(table + QLatin1Char('.') + column));
            }
        }
    }
};

TRAVELFLOW_TEST_MAIN(TestMigrator, QCoreApplication)
#include "test_migrator.moc"
