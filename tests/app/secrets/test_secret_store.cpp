// SecretStore against a real Secret Service (gnome-keyring-daemon on a private D-Bus
// session). Run it through:
//   dbus-run-session -- sh -c 'echo -n pw | gnome-keyring-daemon --unlock
//       --components=secrets >/dev/null; ctest --test-dir build -L keychain'
// (one line).
// Each run uses its own service name and removes its items at the end.

#include "core/error.h"
#include "secrets/secret_store.h"
#include "support/test_env.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <memory>
#include <optional>

using namespace travelflow;
using namespace std::chrono_literals;

namespace {

constexpr int kWaitMs = 30000;

// Set when this executable runs as the child of lockedKeyringIsNotMistakenForMissing().
constexpr char kLockedChildEnv[] = "TRAVELFLOW_TEST_LOCKED_KEYRING_CHILD";
constexpr char kLockedSecret[] = "locked-keyring-canary-31f6";

QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void collectMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker locker(&g_logMutex);
        g_log.append(QString::fromUtf8(context.category ? context.category : "") + QLatin1String(": ")
                     + message);
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

// Synchronous wrappers for the tests. The local context object drops a callback that
// comes after we gave up waiting, so it never writes into a dead stack frame.
Status writeSync(SecretStore &store, const QString &key, const QString &secret)
{
    QObject context;
    std::optional<Status> result;
    store.write(key, secret, &context, [&](Status status) { result = std::move(status); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, kWaitMs))
        return Status(Error::make(Error::Kind::Internal, QStringLiteral("test_wait"),
                                  QStringLiteral("no callback within the test's wait")));
    return *result;
}

Expected<QString> readSync(SecretStore &store, const QString &key)
{
    QObject context;
    std::optional<Expected<QString>> result;
    store.read(key, &context, [&](Expected<QString> value) { result = std::move(value); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, kWaitMs))
        return Error::make(Error::Kind::Internal, QStringLiteral("test_wait"),
                           QStringLiteral("no callback within the test's wait"));
    return *result;
}

Status removeSync(SecretStore &store, const QString &key)
{
    QObject context;
    std::optional<Status> result;
    store.remove(key, &context, [&](Status status) { result = std::move(status); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, kWaitMs))
        return Status(Error::make(Error::Kind::Internal, QStringLiteral("test_wait"),
                                  QStringLiteral("no callback within the test's wait")));
    return *result;
}

QString describe(const Error &error)
{
    return error.code + QLatin1String(": ") + error.message;
}

// QVERIFY2 evaluates its message even when the check passes, so never touch error() of a
// value that has none.
QString describe(const Expected<QString> &value)
{
    return value.hasValue() ? QStringLiteral("ok") : describe(value.error());
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void keyHelpers();
    void keyHelpers_rejectBadInput_data();
    void keyHelpers_rejectBadInput();
    void isValidKey_data();
    void isValidKey();

    void writeThenRead_data();
    void writeThenRead();
    void overwrite();
    void removeThenReadIsNotFound();
    void removeMissingSucceeds();
    void readMissingIsNotFound();
    void profilesAndServicesDoNotCollide();
    void itemIsInSecretService();
    void invalidKeyIsRefused();
    void emptySecretIsRefused();
    void callbackSkippedWhenContextDeleted();
    void callbackSkippedWhenStoreDeleted();
    void manyConcurrentOperations();
    void lockedKeyringIsNotMistakenForMissing();

    // Last: looks at everything logged by the tests above.
    void secretsNeverLogged();

private:
    void runLockedKeyringScenario();

    QString secret(const QString &base)
    {
        m_usedSecrets.append(base);
        return base;
    }

    // What `secret-tool lookup server <service> user <key>` prints, or nullopt when the
    // Secret Service has no such item.
    std::optional<QByteArray> lookupWithSecretTool(const QString &service, const QString &key)
    {
        QByteArray out;
        const int rc = test::runProcess(
            m_secretTool,
            {QStringLiteral("lookup"), QStringLiteral("server"), service, QStringLiteral("user"), key}, &out);
        if (rc != 0)
            return std::nullopt;
        return out;
    }

    QString m_service;
    QString m_secretTool;
    QStringList m_usedSecrets;
};

void TestSecretStore::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        QFAIL("DBUS_SESSION_BUS_ADDRESS is not set: this test needs a real Secret Service. Run it as\n"
              "  dbus-run-session -- sh -c 'echo -n pw | gnome-keyring-daemon --unlock "
              "--components=secrets >/dev/null; ctest --test-dir <build> -L keychain'\n"
              "(packages: dbus-daemon gnome-keyring libsecret-1-0 libsecret-tools)");
    }
    m_secretTool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
    if (m_secretTool.isEmpty())
        QFAIL("secret-tool is not installed (package libsecret-tools); it is needed to check "
              "what really reached the Secret Service");

    QLoggingCategory::setFilterRules(QStringLiteral("travelflow.secrets.debug=true"));
    g_previousHandler = qInstallMessageHandler(collectMessage);

    m_service = QStringLiteral("TravelFlowTest-") + QUuid::createUuid().toString(QUuid::Id128);

    // A clear failure up front when the daemon is missing or locked, rather than every test
    // failing on its own.
    SecretStore store(m_service);
    const QString key = SecretStore::accountKey(QStringLiteral("probe"), 1, QStringLiteral("access_token"));
    const Status status = writeSync(store, key, secret(QStringLiteral("probe-secret-1")));
    if (!status.ok()) {
        QFAIL(qPrintable(QStringLiteral("The Secret Service does not accept a write (%1). Is "
                                        "gnome-keyring-daemon running and unlocked in this D-Bus session?")
                             .arg(describe(status.error()))));
    }
    QVERIFY(removeSync(store, key).ok());
}

