#include "app_services.h"

#include "storage/database.h"

namespace travelflow {

AppServices::AppServices(Database &database, EndpointTable endpoints, Options options, QObject *parent)
    : QObject(parent), m_database(database), m_endpoints(std::move(endpoints)),
      m_tokens(database, m_secrets, &m_nam, m_endpoints),
      m_accounts(database, m_secrets, &m_nam, m_endpoints),
      m_queue(database, m_tokens, &m_nam, m_endpoints, std::move(options.queue)),
      m_inboxSync(database, m_tokens, &m_nam, m_endpoints),
      m_replies(database, m_tokens, &m_nam, m_endpoints), m_metrics(database, m_tokens, &m_nam, m_endpoints),
      m_inbox(database, m_inboxSync, m_replies, m_metrics)
{ }

AppServices::~AppServices()
{
    m_queue.stop();
}

void AppServices::start()
{
    m_queue.start();
    m_inbox.start();
}

} // namespace travelflow
