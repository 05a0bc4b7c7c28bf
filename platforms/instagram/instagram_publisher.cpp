#include "instagram_publisher.h"

#include "common/file_slice_device.h"
#include "instagram/instagram_auth.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>

#include <initializer_list>
#include <utility>

namespace travelflow {

namespace {

const QString kPlatform = QStringLiteral("instagram");
const QString kGraph = QStringLiteral("instagram.graph");
const QString kStatusPublished = QStringLiteral("PUBLISHED");
const QString kStatusFinished = QStringLiteral("FINISHED");
const QString kStatusInProgress = QStringLiteral("IN_PROGRESS");
const QString kStatusError = QStringLiteral("ERROR");
const QString kStatusExpired = QStringLiteral("EXPIRED");
const QString kReasonExpired = QStringLiteral("expired");

// Values percent-encoded here, so that '+', '&', '#' and the like survive QUrlQuery.
QUrlQuery encodedQuery(std::initializer_list<std::pair<QString, QString>> items)
{
    QUrlQuery q;
    for (const auto &[key, value] : items)
        q.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    return q;
}

QNetworkRequest uploadRequest(const QString &uri, const QString &token)
{
    QNetworkRequest request{QUrl(uri)};
    request.setRawHeader("Authorization", "OAuth " + token.toUtf8());
    return request;
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

NetworkJob *statusJob(QNetworkAccessManager *nam, const EndpointTable &endpoints, const QString &containerId,
                      const QString &token)
{
    auto *job = new NetworkJob(
        nam, kPlatform, QStringLiteral("instagram.graph.container.status"), "GET",
        NetworkJob::bearerRequest(
            endpoints.url(kGraph, QString(QLatin1Char('/') + containerId),
                          encodedQuery({{QStringLiteral("fields"), QStringLiteral("status_code,status")}})),
            token));
    job->setErrorMapper(&InstagramAuth::mapError);
    return job;
}

// A count in a Graph answer: a number, or a string of digits.
std::optional<qint64> graphCount(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toInteger();
    bool ok = false;
    const qint64 n = v.toString().toLongLong(&ok);
    return ok ? std::optional<qint64>(n) : std::nullopt;
}

// Runs `done` on `context`'s thread, only while `context` lives.
template<typename Callback, typename Value>
void deliver(const QPointer<QObject> &context, const Callback &done, const Value &value)
{
    if (context)
        done(value);
}

} // namespace

// One run; see InstagramPublisher for the steps.
class InstagramPublishOperation : public PublishOperation
{
    Q_OBJECT

public:
    struct Settings
    {
        QNetworkAccessManager *nam = nullptr;
        EndpointTable endpoints;
        QString igUserId;
        int pollIntervalMs = 5000;
        int processingTimeoutMs = 0;
        qint64 partSize = 0;
    };

    InstagramPublishOperation(Settings settings, PublishSpec spec, const PublishCheckpoint &resumeFrom,
                              OAuthTokens tokens)
        : m_settings(std::move(settings)), m_spec(std::move(spec)), m_tokens(std::move(tokens)),
          m_cp(resumeFrom)
    {
        m_pollTimer.setSingleShot(true);
        connect(&m_pollTimer, &QTimer::timeout, this, &InstagramPublishOperation::poll);
    }

    ~InstagramPublishOperation() override
    {
        if (m_job) {
            m_job->disconnect(this);
            m_job->abort();
        }
    }

    void start() override
    {
        if (m_started)
            return;
        m_started = true;
        if (m_cp.stage == PublishCheckpoint::Stage::Published) {
            // Done already: nothing to ask the platform.
            QMetaObject::invokeMethod(
                this, [this] { finish(std::nullopt); }, Qt::QueuedConnection);
            return;
        }
        m_total = m_spec.fileSize > 0 ? m_spec.fileSize : QFileInfo(m_spec.filePath).size();
        const bool resumable = !m_cp.containerId.isEmpty() && m_cp.stage != PublishCheckpoint::Stage::Failed
            && m_cp.stage != PublishCheckpoint::Stage::NotStarted;
        if (!resumable) {
            m_cp = PublishCheckpoint();
            if (!QFileInfo(m_spec.filePath).isFile() || m_total <= 0) {
                const PlatformError e = makeError(PlatformError::Kind::InvalidInput, QStringLiteral("file"),
                                                  InstagramPublisher::tr("The video file %1 cannot be read.")
                                                      .arg(QFileInfo(m_spec.filePath).fileName()));
                QMetaObject::invokeMethod(
                    this, [this, e] { finish(e); }, Qt::QueuedConnection);
                return;
            }
            createContainer();
            return;
        }
        // Resuming with a container: ask what Instagram has before doing anything else.
        checkContainer();
    }

