#include "video_importer.h"

#include "core/logging.h"
#include "fingerprint.h"
#include "media_probe.h"
#include "storage/video_repository.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace travelflow {

VideoImporter::VideoImporter(const QSqlDatabase &db, QObject *parent) : QObject(parent), m_db(db)
{
    connect(&m_diskWatcher, &QFutureWatcher<DiskFacts>::finished, this, &VideoImporter::onDiskFacts);
    connect(&m_expandWatcher, &QFutureWatcher<QList<Candidate>>::finished, this, &VideoImporter::onExpanded);
}

VideoImporter::~VideoImporter()
{
    m_expandWatcher.waitForFinished();
    m_diskWatcher.waitForFinished();
}

QStringList VideoImporter::videoExtensions()
{
    return {QStringLiteral("mp4"),  QStringLiteral("m4v"),  QStringLiteral("mov"), QStringLiteral("qt"),
            QStringLiteral("webm"), QStringLiteral("mkv"),  QStringLiteral("avi"), QStringLiteral("ts"),
            QStringLiteral("mts"),  QStringLiteral("m2ts"), QStringLiteral("3gp"), QStringLiteral("insv")};
}

QList<VideoImporter::Candidate> VideoImporter::expand(const QStringList &paths)
{
    QList<Candidate> out;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            out.append({info.absoluteFilePath(), true});
            continue;
        }
        QStringList files;
        QDirIterator it(info.absoluteFilePath(), QDir::Files | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        std::sort(files.begin(), files.end());
        for (const QString &f : files)
            out.append({f, false});
    }
    return out;
}

void VideoImporter::start(const QStringList &paths)
{
    Q_ASSERT(!m_running);
    m_queue.clear();
    m_total = 0;
    m_done = 0;
    m_summary = {};
    m_cancelled = false;
    m_running = true;
    // A dropped folder can hold a whole photo archive: walk it on a worker thread.
    m_expandWatcher.setFuture(QtConcurrent::run(&VideoImporter::expand, paths));
}

void VideoImporter::onExpanded()
{
    m_queue = m_expandWatcher.result();
    m_total = static_cast<int>(m_queue.size());
    qCInfo(lcLibrary) << "import started," << m_total << "files";
    Q_EMIT progress(0, m_total);
    next();
}

void VideoImporter::cancel()
{
    m_cancelled = true;
}

void VideoImporter::next()
{
    if (m_cancelled || m_queue.isEmpty()) {
        m_running = false;
        m_summary.cancelled = m_cancelled && !m_queue.isEmpty();
        m_queue.clear();
        qCInfo(lcLibrary) << "import finished:" << m_summary.imported << "imported," << m_summary.duplicates
                          << "duplicates," << m_summary.rejected << "rejected," << m_summary.skipped
                          << "skipped";
        Q_EMIT finished(m_summary);
        return;
    }
    m_current = m_queue.takeFirst();
    const QFileInfo info(m_current.path);
    if (!m_current.explicitlyNamed && !videoExtensions().contains(info.suffix().toLower())) {
        complete({m_current.path, ImportResult::Outcome::Skipped, 0, QStringLiteral("not_a_video"),
                  tr("skipped: not a video file")});
        return;
    }
    m_diskWatcher.setFuture(QtConcurrent::run(&VideoImporter::gatherDiskFacts, m_current.path));
}

VideoImporter::DiskFacts VideoImporter::gatherDiskFacts(const QString &path)
{
    DiskFacts facts;
    facts.canonicalPath = QFileInfo(path).canonicalFilePath();
    facts.report = ContainerInspector::inspect(path);
    if (facts.report.verdict == ContainerInspector::Verdict::Ok) {
        auto fp = Fingerprint::ofFile(path);
        if (fp)
            facts.fingerprint = *fp;
        else
            facts.fingerprintError = fp.error();
    }
    return facts;
}

void VideoImporter::onDiskFacts()
{
    m_facts = m_diskWatcher.result();
    const auto &report = m_facts.report;
    if (report.verdict != ContainerInspector::Verdict::Ok) {
        complete({m_current.path, ImportResult::Outcome::Rejected, 0, report.reasonCode, report.reason});
        return;
    }
    if (m_facts.fingerprintError) {
        complete({m_current.path, ImportResult::Outcome::Rejected, 0, QStringLiteral("unreadable"),
                  m_facts.fingerprintError->message});
        return;
    }

    VideoRepository repo(m_db);
    for (const auto &existing :
         {repo.findByFingerprint(m_facts.fingerprint), repo.findByPath(m_facts.canonicalPath)}) {
        if (!existing) {
            complete({m_current.path, ImportResult::Outcome::Rejected, 0, existing.error().code,
                      existing.error().message});
            return;
        }
        if (existing->has_value()) {
            complete({m_current.path, ImportResult::Outcome::Duplicate, (*existing)->id, {}, {}});
            return;
        }
    }

    m_probe = new MediaProbe(this);
    connect(m_probe, &MediaProbe::finished, this, &VideoImporter::onProbed);
    m_probe->start(m_facts.canonicalPath);
}

void VideoImporter::onProbed(const ProbeResult &probe, const std::optional<Error> &error)
{
    m_probe->deleteLater();
    m_probe = nullptr;
    if (error) {
        complete({m_current.path, ImportResult::Outcome::Rejected, 0, error->code, error->message});
        return;
    }
    const auto &report = m_facts.report;
    Video video;
    video.path = m_facts.canonicalPath;
    video.fingerprint = m_facts.fingerprint;
    video.sizeBytes = report.sizeBytes;
    video.durationMs = probe.durationMs;
    video.width = probe.width;
    video.height = probe.height;
    video.fps = probe.fps;
    video.videoCodec = probe.videoCodec;
    video.audioCodec = probe.audioCodec;
    video.container = report.container;
    // The container's own fields are exact; the decoder's tags are the fallback.
    video.rotation = report.rotation.value_or(probe.rotation.value_or(0));
    video.createdAt = report.createdAt.isValid() ? report.createdAt : probe.createdAt;
    video.location = report.location;

    const auto id = VideoRepository(m_db).insert(video);
    if (!id) {
        complete({m_current.path, ImportResult::Outcome::Rejected, 0, id.error().code, id.error().message});
        return;
    }
    complete({m_current.path, ImportResult::Outcome::Imported, *id, {}, {}});
}

void VideoImporter::complete(const ImportResult &result)
{
    switch (result.outcome) {
    case ImportResult::Outcome::Imported: ++m_summary.imported; break;
    case ImportResult::Outcome::Duplicate: ++m_summary.duplicates; break;
    case ImportResult::Outcome::Rejected: ++m_summary.rejected; break;
    case ImportResult::Outcome::Skipped: ++m_summary.skipped; break;
    }
    ++m_done;
    Q_EMIT fileFinished(result);
    Q_EMIT progress(m_done, m_total);
    QMetaObject::invokeMethod(this, &VideoImporter::next, Qt::QueuedConnection);
}

} // namespace travelflow
