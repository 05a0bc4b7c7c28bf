#include "youtube_publisher.h"

#include "common/file_slice_device.h"
#include "common/network_job.h"
#include "youtube_auth.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QPointer>

namespace travelflow {

namespace {

const QString kPlatform = QStringLiteral("youtube");

// "bytes=0-524287" -> 524288; absent -> 0.
qint64 acknowledgedFromRange(const QByteArray &range)
{
    const int dash = range.lastIndexOf('-');
    if (!range.startsWith("bytes=") || dash < 0)
        return 0;
    bool ok = false;
    const qint64 last = range.mid(dash + 1).toLongLong(&ok);
    return ok ? last + 1 : 0;
}

PlatformError failure(PlatformError::Kind kind, const QString &code, const QString &message)
{
    PlatformError e;
    e.platform = kPlatform;
    e.kind = kind;
    e.code = code;
    e.message = message;
    return e;
}

// One publish: start (or re-find) the session, then send chunk after chunk.
class YouTubePublishOperation : public PublishOperation
{
public:
    YouTubePublishOperation(QNetworkAccessManager *nam, const EndpointTable &endpoints, qint64 chunkSize,
                            PublishSpec spec, PublishCheckpoint from, OAuthTokens tokens)
        : m_nam(nam), m_endpoints(endpoints), m_chunkSize(chunkSize), m_spec(std::move(spec)),
          m_state(std::move(from)), m_tokens(std::move(tokens))
    { }

    void start() override
    {
        if (m_state.stage == PublishCheckpoint::Stage::Published
            || m_state.stage == PublishCheckpoint::Stage::Processing)
            return finishLater(std::nullopt); // the video exists: never upload it twice
        if (!m_state.uploadUrl.isEmpty())
            return queryProgress();
        startSession();
    }

    void cancel() override
    {
        m_cancelled = true;
        if (m_job)
            m_job->abort();
    }

private:
    NetworkJob *newJob(const QString &endpoint, const QByteArray &verb, const QNetworkRequest &request)
    {
        auto *job = new NetworkJob(m_nam, kPlatform, endpoint, verb, request, this);
        job->setErrorMapper(&YouTubeAuth::mapError);
        m_job = job;
        return job;
    }

    void startSession()
    {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("uploadType"), QStringLiteral("resumable"));
        q.addQueryItem(QStringLiteral("part"), QStringLiteral("snippet,status"));
        QNetworkRequest request = NetworkJob::bearerRequest(
            m_endpoints.url(QStringLiteral("youtube.upload"), QStringLiteral("/videos"), q),
            m_tokens.accessToken);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json; charset=UTF-8"));
        request.setRawHeader("X-Upload-Content-Length", QByteArray::number(m_spec.fileSize));
        request.setRawHeader("X-Upload-Content-Type", m_spec.mimeType.toUtf8());
        NetworkJob *job = newJob(QStringLiteral("youtube.upload.start"), "POST", request);
        job->setBody(QJsonDocument(YouTubePublisher::videoResource(m_spec)).toJson(QJsonDocument::Compact));
        job->setExpectJson(false);
        connect(job, &NetworkJob::finished, this, [this](const NetworkResult &r) {
            if (!r.ok())
                return finish(r.error);
            const QByteArray location = r.header("Location");
            if (location.isEmpty()) {
                return finish(
                    failure(PlatformError::Kind::Transient, QStringLiteral("no_session"),
                            tr("YouTube did not open an upload session. TravelFlow will try again.")));
            }
            m_state.stage = PublishCheckpoint::Stage::Uploading;
            m_state.uploadUrl = QString::fromUtf8(location);
            m_state.uploadOffset = 0;
            m_state.uploadUrlExpiresAt = QDateTime::currentDateTimeUtc().addDays(7);
            Q_EMIT checkpoint(m_state); // the session URI is saved before any byte is sent
            sendChunk();
        });
        job->start();
    }

    // After a restart: ask Google how much of the file it has.
    void queryProgress()
    {
        QNetworkRequest request = NetworkJob::bearerRequest(QUrl(m_state.uploadUrl), m_tokens.accessToken);
        request.setRawHeader("Content-Range", "bytes */" + QByteArray::number(m_spec.fileSize));
        NetworkJob *job = newJob(QStringLiteral("youtube.upload.status"), "PUT", request);
        job->setExpectJson(false);
        job->setAcceptedStatuses({308});
        connect(job, &NetworkJob::finished, this, [this](const NetworkResult &r) {
            if (r.httpStatus == 308) {
                m_state.uploadOffset = acknowledgedFromRange(r.header("Range"));
                Q_EMIT checkpoint(m_state);
                return sendChunk();
            }
            if (r.httpStatus == 404) {
                // The session expired: nothing was published, so a new one is safe.
                m_state = PublishCheckpoint();
                Q_EMIT checkpoint(m_state);
                return startSession();
            }
            if (r.ok())
                return completed(r);
            finish(r.error);
        });
        job->start();
    }

