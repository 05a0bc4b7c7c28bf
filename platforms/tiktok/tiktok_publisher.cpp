#include "tiktok_publisher.h"

#include "common/file_slice_device.h"
#include "tiktok_auth.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>

#include <algorithm>

namespace travelflow {

namespace {

const QString kPlatform = QStringLiteral("tiktok");
const QString kVideoFields = QStringLiteral("id,view_count,like_count,comment_count,share_count");
const QString kCreatorInfoEndpoint = QStringLiteral("tiktok.api.creator_info");
const QString kCreatorInfoPath = QStringLiteral("/v2/post/publish/creator_info/query/");
constexpr int kUploadUrlTtlSeconds = 3600;
constexpr int kUploadTimeoutMs = 10 * 60 * 1000;

// A POST to the v2 API with the bearer token and a JSON body; errors in TikTok's envelope
// are typed by TikTokAuth::mapError.
NetworkJob *apiJob(QNetworkAccessManager *nam, const EndpointTable &endpoints, const QString &endpoint,
                   const QString &path, const QJsonObject &body, const OAuthTokens &tokens,
                   const QUrlQuery &query = QUrlQuery())
{
    QNetworkRequest request = NetworkJob::bearerRequest(
        endpoints.url(QStringLiteral("tiktok.api"), path, query), tokens.accessToken);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/json; charset=UTF-8"));
    auto *job = new NetworkJob(nam, kPlatform, endpoint, "POST", request);
    job->setBody(QJsonDocument(body).toJson(QJsonDocument::Compact));
    job->setErrorMapper(&TikTokAuth::mapError);
    return job;
}

// Why a finished API request failed, including a non-"ok" envelope code in an HTTP 200.
std::optional<PlatformError> failureOf(const NetworkResult &result)
{
    if (result.error)
        return result.error;
    return TikTokAuth::mapError(result);
}

QJsonObject dataOf(const NetworkResult &result)
{
    return result.json().value_or(QJsonObject()).value(QStringLiteral("data")).toObject();
}

QString postIdFrom(const QJsonObject &data)
{
    const QJsonValue first = data.value(QStringLiteral("publicaly_available_post_id")).toArray().at(0);
    if (first.isString())
        return first.toString();
    if (first.isDouble())
        return QString::number(first.toInteger());
    return {};
}

bool isFinalStatus(const QString &status)
{
    return status == QLatin1String("PUBLISH_COMPLETE") || status == QLatin1String("SEND_TO_USER_INBOX")
        || status == QLatin1String("FAILED");
}

PlatformError makeError(PlatformError::Kind kind, const QString &code, const QString &message)
{
    PlatformError e;
    e.platform = kPlatform;
    e.kind = kind;
    e.code = code;
    e.message = message;
    return e;
}

PlatformError mediaRejected(const QString &reason)
{
    return makeError(PlatformError::Kind::MediaRejected, reason,
                     TikTokPublisher::tr("TikTok could not publish the video: %1.")
                         .arg(reason.isEmpty() ? TikTokPublisher::tr("no reason given") : reason));
}

std::optional<qint64> counter(const QJsonObject &video, const QString &key)
{
    const QJsonValue v = video.value(key);
    if (!v.isDouble())
        return std::nullopt;
    return v.toInteger();
}

} // namespace

// --- TikTokCreatorInfo -------------------------------------------------------------------

TikTokCreatorInfo TikTokCreatorInfo::fromData(const QJsonObject &data)
{
    TikTokCreatorInfo info;
    info.username = data.value(QStringLiteral("creator_username")).toString();
    info.nickname = data.value(QStringLiteral("creator_nickname")).toString();
    const QJsonArray options = data.value(QStringLiteral("privacy_level_options")).toArray();
    for (const auto &v : options) {
        if (v.isString() && !v.toString().isEmpty())
            info.privacyLevelOptions.append(v.toString());
    }
    info.commentDisabled = data.value(QStringLiteral("comment_disabled")).toBool();
    info.duetDisabled = data.value(QStringLiteral("duet_disabled")).toBool();
    info.stitchDisabled = data.value(QStringLiteral("stitch_disabled")).toBool();
    info.maxVideoPostDurationSec = data.value(QStringLiteral("max_video_post_duration_sec")).toInt();
    return info;
}

// --- TikTokChunkPlan ---------------------------------------------------------------------

TikTokChunkPlan TikTokChunkPlan::make(qint64 videoSize, qint64 preferredChunkSize)
{
    TikTokChunkPlan p;
    p.videoSize = videoSize;
    if (videoSize <= 0)
        return p;
    if (videoSize < kMinChunk) {
        p.chunkSize = videoSize;
        p.chunkCount = 1;
        return p;
    }
    qint64 chunk = std::clamp(preferredChunkSize, kMinChunk, kMaxChunk);
    chunk = std::min(chunk, videoSize);
    if (videoSize / chunk > kMaxChunks)
        chunk = std::min(kMaxChunk, (videoSize + kMaxChunks - 1) / kMaxChunks);
    p.chunkSize = chunk;
    p.chunkCount = static_cast<int>(videoSize / chunk);
    return p;
}

int TikTokChunkPlan::chunkAtOrAfter(qint64 offset) const
{
    if (offset >= videoSize)
        return chunkCount;
    if (offset <= 0 || chunkSize <= 0)
        return 0;
    const qint64 index = (offset + chunkSize - 1) / chunkSize;
    return static_cast<int>(std::min<qint64>(index, chunkCount - 1));
}

// --- TikTokPublisher ---------------------------------------------------------------------

TikTokPublisher::TikTokPublisher(QNetworkAccessManager *nam, EndpointTable endpoints,
                                 TikTokPublisherOptions options)
    : m_nam(nam), m_endpoints(std::move(endpoints)), m_options(options)
{ }

std::unique_ptr<PublishOperation> TikTokPublisher::publish(const PublishSpec &spec,
                                                           const PublishCheckpoint &resumeFrom,
                                                           const OAuthTokens &tokens)
{
    return std::make_unique<TikTokPublishOperation>(m_nam, m_endpoints, m_options, spec, resumeFrom, tokens);
}

void TikTokPublisher::status(const PublishCheckpoint &checkpoint, const OAuthTokens &tokens, QObject *context,
                             StatusCallback done)
{
    QPointer<QObject> guard(context);
    if (checkpoint.publishId.isEmpty()) {
        PlatformError e
            = makeError(PlatformError::Kind::InvalidInput, QStringLiteral("no_publish_id"),
                        tr("This TikTok post was never started, so TikTok has nothing to report."));
        e.field = QStringLiteral("publish_id");
        QMetaObject::invokeMethod(
            context,
            [guard, done, e] {
                if (guard)
                    done(PlatformOutcome<PublishCheckpoint>::failure(e));
            },
            Qt::QueuedConnection);
        return;
    }
    auto *job = apiJob(m_nam, m_endpoints, QStringLiteral("tiktok.api.status"),
                       QStringLiteral("/v2/post/publish/status/fetch/"),
                       QJsonObject{{QStringLiteral("publish_id"), checkpoint.publishId}}, tokens);
    QObject::connect(job, &NetworkJob::finished, context, [guard, done, checkpoint](const NetworkResult &r) {
        if (!guard)
            return;
        if (const auto error = failureOf(r))
            return done(PlatformOutcome<PublishCheckpoint>::failure(*error));
        const QJsonObject data = dataOf(r);
        const QString state = data.value(QStringLiteral("status")).toString();
        PublishCheckpoint cp = checkpoint;
        if (state == QLatin1String("PUBLISH_COMPLETE") || state == QLatin1String("SEND_TO_USER_INBOX")) {
            cp.stage = PublishCheckpoint::Stage::Published;
            cp.remotePostId = postIdFrom(data);
        } else if (state == QLatin1String("FAILED")) {
            cp.stage = PublishCheckpoint::Stage::Failed;
            cp.failureReason = data.value(QStringLiteral("fail_reason")).toString();
        } else if (cp.stage == PublishCheckpoint::Stage::Uploading) {
            cp.uploadOffset = data.value(QStringLiteral("uploaded_bytes")).toInteger(cp.uploadOffset);
        } else {
            cp.stage = PublishCheckpoint::Stage::Processing;
        }
        done(PlatformOutcome<PublishCheckpoint>::success(cp));
    });
    job->start();
}

void TikTokPublisher::metrics(const QString &remotePostId, const OAuthTokens &tokens, QObject *context,
                              MetricsCallback done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("fields"), kVideoFields);
    const QJsonObject body{
        {QStringLiteral("filters"), QJsonObject{{QStringLiteral("video_ids"), QJsonArray{remotePostId}}}}};
    auto *job = apiJob(m_nam, m_endpoints, QStringLiteral("tiktok.api.video.query"),
                       QStringLiteral("/v2/video/query/"), body, tokens, query);
    QPointer<QObject> guard(context);
    QObject::connect(
        job, &NetworkJob::finished, context, [guard, done, remotePostId](const NetworkResult &r) {
            if (!guard)
                return;
            if (const auto error = failureOf(r))
                return done(PlatformOutcome<PostMetrics>::failure(*error));
            PostMetrics m; // a video TikTok does not list (deleted, private): nothing reported
            const QJsonArray videos = dataOf(r).value(QStringLiteral("videos")).toArray();
            for (const auto &v : videos) {
                const QJsonObject video = v.toObject();
                const QJsonValue id = video.value(QStringLiteral("id"));
                const QString idText = id.isDouble() ? QString::number(id.toInteger()) : id.toString();
                if (idText != remotePostId)
                    continue;
                m.views = counter(video, QStringLiteral("view_count"));
                m.likes = counter(video, QStringLiteral("like_count"));
                m.comments = counter(video, QStringLiteral("comment_count"));
                m.shares = counter(video, QStringLiteral("share_count"));
                break;
            }
            done(PlatformOutcome<PostMetrics>::success(m));
        });
    job->start();
}

