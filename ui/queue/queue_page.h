#pragma once

#include "storage/publish_job_repository.h"

#include <QWidget>

class QAction;
class QButtonGroup;
class QLabel;
class QMessageBox;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace travelflow {

class AppServices;
class EmptyState;
class QueueModel;

// The publishing queue as the user sees it: every job with its state, upload progress,
// the last error with what to do, and Retry / Cancel / Open on the platform. Filters: All,
// Active, Needs attention, Published. Ctrl+R retries, Delete cancels (after asking),
// Enter opens a published post.
class QueuePage : public QWidget
{
    Q_OBJECT

public:
    explicit QueuePage(AppServices &services, QWidget *parent = nullptr);

    QueueModel *model() const { return m_model; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    using Filter = PublishJobRepository::EntryFilter;

    QWidget *buildFilterBar();
    QWidget *buildContent();
    void setFilter(Filter filter);
    void reload();
    void updateStack();
    void updateDetails();
    int currentRow() const;
    void retryCurrent();
    void askToCancelCurrent();
    void cancelJob(qint64 jobId);
    void openCurrent();
    void showResult(const QString &text, bool error);

    AppServices &m_services;
    QueueModel *m_model = nullptr;
    QButtonGroup *m_filters = nullptr;
    QStackedWidget *m_stack = nullptr;
    EmptyState *m_empty = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_status = nullptr;
    QAction *m_retry = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_open = nullptr;
    QMessageBox *m_confirm = nullptr;
};

} // namespace travelflow