    void sendChunk()
    {
        if (m_cancelled)
            return finish(
                failure(PlatformError::Kind::Cancelled, QStringLiteral("cancelled"), tr("Cancelled.")));
        const qint64 first = m_state.uploadOffset;
        const qint64 length = qMin(m_chunkSize, m_spec.fileSize - first);
        auto *slice = new FileSliceDevice(m_spec.filePath, first, length);
        if (!slice->open(QIODevice::ReadOnly)) {
            const QString why = slice->errorString();
            delete slice;
            return finish(failure(PlatformError::Kind::Permanent, QStringLiteral("file_unreadable"),
                                  tr("The video file cannot be read: %1").arg(why)));
        }
        QNetworkRequest request = NetworkJob::bearerRequest(QUrl(m_state.uploadUrl), m_tokens.accessToken);
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_spec.mimeType.toUtf8());
        request.setHeader(QNetworkRequest::ContentLengthHeader, length);
        request.setRawHeader("Content-Range",
                             QStringLiteral("bytes %1-%2/%3")
                                 .arg(first)
                                 .arg(first + length - 1)
                                 .arg(m_spec.fileSize)
                                 .toLatin1());
        NetworkJob *job = newJob(QStringLiteral("youtube.upload.put"), "PUT", request);
        slice->setParent(job); // the request may read it after this operation is gone
        job->setBodyDevice(slice);
        job->setExpectJson(false);
        job->setAcceptedStatuses({308});
        connect(job, &NetworkJob::uploadProgress, this,
                [this, first](qint64 sent, qint64) { reportProgress(first + sent, m_spec.fileSize); });
        connect(job, &NetworkJob::finished, this, [this](const NetworkResult &r) {
            if (r.httpStatus == 308) {
                m_state.uploadOffset = acknowledgedFromRange(r.header("Range"));
                reportProgress(m_state.uploadOffset, m_spec.fileSize);
                Q_EMIT checkpoint(m_state); // saved before the next chunk goes out
                return sendChunk();
            }
            if (r.ok())
                return completed(r);
            finish(r.error);
        });
        job->start();
    }

    void completed(const NetworkResult &r)
    {
        const auto video = r.json();
        const QString id = video ? video->value(QStringLiteral("id")).toString() : QString();
        if (id.isEmpty()) {
            return finish(
                failure(PlatformError::Kind::Transient, QStringLiteral("no_video_id"),
                        tr("YouTube finished the upload without naming the video. TravelFlow will ask "
                           "again.")));
        }
        m_state.stage = PublishCheckpoint::Stage::Published;
        m_state.uploadOffset = m_spec.fileSize;
        m_state.remotePostId = id;
        reportProgress(m_spec.fileSize, m_spec.fileSize);
        finish(std::nullopt);
    }

    void finish(const std::optional<PlatformError> &error)
    {
        if (m_finished)
            return;
        m_finished = true;
        if (!error)
            Q_EMIT checkpoint(m_state);
        Q_EMIT finished(m_state, error);
    }

    void finishLater(const std::optional<PlatformError> &error)
    {
        QMetaObject::invokeMethod(
            this, [this, error] { finish(error); }, Qt::QueuedConnection);
    }

