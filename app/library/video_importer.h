#pragma once

#include "container_inspector.h"
#include "core/error.h"
#include "core/video.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace travelflow {

class MediaProbe;
struct ProbeResult;

// The outcome for one file of an import batch.
struct ImportResult
{
    enum class Outcome {
        Imported,
        Duplicate,
        Rejected,
        Skipped
    };

    QString path;
    Outcome outcome = Outcome::Rejected;
    qint64 videoId = 0; // Imported: the new id; Duplicate: the existing one
    QString reasonCode; // Rejected/Skipped: stable code ("not_a_video", "truncated", ...)
    QString reason; // Rejected/Skipped: what is wrong and what to do, translated
};

struct ImportSummary
{
    int imported = 0;
    int duplicates = 0;
    int rejected = 0;
    int skipped = 0;
    bool cancelled = false;
};

// Imports files and folders into the library, one file at a time: container checks and
// the fingerprint run on a worker thread, the probe is asynchronous, so the event loop
// never waits. A bad file is reported and the batch goes on. Files are never copied or
// modified.
//
// Files found inside folders whose extension is not a video extension are skipped (they
// are reported, but do not count as failures); files named explicitly are always checked.
class VideoImporter : public QObject
{
    Q_OBJECT

public:
    explicit VideoImporter(const QSqlDatabase &db, QObject *parent = nullptr);
    ~VideoImporter() override;

    static QStringList videoExtensions();

    // Starts importing; emits fileFinished() per file and finished() at the end.
    void start(const QStringList &paths);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(int done, int total);
    void fileFinished(const travelflow::ImportResult &result);
    void finished(const travelflow::ImportSummary &summary);

private:
    struct Candidate
    {
        QString path;
        bool explicitlyNamed = false;
    };
    struct DiskFacts
    {
        QString canonicalPath;
        ContainerInspector::Report report;
        QString fingerprint;
        std::optional<Error> fingerprintError;
    };

    static QList<Candidate> expand(const QStringList &paths);
    void onExpanded();
    void next();
    void onDiskFacts();
    void onProbed(const struct ProbeResult &probe, const std::optional<Error> &error);
    void complete(const ImportResult &result);
    static DiskFacts gatherDiskFacts(const QString &path);

    QSqlDatabase m_db;
    QList<Candidate> m_queue;
    int m_total = 0;
    int m_done = 0;
    bool m_running = false;
    bool m_cancelled = false;
    ImportSummary m_summary;
    Candidate m_current;
    DiskFacts m_facts;
    QFutureWatcher<DiskFacts> m_diskWatcher;
    QFutureWatcher<QList<Candidate>> m_expandWatcher;
    MediaProbe *m_probe = nullptr;
};

} // namespace travelflow

Q_DECLARE_METATYPE(travelflow::ImportResult)
Q_DECLARE_METATYPE(travelflow::ImportSummary)
