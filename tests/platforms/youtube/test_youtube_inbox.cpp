// YouTube comments against the simulator over real HTTP: paging through many threads
// newest first, the replies YouTube includes and the full reply listing, replies that
// round-trip their exact text, quota units per call matching what the simulator charged,
// and typed errors (quota, expired token, unsupported private reply, bad input).

#include "sandbox_server.h"
#include "support/http_client.h"
#include "support/sandbox_accounts.h"
#include "support/sandbox_oauth.h"
#include "support/sandbox_posts.h"
#include "support/test_env.h"
#include "youtube/youtube_auth.h"
#include "youtube/youtube_inbox.h"
#include "youtube_simulator.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTimeZone>

#include <algorithm>

using namespace travelflow;
using namespace travelflow::sandbox;

namespace {

const QString kMixedText = QStringLiteral("Привет 👋 مرحبا שלום");

QString watchUrl(const QString &videoId, const QString &commentId)
{
    return QString(QStringLiteral("https://www.youtube.com/watch?v=") + videoId + QStringLiteral("&lc=")
                   + commentId);
}

QDateTime nextPacificMidnight()
{
    const QTimeZone pacific("America/Los_Angeles");
    const QDateTime now = QDateTime::currentDateTimeUtc().toTimeZone(pacific);
    return QDateTime(now.date().addDays(1), QTime(0, 0), pacific).toUTC();
}

QStringList idsOf(const QList<RemoteItem> &items, RemoteItem::Kind kind)
{
    QStringList ids;
    for (const RemoteItem &item : items) {
        if (item.kind == kind)
            ids.append(item.remoteId);
    }
    return ids;
}

} // namespace

class TestYouTubeInbox : public QObject
{
    Q_OBJECT

    SandboxServer m_server;
    YouTubeSimulator *m_youtube = nullptr;
    QNetworkAccessManager m_nam;
    QTemporaryDir m_dir;
    std::optional<EndpointTable> m_endpoints;
    OAuthTokens m_tokens;
    QString m_channelId;
    QString m_file;
    test::HttpClient m_http;

    // Runs one asynchronous call to its end (20 s at most).
    template<typename T, typename Call>
    PlatformOutcome<T> wait(Call call)
    {
        std::optional<PlatformOutcome<T>> out;
        QEventLoop loop;
        call([&](const PlatformOutcome<T> &o) {
            out = o;
            loop.quit();
        });
        if (!out) {
            QTimer::singleShot(20000, &loop, &QEventLoop::quit);
            loop.exec();
        }
        if (!out) {
            PlatformError timeout;
            timeout.code = QStringLiteral("test_timeout");
            timeout.message = QStringLiteral("no answer within 20 s");
            return PlatformOutcome<T>::failure(timeout);
        }
        return *out;
    }

    PlatformOutcome<RemotePage> list(YouTubeInbox &inbox, InboxCursor::Scope scope, const QString &remoteId,
                                     const QString &pageToken = {}, std::optional<OAuthTokens> tokens = {})
    {
        const InboxCursor cursor{scope, remoteId, pageToken};
        const OAuthTokens use = tokens.value_or(m_tokens);
        return wait<RemotePage>([&](auto done) { inbox.list(cursor, use, this, done); });
    }

    PlatformOutcome<YouTubeThreadPage> threads(YouTubeInbox &inbox, const QString &videoId,
                                               const QString &pageToken = {})
    {
        const InboxCursor cursor{InboxCursor::Scope::Comments, videoId, pageToken};
        return wait<YouTubeThreadPage>([&](auto done) { inbox.listThreads(cursor, m_tokens, this, done); });
    }

    PlatformOutcome<RemotePostPage> posts(YouTubeInbox &inbox, const QString &pageToken = {},
                                          std::optional<OAuthTokens> tokens = {})
    {
        const OAuthTokens use = tokens.value_or(m_tokens);
        return wait<RemotePostPage>([&](auto done) { inbox.listPosts(pageToken, use, this, done); });
    }

    PlatformOutcome<RemoteReply> reply(YouTubeInbox &inbox, const RemoteItem &item, const QString &text,
                                       std::optional<OAuthTokens> tokens = {})
    {
        const OAuthTokens use = tokens.value_or(m_tokens);
        return wait<RemoteReply>([&](auto done) { inbox.reply(item, text, use, this, done); });
    }