    QNetworkAccessManager *m_nam;
    EndpointTable m_endpoints;
    qint64 m_chunkSize;
    PublishSpec m_spec;
    PublishCheckpoint m_state;
    OAuthTokens m_tokens;
    QPointer<NetworkJob> m_job;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace

YouTubePublisher::YouTubePublisher(QNetworkAccessManager *nam, EndpointTable endpoints, qint64 chunkSize)
    : m_nam(nam), m_endpoints(std::move(endpoints)),
      m_chunkSize(qMax<qint64>(kChunkUnit, chunkSize / kChunkUnit * kChunkUnit))
{ }

QJsonObject YouTubePublisher::videoResource(const PublishSpec &spec)
{
    QJsonObject snippet{{QStringLiteral("title"), spec.caption.title},
                        {QStringLiteral("description"), spec.caption.caption}};
    if (!spec.caption.tags.isEmpty())
        snippet.insert(QStringLiteral("tags"), QJsonArray::fromStringList(spec.caption.tags));
    if (spec.options.contains(QStringLiteral("categoryId")))
        snippet.insert(QStringLiteral("categoryId"), spec.options.value(QStringLiteral("categoryId")));
    QJsonObject status{{QStringLiteral("privacyStatus"),
                        spec.caption.privacy.isEmpty() ? QStringLiteral("private") : spec.caption.privacy}};
    if (spec.caption.publishAt.isValid())
        status.insert(QStringLiteral("publishAt"), spec.caption.publishAt.toUTC().toString(Qt::ISODate));
    if (spec.options.contains(QStringLiteral("selfDeclaredMadeForKids")))
        status.insert(QStringLiteral("selfDeclaredMadeForKids"),
                      spec.options.value(QStringLiteral("selfDeclaredMadeForKids")));
    return QJsonObject{{QStringLiteral("snippet"), snippet}, {QStringLiteral("status"), status}};
}

std::unique_ptr<PublishOperation> YouTubePublisher::publish(const PublishSpec &spec,
                                                            const PublishCheckpoint &resumeFrom,
                                                            const OAuthTokens &tokens)
{
    return std::make_unique<YouTubePublishOperation>(m_nam, m_endpoints, m_chunkSize, spec, resumeFrom,
                                                     tokens);
}

void YouTubePublisher::status(const PublishCheckpoint &checkpoint, const OAuthTokens &tokens,
                              QObject *context, StatusCallback done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("part"), QStringLiteral("status"));
    q.addQueryItem(QStringLiteral("id"), checkpoint.remotePostId);
    auto *job = new NetworkJob(m_nam, kPlatform, QStringLiteral("youtube.api.videos.list"), "GET",
                               NetworkJob::bearerRequest(m_endpoints.url(QStringLiteral("youtube.api"),
                                                                         QStringLiteral("/videos"), q),
                                                         tokens.accessToken));
    job->setErrorMapper(&YouTubeAuth::mapError);
    QPointer<QObject> guard(context);
    QObject::connect(job, &NetworkJob::finished, context, [guard, done, checkpoint](const NetworkResult &r) {
        if (!guard)
            return;
        if (!r.ok())
            return done(PlatformOutcome<PublishCheckpoint>::failure(*r.error));
        PublishCheckpoint now = checkpoint;
        const QJsonArray items = r.json()->value(QStringLiteral("items")).toArray();
        if (items.isEmpty()) {
            now.stage = PublishCheckpoint::Stage::Failed;
            now.failureReason = QStringLiteral("deleted");
            return done(PlatformOutcome<PublishCheckpoint>::success(now));
        }
        const QJsonObject status = items.first().toObject().value(QStringLiteral("status")).toObject();
        const QString upload = status.value(QStringLiteral("uploadStatus")).toString();
        if (upload == QLatin1String("failed") || upload == QLatin1String("rejected")) {
            now.stage = PublishCheckpoint::Stage::Failed;
            now.failureReason
                = status.value(QStringLiteral("failureReason"))
                      .toString(status.value(QStringLiteral("rejectionReason")).toString(upload));
        } else {
            now.stage = PublishCheckpoint::Stage::Published;
        }
        done(PlatformOutcome<PublishCheckpoint>::success(now));
    });
    job->start();
}

void YouTubePublisher::metrics(const QString &remotePostId, const OAuthTokens &tokens, QObject *context,
                               MetricsCallback done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("part"), QStringLiteral("statistics"));
    q.addQueryItem(QStringLiteral("id"), remotePostId);
    auto *job = new NetworkJob(m_nam, kPlatform, QStringLiteral("youtube.api.videos.list"), "GET",
                               NetworkJob::bearerRequest(m_endpoints.url(QStringLiteral("youtube.api"),
                                                                         QStringLiteral("/videos"), q),
                                                         tokens.accessToken));
    job->setErrorMapper(&YouTubeAuth::mapError);
    QPointer<QObject> guard(context);
    QObject::connect(job, &NetworkJob::finished, context, [guard, done](const NetworkResult &r) {
        if (!guard)
            return;
        if (!r.ok())
            return done(PlatformOutcome<PostMetrics>::failure(*r.error));
        const QJsonArray items = r.json()->value(QStringLiteral("items")).toArray();
        if (items.isEmpty()) {
            return done(PlatformOutcome<PostMetrics>::failure(
                failure(PlatformError::Kind::Permanent, QStringLiteral("videoNotFound"),
                        tr("YouTube no longer has this video; it may have been deleted."))));
        }
        // YouTube sends the counters as strings; a hidden counter is absent.
        const QJsonObject s = items.first().toObject().value(QStringLiteral("statistics")).toObject();
        const auto counter = [&s](const char *name) -> std::optional<qint64> {
            const QJsonValue v = s.value(QLatin1String(name));
            if (v.isUndefined() || v.isNull())
                return std::nullopt;
            return v.toString().toLongLong();
        };
        PostMetrics m;
        m.views = counter("viewCount");
        m.likes = counter("likeCount");
        m.comments = counter("commentCount");
        done(PlatformOutcome<PostMetrics>::success(m));
    });
    job->start();
}

} // namespace travelflow