    void cancel() override
    {
        if (m_done)
            return;
        m_pollTimer.stop();
        if (m_job) {
            m_job->abort(); // finishes the job with a Cancelled error
            return;
        }
        finish(makeError(PlatformError::Kind::Cancelled, QString(),
                         InstagramPublisher::tr("The Instagram upload was cancelled.")));
    }

private:
    // Starts `job`; `handler` gets its result unless the run is over by then.
    void run(NetworkJob *job, void (InstagramPublishOperation::*handler)(const NetworkResult &))
    {
        m_job = job;
        connect(job, &NetworkJob::finished, this, [this, handler](const NetworkResult &r) {
            m_job = nullptr;
            if (m_done)
                return;
            if (!r.ok() && r.error->kind == PlatformError::Kind::Cancelled)
                return finish(*r.error);
            (this->*handler)(r);
        });
        job->start();
    }

    NetworkJob *graphJob(const QString &endpoint, const QByteArray &verb, const QUrl &url)
    {
        auto *job = new NetworkJob(m_settings.nam, kPlatform, endpoint, verb,
                                   NetworkJob::bearerRequest(url, m_tokens.accessToken));
        job->setErrorMapper(&InstagramAuth::mapError);
        return job;
    }

    QString userPath(const QString &edge) const
    {
        return QString(QLatin1Char('/') + m_settings.igUserId + QLatin1Char('/') + edge);
    }

    // ---- 1. the container --------------------------------------------------------

    void createContainer()
    {
        QUrlQuery form = encodedQuery({{QStringLiteral("media_type"), QStringLiteral("REELS")},
                                       {QStringLiteral("upload_type"), QStringLiteral("resumable")},
                                       {QStringLiteral("caption"), m_spec.caption.caption}});
        const QJsonValue share = m_spec.options.value(QStringLiteral("share_to_feed"));
        if (share.isBool())
            form.addQueryItem(QStringLiteral("share_to_feed"),
                              share.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
        const QJsonValue thumb = m_spec.options.value(QStringLiteral("thumb_offset"));
        if (thumb.isDouble())
            form.addQueryItem(QStringLiteral("thumb_offset"), QString::number(thumb.toInteger()));
        auto *job = graphJob(QStringLiteral("instagram.graph.media.create"), "POST",
                             m_settings.endpoints.url(kGraph, userPath(QStringLiteral("media"))));
        job->setBody(form.toString(QUrl::FullyEncoded).toUtf8());
        run(job, &InstagramPublishOperation::onContainerCreated);
    }

    void onContainerCreated(const NetworkResult &r)
    {
        if (!r.ok())
            return finish(*r.error);
        const QJsonObject o = *r.json();
        const QString id = o.value(QStringLiteral("id")).toString();
        const QString uri = o.value(QStringLiteral("uri")).toString();
        if (id.isEmpty() || uri.isEmpty())
            return finish(makeError(PlatformError::Kind::Transient, QString(),
                                    InstagramPublisher::tr("Instagram answered without a media container. "
                                                           "TravelFlow will try again.")));
        m_cp.stage = PublishCheckpoint::Stage::Uploading;
        m_cp.containerId = id;
        m_cp.uploadUrl = uri;
        m_cp.uploadOffset = 0;
        emitCheckpoint();
        uploadPart();
    }

    // ---- resuming: what Instagram has --------------------------------------------

    void checkContainer()
    {
        run(statusJob(m_settings.nam, m_settings.endpoints, m_cp.containerId, m_tokens.accessToken),
            &InstagramPublishOperation::onStatus);
    }

    // The container's status does not name the media it became: the account's newest media
    // with this caption is it (checked among the latest page).
    void findPublishedMedia()
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("fields"), QStringLiteral("id,caption,timestamp"));
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("25"));
        run(graphJob(QStringLiteral("instagram.graph.media.list"), "GET",
                     m_settings.endpoints.url(kGraph, userPath(QStringLiteral("media")), query)),
            &InstagramPublishOperation::onPublishedMedia);
    }

