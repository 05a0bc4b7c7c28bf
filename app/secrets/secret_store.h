#pragma once

#include "core/app_info.h"
#include "core/expected.h"

#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>

namespace QKeychain {
class Job;
}

namespace travelflow {

// Account tokens and the user's own app credentials, kept in the operating system's
// keychain (Secret Service on Linux, Keychain on macOS, Credential Manager on Windows)
// through QtKeychain. There is deliberately no plain-text fallback: when no keychain is
// usable, every operation fails with an Error of kind Keychain that tells the user what
// to install or unlock, and nothing is stored anywhere else.
//
// Every operation is asynchronous and bounded by timeout(): a keychain can sit forever
// behind an unlock prompt the user cannot see. The callback runs later on this object's
// thread (never inside the call), and only while both `context` and the store are
// alive. Use the store from the main thread: QtKeychain runs its jobs one at a time
// through a process-wide queue that is not thread-safe.
//
// Keys come from accountKey() / appCredentialKey(); other keys are refused, so what we
// log about a key (ids and kinds) can never be a secret. Errors are Kind::Keychain with
// code keychain_unavailable, keychain_access_denied, keychain_timeout or keychain_error,
// or Kind::Usage (secret_key_invalid, secret_empty) for caller mistakes.
// Owned by the composition root.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    explicit SecretStore(QString service = QLatin1String(kKeychainService), QObject *parent = nullptr);
    ~SecretStore() override;

    QString service() const { return m_service; }

    // How long one operation (including its single retry) may take before it fails
    // with "keychain_timeout". Default 15 s. A timed-out QtKeychain job is left to finish
    // on its own (QtKeychain cannot cancel it); operations queued behind it wait too.
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }

    // "<profileId>/account/<accountId>/<kind>", e.g. "default/account/7/access_token".
    // Returns an empty string when an argument is invalid: kind must match [a-z_]+,
    // accountId must be positive, profileId must be non-empty without '/' or spaces.
    static QString accountKey(const QString &profileId, qint64 accountId, const QString &kind);
    // "<profileId>/app/<platform>/<kind>", e.g. "default/app/youtube/client_secret".
    // platform must match [a-z0-9_]+; the other rules are those of accountKey().
    static QString appCredentialKey(const QString &profileId, const QString &platform, const QString &kind);
    // True for keys of the two shapes above.
    static bool isValidKey(const QString &key);

    // Stores (or replaces) `secret` under `key`. An empty secret is refused: use remove().
    void write(const QString &key, const QString &secret, QObject *context, std::function<void(Status)> done);
    // A missing entry is an Error of kind NotFound, code "secret_not_found". A locked
    // keyring (libsecret then also answers "no entry") is "keychain_access_denied".
    void read(const QString &key, QObject *context, std::function<void(Expected<QString>)> done);
    // Removing an entry that does not exist succeeds; with a locked keyring it fails.
    void remove(const QString &key, QObject *context, std::function<void(Status)> done);

private:
    struct Operation;
    using OperationPtr = std::shared_ptr<Operation>;

    void begin(const OperationPtr &op);
    void startAttempt(const OperationPtr &op);
    void onJobFinished(const OperationPtr &op, QKeychain::Job *job);
    void finishUnlessLocked(const OperationPtr &op, std::function<void()> otherwise);
    void finish(const OperationPtr &op, const Error *error, const QString &value = QString());
    void failLater(const OperationPtr &op, const Error &error);

    static Error keychainError(const Operation &op, int jobError, const QString &detail);
    Error timeoutError(const Operation &op) const;

    QString m_service;
    std::chrono::milliseconds m_timeout{15000};
};

} // namespace travelflow
