#pragma once

#include "core/expected.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace travelflow {

// Writes the inbox's leads to a CSV file (RFC 4180: comma-separated, CRLF, quoted where
// needed, UTF-8; optionally with a byte-order mark so Excel reads the encoding right).
// Pages through the rows, so the size of the inbox does not matter; the file appears whole
// or not at all.
class LeadExporter
{
    Q_DECLARE_TR_FUNCTIONS(LeadExporter)

public:
    static Expected<qint64> exportCsv(const QSqlDatabase &db, const QString &path, bool withBom);
    // One field, quoted when it holds a comma, a quote, CR or LF.
    static QString field(const QString &value);
};

} // namespace travelflow
