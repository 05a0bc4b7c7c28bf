#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <functional>
#include <optional>
#include <span>

struct sqlite3;
struct sqlite3_stmt;

namespace travelflow {

// One statement run many times straight through SQLite's C API, on Qt's own connection
// handle (same connection, same transaction). For bulk inserts: QtSql's per-value
// binding costs more than SQLite's insert itself. Sound only when Qt's SQLite plugin
// and TravelFlow use one and the same libsqlite3 (a distribution's Qt; Qt's own builds
// carry a private copy): app/CMakeLists.txt checks that and otherwise leaves this out,
// and available() is then false. Callers keep a QtSql path for that case.
class SqliteStatement
{
public:
    // Whether `db` can be driven directly (compiled in, the QSQLITE driver, an open handle).
    static bool available(const QSqlDatabase &db);
    // Tests switch the direct path off to run the portable one on the same machine.
    static void setEnabled(bool enabled);

    SqliteStatement(const QSqlDatabase &db, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // Binds `values` in order (null, integers, doubles, text; a QByteArray is UTF-8 text,
    // bound without a copy) and runs the statement to its
    // end, handing each result row to `row` (integers, doubles, text, null); the database's
    // message when preparing or running failed.
    std::optional<QString> run(std::span<const QVariant> values,
                               const std::function<void(const QVariantList &)> &row = {});

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_prepareError;
};

} // namespace travelflow
