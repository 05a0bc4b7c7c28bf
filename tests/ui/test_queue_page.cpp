// The queue area as a user meets it (offscreen), against the simulator over loopback with
// a real SQLite profile and the real Secret Service: a post uploads with a progress bar and
// ends "Published" with a link to the platform; a quota error reads what happened and what
// to do, and Retry puts the post back in the queue; Delete asks before it cancels a
// scheduled post; the filters; the empty state.

#include "publishing/post_composer.h"
#include "queue/job_presentation.h"
#include "queue/platform_post_url.h"
#include "queue/queue_model.h"
#include "queue/queue_page.h"
#include "sandbox_server.h"
#include "services/app_services.h"
#include "storage/database.h"
#include "storage/publish_job_repository.h"
#include "storage/video_repository.h"
#include "support/sandbox_accounts.h"
#include "support/sandbox_world.h"
#include "support/test_clips.h"
#include "support/test_env.h"
#include "widgets/empty_state.h"

#include <QApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>

#include <chrono>

using namespace travelflow;
using namespace travelflow::sandbox;
using namespace std::chrono_literals;
using State = PublishJob::State;

class TestQueuePage : public QObject
{
    Q_OBJECT

    test::SandboxWorld m_world;
    std::unique_ptr<AppServices> m_services;
    QHash<Platform, qint64> m_accounts;
    qint64 m_clip = 0;

    QDateTime now() { return m_world.server().clock().now(); }

    QList<qint64> enqueue(Platform platform, const QDateTime &at = QDateTime())
    {
        PostComposer composer(m_world.database(), m_services->tokens(), m_services->nam(),
                              m_world.endpoints());
        composer.setClock([this] { return now(); });
        PostRequest r;
        r.videoId = m_clip;
        r.accountIds = {m_accounts.value(platform)};
        r.title = QStringLiteral("Lisbon trams");
        r.caption = QStringLiteral("Tram 28 at dawn #lisbon");
        r.privacy = QStringLiteral("public");
        r.at = at;
        r.timeZone = at.isValid() ? QStringLiteral("Europe/Lisbon") : QString();
        std::optional<Expected<PostComposition>> result;
        composer.enqueue(r, [&](const Expected<PostComposition> &c) { result = c; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 15000) || !*result
            || !(*result)->problems.isEmpty())
            return {};
        return (*result)->jobIds;
    }

    PublishJob job(qint64 id)
    {
        const auto found = PublishJobRepository(m_world.database().connection()).get(id);
        return found && *found ? **found : PublishJob();
    }

    static QString stateText(QueuePage &page, qint64 jobId)
    {
        const int row = page.model()->rowOf(jobId);
        return row < 0 ? QString() : page.model()->index(row, QueueModel::StateColumn).data().toString();
    }

    // Selects the job's row with a click, as a user would.
    static bool select(QueuePage &page, qint64 jobId)
    {
        auto *view = page.findChild<QTableView *>(QStringLiteral("queueView"));
        const int row = page.model()->rowOf(jobId);
        if (!view || row < 0)
            return false;
        const QRect cell = view->visualRect(page.model()->index(row, QueueModel::PostColumn));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        return view->currentIndex().row() == row;
    }

