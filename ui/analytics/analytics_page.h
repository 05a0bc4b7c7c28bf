#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace travelflow {

class AppServices;
class EmptyState;
class EngagementChart;
class PublishedPostsModel;

// Engagement of the published posts: the posts with their latest numbers on the left
// (sortable), the selected post's views, likes, comments and shares over time on the right,
// and "Refresh metrics", which asks the platforms for new numbers in the background.
class AnalyticsPage : public QWidget
{
    Q_OBJECT

public:
    explicit AnalyticsPage(AppServices &services, QWidget *parent = nullptr);

    PublishedPostsModel *model() const { return m_model; }
    EngagementChart *chart() const { return m_chart; }
    QSplitter *splitter() const { return m_splitter; }

Q_SIGNALS:
    // A metrics refresh ended (the result text is shown on the page).
    void refreshFinished();

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildContent();
    void sizeColumns();
    int preferredListWidth() const;
    void reload();
    void updateStack();
    void showSelected();
    qint64 selectedJob() const;
    void refresh();

    AppServices &m_services;
    PublishedPostsModel *m_model = nullptr;
    QStackedWidget *m_stack = nullptr;
    EmptyState *m_empty = nullptr;
    QTableView *m_view = nullptr;
    QSplitter *m_splitter = nullptr;
    bool m_splitterPlaced = false;
    QLabel *m_title = nullptr;
    EngagementChart *m_chart = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_open = nullptr;
    QLabel *m_result = nullptr;
};

} // namespace travelflow
