#include "sqlite_statement.h"

#include <QSqlDriver>

#include <atomic>

#ifdef TRAVELFLOW_SQLITE_SHARED_WITH_QT
#include <sqlite3.h>
#endif

namespace travelflow {

namespace {

std::atomic_bool g_enabled{true};

} // namespace

void SqliteStatement::setEnabled(bool enabled)
{
    g_enabled = enabled;
}

#ifdef TRAVELFLOW_SQLITE_SHARED_WITH_QT

namespace {

sqlite3 *handleOf(const QSqlDatabase &db)
{
    if (db.driverName() != QLatin1String("QSQLITE") || !db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

QVariant columnValue(sqlite3_stmt *statement, int column)
{
    switch (sqlite3_column_type(statement, column)) {
    case SQLITE_INTEGER: return qint64(sqlite3_column_int64(statement, column));
    case SQLITE_FLOAT: return sqlite3_column_double(statement, column);
    case SQLITE_NULL: return {};
    default:
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, column)),
                                 sqlite3_column_bytes(statement, column));
    }
}

int bind(sqlite3_stmt *statement, int column, const QVariant &value)
{
    if (value.isNull())
        return sqlite3_bind_null(statement, column);
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong: return sqlite3_bind_int64(statement, column, value.toLongLong());
    case QMetaType::Double: return sqlite3_bind_double(statement, column, value.toDouble());
    case QMetaType::QByteArray: {
        // UTF-8 text; `value` outlives the statement's step (run() clears the bindings).
        const auto *bytes = static_cast<const QByteArray *>(value.constData());
        return sqlite3_bind_text(statement, column, bytes->constData(), static_cast<int>(bytes->size()),
                                 SQLITE_STATIC);
    }
    default: {
        // UTF-8, the database's encoding: SQLite stores it without converting.
        const QByteArray utf8 = value.toString().toUtf8();
        return sqlite3_bind_text(statement, column, utf8.constData(), static_cast<int>(utf8.size()),
                                 SQLITE_TRANSIENT);
    }
    }
}

} // namespace

bool SqliteStatement::available(const QSqlDatabase &db)
{
    return g_enabled && handleOf(db) != nullptr;
}

SqliteStatement::SqliteStatement(const QSqlDatabase &db, const QString &sql) : m_db(handleOf(db))
{
    if (!m_db) {
        m_prepareError = QStringLiteral("no SQLite connection");
        return;
    }
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, text.constData(), static_cast<int>(text.size()), &m_statement, nullptr)
        != SQLITE_OK)
        m_prepareError = QString::fromUtf8(sqlite3_errmsg(m_db));
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

std::optional<QString> SqliteStatement::run(std::span<const QVariant> values,
                                            const std::function<void(const QVariantList &)> &row)
{
    if (!m_statement)
        return m_prepareError;
    sqlite3_reset(m_statement);
    int column = 0;
    for (const QVariant &value : values) {
        if (bind(m_statement, ++column, value) != SQLITE_OK)
            return QString::fromUtf8(sqlite3_errmsg(m_db));
    }
    int rc = sqlite3_step(m_statement);
    QVariantList columns;
    for (; rc == SQLITE_ROW; rc = sqlite3_step(m_statement)) {
        if (!row)
            continue;
        columns.clear();
        for (int c = 0; c < sqlite3_column_count(m_statement); ++c)
            columns.append(columnValue(m_statement, c));
        row(columns);
    }
    std::optional<QString> error
        = rc == SQLITE_DONE ? std::nullopt : std::optional(QString::fromUtf8(sqlite3_errmsg(m_db)));
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    return error;
}

#else // Qt's SQLite is not TravelFlow's: never driven directly.

bool SqliteStatement::available(const QSqlDatabase &)
{
    return false;
}

SqliteStatement::SqliteStatement(const QSqlDatabase &, const QString &)
    : m_prepareError(QStringLiteral("direct SQLite access is not built in"))
{ }

SqliteStatement::~SqliteStatement() = default;

std::optional<QString> SqliteStatement::run(std::span<const QVariant>,
                                            const std::function<void(const QVariantList &)> &)
{
    return m_prepareError;
}

#endif

} // namespace travelflow