    struct Listing
    {
        QList<RemotePage> pages;
        std::optional<PlatformError> error;
        QList<RemoteItem> items() const
        {
            QList<RemoteItem> all;
            for (const RemotePage &p : pages)
                all.append(p.items);
            return all;
        }
        int units() const
        {
            int sum = 0;
            for (const RemotePage &p : pages)
                sum += p.quotaUnits;
            return sum;
        }
    };

    // Every page of a listing, first to last (at most 20).
    Listing listAll(YouTubeInbox &inbox, InboxCursor::Scope scope, const QString &remoteId)
    {
        Listing out;
        QString token;
        do {
            const auto page = list(inbox, scope, remoteId, token);
            if (!page.ok()) {
                out.error = page.error;
                break;
            }
            out.pages.append(*page.value);
            token = page.value->nextPageToken;
        } while (!token.isEmpty() && out.pages.size() < 20);
        return out;
    }

    QString uploadVideo(const QString &title)
    {
        return test::uploadYouTubeVideo(&m_nam, *m_endpoints, m_tokens, m_file, title);
    }

    QJsonObject youtubeWorld() const { return m_server.world().value(QStringLiteral("youtube")).toObject(); }

    int usedUnits() const
    {
        return youtubeWorld()
            .value(QStringLiteral("quota"))
            .toObject()
            .value(QStringLiteral("used_units"))
            .toInt();
    }

    // The simulator's comments: id -> record.
    QHash<QString, QJsonObject> worldComments() const
    {
        QHash<QString, QJsonObject> out;
        for (const auto &value : youtubeWorld().value(QStringLiteral("comments")).toArray())
            out.insert(value.toObject().value(QStringLiteral("id")).toString(), value.toObject());
        return out;
    }

    QSet<QString> worldThreadIds(const QString &videoId) const
    {
        QSet<QString> out;
        for (const QJsonObject &c : worldComments()) {
            if (c.value(QStringLiteral("video_id")).toString() == videoId
                && c.value(QStringLiteral("parent_id")).toString().isEmpty())
                out.insert(c.value(QStringLiteral("id")).toString());
        }
        return out;
    }

    int requestCount() { return static_cast<int>(m_server.recorder().all().size()); }

    OAuthTokens badTokens() const
    {
        OAuthTokens t = m_tokens;
        t.accessToken = QStringLiteral("ya29.not-a-token-Zq81");
        return t;
    }

