#pragma once

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace travelflow {

class AppServices;
class EmptyState;
class ImportPanel;
class ThumbnailCache;
class VideoDetailsPanel;
class VideoListModel;
class VideoPreview;
struct Video;

// The library: a grid of thumbnails (paged from the database), search and a publish-state
// filter, import by drag-and-drop or Ctrl+O with per-file results, a preview player and
// the selected video's details with its tags. Enter (or "Compose post") asks the window
// to write a post for the selected video; Delete removes it from the library after a
// confirmation (the file stays on disk).
class LibraryPage : public QWidget
{
    Q_OBJECT

public:
    explicit LibraryPage(AppServices &services, QWidget *parent = nullptr);
    ~LibraryPage() override;

    // Imports files and folders, as a drop does.
    void importPaths(const QStringList &paths);

Q_SIGNALS:
    // The user asked to write a post for this video.
    void composeRequested(qint64 videoId);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QWidget *buildToolbar();
    void setUpShortcuts();
    void applyFilter();
    void onReloaded();
    void onSelectionChanged();
    void showPoster();
    std::optional<Video> selectedVideo() const;
    void selectVideo(qint64 videoId);
    void composeSelected();
    void confirmRemoveSelected();
    void openImportDialog();
    void saveTags(qint64 videoId, const QStringList &tags);

    ThumbnailCache *m_thumbnails = nullptr;
    VideoListModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_filter = nullptr;
    QPushButton *m_compose = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_error = nullptr;
    ImportPanel *m_import = nullptr;
    QStackedWidget *m_stack = nullptr;
    QListView *m_grid = nullptr;
    QWidget *m_side = nullptr;
    EmptyState *m_empty = nullptr;
    VideoPreview *m_preview = nullptr;
    VideoDetailsPanel *m_details = nullptr;
    QTimer *m_searchDelay = nullptr;
    QTimer *m_reloadDelay = nullptr;
    qint64 m_shownVideoId = 0;
};

} // namespace travelflow
