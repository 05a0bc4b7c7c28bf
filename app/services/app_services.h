#pragma once

#include "accounts/account_service.h"
#include "accounts/account_tokens.h"
#include "common/endpoint_table.h"
#include "inbox/inbox_scheduler.h"
#include "inbox/inbox_sync.h"
#include "inbox/metrics_sync.h"
#include "inbox/reply_sender.h"
#include "publishing/publish_queue.h"
#include "secrets/secret_store.h"

#include <QNetworkAccessManager>
#include <QObject>

namespace travelflow {

class Database;

// The long-lived app objects of one open profile, built once and shared by every area of
// the desktop window (and by the GUI tests): the keychain, the network, the accounts and
// their tokens, the publishing queue and the inbox machinery. Nothing here is a widget.
// Members are destroyed in reverse order, so the users of the tokens go first.
class AppServices : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        PublishQueue::Options queue;
    };

    AppServices(Database &database, EndpointTable endpoints, Options options, QObject *parent = nullptr);
    AppServices(Database &database, EndpointTable endpoints, QObject *parent = nullptr)
        : AppServices(database, std::move(endpoints), Options(), parent)
    { }
    ~AppServices() override;

    // Starts the background work: the queue looks for due jobs, the inbox syncs on its schedule.
    void start();

    Database &database() { return m_database; }
    const EndpointTable &endpoints() const { return m_endpoints; }
    QNetworkAccessManager *nam() { return &m_nam; }
    SecretStore &secrets() { return m_secrets; }
    AccountTokens &tokens() { return m_tokens; }
    AccountService &accounts() { return m_accounts; }
    PublishQueue &queue() { return m_queue; }
    InboxSync &inboxSync() { return m_inboxSync; }
    ReplySender &replies() { return m_replies; }
    MetricsSync &metrics() { return m_metrics; }
    InboxScheduler &inbox() { return m_inbox; }

private:
    Database &m_database;
    EndpointTable m_endpoints;
    SecretStore m_secrets;
    QNetworkAccessManager m_nam;
    AccountTokens m_tokens;
    AccountService m_accounts;
    PublishQueue m_queue;
    InboxSync m_inboxSync;
    ReplySender m_replies;
    MetricsSync m_metrics;
    InboxScheduler m_inbox;
};

} // namespace travelflow