    void onPublishedMedia(const NetworkResult &r)
    {
        if (r.ok()) {
            const QJsonArray media = r.json()->value(QStringLiteral("data")).toArray();
            for (const auto &value : media) {
                const QJsonObject m = value.toObject();
                if (m.value(QStringLiteral("caption")).toString() == m_spec.caption.caption) {
                    m_cp.remotePostId = m.value(QStringLiteral("id")).toString();
                    break;
                }
            }
        }
        // Published either way; without an id only the metrics and inbox links are missing.
        emitCheckpoint();
        finish(std::nullopt);
    }

    void queryOffset()
    {
        auto *job = new NetworkJob(m_settings.nam, kPlatform, QStringLiteral("instagram.rupload"), "GET",
                                   uploadRequest(m_cp.uploadUrl, m_tokens.accessToken));
        job->setErrorMapper(&InstagramPublisher::mapUploadError);
        run(job, &InstagramPublishOperation::onOffset);
    }

    // Whether a refused offset query means "the host cannot tell" rather than "try later".
    static bool restartsFromZero(PlatformError::Kind kind)
    {
        return kind == PlatformError::Kind::InvalidInput || kind == PlatformError::Kind::Permanent;
    }

    void onOffset(const NetworkResult &r)
    {
        qint64 offset = 0;
        if (r.ok() && r.json()->value(QStringLiteral("offset")).isDouble()) {
            offset = r.json()->value(QStringLiteral("offset")).toInteger();
        } else if (!r.ok() && (r.httpStatus == 0 || !restartsFromZero(r.error->kind))) {
            return finish(*r.error); // no usable answer now: the next run asks again
        }
        // Otherwise the host cannot tell (UNVERIFIED API): start over on the same container.
        if (offset < 0 || offset > m_total)
            offset = 0;
        if (offset == m_total)
            return startProcessing();
        if (offset != m_cp.uploadOffset || m_cp.stage != PublishCheckpoint::Stage::Uploading) {
            m_cp.stage = PublishCheckpoint::Stage::Uploading;
            m_cp.uploadOffset = offset;
            emitCheckpoint();
        }
        uploadPart();
    }

    // ---- 2. the bytes ------------------------------------------------------------

    void uploadPart()
    {
        const qint64 offset = m_cp.uploadOffset;
        const qint64 rest = m_total - offset;
        const qint64 length = m_settings.partSize > 0 ? qMin(m_settings.partSize, rest) : rest;
        QNetworkRequest request = uploadRequest(m_cp.uploadUrl, m_tokens.accessToken);
        request.setRawHeader("offset", QByteArray::number(offset));
        request.setRawHeader("file_size", QByteArray::number(m_total));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/octet-stream"));
        request.setHeader(QNetworkRequest::ContentLengthHeader, length);
        auto *job
            = new NetworkJob(m_settings.nam, kPlatform, QStringLiteral("instagram.rupload"), "POST", request);
        // The job owns the device: it lives exactly as long as the request.
        auto *device = new FileSliceDevice(m_spec.filePath, offset, length, job);
        if (!device->open(QIODevice::ReadOnly)) {
            const QString reason = device->errorString();
            delete job;
            return finish(makeError(PlatformError::Kind::InvalidInput, QStringLiteral("file"),
                                    InstagramPublisher::tr("The video file cannot be read: %1").arg(reason)));
        }
        job->setBodyDevice(device);
        job->setErrorMapper(&InstagramPublisher::mapUploadError);
        connect(job, &NetworkJob::uploadProgress, this,
                [this, offset](qint64 sent, qint64) { reportProgress(offset + sent, m_total); });
        m_partLength = length;
        run(job, &InstagramPublishOperation::onPartUploaded);
    }

    void onPartUploaded(const NetworkResult &r)
    {
        if (!r.ok()) {
            const bool stateProblem = r.httpStatus != 0 && restartsFromZero(r.error->kind);
            // Refused by the host (offset out of step, container expired or failed): ask
            // the container and the host once where things stand.
            if (stateProblem && !m_resynced) {
                m_resynced = true;
                return checkContainer();
            }
            return finish(*r.error);
        }
        m_cp.uploadOffset += m_partLength;
        reportProgress(m_cp.uploadOffset, m_total);
        if (m_cp.uploadOffset >= m_total)
            return startProcessing();
        emitCheckpoint();
        uploadPart();
    }

    // ---- 3. processing -----------------------------------------------------------

