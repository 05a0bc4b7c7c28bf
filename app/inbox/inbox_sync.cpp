#include "inbox_sync.h"

#include "accounts/account_tokens.h"
#include "accounts/platform_auth_factory.h"
#include "core/logging.h"
#include "leads/profile_lead_model.h"
#include "storage/account_repository.h"
#include "storage/database.h"
#include "storage/inbox_state_repository.h"
#include "storage/interaction_repository.h"

#include <QSet>
#include <QTimeZone>

namespace travelflow {

namespace {

QString scopeName(InboxCursor::Scope scope)
{
    switch (scope) {
    case InboxCursor::Scope::Posts: return QStringLiteral("posts");
    case InboxCursor::Scope::Comments: return QStringLiteral("comments");
    case InboxCursor::Scope::Replies: return QStringLiteral("replies");
    case InboxCursor::Scope::Conversations: return QStringLiteral("conversations");
    }
    return {};
}

Interaction::Kind kindOf(RemoteItem::Kind kind)
{
    switch (kind) {
    case RemoteItem::Kind::Comment: return Interaction::Kind::Comment;
    case RemoteItem::Kind::Reply: return Interaction::Kind::Reply;
    case RemoteItem::Kind::Message: return Interaction::Kind::Message;
    }
    return Interaction::Kind::Comment;
}

// Google counts quota per Pacific day.
QDate quotaDay(const QDateTime &now)
{
    return now.toTimeZone(QTimeZone(QByteArrayLiteral("America/Los_Angeles"))).date();
}

} // namespace

struct InboxSync::Run
{
    Account account;
    OAuthTokens tokens;
    std::unique_ptr<PlatformInbox> inbox;
    std::optional<leads::ProfileLeadModel> leadModel;
    QList<InboxCursor> scopes; // still to do
    QSet<QString> replyScopes; // comments whose replies are queued already
    bool refreshed = false;
    int writing = 0; // pages handed to the writer and not answered yet
    std::optional<std::optional<PlatformError>> ending; // how the run ends, once `writing` is 0
    bool finished = false;
    InboxPageWriter::Chain pages = InboxPageWriter::newChain(); // stored in order, or not after a failure
    InboxSyncReport report;
    Done done;
};

InboxSync::InboxSync(Database &database, AccountTokens &tokens, QNetworkAccessManager *nam,
                     EndpointTable endpoints, QObject *parent)
    : QObject(parent), m_database(database), m_tokens(tokens), m_nam(nam), m_endpoints(std::move(endpoints))
{
    m_factory = [this](const Account &account) { return createPlatformInbox(account, m_nam, m_endpoints); };
}

InboxSync::~InboxSync() = default;

void InboxSync::syncAccount(qint64 accountId, const Done &done)
{
    auto run = std::make_shared<Run>();
    run->done = done;
    run->report.accountId = accountId;
    auto account = AccountRepository(m_database.connection()).get(accountId);
    if (!account || !*account) {
        PlatformError e;
        e.kind = PlatformError::Kind::InvalidInput;
        e.message = tr("There is no account %1. \"accounts list\" shows the ids.").arg(accountId);
        return finish(run, e);
    }
    run->account = **account;
    run->report.platform = platformName(run->account.platform);
    run->inbox = m_factory(run->account);
    if (!run->inbox || !run->inbox->providesText()) {
        run->report.textAvailable = false;
        run->report.note
            = tr("TikTok's public API gives no comment text or messages, only counts; the counts "
                 "are in the post's metrics.");
        return finish(run, std::nullopt);
    }
    auto model = leads::ProfileLeadModel::load(m_database.connection());
    if (model)
        run->leadModel = std::move(*model);

    if (run->account.platform == Platform::YouTube) {
        run->scopes.append(
            InboxCursor{InboxCursor::Scope::Comments, QString(), QString()}); // the whole channel
    } else {
        run->scopes.append(InboxCursor{InboxCursor::Scope::Posts, QString(), QString()});
        run->scopes.append(InboxCursor{InboxCursor::Scope::Conversations, QString(), QString()});
    }
    m_tokens.get(accountId, this, [this, run](const Expected<OAuthTokens> &tokens) {
        if (!tokens) {
            PlatformError e;
            e.kind = PlatformError::Kind::AuthExpired;
            e.platform = run->report.platform;
            e.code = tokens.error().code;
            e.message = tokens.error().message;
            return finish(run, e);
        }
        run->tokens = *tokens;
        nextScope(run);
    });
}

void InboxSync::nextScope(const std::shared_ptr<Run> &run)
{
    if (run->scopes.isEmpty())
        return finish(run, std::nullopt);
    const InboxCursor cursor = run->scopes.takeFirst();
    if (cursor.scope == InboxCursor::Scope::Posts)
        return fetchPosts(run, QString());
    fetchPage(run, cursor, false);
}

// Instagram: comments hang under posts, so the newest posts come first.
void InboxSync::fetchPosts(const std::shared_ptr<Run> &run, const QString &pageToken)
{
    run->inbox->listPosts(
        pageToken, run->tokens, this, [this, run](const PlatformOutcome<RemotePostPage> &page) {
            if (!page.ok())
                return finish(run, page.error);
            InboxStateRepository state(m_database.connection());
            for (const RemotePost &p : page.value->posts) {
                state.upsertPost(run->account.id,
                                 {p.remoteId, p.caption, p.permalink, p.publishedAt, p.commentCount});
                if (run->scopes.size() < m_options.maxPostsPerSync)
                    run->scopes.prepend(InboxCursor{InboxCursor::Scope::Comments, p.remoteId, QString()});
            }
            const bool more
                = !page.value->nextPageToken.isEmpty() && run->scopes.size() < m_options.maxPostsPerSync;
            if (more)
                return fetchPosts(run, page.value->nextPageToken);
            nextScope(run);
        });
}

void InboxSync::fetchPage(const std::shared_ptr<Run> &run, const InboxCursor &cursor, bool resuming)
{
    run->inbox->list(cursor, run->tokens, this,
                     [this, run, cursor, resuming](const PlatformOutcome<RemotePage> &page) {
                         onPage(run, cursor, resuming, page);
                     });
}

void InboxSync::onPage(const std::shared_ptr<Run> &run, const InboxCursor &cursor, bool resuming,
                       const PlatformOutcome<RemotePage> &page)
{
    if (run->ending || run->finished) {
        // Asked for ahead, and the run ended meanwhile: spent, not stored.
        if (page.ok() && page.value->quotaUnits > 0)
            InboxStateRepository(m_database.connection())
                .addQuotaUnits(run->account.id, quotaDay(QDateTime::currentDateTimeUtc()),
                               page.value->quotaUnits);
        return;
    }
    if (page.ok())
        return storePage(run, cursor, *page.value, resuming);
    const PlatformError &e = *page.error;
    if (e.kind == PlatformError::Kind::AuthExpired && !run->refreshed) {
        run->refreshed = true; // once: a fresh token, then the same page again
        return m_tokens.refresh(run->account.id, this,
                                [this, run, cursor, resuming, e](const Expected<OAuthTokens> &t) {
                                    if (!t) {
                                        // Not a success: the page was not read. Say why the token
                                        // could not be renewed (a refusal already marked the account
                                        // "reconnect").
                                        PlatformError failed = e;
                                        failed.code = t.error().code;
                                        failed.message = t.error().message;
                                        return finish(run, failed);
                                    }
                                    run->tokens = *t;
                                    fetchPage(run, cursor, resuming);
                                });
    }
    rememberFailedPage(run, cursor, resuming);
    qCInfo(lcInbox) << "sync of account" << run->account.id << "stopped in" << scopeName(cursor.scope) << ":"
                    << e.code;
    finish(run, e);
}

// A page that could not be read or stored: the next sync continues there (a resumed
// page's token is on the stack already, and leaves it only once stored).
void InboxSync::rememberFailedPage(const std::shared_ptr<Run> &run, const InboxCursor &cursor, bool resuming)
{
    if (resuming || cursor.pageToken.isEmpty())
        return;
    InboxStateRepository state(m_database.connection());
    const QString scope = scopeName(cursor.scope);
    auto tokens = state.resumeTokens(run->account.id, scope, cursor.remoteId);
    if (tokens) {
        tokens->append(cursor.pageToken);
        state.setResumeTokens(run->account.id, scope, cursor.remoteId, *tokens);
    }
}

void InboxSync::storePage(const std::shared_ptr<Run> &run, const InboxCursor &cursor, const RemotePage &page,
                          bool resuming)
{
    run->report.fetched += static_cast<int>(page.items.size());
    run->report.quotaUnits += page.quotaUnits; // billed by the writer, with the page

    // The next page is asked for before this one is stored when this one cannot end the
    // listing (none of its comments is stored yet; replies are read to the end): the
    // platform then prepares it while SQLite stores this one. Where this page may meet the
    // stored part, the next is asked for only when it is needed, so no quota goes on it.
    const bool stopAtKnown = cursor.scope != InboxCursor::Scope::Replies;
    const InboxCursor next{cursor.scope, cursor.remoteId, page.nextPageToken};
    const bool prefetched = !resuming && !page.nextPageToken.isEmpty()
        && cursor.scope != InboxCursor::Scope::Conversations && (!stopAtKnown || !meetsStored(run, page));
    if (prefetched)
        fetchPage(run, next, false);
    writePage(run, cursor, page, resuming, prefetched);
}

void InboxSync::writePage(const std::shared_ptr<Run> &run, const InboxCursor &cursor, const RemotePage &page,
                          bool resuming, bool prefetched)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Interaction> rows;
    rows.reserve(page.items.size());
    for (const RemoteItem &item : page.items) {
        Interaction i;
        i.accountId = run->account.id;
        i.platform = run->account.platform;
        i.kind = kindOf(item.kind);
        i.remoteId = item.remoteId;
        i.remoteParentId = item.remoteParentId;
        i.remotePostId = item.remotePostId;
        i.threadId = item.threadId;
        i.authorId = item.authorId;
        i.authorName = item.authorName;
        i.text = item.text;
        i.createdAt = item.createdAt;
        i.updatedAt = item.updatedAt;
        i.fetchedAt = now;
        i.permalink = item.permalink;
        i.canReply = item.canReply;
        i.fromOwner = item.fromAccountOwner;
        if (item.fromAccountOwner) {
            i.state = Interaction::State::Read; // our own words are not news
            i.leadLabel = Interaction::LeadLabel::Not;
        } else if (run->leadModel) {
            const leads::LeadVerdict verdict = run->leadModel->classifier().classify(item.text);
            i.leadLabel = verdict.lead ? Interaction::LeadLabel::Lead : Interaction::LeadLabel::Not;
            i.leadScore = verdict.score;
            i.leadReason = verdict.reason;
        }
        rows.append(i);
    }
    if (!m_writer)
        m_writer = std::make_unique<InboxPageWriter>(m_database.filePath());
    ++run->writing;
    const InboxPageWriter::QuotaSpent quota{run->account.id, quotaDay(QDateTime::currentDateTimeUtc()),
                                            page.quotaUnits};
    m_writer->write(
        InteractionBatchWriter::prepare(rows), quota, run->pages, this,
        [this, run, cursor, page, resuming, prefetched, rows](const InboxPageWriter::Stored &stored) {
            afterWrite(run, {cursor, page, resuming, prefetched}, rows, stored);
        });
}