    static QPushButton *button(QueuePage &page, const char *name)
    {
        return page.findChild<QPushButton *>(QLatin1String(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_world.start(&error), qPrintable(error));

        // Fast and deterministic: the simulator's clock, no jitter, short polls.
        AppServices::Options options;
        options.queue.clock = [this] { return now(); };
        options.queue.random = [] { return 0.0; };
        options.queue.retry = RetryPolicy::Config{3, 1, 2};
        options.queue.tuning.pollIntervalMs = 50;
        options.queue.tickMs = 20;
        m_services = std::make_unique<AppServices>(m_world.database(), m_world.endpoints(), options);
        m_services->tokens().setClock([this] { return now(); });
        // Instagram processes a video for 10 s: time jumps instead.
        connect(&m_services->queue(), &PublishQueue::jobChanged, this, [this](qint64, State state) {
            if (state == State::Processing)
                m_world.server().clock().advance(11s);
        });
        for (const Platform platform : {Platform::YouTube, Platform::Instagram}) {
            const auto account = test::connectSandboxAccount(
                m_world.database(), m_services->secrets(), m_services->nam(), m_world.endpoints(), platform);
            QVERIFY2(account, qPrintable(platformName(platform)));
            m_accounts.insert(platform, account->id);
        }
        const QString clip = test::TestClips::h264Mp4(m_world.path());
        QVERIFY(!clip.isEmpty());
        Video v;
        v.path = clip;
        v.fingerprint = QStringLiteral("clip");
        v.sizeBytes = QFileInfo(clip).size();
        v.container = QStringLiteral("mp4");
        v.durationMs = 2000;
        const auto id = VideoRepository(m_world.database().connection()).insert(v);
        QVERIFY(id);
        m_clip = *id;
    }

    void cleanupTestCase()
    {
        if (m_services)
            m_services->queue().stop();
    }

    void formatsProgressAndLinks()
    {
        const QString line = JobPresentation::progressText(12'300'000, 40'000'000, 2'100'000);
        QVERIFY2(line.contains(QStringLiteral("12.3 MB")) && line.contains(QStringLiteral("40.0 MB"))
                     && line.contains(QStringLiteral("2.1 MB/s"))
                     && line.contains(QStringLiteral("14 s left")),
                 qPrintable(line));
        QVERIFY(!JobPresentation::progressText(10, 100, 0).contains(QStringLiteral("left")));
        // A time picked in another zone names it; the user's own local time does not.
        const QDateTime noon(QDate(2026, 7, 1), QTime(12, 0), Qt::UTC);
        QVERIFY(JobPresentation::when(noon, QStringLiteral("Europe/Lisbon"))
                    .endsWith(QStringLiteral("(Europe/Lisbon)")));
        QVERIFY2(!JobPresentation::when(noon).contains(QLatin1Char('(')),
                 qPrintable(JobPresentation::when(noon)));
        QCOMPARE(platformPostUrl(Platform::YouTube, QStringLiteral("abc_123"), {}, {}),
                 QUrl(QStringLiteral("https://www.youtube.com/watch?v=abc_123")));
        QCOMPARE(
            platformPostUrl(Platform::Instagram, QStringLiteral("1789"), {}, QStringLiteral("wander.lisa")),
            QUrl(QStringLiteral("https://www.instagram.com/wander.lisa/")));
        QCOMPARE(platformPostUrl(Platform::Instagram, QStringLiteral("1789"),
                                 QStringLiteral("https://www.instagram.com/reel/XyZ/"), QStringLiteral("x")),
                 QUrl(QStringLiteral("https://www.instagram.com/reel/XyZ/")));
        QCOMPARE(platformPostUrl(Platform::TikTok, QStringLiteral("7"), {}, QStringLiteral("Lisa W")),
                 QUrl(QStringLiteral("https://www.tiktok.com/profile")));
    }

    void showsAnEmptyStateWithAHint()
    {
        QueuePage page(*m_services);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *empty = page.findChild<EmptyState *>(QStringLiteral("emptyState"));
        QVERIFY(empty);
        QVERIFY(empty->isVisible());
        QVERIFY(!empty->accessibleDescription().isEmpty());
        QVERIFY(!page.findChild<QTableView *>(QStringLiteral("queueView"))->isVisible());
    }

    void publishingShowsProgressThenPublished()
    {
        QueuePage page(*m_services);
        page.resize(1000, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const QList<qint64> ids = enqueue(Platform::YouTube);
        QCOMPARE(ids.size(), 1);
        const qint64 id = ids.first();

        // What the row showed while the upload ran (the model hears the queue first).
        QList<int> shown;
        QString shownText;
        connect(&m_services->queue(), &PublishQueue::jobProgress, &page, [&](qint64 jobId) {
            const int row = page.model()->rowOf(jobId);
            if (row < 0)
                return;
            const QModelIndex cell = page.model()->index(row, QueueModel::ProgressColumn);
            shown.append(cell.data(QueueModel::ProgressRole).toInt());
            if (shownText.isEmpty())
                shownText = cell.data(QueueModel::ProgressTextRole).toString();
        });
        m_services->queue().start();

        QTRY_VERIFY_WITH_TIMEOUT(
            std::any_of(shown.cbegin(), shown.cend(), [](int p) { return p > 0 && p < 100; }), 20000);
        QVERIFY2(shownText.contains(QStringLiteral(" of ")), qPrintable(shownText));
        QTRY_COMPARE_WITH_TIMEOUT(stateText(page, id), QStringLiteral("Published"), 20000);
        QVERIFY(!page.findChild<EmptyState *>(QStringLiteral("emptyState"))->isVisible());
        QVERIFY(select(page, id));
        const PublishJob done = job(id);
        QCOMPARE(done.state, State::Published);
        QVERIFY(button(page, "openButton")->isEnabled());
        QVERIFY(!button(page, "retryButton")->isEnabled());
        QVERIFY(!button(page, "cancelButton")->isEnabled());
        QCOMPARE(page.model()->index(page.model()->rowOf(id), 0).data(QueueModel::UrlRole).toUrl(),
                 QUrl(QStringLiteral("https://www.youtube.com/watch?v=") + done.remotePostId));
        QCOMPARE(page.model()
                     ->index(page.model()->rowOf(id), QueueModel::ProgressColumn)
                     .data(QueueModel::ProgressRole)
                     .toInt(),
                 100);
        QVERIFY(!page.grab().isNull()); // the delegate paints every row
    }

    void needsAttentionReadsTheErrorAndRetries()
    {
        QueuePage page(*m_services);
        page.resize(1000, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QString error;
        const auto quota = FaultRule::fromJson(
            QJsonDocument::fromJson(R"({"action":"quota_exhausted","endpoint":"youtube.upload.start"})")
                .object(),
            &error);
        QVERIFY2(quota, qPrintable(error));
        m_world.server().faults().add(*quota);
        const QList<qint64> ids = enqueue(Platform::YouTube);
        QCOMPARE(ids.size(), 1);
        const qint64 id = ids.first();
        m_services->queue().start();

        QTRY_COMPARE_WITH_TIMEOUT(stateText(page, id), QStringLiteral("Needs attention"), 20000);
        m_world.server().faults().clear();
        QVERIFY(select(page, id));
        const QString details = page.findChild<QLabel *>(QStringLiteral("jobDetails"))->text();
        QVERIFY2(details.contains(QStringLiteral("quota"), Qt::CaseInsensitive), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("YouTube")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("tries again by itself")),
                 qPrintable(details)); // what to do
        QVERIFY(button(page, "retryButton")->isEnabled());
        QVERIFY(!button(page, "openButton")->isEnabled());

        // The filter shows only what needs attention.
        QTest::mouseClick(page.findChild<QToolButton *>(QStringLiteral("filterNeedsAttention")),
                          Qt::LeftButton);
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->entry(0).job.id, id);
        QTest::mouseClick(page.findChild<QToolButton *>(QStringLiteral("filterPublished")), Qt::LeftButton);
        QVERIFY(page.model()->rowOf(id) < 0);
        QVERIFY(page.model()->rowCount() >= 1);
        QTest::mouseClick(page.findChild<QToolButton *>(QStringLiteral("filterAll")), Qt::LeftButton);

        QVERIFY(select(page, id));
        QTest::mouseClick(button(page, "retryButton"), Qt::LeftButton);
        // YouTube's quota holds the platform until it resets, so the post waits in the queue.
        QTRY_COMPARE(job(id).state, State::Queued);
        QTRY_COMPARE(stateText(page, id), QStringLiteral("Queued"));
        QVERIFY(!button(page, "retryButton")->isEnabled());
        QVERIFY(job(id).lastErrorText.isEmpty());
        QVERIFY(m_services->queue().cancel(id));
    }

    void deleteAsksBeforeItCancelsAScheduledPost()
    {
        QueuePage page(*m_services);
        page.resize(1000, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        m_services->queue().start();
        const QDateTime at
            = QDateTime::fromSecsSinceEpoch(now().toSecsSinceEpoch() + 2 * 86400, QTimeZone::utc());
        const QList<qint64> ids = enqueue(Platform::Instagram, at);
        QCOMPARE(ids.size(), 1);
        const qint64 id = ids.first();
        // Compose hands over to the queue page, which shows it again (main window: posted()).
        page.hide();
        page.show();
        // The queue keeps it aside until its time; the row says when, in the zone it was chosen in.
        QTRY_VERIFY2_WITH_TIMEOUT(stateText(page, id).startsWith(QStringLiteral("Scheduled for")),
                                  qPrintable(publishStateName(job(id).state) + QLatin1Char(' ')
                                             + job(id).nextAttemptAt.toString(Qt::ISODate) + QLatin1Char(' ')
                                             + job(id).lastErrorText),
                                  10000);
        QVERIFY2(stateText(page, id).contains(QStringLiteral("Europe/Lisbon")),
                 qPrintable(stateText(page, id)));
        QVERIFY(select(page, id));
        QVERIFY(button(page, "cancelButton")->isEnabled());
        auto *view = page.findChild<QTableView *>(QStringLiteral("queueView"));
        // Shortcuts work in the active window (offscreen, a closed dialog leaves none active).
        const auto focusView = [&] {
            QApplication::setActiveWindow(&page);
            view->setFocus();
            return QApplication::activeWindow() == &page && view->hasFocus();
        };

        // Delete asks; "Keep it" keeps it.
        QTRY_VERIFY(focusView());
        QTest::keyClick(view, Qt::Key_Delete);
        QMessageBox *ask = nullptr;
        QTRY_VERIFY((ask = page.findChild<QMessageBox *>(QStringLiteral("cancelConfirmation")))
                    && ask->isVisible());
        QTest::mouseClick(ask->button(QMessageBox::No), Qt::LeftButton);
        QTRY_VERIFY(!page.findChild<QMessageBox *>(QStringLiteral("cancelConfirmation")));
        QCOMPARE(job(id).state, State::Queued);

        // Asked again and confirmed, it cancels.
        QTRY_VERIFY(focusView());
        QTest::keyClick(view, Qt::Key_Delete);
        QTRY_VERIFY((ask = page.findChild<QMessageBox *>(QStringLiteral("cancelConfirmation")))
                    && ask->isVisible());
        QTest::mouseClick(ask->button(QMessageBox::Yes), Qt::LeftButton);
        QTRY_COMPARE(job(id).state, State::Cancelled);
        QTRY_COMPARE(stateText(page, id), QStringLiteral("Cancelled"));
        QVERIFY(button(page, "retryButton")->isEnabled());
        QVERIFY(!button(page, "cancelButton")->isEnabled());

        // Ctrl+R puts it back, still waiting for its time.
        QTRY_VERIFY(focusView());
        QTest::keyClick(view, Qt::Key_R, Qt::ControlModifier);
        QTRY_VERIFY(stateText(page, id).startsWith(QStringLiteral("Scheduled for")));
        QCOMPARE(job(id).nextAttemptAt, at);
        QVERIFY(m_services->queue().cancel(id));
    }
};

TRAVELFLOW_TEST_MAIN(TestQueuePage, QApplication)
#include "test_queue_page.moc"
