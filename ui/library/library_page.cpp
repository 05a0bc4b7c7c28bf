#include "library_page.h"

#include "import_panel.h"
#include "library/thumbnail_cache.h"
#include "library/video_importer.h"
#include "services/app_services.h"
#include "storage/database.h"
#include "video_details_panel.h"
#include "video_grid.h"
#include "video_list_model.h"
#include "video_preview.h"
#include "widgets/empty_state.h"

#include <QAction>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QMimeData>
#include <QPixmap>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace travelflow {

namespace {

// The size of the preview's poster, in display pixels (made at twice that).
constexpr QSize kPosterSize(480, 270);

QStringList localPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    return paths;
}

} // namespace

LibraryPage::LibraryPage(AppServices &services, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("libraryPage"));
    setAcceptDrops(true);
    const QSqlDatabase db = services.database().connection();
    m_thumbnails = new ThumbnailCache(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
                                          + QStringLiteral("/thumbnails"),
                                      this);
    m_model = new VideoListModel(db, m_thumbnails, this);
    m_model->setThumbnailSize(VideoTileDelegate::kThumbnailSize);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildToolbar());

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("libraryError"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    m_import = new ImportPanel(db, this);
    layout->addWidget(m_import);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_stack = new QStackedWidget(splitter);
    m_stack->setObjectName(QStringLiteral("libraryStack"));
    m_grid = new VideoGridView(m_stack);
    m_grid->setObjectName(QStringLiteral("libraryGrid"));
    m_grid->setAccessibleName(tr("Videos"));
    m_grid->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_grid->setModel(m_model);
    m_stack->addWidget(m_grid);
    m_empty = new EmptyState(QStringLiteral("library"), tr("Your library is empty"), QString(), m_stack);
    m_stack->addWidget(m_empty);
    splitter->addWidget(m_stack);

    // The selected video: a 16:9 preview that never takes the whole height, its details
    // under it. Hidden while nothing is listed, so the empty state has the page to itself.
    m_side = new QWidget(splitter);
    m_side->setObjectName(QStringLiteral("librarySide"));
    auto *sideLayout = new QVBoxLayout(m_side);
    sideLayout->setContentsMargins(4, 0, 0, 0);
    m_preview = new VideoPreview(m_side);
    sideLayout->addWidget(m_preview);
    m_details = new VideoDetailsPanel(m_side);
    sideLayout->addWidget(m_details, 1);
    splitter->addWidget(m_side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setCollapsible(0, false);
    layout->addWidget(splitter, 1);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &LibraryPage::applyFilter);
    // Imports come in file by file: one reload for a burst of them.
    m_reloadDelay = new QTimer(this);
    m_reloadDelay->setSingleShot(true);
    m_reloadDelay->setInterval(300);
    connect(m_reloadDelay, &QTimer::timeout, m_model, &VideoListModel::reload);

    connect(m_model, &VideoListModel::reloaded, this, &LibraryPage::onReloaded);
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &LibraryPage::onSelectionChanged);
    connect(m_grid->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LibraryPage::onSelectionChanged);
    connect(m_grid, &QListView::activated, this, &LibraryPage::composeSelected);
    connect(m_thumbnails, &ThumbnailCache::thumbnailReady, this, [this](qint64 videoId) {
        if (videoId == m_shownVideoId)
            showPoster();
    });
    // The poster arrives with the thumbnail, after the selection.
    connect(m_model, &VideoListModel::dataChanged, this,
            [this](const QModelIndex &first, const QModelIndex &last, const QList<int> &roles) {
                const int row = m_model->rowOf(m_shownVideoId);
                if (row >= first.row() && row <= last.row()
                    && (roles.isEmpty() || roles.contains(Qt::DecorationRole)))
                    showPoster();
            });
    connect(m_import, &ImportPanel::videoImported, m_reloadDelay, qOverload<>(&QTimer::start));
    connect(m_import, &ImportPanel::importFinished, m_model, [this] {
        m_reloadDelay->stop();
        m_model->reload();
    });
    connect(m_details, &VideoDetailsPanel::tagsEdited, this, &LibraryPage::saveTags);

    setUpShortcuts();
    m_model->reload();
}

LibraryPage::~LibraryPage() = default;