    void startProcessing()
    {
        m_cp.stage = PublishCheckpoint::Stage::Processing;
        m_cp.uploadOffset = m_total;
        emitCheckpoint();
        poll();
    }

    void poll()
    {
        if (m_done)
            return;
        if (!m_processingClock.isValid())
            m_processingClock.start();
        checkContainer();
    }

    void onStatus(const NetworkResult &r)
    {
        if (!r.ok())
            return finish(*r.error);
        const QString code = r.json()->value(QStringLiteral("status_code")).toString();
        const QString text = r.json()->value(QStringLiteral("status")).toString();
        if (code == kStatusPublished) {
            // Published already (a previous run got this far): never publish twice.
            m_cp.stage = PublishCheckpoint::Stage::Published;
            if (!m_cp.remotePostId.isEmpty()) {
                emitCheckpoint();
                return finish(std::nullopt);
            }
            return findPublishedMedia(); // the run that published it died before saving the id
        }
        if (code == kStatusExpired)
            return fail(kReasonExpired,
                        makeError(PlatformError::Kind::Permanent, kStatusExpired,
                                  InstagramPublisher::tr("The Instagram upload expired before it "
                                                         "was published. Publish the video again.")));
        if (code == kStatusError)
            return fail(
                text,
                makeError(PlatformError::Kind::MediaRejected, kStatusError,
                          InstagramPublisher::tr("Instagram could not process the video: %1").arg(text)));
        if (code == kStatusFinished) {
            if (m_cp.stage != PublishCheckpoint::Stage::Processing) {
                m_cp.stage = PublishCheckpoint::Stage::Processing;
                m_cp.uploadOffset = m_total;
                emitCheckpoint();
            }
            return publishContainer();
        }
        // IN_PROGRESS: still receiving bytes, or processing them.
        if (m_cp.stage == PublishCheckpoint::Stage::Uploading)
            return m_cp.uploadUrl.isEmpty() ? createContainer() : queryOffset();
        if (!m_processingClock.isValid())
            m_processingClock.start();
        if (m_processingClock.elapsed() >= m_settings.processingTimeoutMs)
            return finish(makeError(PlatformError::Kind::Transient, QStringLiteral("processing_timeout"),
                                    InstagramPublisher::tr("Instagram is still processing the video. "
                                                           "TravelFlow will check again later.")));
        m_pollTimer.start(m_settings.pollIntervalMs);
    }

    // ---- 4. publishing -----------------------------------------------------------

    void publishContainer()
    {
        run(graphJob(
                QStringLiteral("instagram.graph.media.publish"), "POST",
                m_settings.endpoints.url(kGraph, userPath(QStringLiteral("media_publish")),
                                         encodedQuery({{QStringLiteral("creation_id"), m_cp.containerId}}))),
            &InstagramPublishOperation::onPublished);
    }

    void onPublished(const NetworkResult &r)
    {
        if (!r.ok())
            return finish(*r.error);
        const QString id = r.json()->value(QStringLiteral("id")).toString();
        if (id.isEmpty())
            return finish(
                makeError(PlatformError::Kind::Transient, QString(),
                          InstagramPublisher::tr("Instagram answered without a media id. TravelFlow "
                                                 "will check whether the video was published.")));
        m_cp.stage = PublishCheckpoint::Stage::Published;
        m_cp.remotePostId = id;
        emitCheckpoint();
        finish(std::nullopt);
    }

    // ---- the end -------------------------------------------------------------------

    void emitCheckpoint() { Q_EMIT checkpoint(m_cp); }

    void fail(const QString &reason, const PlatformError &error)
    {
        m_cp.stage = PublishCheckpoint::Stage::Failed;
        m_cp.failureReason = reason;
        emitCheckpoint();
        finish(error);
    }

    void finish(const std::optional<PlatformError> &error)
    {
        if (m_done)
            return;
        m_done = true;
        m_pollTimer.stop();
        Q_EMIT finished(m_cp, error);
    }

    Settings m_settings;
    PublishSpec m_spec;
    OAuthTokens m_tokens;
    PublishCheckpoint m_cp; // the last checkpoint emitted (or resumed from)
    qint64 m_total = 0;
    qint64 m_partLength = 0;
    QPointer<NetworkJob> m_job;
    QTimer m_pollTimer;
    QElapsedTimer m_processingClock;
    bool m_started = false;
    bool m_resynced = false;
    bool m_done = false;
};