void InboxSync::afterWrite(const std::shared_ptr<Run> &run, const PageWrite &write,
                           const QList<Interaction> &rows, const InboxPageWriter::Stored &stored)
{
    --run->writing;
    const InboxCursor &cursor = write.cursor;
    const RemotePage &page = write.page;
    const QSqlDatabase db = m_database.connection();
    const bool stopAtKnown = cursor.scope != InboxCursor::Scope::Replies;
    if (!stored) {
        if (stored.error().code == InboxPageWriter::kSkippedCode)
            return finish(run, std::nullopt); // after a failed page, which set how the run ends
        PlatformError e;
        e.kind = PlatformError::Kind::Permanent;
        e.platform = run->report.platform;
        e.code = stored.error().code;
        e.message = stored.error().message;
        rememberFailedPage(run, cursor, write.resuming);
        return finish(run, e);
    }

    // Where the newest-first listing meets what is stored. Comments: a known comment. A
    // conversation carries its newest messages, old ones too; conversations come by their
    // latest activity, so only one whose newest message is known shows the rest is older.
    bool reachedKnown = false;
    QHash<QString, int> newestOfThread; // conversation -> index of its newest message on the page
    for (int k = 0; k < rows.size(); ++k) {
        const RemoteItem &item = page.items.at(k);
        if (item.kind != RemoteItem::Kind::Message)
            continue;
        const auto it = newestOfThread.constFind(item.threadId);
        if (it == newestOfThread.cend() || page.items.at(*it).createdAt < item.createdAt)
            newestOfThread.insert(item.threadId, k);
    }
    for (const int k : std::as_const(newestOfThread)) {
        if (!stored->at(k).second)
            reachedKnown = true;
    }
    for (int k = 0; k < rows.size(); ++k) {
        const auto &[id, inserted] = stored->at(k);
        const RemoteItem &item = page.items.at(k);
        if (!inserted) {
            if (item.kind == RemoteItem::Kind::Comment)
                reachedKnown = true;
            continue;
        }
        ++run->report.added;
        if (rows.at(k).leadLabel == Interaction::LeadLabel::Lead) {
            ++run->report.leads;
            Q_EMIT newLead(id);
        }
    }
    // Threads with more replies than the page carried (and than are stored) get their own listing.
    QHash<QString, int> includedReplies;
    for (const RemoteItem &item : page.items) {
        if (item.kind == RemoteItem::Kind::Reply)
            ++includedReplies[item.remoteParentId];
    }
    InteractionRepository interactions(db);
    for (const RemoteItem &item : page.items) {
        if (item.kind != RemoteItem::Kind::Comment || item.replyCount <= includedReplies.value(item.remoteId)
            || run->replyScopes.contains(item.remoteId))
            continue;
        const auto storedReplies = interactions.countReplies(run->account.id, item.remoteId);
        if (storedReplies && *storedReplies >= item.replyCount)
            continue;
        run->replyScopes.insert(item.remoteId);
        run->scopes.append(InboxCursor{InboxCursor::Scope::Replies, item.remoteId, QString()});
    }

    if (run->ending)
        return finish(run, std::nullopt); // stored and counted; the run ends as decided

    // Replies come in no promised order: read them all. Elsewhere, newest first: a stored
    // item means the rest of this listing is stored too (or left for the resume stack).
    InboxStateRepository state(db);
    const QString scope = scopeName(cursor.scope);
    if (!write.resuming) {
        if (write.prefetched)
            return; // the next page is on its way and carries on from there
        if (!page.nextPageToken.isEmpty() && !(stopAtKnown && reachedKnown))
            return fetchPage(run, InboxCursor{cursor.scope, cursor.remoteId, page.nextPageToken}, false);
    } else {
        auto tokens = state.resumeTokens(run->account.id, scope, cursor.remoteId);
        if (tokens && !tokens->isEmpty()) {
            tokens->removeLast(); // this page is stored
            if (!page.nextPageToken.isEmpty() && !(stopAtKnown && reachedKnown))
                tokens->append(page.nextPageToken);
            state.setResumeTokens(run->account.id, scope, cursor.remoteId, *tokens);
        }
    }
    // The newest part is done; continue where an earlier sync was interrupted, if anywhere.
    auto tokens = state.resumeTokens(run->account.id, scope, cursor.remoteId);
    if (tokens && !tokens->isEmpty())
        return fetchPage(run, InboxCursor{cursor.scope, cursor.remoteId, tokens->constLast()}, true);
    nextScope(run);
}

