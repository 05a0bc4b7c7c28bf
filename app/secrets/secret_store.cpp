#include "secret_store.h"

#include "core/logging.h"

#include <QMetaObject>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>

#include <qt6keychain/keychain.h>

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
#define TRAVELFLOW_SECRET_SERVICE 1
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#else
#define TRAVELFLOW_SECRET_SERVICE 0
#endif

#include <algorithm>
#include <utility>

// Windows note: Credential Manager limits a credential blob to 2560 bytes, so a secret
// larger than about 2 KB has to be split into numbered chunk entries there (Nextcloud's
// keychainchunk.h does this). TravelFlow ships on Linux first and the Secret
// Service and macOS Keychain have no such limit, so chunking is not implemented yet; a
// Windows port must add it in startAttempt() before long refresh tokens are stored.

namespace travelflow {

namespace {

using namespace std::chrono_literals;

// The Secret Service is D-Bus activated: right after login (or in a fresh test session)
// the first call can fail with "The name org.freedesktop.secrets was not provided" while
// the daemon is still starting. One retry after this delay covers that.
constexpr auto kRetryDelay = 1000ms;

constexpr int kMaxProfileIdLength = 128;

constexpr bool kRetryWhenBackendNotReady = TRAVELFLOW_SECRET_SERVICE;

bool isValidKind(const QString &kind)
{
    static const QRegularExpression re(QStringLiteral("^[a-z_]+$"));
    return re.match(kind).hasMatch();
}

bool isValidPlatform(const QString &platform)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9_]+$"));
    return re.match(platform).hasMatch();
}

bool isValidProfileId(const QString &profileId)
{
    if (profileId.isEmpty() || profileId.size() > kMaxProfileIdLength)
        return false;
    for (const QChar c : profileId) {
        if (c == u'/' || c.isSpace() || c.category() == QChar::Other_Control)
            return false;
    }
    return true;
}

QString jobErrorName(int error)
{
    switch (static_cast<QKeychain::Error>(error)) {
    case QKeychain::NoError: return QStringLiteral("NoError");
    case QKeychain::EntryNotFound: return QStringLiteral("EntryNotFound");
    case QKeychain::CouldNotDeleteEntry: return QStringLiteral("CouldNotDeleteEntry");
    case QKeychain::AccessDeniedByUser: return QStringLiteral("AccessDeniedByUser");
    case QKeychain::AccessDenied: return QStringLiteral("AccessDenied");
    case QKeychain::NoBackendAvailable: return QStringLiteral("NoBackendAvailable");
    case QKeychain::NotImplemented: return QStringLiteral("NotImplemented");
    case QKeychain::OtherError: return QStringLiteral("OtherError");
    }
    return QStringLiteral("Error%1").arg(error);
}

