#include "import_panel.h"

#include "library/video_importer.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace travelflow {

ImportPanel::ImportPanel(const QSqlDatabase &db, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("importPanel"));
    m_importer = new VideoImporter(db, this);
    connect(m_importer, &VideoImporter::progress, this, &ImportPanel::onProgress);
    connect(m_importer, &VideoImporter::fileFinished, this, &ImportPanel::onFileFinished);
    connect(m_importer, &VideoImporter::finished, this, &ImportPanel::onFinished);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("importStatus"));
    row->addWidget(m_status, 1);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setAccessibleName(tr("Import progress"));
    row->addWidget(m_progress, 2);
    m_cancel = new QPushButton(tr("Stop"), this);
    m_cancel->setObjectName(QStringLiteral("importCancel"));
    m_cancel->setAccessibleName(tr("Stop the import"));
    m_cancel->setToolTip(tr("Stops after the current file; files already imported stay."));
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_pending.clear();
        m_importer->cancel();
    });
    row->addWidget(m_cancel);
    m_dismiss = new QToolButton(this);
    m_dismiss->setObjectName(QStringLiteral("importDismiss"));
    m_dismiss->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    m_dismiss->setAccessibleName(tr("Dismiss the import results"));
    m_dismiss->setToolTip(tr("Dismiss"));
    connect(m_dismiss, &QToolButton::clicked, this, [this] {
        m_results->clear();
        hide();
    });
    row->addWidget(m_dismiss);
    layout->addLayout(row);

    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("importResults"));
    m_results->setAccessibleName(tr("Import results"));
    m_results->setMaximumHeight(140);
    m_results->setWordWrap(true);
    layout->addWidget(m_results);
    hide();
}

bool ImportPanel::isRunning() const
{
    return m_importer->isRunning();
}

void ImportPanel::start(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    if (m_importer->isRunning()) {
        m_pending += paths;
        return;
    }
    begin(paths, true);
}

void ImportPanel::begin(const QStringList &paths, bool clearResults)
{
    if (clearResults)
        m_results->clear();
    m_status->setText(tr("Looking for videos..."));
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    m_dismiss->hide();
    show();
    m_importer->start(paths);
}

void ImportPanel::onProgress(int done, int total)
{
    m_progress->setRange(0, qMax(total, 1));
    m_progress->setValue(done);
    m_status->setText(tr("Importing %1 of %2...").arg(qMin(done + 1, total)).arg(total));
}

void ImportPanel::onFileFinished(const ImportResult &result)
{
    const QString name = QFileInfo(result.path).fileName();
    QString text;
    QStyle::StandardPixmap icon = QStyle::SP_DialogApplyButton;
    switch (result.outcome) {
    case ImportResult::Outcome::Imported: text = tr("%1: imported").arg(name); break;
    case ImportResult::Outcome::Duplicate:
        text = tr("%1: already in the library").arg(name);
        icon = QStyle::SP_MessageBoxInformation;
        break;
    case ImportResult::Outcome::Rejected:
        text = tr("%1: not imported. %2").arg(name, result.reason);
        icon = QStyle::SP_MessageBoxWarning;
        break;
    case ImportResult::Outcome::Skipped:
        text = tr("%1: skipped. %2").arg(name, result.reason);
        icon = QStyle::SP_MessageBoxInformation;
        break;
    }
    auto *item = new QListWidgetItem(style()->standardIcon(icon), text, m_results);
    item->setToolTip(result.path);
    item->setData(Qt::UserRole, int(result.outcome));
    item->setData(Qt::UserRole + 1, result.path);
    if (result.outcome == ImportResult::Outcome::Imported)
        Q_EMIT videoImported(result.videoId);
}

void ImportPanel::onFinished(const ImportSummary &summary)
{
    m_progress->hide();
    m_cancel->hide();
    m_dismiss->show();
    QString text = tr("%n video(s) imported", nullptr, summary.imported);
    if (summary.duplicates > 0)
        text += tr(", %n already in the library", nullptr, summary.duplicates);
    if (summary.rejected > 0)
        text += tr(", %n not imported (see why below)", nullptr, summary.rejected);
    if (summary.cancelled)
        text += tr(", stopped");
    m_status->setText(text + QLatin1Char('.'));
    Q_EMIT importFinished();
    if (!m_pending.isEmpty()) {
        const QStringList next = std::exchange(m_pending, {});
        // After this signal returns: the importer is still inside its own finished().
        QMetaObject::invokeMethod(
            this, [this, next] { begin(next, false); }, Qt::QueuedConnection);
    }
}

} // namespace travelflow