void TikTokPublisher::creatorInfo(const OAuthTokens &tokens, QObject *context,
                                  const CreatorInfoCallback &done)
{
    auto *job = apiJob(m_nam, m_endpoints, kCreatorInfoEndpoint, kCreatorInfoPath, QJsonObject(), tokens);
    QPointer<QObject> guard(context);
    QObject::connect(job, &NetworkJob::finished, context, [guard, done](const NetworkResult &r) {
        if (!guard)
            return;
        if (const auto error = failureOf(r))
            return done(PlatformOutcome<TikTokCreatorInfo>::failure(*error));
        TikTokCreatorInfo info = TikTokCreatorInfo::fromData(dataOf(r));
        if (info.privacyLevelOptions.isEmpty()) {
            PlatformError e = makeError(PlatformError::Kind::Transient, QStringLiteral("incomplete_answer"),
                                        tr("TikTok did not say who may watch this account's videos. "
                                           "TravelFlow will ask again."));
            e.httpStatus = r.httpStatus;
            return done(PlatformOutcome<TikTokCreatorInfo>::failure(e));
        }
        done(PlatformOutcome<TikTokCreatorInfo>::success(std::move(info)));
    });
    job->start();
}

// --- TikTokPublishOperation --------------------------------------------------------------

TikTokPublishOperation::TikTokPublishOperation(QNetworkAccessManager *nam, EndpointTable endpoints,
                                               TikTokPublisherOptions options, PublishSpec spec,
                                               PublishCheckpoint resumeFrom, OAuthTokens tokens)
    : m_nam(nam), m_endpoints(std::move(endpoints)), m_options(options), m_spec(std::move(spec)),
      m_cp(std::move(resumeFrom)), m_tokens(std::move(tokens))
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &TikTokPublishOperation::poll);
}