    // The newest thread of a video with one synthetic comment.
    std::optional<RemoteItem> videoWithOneComment(YouTubeInbox &inbox, QString *videoId)
    {
        *videoId = uploadVideo(QStringLiteral("One comment"));
        if (videoId->isEmpty())
            return std::nullopt;
        m_youtube->addComments(*videoId, 1);
        const auto page = list(inbox, InboxCursor::Scope::Comments, *videoId);
        if (!page.ok() || page.value->items.isEmpty())
            return std::nullopt;
        return page.value->items.first();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<std::optional<PlatformError>>();
        m_youtube = &m_server.add<YouTubeSimulator>();
        QString error;
        QVERIFY2(m_server.start(0, &error), qPrintable(error));
        m_endpoints = test::sandboxEndpointTable(m_server, m_dir.path(), &error);
        QVERIFY2(m_endpoints, qPrintable(error));

        YouTubeAuth auth(&m_nam, *m_endpoints, test::sandboxCredentials(QStringLiteral("youtube")));
        const auto tokens = test::connectThroughBrowser(auth);
        QVERIFY(tokens);
        m_tokens = *tokens;
        const auto who = wait<AccountIdentity>([&](auto done) { auth.identify(m_tokens, this, done); });
        QVERIFY(who.ok());
        m_channelId = who.value->remoteId;
        QVERIFY(!m_channelId.isEmpty());

        m_file = m_dir.filePath(QStringLiteral("clip.mp4"));
        QFile f(m_file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4000, 'v'));
    }

    void textAndNoConversations()
    {
        YouTubeInbox inbox(&m_nam, *m_endpoints);
        QVERIFY(inbox.providesText());
        const int before = requestCount();
        bool answered = false;
        std::optional<PlatformOutcome<RemotePage>> page;
        inbox.list({InboxCursor::Scope::Conversations, {}, {}}, m_tokens, this,
                   [&](const PlatformOutcome<RemotePage> &p) {
                       answered = true;
                       page = p;
                   });
        QVERIFY(!answered); // never synchronously
        QTRY_VERIFY(page.has_value());
        QVERIFY(page->ok());
        QVERIFY(page->value->items.isEmpty());
        QVERIFY(page->value->nextPageToken.isEmpty());
        QCOMPARE(page->value->quotaUnits, 0);
        QCOMPARE(requestCount(), before);
    }

    void pagesThroughManyCommentsNewestFirst()
    {
        const QString video = uploadVideo(QStringLiteral("Busy video"));
        QVERIFY(!video.isEmpty());
        m_youtube->addComments(video, 250);
        YouTubeInbox inbox(&m_nam, *m_endpoints);
        const int unitsBefore = usedUnits();
        const int channelLookupsBefore = static_cast<int>(
            m_server.recorder().forEndpoint(QStringLiteral("youtube.api.channels")).size());

        const Listing listing = listAll(inbox, InboxCursor::Scope::Comments, video);
        QVERIFY2(!listing.error, listing.error ? qPrintable(listing.error->message) : "");
        QCOMPARE(listing.pages.size(), 3);
        QCOMPARE(listing.pages[0].items.size(), 100);
        QCOMPARE(listing.pages[1].items.size(), 100);
        QCOMPARE(listing.pages[2].items.size(), 50);
        QVERIFY(!listing.pages[0].nextPageToken.isEmpty());
        QVERIFY(!listing.pages[1].nextPageToken.isEmpty());
        QVERIFY(listing.pages[2].nextPageToken.isEmpty());

        // The channel is looked up once (1 unit), each page costs 1; the simulator agrees.
        QCOMPARE(listing.pages[0].quotaUnits, 2);
        QCOMPARE(listing.pages[1].quotaUnits, 1);
        QCOMPARE(listing.pages[2].quotaUnits, 1);
        QCOMPARE(usedUnits() - unitsBefore, listing.units());
        QCOMPARE(
            static_cast<int>(m_server.recorder().forEndpoint(QStringLiteral("youtube.api.channels")).size()),
            channelLookupsBefore + 1);

        const QList<RemoteItem> items = listing.items();
        const QHash<QString, QJsonObject> world = worldComments();
        QSet<QString> seen;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const RemoteItem &item = items[i];
            QCOMPARE(item.kind, RemoteItem::Kind::Comment);
            QVERIFY2(!seen.contains(item.remoteId), qPrintable(item.remoteId));
            seen.insert(item.remoteId);
            QCOMPARE(item.remotePostId, video);
            QCOMPARE(item.permalink, watchUrl(video, item.remoteId));
            QVERIFY(item.canReply);
            QVERIFY(!item.fromAccountOwner);
            QVERIFY(item.authorId.startsWith(QLatin1String("UC")));
            QVERIFY(item.authorId != m_channelId);
            QCOMPARE(item.authorName, world.value(item.remoteId).value(QStringLiteral("author")).toString());
            QCOMPARE(item.text, world.value(item.remoteId).value(QStringLiteral("text")).toString());
            QVERIFY(item.createdAt.isValid());
            if (i > 0)
                QVERIFY2(items[i - 1].createdAt >= item.createdAt, qPrintable(QString::number(i)));
        }
        QCOMPARE(seen, worldThreadIds(video));
        // Synthetic comments alternate Latin and Cyrillic texts.
        QVERIFY(std::any_of(items.cbegin(), items.cend(), [](const RemoteItem &i) {
            return i.text.startsWith(QStringLiteral("Комментарий"));
        }));

        // What went over the wire.
        const auto requests
            = m_server.recorder().forEndpoint(QStringLiteral("youtube.api.commentThreads.list"));
        QVERIFY(!requests.isEmpty());
        const QUrlQuery sent(requests.last().query);
        QCOMPARE(sent.queryItemValue(QStringLiteral("maxResults")), QStringLiteral("100"));
        QCOMPARE(sent.queryItemValue(QStringLiteral("order")), QStringLiteral("time"));
        QCOMPARE(sent.queryItemValue(QStringLiteral("textFormat")), QStringLiteral("plainText"));
        QCOMPARE(sent.queryItemValue(QStringLiteral("videoId")), video);
    }

    void repliesIncludedThenListedInFull()
    {
        YouTubeInbox inbox(&m_nam, *m_endpoints);
        QString video;
        const auto top = videoWithOneComment(inbox, &video);
        QVERIFY(top);
        auto before = threads(inbox, video);
        QVERIFY(before.ok());
        QVERIFY(before.value->threadsWithMoreReplies.isEmpty());
        QCOMPARE(idsOf(before.value->page.items, RemoteItem::Kind::Reply).size(), 0);

        const int unitsBefore = usedUnits();
        QStringList sentIds;
        int replyUnits = 0;
        for (int i = 0; i < 103; ++i) {
            const auto r = reply(inbox, *top, QStringLiteral("Answer %1").arg(i));
            QVERIFY2(r.ok(), r.error ? qPrintable(r.error->message) : "");
            QVERIFY(!r.value->remoteId.isEmpty());
            sentIds.append(r.value->remoteId);
            replyUnits += r.value->quotaUnits;
        }
        QCOMPARE(replyUnits, 103 * 50);
        QCOMPARE(usedUnits() - unitsBefore, replyUnits);

        // The thread comes with its first five replies and says that there are more.
        const auto page = threads(inbox, video);
        QVERIFY(page.ok());
        QCOMPARE(page.value->page.quotaUnits, 1);
        QCOMPARE(page.value->threadsWithMoreReplies, QStringList{top->remoteId});
        const QList<RemoteItem> &items = page.value->page.items;
        QCOMPARE(items.size(), 6);
        QCOMPARE(items[0].kind, RemoteItem::Kind::Comment);
        QCOMPARE(items[0].remoteId, top->remoteId);
        for (qsizetype i = 1; i < items.size(); ++i) {
            QCOMPARE(items[i].kind, RemoteItem::Kind::Reply);
            QCOMPARE(items[i].remoteParentId, top->remoteId);
            QCOMPARE(items[i].remotePostId, video);
            QVERIFY(sentIds.contains(items[i].remoteId));
            QVERIFY(items[i].fromAccountOwner);
            QCOMPARE(items[i].authorId, m_channelId);
        }
        // list() gives the same items as listThreads().
        const auto plain = list(inbox, InboxCursor::Scope::Comments, video);
        QVERIFY(plain.ok());
        QCOMPARE(idsOf(plain.value->items, RemoteItem::Kind::Reply), idsOf(items, RemoteItem::Kind::Reply));

        // The full listing: 100 + 3, each reply once, 1 unit a page.
        const int listUnitsBefore = usedUnits();
        const Listing replies = listAll(inbox, InboxCursor::Scope::Replies, top->remoteId);
        QVERIFY2(!replies.error, replies.error ? qPrintable(replies.error->message) : "");
        QCOMPARE(replies.pages.size(), 2);
        QCOMPARE(replies.pages[0].items.size(), 100);
        QCOMPARE(replies.pages[1].items.size(), 3);
        QVERIFY(replies.pages[1].nextPageToken.isEmpty());
        QCOMPARE(replies.units(), 2);
        QCOMPARE(usedUnits() - listUnitsBefore, 2);
        QSet<QString> listed;
        for (const RemoteItem &r : replies.items()) {
            QCOMPARE(r.kind, RemoteItem::Kind::Reply);
            QCOMPARE(r.remoteParentId, top->remoteId);
            QCOMPARE(r.remotePostId, video);
            QCOMPARE(r.permalink, watchUrl(video, r.remoteId));
            QVERIFY(r.fromAccountOwner);
            QCOMPARE(r.text, QStringLiteral("Answer %1").arg(sentIds.indexOf(r.remoteId)));
            listed.insert(r.remoteId);
        }
        QCOMPARE(listed.size(), 103);
        QCOMPARE(listed, QSet<QString>(sentIds.cbegin(), sentIds.cend()));
        const auto sent = m_server.recorder().forEndpoint(QStringLiteral("youtube.api.comments.list"));
        QCOMPARE(QUrlQuery(sent.last().query).queryItemValue(QStringLiteral("parentId")), top->remoteId);
        QCOMPARE(QUrlQuery(sent.last().query).queryItemValue(QStringLiteral("textFormat")),
                 QStringLiteral("plainText"));
    }

    void replyRoundTripsExactText()
    {
        YouTubeInbox inbox(&m_nam, *m_endpoints);
        QString video;
        const auto top = videoWithOneComment(inbox, &video);
        QVERIFY(top);

        const int unitsBefore = usedUnits();
        const auto first = reply(inbox, *top, kMixedText);
        QVERIFY2(first.ok(), first.error ? qPrintable(first.error->message) : "");
        QCOMPARE(first.value->quotaUnits, 50);
        QCOMPARE(usedUnits() - unitsBefore, 50);
        QVERIFY(first.value->createdAt.isValid());
        QCOMPARE(worldComments().value(first.value->remoteId).value(QStringLiteral("text")).toString(),
                 kMixedText);

        // Answering a reply: YouTube threads are flat, the new one goes under the top comment.
        const auto page = list(inbox, InboxCursor::Scope::Comments, video);
        QVERIFY(page.ok());
        const auto mine
            = std::find_if(page.value->items.cbegin(), page.value->items.cend(),
                           [&](const RemoteItem &i) { return i.remoteId == first.value->remoteId; });
        QVERIFY(mine != page.value->items.cend());
        QCOMPARE(mine->kind, RemoteItem::Kind::Reply);
        QCOMPARE(mine->text, kMixedText);
        QCOMPARE(mine->remoteParentId, top->remoteId);
        QVERIFY(mine->fromAccountOwner);
        QCOMPARE(mine->authorId, m_channelId);

        const QString markup = QStringLiteral("line one\nline two <b>&amp;</b> \"quoted\"  ");
        const auto second = reply(inbox, *mine, markup);
        QVERIFY2(second.ok(), second.error ? qPrintable(second.error->message) : "");
        // Emoji count as one character each: 10,000 of them are allowed.
        QString emoji;
        for (int i = 0; i < YouTubeInbox::kMaxReplyLength; ++i)
            emoji += QStringLiteral("👋");
        const auto longest = reply(inbox, *top, emoji);
        QVERIFY2(longest.ok(), longest.error ? qPrintable(longest.error->message) : "");

        const Listing replies = listAll(inbox, InboxCursor::Scope::Replies, top->remoteId);
        QVERIFY(!replies.error);
        QHash<QString, RemoteItem> byId;
        for (const RemoteItem &r : replies.items())
            byId.insert(r.remoteId, r);
        QCOMPARE(byId.size(), 3);
        QCOMPARE(byId.value(first.value->remoteId).text, kMixedText);
        QCOMPARE(byId.value(second.value->remoteId).text, markup);
        QCOMPARE(byId.value(second.value->remoteId).remoteParentId, top->remoteId);
        QCOMPARE(byId.value(longest.value->remoteId).text, emoji);
    }

    void replyTextIsCheckedBeforeSending()
    {
        YouTubeInbox inbox(&m_nam, *m_endpoints);
        RemoteItem comment;
        comment.remoteId = QStringLiteral("Ugzsomething");
        const int before = requestCount();

        const auto empty = reply(inbox, comment, QStringLiteral(" \n\t "));
        QVERIFY(!empty.ok());
        QCOMPARE(empty.error->kind, PlatformError::Kind::InvalidInput);
        QCOMPARE(empty.error->rule, QStringLiteral("youtube.reply.empty"));
        QCOMPARE(empty.error->field, QStringLiteral("text"));

        const auto tooLong
            = reply(inbox, comment, QString(YouTubeInbox::kMaxReplyLength + 1, QLatin1Char('a')));
        QVERIFY(!tooLong.ok());
        QCOMPARE(tooLong.error->kind, PlatformError::Kind::InvalidInput);
        QCOMPARE(tooLong.error->rule, QStringLiteral("youtube.reply.too_long"));
        QVERIFY(tooLong.error->message.contains(QStringLiteral("10001")));

        RemoteItem message;
        message.kind = RemoteItem::Kind::Message;
        message.remoteId = QStringLiteral("m1");
        const auto notAComment = reply(inbox, message, QStringLiteral("hi"));
        QVERIFY(!notAComment.ok());
        QCOMPARE(notAComment.error->kind, PlatformError::Kind::InvalidInput);
        QCOMPARE(requestCount(), before); // nothing went out
    }

    void serverTooLongIsMapped()
    {
        // The simulator's own answer to an over-long comment, read by the inbox's mapper.
        const QUrl url = m_endpoints->url(QStringLiteral("youtube.api"), QStringLiteral("/comments"),
                                          QUrlQuery{{QStringLiteral("part"), QStringLiteral("snippet")}});
        const test::HttpReply raw = m_http.postJson(
            url,
            QJsonObject{{QStringLiteral("snippet"),
                         QJsonObject{{QStringLiteral("parentId"), QStringLiteral("Ugzwhatever")},
                                     {QStringLiteral("textOriginal"), QString(10001, QLatin1Char('x'))}}}},
            test::HttpClient::bearer(m_tokens.accessToken));
        QCOMPARE(raw.status, 400);
        NetworkResult result;
        result.httpStatus = raw.status;
        result.body = raw.body;
        const auto error = YouTubeInbox::mapError(result);
        QVERIFY(error);
        QCOMPARE(error->kind, PlatformError::Kind::InvalidInput);
        QCOMPARE(error->code, QStringLiteral("commentTextTooLong"));
        QCOMPARE(error->rule, QStringLiteral("youtube.reply.too_long"));
        QCOMPARE(error->field, QStringLiteral("text"));
        QCOMPARE(error->httpStatus, 400);
    }

    void channelWideThreadsAndPosts()
    {
        const QString a = uploadVideo(QStringLiteral("Alps at dawn"));
        const QString b = uploadVideo(QStringLiteral("Baltic ferry"));
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        m_youtube->addComments(a, 2);
        m_youtube->addComments(b, 3);
        YouTubeInbox inbox(&m_nam, *m_endpoints);

        // Empty remoteId: every thread of the channel, newest first.
        const auto page = list(inbox, InboxCursor::Scope::Comments, QString());
        QVERIFY2(page.ok(), page.error ? qPrintable(page.error->message) : "");
        const QStringList ids = idsOf(page.value->items, RemoteItem::Kind::Comment);
        QCOMPARE(ids.size(), 100);
        QVERIFY(!page.value->nextPageToken.isEmpty());
        const QSet<QString> got(ids.cbegin(), ids.cend());
        QVERIFY(got.contains(worldThreadIds(a)));
        QVERIFY(got.contains(worldThreadIds(b)));
        QDateTime previous;
        for (const RemoteItem &item : page.value->items) {
            if (item.kind != RemoteItem::Kind::Comment)
                continue;
            if (worldThreadIds(a).contains(item.remoteId))
                QCOMPARE(item.remotePostId, a);
            if (previous.isValid())
                QVERIFY(previous >= item.createdAt);
            previous = item.createdAt;
        }
        const auto sent = m_server.recorder().forEndpoint(QStringLiteral("youtube.api.commentThreads.list"));
        QCOMPARE(QUrlQuery(sent.last().query).queryItemValue(QStringLiteral("allThreadsRelatedToChannelId")),
                 m_channelId);

        // Posts: the videos with comments, every page; units as the simulator charged them.
        YouTubeInbox fresh(&m_nam, *m_endpoints);
        const int unitsBefore = usedUnits();
        QHash<QString, RemotePost> found;
        QString token;
        int units = 0;
        int pages = 0;
        do {
            const auto p = posts(fresh, token);
            QVERIFY2(p.ok(), p.error ? qPrintable(p.error->message) : "");
            QSet<QString> onPage;
            for (const RemotePost &post : p.value->posts) {
                QVERIFY(!onPage.contains(post.remoteId));
                onPage.insert(post.remoteId);
                found.insert(post.remoteId, post);
            }
            const int videoCalls = static_cast<int>((onPage.size() + 49) / 50);
            QCOMPARE(p.value->quotaUnits, (pages == 0 ? 1 : 0) + 1 + videoCalls);
            units += p.value->quotaUnits;
            token = p.value->nextPageToken;
            ++pages;
        } while (!token.isEmpty() && pages < 20);
        QVERIFY(token.isEmpty());
        QCOMPARE(usedUnits() - unitsBefore, units);

        QSet<QString> withComments;
        for (const QJsonObject &c : worldComments())
            withComments.insert(c.value(QStringLiteral("video_id")).toString());
        QCOMPARE(QSet<QString>(found.keyBegin(), found.keyEnd()), withComments);
        QCOMPARE(found.value(a).caption, QStringLiteral("Alps at dawn"));
        QCOMPARE(found.value(a).commentCount, 2);
        QCOMPARE(found.value(b).commentCount, 3);
        QCOMPARE(found.value(b).permalink, QString(QStringLiteral("https://www.youtube.com/watch?v=") + b));
        QVERIFY(found.value(b).publishedAt.isValid());
    }

    void privateReplyIsUnsupported()
    {
        YouTubeInbox inbox(&m_nam, *m_endpoints);
        RemoteItem comment;
        comment.remoteId = QStringLiteral("Ugzsomething");
        const int before = requestCount();
        bool answered = false;
        std::optional<PlatformOutcome<RemoteReply>> out;
        inbox.privateReply(comment, QStringLiteral("hi"), m_tokens, this,
                           [&](const PlatformOutcome<RemoteReply> &o) {
                               answered = true;
                               out = o;
                           });
        QVERIFY(!answered);
        QTRY_VERIFY(out.has_value());
        QVERIFY(!out->ok());
        QCOMPARE(out->error->kind, PlatformError::Kind::InvalidInput);
        QCOMPARE(out->error->rule, QStringLiteral("youtube.private_reply.unsupported"));
        QCOMPARE(out->error->platform, QStringLiteral("youtube"));
        QVERIFY(!out->error->message.isEmpty());
        QCOMPARE(requestCount(), before);
    }

    void wrongCallsAreInvalidInput()
    {
        YouTubeInbox inbox(&m_nam, *m_endpoints);
        const int before = requestCount();
        const auto postsScope = list(inbox, InboxCursor::Scope::Posts, QString());
        QVERIFY(!postsScope.ok());
        QCOMPARE(postsScope.error->kind, PlatformError::Kind::InvalidInput);
        const auto noComment = list(inbox, InboxCursor::Scope::Replies, QString());
        QVERIFY(!noComment.ok());
        QCOMPARE(noComment.error->kind, PlatformError::Kind::InvalidInput);
        QCOMPARE(requestCount(), before);

        // Unknown video and a made-up page token, as YouTube answers them.
        const auto unknown = list(inbox, InboxCursor::Scope::Comments, QStringLiteral("noSuchVideo"));
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error->kind, PlatformError::Kind::Permanent);
        QCOMPARE(unknown.error->code, QStringLiteral("videoNotFound"));
        const auto badPage
            = list(inbox, InboxCursor::Scope::Comments, QString(), QStringLiteral("bm9wZQ+/="));
        QVERIFY(!badPage.ok());
        QCOMPARE(badPage.error->kind, PlatformError::Kind::InvalidInput);
        QCOMPARE(badPage.error->code, QStringLiteral("invalidPageToken"));
    }

    void quotaExhaustedWaitsForPacificMidnight()
    {
        YouTubeInbox inbox(&m_nam, *m_endpoints);
        QString video;
        const auto top = videoWithOneComment(inbox, &video);
        QVERIFY(top);

        FaultRule quota;
        quota.action = FaultRule::Action::QuotaExhausted;
        quota.endpoint = QStringLiteral("youtube.api.commentThreads.list");
        m_server.faults().add(quota);
        const auto page = list(inbox, InboxCursor::Scope::Comments, video);
        QVERIFY(!page.ok());
        QCOMPARE(page.error->kind, PlatformError::Kind::QuotaExhausted);
        QCOMPARE(page.error->code, QStringLiteral("quotaExceeded"));
        QCOMPARE(page.error->httpStatus, 403);
        QCOMPARE(page.error->until, nextPacificMidnight());
        QVERIFY(page.error->until > QDateTime::currentDateTimeUtc());

        quota.endpoint = QStringLiteral("youtube.api.comments.insert");
        m_server.faults().add(quota);
        const auto refused = reply(inbox, *top, QStringLiteral("Thanks!"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error->kind, PlatformError::Kind::QuotaExhausted);
        QCOMPARE(refused.error->until, nextPacificMidnight());
        // The fault fired once; the next attempt goes through.
        const auto retried = reply(inbox, *top, QStringLiteral("Thanks!"));
        QVERIFY2(retried.ok(), retried.error ? qPrintable(retried.error->message) : "");
    }

    void rateLimitCarriesRetryAfter()
    {
        YouTubeInbox inbox(&m_nam, *m_endpoints);
        QString video;
        QVERIFY(videoWithOneComment(inbox, &video));
        FaultRule slowDown;
        slowDown.action = FaultRule::Action::RateLimit;
        slowDown.endpoint = QStringLiteral("youtube.api.commentThreads.list");
        slowDown.retryAfterSeconds = 42;
        m_server.faults().add(slowDown);
        const auto page = list(inbox, InboxCursor::Scope::Comments, video);
        QVERIFY(!page.ok());
        QCOMPARE(page.error->kind, PlatformError::Kind::RateLimited);
        QCOMPARE(page.error->retryAfterSeconds.value_or(-1), 42); // the queue holds the platform that long
    }

    void rejectedTokenIsAuthExpired()
    {
        const OAuthTokens bad = badTokens();
        // A fresh inbox fails at the channel lookup, a warm one at the listing itself.
        YouTubeInbox fresh(&m_nam, *m_endpoints);
        const auto first = list(fresh, InboxCursor::Scope::Comments, QString(), {}, bad);
        QVERIFY(!first.ok());
        QCOMPARE(first.error->kind, PlatformError::Kind::AuthExpired);
        QCOMPARE(first.error->httpStatus, 401);
        QVERIFY(!first.error->message.contains(bad.accessToken));

        YouTubeInbox warm(&m_nam, *m_endpoints);
        QString video;
        const auto top = videoWithOneComment(warm, &video);
        QVERIFY(top);
        const int lookups = static_cast<int>(
            m_server.recorder().forEndpoint(QStringLiteral("youtube.api.channels")).size());
        const auto listed = list(warm, InboxCursor::Scope::Comments, video, {}, bad);
        QVERIFY(!listed.ok());
        QCOMPARE(listed.error->kind, PlatformError::Kind::AuthExpired);
        QCOMPARE(
            static_cast<int>(m_server.recorder().forEndpoint(QStringLiteral("youtube.api.channels")).size()),
            lookups); // the channel id was kept
        const auto replied = reply(warm, *top, QStringLiteral("hello"), bad);
        QVERIFY(!replied.ok());
        QCOMPARE(replied.error->kind, PlatformError::Kind::AuthExpired);
        QVERIFY(!replied.error->message.contains(bad.accessToken));
        const auto postPage = posts(fresh, {}, bad);
        QVERIFY(!postPage.ok());
        QCOMPARE(postPage.error->kind, PlatformError::Kind::AuthExpired);
    }

    void goneContextGetsNoAnswer()
    {
        YouTubeInbox inbox(&m_nam, *m_endpoints);
        QVERIFY(list(inbox, InboxCursor::Scope::Comments, QString()).ok()); // the channel id is known now
        auto *context = new QObject;
        bool answered = false;
        const int before = requestCount();
        inbox.list({InboxCursor::Scope::Comments, QString(), {}}, m_tokens, context,
                   [&](const PlatformOutcome<RemotePage> &) { answered = true; });
        delete context;
        QTRY_VERIFY(requestCount() > before); // the request itself still went out
        QTest::qWait(300);
        QVERIFY(!answered);
    }
};

TRAVELFLOW_TEST_MAIN(TestYouTubeInbox, QCoreApplication)
#include "test_youtube_inbox.moc"
