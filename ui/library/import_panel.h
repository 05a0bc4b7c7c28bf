#pragma once

#include <QSqlDatabase>
#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace travelflow {

class VideoImporter;
struct ImportResult;
struct ImportSummary;

// Runs imports and shows how they go: a progress bar while files are checked, then one
// line per file (imported, already in the library, or rejected with the reason) until
// the user dismisses it. Paths given while an import runs are imported after it.
class ImportPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ImportPanel(const QSqlDatabase &db, QWidget *parent = nullptr);

    void start(const QStringList &paths);
    bool isRunning() const;

Q_SIGNALS:
    void videoImported(qint64 videoId);
    void importFinished();

private:
    void begin(const QStringList &paths, bool clearResults);
    void onProgress(int done, int total);
    void onFileFinished(const ImportResult &result);
    void onFinished(const ImportSummary &summary);

    VideoImporter *m_importer = nullptr;
    QStringList m_pending;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QToolButton *m_dismiss = nullptr;
    QListWidget *m_results = nullptr;
};

} // namespace travelflow
