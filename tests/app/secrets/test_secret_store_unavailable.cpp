// SecretStore when there is no keychain at all: the session bus address points at a
// socket that does not exist and there is no display to autolaunch one. Every operation
// must fail with a Keychain error that tells the user what to do, and the secret must
// not turn up anywhere on disk (QtKeychain's insecure fallback would write it in clear
// text under ~/.config). The last test points the bus at a socket that accepts and never
// answers, the shape of a keychain stuck behind an invisible unlock prompt.

#include "core/error.h"
#include "secrets/secret_store.h"
#include "support/test_env.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QMutex>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace travelflow;
using namespace std::chrono_literals;

namespace {

constexpr int kWaitMs = 30000;
const char kMissingBus[] = "unix:path=/nonexistent/travelflow-test/bus";

QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void collectMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker locker(&g_logMutex);
        g_log.append(message);
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

template<typename Result, typename Start>
std::optional<Result> waitFor(Start start)
{
    QObject context;
    std::optional<Result> result;
    start(&context, [&](Result value) { result = std::move(value); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, kWaitMs))
        return std::nullopt;
    return result;
}

} // namespace

class TestSecretStoreUnavailable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void writeFails();
    void readFails();
    void removeFails();
    void nothingOnDisk();
    void secretNotLogged();
    void hangingKeychainTimesOut(); // changes the bus address: keep last

private:
    void verifyUnavailable(const Error &error, const QString &consequence);

    const QString m_secret = QStringLiteral("plaintext-canary-9f3c1b7e-токен");
    const QString m_key
        = SecretStore::accountKey(QStringLiteral("default"), 42, QStringLiteral("access_token"));
    QElapsedTimer m_clock;
};

void TestSecretStoreUnavailable::initTestCase()
{
    QCOMPARE(qgetenv("DBUS_SESSION_BUS_ADDRESS"), QByteArray(kMissingBus));
    QVERIFY(qEnvironmentVariableIsEmpty("DISPLAY"));
    QVERIFY(!m_key.isEmpty());
    QLoggingCategory::setFilterRules(QStringLiteral("travelflow.secrets.debug=true"));
    g_previousHandler = qInstallMessageHandler(collectMessage);
}

void TestSecretStoreUnavailable::cleanupTestCase()
{
    qInstallMessageHandler(g_previousHandler);
}

void TestSecretStoreUnavailable::verifyUnavailable(const Error &error, const QString &consequence)
{
    qInfo("observed: %s: %s", qPrintable(error.code), qPrintable(error.message));
    QCOMPARE(error.kind, Error::Kind::Keychain);
    QCOMPARE(error.code, QStringLiteral("keychain_unavailable"));
    QVERIFY2(error.message.contains(QLatin1String("No system keychain is available")),
             qPrintable(error.message));
    QVERIFY2(error.message.contains(consequence), qPrintable(error.message));
    QVERIFY2(error.message.contains(QLatin1String("then try again")), qPrintable(error.message));
    QVERIFY2(error.message.contains(QLatin1String("GNOME Keyring")), qPrintable(error.message));
    QVERIFY(!error.message.contains(m_secret));
}

void TestSecretStoreUnavailable::writeFails()
{
    SecretStore store;
    QCOMPARE(store.service(), QStringLiteral("TravelFlow"));
    m_clock.start();
    const auto status
        = waitFor<Status>([&](QObject *context, auto done) { store.write(m_key, m_secret, context, done); });
    QVERIFY2(status.has_value(), "write never reported back");
    QVERIFY(!status->ok());
    verifyUnavailable(status->error(), QStringLiteral("nothing was saved"));
    // Failing is quick (one retry after a second), well inside the 15 s timeout.
    QVERIFY2(m_clock.elapsed() < 10000, qPrintable(QString::number(m_clock.elapsed())));
}

void TestSecretStoreUnavailable::readFails()
{
    SecretStore store;
    const auto value
        = waitFor<Expected<QString>>([&](QObject *context, auto done) { store.read(m_key, context, done); });
    QVERIFY2(value.has_value(), "read never reported back");
    QVERIFY(!value->hasValue());
    // Not NotFound: "no keychain" must not look like "no saved token".
    verifyUnavailable(value->error(), QStringLiteral("could not be read"));
}

void TestSecretStoreUnavailable::removeFails()
{
    SecretStore store;
    const auto status
        = waitFor<Status>([&](QObject *context, auto done) { store.remove(m_key, context, done); });
    QVERIFY2(status.has_value(), "remove never reported back");
    QVERIFY(!status->ok());
    verifyUnavailable(status->error(), QStringLiteral("not removed"));
}

