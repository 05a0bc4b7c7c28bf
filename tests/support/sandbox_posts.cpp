#include "sandbox_posts.h"

#include "instagram/instagram_publisher.h"
#include "sandbox_server.h"
#include "youtube/youtube_publisher.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <chrono>

namespace travelflow::test {

using namespace std::chrono_literals;

QString uploadYouTubeVideo(QNetworkAccessManager *nam, const EndpointTable &endpoints,
                           const OAuthTokens &tokens, const QString &file, const QString &title)
{
    YouTubePublisher publisher(nam, endpoints);
    PublishSpec spec;
    spec.filePath = file;
    spec.fileSize = QFileInfo(file).size();
    spec.caption.title = title;
    auto op = publisher.publish(spec, {}, tokens);
    QSignalSpy done(op.get(), &PublishOperation::finished);
    op->start();
    if (!done.wait(20000))
        return {};
    return done.first().at(0).value<PublishCheckpoint>().remotePostId;
}

QString publishInstagramMedia(sandbox::SandboxServer &server, QNetworkAccessManager *nam,
                              const EndpointTable &endpoints, const QString &igUserId,
                              const OAuthTokens &tokens, const QString &file, const QString &caption,
                              int timeoutMs)
{
    InstagramPublisher publisher(nam, endpoints, igUserId);
    publisher.setPollInterval(50);
    PublishSpec spec;
    spec.filePath = file;
    spec.fileSize = QFileInfo(file).size();
    spec.caption.caption = caption;
    auto op = publisher.publish(spec, PublishCheckpoint(), tokens);
    QString mediaId;
    bool finished = false;
    QObject::connect(op.get(), &PublishOperation::checkpoint, op.get(),
                     [&server, &op](const PublishCheckpoint &cp) {
                         if (cp.stage == PublishCheckpoint::Stage::Processing)
                             QTimer::singleShot(100, op.get(), [&server] { server.clock().advance(11s); });
                     });
    QObject::connect(op.get(), &PublishOperation::finished, op.get(),
                     [&](const PublishCheckpoint &cp, const std::optional<PlatformError> &error) {
                         finished = true;
                         if (!error)
                             mediaId = cp.remotePostId;
                     });
    op->start();
    if (!QTest::qWaitFor([&] { return finished; }, timeoutMs))
        qWarning("publishing the Instagram media timed out");
    return mediaId;
}

} // namespace travelflow::test