void TestSecretStore::cleanupTestCase()
{
    qInstallMessageHandler(g_previousHandler);
    if (m_service.isEmpty() || m_secretTool.isEmpty() || qEnvironmentVariableIsSet(kLockedChildEnv))
        return; // the child's keyring is private, locked and thrown away with its session
    // Sweep whatever a failed test left behind.
    test::runProcess(m_secretTool, {QStringLiteral("clear"), QStringLiteral("server"), m_service});
    test::runProcess(
        m_secretTool,
        {QStringLiteral("clear"), QStringLiteral("server"), m_service + QLatin1String("-other")});
    QByteArray out;
    test::runProcess(m_secretTool,
                     {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"), m_service},
                     &out);
    QVERIFY2(out.trimmed().isEmpty(), out.constData());
}

void TestSecretStore::keyHelpers()
{
    QCOMPARE(SecretStore::accountKey(QStringLiteral("default"), 7, QStringLiteral("access_token")),
             QStringLiteral("default/account/7/access_token"));
    QCOMPARE(
        SecretStore::accountKey(QStringLiteral("work"), 1234567890123LL, QStringLiteral("refresh_token")),
        QStringLiteral("work/account/1234567890123/refresh_token"));
    QCOMPARE(SecretStore::appCredentialKey(QStringLiteral("default"), QStringLiteral("youtube"),
                                           QStringLiteral("client_secret")),
             QStringLiteral("default/app/youtube/client_secret"));
    QCOMPARE(SecretStore().service(), QStringLiteral("TravelFlow"));
    SecretStore store;
    QCOMPARE(store.timeout(), 15000ms);
    store.setTimeout(2s);
    QCOMPARE(store.timeout(), 2000ms);
}

void TestSecretStore::keyHelpers_rejectBadInput_data()
{
    QTest::addColumn<QString>("profileId");
    QTest::addColumn<qint64>("accountId");
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QString>("kind");

    const QString p = QStringLiteral("default");
    const QString yt = QStringLiteral("youtube");
    const QString tok = QStringLiteral("access_token");
    QTest::newRow("empty kind") << p << qint64(1) << yt << QString();
    QTest::newRow("upper-case kind") << p << qint64(1) << yt << QStringLiteral("Access_Token");
    QTest::newRow("dash in kind") << p << qint64(1) << yt << QStringLiteral("access-token");
    QTest::newRow("space in kind") << p << qint64(1) << yt << QStringLiteral("access token");
    QTest::newRow("slash in kind") << p << qint64(1) << yt << QStringLiteral("access/token");
    QTest::newRow("digit in kind") << p << qint64(1) << yt << QStringLiteral("token2");
    QTest::newRow("dots in kind") << p << qint64(1) << yt << QStringLiteral("../token");
    QTest::newRow("unicode kind") << p << qint64(1) << yt << QStringLiteral("токен");
    QTest::newRow("empty profile") << QString() << qint64(1) << yt << tok;
    QTest::newRow("slash in profile") << QStringLiteral("a/b") << qint64(1) << yt << tok;
    QTest::newRow("space in profile") << QStringLiteral("a b") << qint64(1) << yt << tok;
    QTest::newRow("zero id") << p << qint64(0) << yt << tok;
    QTest::newRow("negative id") << p << qint64(-3) << yt << tok;
}

void TestSecretStore::keyHelpers_rejectBadInput()
{
    QFETCH(QString, profileId);
    QFETCH(qint64, accountId);
    QFETCH(QString, platform);
    QFETCH(QString, kind);

    const QString accountKey = SecretStore::accountKey(profileId, accountId, kind);
    QVERIFY2(accountKey.isEmpty(), qPrintable(accountKey));
    if (accountId > 0) {
        // Same invalid profile or kind through the other helper.
        const QString appKey = SecretStore::appCredentialKey(profileId, platform, kind);
        QVERIFY2(appKey.isEmpty(), qPrintable(appKey));
    }
}

void TestSecretStore::isValidKey_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("valid");

    QTest::newRow("account") << QStringLiteral("default/account/7/access_token") << true;
    QTest::newRow("app") << QStringLiteral("default/app/tiktok/client_secret") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("bare word") << QStringLiteral("access_token") << false;
    QTest::newRow("too many parts") << QStringLiteral("default/account/7/access_token/x") << false;
    QTest::newRow("too few parts") << QStringLiteral("default/account/7") << false;
    QTest::newRow("unknown section") << QStringLiteral("default/other/7/access_token") << false;
    QTest::newRow("zero id") << QStringLiteral("default/account/0/access_token") << false;
    QTest::newRow("leading zero id") << QStringLiteral("default/account/07/access_token") << false;
    QTest::newRow("non-numeric id") << QStringLiteral("default/account/x/access_token") << false;
    QTest::newRow("bad kind") << QStringLiteral("default/account/7/Access") << false;
    QTest::newRow("bad platform") << QStringLiteral("default/app/You Tube/client_secret") << false;
    QTest::newRow("empty profile") << QStringLiteral("/account/7/access_token") << false;
}

