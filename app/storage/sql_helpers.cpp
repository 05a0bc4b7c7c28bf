#include "sql_helpers.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QTimeZone>

#include <array>
#include <cstdio>

namespace travelflow::sql {

QVariant fromDateTime(const QDateTime &dt)
{
    if (!dt.isValid())
        return {};
    const QDateTime utc = dt.toUTC();
    const QDate d = utc.date();
    if (d.year() < 0 || d.year() > 9999)
        return utc.toString(Qt::ISODateWithMs);
    // Qt::ISODateWithMs of a UTC time, written directly: a big inbox page formats hundreds.
    const QTime t = utc.time();
    std::array<char, 32> text{};
    const int n = std::snprintf(text.data(), text.size(), "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", d.year(),
                                d.month(), d.day(), t.hour(), t.minute(), t.second(), t.msec());
    return QString::fromLatin1(text.data(), n);
}

QDateTime toDateTime(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime dt = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(v.toString(), Qt::ISODate);
    return dt.isValid() ? dt.toUTC() : QDateTime();
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QVariant notNull(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

QVariant fromTags(const QStringList &tags)
{
    QStringList clean;
    for (const QString &tag : tags) {
        const QString t = tag.simplified(); // a line break inside a tag would split it
        if (!t.isEmpty())
            clean.append(t);
    }
    return notNull(clean.join(QLatin1Char('\n')));
}

QStringList toTags(const QVariant &v)
{
    return v.toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

std::optional<qint64> toOptionalInt(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

std::optional<double> toOptionalDouble(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toDouble();
}

namespace {

Error storageErrorFor(const QString &operation, const QString &databaseText)
{
    return Error::make(Error::Kind::Storage, QStringLiteral("storage"),
                       QCoreApplication::translate("Storage", "Could not %1 in the database: %2")
                           .arg(operation, databaseText));
}

} // namespace

Error storageError(const QString &operation, const QSqlQuery &query)
{
    const QSqlError err = query.lastError();
    qCWarning(lcStorage).noquote() << operation << "failed:" << err.text();
    return storageErrorFor(operation, err.databaseText());
}

Error storageError(const QString &operation, const QString &databaseText)
{
    qCWarning(lcStorage).noquote() << operation << "failed:" << databaseText;
    return storageErrorFor(operation, databaseText);
}

Error transactionError(const QString &operation, const QSqlError &error)
{
    qCWarning(lcStorage).noquote() << operation << "failed:" << error.text();
    return storageErrorFor(operation, error.databaseText());
}

std::optional<Error> exec(QSqlQuery &query, const QString &operation)
{
    if (query.exec())
        return std::nullopt;
    return storageError(operation, query);
}

} // namespace travelflow::sql
