// YouTubeCommentJson reads commentThreads.list and comments.list bodies: every field the
// inbox keeps, the defaults for what the API leaves out, any script byte for byte, and a
// body cut short is refused rather than read as an empty page.

#include "youtube/youtube_comment_json.h"
#include "youtube/youtube_inbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace travelflow;

namespace {

const QString kChannel = QStringLiteral("UCowner");

QJsonObject comment(const QString &id, const QString &author, const QString &text, const QString &parent = {})
{
    QJsonObject snippet{{QStringLiteral("videoId"), QStringLiteral("vid1")},
                        {QStringLiteral("textDisplay"), QString(QStringLiteral("display: ") + text)},
                        {QStringLiteral("textOriginal"), text},
                        {QStringLiteral("authorDisplayName"), author},
                        {QStringLiteral("authorChannelId"), QJsonObject{{QStringLiteral("value"), author}}},
                        {QStringLiteral("likeCount"), 2},
                        {QStringLiteral("publishedAt"), QStringLiteral("2024-05-01T10:20:30Z")},
                        {QStringLiteral("updatedAt"), QStringLiteral("2024-05-02T11:00:00.250Z")}};
    if (!parent.isEmpty())
        snippet.insert(QStringLiteral("parentId"), parent);
    return QJsonObject{{QStringLiteral("kind"), QStringLiteral("youtube#comment")},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("snippet"), snippet}};
}