QWidget *LibraryPage::buildToolbar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);

    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("librarySearch"));
    m_search->setPlaceholderText(tr("Search file names, tags and notes (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search the library"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay->start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &LibraryPage::applyFilter);
    row->addWidget(m_search, 2);

    m_filter = new QComboBox(bar);
    m_filter->setObjectName(QStringLiteral("libraryFilter"));
    m_filter->setAccessibleName(tr("Show videos by publish state"));
    m_filter->addItem(tr("All videos"), int(PublishFilter::All));
    m_filter->addItem(tr("Not yet posted"), int(PublishFilter::NotPosted));
    m_filter->addItem(tr("Posted"), int(PublishFilter::Posted));
    m_filter->addItem(tr("Failed"), int(PublishFilter::Failed));
    connect(m_filter, &QComboBox::currentIndexChanged, this, &LibraryPage::applyFilter);
    row->addWidget(m_filter);

    auto *importButton = new QPushButton(tr("&Import..."), bar);
    importButton->setObjectName(QStringLiteral("importButton"));
    importButton->setAccessibleName(tr("Import videos"));
    importButton->setToolTip(tr("Choose video files to add (Ctrl+O), or drop files and folders here."));
    connect(importButton, &QPushButton::clicked, this, &LibraryPage::openImportDialog);
    row->addWidget(importButton);

    m_compose = new QPushButton(tr("&Compose post"), bar);
    m_compose->setObjectName(QStringLiteral("composeButton"));
    m_compose->setAccessibleName(tr("Compose a post for the selected video"));
    m_compose->setToolTip(tr("Write captions and publish the selected video (Enter)"));
    m_compose->setEnabled(false);
    connect(m_compose, &QPushButton::clicked, this, &LibraryPage::composeSelected);
    row->addWidget(m_compose);

    m_remove = new QPushButton(tr("&Remove"), bar);
    m_remove->setObjectName(QStringLiteral("removeButton"));
    m_remove->setAccessibleName(tr("Remove the selected video from the library"));
    m_remove->setToolTip(tr("Remove from the library (Delete). The file stays on disk."));
    m_remove->setEnabled(false);
    connect(m_remove, &QPushButton::clicked, this, &LibraryPage::confirmRemoveSelected);
    row->addWidget(m_remove);

    m_count = new QLabel(bar);
    m_count->setObjectName(QStringLiteral("libraryCount"));
    row->addWidget(m_count);
    return bar;
}