TikTokPublishOperation::~TikTokPublishOperation()
{
    m_finished = true; // nothing is reported from here on
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
    }
}

bool TikTokPublishOperation::inboxMode() const
{
    return m_spec.options.value(QStringLiteral("mode")).toString() == QLatin1String("inbox");
}

PlatformError TikTokPublishOperation::error(PlatformError::Kind kind, const QString &code,
                                            const QString &message) const
{
    return makeError(kind, code, message);
}

void TikTokPublishOperation::start()
{
    using Stage = PublishCheckpoint::Stage;
    // Published already: never publish twice. Failed: TikTok's verdict stands.
    if (m_cp.stage == Stage::Published)
        return finishLater(std::nullopt);
    if (m_cp.stage == Stage::Failed)
        return finishLater(mediaRejected(m_cp.failureReason));
    if (m_cp.stage == Stage::Processing && !m_cp.publishId.isEmpty()) {
        m_processingStartedMs = QDateTime::currentMSecsSinceEpoch();
        return poll();
    }

    const QFileInfo file(m_spec.filePath);
    const qint64 size = file.isFile() ? file.size() : -1;
    if (size <= 0 || (m_spec.fileSize > 0 && m_spec.fileSize != size)) {
        PlatformError e = error(
            PlatformError::Kind::InvalidInput, QStringLiteral("file_unreadable"),
            size <= 0 ? tr("The video file is missing or empty: %1").arg(m_spec.filePath)
                      : tr("The video file has changed since it was imported: %1").arg(m_spec.filePath));
        e.field = QStringLiteral("file");
        e.rule = QStringLiteral("tiktok.file.unchanged");
        return finishLater(e);
    }
    m_plan = TikTokChunkPlan::make(size, m_options.chunkSize);

    if (m_cp.stage == Stage::Uploading && !m_cp.publishId.isEmpty() && !m_cp.uploadUrl.isEmpty())
        return resumeUpload(false); // never init again: creators have a daily post cap

    m_cp = PublishCheckpoint();
    if (inboxMode())
        return init(TikTokCreatorInfo()); // drafts get their privacy in the TikTok app
    if (m_spec.caption.privacy.isEmpty()) {
        PlatformError e
            = error(PlatformError::Kind::InvalidInput, QStringLiteral("privacy_required"),
                    tr("Choose who can watch this TikTok video. TikTok requires an explicit choice."));
        e.field = QStringLiteral("privacy");
        e.rule = QStringLiteral("tiktok.privacy.required");
        return finishLater(e);
    }
    queryCreatorInfo();
}

