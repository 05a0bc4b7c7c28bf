#pragma once

#include "core/expected.h"
#include "core/interaction.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace travelflow {

// Reads and writes the `metrics_snapshots` table: engagement counters of published posts.
class MetricsRepository
{
    Q_DECLARE_TR_FUNCTIONS(MetricsRepository)

public:
    explicit MetricsRepository(const QSqlDatabase &db);

    // Stores the snapshot (an invalid takenAt becomes now) and returns its id. A second
    // snapshot of the same job at the same moment is refused.
    Expected<qint64> add(const MetricsSnapshot &snapshot);

    // Oldest first.
    Expected<QList<MetricsSnapshot>> listForJob(qint64 publishJobId);

private:
    QSqlDatabase m_db;
};

} // namespace travelflow
