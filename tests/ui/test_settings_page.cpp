// The settings area as a user meets it (offscreen), with the real Secret Service: app
// credentials typed into Settings land in the keychain (read back through
// AppCredentialStore) and never in QSettings, are shown back only masked, can be removed,
// an environment override is named as such, and the language, tray and notification
// choices persist through Preferences.

#include "accounts/app_credential_store.h"
#include "preferences.h"
#include "services/app_services.h"
#include "settings/settings_page.h"
#include "storage/database.h"
#include "support/test_env.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace travelflow;

namespace {

const QString kClientId = QStringLiteral("yt-client-1234567890.apps.example");
const QString kSecret = QStringLiteral("GOCSPX-very-secret-Value-42");

const char *const kVariables[] = {"TRAVELFLOW_YOUTUBE_CLIENT_ID",   "TRAVELFLOW_YOUTUBE_CLIENT_SECRET",
                                  "TRAVELFLOW_TIKTOK_CLIENT_KEY",   "TRAVELFLOW_TIKTOK_CLIENT_SECRET",
                                  "TRAVELFLOW_INSTAGRAM_CLIENT_ID", "TRAVELFLOW_INSTAGRAM_CLIENT_SECRET"};

} // namespace

class TestSettingsPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AppServices> m_services;

    static QString status(QWidget *page, const QString &platform)
    {
        return page->findChild<QLabel *>(QStringLiteral("credentialStatus_") + platform)->text();
    }

    Expected<AppCredentials> resolve(Platform platform)
    {
        std::optional<Expected<AppCredentials>> got;
        QObject context;
        m_services->accounts().credentials().resolve(platform, &context,
                                                     [&](const Expected<AppCredentials> &c) { got = c; });
        if (!QTest::qWaitFor([&] { return got.has_value(); }, 15000))
            return Error::make(Error::Kind::Internal, QStringLiteral("timeout"), QStringLiteral("no answer"));
        return *got;
    }

    static void pressSpace(QWidget *w)
    {
        w->setFocus();
        QTest::keyClick(w, Qt::Key_Space);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "needs the Secret Service: run through scripts/test.sh");
        for (const char *v : kVariables)
            qunsetenv(v);
        auto db = Database::open(m_dir.path());
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        m_db = std::move(*db);
        m_services = std::make_unique<AppServices>(*m_db, EndpointTable::defaults());
    }

    void cleanup()
    {
        for (const char *v : kVariables)
            qunsetenv(v);
    }

    void savesCredentialsToTheKeychainOnly()
    {
        SettingsPage page(*m_services);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(
            status(&page, QStringLiteral("youtube")).contains(QLatin1String("Not set up")), 15000);
        QVERIFY(status(&page, QStringLiteral("tiktok")).contains(QLatin1String("client key")));
        QVERIFY(status(&page, QStringLiteral("instagram")).contains(QLatin1String("app ID")));

        auto *id = page.findChild<QLineEdit *>(QStringLiteral("clientId_youtube"));
        auto *secret = page.findChild<QLineEdit *>(QStringLiteral("clientSecret_youtube"));
        auto *save = page.findChild<QPushButton *>(QStringLiteral("saveCredentials_youtube"));
        QVERIFY(id && secret && save);
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        QVERIFY(!save->isEnabled());
        QTest::keyClicks(id, kClientId);
        QTest::keyClicks(secret, kSecret);
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            status(&page, QStringLiteral("youtube")).contains(QLatin1String("Saved in the system keychain")),
            15000);
        // Shown back masked only, and the typed values are gone from the window.
        const QString shown = status(&page, QStringLiteral("youtube"));
        QVERIFY2(!shown.contains(kClientId) && !shown.contains(kSecret), qPrintable(shown));
        QVERIFY(id->text().isEmpty());
        QVERIFY(secret->text().isEmpty());
        QVERIFY(page.findChild<QPushButton *>(QStringLiteral("removeCredentials_youtube"))->isEnabled());
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("removeCredentials_tiktok"))->isEnabled());

        const auto resolved = resolve(Platform::YouTube);
        QVERIFY2(resolved, resolved ? "" : qPrintable(resolved.error().message));
        QCOMPARE(resolved->clientId, kClientId);
        QCOMPARE(resolved->clientSecret, kSecret);
        QVERIFY(resolved->source == AppCredentials::Source::Settings);

        // Nothing of it in QSettings, neither through the API nor in the file.
        QSettings settings;
        settings.sync();
        for (const QString &key : settings.allKeys()) {
            const QString value = settings.value(key).toString();
            QVERIFY2(!value.contains(kSecret) && !value.contains(kClientId), qPrintable(key));
        }
        QFile file(settings.fileName());
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray bytes = file.readAll();
            QVERIFY(!bytes.contains(kSecret.toUtf8()));
            QVERIFY(!bytes.contains(kClientId.toUtf8()));
        }
    }

    void removeDeletesThemFromTheKeychain()
    {
        SettingsPage page(*m_services);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *remove = page.findChild<QPushButton *>(QStringLiteral("removeCredentials_youtube"));
        QTRY_VERIFY_WITH_TIMEOUT(remove->isEnabled(), 15000);
        QTest::mouseClick(remove, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            status(&page, QStringLiteral("youtube")).contains(QLatin1String("Not set up")), 15000);
        QVERIFY(!remove->isEnabled());
        const auto resolved = resolve(Platform::YouTube);
        QVERIFY(!resolved);
        QCOMPARE(resolved.error().code, QStringLiteral("platform_not_configured"));
    }

    void namesAnEnvironmentOverride()
    {
        qputenv("TRAVELFLOW_TIKTOK_CLIENT_KEY", "env-key-123456789");
        qputenv("TRAVELFLOW_TIKTOK_CLIENT_SECRET", "env-secret-987654321");
        SettingsPage page(*m_services);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(
            status(&page, QStringLiteral("tiktok")).contains(QLatin1String("TRAVELFLOW_TIKTOK_CLIENT_KEY")),
            15000);
        const QString shown = status(&page, QStringLiteral("tiktok"));
        QVERIFY(shown.contains(QLatin1String("environment")));
        QVERIFY(!shown.contains(QLatin1String("env-secret")));
        QTRY_VERIFY_WITH_TIMEOUT(
            status(&page, QStringLiteral("instagram")).contains(QLatin1String("Not set up")), 15000);
    }

    void preferencesPersist()
    {
        QCOMPARE(Preferences::language(), QString());
        const bool leadsBefore = Preferences::notifyNewLeads();
        const bool resultsBefore = Preferences::notifyPublishResults();
        {
            SettingsPage page(*m_services);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            auto *language = page.findChild<QComboBox *>(QStringLiteral("languageCombo"));
            QVERIFY(language);
            QCOMPARE(language->currentData().toString(), QString()); // the system language
            QVERIFY(page.findChild<QLabel *>(QStringLiteral("languageNote"))
                        ->text()
                        .contains(QLatin1String("restart")));
            language->setFocus();
            QTest::keyClick(language, Qt::Key_End); // Русский
            QCOMPARE(Preferences::language(), QStringLiteral("ru"));

            auto *minimised = page.findChild<QCheckBox *>(QStringLiteral("startMinimised"));
            QVERIFY(!minimised->isChecked());
            pressSpace(minimised);
            QVERIFY(Preferences::startMinimised());
            pressSpace(page.findChild<QCheckBox *>(QStringLiteral("notifyNewLeads")));
            QCOMPARE(Preferences::notifyNewLeads(), !leadsBefore);
            pressSpace(page.findChild<QCheckBox *>(QStringLiteral("notifyPublishResults")));
            QCOMPARE(Preferences::notifyPublishResults(), !resultsBefore);
        }
        // A new window shows what was chosen.
        SettingsPage again(*m_services);
        QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("languageCombo"))->currentData().toString(),
                 QStringLiteral("ru"));
        QVERIFY(again.findChild<QCheckBox *>(QStringLiteral("startMinimised"))->isChecked());
        QCOMPARE(again.findChild<QCheckBox *>(QStringLiteral("notifyNewLeads"))->isChecked(), !leadsBefore);
        QCOMPARE(again.findChild<QCheckBox *>(QStringLiteral("notifyPublishResults"))->isChecked(),
                 !resultsBefore);
        // Back to the system language.
        QTest::keyClick(again.findChild<QComboBox *>(QStringLiteral("languageCombo")), Qt::Key_Home);
        QCOMPARE(Preferences::language(), QString());
    }
};

TRAVELFLOW_TEST_MAIN(TestSettingsPage, QApplication)
#include "test_settings_page.moc"
