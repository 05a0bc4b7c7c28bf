#pragma once

#include "common/endpoint_table.h"
#include "common/platform_publisher.h"

#include <QCoreApplication>

class QNetworkAccessManager;

namespace travelflow {

// YouTube uploads: a resumable session whose URI is handed back (checkpoint) so a
// restart continues from the last byte Google acknowledged ("bytes */TOTAL"), chunks in
// multiples of 256 KiB streamed from disk, and publishAt for native scheduling (the
// video goes live at that time even with the app closed).
class YouTubePublisher : public PlatformPublisher
{
    Q_DECLARE_TR_FUNCTIONS(YouTubePublisher)

public:
    static constexpr qint64 kChunkUnit = qint64{256} * 1024;

    YouTubePublisher(QNetworkAccessManager *nam, EndpointTable endpoints, qint64 chunkSize = 32 * kChunkUnit);

    std::unique_ptr<PublishOperation> publish(const PublishSpec &spec, const PublishCheckpoint &resumeFrom,
                                              const OAuthTokens &tokens) override;
    void status(const PublishCheckpoint &checkpoint, const OAuthTokens &tokens, QObject *context,
                StatusCallback done) override;
    void metrics(const QString &remotePostId, const OAuthTokens &tokens, QObject *context,
                 MetricsCallback done) override;

    // The video resource sent when the session starts (snippet + status).
    static QJsonObject videoResource(const PublishSpec &spec);

private:
    QNetworkAccessManager *m_nam;
    EndpointTable m_endpoints;
    qint64 m_chunkSize;
};

} // namespace travelflow
