#include "oauth_grants.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace travelflow::sandbox {

namespace {

QJsonValue timeJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toString(Qt::ISODateWithMs)) : QJsonValue();
}

QDateTime timeFrom(const QJsonValue &v)
{
    return v.isString() ? QDateTime::fromString(v.toString(), Qt::ISODateWithMs) : QDateTime();
}

QJsonObject grantJson(const OAuthGrants::Grant &g)
{
    return QJsonObject{{QStringLiteral("client_id"), g.clientId},
                       {QStringLiteral("subject"), g.subject},
                       {QStringLiteral("scopes"), QJsonArray::fromStringList(g.scopes)},
                       {QStringLiteral("access_token"), g.accessToken},
                       {QStringLiteral("refresh_token"), g.refreshToken},
                       {QStringLiteral("access_expires_at"), timeJson(g.accessExpiresAt)},
                       {QStringLiteral("refresh_expires_at"), timeJson(g.refreshExpiresAt)}};
}

OAuthGrants::Grant grantFrom(const QJsonObject &o)
{
    OAuthGrants::Grant g;
    g.clientId = o.value(QStringLiteral("client_id")).toString();
    g.subject = o.value(QStringLiteral("subject")).toString();
    for (const auto &s : o.value(QStringLiteral("scopes")).toArray())
        g.scopes.append(s.toString());
    g.accessToken = o.value(QStringLiteral("access_token")).toString();
    g.refreshToken = o.value(QStringLiteral("refresh_token")).toString();
    g.accessExpiresAt = timeFrom(o.value(QStringLiteral("access_expires_at")));
    g.refreshExpiresAt = timeFrom(o.value(QStringLiteral("refresh_expires_at")));
    return g;
}

} // namespace

QString OAuthGrants::randomToken(int bytes)
{
    QList<quint32> words((bytes + 3) / 4);
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray raw(reinterpret_cast<const char *>(words.constData()), bytes);
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool OAuthGrants::isValidVerifier(const QString &verifier)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9\\-._~]{43,128}$"));
    return re.match(verifier).hasMatch();
}

QString OAuthGrants::challengeFor(const QString &verifier, PkceEncoding encoding)
{
    const QByteArray digest = QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256);
    if (encoding == PkceEncoding::Hex)
        return QString::fromLatin1(digest.toHex());
    return QString::fromLatin1(
        digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString OAuthGrants::issueCode(const Code &code)
{
    QString value = randomToken(18);
    std::lock_guard lock(m_mutex);
    m_codes.insert(value, code);
    return value;
}

std::optional<OAuthGrants::Code> OAuthGrants::redeemCode(const QString &code, const QDateTime &now)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_codes.find(code);
    if (it == m_codes.end())
        return std::nullopt;
    const Code data = *it;
    m_codes.erase(it); // single use, even when expired
    if (data.expiresAt.isValid() && data.expiresAt < now)
        return std::nullopt;
    return data;
}

OAuthGrants::Grant OAuthGrants::issue(const QString &clientId, const QString &subject,
                                      const QStringList &scopes, const QDateTime &now, int accessTtlSeconds,
                                      int refreshTtlSeconds)
{
    Grant g;
    g.clientId = clientId;
    g.subject = subject;
    g.scopes = scopes;
    g.accessToken = randomToken();
    g.accessExpiresAt = now.addSecs(accessTtlSeconds);
    if (refreshTtlSeconds > 0) {
        g.refreshToken = randomToken();
        g.refreshExpiresAt = now.addSecs(refreshTtlSeconds);
    }
    std::lock_guard lock(m_mutex);
    m_byAccess.insert(g.accessToken, g);
    if (!g.refreshToken.isEmpty())
        m_accessByRefresh.insert(g.refreshToken, g.accessToken);
    return g;
}

std::optional<OAuthGrants::Grant> OAuthGrants::refresh(const QString &refreshToken, const QString &clientId,
                                                       const QDateTime &now, int accessTtlSeconds,
                                                       bool rotate)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_accessByRefresh.find(refreshToken);
    if (it == m_accessByRefresh.end())
        return std::nullopt;
    const QString oldAccess = *it;
    Grant g = m_byAccess.value(oldAccess);
    if (g.clientId != clientId || (g.refreshExpiresAt.isValid() && g.refreshExpiresAt < now))
        return std::nullopt;
    m_byAccess.remove(oldAccess);
    m_accessByRefresh.erase(it);
    g.accessToken = randomToken();
    g.accessExpiresAt = now.addSecs(accessTtlSeconds);
    if (rotate)
        g.refreshToken = randomToken();
    m_byAccess.insert(g.accessToken, g);
    m_accessByRefresh.insert(g.refreshToken, g.accessToken);
    return g;
}

OAuthGrants::Check OAuthGrants::check(const QString &accessToken, const QDateTime &now, Grant *grant) const
{
    if (accessToken.isEmpty())
        return Check::Missing;
    std::lock_guard lock(m_mutex);
    if (m_revoked.contains(accessToken))
        return Check::Revoked;
    const auto it = m_byAccess.constFind(accessToken);
    if (it == m_byAccess.cend())
        return Check::Unknown;
    if (grant)
        *grant = *it;
    if (it->accessExpiresAt.isValid() && it->accessExpiresAt <= now)
        return Check::Expired;
    return Check::Ok;
}

bool OAuthGrants::revoke(const QString &token)
{
    std::lock_guard lock(m_mutex);
    QString access = token;
    if (m_accessByRefresh.contains(token))
        access = m_accessByRefresh.value(token);
    const auto it = m_byAccess.find(access);
    if (it == m_byAccess.end())
        return false;
    m_accessByRefresh.remove(it->refreshToken);
    m_revoked.append(access);
    m_byAccess.erase(it);
    return true;
}

void OAuthGrants::expireAccess(const QString &accessToken, const QDateTime &now)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_byAccess.find(accessToken);
    if (it != m_byAccess.end())
        it->accessExpiresAt = now.addSecs(-1);
}

std::optional<OAuthGrants::Grant> OAuthGrants::exchangeLongLived(const QString &accessToken,
                                                                 const QDateTime &now, int ttlSeconds)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_byAccess.find(accessToken);
    if (it == m_byAccess.end() || (it->accessExpiresAt.isValid() && it->accessExpiresAt <= now))
        return std::nullopt;
    Grant g = *it;
    m_byAccess.erase(it);
    g.accessToken = randomToken();
    g.accessExpiresAt = now.addSecs(ttlSeconds);
    m_byAccess.insert(g.accessToken, g);
    return g;
}

QJsonObject OAuthGrants::save() const
{
    std::lock_guard lock(m_mutex);
    QJsonArray grants;
    for (const Grant &g : m_byAccess)
        grants.append(grantJson(g));
    return QJsonObject{{QStringLiteral("grants"), grants},
                       {QStringLiteral("revoked"), QJsonArray::fromStringList(m_revoked)}};
}

void OAuthGrants::load(const QJsonObject &state)
{
    std::lock_guard lock(m_mutex);
    m_byAccess.clear();
    m_accessByRefresh.clear();
    m_codes.clear();
    for (const auto &v : state.value(QStringLiteral("grants")).toArray()) {
        const Grant g = grantFrom(v.toObject());
        m_byAccess.insert(g.accessToken, g);
        if (!g.refreshToken.isEmpty())
            m_accessByRefresh.insert(g.refreshToken, g.accessToken);
    }
    m_revoked.clear();
    for (const auto &v : state.value(QStringLiteral("revoked")).toArray())
        m_revoked.append(v.toString());
}

} // namespace travelflow::sandbox
