// Reading and answering Instagram comments and messages with InstagramInbox against the
// Instagram simulator over real HTTP: the account's media, comments paged by cursor, replies,
// public replies that keep their text exactly, private replies (once per comment, within 7
// days), conversations with their messages, and the platform's failures as typed errors.

#include "instagram/instagram_auth.h"
#include "instagram/instagram_inbox.h"
#include "instagram_simulator.h"
#include "sandbox_server.h"
#include "support/sandbox_accounts.h"
#include "support/sandbox_oauth.h"
#include "support/sandbox_posts.h"
#include "support/test_env.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <chrono>

using namespace travelflow;
using namespace travelflow::sandbox;
using namespace std::chrono_literals;
using Kind = PlatformError::Kind;
using Scope = InboxCursor::Scope;

namespace {

const QString kCaption = QStringLiteral("Sunset over the Bosphorus #istanbul");

QString multilingualText()
{
    return QStringLiteral("Привет 👋 مرحبا שלום");
}

// What one asynchronous call answered, and how often.
template<typename T>
struct Answer
{
    std::optional<PlatformOutcome<T>> outcome;
    int calls = 0;
};

} // namespace

class TestInstagramInbox : public QObject
{
    Q_OBJECT

    SandboxServer m_server;
    InstagramSimulator *m_simulator = nullptr;
    QNetworkAccessManager m_nam;
    QTemporaryDir m_dir;
    std::optional<EndpointTable> m_endpoints;
    std::unique_ptr<InstagramAuth> m_auth;
    OAuthTokens m_tokens; // the user token, as the app keeps it
    OAuthTokens m_pageTokens; // the Page token from identify()
    QString m_igUserId;
    QString m_mediaId;
    QString m_privatelyAnswered; // the comment test 4 answered privately

    std::unique_ptr<InstagramInbox> inbox()
    {
        auto i = std::make_unique<InstagramInbox>(&m_nam, *m_endpoints, m_igUserId);
        i->setClock([this] { return m_server.clock().now(); });
        return i;
    }

    qsizetype count(const QString &endpoint, const QByteArray &method = {})
    {
        const auto requests = m_server.recorder().forEndpoint(endpoint);
        return std::count_if(requests.cbegin(), requests.cend(), [&](const RecordedRequest &r) {
            return r.endpoint == endpoint && (method.isEmpty() || r.method == method);
        });
    }

    // Waits for the answer, then a little longer: a second delivery would be counted.
    template<typename T>
    static void settle(const Answer<T> &answer)
    {
        if (!QTest::qWaitFor([&] { return answer.calls > 0; }, 10000))
            qWarning("no answer in time");
        QTest::qWait(20);
    }

    template<typename T>
    static PlatformError errorOf(const Answer<T> &a)
    {
        if (a.calls == 1 && a.outcome && a.outcome->error)
            return *a.outcome->error;
        PlatformError none; // matches no expectation below
        none.code = QStringLiteral("<no single error>");
        return none;
    }

    template<typename T>
    static bool succeeded(const Answer<T> &a)
    {
        if (a.calls == 1 && a.outcome && a.outcome->ok())
            return true;
        qWarning() << "calls:" << a.calls << "error:" << errorOf(a).message;
        return false;
    }

    Answer<RemotePage> list(InstagramInbox &inbox, const InboxCursor &cursor, const OAuthTokens &tokens)
    {
        Answer<RemotePage> a;
        inbox.list(cursor, tokens, this, [&](const PlatformOutcome<RemotePage> &r) {
            a.outcome = r;
            ++a.calls;
        });
        settle(a);
        return a;
    }

    Answer<RemotePostPage> listPosts(InstagramInbox &inbox, const QString &pageToken,
                                     const OAuthTokens &tokens)
    {
        Answer<RemotePostPage> a;
        inbox.listPosts(pageToken, tokens, this, [&](const PlatformOutcome<RemotePostPage> &r) {
            a.outcome = r;
            ++a.calls;
        });
        settle(a);
        return a;
    }

