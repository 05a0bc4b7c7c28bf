// The accounts area as a user meets it (offscreen), against the simulator over loopback and
// the real Secret Service: connecting through the browser (the test plays the browser the
// page opens) with visible progress, the paste-the-address fallback, Cancel, missing app
// credentials pointing to Settings, an account that needs reconnecting, and a disconnect
// that asks first (listing what goes) and then removes the account and its keychain entries.

#include "accounts/account_card.h"
#include "accounts/accounts_page.h"
#include "sandbox_server.h"
#include "services/app_services.h"
#include "storage/account_repository.h"
#include "storage/database.h"
#include "support/http_client.h"
#include "support/sandbox_accounts.h"
#include "support/sandbox_world.h"
#include "support/test_env.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTest>

using namespace travelflow;

class TestAccountsPage : public QObject
{
    Q_OBJECT

    test::SandboxWorld m_world;
    std::unique_ptr<AppServices> m_services;
    std::unique_ptr<AccountsPage> m_page;
    QList<QUrl> m_opened; // what the page asked the browser to open

    template<typename T = QWidget>
    T *child(const QString &name, QWidget *in = nullptr) const
    {
        return (in ? in : m_page.get())->findChild<T *>(name);
    }

    // A visible button of the page (the empty page and the list both have connect buttons).
    QPushButton *visibleButton(const QString &name) const
    {
        for (auto *b : m_page->findChildren<QPushButton *>(name)) {
            if (b->isVisible())
                return b;
        }
        return nullptr;
    }

    QWidget *card(qint64 id) const { return child(QStringLiteral("accountCard_%1").arg(id)); }

    QList<Account> accounts() const
    {
        const auto list = m_services->accounts().accounts();
        return list ? *list : QList<Account>();
    }

    std::optional<Account> accountOn(Platform platform) const
    {
        for (const Account &a : accounts()) {
            if (a.platform == platform)
                return a;
        }
        return std::nullopt;
    }

    // Asks the keychain; "" = found, otherwise the error code.
    QString secretState(qint64 accountId, const QString &kind)
    {
        std::optional<Expected<QString>> got;
        QObject context;
        m_services->secrets().read(m_services->accounts().secretKey(accountId, kind), &context,
                                   [&](const Expected<QString> &v) { got = v; });
        if (!QTest::qWaitFor([&] { return got.has_value(); }, 15000))
            return QStringLiteral("timeout");
        return *got ? QString() : got->error().code;
    }

    int keychainEntries(qint64 accountId)
    {
        int n = 0;
        for (const char *kind : {"access_token", "refresh_token", "page_access_token"})
            n += secretState(accountId, QLatin1String(kind)).isEmpty() ? 1 : 0;
        return n;
    }

