#pragma once

#include "core/expected.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace travelflow {

// Applies numbered migration files (`NNNN_name.sql`, from a resource folder) that are
// newer than the database's schema_version, each in one transaction.
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    struct Migration
    {
        int version = 0;
        QString name;
        QString path;
    };

    static constexpr char kDefaultDirectory[] = ":/migrations";

    explicit Migrator(const QSqlDatabase &db, QString directory = QLatin1String(kDefaultDirectory));

    QList<Migration> available() const;
    int latestVersion() const;
    Expected<int> currentVersion() const;

    // Brings the schema up to `targetVersion` (default: the latest available). Returns
    // the resulting version. A database newer than every migration is an error: this
    // build cannot know what it holds.
    Expected<int> migrate(int targetVersion = -1);

    // Splits a script into statements, keeping trigger bodies (BEGIN ... END;) whole
    // and ignoring semicolons inside quotes and comments.
    static QStringList splitStatements(const QString &script);

private:
    Status ensureVersionTable();
    Status apply(const Migration &migration);

    QSqlDatabase m_db;
    QString m_directory;
};

} // namespace travelflow
