#include "migrator.h"

#include "core/logging.h"
#include "sql_helpers.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace travelflow {

namespace {

bool isTriggerStart(const QString &statement)
{
    static const QRegularExpression re(QStringLiteral("^CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(statement).hasMatch();
}

bool endsWithEnd(const QString &statement)
{
    static const QRegularExpression re(QStringLiteral("\\bEND\\s*$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(statement).hasMatch();
}

} // namespace

Migrator::Migrator(const QSqlDatabase &db, QString directory)
    : m_db(db), m_directory(std::move(directory)) { }

QList<Migrator::Migration> Migrator::available() const
{
    static const QRegularExpression nameRe(QStringLiteral("^(\\d+)_([A-Za-z0-9_]+)\\.sql$"));
    QList<Migration> result;
    const QStringList files = QDir(m_directory).entryList({QStringLiteral("*.sql")}, QDir::Files);
    for (const QString &file : files) {
        const auto m = nameRe.match(file);
        if (!m.hasMatch()) {
            qCWarning(lcStorage) << "ignoring migration file with unexpected name" << file;
            continue;
        }
        result.append({m.captured(1).toInt(), m.captured(2), m_directory + QLatin1Char('/') + file});
    }
    std::sort(result.begin(), result.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return result;
}

int Migrator::latestVersion() const
{
    const auto all = available();
    return all.isEmpty() ? 0 : all.constLast().version;
}

Status Migrator::ensureVersionTable()
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                             " version INTEGER PRIMARY KEY NOT NULL,"
                             " name TEXT NOT NULL,"
                             " applied_at TEXT NOT NULL)"));
    if (auto err = sql::exec(q, tr("create the schema version table")))
        return *err;
    return {};
}

Expected<int> Migrator::currentVersion() const
{
    if (!m_db.tables().contains(QLatin1String("schema_version")))
        return 0;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version"));
    if (auto err = sql::exec(q, tr("read the schema version")))
        return *err;
    return q.next() ? q.value(0).toInt() : 0;
}

Expected<int> Migrator::migrate(int targetVersion)
{
    if (auto st = ensureVersionTable(); !st)
        return st.error();
    const auto current = currentVersion();
    if (!current)
        return current.error();

    const QList<Migration> migrations = available();
    const int latest = migrations.isEmpty() ? 0 : migrations.constLast().version;
    const int target = targetVersion < 0 ? latest : targetVersion;
    if (*current > latest) {
        return Error::make(Error::Kind::Storage, QStringLiteral("schema_too_new"),
                           tr("This profile was written by a newer TravelFlow (schema %1; this "
                              "version knows up to %2). Update TravelFlow to open it.")
                               .arg(*current)
                               .arg(latest));
    }

    int version = *current;
    for (const Migration &m : migrations) {
        if (m.version <= version || m.version > target)
            continue;
        if (auto st = apply(m); !st)
            return st.error();
        version = m.version;
        qCInfo(lcStorage) << "applied migration" << m.version << m.name;
    }
    return version;
}

Status Migrator::apply(const Migration &migration)
{
    QFile file(migration.path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(Error::Kind::Internal, QStringLiteral("migration_missing"),
                           tr("Migration %1 cannot be read: %2").arg(migration.path, file.errorString()));
    }
    const QStringList statements = splitStatements(QString::fromUtf8(file.readAll()));

    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error(tr("upgrade the database to version %1").arg(migration.version));
    for (const QString &statement : statements) {
        QSqlQuery q(m_db);
        if (!q.exec(statement)) {
            qCWarning(lcStorage).noquote()
                << "migration" << migration.version << "failed at:" << statement << q.lastError().text();
            return Error::make(Error::Kind::Storage, QStringLiteral("migration_failed"),
                               tr("Upgrading the database to version %1 failed (%2). Nothing was "
                                  "changed; please report this problem.")
                                   .arg(migration.version)
                                   .arg(q.lastError().databaseText()));
        }
    }
    QSqlQuery record(m_db);
    record.prepare(QStringLiteral("INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)"));
    record.addBindValue(migration.version);
    record.addBindValue(migration.name);
    record.addBindValue(sql::nowText());
    if (auto err = sql::exec(record, tr("record the schema version")))
        return *err;
    if (!tx.commit()) {
        return Error::make(Error::Kind::Storage, QStringLiteral("storage"),
                           tr("Could not save the database upgrade: %1").arg(m_db.lastError().text()));
    }
    return {};
}

QStringList Migrator::splitStatements(const QString &script)
{
    QStringList out;
    QString current;
    enum class Mode {
        Code,
        Single,
        Double,
        LineComment,
        BlockComment
    } mode = Mode::Code;

    const auto flush = [&] {
        const QString s = current.trimmed();
        if (!s.isEmpty())
            out.append(s);
        current.clear();
    };

    for (qsizetype i = 0; i < script.size(); ++i) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < script.size() ? script.at(i + 1) : QChar();
        switch (mode) {
        case Mode::LineComment:
            if (c == QLatin1Char('\n')) {
                mode = Mode::Code;
                current.append(c);
            }
            continue;
        case Mode::BlockComment:
            if (c == QLatin1Char('*') && next == QLatin1Char('/')) {
                mode = Mode::Code;
                ++i;
            }
            continue;
        case Mode::Single:
            current.append(c);
            if (c == QLatin1Char('\''))
                mode = Mode::Code;
            continue;
        case Mode::Double:
            current.append(c);
            if (c == QLatin1Char('"'))
                mode = Mode::Code;
            continue;
        case Mode::Code: break;
        }
        if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
            mode = Mode::LineComment;
            ++i;
        } else if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            mode = Mode::BlockComment;
            ++i;
        } else if (c == QLatin1Char('\'')) {
            mode = Mode::Single;
            current.append(c);
        } else if (c == QLatin1Char('"')) {
            mode = Mode::Double;
            current.append(c);
        } else if (c == QLatin1Char(';')) {
            const QString trimmed = current.trimmed();
            if (isTriggerStart(trimmed) && !endsWithEnd(trimmed))
                current.append(c);
            else
                flush();
        } else {
            current.append(c);
        }
    }
    flush();
    return out;
}

} // namespace travelflow