void TikTokPublishOperation::cancel()
{
    if (m_finished)
        return;
    m_pollTimer.stop();
    if (m_job)
        m_job->abort();
    finish(
        error(PlatformError::Kind::Cancelled, QStringLiteral("cancelled"), tr("The upload was cancelled.")));
}

void TikTokPublishOperation::callApi(const QString &endpoint, const QString &path, const QJsonObject &body,
                                     const Handler &handler)
{
    auto *job = apiJob(m_nam, m_endpoints, endpoint, path, body, m_tokens);
    m_job = job;
    connect(job, &NetworkJob::finished, this, [this, handler](const NetworkResult &r) {
        if (m_finished)
            return;
        handler(r, failureOf(r));
    });
    job->start();
}

void TikTokPublishOperation::queryCreatorInfo()
{
    callApi(kCreatorInfoEndpoint, kCreatorInfoPath, QJsonObject(),
            [this](const NetworkResult &r, const std::optional<PlatformError> &e) {
                if (e)
                    return fail(*e);
                const TikTokCreatorInfo creator = TikTokCreatorInfo::fromData(dataOf(r));
                const QStringList &offered = creator.privacyLevelOptions;
                if (!offered.contains(m_spec.caption.privacy)) {
                    PlatformError invalid = error(
                        PlatformError::Kind::InvalidInput, QStringLiteral("privacy_level_option_mismatch"),
                        tr("TikTok does not offer \"%1\" for this account. Choose one of: %2.")
                            .arg(m_spec.caption.privacy, offered.join(QStringLiteral(", "))));
                    invalid.field = QStringLiteral("privacy");
                    invalid.rule = QStringLiteral("tiktok.privacy.not_offered");
                    return fail(invalid);
                }
                init(creator);
            });
}

void TikTokPublishOperation::init(const TikTokCreatorInfo &creator)
{
    QJsonObject body{{QStringLiteral("source_info"),
                      QJsonObject{{QStringLiteral("source"), QStringLiteral("FILE_UPLOAD")},
                                  {QStringLiteral("video_size"), m_plan.videoSize},
                                  {QStringLiteral("chunk_size"), m_plan.chunkSize},
                                  {QStringLiteral("total_chunk_count"), m_plan.chunkCount}}}};
    if (!inboxMode()) {
        const QJsonObject &o = m_spec.options;
        // What the creator disabled stays disabled, whatever the options say.
        const auto disabled = [&o](const char *option, bool byCreator) {
            return byCreator || o.value(QLatin1String(option)).toBool();
        };
        QJsonObject info{
            {QStringLiteral("privacy_level"), m_spec.caption.privacy},
            {QStringLiteral("title"), m_spec.caption.caption},
            {QStringLiteral("disable_comment"), disabled("disable_comment", creator.commentDisabled)},
            {QStringLiteral("disable_duet"), disabled("disable_duet", creator.duetDisabled)},
            {QStringLiteral("disable_stitch"), disabled("disable_stitch", creator.stitchDisabled)}};
        for (const char *flag : {"brand_content_toggle", "brand_organic_toggle", "is_aigc"}) {
            if (o.value(QLatin1String(flag)).isBool())
                info.insert(QLatin1String(flag), o.value(QLatin1String(flag)));
        }
        if (o.value(QStringLiteral("video_cover_timestamp_ms")).isDouble())
            info.insert(QStringLiteral("video_cover_timestamp_ms"),
                        o.value(QStringLiteral("video_cover_timestamp_ms")).toInteger());
        body.insert(QStringLiteral("post_info"), info);
    }
    const bool inbox = inboxMode();
    callApi(inbox ? QStringLiteral("tiktok.api.inbox.init") : QStringLiteral("tiktok.api.video.init"),
            inbox ? QStringLiteral("/v2/post/publish/inbox/video/init/")
                  : QStringLiteral("/v2/post/publish/video/init/"),
            body, [this](const NetworkResult &r, const std::optional<PlatformError> &e) {
                if (e)
                    return fail(*e);
                const QJsonObject data = dataOf(r);
                const QString publishId = data.value(QStringLiteral("publish_id")).toString();
                const QString uploadUrl = data.value(QStringLiteral("upload_url")).toString();
                if (publishId.isEmpty() || uploadUrl.isEmpty())
                    return fail(error(PlatformError::Kind::Transient, QStringLiteral("incomplete_answer"),
                                      tr("TikTok did not say where to upload the video. TravelFlow will "
                                         "try again.")));
                m_cp.stage = PublishCheckpoint::Stage::Uploading;
                m_cp.publishId = publishId;
                m_cp.uploadUrl = uploadUrl;
                m_cp.uploadOffset = 0;
                m_cp.uploadUrlExpiresAt = QDateTime::currentDateTimeUtc().addSecs(kUploadUrlTtlSeconds);
                m_nextChunk = 0;
                emitCheckpoint();
                putChunk();
            });
}