void TestSecretStore::isValidKey()
{
    QFETCH(QString, key);
    QFETCH(bool, valid);
    QCOMPARE(SecretStore::isValidKey(key), valid);
}

void TestSecretStore::writeThenRead_data()
{
    QTest::addColumn<QString>("value");

    QTest::newRow("ascii") << secret(QStringLiteral("ya29.a0AfH6SMBx-plain-token-1"));
    QTest::newRow("unicode") << secret(QStringLiteral("пароль-🔑-Grüße-日本語-token-2"));
    QString longSecret;
    int i = 0;
    while (longSecret.size() < 4096)
        longSecret += QStringLiteral("chunk%1-ключ-").arg(i++, 4, 10, QLatin1Char('0'));
    longSecret.truncate(4096);
    QTest::newRow("4k") << secret(longSecret);
    QTest::newRow("spaces and newline") << secret(QStringLiteral(" leading space\nsecond line\t "));
}

void TestSecretStore::writeThenRead()
{
    QFETCH(QString, value);
    SecretStore store(m_service);
    const QString key
        = SecretStore::accountKey(QStringLiteral("default"), 11, QStringLiteral("access_token"));

    // The callback never runs inside the call.
    QObject context;
    std::optional<Status> written;
    store.write(key, value, &context, [&](Status status) { written = std::move(status); });
    QVERIFY(!written.has_value());
    QVERIFY(QTest::qWaitFor([&] { return written.has_value(); }, kWaitMs));
    QVERIFY2(written->ok(), qPrintable(describe(written->error())));

    const Expected<QString> readBack = readSync(store, key);
    QVERIFY2(readBack.hasValue(), qPrintable(describe(readBack)));
    QCOMPARE(readBack.value().size(), value.size());
    QVERIFY(readBack.value() == value);

    // A second store object on the same service sees the same entry.
    SecretStore again(m_service);
    const Expected<QString> readAgain = readSync(again, key);
    QVERIFY(readAgain.hasValue());
    QVERIFY(readAgain.value() == value);

    QVERIFY(removeSync(store, key).ok());
}