    Answer<RemoteReply> reply(InstagramInbox &inbox, const RemoteItem &item, const QString &text,
                              const OAuthTokens &tokens, bool privately = false)
    {
        Answer<RemoteReply> a;
        const auto done = [&](const PlatformOutcome<RemoteReply> &r) {
            a.outcome = r;
            ++a.calls;
        };
        if (privately)
            inbox.privateReply(item, text, tokens, this, done);
        else
            inbox.reply(item, text, tokens, this, done);
        settle(a);
        return a;
    }

    // Every page of a listing; false (with a warning) when a page fails or it never ends.
    bool listAll(InstagramInbox &inbox, const InboxCursor &first, const OAuthTokens &tokens,
                 QList<RemoteItem> *items, int *pages)
    {
        InboxCursor cursor = first;
        *pages = 0;
        while (*pages < 50) {
            const Answer<RemotePage> a = list(inbox, cursor, tokens);
            if (a.calls != 1 || !a.outcome || !a.outcome->ok()) {
                qWarning() << "page" << *pages
                           << "failed:" << (a.outcome && a.outcome->error ? errorOf(a).message : QString());
                return false;
            }
            ++*pages;
            items->append(a.outcome->value->items);
            if (a.outcome->value->nextPageToken.isEmpty())
                return true;
            cursor.pageToken = a.outcome->value->nextPageToken;
        }
        qWarning("the listing did not end");
        return false;
    }

    QJsonArray world(const QString &name) const
    {
        return m_server.world().value(QStringLiteral("instagram")).toObject().value(name).toArray();
    }

    // The simulator's comments under the media (top level: parent "" ) or under a comment.
    QMap<QString, QJsonObject> worldComments(const QString &parentId) const
    {
        QMap<QString, QJsonObject> out;
        for (const auto &value : world(QStringLiteral("comments"))) {
            const QJsonObject c = value.toObject();
            if (c.value(QStringLiteral("media_id")).toString() == m_mediaId
                && c.value(QStringLiteral("parent_id")).toString() == parentId)
                out.insert(c.value(QStringLiteral("id")).toString(), c);
        }
        return out;
    }

    // A top-level audience comment from the first page, not one of `avoid`.
    std::optional<RemoteItem> audienceComment(InstagramInbox &inbox, const QSet<QString> &avoid = {})
    {
        const Answer<RemotePage> a
            = list(inbox, InboxCursor{Scope::Comments, m_mediaId, QString()}, m_tokens);
        if (!a.outcome || !a.outcome->ok())
            return std::nullopt;
        for (const RemoteItem &item : a.outcome->value->items) {
            if (item.kind == RemoteItem::Kind::Comment && !item.fromAccountOwner
                && !avoid.contains(item.remoteId))
                return item;
        }
        return std::nullopt;
    }