// QtKeychain reports "there is no keychain" on Linux mostly as OtherError with the
// D-Bus / libsecret text; these are the texts seen for a missing bus, a bus without a
// Secret Service, a keyring that was never set up and a missing libsecret.
bool looksUnavailable(const QString &detail)
{
    static const QLatin1String markers[] = {
        QLatin1String("org.freedesktop.secrets"),
        QLatin1String("autolaunch"),
        QLatin1String("d-bus"),
        QLatin1String("dbus"),
        QLatin1String("could not connect"),
        QLatin1String("no such file"),
        QLatin1String("serviceunknown"),
        QLatin1String("not provided"),
        QLatin1String("no keyring daemon"),
        QLatin1String("no keychain"),
        QLatin1String("unknown error"),
        QLatin1String("/collection/"),
    };
    for (const QLatin1String &marker : markers) {
        if (detail.contains(marker, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

struct SecretStore::Operation
{
    enum class Type {
        Write,
        Read,
        Remove
    };

    Type type = Type::Read;
    QString key;
    QString secret; // only for Write, cleared as soon as the operation ends
    QPointer<QObject> context;
    std::function<void(Status)> statusDone;
    std::function<void(Expected<QString>)> readDone;
    int attempt = 0;
    bool finished = false;
    QTimer *deadline = nullptr;

    const char *typeName() const
    {
        switch (type) {
        case Type::Write: return "write";
        case Type::Read: return "read";
        case Type::Remove: return "remove";
        }
        return "?";
    }
};

SecretStore::SecretStore(QString service, QObject *parent)
    : QObject(parent), m_service(std::move(service)) { }

// Jobs still running are not children of the store (QtKeychain's libsecret callbacks
// keep raw pointers into them), so they finish and delete themselves on their own; the
// store's connections and deadline timers die with it, so no callback runs afterwards.
SecretStore::~SecretStore() = default;

void SecretStore::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = std::max(timeout, std::chrono::milliseconds(1));
}

QString SecretStore::accountKey(const QString &profileId, qint64 accountId, const QString &kind)
{
    if (!isValidProfileId(profileId) || accountId <= 0 || !isValidKind(kind))
        return {};
    return profileId + QLatin1String("/account/") + QString::number(accountId) + u'/' + kind;
}

QString SecretStore::appCredentialKey(const QString &profileId, const QString &platform, const QString &kind)
{
    if (!isValidProfileId(profileId) || !isValidPlatform(platform) || !isValidKind(kind))
        return {};
    return profileId + QLatin1String("/app/") + platform + u'/' + kind;
}

bool SecretStore::isValidKey(const QString &key)
{
    const QStringList parts = key.split(u'/');
    if (parts.size() != 4 || !isValidProfileId(parts[0]) || !isValidKind(parts[3]))
        return false;
    if (parts[1] == QLatin1String("account")) {
        static const QRegularExpression id(QStringLiteral("^[1-9][0-9]{0,18}$"));
        return id.match(parts[2]).hasMatch();
    }
    if (parts[1] == QLatin1String("app"))
        return isValidPlatform(parts[2]);
    return false;
}

void SecretStore::write(const QString &key, const QString &secret, QObject *context,
                        std::function<void(Status)> done)
{
    auto op = std::make_shared<Operation>();
    op->type = Operation::Type::Write;
    op->key = key;
    op->secret = secret;
    op->context = context ? context : this;
    op->statusDone = std::move(done);
    if (secret.isEmpty()) {
        failLater(op,
                  Error::make(Error::Kind::Usage, QStringLiteral("secret_empty"),
                              tr("There is nothing to store: the secret is empty. "
                                 "Enter the value again, or disconnect the account to remove it.")));
        return;
    }
    begin(op);
}

void SecretStore::read(const QString &key, QObject *context, std::function<void(Expected<QString>)> done)
{
    auto op = std::make_shared<Operation>();
    op->type = Operation::Type::Read;
    op->key = key;
    op->context = context ? context : this;
    op->readDone = std::move(done);
    begin(op);
}

void SecretStore::remove(const QString &key, QObject *context, std::function<void(Status)> done)
{
    auto op = std::make_shared<Operation>();
    op->type = Operation::Type::Remove;
    op->key = key;
    op->context = context ? context : this;
    op->statusDone = std::move(done);
    begin(op);
}

void SecretStore::begin(const OperationPtr &op)
{
    if (!isValidKey(op->key)) {
        // Neither logged nor quoted: a caller mixing up arguments could have passed the
        // secret itself as the key.
        qCWarning(lcSecrets) << "refused" << op->typeName() << "with a malformed key";
        failLater(op,
                  Error::make(Error::Kind::Usage, QStringLiteral("secret_key_invalid"),
                              tr("Internal error: a keychain entry name is malformed, so the "
                                 "keychain was not used. Please report this problem.")));
        return;
    }

    op->deadline = new QTimer(this);
    op->deadline->setSingleShot(true);
    connect(op->deadline, &QTimer::timeout, this, [this, op] {
        qCWarning(lcSecrets).nospace() << op->typeName() << " " << op->key << " timed out after "
                                       << m_timeout.count() << " ms (attempt " << op->attempt + 1 << ")";
        // The QtKeychain job keeps running and deletes itself when it finally ends;
        // deleting it now would leave libsecret with a dangling pointer.
        const Error error = timeoutError(*op);
        finish(op, &error);
    });
    op->deadline->start(m_timeout);
    startAttempt(op);
}

void SecretStore::startAttempt(const OperationPtr &op)
{
    QKeychain::Job *job = nullptr;
    switch (op->type) {
    case Operation::Type::Write: {
        auto *writeJob = new QKeychain::WritePasswordJob(m_service);
        writeJob->setTextData(op->secret);
        job = writeJob;
        break;
    }
    case Operation::Type::Read: job = new QKeychain::ReadPasswordJob(m_service); break;
    case Operation::Type::Remove: job = new QKeychain::DeletePasswordJob(m_service); break;
    }
    // Never fall back to QSettings in clear text (the KWallet path would do that), and
    // keep the job alive until we have read error() and textData().
    job->setInsecureFallback(false);
    job->setAutoDelete(false);
    job->setKey(op->key);
    connect(job, &QKeychain::Job::finished, this,
            [this, op](QKeychain::Job *finishedJob) { onJobFinished(op, finishedJob); });
    connect(job, &QKeychain::Job::finished, job, &QObject::deleteLater);
    qCDebug(lcSecrets).nospace() << op->typeName() << " " << op->key << " started (attempt "
                                 << op->attempt + 1 << ")";
    job->start();
}

void SecretStore::onJobFinished(const OperationPtr &op, QKeychain::Job *job)
{
    if (op->finished)
        return; // already reported as timed out

    const int jobError = job->error();
    const QString detail = job->errorString();

    if (jobError == QKeychain::NoError && op->type == Operation::Type::Remove) {
        // libsecret skips items it cannot unlock and then reports success.
        finishUnlessLocked(op, [this, op] {
            qCDebug(lcSecrets).nospace() << op->typeName() << " " << op->key << " done";
            finish(op, nullptr);
        });
        return;
    }

    if (jobError == QKeychain::NoError) {
        qCDebug(lcSecrets).nospace() << op->typeName() << " " << op->key << " done";
        QString value;
        if (op->type == Operation::Type::Read)
            if (const auto *readJob = qobject_cast<QKeychain::ReadPasswordJob *>(job))
                value = readJob->textData();
        finish(op, nullptr, value);
        return;
    }

    if (jobError == QKeychain::EntryNotFound && op->type == Operation::Type::Read) {
        // A locked keyring whose unlock prompt was dismissed (or could not be shown) looks
        // exactly like a missing entry; telling the user to reconnect would be wrong.
        finishUnlessLocked(op, [this, op] {
            qCDebug(lcSecrets).nospace() << op->typeName() << " " << op->key << ": no such entry";
            const Error error = Error::make(Error::Kind::NotFound, QStringLiteral("secret_not_found"),
                                            tr("No saved credential was found in the system keychain. "
                                               "Connect the account again to sign in."));
            finish(op, &error);
        });
        return;
    }

    const bool retryable = jobError == QKeychain::OtherError || jobError == QKeychain::NoBackendAvailable;
    if (kRetryWhenBackendNotReady && retryable && op->attempt == 0) {
        qCInfo(lcSecrets).nospace() << op->typeName() << " " << op->key << " failed with "
                                    << jobErrorName(jobError) << " (" << detail
                                    << "); retrying once in case the keychain is still starting";
        ++op->attempt;
        QTimer::singleShot(kRetryDelay, this, [this, op] {
            if (!op->finished)
                startAttempt(op);
        });
        return;
    }

    qCWarning(lcSecrets).nospace() << op->typeName() << " " << op->key << " failed with "
                                   << jobErrorName(jobError) << " (" << detail << ")";
    const Error error = keychainError(*op, jobError, detail);
    finish(op, &error);
}

void SecretStore::finishUnlessLocked(const OperationPtr &op, std::function<void()> otherwise)
{
#if TRAVELFLOW_SECRET_SERVICE
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        otherwise();
        return;
    }
    // QtKeychain writes to the default collection, so that is the one whose state matters.
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets/aliases/default"),
        QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    call << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    call.setAutoStartService(false); // never start a keyring daemon just to ask
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, 5000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, op, otherwise = std::move(otherwise)](QDBusPendingCallWatcher *finishedWatcher) {
                finishedWatcher->deleteLater();
                if (op->finished)
                    return;
                const QDBusPendingReply<QDBusVariant> reply = *finishedWatcher;
                if (reply.isError() || !reply.value().variant().toBool()) {
                    otherwise();
                    return;
                }
                qCWarning(lcSecrets).nospace()
                    << op->typeName() << " " << op->key << ": the default keyring is locked";
                const Error error
                    = keychainError(*op, QKeychain::AccessDenied, tr("the default keyring is locked"));
                finish(op, &error);
            });
#else
    Q_UNUSED(op)
    otherwise();
#endif
}

