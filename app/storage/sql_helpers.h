#pragma once

#include "core/error.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace travelflow::sql {

// Timestamps are stored as ISO 8601 UTC text with milliseconds: portable and sortable.
QVariant fromDateTime(const QDateTime &dt);
QDateTime toDateTime(const QVariant &v);
QString nowText();

// NULL for empty strings / absent values, so optional columns stay NULL.
QVariant nullIfEmpty(const QString &s);
// '' for null strings: Qt binds a null QString as SQL NULL, which NOT NULL text columns refuse.
QVariant notNull(const QString &s);
// Tag lists are stored one tag per line.
QVariant fromTags(const QStringList &tags);
QStringList toTags(const QVariant &v);
template<typename T>
QVariant fromOptional(const std::optional<T> &v)
{
    return v ? QVariant::fromValue(*v) : QVariant();
}
std::optional<qint64> toOptionalInt(const QVariant &v);
std::optional<double> toOptionalDouble(const QVariant &v);

// A Storage error that names the operation; the SQL text is logged, not shown.
Error storageError(const QString &operation, const QSqlQuery &query);
// The same from the database's own message (a statement run outside QtSql).
Error storageError(const QString &operation, const QString &databaseText);

// A Storage error for a failed begin/commit (Transaction::error).
Error transactionError(const QString &operation, const QSqlError &error);

// Prepares and runs `query`; on failure logs and returns the error.
std::optional<Error> exec(QSqlQuery &query, const QString &operation);

} // namespace travelflow::sql