void TestSecretStore::overwrite()
{
    SecretStore store(m_service);
    const QString key
        = SecretStore::accountKey(QStringLiteral("default"), 12, QStringLiteral("refresh_token"));
    const QString first = secret(QStringLiteral("first-refresh-token-aaaa"));
    const QString second = secret(QStringLiteral("second-refresh-token-bbbb"));

    QVERIFY(writeSync(store, key, first).ok());
    QVERIFY(writeSync(store, key, second).ok());
    const Expected<QString> value = readSync(store, key);
    QVERIFY2(value.hasValue(), qPrintable(describe(value)));
    QVERIFY(value.value() == second);

    // Replaced, not added: the Secret Service holds exactly one item for the key.
    QByteArray out;
    QCOMPARE(test::runProcess(m_secretTool,
                              {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
                               m_service, QStringLiteral("user"), key},
                              &out),
             0);
    QCOMPARE(out.count("[/"), 1);

    QVERIFY(removeSync(store, key).ok());
}

void TestSecretStore::removeThenReadIsNotFound()
{
    SecretStore store(m_service);
    const QString key
        = SecretStore::accountKey(QStringLiteral("default"), 13, QStringLiteral("access_token"));
    QVERIFY(writeSync(store, key, secret(QStringLiteral("to-be-removed-token"))).ok());
    const Status removed = removeSync(store, key);
    QVERIFY2(removed.ok(), qPrintable(describe(removed.error())));

    const Expected<QString> value = readSync(store, key);
    QVERIFY(!value.hasValue());
    QCOMPARE(value.error().kind, Error::Kind::NotFound);
    QCOMPARE(value.error().code, QStringLiteral("secret_not_found"));
    QVERIFY(!value.error().message.isEmpty());
    QVERIFY(!lookupWithSecretTool(m_service, key).has_value());
}

void TestSecretStore::removeMissingSucceeds()
{
    SecretStore store(m_service);
    const QString key
        = SecretStore::accountKey(QStringLiteral("default"), 14, QStringLiteral("never_written"));
    const Status removed = removeSync(store, key);
    QVERIFY2(removed.ok(), qPrintable(describe(removed.error())));
    // And twice in a row.
    QVERIFY(removeSync(store, key).ok());
}

void TestSecretStore::readMissingIsNotFound()
{
    SecretStore store(m_service);
    const QString key = SecretStore::appCredentialKey(QStringLiteral("default"), QStringLiteral("instagram"),
                                                      QStringLiteral("client_secret"));
    const Expected<QString> value = readSync(store, key);
    QVERIFY(!value.hasValue());
    QCOMPARE(value.error().kind, Error::Kind::NotFound);
    QCOMPARE(value.error().code, QStringLiteral("secret_not_found"));
}

void TestSecretStore::profilesAndServicesDoNotCollide()
{
    SecretStore store(m_service);
    SecretStore otherService(m_service + QLatin1String("-other"));
    const QString alice = SecretStore::accountKey(QStringLiteral("alice"), 1, QStringLiteral("access_token"));
    const QString bob = SecretStore::accountKey(QStringLiteral("bob"), 1, QStringLiteral("access_token"));
    const QString aliceApp = SecretStore::appCredentialKey(QStringLiteral("alice"), QStringLiteral("tiktok"),
                                                           QStringLiteral("access_token"));
    QVERIFY(alice != bob);

    const QString aliceSecret = secret(QStringLiteral("alice-token-1111"));
    const QString bobSecret = secret(QStringLiteral("bob-token-2222"));
    const QString aliceAppSecret = secret(QStringLiteral("alice-app-secret-3333"));
    const QString otherSecret = secret(QStringLiteral("other-service-token-4444"));
    QVERIFY(writeSync(store, alice, aliceSecret).ok());
    QVERIFY(writeSync(store, bob, bobSecret).ok());
    QVERIFY(writeSync(store, aliceApp, aliceAppSecret).ok());
    QVERIFY(writeSync(otherService, alice, otherSecret).ok());

    QVERIFY(readSync(store, alice).value() == aliceSecret);
    QVERIFY(readSync(store, bob).value() == bobSecret);
    QVERIFY(readSync(store, aliceApp).value() == aliceAppSecret);
    QVERIFY(readSync(otherService, alice).value() == otherSecret);
    QCOMPARE(readSync(otherService, bob).error().kind, Error::Kind::NotFound);

    QVERIFY(removeSync(store, alice).ok());
    QCOMPARE(readSync(store, alice).error().kind, Error::Kind::NotFound);
    QVERIFY(readSync(store, bob).value() == bobSecret);
    QVERIFY(readSync(store, aliceApp).value() == aliceAppSecret);
    QVERIFY(readSync(otherService, alice).value() == otherSecret);

    QVERIFY(removeSync(store, bob).ok());
    QVERIFY(removeSync(store, aliceApp).ok());
    QVERIFY(removeSync(otherService, alice).ok());
}

