#pragma once

#include "common/endpoint_table.h"
#include "common/platform_error.h"
#include "common/platform_inbox.h"
#include "core/account.h"
#include "core/expected.h"
#include "inbox/inbox_page_writer.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace travelflow {

class AccountTokens;
class Database;

// What one account's sync did.
struct InboxSyncReport
{
    qint64 accountId = 0;
    QString platform;
    int fetched = 0; // items the platform returned
    int added = 0; // items new to the inbox
    int leads = 0; // new items the classifier called leads
    int quotaUnits = 0; // spent by this sync (YouTube)
    bool textAvailable = true; // false for TikTok: its API gives counts only
    QString note; // for the user, e.g. why TikTok shows no text
    std::optional<PlatformError> error; // the sync stopped here; the next one resumes
};

// Brings one account's comments, replies and messages into the inbox: newest first, each
// listing until the first item already stored, then on from where an interrupted earlier
// sync stopped. Pages are stored whole (one transaction each) with the lead classifier's
// verdict, so an error or a quota at any page loses nothing and the next sync continues.
class InboxSync : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int maxPostsPerSync = 50; // Instagram: the newest posts whose comments are read
    };

    using InboxFactory = std::function<std::unique_ptr<PlatformInbox>(const Account &)>;

    InboxSync(Database &database, AccountTokens &tokens, QNetworkAccessManager *nam, EndpointTable endpoints,
              QObject *parent = nullptr);
    ~InboxSync() override;

    void setOptions(const Options &options) { m_options = options; }
    // Tests may hand in adapters; by default the platform's own.
    void setInboxFactory(InboxFactory factory) { m_factory = std::move(factory); }

    using Done = std::function<void(const InboxSyncReport &)>;
    void syncAccount(qint64 accountId, const Done &done);

Q_SIGNALS:
    // A new item the classifier (or the user's teaching) marks as a lead.
    void newLead(qint64 interactionId);

private:
    struct Run;
    void nextScope(const std::shared_ptr<Run> &run);
    void fetchPosts(const std::shared_ptr<Run> &run, const QString &pageToken);
    void fetchPage(const std::shared_ptr<Run> &run, const InboxCursor &cursor, bool resuming);
    void onPage(const std::shared_ptr<Run> &run, const InboxCursor &cursor, bool resuming,
                const PlatformOutcome<RemotePage> &page);
    void storePage(const std::shared_ptr<Run> &run, const InboxCursor &cursor, const RemotePage &page,
                   bool resuming);
    // A page handed to the writer, and what to do once it is stored.
    struct PageWrite
    {
        InboxCursor cursor;
        RemotePage page;
        bool resuming = false;
        bool prefetched = false; // the next page is asked for already
    };
    void writePage(const std::shared_ptr<Run> &run, const InboxCursor &cursor, const RemotePage &page,
                   bool resuming, bool prefetched);
    void rememberFailedPage(const std::shared_ptr<Run> &run, const InboxCursor &cursor, bool resuming);
    void afterWrite(const std::shared_ptr<Run> &run, const PageWrite &write, const QList<Interaction> &rows,
                    const InboxPageWriter::Stored &stored);
    // Whether a comment of the page is stored already (the listing ends there).
    bool meetsStored(const std::shared_ptr<Run> &run, const RemotePage &page) const;
    void finish(const std::shared_ptr<Run> &run, const std::optional<PlatformError> &error);

    Database &m_database;
    AccountTokens &m_tokens;
    QNetworkAccessManager *m_nam;
    EndpointTable m_endpoints;
    Options m_options;
    InboxFactory m_factory;
    std::unique_ptr<InboxPageWriter> m_writer; // made by the first page to store
};

} // namespace travelflow
