#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <mutex>
#include <optional>

namespace travelflow::sandbox {

// OAuth bookkeeping shared by the three platform simulators: single-use authorization
// codes bound to client, redirect URI and PKCE challenge; access/refresh token pairs
// with expiry, refresh rotation and revocation. Thread-safe. Tokens are random.
class OAuthGrants
{
public:
    enum class PkceEncoding {
        Hex,
        Base64Url
    }; // TikTok desktop: hex SHA-256; Google: base64url

    struct Code
    {
        QString clientId;
        QString redirectUri;
        QString challenge; // empty when the platform does not use PKCE (Facebook)
        PkceEncoding encoding = PkceEncoding::Base64Url;
        QStringList scopes;
        QString subject; // the user who approved
        QDateTime expiresAt;
    };

    struct Grant
    {
        QString clientId;
        QString subject;
        QStringList scopes;
        QString accessToken;
        QString refreshToken; // empty when the platform issues none
        QDateTime accessExpiresAt;
        QDateTime refreshExpiresAt;
    };

    enum class Check {
        Ok,
        Missing,
        Unknown,
        Expired,
        Revoked
    };

    static QString randomToken(int bytes = 24);
    // RFC 7636: 43-128 characters of [A-Za-z0-9-._~].
    static bool isValidVerifier(const QString &verifier);
    static QString challengeFor(const QString &verifier, PkceEncoding encoding);

    QString issueCode(const Code &code);
    // The code's data, once: a second redemption fails (and, as real servers do,
    // revokes nothing here; callers answer invalid_grant).
    std::optional<Code> redeemCode(const QString &code, const QDateTime &now);

    Grant issue(const QString &clientId, const QString &subject, const QStringList &scopes,
                const QDateTime &now, int accessTtlSeconds, int refreshTtlSeconds);
    // A new pair for a valid refresh token of `clientId`; the old refresh token stops
    // working when `rotate` is true.
    std::optional<Grant> refresh(const QString &refreshToken, const QString &clientId, const QDateTime &now,
                                 int accessTtlSeconds, bool rotate);
    Check check(const QString &accessToken, const QDateTime &now, Grant *grant = nullptr) const;
    // Revokes the whole grant that `token` (access or refresh) belongs to. False if unknown.
    bool revoke(const QString &token);
    // The access token stops working now (a fault: expiry in the middle of an upload).
    void expireAccess(const QString &accessToken, const QDateTime &now);
    // Makes `accessToken` long-lived (Facebook's fb_exchange_token); returns the new grant.
    std::optional<Grant> exchangeLongLived(const QString &accessToken, const QDateTime &now, int ttlSeconds);

    QJsonObject save() const;
    void load(const QJsonObject &state);

private:
    mutable std::mutex m_mutex;
    QMap<QString, Code> m_codes;
    QMap<QString, Grant> m_byAccess;
    QMap<QString, QString> m_accessByRefresh;
    QStringList m_revoked; // access tokens of revoked grants
};

} // namespace travelflow::sandbox