void TestSecretStore::itemIsInSecretService()
{
    SecretStore store(m_service);
    const QString key
        = SecretStore::accountKey(QStringLiteral("default"), 15, QStringLiteral("access_token"));
    const QString value = secret(QStringLiteral("really-in-the-keyring-Ω-5555"));
    QVERIFY(writeSync(store, key, value).ok());

    // QtKeychain's libsecret schema "org.qt.keychain" names the attributes
    // user = key, server = service, type = plaintext|base64.
    const std::optional<QByteArray> stored = lookupWithSecretTool(m_service, key);
    QVERIFY2(stored.has_value(), "secret-tool found no item with server=<service> user=<key>");
    QCOMPARE(QString::fromUtf8(*stored), value);

    // secret-tool search prints the item on stdout and its attributes on stderr.
    QByteArray out;
    QByteArray err;
    QCOMPARE(test::runProcess(m_secretTool,
                              {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
                               m_service, QStringLiteral("user"), key},
                              &out, &err),
             0);
    const QString item = QString::fromUtf8(out + err);
    QCOMPARE(out.count("[/"), 1);
    QVERIFY2(item.contains(QLatin1String("schema = org.qt.keychain")), qPrintable(item));
    QVERIFY2(item.contains(QLatin1String("attribute.server = ") + m_service), qPrintable(item));
    QVERIFY2(item.contains(QLatin1String("attribute.user = ") + key), qPrintable(item));
    QVERIFY2(item.contains(QLatin1String("attribute.type = plaintext")), qPrintable(item));

    QVERIFY(removeSync(store, key).ok());
    QVERIFY(!lookupWithSecretTool(m_service, key).has_value());
}

void TestSecretStore::invalidKeyIsRefused()
{
    SecretStore store(m_service);
    // A caller that swaps arguments hands the token over as the key.
    const QString tokenAsKey = secret(QStringLiteral("swapped-argument-token-6666"));

    const Status written = writeSync(store, tokenAsKey, QStringLiteral("x"));
    QVERIFY(!written.ok());
    QCOMPARE(written.error().kind, Error::Kind::Usage);
    QCOMPARE(written.error().code, QStringLiteral("secret_key_invalid"));
    QVERIFY(!written.error().message.contains(tokenAsKey));

    const Expected<QString> readBack = readSync(store, tokenAsKey);
    QVERIFY(!readBack.hasValue());
    QCOMPARE(readBack.error().code, QStringLiteral("secret_key_invalid"));

    const Status removed = removeSync(store, QStringLiteral("default/account/1/Bad-Kind"));
    QVERIFY(!removed.ok());
    QCOMPARE(removed.error().code, QStringLiteral("secret_key_invalid"));

    QVERIFY(!lookupWithSecretTool(m_service, tokenAsKey).has_value());
}

void TestSecretStore::emptySecretIsRefused()
{
    SecretStore store(m_service);
    const QString key
        = SecretStore::accountKey(QStringLiteral("default"), 16, QStringLiteral("access_token"));
    const Status written = writeSync(store, key, QString());
    QVERIFY(!written.ok());
    QCOMPARE(written.error().kind, Error::Kind::Usage);
    QCOMPARE(written.error().code, QStringLiteral("secret_empty"));
    QVERIFY(!lookupWithSecretTool(m_service, key).has_value());
}