    // Clicks a platform's connect button and waits until the page has opened the approval page.
    QUrl clickConnect(const QString &buttonName)
    {
        const qsizetype before = m_opened.size();
        QPushButton *button = visibleButton(buttonName);
        if (!button) {
            qWarning("no visible %s", qPrintable(buttonName));
            return {};
        }
        QTest::mouseClick(button, Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return m_opened.size() > before; }, 15000))
            return {};
        return m_opened.last();
    }

    // The user approves in the browser: returns where the platform sends the browser back to.
    static QUrl approve(const QUrl &url)
    {
        test::HttpClient browser;
        const auto consent = browser.get(url);
        return QUrl(QString::fromUtf8(consent.header("Location")));
    }

    QString connectMessage() const { return child<QLabel>(QStringLiteral("connectMessage"))->text(); }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_world.start(&error), qPrintable(error));
        m_services = std::make_unique<AppServices>(m_world.database(), m_world.endpoints());

        m_page = std::make_unique<AccountsPage>(*m_services);
        m_page->setUrlOpener([this](const QUrl &url) {
            m_opened.append(url);
            return true;
        });
        m_page->resize(900, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void showsAnEmptyStateWithConnectButtons()
    {
        auto *empty = child(QStringLiteral("emptyState"));
        QVERIFY(empty && empty->isVisible());
        QVERIFY(!empty->accessibleDescription().isEmpty());
        for (const char *platform : {"tiktok", "instagram", "youtube"}) {
            auto *button = visibleButton(QStringLiteral("emptyConnect_") + QLatin1String(platform));
            QVERIFY2(button, platform);
            QVERIFY(!button->accessibleName().isEmpty());
        }
        QVERIFY(!child(QStringLiteral("connectPanel"))->isVisible());
    }

    void missingAppCredentialsPointToSettings()
    {
        qunsetenv("TRAVELFLOW_TIKTOK_CLIENT_KEY");
        qunsetenv("TRAVELFLOW_TIKTOK_CLIENT_SECRET");
        QSignalSpy settings(m_page.get(), &AccountsPage::settingsRequested);
        QTest::mouseClick(visibleButton(QStringLiteral("emptyConnect_tiktok")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(child(QStringLiteral("openSettings"))->isVisible(), 15000);
        test::setSandboxClientEnvironment();
        QVERIFY2(connectMessage().contains(QLatin1String("Add your TikTok app's client key in Settings")),
                 qPrintable(connectMessage()));
        QVERIFY(m_opened.isEmpty());
        QTest::mouseClick(child<QPushButton>(QStringLiteral("openSettings")), Qt::LeftButton);
        QCOMPARE(settings.size(), 1);
        QVERIFY(!child(QStringLiteral("connectPanel"))->isVisible());
        QVERIFY(visibleButton(QStringLiteral("emptyConnect_tiktok"))->isEnabled());
    }

    void connectsThroughTheBrowserWithVisibleProgress()
    {
        const QUrl url = clickConnect(QStringLiteral("emptyConnect_tiktok"));
        QVERIFY(url.isValid());
        // While the user decides: the waiting state, a busy bar, Cancel and the fallbacks.
        QVERIFY(child(QStringLiteral("connectPanel"))->isVisible());
        QVERIFY2(connectMessage().contains(QLatin1String("Waiting for you to approve in the browser")),
                 qPrintable(connectMessage()));
        auto *progress = child<QProgressBar>(QStringLiteral("connectProgress"));
        QVERIFY(progress->isVisible());
        QCOMPARE(progress->maximum(), 0);
        QVERIFY(child(QStringLiteral("cancelConnect"))->isVisible());
        QVERIFY(child(QStringLiteral("pasteAddress"))->isVisible());
        QVERIFY(child(QStringLiteral("reopenBrowser"))->isVisible());
        QVERIFY(!visibleButton(QStringLiteral("emptyConnect_youtube"))->isEnabled());

        // "Open the page again" opens the same approval page.
        QTest::mouseClick(child<QPushButton>(QStringLiteral("reopenBrowser")), Qt::LeftButton);
        QCOMPARE(m_opened.size(), 2);
        QCOMPARE(m_opened.last(), url);

        test::HttpClient browser;
        const QUrl back = approve(url);
        QVERIFY2(back.isValid() && !back.isEmpty(), qPrintable(back.toString()));
        browser.get(back); // the browser returns to TravelFlow's loopback address

        QTRY_VERIFY_WITH_TIMEOUT(accountOn(Platform::TikTok).has_value(), 15000);
        const Account account = *accountOn(Platform::TikTok);
        QVERIFY(!account.displayName.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(card(account.id), 5000);
        QVERIFY(!child(QStringLiteral("connectPanel"))->isVisible());
        QCOMPARE(child<QLabel>(QStringLiteral("accountName"), card(account.id))->text(), account.displayName);
        QCOMPARE(child<QLabel>(QStringLiteral("accountStatus"), card(account.id))->text(),
                 QStringLiteral("Connected"));
        auto *expiry = child<QLabel>(QStringLiteral("accountExpiry"), card(account.id));
        QVERIFY2(expiry->text().contains(QLatin1String("expires in")), qPrintable(expiry->text()));
        QVERIFY(!child(QStringLiteral("reconnectButton"), card(account.id))->isVisible());
        QVERIFY(child<QLabel>(QStringLiteral("accountsNoticeText"))->text().contains(account.displayName));
        QVERIFY(!child(QStringLiteral("emptyState"))->isVisible());
    }

    void pastingTheAddressConnects()
    {
        const QUrl url = clickConnect(QStringLiteral("connect_youtube"));
        QVERIFY(url.isValid());
        const QUrl back = approve(url); // the browser never reaches TravelFlow
        QVERIFY(back.isValid() && !back.isEmpty());
        auto *paste = child<QLineEdit>(QStringLiteral("pasteAddress"));
        paste->setFocus();
        QTest::keyClicks(paste, back.toString());
        QTest::mouseClick(child<QPushButton>(QStringLiteral("pasteContinue")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(accountOn(Platform::YouTube).has_value(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(card(accountOn(Platform::YouTube)->id), 5000);
        QCOMPARE(child<QLabel>(QStringLiteral("accountName"), card(accountOn(Platform::YouTube)->id))->text(),
                 accountOn(Platform::YouTube)->displayName);
        QCOMPARE(accounts().size(), 2);
    }

    void cancelStopsWaiting()
    {
        QVERIFY(clickConnect(QStringLiteral("connect_instagram")).isValid());
        QTest::mouseClick(child<QPushButton>(QStringLiteral("cancelConnect")), Qt::LeftButton);
        QVERIFY(!child(QStringLiteral("connectPanel"))->isVisible());
        QVERIFY(visibleButton(QStringLiteral("connect_instagram"))->isEnabled());
        // The service let go of the attempt: a new one starts instead of "in progress".
        QVERIFY(clickConnect(QStringLiteral("connect_instagram")).isValid());
        QVERIFY2(connectMessage().contains(QLatin1String("Waiting")), qPrintable(connectMessage()));
        auto *panel = child(QStringLiteral("connectPanel"));
        QTest::keyClick(child(QStringLiteral("pasteAddress")), Qt::Key_Escape); // Escape cancels too
        QVERIFY(!panel->isVisible());
        QCOMPARE(accounts().size(), 2);
        QVERIFY(!accountOn(Platform::Instagram));
    }

    void needsReconnectShowsWhyAndReconnects()
    {
        const qint64 id = accountOn(Platform::TikTok)->id;
        const QString reason = QStringLiteral("TikTok refused to renew the sign-in (invalid_grant)");
        QVERIFY(AccountRepository(m_world.database().connection())
                    .setStatus(id, Account::Status::NeedsReconnect, reason));
        m_page->reload();
        auto *status = child<QLabel>(QStringLiteral("accountStatus"), card(id));
        QVERIFY2(status->text().contains(reason), qPrintable(status->text()));
        QVERIFY(status->text().startsWith(QLatin1String("Needs reconnecting")));
        auto *reconnect = child<QPushButton>(QStringLiteral("reconnectButton"), card(id));
        QVERIFY(reconnect->isVisible());
        QVERIFY(!child(QStringLiteral("accountExpiry"), card(id))->isVisible());
        // YouTube's card is unaffected.
        QVERIFY(
            !child(QStringLiteral("reconnectButton"), card(accountOn(Platform::YouTube)->id))->isVisible());

        const qsizetype before = m_opened.size();
        QTest::mouseClick(reconnect, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_opened.size(), before + 1, 15000);
        test::HttpClient browser;
        browser.get(approve(m_opened.last()));
        QTRY_COMPARE_WITH_TIMEOUT(accountOn(Platform::TikTok)->status, Account::Status::Connected, 15000);
        QCOMPARE(accountOn(Platform::TikTok)->id, id); // the same account, reconnected
        QTRY_VERIFY(card(id)
                    && child<QLabel>(QStringLiteral("accountStatus"), card(id))->text()
                        == QLatin1String("Connected"));
        QVERIFY(!child(QStringLiteral("reconnectButton"), card(id))->isVisible());
    }

    void disconnectAsksFirstThenDeletes()
    {
        const qint64 id = accountOn(Platform::TikTok)->id;
        // Some of the account's inbox, to be counted and deleted.
        for (const auto &[kind, remote] :
             {std::pair{"comment", "c1"}, {"comment", "c2"}, {"message", "m1"}}) {
            QSqlQuery q(m_world.database().connection());
            q.prepare(
                QStringLiteral("INSERT INTO interactions (account_id, platform, kind, remote_id, created_at, "
                               "fetched_at) VALUES (?, 'tiktok', ?, ?, '2024-05-01T10:00:00Z', "
                               "'2024-05-01T10:00:00Z')"));
            q.addBindValue(id);
            q.addBindValue(QLatin1String(kind));
            q.addBindValue(QLatin1String(remote));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        const int tokens = keychainEntries(id);
        QVERIFY(tokens >= 1);

        // First time: the question lists what goes; Cancel (the default) keeps everything.
        QTest::mouseClick(child<QPushButton>(QStringLiteral("disconnectButton"), card(id)), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()), 15000);
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        const QString details = box->informativeText();
        QVERIFY2(box->text().contains(accountOn(Platform::TikTok)->displayName), qPrintable(box->text()));
        QVERIFY2(details.contains(QLatin1String("2 comment")), qPrintable(details));
        QVERIFY2(details.contains(QLatin1String("1 message")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("%1 sign-in token").arg(tokens)), qPrintable(details));
        QVERIFY2(details.contains(QLatin1String("0 post")), qPrintable(details));
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QVERIFY(card(id));
        QVERIFY(accountOn(Platform::TikTok));
        QCOMPARE(keychainEntries(id), tokens);

        // Second time: confirm; the account, its inbox and its keychain entries go.
        QTest::mouseClick(child<QPushButton>(QStringLiteral("disconnectButton"), card(id)), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()), 15000);
        box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        auto *confirm = box->findChild<QPushButton *>(QStringLiteral("confirmDisconnect"));
        QVERIFY(confirm);
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!card(id), 15000);
        QVERIFY(!accountOn(Platform::TikTok));
        QCOMPARE(secretState(id, QStringLiteral("access_token")), QStringLiteral("secret_not_found"));
        QCOMPARE(secretState(id, QStringLiteral("refresh_token")), QStringLiteral("secret_not_found"));
        QSqlQuery left(m_world.database().connection());
        QVERIFY(left.exec(QStringLiteral("SELECT COUNT(*) FROM interactions WHERE account_id = %1").arg(id)));
        QVERIFY(left.next());
        QCOMPARE(left.value(0).toInt(), 0);
        const QString notice = child<QLabel>(QStringLiteral("accountsNoticeText"))->text();
        QVERIFY2(notice.contains(QLatin1String("disconnected")), qPrintable(notice));
        QVERIFY(card(accountOn(Platform::YouTube)->id));
    }

    void disconnectingTheLastAccountShowsTheEmptyState()
    {
        const qint64 id = accountOn(Platform::YouTube)->id;
        QTest::mouseClick(child<QPushButton>(QStringLiteral("disconnectButton"), card(id)), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()), 15000);
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmDisconnect")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(child(QStringLiteral("emptyState"))->isVisible(), 15000);
        QVERIFY(accounts().isEmpty());
        QCOMPARE(secretState(id, QStringLiteral("access_token")), QStringLiteral("secret_not_found"));
    }

    void cleanupTestCase() { m_page.reset(); }
};

TRAVELFLOW_TEST_MAIN(TestAccountsPage, QApplication)
#include "test_accounts_page.moc"