void SecretStore::finish(const OperationPtr &op, const Error *error, const QString &value)
{
    if (op->finished)
        return;
    op->finished = true;
    op->secret.clear();
    if (op->deadline) {
        op->deadline->stop();
        op->deadline->deleteLater(); // we may be inside its timeout()
        op->deadline = nullptr;
    }
    if (!op->context) {
        qCDebug(lcSecrets).nospace() << op->typeName() << " " << op->key
                                     << ": caller is gone, result dropped";
        return;
    }
    // The callback may delete this store: nothing below touches `this`.
    if (op->type == Operation::Type::Read) {
        if (op->readDone)
            op->readDone(error ? Expected<QString>(*error) : Expected<QString>(value));
    } else if (op->statusDone) {
        op->statusDone(error ? Status(*error) : Status());
    }
}

void SecretStore::failLater(const OperationPtr &op, const Error &error)
{
    QMetaObject::invokeMethod(
        this, [this, op, error] { finish(op, &error); }, Qt::QueuedConnection);
}

Error SecretStore::keychainError(const Operation &op, int jobError, const QString &detail)
{
    QString consequence;
    switch (op.type) {
    case Operation::Type::Write:
        consequence
            = tr("TravelFlow stores account tokens only in the system keychain, so nothing was saved.");
        break;
    case Operation::Type::Read:
        consequence = tr("TravelFlow keeps account tokens only in the system keychain, so the saved "
                         "sign-in could not be read.");
        break;
    case Operation::Type::Remove:
        consequence = tr("The saved sign-in was not removed from the keychain.");
        break;
    }
    const QString shownDetail = detail.isEmpty() ? jobErrorName(jobError) : detail;

#if defined(Q_OS_MACOS)
    const QString unlockAdvice = tr("Open Keychain Access, make sure the login keychain exists and "
                                    "is unlocked, then try again.");
#elif defined(Q_OS_WIN)
    const QString unlockAdvice = tr("Make sure Windows Credential Manager is available for your "
                                    "user account, then try again.");
#else
    const QString unlockAdvice = tr("Install and unlock GNOME Keyring, KWallet or another Secret "
                                    "Service provider, then try again.");
#endif

    switch (jobError) {
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error::make(Error::Kind::Keychain, QStringLiteral("keychain_access_denied"),
                           tr("The system keychain refused access (%1). It may be locked, or access "
                              "was declined in its unlock prompt.")
                                   .arg(shownDetail)
                               + u' ' + consequence + u' '
                               + tr("Unlock the keychain and allow TravelFlow to use it, then try again."));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented: break;
    case QKeychain::OtherError:
        if (looksUnavailable(detail))
            break;
        [[fallthrough]];
    default:
        return Error::make(Error::Kind::Keychain, QStringLiteral("keychain_error"),
                           tr("The system keychain reported an error (%1).").arg(shownDetail) + u' '
                               + consequence + u' '
                               + tr("Check that the keychain is running and unlocked, then try again."));
    }
    return Error::make(Error::Kind::Keychain, QStringLiteral("keychain_unavailable"),
                       tr("No system keychain is available (%1).").arg(shownDetail) + u' ' + consequence
                           + u' ' + unlockAdvice);
}

Error SecretStore::timeoutError(const Operation &op) const
{
    const auto seconds = static_cast<int>((m_timeout.count() + 999) / 1000);
    QString consequence;
    switch (op.type) {
    case Operation::Type::Write: consequence = tr("The secret may or may not have been saved."); break;
    case Operation::Type::Read: consequence = tr("The saved sign-in could not be read."); break;
    case Operation::Type::Remove: consequence = tr("The saved sign-in may not have been removed."); break;
    }
    return Error::make(Error::Kind::Keychain, QStringLiteral("keychain_timeout"),
                       tr("The system keychain did not answer within %n second(s). It may be waiting "
                          "for you to unlock it in a window that is hidden or on another screen.",
                          nullptr, seconds)
                           + u' ' + consequence + u' ' + tr("Unlock the keychain, then try again."));
}

} // namespace travelflow
