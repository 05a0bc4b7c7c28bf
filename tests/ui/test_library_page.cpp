// The library area as a user meets it (offscreen): real clips made with ffmpeg dropped on
// the page, a real SQLite profile, Qt Multimedia decoding thumbnails and probing.

#include "core/account.h"
#include "core/post.h"
#include "library/library_page.h"
#include "library/video_grid.h"
#include "library/video_importer.h"
#include "library/video_list_model.h"
#include "library/video_preview.h"
#include "services/app_services.h"
#include "storage/account_repository.h"
#include "storage/database.h"
#include "storage/post_repository.h"
#include "storage/publish_job_repository.h"
#include "storage/video_repository.h"
#include "support/test_clips.h"
#include "support/test_env.h"
#include "widgets/empty_state.h"

#include <QApplication>
#include <QComboBox>
#include <QDropEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace travelflow;
using travelflow::test::TestClips;

class TestLibraryPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QTemporaryDir m_clipDir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AppServices> m_services;
    QString m_h264;
    QString m_gps;
    QString m_broken;

    static QListView *grid(LibraryPage &page)
    {
        return page.findChild<QListView *>(QStringLiteral("libraryGrid"));
    }
    static int rows(LibraryPage &page) { return grid(page)->model()->rowCount(); }
    static QString text(LibraryPage &page, const char *name)
    {
        auto *label = page.findChild<QLabel *>(QLatin1String(name));
        return label ? label->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
    }

    static VideoPreview *preview(LibraryPage &page)
    {
        return page.findChild<VideoPreview *>(QStringLiteral("videoPreview"));
    }

    static QModelIndex indexOf(LibraryPage &page, const QString &fileName)
    {
        QAbstractItemModel *model = grid(page)->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data().toString() == fileName)
                return model->index(row, 0);
        }
        return {};
    }

    // How many different colours the image has inside `rect` (a painted picture has many).
    static int coloursIn(const QImage &image, const QRect &rect)
    {
        QSet<QRgb> colours;
        const QRect inside = rect.intersected(image.rect());
        for (int y = inside.top(); y <= inside.bottom(); y += 2) {
            for (int x = inside.left(); x <= inside.right(); x += 2)
                colours.insert(image.pixel(x, y));
        }
        return int(colours.size());
    }

    qint64 idOf(const QString &path)
    {
        const auto found
            = VideoRepository(m_db->connection()).findByPath(QFileInfo(path).canonicalFilePath());
        return found && found->has_value() ? (*found)->id : 0;
    }

    // Clicks the grid tile of the video with this path.
    static bool clickVideo(LibraryPage &page, const QString &fileName)
    {
        QListView *view = grid(page);
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex index = view->model()->index(row, 0);
            if (index.data().toString() != fileName)
                continue;
            view->scrollTo(index);
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
            return true;
        }
        return false;
    }

    static void drop(QWidget *target, const QStringList &paths)
    {
        QMimeData mime;
        QList<QUrl> urls;
        for (const QString &path : paths)
            urls << QUrl::fromLocalFile(path);
        mime.setUrls(urls);
        const QPoint at = target->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent dropped(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &dropped);
        QVERIFY(dropped.isAccepted());
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto db = Database::open(m_dir.path());
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        m_db = std::move(*db);
        m_services = std::make_unique<AppServices>(*m_db, EndpointTable::defaults());
        m_h264 = TestClips::h264Mp4(m_clipDir.path(), QStringLiteral("harbour.mp4"));
        m_gps = TestClips::gpsMov(m_clipDir.path());
        m_broken = TestClips::textRenamedMp4(m_clipDir.path());
        QVERIFY2(!m_h264.isEmpty() && !m_gps.isEmpty() && !m_broken.isEmpty(),
                 "ffmpeg could not make the test clips (run scripts/setup-deps.sh)");
    }

    void showsAnEmptyStateWithAHint()
    {
        LibraryPage page(*m_services);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *empty = page.findChild<EmptyState *>(QStringLiteral("emptyState"));
        QVERIFY(empty);
        QVERIFY(empty->isVisible());
        QVERIFY(!grid(page)->isVisible());
        QVERIFY(empty->hint().contains(QStringLiteral("Drop videos or folders")));
        QVERIFY(!empty->accessibleDescription().isEmpty());
        QVERIFY(!page.findChild<QWidget *>(QStringLiteral("importPanel"))->isVisible());
        // Nothing to preview: the empty state has the page to itself.
        QVERIFY(!page.findChild<QWidget *>(QStringLiteral("librarySide"))->isVisible());
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("composeButton"))->isEnabled());
    }

    void droppingFilesImportsThemWithPerFileResults()
    {
        LibraryPage page(*m_services);
        page.resize(1000, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        drop(&page, {m_h264, m_gps, m_broken});
        auto *progress = page.findChild<QProgressBar *>(QStringLiteral("importProgress"));
        QVERIFY(progress);
        QVERIFY(progress->isVisible());
        auto *results = page.findChild<QListWidget *>(QStringLiteral("importResults"));
        QVERIFY(results && results->isVisible());

        QTRY_COMPARE_WITH_TIMEOUT(results->count(), 3, 60000);
        QTRY_VERIFY(!progress->isVisible());
        QTRY_COMPARE(rows(page), 2);
        QVERIFY(grid(page)->isVisible());
        QVERIFY(!page.findChild<QWidget *>(QStringLiteral("emptyState"))->isVisible());
        QCOMPARE(text(page, "libraryCount"), QStringLiteral("2 video(s)"));

        int imported = 0;
        for (int i = 0; i < results->count(); ++i) {
            const QListWidgetItem *item = results->item(i);
            const auto outcome = ImportResult::Outcome(item->data(Qt::UserRole).toInt());
            if (outcome == ImportResult::Outcome::Imported) {
                ++imported;
                continue;
            }
            // The broken file, with what is wrong in words.
            QCOMPARE(outcome, ImportResult::Outcome::Rejected);
            QCOMPARE(item->data(Qt::UserRole + 1).toString(), m_broken);
            const QString name = QFileInfo(m_broken).fileName();
            QVERIFY2(item->text().startsWith(name + QStringLiteral(": not imported. ")),
                     qPrintable(item->text()));
            QVERIFY2(item->text().size() > name.size() + 30, qPrintable(item->text()));
        }
        QCOMPARE(imported, 2);
        QVERIFY(text(page, "importStatus").contains(QStringLiteral("2 video(s) imported")));

        // Dropping the same file again says it is already there.
        drop(&page, {m_h264});
        QTRY_COMPARE_WITH_TIMEOUT(results->count(), 1, 30000);
        QVERIFY2(results->item(0)->text().contains(QStringLiteral("already in the library")),
                 qPrintable(results->item(0)->text()));
        QTRY_VERIFY(page.findChild<QToolButton *>(QStringLiteral("importDismiss"))->isVisible());
        QTest::mouseClick(page.findChild<QToolButton *>(QStringLiteral("importDismiss")), Qt::LeftButton);
        QVERIFY(!page.findChild<QWidget *>(QStringLiteral("importPanel"))->isVisible());
        QCOMPARE(rows(page), 2);

        // The grid asks for thumbnails of what it shows; they arrive as pictures.
        QTRY_VERIFY_WITH_TIMEOUT(
            !grid(page)->model()->index(0, 0).data(Qt::DecorationRole).value<QPixmap>().isNull(), 30000);
        // The first video was selected when the list filled, so the side shows it.
        QVERIFY(page.findChild<QWidget *>(QStringLiteral("librarySide"))->isVisible());
        QCOMPARE(grid(page)->selectionModel()->selectedIndexes().size(), 1);
        QCOMPARE(text(page, "detailTitle"), grid(page)->model()->index(0, 0).data().toString());
    }

    void tilesShowTheThumbnailNameAndDetails()
    {
        LibraryPage page(*m_services);
        page.resize(1000, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QListView *view = grid(page);
        const QModelIndex harbour = indexOf(page, QStringLiteral("harbour.mp4"));
        const QModelIndex gps = indexOf(page, QFileInfo(m_gps).fileName());
        QVERIFY(harbour.isValid() && gps.isValid());
        QCOMPARE(harbour.data(VideoListModel::DetailsRole).toString(), QStringLiteral("0:02 · 320 × 240"));
        QVERIFY2(
            harbour.data(Qt::AccessibleTextRole).toString().startsWith(QStringLiteral("harbour.mp4, 0:02")),
            qPrintable(harbour.data(Qt::AccessibleTextRole).toString()));

        // Each tile has room for the whole thumbnail and two lines of text (not a strip),
        // and the tiles sit side by side.
        const QSize thumbnail = VideoTileDelegate::kThumbnailSize;
        const QRect first = view->visualRect(harbour);
        const QRect second = view->visualRect(gps);
        QVERIFY2(first.width() >= thumbnail.width()
                     && first.height() >= thumbnail.height() + 2 * view->fontMetrics().height(),
                 qPrintable(QStringLiteral("%1x%2").arg(first.width()).arg(first.height())));
        QCOMPARE(first.size(), second.size());
        QCOMPARE(first.top(), second.top());
        QVERIFY(!first.intersects(second));

        // Thumbnails are made at twice the tile's size and drawn at their device pixel ratio.
        QTRY_VERIFY_WITH_TIMEOUT(!harbour.data(Qt::DecorationRole).value<QPixmap>().isNull(), 30000);
        const auto pixmap = harbour.data(Qt::DecorationRole).value<QPixmap>();
        QCOMPARE(pixmap.devicePixelRatio(), 2.0);
        QCOMPARE(pixmap.deviceIndependentSize().toSize(), thumbnail);
        // ... and painted: the tile's thumbnail box is a picture, not the view's background.
        view->viewport()->repaint();
        const QImage shot = view->viewport()->grab().toImage();
        const QRect box(first.center().x() - thumbnail.width() / 2, first.top() + 8, thumbnail.width(),
                        thumbnail.height());
        QVERIFY2(coloursIn(shot, box) > 8, qPrintable(QString::number(coloursIn(shot, box))));
        // The name is painted under it.
        const QRect textArea(box.left(), box.bottom() + 4, box.width(), first.bottom() - box.bottom() - 4);
        QVERIFY(coloursIn(shot, textArea) > 2);
    }

    void aTileWithoutAThumbnailShowsAPlaceholder()
    {
        QStandardItemModel model;
        auto *item = new QStandardItem(QStringLiteral("waiting.mp4"));
        item->setData(QStringLiteral("0:10 · 1920 × 1080"), VideoListModel::DetailsRole);
        model.appendRow(item);
        VideoTileDelegate delegate;
        QListView view;
        QStyleOptionViewItem option;
        option.initFrom(&view);
        option.state = QStyle::State_Enabled;
        const QSize size = delegate.sizeHint(option, model.index(0, 0));
        option.rect = QRect(QPoint(0, 0), size);
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(option.palette.color(QPalette::Base));
        {
            QPainter painter(&image);
            delegate.paint(&painter, option, model.index(0, 0));
        }
        // The box is the palette's mid colour, with a film icon in its middle.
        const QSize thumbnail = VideoTileDelegate::kThumbnailSize;
        const QRect box((size.width() - thumbnail.width()) / 2, 8, thumbnail.width(), thumbnail.height());
        QCOMPARE(image.pixel(box.left() + 20, box.top() + 20), option.palette.color(QPalette::Mid).rgb());
        const QRect middle(box.center() - QPoint(30, 20), QSize(60, 40));
        QVERIFY(coloursIn(image, middle) > 1);
    }

    void thePreviewShowsThePosterAndLeavesRoomForTheDetails()
    {
        LibraryPage page(*m_services);
        page.resize(1000, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        // Opened with videos and nothing chosen: the first one is selected and shown.
        QTRY_VERIFY(page.findChild<QPushButton *>(QStringLiteral("composeButton"))->isEnabled());
        VideoPreview *player = preview(page);
        QVERIFY(player && player->isEnabled());
        const QString shown = grid(page)->selectionModel()->selectedIndexes().value(0).data().toString();
        QCOMPARE(QFileInfo(player->path()).fileName(), shown);
        QCOMPARE(text(page, "detailTitle"), shown);
        QVERIFY(!text(page, "detailDuration").isEmpty());

        // Not playing: the thumbnail is the poster.
        QTRY_VERIFY_WITH_TIMEOUT(!player->poster().isNull(), 30000);
        QVERIFY(player->isShowingPoster());
        // First the tile's thumbnail, then a sharper one made for the preview (HiDPI too).
        QTRY_COMPARE_WITH_TIMEOUT(player->poster().deviceIndependentSize().toSize(), QSize(480, 270), 30000);
        QCOMPARE(player->poster().devicePixelRatio(), 2.0);
        auto *screen = page.findChild<QWidget *>(QStringLiteral("previewScreen"));
        QVERIFY(screen && screen->isVisible());
        const QImage shot = screen->grab().toImage();
        QVERIFY(coloursIn(shot, shot.rect()) > 8);
        // 16:9 at most, and short enough for the details to stay readable under it.
        QVERIFY2(screen->height() <= screen->width() * 9 / 16 + 1 && screen->height() <= 300,
                 qPrintable(QStringLiteral("%1x%2").arg(screen->width()).arg(screen->height())));
        auto *details = page.findChild<QWidget *>(QStringLiteral("videoDetails"));
        QVERIFY(details->isVisible());
        auto *path = page.findChild<QLabel *>(QStringLiteral("detailPath"));
        QVERIFY(path->isVisible());
        QVERIFY(path->mapTo(&page, QPoint(0, path->height())).y() <= page.height());
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("detailDuration"))
                    ->textInteractionFlags()
                    .testFlag(Qt::TextSelectableByMouse));

        // Another video: its own poster.
        const QString other = shown == QStringLiteral("harbour.mp4") ? QFileInfo(m_gps).fileName()
                                                                     : QStringLiteral("harbour.mp4");
        const QPixmap before = player->poster();
        QVERIFY(clickVideo(page, other));
        QTRY_COMPARE(QFileInfo(player->path()).fileName(), other);
        QTRY_VERIFY_WITH_TIMEOUT(player->poster().cacheKey() != before.cacheKey()
                                     && player->poster().deviceIndependentSize().toSize() == QSize(480, 270),
                                 30000);
        QVERIFY(player->isShowingPoster());
    }

    void searchNarrowsTheList()
    {
        LibraryPage page(*m_services);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(rows(page), 2);
        // Shortcuts need an active window.
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        grid(page)->setFocus();

        QTest::keyClick(grid(page), Qt::Key_F, Qt::ControlModifier);
        auto *search = page.findChild<QLineEdit *>(QStringLiteral("librarySearch"));
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("HARBOUR"));
        QTRY_COMPARE(rows(page), 1);
        QCOMPARE(grid(page)->model()->index(0, 0).data().toString(), QStringLiteral("harbour.mp4"));

        search->clear();
        QTest::keyClicks(search, QStringLiteral("no-such-video"));
        auto *empty = page.findChild<EmptyState *>(QStringLiteral("emptyState"));
        QTRY_VERIFY(empty->isVisible());
        QCOMPARE(empty->title(), QStringLiteral("No videos match"));

        search->clear();
        QTRY_COMPARE(rows(page), 2);
        QVERIFY(!empty->isVisible());
    }

    void filtersByPublishState()
    {
        // The GPS clip was published on one account; the other was never posted.
        const qint64 gpsId = idOf(m_gps);
        QVERIFY(gpsId > 0);
        Account account;
        account.platform = Platform::YouTube;
        account.remoteId = QStringLiteral("UC-library-test");
        account.displayName = QStringLiteral("Travel channel");
        const auto accountId = AccountRepository(m_db->connection()).upsert(account);
        QVERIFY(accountId);
        Post post;
        post.videoId = gpsId;
        PostTarget target;
        target.accountId = *accountId;
        target.platform = Platform::YouTube;
        target.title = QStringLiteral("Paris");
        post.targets << target;
        PublishJobRepository jobs(m_db->connection());
        qint64 jobId = 0;
        const auto postId = PostRepository(m_db->connection())
                                .create(post, [&](qint64, const QList<qint64> &targets) -> Status {
                                    const auto created = jobs.create(targets.first());
                                    if (!created)
                                        return created.error();
                                    jobId = *created;
                                    return {};
                                });
        QVERIFY(postId);
        auto job = jobs.get(jobId);
        QVERIFY(job && job->has_value());
        PublishJob published = **job;
        published.state = PublishJob::State::Published;
        published.stage = PublishJob::Stage::Published;
        QVERIFY(jobs.save(published));

        LibraryPage page(*m_services);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *filter = page.findChild<QComboBox *>(QStringLiteral("libraryFilter"));
        QVERIFY(filter);

        filter->setFocus();
        // The tiles say so with a badge.
        QCOMPARE(
            VideoListModel::PublishState(
                indexOf(page, QFileInfo(m_gps).fileName()).data(VideoListModel::PublishStateRole).toInt()),
            VideoListModel::PublishState::Posted);
        QCOMPARE(
            VideoListModel::PublishState(
                indexOf(page, QStringLiteral("harbour.mp4")).data(VideoListModel::PublishStateRole).toInt()),
            VideoListModel::PublishState::None);
        QVERIFY(indexOf(page, QFileInfo(m_gps).fileName())
                    .data(Qt::AccessibleTextRole)
                    .toString()
                    .endsWith(QStringLiteral(", posted")));

        filter->setCurrentIndex(filter->findText(QStringLiteral("Posted")));
        QTRY_COMPARE(rows(page), 1);
        QCOMPARE(grid(page)->model()->index(0, 0).data().toString(), QFileInfo(m_gps).fileName());

        filter->setCurrentIndex(filter->findText(QStringLiteral("Not yet posted")));
        QTRY_COMPARE(rows(page), 1);
        QCOMPARE(grid(page)->model()->index(0, 0).data().toString(), QStringLiteral("harbour.mp4"));

        filter->setCurrentIndex(filter->findText(QStringLiteral("Failed")));
        auto *empty = page.findChild<EmptyState *>(QStringLiteral("emptyState"));
        QTRY_VERIFY(empty->isVisible());
        QVERIFY(empty->hint().contains(QStringLiteral("Failed")));

        // A failed job on the other clip moves it into "Failed".
        published.state = PublishJob::State::Failed;
        QVERIFY(jobs.save(published));
        filter->setCurrentIndex(filter->findText(QStringLiteral("Posted")));
        QTRY_VERIFY(empty->isVisible());
        filter->setCurrentIndex(filter->findText(QStringLiteral("Failed")));
        QTRY_COMPARE(rows(page), 1);
        QCOMPARE(VideoListModel::PublishState(
                     grid(page)->model()->index(0, 0).data(VideoListModel::PublishStateRole).toInt()),
                 VideoListModel::PublishState::Failed);
        filter->setCurrentIndex(filter->findText(QStringLiteral("All videos")));
        QTRY_COMPARE(rows(page), 2);
    }

    void selectingAVideoShowsItsDetails()
    {
        LibraryPage page(*m_services);
        page.resize(1000, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        QVERIFY(clickVideo(page, QStringLiteral("harbour.mp4")));
        QTRY_COMPARE(text(page, "detailDuration"), QStringLiteral("0:02"));
        QVERIFY2(text(page, "detailResolution").startsWith(QStringLiteral("320 × 240")),
                 qPrintable(text(page, "detailResolution")));
        QVERIFY(text(page, "detailCodec").contains(QStringLiteral("h264")));
        QCOMPARE(text(page, "detailPlace"), QStringLiteral("not recorded in the file"));

        QVERIFY(clickVideo(page, QFileInfo(m_gps).fileName()));
        QTRY_VERIFY2(text(page, "detailResolution").startsWith(QStringLiteral("640 × 360")),
                     qPrintable(text(page, "detailResolution")));
        const QString place = text(page, "detailPlace");
        QVERIFY2(place.contains(QStringLiteral("https://www.openstreetmap.org/?mlat=48.858")),
                 qPrintable(place));
        QVERIFY2(place.contains(QStringLiteral("mlon=2.294")), qPrintable(place));

        // Tags typed in the panel are saved and found by search.
        auto *tags = page.findChild<QLineEdit *>(QStringLiteral("tagsEdit"));
        QVERIFY(tags && tags->isEnabled());
        tags->setFocus();
        tags->selectAll();
        QTest::keyClicks(tags, QStringLiteral("eiffel, #sunset"));
        QTest::keyClick(tags, Qt::Key_Return);
        const auto saved = VideoRepository(m_db->connection()).get(idOf(m_gps));
        QVERIFY(saved && saved->has_value());
        QCOMPARE((*saved)->tags, (QStringList{QStringLiteral("eiffel"), QStringLiteral("sunset")}));
        auto *search = page.findChild<QLineEdit *>(QStringLiteral("librarySearch"));
        QTest::keyClicks(search, QStringLiteral("eiffel"));
        QTRY_COMPARE(rows(page), 1);
        QCOMPARE(grid(page)->model()->index(0, 0).data().toString(), QFileInfo(m_gps).fileName());
        // The selection survives the reload.
        QTRY_VERIFY(text(page, "detailResolution").startsWith(QStringLiteral("640 × 360")));
    }

    void composeAsksForTheSelectedVideo()
    {
        LibraryPage page(*m_services);
        page.resize(1000, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy compose(&page, &LibraryPage::composeRequested);

        QVERIFY(clickVideo(page, QStringLiteral("harbour.mp4")));
        auto *button = page.findChild<QPushButton *>(QStringLiteral("composeButton"));
        QTRY_VERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(compose.size(), 1);
        QCOMPARE(compose.first().first().toLongLong(), idOf(m_h264));

        // Enter on the grid does the same.
        grid(page)->setFocus();
        QTest::keyClick(grid(page), Qt::Key_Return);
        QCOMPARE(compose.size(), 2);
        QCOMPARE(compose.last().first().toLongLong(), idOf(m_h264));
    }

    void deleteRemovesAfterConfirmationAndKeepsTheFile()
    {
        LibraryPage page(*m_services);
        page.resize(1000, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QVERIFY(clickVideo(page, QStringLiteral("harbour.mp4")));
        grid(page)->setFocus();

        // Cancel keeps it.
        QTest::keyClick(grid(page), Qt::Key_Delete);
        auto *box = page.findChild<QMessageBox *>(QStringLiteral("removeConfirm"));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!page.findChild<QMessageBox *>(QStringLiteral("removeConfirm")));
        QCOMPARE(rows(page), 2);

        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        grid(page)->setFocus();
        QTest::keyClick(grid(page), Qt::Key_Delete);
        box = page.findChild<QMessageBox *>(QStringLiteral("removeConfirm"));
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click();
        QTRY_COMPARE(rows(page), 1);
        QCOMPARE(idOf(m_h264), 0);
        QVERIFY(QFileInfo::exists(m_h264));
    }
};

TRAVELFLOW_TEST_MAIN(TestLibraryPage, QApplication)
#include "test_library_page.moc"