InstagramPublisher::InstagramPublisher(QNetworkAccessManager *nam, EndpointTable endpoints, QString igUserId)
    : m_nam(nam), m_endpoints(std::move(endpoints)), m_igUserId(std::move(igUserId))
{ }

std::unique_ptr<PublishOperation> InstagramPublisher::publish(const PublishSpec &spec,
                                                              const PublishCheckpoint &resumeFrom,
                                                              const OAuthTokens &tokens)
{
    InstagramPublishOperation::Settings settings;
    settings.nam = m_nam;
    settings.endpoints = m_endpoints;
    settings.igUserId = m_igUserId;
    settings.pollIntervalMs = m_pollIntervalMs;
    settings.processingTimeoutMs = m_processingTimeoutMs;
    settings.partSize = m_partSize;
    return std::make_unique<InstagramPublishOperation>(std::move(settings), spec, resumeFrom, tokens);
}

PublishCheckpoint InstagramPublisher::checkpointForStatus(const PublishCheckpoint &known,
                                                          const QString &statusCode,
                                                          const QString &statusText)
{
    PublishCheckpoint cp = known;
    if (statusCode == kStatusPublished) {
        cp.stage = PublishCheckpoint::Stage::Published;
    } else if (statusCode == kStatusFinished) {
        cp.stage = PublishCheckpoint::Stage::Processing;
    } else if (statusCode == kStatusError) {
        cp.stage = PublishCheckpoint::Stage::Failed;
        cp.failureReason = statusText;
    } else if (statusCode == kStatusExpired) {
        cp.stage = PublishCheckpoint::Stage::Failed;
        cp.failureReason = kReasonExpired;
    }
    return cp; // IN_PROGRESS: uploading or processing, as known
}

void InstagramPublisher::status(const PublishCheckpoint &checkpoint, const OAuthTokens &tokens,
                                QObject *context, StatusCallback done)
{
    QPointer<QObject> guard(context);
    if (checkpoint.containerId.isEmpty()) {
        // Nothing to ask about: what we know is all there is.
        QMetaObject::invokeMethod(
            context,
            [guard, done, checkpoint] {
                deliver(guard, done, PlatformOutcome<PublishCheckpoint>::success(checkpoint));
            },
            Qt::QueuedConnection);
        return;
    }
    auto *job = statusJob(m_nam, m_endpoints, checkpoint.containerId, tokens.accessToken);
    QObject::connect(job, &NetworkJob::finished, context, [guard, done, checkpoint](const NetworkResult &r) {
        if (!r.ok())
            return deliver(guard, done, PlatformOutcome<PublishCheckpoint>::failure(*r.error));
        const QJsonObject o = *r.json();
        deliver(guard, done,
                PlatformOutcome<PublishCheckpoint>::success(
                    checkpointForStatus(checkpoint, o.value(QStringLiteral("status_code")).toString(),
                                        o.value(QStringLiteral("status")).toString())));
    });
    job->start();
}

void InstagramPublisher::metrics(const QString &remotePostId, const OAuthTokens &tokens, QObject *context,
                                 MetricsCallback done)
{
    // Reels also have plays/views through the insights API; the media node has none.
    auto *job = new NetworkJob(
        m_nam, kPlatform, QStringLiteral("instagram.graph.media.get"), "GET",
        NetworkJob::bearerRequest(
            m_endpoints.url(
                kGraph, QString(QLatin1Char('/') + remotePostId),
                encodedQuery({{QStringLiteral("fields"), QStringLiteral("like_count,comments_count")}})),
            tokens.accessToken));
    job->setErrorMapper(&InstagramAuth::mapError);
    QPointer<QObject> guard(context);
    QObject::connect(job, &NetworkJob::finished, context, [guard, done](const NetworkResult &r) {
        if (!r.ok())
            return deliver(guard, done, PlatformOutcome<PostMetrics>::failure(*r.error));
        const QJsonObject o = *r.json();
        PostMetrics m;
        if (o.value(QStringLiteral("like_count")).isDouble())
            m.likes = o.value(QStringLiteral("like_count")).toInteger();
        if (o.value(QStringLiteral("comments_count")).isDouble())
            m.comments = o.value(QStringLiteral("comments_count")).toInteger();
        deliver(guard, done, PlatformOutcome<PostMetrics>::success(m));
    });
    job->start();
}

