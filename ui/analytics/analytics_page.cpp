#include "analytics_page.h"

#include "engagement_chart.h"
#include "published_posts_model.h"
#include "queue/platform_post_url.h"
#include "services/app_services.h"
#include "storage/database.h"
#include "storage/metrics_repository.h"
#include "widgets/empty_state.h"
#include "widgets/platform_style.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace travelflow {

AnalyticsPage::AnalyticsPage(AppServices &services, QWidget *parent) : QWidget(parent), m_services(services)
{
    setObjectName(QStringLiteral("analyticsPage"));
    m_model = new PublishedPostsModel(services.database(), this);

    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_refresh = new QPushButton(tr("&Refresh metrics"), this);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_refresh->setAccessibleName(tr("Refresh metrics"));
    m_refresh->setToolTip(tr("Ask the platforms for the latest views, likes, comments and shares (F5)"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    connect(m_refresh, &QPushButton::clicked, this, &AnalyticsPage::refresh);
    bar->addWidget(m_refresh);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("refreshResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bar->addWidget(m_result, 1);
    layout->addLayout(bar);

    m_stack = new QStackedWidget(this);
    m_empty = new EmptyState(
        QStringLiteral("analytics"), tr("No numbers yet"),
        tr("Publish a post from Compose; its views, likes, comments and shares appear here over time."),
        m_stack);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(buildContent());
    layout->addWidget(m_stack, 1);

    connect(m_model, &QAbstractItemModel::modelReset, this, &AnalyticsPage::updateStack);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AnalyticsPage::updateStack);
    connect(m_model, &PublishedPostsModel::loadFailed, m_result, &QLabel::setText);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AnalyticsPage::showSelected);
    updateStack();
}

QWidget *AnalyticsPage::buildContent()
{
    auto *splitter = new QSplitter(Qt::Horizontal, m_stack);

    m_view = new QTableView(splitter);
    m_view->setObjectName(QStringLiteral("postsView"));
    m_view->setAccessibleName(tr("Published posts"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    // One line per post: the title is cut with "…" (its tooltip has the rest).
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setIconSize(QSize(16, 16));
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(qMax(fontMetrics().height(), 16) + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(PublishedPostsModel::PostColumn, QHeaderView::Stretch);
    // Most viewed first, the order people look for.
    header->setSortIndicator(PublishedPostsModel::ViewsColumn, Qt::DescendingOrder);
    m_view->setSortingEnabled(true);
    sizeColumns();
    splitter->addWidget(m_view);

    auto *right = new QWidget(splitter);
    auto *column = new QVBoxLayout(right);
    column->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(right);
    m_title->setObjectName(QStringLiteral("postTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    column->addWidget(m_title);

    m_chart = new EngagementChart(right);
    m_chart->setPlaceholder(
        tr("No numbers for this post yet. Use Refresh metrics to take the first snapshot."));

    auto *toggles = new QHBoxLayout;
    const QList<EngagementChart::Series> &series = m_chart->series();
    for (int metric = 0; metric < series.size(); ++metric) {
        auto *box = new QCheckBox(series.at(metric).name, right);
        box->setObjectName(QStringLiteral("showSeries%1").arg(metric));
        box->setChecked(true);
        box->setToolTip(tr("Show or hide this line; the scale follows what is shown."));
        connect(box, &QCheckBox::toggled, m_chart,
                [this, metric](bool on) { m_chart->setSeriesVisible(metric, on); });
        toggles->addWidget(box);
    }
    toggles->addStretch(1);
    m_open = new QPushButton(tr("&Open on the platform"), right);
    m_open->setObjectName(QStringLiteral("openPostButton"));
    m_open->setAccessibleName(tr("Open on the platform"));
    connect(m_open, &QPushButton::clicked, this, [this] {
        const int row = m_view->currentIndex().row();
        if (row < 0)
            return;
        const PublishedPostMetrics &p = m_model->post(row);
        const QUrl url = platformPostUrl(p.platform, p.remotePostId, p.permalink, p.accountName);
        if (!QDesktopServices::openUrl(url))
            m_result->setText(
                tr("Could not open %1: no web browser is set up. Copy the address into a browser.")
                    .arg(url.toString()));
    });
    toggles->addWidget(m_open);
    column->addLayout(toggles);
    column->addWidget(m_chart, 1);
    splitter->addWidget(right);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    m_splitter = splitter;
    splitter->installEventFilter(this);
    return splitter;
}

void AnalyticsPage::sizeColumns()
{
    // Numbers as wide as their header (with room for the sort arrow) or a six-digit count.
    const QFontMetrics metrics = m_view->fontMetrics();
    const QLocale locale;
    const int arrow = m_view->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, m_view) + 8;
    const int padding = 2 * m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 8;
    QHeaderView *header = m_view->horizontalHeader();
    for (int column = PublishedPostsModel::ViewsColumn; column < PublishedPostsModel::ColumnCount; ++column) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        const QString sample = column == PublishedPostsModel::PublishedColumn
            ? PublishedPostsModel::publishedText(QDateTime(QDate(2026, 12, 28), QTime(23, 59)))
            : locale.toString(999'999);
        header->resizeSection(
            column,
            qMax(metrics.horizontalAdvance(title) + arrow, metrics.horizontalAdvance(sample) + padding));
    }
}

int AnalyticsPage::preferredListWidth() const
{
    int numbers = 0;
    for (int column = PublishedPostsModel::ViewsColumn; column < PublishedPostsModel::ColumnCount; ++column)
        numbers += m_view->horizontalHeader()->sectionSize(column);
    // Room for an icon and about 24 characters of title, plus the frame and a scroll bar.
    const int title = 16 + 8 + m_view->fontMetrics().averageCharWidth() * 24;
    return numbers + title + 2 * m_view->frameWidth()
        + m_view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_view);
}

bool AnalyticsPage::eventFilter(QObject *watched, QEvent *event)
{
    // The first time the splitter has its width, the list gets a fair share: what its
    // columns need, between 40 % and 55 % of the width. After that, the user's drag counts.
    if (watched == m_splitter && event->type() == QEvent::Resize && !m_splitterPlaced) {
        const int total = m_splitter->width() - m_splitter->handleWidth();
        if (total > 200) {
            m_splitterPlaced = true;
            const int list = qBound(total * 40 / 100, preferredListWidth(), total * 55 / 100);
            m_splitter->setSizes({list, total - list});
        }
    }
    return QWidget::eventFilter(watched, event);
}

void AnalyticsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload(); // posts may have been published meanwhile
}

void AnalyticsPage::reload()
{
    const qint64 selected = selectedJob();
    m_model->reload();
    const int row = selected != 0 ? m_model->rowOf(selected) : -1;
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
    updateStack();
    showSelected();
}

void AnalyticsPage::updateStack()
{
    const bool empty = m_model->rowCount() == 0;
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_stack->widget(1));
    if (!empty && !m_view->currentIndex().isValid()) {
        // The first post that has numbers, so the chart shows something; else the first.
        int row = 0;
        for (int i = 0; i < m_model->rowCount(); ++i) {
            if (m_model->post(i).snapshotCount > 0) {
                row = i;
                break;
            }
        }
        m_view->setCurrentIndex(m_model->index(row, 0));
        m_view->scrollTo(m_view->currentIndex());
    }
}

qint64 AnalyticsPage::selectedJob() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(PublishedPostsModel::JobIdRole).toLongLong() : 0;
}

void AnalyticsPage::showSelected()
{
    const int row = m_view->currentIndex().row();
    m_open->setEnabled(row >= 0);
    if (row < 0) {
        m_title->clear();
        m_chart->setSnapshots({});
        return;
    }
    const PublishedPostMetrics &p = m_model->post(row);
    m_title->setText(tr("%1 on %2 (%3)")
                         .arg(m_model->index(row, PublishedPostsModel::PostColumn).data().toString(),
                              platformDisplayName(p.platform), p.accountName));
    auto snapshots = MetricsRepository(m_services.database().connection()).listForJob(p.publishJobId);
    if (!snapshots) {
        m_result->setText(snapshots.error().message);
        m_chart->setSnapshots({});
        return;
    }
    m_chart->setSnapshots(*snapshots);
}

void AnalyticsPage::refresh()
{
    m_refresh->setEnabled(false);
    m_result->setText(tr("Asking the platforms for the latest numbers…"));
    QPointer<AnalyticsPage> self(this);
    m_services.metrics().syncAll([self](const MetricsSync::Report &report) {
        if (!self)
            return; // the window closed meanwhile
        self->m_refresh->setEnabled(true);
        QString text = tr("New numbers for %n post(s).", nullptr, report.snapshots);
        if (report.skipped > 0)
            text += QLatin1Char(' ')
                + tr("%n post(s) were refreshed less than an hour ago and were left as they are.", nullptr,
                     report.skipped);
        if (report.failed > 0)
            text += QLatin1Char(' ')
                + tr("%n post(s) failed: %1 Check the accounts in Accounts, then try again.", nullptr,
                     report.failed)
                      .arg(report.lastError);
        self->m_result->setText(text);
        self->reload();
        Q_EMIT self->refreshFinished();
    });
}

} // namespace travelflow