bool InboxSync::meetsStored(const std::shared_ptr<Run> &run, const RemotePage &page) const
{
    // Newest first: if any comment of the page is stored, its oldest one is (short of a
    // gap an interrupted sync left, where this costs one page read ahead).
    const auto oldest = std::find_if(page.items.crbegin(), page.items.crend(), [](const RemoteItem &item) {
        return item.kind == RemoteItem::Kind::Comment;
    });
    if (oldest == page.items.crend())
        return false;
    const auto stored = InteractionRepository(m_database.connection())
                            .findRemote(run->account.id, Interaction::Kind::Comment, oldest->remoteId);
    return !stored || stored->has_value(); // unsure: as if it did
}

// Ends the run with `error` (or none) — the first reason given wins — as soon as the writer
// has answered every page it was handed, so that the report counts what was stored.
void InboxSync::finish(const std::shared_ptr<Run> &run, const std::optional<PlatformError> &error)
{
    if (run->finished)
        return;
    if (!run->ending)
        run->ending = error;
    if (run->writing > 0)
        return;
    run->finished = true;
    run->report.error = *run->ending;
    qCInfo(lcInbox) << "sync of account" << run->report.accountId << "fetched" << run->report.fetched
                    << "added" << run->report.added << "leads" << run->report.leads << "units"
                    << run->report.quotaUnits
                    << (run->report.error ? PlatformError::kindName(run->report.error->kind)
                                          : QStringLiteral("ok"));
    if (run->done)
        run->done(run->report);
}

} // namespace travelflow
