#pragma once

#include "platform.h"

#include <QDateTime>
#include <QString>

namespace travelflow {

// A connected platform account. Holds no secret: tokens live in the keychain under
// keys derived from `id` (see SecretStore).
struct Account
{
    enum class Status {
        Connected,
        NeedsReconnect,
        Disconnected
    };

    qint64 id = 0;
    Platform platform = Platform::TikTok;
    QString remoteId;
    QString displayName;
    Status status = Status::Connected;
    QString statusReason;
    QString scopes;
    QDateTime tokenExpiresAt;
    QDateTime createdAt;
    QDateTime updatedAt;
};

QString accountStatusName(Account::Status status);
std::optional<Account::Status> accountStatusFromName(const QString &name);

} // namespace travelflow