QByteArray body(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestYouTubeCommentJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void threadsWithEveryField()
    {
        const QString mixed = QStringLiteral(
            "Сколько стоит? 🏔️ \"quote\" \\ back\nline\ttab مرحبا שלום");
        const QJsonObject thread{
            {QStringLiteral("kind"), QStringLiteral("youtube#commentThread")},
            {QStringLiteral("id"), QStringLiteral("T1")},
            {QStringLiteral("snippet"),
             QJsonObject{{QStringLiteral("videoId"), QStringLiteral("vid1")},
                         {QStringLiteral("topLevelComment"),
                          comment(QStringLiteral("T1"), QStringLiteral("UCfan"), mixed)},
                         {QStringLiteral("canReply"), false},
                         {QStringLiteral("totalReplyCount"), 7}}},
            {QStringLiteral("replies"),
             QJsonObject{{QStringLiteral("comments"),
                          QJsonArray{comment(QStringLiteral("T1.r1"), kChannel, QStringLiteral("Thanks!"),
                                             QStringLiteral("T1")),
                                     comment(QStringLiteral("T1.r2"), QStringLiteral("UCother"),
                                             QStringLiteral("+1"))}}}}};
        const auto page = YouTubeCommentJson::threads(
            body(QJsonObject{{QStringLiteral("items"), QJsonArray{thread}},
                             {QStringLiteral("nextPageToken"), QStringLiteral("next+page/=")}}),
            kChannel);
        QVERIFY(page);
        QCOMPARE(page->page.nextPageToken, QStringLiteral("next+page/="));
        QCOMPARE(page->page.items.size(), 3);
        const RemoteItem &top = page->page.items.at(0);
        QCOMPARE(top.kind, RemoteItem::Kind::Comment);
        QCOMPARE(top.remoteId, QStringLiteral("T1"));
        QCOMPARE(top.remotePostId, QStringLiteral("vid1"));
        QCOMPARE(top.authorId, QStringLiteral("UCfan"));
        QCOMPARE(top.authorName, QStringLiteral("UCfan"));
        QCOMPARE(top.text.toUtf8(), mixed.toUtf8());
        QCOMPARE(top.createdAt, QDateTime(QDate(2024, 5, 1), QTime(10, 20, 30), Qt::UTC));
        QCOMPARE(top.updatedAt, QDateTime(QDate(2024, 5, 2), QTime(11, 0, 0, 250), Qt::UTC));
        QCOMPARE(top.permalink, QStringLiteral("https://www.youtube.com/watch?v=vid1&lc=T1"));
        QVERIFY(!top.canReply);
        QCOMPARE(top.replyCount, 7);
        QVERIFY(!top.fromAccountOwner);
        const RemoteItem &own = page->page.items.at(1);
        QCOMPARE(own.kind, RemoteItem::Kind::Reply);
        QCOMPARE(own.remoteParentId, QStringLiteral("T1"));
        QVERIFY(own.fromAccountOwner);
        QVERIFY(!own.canReply); // answered in the thread, which takes no replies
        // A reply that does not name its parent belongs to the thread it came in.
        QCOMPARE(page->page.items.at(2).remoteParentId, QStringLiteral("T1"));
        QCOMPARE(page->threadsWithMoreReplies, QStringList{QStringLiteral("T1")});
    }

    void whatTheApiLeavesOutGetsTheDefaults()
    {
        QJsonObject bare
            = comment(QStringLiteral("C2"), QStringLiteral("UCa"), QStringLiteral("only display"));
        QJsonObject snippet = bare.value(QStringLiteral("snippet")).toObject();
        snippet.remove(QStringLiteral("textOriginal")); // only the author gets it
        snippet.remove(QStringLiteral("authorChannelId"));
        snippet.remove(QStringLiteral("videoId"));
        bare.insert(QStringLiteral("snippet"), snippet);
        bare.remove(QStringLiteral("id"));
        const QJsonObject thread{{QStringLiteral("id"), QStringLiteral("C2")},
                                 {QStringLiteral("snippet"),
                                  QJsonObject{{QStringLiteral("videoId"), QStringLiteral("vid9")},
                                              {QStringLiteral("topLevelComment"), bare}}}};
        const auto page = YouTubeCommentJson::threads(
            body(QJsonObject{{QStringLiteral("items"), QJsonArray{thread}}}), kChannel);
        QVERIFY(page);
        QVERIFY(page->page.nextPageToken.isEmpty());
        QCOMPARE(page->page.items.size(), 1);
        const RemoteItem &item = page->page.items.first();
        QCOMPARE(item.remoteId, QStringLiteral("C2")); // the thread's id
        QCOMPARE(item.remotePostId, QStringLiteral("vid9")); // the thread's video
        QCOMPARE(item.text, QStringLiteral("display: only display"));
        QVERIFY(item.authorId.isEmpty());
        QVERIFY(item.canReply);
        QCOMPARE(item.replyCount, -1);
        QVERIFY(page->threadsWithMoreReplies.isEmpty());
    }

    void repliesOfAComment()
    {
        const auto page = YouTubeCommentJson::replies(
            body(QJsonObject{{QStringLiteral("items"),
                              QJsonArray{comment(QStringLiteral("P.1"), QStringLiteral("UCa"),
                                                 QStringLiteral("first"), QStringLiteral("P")),
                                         comment(QStringLiteral("P.2"), kChannel, QStringLiteral("second"))}},
                             {QStringLiteral("nextPageToken"), QStringLiteral("t2")}}),
            QStringLiteral("P"), kChannel);
        QVERIFY(page);
        QCOMPARE(page->items.size(), 2);
        QCOMPARE(page->items.at(0).kind, RemoteItem::Kind::Reply);
        QCOMPARE(page->items.at(0).remoteParentId, QStringLiteral("P"));
        QCOMPARE(page->items.at(1).remoteParentId, QStringLiteral("P"));
        QVERIFY(page->items.at(1).fromAccountOwner);
        QCOMPARE(page->nextPageToken, QStringLiteral("t2"));
    }

    void emptyBodyIsAnEmptyPageAndABrokenOneIsRefused()
    {
        const auto empty = YouTubeCommentJson::threads(QByteArray(), kChannel);
        QVERIFY(empty && empty->page.items.isEmpty());
        QVERIFY(YouTubeCommentJson::threads("{}", kChannel)
                && YouTubeCommentJson::threads("{}", kChannel)->page.items.isEmpty());
        const QByteArray whole = body(QJsonObject{
            {QStringLiteral("items"),
             QJsonArray{comment(QStringLiteral("X"), QStringLiteral("UCa"), QStringLiteral("x"))}}});
        QVERIFY(!YouTubeCommentJson::threads(whole.left(whole.size() / 2), kChannel));
        QVERIFY(!YouTubeCommentJson::replies(whole.left(whole.size() - 1), QStringLiteral("P"), kChannel));
        QVERIFY(!YouTubeCommentJson::threads("[1, 2]", kChannel)); // not an object
        QVERIFY(!YouTubeCommentJson::threads("<html>Bad gateway</html>", kChannel));
    }

    void watchUrls()
    {
        QCOMPARE(YouTubeCommentJson::watchUrl(QStringLiteral("abc_-9")),
                 QStringLiteral("https://www.youtube.com/watch?v=abc_-9"));
        QCOMPARE(YouTubeCommentJson::watchUrl(QStringLiteral("v"), QStringLiteral("Ugz.x y&z")),
                 QStringLiteral("https://www.youtube.com/watch?v=v&lc=Ugz.x%20y%26z"));
        QVERIFY(YouTubeCommentJson::watchUrl(QString()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestYouTubeCommentJson)
#include "test_youtube_comment_json.moc"