void TestSecretStore::callbackSkippedWhenContextDeleted()
{
    SecretStore store(m_service);
    const QString key
        = SecretStore::accountKey(QStringLiteral("default"), 17, QStringLiteral("access_token"));
    const QString value = secret(QStringLiteral("context-gone-token-7777"));

    int calls = 0;
    auto *context = new QObject;
    store.write(key, value, context, [&calls](const Status &) { ++calls; });
    store.read(key, context, [&calls](const Expected<QString> &) { ++calls; });
    delete context;

    // QtKeychain runs jobs in order, so once this read is answered the two above are done.
    const Expected<QString> readBack = readSync(store, key);
    QVERIFY2(readBack.hasValue(), qPrintable(describe(readBack)));
    QVERIFY(readBack.value() == value); // the write itself still happened
    QTest::qWait(50);
    QCOMPARE(calls, 0);

    // Also for the remove callback, and for a context deleted mid-flight by another callback.
    auto *second = new QObject;
    store.remove(key, second, [&calls](const Status &) { ++calls; });
    QTimer::singleShot(0, second, [second] { delete second; });
    QCOMPARE(readSync(store, key).error().kind, Error::Kind::NotFound);
    QCOMPARE(calls, 0);
}

void TestSecretStore::callbackSkippedWhenStoreDeleted()
{
    const QString key
        = SecretStore::accountKey(QStringLiteral("default"), 18, QStringLiteral("access_token"));
    const QString value = secret(QStringLiteral("store-gone-token-8888"));

    int calls = 0;
    auto store = std::make_unique<SecretStore>(m_service);
    store->write(key, value, this, [&calls](const Status &) { ++calls; });
    store.reset();

    SecretStore other(m_service);
    const Expected<QString> readBack = readSync(other, key);
    // The job outlives the store and completes; only the callback is dropped.
    QVERIFY2(readBack.hasValue(), qPrintable(describe(readBack)));
    QVERIFY(readBack.value() == value);
    QTest::qWait(50);
    QCOMPARE(calls, 0);
    QVERIFY(removeSync(other, key).ok());
}

void TestSecretStore::manyConcurrentOperations()
{
    constexpr int kCount = 40;
    SecretStore store(m_service);
    QStringList keys;
    QStringList values;
    for (int i = 0; i < kCount; ++i) {
        keys.append(SecretStore::accountKey(QStringLiteral("bulk"), 100 + i,
                                            i % 2 ? QStringLiteral("access_token")
                                                  : QStringLiteral("refresh_token")));
        values.append(secret(
            QStringLiteral("bulk-token-%1-%2").arg(i).arg(QUuid::createUuid().toString(QUuid::Id128))));
    }

    int writesDone = 0;
    QStringList failures;
    for (int i = 0; i < kCount; ++i) {
        store.write(keys[i], values[i], this, [&, i](const Status &status) {
            ++writesDone;
            if (!status.ok())
                failures.append(QStringLiteral("write %1: %2").arg(i).arg(describe(status.error())));
        });
    }
    QVERIFY(QTest::qWaitFor([&] { return writesDone == kCount; }, kWaitMs));
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));

    // Reads and removes issued together: each read is queued before its key's remove.
    int readsDone = 0;
    int removesDone = 0;
    for (int i = 0; i < kCount; ++i) {
        store.read(keys[i], this, [&, i](const Expected<QString> &value) {
            ++readsDone;
            if (!value.hasValue())
                failures.append(QStringLiteral("read %1: %2").arg(i).arg(describe(value.error())));
            else if (value.value() != values[i])
                failures.append(QStringLiteral("read %1: wrong value").arg(i));
        });
        store.remove(keys[i], this, [&, i](const Status &status) {
            ++removesDone;
            if (!status.ok())
                failures.append(QStringLiteral("remove %1: %2").arg(i).arg(describe(status.error())));
        });
    }
    QVERIFY(QTest::qWaitFor([&] { return readsDone == kCount && removesDone == kCount; }, kWaitMs));
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    QTest::qWait(50);
    QCOMPARE(readsDone, kCount); // each callback exactly once
    QCOMPARE(removesDone, kCount);

    QByteArray out;
    test::runProcess(m_secretTool,
                     {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"), m_service},
                     &out);
    QVERIFY2(!out.contains("bulk/"), out.constData());
}