void TestSecretStoreUnavailable::nothingOnDisk()
{
    const QString home = test::isolatedHome();
    QVERIFY(!home.isEmpty());
    QVERIFY(!QFile::exists(home + QLatin1String("/config/TravelFlow.conf")));
    QVERIFY(!QFile::exists(home + QLatin1String("/.config/TravelFlow.conf")));

    const QList<QByteArray> needles
        = {m_secret.toUtf8(), m_secret.toUtf8().toBase64(),
           QByteArray(reinterpret_cast<const char *>(m_secret.utf16()), m_secret.size() * 2),
           QByteArray("plaintext-canary")};
    // A file in a hidden folder proves the walk below reaches such places.
    QVERIFY(QDir().mkpath(home + QLatin1String("/.local/share/control")));
    QFile control(home + QLatin1String("/.local/share/control/marker.txt"));
    QVERIFY(control.open(QIODevice::WriteOnly));
    control.write("control-marker");
    control.close();

    int files = 0;
    bool sawControl = false;
    QDirIterator it(home, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue; // sockets and the like
        ++files;
        const QByteArray content = file.readAll();
        sawControl = sawControl || content == "control-marker";
        for (const QByteArray &needle : needles)
            QVERIFY2(!content.contains(needle), qPrintable(QStringLiteral("secret found in ") + path));
    }
    QVERIFY2(sawControl, "the directory walk missed the control file");
    qInfo("checked %d file(s) under the isolated HOME", files);
}

void TestSecretStoreUnavailable::secretNotLogged()
{
    QStringList log;
    {
        QMutexLocker locker(&g_logMutex);
        log = g_log;
    }
    QVERIFY(!log.isEmpty());
    for (const QString &line : std::as_const(log))
        QVERIFY2(!line.contains(QLatin1String("plaintext-canary")), "the secret appeared in a log message");
}

void TestSecretStoreUnavailable::hangingKeychainTimesOut()
{
    // A bus that accepts the connection and then never says a word.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString socketPath = dir.filePath(QStringLiteral("bus"));
    QLocalServer server;
    server.setSocketOptions(QLocalServer::UserAccessOption);
    QVERIFY2(server.listen(socketPath), qPrintable(server.errorString()));
    QList<QLocalSocket *> clients;
    connect(&server, &QLocalServer::newConnection, this, [&] {
        while (QLocalSocket *client = server.nextPendingConnection())
            clients.append(client);
    });
    qputenv("DBUS_SESSION_BUS_ADDRESS", QByteArray("unix:path=") + socketPath.toLocal8Bit());

    SecretStore store;
    store.setTimeout(1500ms);
    int calls = 0;
    std::optional<Status> status;
    QObject context;
    m_clock.start();
    store.write(m_key, m_secret, &context, [&](Status result) {
        ++calls;
        status = std::move(result);
    });
    QVERIFY(QTest::qWaitFor([&] { return status.has_value(); }, kWaitMs));
    const qint64 elapsed = m_clock.elapsed();
    QVERIFY2(!clients.isEmpty(), "the keychain never connected to the fake bus");
    QVERIFY(!status->ok());
    qInfo("observed: %s: %s", qPrintable(status->error().code), qPrintable(status->error().message));
    QCOMPARE(status->error().kind, Error::Kind::Keychain);
    QCOMPARE(status->error().code, QStringLiteral("keychain_timeout"));
    QVERIFY2(status->error().message.contains(QLatin1String("did not answer within 2 second")),
             qPrintable(status->error().message));
    QVERIFY(!status->error().message.contains(m_secret));
    QVERIFY2(elapsed >= 1400 && elapsed < 10000, qPrintable(QString::number(elapsed)));

    // When the stuck job finally ends (the bus goes away), the caller hears nothing more.
    for (QLocalSocket *client : std::as_const(clients))
        client->abort();
    server.close();
    QTest::qWait(1500);
    QCOMPARE(calls, 1);
}

int main(int argc, char **argv)
{
    // Before anything can open a D-Bus connection: no session bus, and no X11 display
    // that libdbus could use to autolaunch one.
    qputenv("DBUS_SESSION_BUS_ADDRESS", kMissingBus);
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    travelflow::test::isolateEnvironment();
    QCoreApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TestSecretStoreUnavailable tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}

#include "test_secret_store_unavailable.moc"
