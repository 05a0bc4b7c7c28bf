#include "cli_session.h"

namespace travelflow {

CliSession::CliSession(std::unique_ptr<Database> database, EndpointTable endpoints)
    : m_database(std::move(database)), m_endpoints(std::move(endpoints)),
      m_tokens(std::make_unique<AccountTokens>(*m_database, m_secrets, &m_nam, m_endpoints))
{ }

Expected<std::unique_ptr<CliSession>> CliSession::open(std::unique_ptr<Database> database,
                                                       const QString &endpointsFile)
{
    QString error;
    auto endpoints = EndpointTable::resolve(endpointsFile, &error);
    if (!endpoints)
        return Error::make(Error::Kind::Usage, QStringLiteral("bad_endpoints"), error);
    return std::unique_ptr<CliSession>(new CliSession(std::move(database), std::move(*endpoints)));
}

} // namespace travelflow
