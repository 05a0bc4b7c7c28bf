#pragma once

#include "common/endpoint_table.h"
#include "common/network_job.h"
#include "common/platform_publisher.h"

#include <QCoreApplication>

#include <functional>

class QNetworkAccessManager;

namespace travelflow {

// How much of Instagram's publishing limit is used (GET
// /{ig-user-id}/content_publishing_limit?fields=quota_usage,config): quotaUsage posts
// published through the API in the last quotaDurationSeconds, out of quotaTotal.
struct InstagramPublishingLimit
{
    int quotaUsage = 0;
    int quotaTotal = 0;
    qint64 quotaDurationSeconds = 86400;
};

// Publishing Reels through the Instagram Graph API (platform-apis.md, "Instagram"):
//
//   1. POST /{ig-user-id}/media (media_type=REELS, upload_type=resumable) -> container id
//      and the rupload uri; checkpoint {Uploading, containerId, uploadUrl, offset 0}.
//   2. POST <uri> with "Authorization: OAuth <token>", "offset", "file_size" and the bytes
//      from the offset, streamed from disk, in one request or in parts of
//      uploadPartSize() bytes (a checkpoint with the acknowledged offset after each part).
//   3. checkpoint {Processing}; poll GET /{container}?fields=status_code,status.
//   4. FINISHED: POST /{ig-user-id}/media_publish?creation_id=<container> -> the media id;
//      checkpoint {Published, remotePostId}.
//
// A run resumed with a container id first asks for the container's status: PUBLISHED
// finishes Published without publishing again, EXPIRED/ERROR finish Failed. From Uploading
// it asks the rupload uri (GET) how many bytes arrived and continues from there (from 0 when
// it cannot tell). A Published checkpoint finishes at once without any request; a Failed one
// starts over with a new container.
class InstagramPublisher : public PlatformPublisher
{
    Q_DECLARE_TR_FUNCTIONS(InstagramPublisher)

public:
    using PublishingLimitCallback = std::function<void(const PlatformOutcome<InstagramPublishingLimit> &)>;

    InstagramPublisher(QNetworkAccessManager *nam, EndpointTable endpoints, QString igUserId);

    // How often a processing container is polled (default 5 s).
    void setPollInterval(int ms) { m_pollIntervalMs = ms; }
    int pollInterval() const { return m_pollIntervalMs; }
    // How long processing may take before the run stops with a Transient error (default 30 min).
    void setProcessingTimeout(int ms) { m_processingTimeoutMs = ms; }
    int processingTimeout() const { return m_processingTimeoutMs; }
    // Upload in parts of this many bytes; 0 (the default) = the rest of the file in one POST.
    void setUploadPartSize(qint64 bytes) { m_partSize = bytes; }
    qint64 uploadPartSize() const { return m_partSize; }

    std::unique_ptr<PublishOperation> publish(const PublishSpec &spec, const PublishCheckpoint &resumeFrom,
                                              const OAuthTokens &tokens) override;
    void status(const PublishCheckpoint &checkpoint, const OAuthTokens &tokens, QObject *context,
                StatusCallback done) override;
    void metrics(const QString &remotePostId, const OAuthTokens &tokens, QObject *context,
                 MetricsCallback done) override;

    // The account's publishing limit as Instagram reports it now; the total is read, never
    // assumed (25, 50 or 100 depending on the source). `done` runs once on `context`'s thread,
    // unless `context` is gone by then. An answer without usage or total is a Transient
    // "incomplete_answer" error.
    void publishingLimit(const OAuthTokens &tokens, QObject *context, const PublishingLimitCallback &done);

    // Errors of the rupload host ({"debug_info": {"type", "message", "code",
    // "error_subcode"}}), mapped like Graph errors where they carry a Graph code.
    static std::optional<PlatformError> mapUploadError(const NetworkResult &result);

    // The checkpoint a container status answer stands for, given what was known before.
    static PublishCheckpoint checkpointForStatus(const PublishCheckpoint &known, const QString &statusCode,
                                                 const QString &statusText);

private:
    QNetworkAccessManager *m_nam;
    EndpointTable m_endpoints;
    QString m_igUserId;
    int m_pollIntervalMs = 5000;
    int m_processingTimeoutMs = 30 * 60 * 1000;
    qint64 m_partSize = 0;
};

} // namespace travelflow