void TikTokPublishOperation::resumeUpload(bool afterRangeMismatch)
{
    callApi(QStringLiteral("tiktok.api.status"), QStringLiteral("/v2/post/publish/status/fetch/"),
            QJsonObject{{QStringLiteral("publish_id"), m_cp.publishId}},
            [this, afterRangeMismatch](const NetworkResult &r, const std::optional<PlatformError> &e) {
                if (e)
                    return fail(*e);
                const QJsonObject data = dataOf(r);
                if (isFinalStatus(data.value(QStringLiteral("status")).toString()))
                    return onStatus(data);
                const qint64 acknowledged = data.value(QStringLiteral("uploaded_bytes")).toInteger(-1);
                if (acknowledged < 0 && !afterRangeMismatch)
                    return fail(error(PlatformError::Kind::Transient, QStringLiteral("incomplete_answer"),
                                      tr("TikTok did not say how much of the video it has. TravelFlow will "
                                         "try again.")));
                m_nextChunk = m_plan.chunkAtOrAfter(std::max<qint64>(0, acknowledged));
                if (m_nextChunk >= m_plan.chunkCount)
                    return startProcessing();
                m_cp.uploadOffset = m_plan.first(m_nextChunk);
                emitCheckpoint();
                putChunk();
            });
}

void TikTokPublishOperation::putChunk()
{
    if (m_finished)
        return; // cancelled from the checkpoint handler: no further step
    const qint64 first = m_plan.first(m_nextChunk);
    const qint64 last = m_plan.last(m_nextChunk);
    const qint64 length = last - first + 1;
    m_device = new FileSliceDevice(m_spec.filePath, first, length);
    if (!m_device->open(QIODevice::ReadOnly)) {
        PlatformError e = error(PlatformError::Kind::InvalidInput, QStringLiteral("file_unreadable"),
                                tr("The video file could not be read: %1").arg(m_device->errorString()));
        e.field = QStringLiteral("file");
        delete m_device;
        m_device = nullptr;
        return fail(e);
    }
    QNetworkRequest request{QUrl(m_cp.uploadUrl)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, m_spec.mimeType.toLatin1());
    request.setHeader(QNetworkRequest::ContentLengthHeader, length);
    request.setRawHeader("Content-Range",
                         "bytes " + QByteArray::number(first) + '-' + QByteArray::number(last) + '/'
                             + QByteArray::number(m_plan.videoSize));
    auto *job = new NetworkJob(m_nam, kPlatform, QStringLiteral("tiktok.upload"), "PUT", request);
    // The job owns the body: the request may still read it after this operation is gone.
    m_device->setParent(job);
    job->setBodyDevice(m_device);
    job->setExpectJson(false);
    job->setTimeout(kUploadTimeoutMs);
    job->setErrorMapper(&TikTokAuth::mapError);
    m_job = job;
    const qint64 acknowledged = first;
    connect(job, &NetworkJob::uploadProgress, this, [this, acknowledged](qint64 sent, qint64) {
        if (!m_finished)
            reportProgress(acknowledged + sent, m_plan.videoSize);
    });
    connect(job, &NetworkJob::finished, this, &TikTokPublishOperation::onChunkDone);
    job->start();
}