void TestSecretStore::lockedKeyringIsNotMistakenForMissing()
{
    if (qEnvironmentVariableIsSet(kLockedChildEnv)) {
        runLockedKeyringScenario();
        return;
    }
    // Locking is done on a private bus with a private keyring (under the isolated HOME),
    // never on the keyring of whoever runs the tests.
    const QString dbusRunSession = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
    const QString keyringDaemon = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
    if (dbusRunSession.isEmpty() || keyringDaemon.isEmpty())
        QFAIL("dbus-run-session and gnome-keyring-daemon are needed (packages dbus-daemon gnome-keyring)");

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(kLockedChildEnv), QStringLiteral("1"));
    env.remove(QStringLiteral("DISPLAY")); // the unlock prompt must fail, not pop up
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(dbusRunSession,
                {QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                 QStringLiteral("echo -n pw | \"$1\" --unlock --components=secrets >/dev/null && "
                                "exec \"$2\" lockedKeyringIsNotMistakenForMissing"),
                 QStringLiteral("sh"), keyringDaemon, QCoreApplication::applicationFilePath()});
    QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
    if (!child.waitForFinished(120000)) {
        child.kill();
        child.waitForFinished();
        QFAIL(qPrintable(QStringLiteral("the locked-keyring child did not finish:\n")
                         + QString::fromLocal8Bit(child.readAll())));
    }
    const QByteArray output = child.readAll();
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, output.constData());
    QVERIFY2(output.contains("PASS   : TestSecretStore::lockedKeyringIsNotMistakenForMissing()"),
             output.constData());
    QVERIFY2(!output.contains(kLockedSecret), "the child printed its secret");
}

void TestSecretStore::runLockedKeyringScenario()
{
    SecretStore store(m_service);
    const QString key = SecretStore::accountKey(QStringLiteral("locked"), 1, QStringLiteral("access_token"));
    const QString missing
        = SecretStore::accountKey(QStringLiteral("locked"), 2, QStringLiteral("access_token"));
    const QString value = QString::fromLatin1(kLockedSecret);

    const Status written = writeSync(store, key, value);
    QVERIFY2(written.ok(), qPrintable(describe(written.error())));
    QCOMPARE(readSync(store, missing).error().code,
             QStringLiteral("secret_not_found")); // unlocked: truly missing

    QDBusMessage lock = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("Lock"));
    lock << QVariant::fromValue(
        QList<QDBusObjectPath>{QDBusObjectPath(QStringLiteral("/org/freedesktop/secrets/aliases/default"))});
    const QDBusMessage locked = QDBusConnection::sessionBus().call(lock, QDBus::Block, 10000);
    QVERIFY2(locked.type() == QDBusMessage::ReplyMessage, qPrintable(locked.errorMessage()));

    // libsecret answers "nothing there" for a locked item whose unlock prompt failed; the
    // store must not pass that on as NotFound (the app would ask to reconnect the account).
    const auto verifyDenied = [](const Error &error) {
        QCOMPARE(error.kind, Error::Kind::Keychain);
        QCOMPARE(error.code, QStringLiteral("keychain_access_denied"));
        QVERIFY2(error.message.contains(QLatin1String("Unlock the keychain")), qPrintable(error.message));
    };
    const Expected<QString> readLocked = readSync(store, key);
    QVERIFY(!readLocked.hasValue());
    verifyDenied(readLocked.error());
    const Expected<QString> readMissing = readSync(store, missing);
    QVERIFY(!readMissing.hasValue());
    verifyDenied(readMissing.error());
    const Status removed = removeSync(store, key);
    QVERIFY(!removed.ok());
    verifyDenied(removed.error());
    const Status rewritten = writeSync(store, key, value);
    QVERIFY(!rewritten.ok());
    verifyDenied(rewritten.error());
}

void TestSecretStore::secretsNeverLogged()
{
    QStringList log;
    {
        QMutexLocker locker(&g_logMutex);
        log = g_log;
    }
    // The store did log (debug is on for travelflow.secrets), so the check below means something.
    const bool storeLogged = std::any_of(log.cbegin(), log.cend(), [](const QString &line) {
        return line.startsWith(QLatin1String("travelflow.secrets: "));
    });
    QVERIFY2(storeLogged, "no travelflow.secrets message was collected");
    QVERIFY(!m_usedSecrets.isEmpty());

    for (const QString &line : std::as_const(log)) {
        for (const QString &value : std::as_const(m_usedSecrets)) {
            // Also a recognisable piece of it, in case a message was truncated or escaped.
            QVERIFY2(!line.contains(value) && !line.contains(value.left(12)),
                     qPrintable(QStringLiteral("secret #%1 appeared in a log message")
                                    .arg(m_usedSecrets.indexOf(value))));
        }
    }
}

TRAVELFLOW_TEST_MAIN(TestSecretStore, QCoreApplication)

#include "test_secret_store.moc"