    bool publishMedia()
    {
        const QString path = m_dir.filePath(QStringLiteral("bosphorus.mp4"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write(QByteArray(64 * 1024, 'v'));
        file.close();
        m_mediaId = test::publishInstagramMedia(m_server, &m_nam, *m_endpoints, m_igUserId, m_tokens, path,
                                                kCaption, 10000);
        return !m_mediaId.isEmpty();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_simulator = &m_server.add<InstagramSimulator>();
        QString error;
        QVERIFY2(m_server.start(0, &error), qPrintable(error));
        m_endpoints = test::sandboxEndpointTable(m_server, m_dir.path(), &error);
        QVERIFY2(m_endpoints, qPrintable(error));
        m_auth = std::make_unique<InstagramAuth>(&m_nam, *m_endpoints,
                                                 test::sandboxCredentials(QStringLiteral("instagram")));
        m_tokens = test::connectThroughBrowser(*m_auth).value_or(OAuthTokens());
        QVERIFY(!m_tokens.accessToken.isEmpty());
        const auto identity = test::identifyAccount(*m_auth, m_tokens);
        QVERIFY(identity);
        m_igUserId = identity->remoteId;
        QCOMPARE(m_igUserId, InstagramSimulator::igUserId());
        m_pageTokens = m_tokens;
        m_pageTokens.accessToken = identity->details.value(QStringLiteral("page_access_token")).toString();
        QVERIFY(!m_pageTokens.accessToken.isEmpty());
        QVERIFY(m_pageTokens.accessToken != m_tokens.accessToken);
        QVERIFY(publishMedia());
    }

    void init()
    {
        m_server.faults().clear();
        m_server.recorder().clear();
    }

    void graphTimesAreParsed()
    {
        const QDateTime expected(QDate(2026, 11, 20), QTime(10, 5, 7), Qt::UTC);
        QCOMPARE(InstagramInbox::parseGraphTime(QJsonValue(QStringLiteral("2026-11-20T10:05:07+0000"))),
                 expected);
        QCOMPARE(InstagramInbox::parseGraphTime(QJsonValue(QStringLiteral("2026-11-20T15:35:07+0530"))),
                 expected);
        QCOMPARE(InstagramInbox::parseGraphTime(QJsonValue(QStringLiteral("2026-11-20T10:05:07+00:00"))),
                 expected);
        QCOMPARE(InstagramInbox::parseGraphTime(QJsonValue(expected.toSecsSinceEpoch())), expected);
        QCOMPARE(InstagramInbox::parseGraphTime(QJsonValue(QString::number(expected.toSecsSinceEpoch()))),
                 expected);
        QVERIFY(!InstagramInbox::parseGraphTime(QJsonValue(QStringLiteral("yesterday"))).isValid());
        QVERIFY(!InstagramInbox::parseGraphTime(QJsonValue()).isValid());
    }

    void listsTheAccountsMedia()
    {
        auto i = inbox();
        QVERIFY(i->providesText());
        const Answer<RemotePostPage> a = listPosts(*i, QString(), m_tokens);
        QVERIFY(succeeded(a));
        QCOMPARE(a.outcome->value->posts.size(), 1);
        const RemotePost &post = a.outcome->value->posts.first();
        QCOMPARE(post.remoteId, m_mediaId);
        QCOMPARE(post.caption, kCaption);
        QVERIFY(post.permalink.startsWith(QStringLiteral("https://www.instagram.com/reel/")));
        QVERIFY(qAbs(post.publishedAt.secsTo(m_server.clock().now())) < 120);
        qsizetype comments = 0;
        for (const auto &c : world(QStringLiteral("comments")))
            comments += c.toObject().value(QStringLiteral("media_id")).toString() == m_mediaId ? 1 : 0;
        QCOMPARE(post.commentCount, comments);
        QVERIFY(a.outcome->value->nextPageToken.isEmpty());

        const auto requests = m_server.recorder().forEndpoint(QStringLiteral("instagram.graph.media.list"));
        QCOMPARE(requests.size(), 1);
        QVERIFY(requests.first().path.endsWith(
            QString(QLatin1Char('/') + m_igUserId + QStringLiteral("/media"))));
        QVERIFY(requests.first().query.contains(
            QStringLiteral("fields=id,caption,timestamp,permalink,comments_count")));
    }

    void pagesThroughManyCommentsNewestFirst()
    {
        m_simulator->addComments(m_mediaId, 120);
        const QMap<QString, QJsonObject> expected = worldComments(QString());
        QVERIFY(expected.size() >= 120);

        auto i = inbox();
        QList<RemoteItem> items;
        int pages = 0;
        QVERIFY(listAll(*i, InboxCursor{Scope::Comments, m_mediaId, QString()}, m_tokens, &items, &pages));
        QVERIFY2(pages >= 5, qPrintable(QString::number(pages)));
        QCOMPARE(count(QStringLiteral("instagram.graph.comments")), pages);
        // The permalink is asked once, then known.
        QCOMPARE(count(QStringLiteral("instagram.graph.media.get")), 1);

        QSet<QString> seen;
        QDateTime previous;
        for (const RemoteItem &item : std::as_const(items)) {
            QCOMPARE(item.kind, RemoteItem::Kind::Comment); // nobody replied yet
            QVERIFY2(!seen.contains(item.remoteId), qPrintable(item.remoteId));
            seen.insert(item.remoteId);
            QVERIFY(expected.contains(item.remoteId));
            const QJsonObject w = expected.value(item.remoteId);
            QCOMPARE(item.text, w.value(QStringLiteral("text")).toString());
            QCOMPARE(item.authorName, w.value(QStringLiteral("username")).toString());
            QVERIFY(!item.authorId.isEmpty());
            QCOMPARE(item.remotePostId, m_mediaId);
            QVERIFY(item.permalink.startsWith(QStringLiteral("https://www.instagram.com/reel/")));
            QVERIFY(!item.fromAccountOwner);
            QCOMPARE(item.replyCount, 0);
            QVERIFY(item.createdAt.isValid());
            QCOMPARE(item.createdAt.toSecsSinceEpoch(),
                     QDateTime::fromString(w.value(QStringLiteral("timestamp")).toString(), Qt::ISODateWithMs)
                         .toSecsSinceEpoch());
            if (previous.isValid())
                QVERIFY(item.createdAt <= previous); // newest first
            previous = item.createdAt;
        }
        QCOMPARE(seen.size(), expected.size()); // every comment, the end detected
    }

    void replyKeepsItsTextAndIsListedUnderTheComment()
    {
        auto i = inbox();
        const auto comment = audienceComment(*i);
        QVERIFY(comment);
        const Answer<RemoteReply> sent = reply(*i, *comment, multilingualText(), m_tokens);
        QVERIFY(succeeded(sent));
        const QString replyId = sent.outcome->value->remoteId;
        QVERIFY(!replyId.isEmpty());
        QCOMPARE(count(QStringLiteral("instagram.graph.replies"), "POST"), 1);
        const QMap<QString, QJsonObject> stored = worldComments(comment->remoteId);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.value(replyId).value(QStringLiteral("text")).toString(), multilingualText());
        QVERIFY(stored.value(replyId).value(QStringLiteral("by_owner")).toBool());

        // In the comment's replies...
        const Answer<RemotePage> replies
            = list(*i, InboxCursor{Scope::Replies, comment->remoteId, QString()}, m_tokens);
        QVERIFY(succeeded(replies));
        QCOMPARE(replies.outcome->value->items.size(), 1);
        const RemoteItem &listed = replies.outcome->value->items.first();
        QCOMPARE(listed.kind, RemoteItem::Kind::Reply);
        QCOMPARE(listed.remoteId, replyId);
        QCOMPARE(listed.text, multilingualText());
        QCOMPARE(listed.remoteParentId, comment->remoteId);
        QCOMPARE(listed.remotePostId, m_mediaId);
        QVERIFY(listed.fromAccountOwner);
        QVERIFY(listed.createdAt.isValid());
        QVERIFY(replies.outcome->value->nextPageToken.isEmpty());

        // ...and nested under the comment in the comments listing.
        const Answer<RemotePage> comments
            = list(*i, InboxCursor{Scope::Comments, m_mediaId, QString()}, m_tokens);
        QVERIFY(succeeded(comments));
        const QList<RemoteItem> &items = comments.outcome->value->items;
        const auto at = std::find_if(items.cbegin(), items.cend(), [&](const RemoteItem &item) {
            return item.remoteId == comment->remoteId;
        });
        QVERIFY(at != items.cend());
        QCOMPARE(at->replyCount, 1);
        QVERIFY(at + 1 != items.cend());
        QCOMPARE((at + 1)->kind, RemoteItem::Kind::Reply);
        QCOMPARE((at + 1)->remoteId, replyId);
        QCOMPARE((at + 1)->text, multilingualText());
        QCOMPARE((at + 1)->remoteParentId, comment->remoteId);
        QVERIFY((at + 1)->fromAccountOwner);

        // Answering a reply answers in its thread (Instagram takes top-level comments only);
        // form-significant characters survive.
        const QString tricky = QStringLiteral("1+1 = 2 & 50% off #deal? a=b;c\nнов строка");
        const Answer<RemoteReply> second = reply(*i, listed, tricky, m_tokens);
        QVERIFY(succeeded(second));
        const QJsonObject stored2 = worldComments(comment->remoteId).value(second.outcome->value->remoteId);
        QCOMPARE(stored2.value(QStringLiteral("text")).toString(), tricky);
    }

    void pagesThroughManyReplies()
    {
        auto i = inbox();
        const auto comment = audienceComment(*i, {});
        QVERIFY(comment);
        const qsizetype before = worldComments(comment->remoteId).size();
        for (int k = 0; k < 30; ++k) {
            const Answer<RemoteReply> sent = reply(*i, *comment, QStringLiteral("Ответ %1").arg(k), m_tokens);
            QVERIFY(succeeded(sent));
        }
        const QMap<QString, QJsonObject> expected = worldComments(comment->remoteId);
        QCOMPARE(expected.size(), before + 30);

        QList<RemoteItem> items;
        int pages = 0;
        QVERIFY(
            listAll(*i, InboxCursor{Scope::Replies, comment->remoteId, QString()}, m_tokens, &items, &pages));
        QVERIFY(pages >= 2);
        QSet<QString> seen;
        for (const RemoteItem &item : std::as_const(items)) {
            QVERIFY(!seen.contains(item.remoteId));
            seen.insert(item.remoteId);
            QVERIFY(expected.contains(item.remoteId));
            QCOMPARE(item.text, expected.value(item.remoteId).value(QStringLiteral("text")).toString());
            QCOMPARE(item.remoteParentId, comment->remoteId);
        }
        QCOMPARE(seen.size(), expected.size());
    }

    void privateReplyWorksOncePerComment()
    {
        auto i = inbox();
        const auto comment = audienceComment(*i);
        QVERIFY(comment);
        m_server.recorder().clear();
        // The user token, as the app passes it: the inbox finds the Page token itself.
        const Answer<RemoteReply> first = reply(*i, *comment, multilingualText(), m_tokens, true);
        QVERIFY(succeeded(first));
        QVERIFY(!first.outcome->value->remoteId.isEmpty());
        QCOMPARE(count(QStringLiteral("instagram.graph.accounts")), 1);
        QCOMPARE(count(QStringLiteral("instagram.graph.messages.send"), "POST"), 1);
        const QJsonArray replies = world(QStringLiteral("private_replies"));
        const auto stored = std::find_if(replies.begin(), replies.end(), [&](const QJsonValue &v) {
            return v.toObject().value(QStringLiteral("comment_id")).toString() == comment->remoteId;
        });
        QVERIFY(stored != replies.end());
        QCOMPARE((*stored).toObject().value(QStringLiteral("text")).toString(), multilingualText());
        QCOMPARE((*stored).toObject().value(QStringLiteral("message_id")).toString(),
                 first.outcome->value->remoteId);
        m_privatelyAnswered = comment->remoteId;

        const Answer<RemoteReply> second = reply(*i, *comment, QStringLiteral("Once more"), m_tokens, true);
        QCOMPARE(second.calls, 1);
        QCOMPARE(errorOf(second).kind, Kind::InvalidInput);
        QCOMPARE(errorOf(second).rule, QStringLiteral("instagram.private_reply.already_sent"));
        QVERIFY(!errorOf(second).message.isEmpty());
        QCOMPARE(count(QStringLiteral("instagram.graph.messages.send"), "POST"), 2); // Instagram refused it
        QCOMPARE(count(QStringLiteral("instagram.graph.accounts")), 1); // the Page token is kept
        QCOMPARE(world(QStringLiteral("private_replies")).size(), replies.size());
    }

    void conversationsAreListedWithTheirMessages()
    {
        m_server.clock().advance(2h); // the audience writes every 30 minutes
        const QJsonArray expected = world(QStringLiteral("messages"));
        QVERIFY(expected.size() >= 4);

        auto i = inbox();
        QList<RemoteItem> items;
        int pages = 0;
        QVERIFY(
            listAll(*i, InboxCursor{Scope::Conversations, QString(), QString()}, m_tokens, &items, &pages));
        QCOMPARE(items.size(), expected.size());
        QCOMPARE(count(QStringLiteral("instagram.graph.message")), 0); // details came with the list
        QHash<QString, RemoteItem> byId;
        for (const RemoteItem &item : std::as_const(items))
            byId.insert(item.remoteId, item);
        QCOMPARE(byId.size(), items.size());
        bool sawPrivateReply = false;
        bool sawAudience = false;
        for (const auto &value : expected) {
            const QJsonObject w = value.toObject();
            const QString id = w.value(QStringLiteral("id")).toString();
            QVERIFY2(byId.contains(id), qPrintable(id));
            const RemoteItem &item = byId.value(id);
            QCOMPARE(item.kind, RemoteItem::Kind::Message);
            QCOMPARE(item.text, w.value(QStringLiteral("text")).toString());
            QCOMPARE(item.threadId, w.value(QStringLiteral("conversation_id")).toString());
            QCOMPARE(item.authorName, w.value(QStringLiteral("from")).toString());
            QVERIFY(!item.authorId.isEmpty());
            QVERIFY(item.createdAt.isValid());
            QVERIFY(!item.canReply);
            const bool mine = w.value(QStringLiteral("from")).toString() == InstagramSimulator::igUsername();
            QCOMPARE(item.fromAccountOwner, mine);
            sawAudience = sawAudience || !mine;
            if (mine && item.text == multilingualText())
                sawPrivateReply = true;
        }
        QVERIFY(sawPrivateReply);
        QVERIFY(sawAudience);
        // Each conversation's messages newest first.
        for (qsizetype k = 1; k < items.size(); ++k) {
            if (items.at(k).threadId == items.at(k - 1).threadId)
                QVERIFY(items.at(k).createdAt <= items.at(k - 1).createdAt);
        }

        // The Page token itself works too.
        m_server.recorder().clear();
        auto j = inbox();
        QList<RemoteItem> again;
        QVERIFY(listAll(*j, InboxCursor{Scope::Conversations, QString(), QString()}, m_pageTokens, &again,
                        &pages));
        QCOMPARE(again.size(), items.size());
        QCOMPARE(count(QStringLiteral("instagram.graph.conversations")), pages);
    }

    void oldCommentIsRefusedLocallyWithoutARequest()
    {
        auto i = inbox();
        const auto comment = audienceComment(*i, {m_privatelyAnswered});
        QVERIFY(comment);
        QVERIFY(comment->createdAt.isValid());
        m_server.clock().advance(24h * 8);

        m_server.recorder().clear();
        const Answer<RemoteReply> refused
            = reply(*i, *comment, QStringLiteral("Still there?"), m_tokens, true);
        QCOMPARE(refused.calls, 1);
        QCOMPARE(errorOf(refused).kind, Kind::InvalidInput);
        QCOMPARE(errorOf(refused).rule, QStringLiteral("instagram.private_reply.too_old"));
        QVERIFY(errorOf(refused).message.contains(QStringLiteral("7 days")));
        QCOMPARE(m_server.recorder().all().size(), 0);

        // Without a known date Instagram decides, and says the same.
        RemoteItem undated = *comment;
        undated.createdAt = QDateTime();
        const Answer<RemoteReply> server = reply(*i, undated, QStringLiteral("Still there?"), m_tokens, true);
        QCOMPARE(errorOf(server).kind, Kind::InvalidInput);
        QCOMPARE(errorOf(server).rule, QStringLiteral("instagram.private_reply.too_old"));
        QCOMPARE(count(QStringLiteral("instagram.graph.messages.send"), "POST"), 1);

        // A fresh comment is still answered (the check follows the clock, not every comment).
        m_simulator->addComments(m_mediaId, 1);
        const auto fresh = audienceComment(*i, {m_privatelyAnswered, comment->remoteId});
        QVERIFY(fresh);
        QVERIFY(fresh->createdAt.secsTo(m_server.clock().now()) < 3600);
        const Answer<RemoteReply> sent = reply(*i, *fresh, QStringLiteral("Yes!"), m_tokens, true);
        QVERIFY(succeeded(sent));
    }

    void badTokenIsAuthExpired()
    {
        auto i = inbox();
        OAuthTokens bad;
        bad.accessToken = QStringLiteral("EAAGbogusTOKEN123");
        const auto check = [&](const PlatformError &error) {
            QCOMPARE(error.kind, Kind::AuthExpired);
            QCOMPARE(error.code, QStringLiteral("190"));
            QVERIFY(!error.message.contains(bad.accessToken));
        };
        check(errorOf(listPosts(*i, QString(), bad)));
        check(errorOf(list(*i, InboxCursor{Scope::Comments, m_mediaId, QString()}, bad)));
        check(errorOf(list(*i, InboxCursor{Scope::Conversations, QString(), QString()}, bad)));
        RemoteItem comment;
        comment.remoteId = worldComments(QString()).firstKey();
        check(errorOf(reply(*i, comment, QStringLiteral("Hi"), bad)));
        check(errorOf(reply(*i, comment, QStringLiteral("Hi"), bad, true)));
        QCOMPARE(count(QStringLiteral("instagram.graph.messages.send")), 0); // the Page lookup failed first
    }

    void throttlingIsRateLimited()
    {
        FaultRule limit;
        limit.action = FaultRule::Action::RateLimit;
        limit.endpoint = QStringLiteral("instagram.graph.comments");
        limit.retryAfterSeconds = 120;
        m_server.faults().add(limit);
        auto i = inbox();
        const Answer<RemotePage> limited
            = list(*i, InboxCursor{Scope::Comments, m_mediaId, QString()}, m_tokens);
        QCOMPARE(limited.calls, 1);
        QCOMPARE(errorOf(limited).kind, Kind::RateLimited);
        QCOMPARE(errorOf(limited).retryAfterSeconds, std::optional<int>(120));
        const Answer<RemotePage> later
            = list(*i, InboxCursor{Scope::Comments, m_mediaId, QString()}, m_tokens);
        QVERIFY(succeeded(later));
        QVERIFY(!later.outcome->value->items.isEmpty());

        FaultRule sendLimit = limit;
        sendLimit.endpoint = QStringLiteral("instagram.graph.messages.send");
        m_server.faults().add(sendLimit);
        m_simulator->addComments(m_mediaId, 1);
        const auto fresh = audienceComment(*i, {m_privatelyAnswered});
        QVERIFY(fresh);
        const Answer<RemoteReply> send = reply(*i, *fresh, QStringLiteral("Hi"), m_tokens, true);
        QCOMPARE(errorOf(send).kind, Kind::RateLimited);
        QVERIFY(errorOf(send).rule.isEmpty());
    }

    void refusesWhatInstagramCannotDoWithoutARequest()
    {
        auto i = inbox();
        RemoteItem message;
        message.kind = RemoteItem::Kind::Message;
        message.remoteId = QStringLiteral("aWdfbXNnMQ");
        message.threadId = QStringLiteral("aWdfY252MQ");
        const Answer<RemoteReply> publicly = reply(*i, message, QStringLiteral("Hi"), m_tokens);
        QCOMPARE(errorOf(publicly).kind, Kind::InvalidInput);
        QCOMPARE(errorOf(publicly).rule, QStringLiteral("instagram.reply.not_a_comment"));
        const Answer<RemoteReply> privately = reply(*i, message, QStringLiteral("Hi"), m_tokens, true);
        QCOMPARE(errorOf(privately).kind, Kind::InvalidInput);
        QCOMPARE(errorOf(privately).rule, QStringLiteral("instagram.private_reply.comment_only"));

        RemoteItem own;
        own.remoteId = worldComments(QString()).firstKey();
        own.fromAccountOwner = true;
        QCOMPARE(errorOf(reply(*i, own, QStringLiteral("Hi"), m_tokens, true)).rule,
                 QStringLiteral("instagram.private_reply.own_comment"));
        RemoteItem orphan;
        orphan.kind = RemoteItem::Kind::Reply;
        orphan.remoteId = own.remoteId;
        QCOMPARE(errorOf(reply(*i, orphan, QStringLiteral("Hi"), m_tokens)).rule,
                 QStringLiteral("instagram.reply.no_comment"));
        own.fromAccountOwner = false;
        QCOMPARE(errorOf(reply(*i, own, QStringLiteral("  "), m_tokens)).rule,
                 QStringLiteral("instagram.reply.empty"));
        QCOMPARE(errorOf(list(*i, InboxCursor{Scope::Posts, QString(), QString()}, m_tokens)).kind,
                 Kind::InvalidInput);
        QCOMPARE(errorOf(list(*i, InboxCursor{Scope::Comments, QString(), QString()}, m_tokens)).kind,
                 Kind::InvalidInput);
        InstagramInbox unlinked(&m_nam, *m_endpoints, QString());
        QCOMPARE(errorOf(listPosts(unlinked, QString(), m_tokens)).kind, Kind::InvalidInput);
        QCOMPARE(m_server.recorder().all().size(), 0);
    }
};

TRAVELFLOW_TEST_MAIN(TestInstagramInbox, QCoreApplication)
#include "test_instagram_inbox.moc"