void TikTokPublishOperation::onChunkDone(const NetworkResult &result)
{
    m_device = nullptr; // deleted with its job
    if (m_finished)
        return;
    const int status = result.httpStatus;
    if (status == 416) { // the range does not match what TikTok has: ask it, realign once
        if (!m_realigned) {
            m_realigned = true;
            return resumeUpload(true);
        }
        return fail(error(PlatformError::Kind::Permanent, QStringLiteral("upload_range_mismatch"),
                          tr("TikTok and TravelFlow disagree about how much of the video was uploaded.")));
    }
    if (status == 403 || status == 404) {
        PlatformError e = error(PlatformError::Kind::Permanent, QStringLiteral("upload_url_expired"),
                                tr("TikTok's upload address for this video has expired."));
        e.httpStatus = status;
        return fail(e);
    }
    if (result.error)
        return fail(*result.error);
    m_cp.uploadOffset = m_plan.last(m_nextChunk) + 1;
    reportProgress(m_cp.uploadOffset, m_plan.videoSize);
    ++m_nextChunk;
    if (m_nextChunk >= m_plan.chunkCount)
        return startProcessing();
    emitCheckpoint();
    putChunk();
}

void TikTokPublishOperation::startProcessing()
{
    m_cp.stage = PublishCheckpoint::Stage::Processing;
    m_cp.uploadOffset = m_plan.videoSize;
    emitCheckpoint();
    m_processingStartedMs = QDateTime::currentMSecsSinceEpoch();
    m_pollTimer.start(m_options.pollIntervalMs);
}

void TikTokPublishOperation::poll()
{
    callApi(QStringLiteral("tiktok.api.status"), QStringLiteral("/v2/post/publish/status/fetch/"),
            QJsonObject{{QStringLiteral("publish_id"), m_cp.publishId}},
            [this](const NetworkResult &r, const std::optional<PlatformError> &e) {
                if (e && e->kind == PlatformError::Kind::RateLimited) {
                    const qint64 waitMs = std::max<qint64>(m_options.pollIntervalMs,
                                                           qint64{e->retryAfterSeconds.value_or(1)} * 1000);
                    if (QDateTime::currentMSecsSinceEpoch() + waitMs - m_processingStartedMs
                        <= m_options.maxProcessingWaitMs) {
                        m_pollTimer.start(static_cast<int>(waitMs));
                        return;
                    }
                }
                if (e)
                    return fail(*e);
                onStatus(dataOf(r));
            });
}

void TikTokPublishOperation::onStatus(const QJsonObject &data)
{
    const QString status = data.value(QStringLiteral("status")).toString();
    if (status == QLatin1String("PUBLISH_COMPLETE") || status == QLatin1String("SEND_TO_USER_INBOX")) {
        // An inbox draft has no post yet; a private post may have no public id.
        m_cp.stage = PublishCheckpoint::Stage::Published;
        m_cp.remotePostId = postIdFrom(data);
        emitCheckpoint();
        return finish(std::nullopt);
    }
    if (status == QLatin1String("FAILED")) {
        m_cp.stage = PublishCheckpoint::Stage::Failed;
        m_cp.failureReason = data.value(QStringLiteral("fail_reason")).toString();
        emitCheckpoint();
        return finish(mediaRejected(m_cp.failureReason));
    }
    if (QDateTime::currentMSecsSinceEpoch() - m_processingStartedMs >= m_options.maxProcessingWaitMs)
        return fail(error(PlatformError::Kind::Transient, QStringLiteral("still_processing"),
                          tr("TikTok is still processing the video. TravelFlow will check again later.")));
    m_pollTimer.start(m_options.pollIntervalMs);
}

void TikTokPublishOperation::emitCheckpoint()
{
    Q_EMIT checkpoint(m_cp);
}

void TikTokPublishOperation::fail(const PlatformError &error)
{
    finish(error);
}

void TikTokPublishOperation::finish(const std::optional<PlatformError> &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_pollTimer.stop();
    Q_EMIT finished(m_cp, error);
}

void TikTokPublishOperation::finishLater(const std::optional<PlatformError> &error)
{
    QMetaObject::invokeMethod(
        this, [this, error] { finish(error); }, Qt::QueuedConnection);
}

} // namespace travelflow