void InstagramPublisher::publishingLimit(const OAuthTokens &tokens, QObject *context,
                                         const PublishingLimitCallback &done)
{
    QPointer<QObject> guard(context);
    if (m_igUserId.isEmpty()) {
        PlatformError e = makeError(PlatformError::Kind::InvalidInput, QStringLiteral("no_ig_user_id"),
                                    tr("No Instagram business account is linked, so Instagram has no "
                                       "publishing limit to report."));
        e.field = QStringLiteral("ig_user_id");
        QMetaObject::invokeMethod(
            context,
            [guard, done, e] { deliver(guard, done, PlatformOutcome<InstagramPublishingLimit>::failure(e)); },
            Qt::QueuedConnection);
        return;
    }
    auto *job = new NetworkJob(
        m_nam, kPlatform, QStringLiteral("instagram.graph.publishing_limit"), "GET",
        NetworkJob::bearerRequest(
            m_endpoints.url(
                kGraph, QString(QLatin1Char('/') + m_igUserId + QStringLiteral("/content_publishing_limit")),
                encodedQuery({{QStringLiteral("fields"), QStringLiteral("quota_usage,config")}})),
            tokens.accessToken));
    job->setErrorMapper(&InstagramAuth::mapError);
    QObject::connect(job, &NetworkJob::finished, context, [guard, done](const NetworkResult &r) {
        if (!r.ok())
            return deliver(guard, done, PlatformOutcome<InstagramPublishingLimit>::failure(*r.error));
        // {"data":[{"quota_usage":N,"config":{"quota_total":T,"quota_duration":S}}]}; the
        // object without the "data" list is accepted too.
        const QJsonObject body = r.json().value_or(QJsonObject());
        const QJsonValue list = body.value(QStringLiteral("data"));
        const QJsonObject o = list.isArray() ? list.toArray().at(0).toObject() : body;
        const QJsonObject config = o.value(QStringLiteral("config")).toObject();
        const auto usage = graphCount(o.value(QStringLiteral("quota_usage")));
        const auto total = graphCount(config.value(QStringLiteral("quota_total")));
        if (!usage || !total || *usage < 0 || *total <= 0) {
            PlatformError e = makeError(PlatformError::Kind::Transient, QStringLiteral("incomplete_answer"),
                                        tr("Instagram did not report its publishing limit. TravelFlow will "
                                           "ask again."));
            e.httpStatus = r.httpStatus;
            return deliver(guard, done, PlatformOutcome<InstagramPublishingLimit>::failure(e));
        }
        InstagramPublishingLimit limit;
        limit.quotaUsage = static_cast<int>(*usage);
        limit.quotaTotal = static_cast<int>(*total);
        if (const auto duration = graphCount(config.value(QStringLiteral("quota_duration")));
            duration && *duration > 0)
            limit.quotaDurationSeconds = *duration;
        deliver(guard, done, PlatformOutcome<InstagramPublishingLimit>::success(limit));
    });
    job->start();
}

std::optional<PlatformError> InstagramPublisher::mapUploadError(const NetworkResult &result)
{
    const auto body = result.json();
    if (!body)
        return std::nullopt;
    const QJsonObject info = body->value(QStringLiteral("debug_info")).toObject();
    if (info.isEmpty())
        return InstagramAuth::mapError(result); // a Graph envelope (e.g. an injected 5xx)
    if (info.value(QStringLiteral("code")).isDouble()) {
        // A Graph code (190 = token): the Graph mapping applies.
        QJsonObject error{{QStringLiteral("code"), info.value(QStringLiteral("code"))},
                          {QStringLiteral("message"), info.value(QStringLiteral("message"))},
                          {QStringLiteral("type"), info.value(QStringLiteral("type"))}};
        if (info.contains(QStringLiteral("error_subcode")))
            error.insert(QStringLiteral("error_subcode"), info.value(QStringLiteral("error_subcode")));
        NetworkResult graph = result;
        graph.body
            = QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}).toJson(QJsonDocument::Compact);
        return InstagramAuth::mapError(graph);
    }
    PlatformError e;
    e.platform = kPlatform;
    e.httpStatus = result.httpStatus;
    e.code = info.value(QStringLiteral("type")).toString();
    e.kind = info.value(QStringLiteral("retriable")).toBool() ? PlatformError::Kind::Transient
                                                              : PlatformError::Kind::Permanent;
    e.message = tr("Instagram refused the upload: %1").arg(info.value(QStringLiteral("message")).toString());
    return e;
}

} // namespace travelflow

#include "instagram_publisher.moc"