void LibraryPage::setUpShortcuts()
{
    // Page-wide shortcuts only while the library is the visible page.
    auto *find = new QAction(tr("Search"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(find);

    auto *open = new QAction(tr("Import videos..."), this);
    open->setShortcut(QKeySequence::Open);
    open->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(open, &QAction::triggered, this, &LibraryPage::openImportDialog);
    addAction(open);

    // On the grid only, so Space and Delete keep their meaning in text fields.
    auto *compose = new QAction(tr("Compose post"), m_grid);
    connect(compose, &QAction::triggered, this, &LibraryPage::composeSelected);
    m_grid->addAction(compose);

    auto *play = new QAction(tr("Play / pause"), m_grid);
    play->setShortcut(Qt::Key_Space);
    play->setShortcutContext(Qt::WidgetShortcut);
    connect(play, &QAction::triggered, m_preview, &VideoPreview::togglePlayback);
    m_grid->addAction(play);

    auto *remove = new QAction(tr("Remove from library..."), m_grid);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, &LibraryPage::confirmRemoveSelected);
    m_grid->addAction(remove);
}

void LibraryPage::importPaths(const QStringList &paths)
{
    m_import->start(paths);
}

void LibraryPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void LibraryPage::dragMoveEvent(QDragMoveEvent *event)
{
    if (!localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void LibraryPage::dropEvent(QDropEvent *event)
{
    const QStringList paths = localPaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    importPaths(paths);
}

void LibraryPage::applyFilter()
{
    m_searchDelay->stop();
    VideoFilter filter;
    filter.search = m_search->text().trimmed();
    filter.publish = static_cast<PublishFilter>(m_filter->currentData().toInt());
    const VideoFilter current = m_model->filter();
    if (filter.search == current.search && filter.publish == current.publish)
        return;
    m_model->setFilter(filter);
}

void LibraryPage::onReloaded()
{
    const QString error = m_model->lastError();
    m_error->setText(error.isEmpty() ? QString() : tr("The library could not be read: %1").arg(error));
    m_error->setVisible(!error.isEmpty());

    const qint64 total = m_model->totalCount();
    m_count->setText(tr("%n video(s)", nullptr, int(qMin<qint64>(total, std::numeric_limits<int>::max()))));
    const VideoFilter filter = m_model->filter();
    const bool filtered = !filter.search.isEmpty() || filter.publish != PublishFilter::All;
    m_side->setVisible(total > 0);
    if (total > 0) {
        m_stack->setCurrentWidget(m_grid);
    } else if (filtered) {
        m_empty->setTitle(tr("No videos match"));
        m_empty->setHint(tr("Nothing matches the search or the filter \"%1\". Clear the search or choose "
                            "\"All videos\".")
                             .arg(m_filter->currentText()));
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_empty->setTitle(tr("Your library is empty"));
        m_empty->setHint(tr("Drop videos or folders here, or press Ctrl+O to choose files. Files are "
                            "never copied or changed."));
        m_stack->setCurrentWidget(m_empty);
    }
    // A reload clears the view's selection: keep showing the same video if it is listed,
    // else the first one, so the preview and the details always show something.
    if (m_shownVideoId != 0 && m_model->rowOf(m_shownVideoId) >= 0)
        selectVideo(m_shownVideoId);
    else if (m_model->rowCount() > 0)
        selectVideo(m_model->videoAt(0)->id);
    else
        onSelectionChanged();
    // The reload dropped the thumbnails that were still waiting, the poster's too.
    showPoster();
}

std::optional<Video> LibraryPage::selectedVideo() const
{
    const QModelIndexList rows = m_grid->selectionModel()->selectedIndexes();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->videoAt(rows.first().row());
}

void LibraryPage::selectVideo(qint64 videoId)
{
    const int row = m_model->rowOf(videoId);
    if (row < 0)
        return;
    m_grid->selectionModel()->setCurrentIndex(m_model->index(row), QItemSelectionModel::ClearAndSelect);
}

void LibraryPage::onSelectionChanged()
{
    const std::optional<Video> video = selectedVideo();
    m_compose->setEnabled(video.has_value());
    m_remove->setEnabled(video.has_value());
    const qint64 id = video ? video->id : 0;
    if (id == m_shownVideoId && (video.has_value() == m_details->videoId().has_value()))
        return;
    m_shownVideoId = id;
    m_details->setVideo(video);
    m_preview->setVideo(video ? video->path : QString(), video ? video->durationMs : 0);
    showPoster();
}

void LibraryPage::showPoster()
{
    const int row = m_model->rowOf(m_shownVideoId);
    if (row < 0) {
        m_preview->setPoster({});
        return;
    }
    // A sharper frame made for the preview's size; the tile's thumbnail until it is there.
    const QImage large = m_thumbnails->thumbnail(*m_model->videoAt(row), kPosterSize);
    if (!large.isNull()) {
        QPixmap poster = QPixmap::fromImage(large);
        poster.setDevicePixelRatio(ThumbnailCache::kScale);
        m_preview->setPoster(poster);
        return;
    }
    m_preview->setPoster(m_model->index(row).data(Qt::DecorationRole).value<QPixmap>());
}

void LibraryPage::composeSelected()
{
    if (const std::optional<Video> video = selectedVideo())
        Q_EMIT composeRequested(video->id);
}

void LibraryPage::confirmRemoveSelected()
{
    const std::optional<Video> video = selectedVideo();
    if (!video)
        return;
    // Window-modal and asynchronous: the event loop (imports, thumbnails) keeps running.
    auto *box
        = new QMessageBox(QMessageBox::Question, tr("Remove from library"),
                          tr("Remove \"%1\" from the library? Its posts and queued jobs go too. The file "
                             "stays on disk.")
                              .arg(video->path),
                          QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("removeConfirm"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Cancel);
    const qint64 id = video->id;
    connect(box, &QMessageBox::finished, this, [this, box, id](int) {
        if (box->standardButton(box->clickedButton()) != QMessageBox::Yes)
            return;
        const Status status = m_model->remove(id);
        if (!status) {
            m_error->setText(status.error().message);
            m_error->show();
        }
    });
    box->open();
}

void LibraryPage::openImportDialog()
{
    QStringList patterns;
    for (const QString &extension : VideoImporter::videoExtensions())
        patterns << QStringLiteral("*.") + extension;
    auto *dialog = new QFileDialog(this, tr("Import videos"),
                                   QStandardPaths::writableLocation(QStandardPaths::MoviesLocation),
                                   tr("Videos (%1);;All files (*)").arg(patterns.join(QLatin1Char(' '))));
    dialog->setObjectName(QStringLiteral("importDialog"));
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::filesSelected, this, &LibraryPage::importPaths);
    dialog->open();
}

void LibraryPage::saveTags(qint64 videoId, const QStringList &tags)
{
    const Status status = m_model->updateTags(videoId, tags);
    m_details->setTagsError(status ? QString()
                                   : tr("The tags were not saved: %1").arg(status.error().message));
}

} // namespace travelflow
