#pragma once

#include "common/endpoint_table.h"
#include "common/network_job.h"
#include "common/platform_publisher.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <functional>

class QNetworkAccessManager;

namespace travelflow {

class FileSliceDevice;

// How a video is cut for TikTok's chunked upload (platform-apis.md, "Chunk rules"): a file
// under 5 MiB is one chunk with chunk_size = video_size; otherwise chunk_size is the
// preferred size kept within 5-64 MiB (or the whole file when it is smaller than that),
// total_chunk_count = floor(video_size / chunk_size) and the last chunk absorbs the rest.
struct TikTokChunkPlan
{
    static constexpr qint64 kMinChunk = qint64{5} * 1024 * 1024;
    static constexpr qint64 kMaxChunk = qint64{64} * 1024 * 1024;
    static constexpr int kMaxChunks = 1000;

    qint64 videoSize = 0;
    qint64 chunkSize = 0;
    int chunkCount = 0;

    static TikTokChunkPlan make(qint64 videoSize, qint64 preferredChunkSize);
    qint64 first(int index) const { return qint64{index} * chunkSize; }
    qint64 last(int index) const { return index == chunkCount - 1 ? videoSize - 1 : first(index + 1) - 1; }
    // The chunk that starts at or after `offset` (chunkCount when offset covers the file).
    int chunkAtOrAfter(qint64 offset) const;
};

struct TikTokPublisherOptions
{
    qint64 chunkSize = 10'000'000; // preferred; see TikTokChunkPlan
    int pollIntervalMs = 5000; // between status/fetch calls while TikTok processes the video
    qint64 maxProcessingWaitMs = qint64{30} * 60 * 1000; // then finish Transient "still_processing"
};

// What TikTok says about the creator before a direct post (POST
// /v2/post/publish/creator_info/query/). TikTok's review rules require the UI to show
// privacyLevelOptions and not to preselect one; what the creator disabled stays disabled.
struct TikTokCreatorInfo
{
    QString username;
    QString nickname;
    QStringList privacyLevelOptions;
    bool commentDisabled = false, duetDisabled = false, stitchDisabled = false;
    int maxVideoPostDurationSec = 0; // 0 = TikTok did not say

    // From the answer's "data" object; missing fields keep their defaults.
    static TikTokCreatorInfo fromData(const QJsonObject &data);
};

// TikTok's Content Posting API: creator_info, direct post or inbox (draft) init, the chunked
// PUT upload streamed from disk, and status/fetch until the post is public, in the
// creator's inbox, or failed. spec.options: "mode" ("direct", default, or "inbox"),
// "disable_comment", "disable_duet", "disable_stitch", "brand_content_toggle",
// "brand_organic_toggle", "is_aigc", "video_cover_timestamp_ms".
class TikTokPublisher : public PlatformPublisher
{
    Q_DECLARE_TR_FUNCTIONS(TikTokPublisher)

public:
    using CreatorInfoCallback = std::function<void(const PlatformOutcome<TikTokCreatorInfo> &)>;

    TikTokPublisher(QNetworkAccessManager *nam, EndpointTable endpoints,
                    TikTokPublisherOptions options = TikTokPublisherOptions());

    std::unique_ptr<PublishOperation> publish(const PublishSpec &spec, const PublishCheckpoint &resumeFrom,
                                              const OAuthTokens &tokens) override;
    void status(const PublishCheckpoint &checkpoint, const OAuthTokens &tokens, QObject *context,
                StatusCallback done) override;
    void metrics(const QString &remotePostId, const OAuthTokens &tokens, QObject *context,
                 MetricsCallback done) override;

    // The creator's current posting options (20 requests/min), as a direct post asks for them
    // first. `done` runs once on `context`'s thread, unless `context` is gone by then. An
    // answer without privacy options is a Transient "incomplete_answer" error.
    void creatorInfo(const OAuthTokens &tokens, QObject *context, const CreatorInfoCallback &done);

private:
    QNetworkAccessManager *m_nam;
    EndpointTable m_endpoints;
    TikTokPublisherOptions m_options;
};

// One publish run (see TikTokPublisher and PublishOperation).
class TikTokPublishOperation : public PublishOperation
{
    Q_OBJECT

public:
    TikTokPublishOperation(QNetworkAccessManager *nam, EndpointTable endpoints,
                           TikTokPublisherOptions options, PublishSpec spec, PublishCheckpoint resumeFrom,
                           OAuthTokens tokens);
    ~TikTokPublishOperation() override;

    void start() override;
    void cancel() override;

private:
    using Handler = std::function<void(const NetworkResult &, const std::optional<PlatformError> &)>;

    bool inboxMode() const;
    void queryCreatorInfo();
    void init(const TikTokCreatorInfo &creator);
    void resumeUpload(bool afterRangeMismatch);
    void putChunk();
    void onChunkDone(const NetworkResult &result);
    void startProcessing();
    void poll();
    void onStatus(const QJsonObject &data);
    void callApi(const QString &endpoint, const QString &path, const QJsonObject &body,
                 const Handler &handler);
    void emitCheckpoint();
    void fail(const PlatformError &error);
    void finish(const std::optional<PlatformError> &error);
    void finishLater(const std::optional<PlatformError> &error);
    PlatformError error(PlatformError::Kind kind, const QString &code, const QString &message) const;

    QNetworkAccessManager *m_nam;
    EndpointTable m_endpoints;
    TikTokPublisherOptions m_options;
    PublishSpec m_spec;
    PublishCheckpoint m_cp;
    OAuthTokens m_tokens;
    TikTokChunkPlan m_plan;
    int m_nextChunk = 0;
    bool m_realigned = false;
    bool m_finished = false;
    QPointer<NetworkJob> m_job;
    FileSliceDevice *m_device = nullptr;
    QTimer m_pollTimer;
    qint64 m_processingStartedMs = -1;
};

} // namespace travelflow
