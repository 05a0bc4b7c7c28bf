// The analytics area as a user meets it (offscreen), on a real SQLite profile: the empty
// state before anything is published, the published posts with their latest numbers (in
// the locale's format, sortable by a header click), the selected post's chart with one
// point per snapshot in each series (most viewed first, the first post with numbers selected),
// axis labels that never overlap, and Refresh metrics running without blocking.

#include "analytics/analytics_page.h"
#include "analytics/engagement_chart.h"
#include "analytics/published_posts_model.h"
#include "services/app_services.h"
#include "storage/account_repository.h"
#include "storage/database.h"
#include "storage/metrics_repository.h"
#include "storage/post_repository.h"
#include "storage/publish_job_repository.h"
#include "storage/video_repository.h"
#include "support/test_env.h"
#include "widgets/empty_state.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace travelflow;

class TestAnalyticsPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AppServices> m_services;
    qint64 m_account = 0;
    int m_videos = 0;

    // A post published on YouTube (rows only: the platform is not asked).
    qint64 publishedJob(const QString &title, const QString &remoteId)
    {
        const QSqlDatabase db = m_db->connection();
        Video v;
        v.path = m_dir.filePath(QStringLiteral("clip%1.mp4").arg(++m_videos));
        v.fingerprint = v.path;
        v.sizeBytes = 1000;
        const auto video = VideoRepository(db).insert(v);
        if (!video)
            return 0;
        Post post;
        post.videoId = *video;
        PostTarget target;
        target.accountId = m_account;
        target.platform = Platform::YouTube;
        target.title = title;
        target.caption = title + QStringLiteral(" #travel");
        post.targets = {target};
        qint64 jobId = 0;
        const auto created
            = PostRepository(db).create(post, [&](qint64, const QList<qint64> &targets) -> Status {
                  auto id = PublishJobRepository(db).create(targets.constFirst());
                  if (!id)
                      return id.error();
                  jobId = *id;
                  return {};
              });
        if (!created)
            return 0;
        PublishJob job = PublishJobRepository(db).get(jobId).value().value();
        job.state = PublishJob::State::Published;
        job.stage = PublishJob::Stage::Published;
        job.remotePostId = remoteId;
        job.publishedAt = QDateTime(QDate(2026, 5, 1), QTime(9, 0), QTimeZone::utc());
        return PublishJobRepository(db).save(job) ? jobId : 0;
    }

    bool addSnapshot(qint64 jobId, int hour, std::optional<qint64> views, std::optional<qint64> likes,
                     std::optional<qint64> comments, std::optional<qint64> shares)
    {
        MetricsSnapshot s;
        s.publishJobId = jobId;
        s.takenAt = QDateTime(QDate(2026, 5, 2), QTime(hour, 0), QTimeZone::utc());
        s.views = views;
        s.likes = likes;
        s.comments = comments;
        s.shares = shares;
        return MetricsRepository(m_db->connection()).add(s).hasValue();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        auto db = Database::open(m_dir.path());
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        m_db = std::move(*db);
        m_services = std::make_unique<AppServices>(*m_db, EndpointTable::defaults());
    }

    void showsAnEmptyStateWithAHint()
    {
        AnalyticsPage page(*m_services);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *empty = page.findChild<EmptyState *>(QStringLiteral("emptyState"));
        QVERIFY(empty);
        QVERIFY(empty->isVisible());
        QVERIFY(!empty->accessibleDescription().isEmpty());
        QVERIFY(!page.findChild<QTableView *>(QStringLiteral("postsView"))->isVisible());
    }

    void listsPostsAndChartsTheSelectedOne()
    {
        Account account;
        account.platform = Platform::YouTube;
        account.remoteId = QStringLiteral("UC-analytics");
        account.displayName = QStringLiteral("Lisa travels");
        const auto accountId = AccountRepository(m_db->connection()).upsert(account);
        QVERIFY(accountId);
        m_account = *accountId;
        const qint64 trams = publishedJob(QStringLiteral("Lisbon trams"), QStringLiteral("vid-trams"));
        const qint64 fado = publishedJob(QStringLiteral("Fado night"), QStringLiteral("vid-fado"));
        const qint64 quiet = publishedJob(QStringLiteral("Quiet beach"), QStringLiteral("vid-quiet"));
        QVERIFY(trams && fado && quiet);
        QVERIFY(addSnapshot(trams, 8, 100, 10, 1, 0));
        QVERIFY(addSnapshot(trams, 9, 1500, 120, 9, std::nullopt)); // YouTube gives no shares
        QVERIFY(addSnapshot(trams, 10, 12345, 678, 42, std::nullopt));
        QVERIFY(addSnapshot(fado, 9, 50000, 2000, 300, 12));

        AnalyticsPage page(*m_services);
        page.resize(1100, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(!page.findChild<EmptyState *>(QStringLiteral("emptyState"))->isVisible());
        auto *view = page.findChild<QTableView *>(QStringLiteral("postsView"));
        QVERIFY(view && view->isVisible());
        PublishedPostsModel *model = page.model();
        QCOMPARE(model->rowCount(), 3);

        // Most viewed first, and the first post with numbers is selected, so the chart shows it.
        QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), int(PublishedPostsModel::ViewsColumn));
        QCOMPARE(view->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(model->index(0, 0).data(PublishedPostsModel::JobIdRole).toLongLong(), fado);
        QCOMPARE(view->currentIndex().row(), 0);
        QCOMPARE(page.chart()->series().at(EngagementChart::Views).points.size(), 1);
        QVERIFY(!page.chart()->xAxisLabels().isEmpty());
        // Sorted the other way the post without numbers comes first; it is not the one shown.
        view->sortByColumn(PublishedPostsModel::ViewsColumn, Qt::AscendingOrder);
        QCOMPARE(model->index(0, 0).data(PublishedPostsModel::JobIdRole).toLongLong(), quiet);
        QCOMPARE(view->currentIndex().data(PublishedPostsModel::JobIdRole).toLongLong(), trams);
        QCOMPARE(page.chart()->series().at(EngagementChart::Views).points.size(), 3);
        view->sortByColumn(PublishedPostsModel::ViewsColumn, Qt::DescendingOrder);

        // The list gets a fair share of the width: one line per post, every column in sight.
        QVERIFY2(view->width() >= page.splitter()->width() * 40 / 100,
                 qPrintable(QStringLiteral("%1 of %2").arg(view->width()).arg(page.splitter()->width())));
        QVERIFY(view->rowHeight(0) < 2 * view->fontMetrics().height());
        QVERIFY(!view->wordWrap());
        const int lastColumn = PublishedPostsModel::ColumnCount - 1;
        QVERIFY(view->horizontalHeader()->sectionViewportPosition(lastColumn)
                    + view->horizontalHeader()->sectionSize(lastColumn)
                <= view->viewport()->width());
        QVERIFY(view->horizontalHeader()->sectionSize(PublishedPostsModel::PostColumn)
                > view->horizontalHeader()->sectionSize(PublishedPostsModel::ViewsColumn));

        // Latest numbers, in the locale's format; a post without numbers says so.
        const int tramsRow = model->rowOf(trams);
        QVERIFY(tramsRow >= 0);
        QCOMPARE(model->index(tramsRow, PublishedPostsModel::ViewsColumn).data().toString(),
                 QStringLiteral("12,345"));
        QCOMPARE(model->index(tramsRow, PublishedPostsModel::LikesColumn).data().toString(),
                 QStringLiteral("678"));
        QCOMPARE(model->index(tramsRow, PublishedPostsModel::SharesColumn).data().toString(),
                 QStringLiteral("—"));
        QCOMPARE(model->index(model->rowOf(quiet), PublishedPostsModel::ViewsColumn).data().toString(),
                 QStringLiteral("—"));

        // A click on "Views" sorts by the latest views (most first after the second click).
        const int viewsX
            = view->horizontalHeader()->sectionViewportPosition(PublishedPostsModel::ViewsColumn) + 5;
        QTest::mouseClick(view->horizontalHeader()->viewport(), Qt::LeftButton, {}, QPoint(viewsX, 5));
        const qint64 firstAfterClick = model->index(0, 0).data(PublishedPostsModel::JobIdRole).toLongLong();
        QTest::mouseClick(view->horizontalHeader()->viewport(), Qt::LeftButton, {}, QPoint(viewsX, 5));
        const qint64 firstAfterSecond = model->index(0, 0).data(PublishedPostsModel::JobIdRole).toLongLong();
        QCOMPARE(QSet<qint64>({firstAfterClick, firstAfterSecond}), QSet<qint64>({fado, quiet}));
        QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), int(PublishedPostsModel::ViewsColumn));
        const qint64 top
            = view->horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder ? fado : quiet;
        QCOMPARE(model->index(0, 0).data(PublishedPostsModel::JobIdRole).toLongLong(), top);

        // Selecting a post draws its chart: one point per snapshot that has the number.
        const QRect cell
            = view->visualRect(model->index(model->rowOf(trams), PublishedPostsModel::PostColumn));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        const EngagementChart *chart = page.chart();
        QCOMPARE(chart->series().size(), 4);
        QCOMPARE(chart->series().at(EngagementChart::Views).points.size(), 3);
        QCOMPARE(chart->series().at(EngagementChart::Likes).points.size(), 3);
        QCOMPARE(chart->series().at(EngagementChart::Comments).points.size(), 3);
        QCOMPARE(chart->series().at(EngagementChart::Shares).points.size(), 1);
        QCOMPARE(chart->series().at(EngagementChart::Views).points.constLast().value, 12345);
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("postTitle"))
                    ->text()
                    .contains(QStringLiteral("Lisbon trams")));
        QVERIFY(chart->accessibleDescription().contains(QStringLiteral("12,345")));
        QVERIFY(!page.grab().isNull()); // paints axes and lines

        // A post without snapshots: an empty chart that says how to get numbers.
        const QRect quietCell
            = view->visualRect(model->index(model->rowOf(quiet), PublishedPostsModel::PostColumn));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, quietCell.center());
        for (const EngagementChart::Series &s : chart->series())
            QVERIFY(s.points.isEmpty());
        QVERIFY(chart->accessibleDescription().contains(QStringLiteral("Refresh metrics")));
    }

    // The axes label round times and numbers, as briefly as the span allows, and the labels
    // never overlap however narrow the chart is.
    void axisLabelsFitWithoutOverlapping()
    {
        const auto snapshots = [](const QDateTime &from, qint64 stepSeconds, int count) {
            QList<MetricsSnapshot> list;
            for (int i = 0; i < count; ++i) {
                MetricsSnapshot s;
                s.takenAt = from.addSecs(stepSeconds * i);
                s.views = 1000 + 2345 * i;
                s.likes = 10 * i;
                list.append(s);
            }
            return list;
        };
        const QDateTime noon(QDate(2026, 5, 2), QTime(12, 0), QTimeZone::utc());
        const QStringList months{QStringLiteral("Apr"), QStringLiteral("May"), QStringLiteral("Jun"),
                                 QStringLiteral("Jul")};
        const auto mentionsAMonth = [&](const QString &text) {
            return std::any_of(months.cbegin(), months.cend(),
                               [&](const QString &m) { return text.contains(m); });
        };
        const auto checkLabels
            = [](const EngagementChart &chart, const QList<EngagementChart::AxisLabel> &labels,
                 bool horizontal) -> QString {
            for (qsizetype i = 0; i < labels.size(); ++i) {
                const QRectF r = labels.at(i).rect;
                if (!QRectF(chart.rect()).contains(r))
                    return QStringLiteral("%1 is outside the chart").arg(labels.at(i).text);
                if (r.width() < QFontMetricsF(chart.font()).horizontalAdvance(labels.at(i).text) - 0.5)
                    return QStringLiteral("%1 is cut").arg(labels.at(i).text);
                for (qsizetype j = i + 1; j < labels.size(); ++j) {
                    if (r.intersects(labels.at(j).rect))
                        return QStringLiteral("%1 overlaps %2").arg(labels.at(i).text, labels.at(j).text);
                }
                if (horizontal && i > 0 && labels.at(i - 1).rect.left() >= r.left())
                    return QStringLiteral("%1 is out of order").arg(labels.at(i).text);
            }
            return {};
        };

        EngagementChart chart;
        for (const int width : {260, 540, 900}) {
            chart.resize(width, 300);
            struct Case
            {
                QList<MetricsSnapshot> snapshots;
                int kind; // 0: times within a day, 1: day and time, 2: days only
            };
            const QList<Case> cases{
                {snapshots(noon, 600, 7), 0}, // one hour
                {snapshots(noon, 10800, 17), 1}, // two days
                {snapshots(noon, 86400, 60), 2}, // two months
                {snapshots(noon, 0, 1), 0}, // one snapshot
            };
            for (const Case &c : cases) {
                chart.setSnapshots(c.snapshots);
                const QList<EngagementChart::AxisLabel> x = chart.xAxisLabels();
                const QString where = QStringLiteral("width %1, %2 snapshot(s), kind %3")
                                          .arg(width)
                                          .arg(c.snapshots.size())
                                          .arg(c.kind);
                QVERIFY2(!x.isEmpty(), qPrintable(where));
                QVERIFY2(c.snapshots.size() == 1 || width < 400 || x.size() >= 2, qPrintable(where));
                const QString problem = checkLabels(chart, x, true);
                QVERIFY2(problem.isEmpty(), qPrintable(where + QStringLiteral(": ") + problem));
                for (const EngagementChart::AxisLabel &label : x) {
                    const QString text = where + QStringLiteral(": ") + label.text;
                    QVERIFY2(label.text.size() <= 16, qPrintable(text)); // no year
                    QVERIFY2(label.text.count(QLatin1Char(':')) <= 1, qPrintable(text)); // no seconds
                    QVERIFY2(!label.text.contains(QStringLiteral("2026")), qPrintable(text));
                    if (c.kind == 0 && noon.toLocalTime().date() == noon.addSecs(3600).toLocalTime().date())
                        QVERIFY2(!mentionsAMonth(label.text), qPrintable(text));
                    if (c.kind == 2)
                        QVERIFY2(mentionsAMonth(label.text) && !label.text.contains(QLatin1Char(':')),
                                 qPrintable(text));
                }
                const QList<EngagementChart::AxisLabel> y = chart.yAxisLabels();
                QVERIFY2(y.size() >= 3, qPrintable(where));
                QCOMPARE(y.constFirst().text, QStringLiteral("0"));
                const qint64 highest = c.snapshots.constLast().views.value();
                const qint64 top = QLocale().toLongLong(y.constLast().text);
                QVERIFY2(top >= highest, qPrintable(where));
                const QString yProblem = checkLabels(chart, y, false);
                QVERIFY2(yProblem.isEmpty(), qPrintable(where + QStringLiteral(": ") + yProblem));
            }
        }
        // The values read in the locale's format, in round steps.
        chart.resize(540, 300);
        chart.setSnapshots(snapshots(noon, 3600, 5));
        QStringList values;
        for (const EngagementChart::AxisLabel &label : chart.yAxisLabels())
            values.append(label.text);
        // 0, step, 2 steps, ...: the step is 1, 2 or 5 times a power of ten; "12,000" has its comma.
        bool ok = false;
        const qint64 step = QLocale().toLongLong(values.value(1), &ok);
        QVERIFY2(ok && step > 0, qPrintable(values.join(QLatin1Char(' '))));
        qint64 power = 1;
        while (power * 10 <= step)
            power *= 10;
        QVERIFY2(step == power || step == 2 * power || step == 5 * power,
                 qPrintable(values.join(QLatin1Char(' '))));
        for (qsizetype i = 0; i < values.size(); ++i)
            QCOMPARE(values.at(i), QLocale().toString(step * i));
        QVERIFY(QLocale().toLongLong(values.constLast()) >= 10380);
        QVERIFY2(values.constLast().contains(QLatin1Char(',')), qPrintable(values.constLast()));
        QVERIFY(!chart.grab().isNull());
        // Nothing to show: no labels.
        chart.setSnapshots({});
        QVERIFY(chart.xAxisLabels().isEmpty());
    }

    // Without connected accounts the refresh has nothing to ask; it must still finish,
    // give the button back and say what happened, without blocking the window.
    void refreshRunsInTheBackground()
    {
        AnalyticsPage page(*m_services);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *refresh = page.findChild<QPushButton *>(QStringLiteral("refreshButton"));
        auto *result = page.findChild<QLabel *>(QStringLiteral("refreshResult"));
        QVERIFY(refresh && result && refresh->isEnabled());
        QSignalSpy finished(&page, &AnalyticsPage::refreshFinished);
        QTest::mouseClick(refresh, Qt::LeftButton);
        QVERIFY(finished.count() == 1 || finished.wait(15000));
        QVERIFY(refresh->isEnabled());
        QVERIFY2(result->text().contains(QStringLiteral("post")), qPrintable(result->text()));
    }
};

TRAVELFLOW_TEST_MAIN(TestAnalyticsPage, QApplication)
#include "test_analytics_page.moc"
