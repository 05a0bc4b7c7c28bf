#include "queue_page.h"

#include "job_presentation.h"
#include "queue_model.h"
#include "queue_progress_delegate.h"
#include "services/app_services.h"
#include "widgets/empty_state.h"

#include <QAction>
#include <QButtonGroup>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace travelflow {

QueuePage::QueuePage(AppServices &services, QWidget *parent) : QWidget(parent), m_services(services)
{
    setObjectName(QStringLiteral("queuePage"));
    m_model = new QueueModel(services.database(), services.queue(), this);

    m_retry = new QAction(tr("&Retry"), this);
    m_retry->setObjectName(QStringLiteral("retryAction"));
    m_retry->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_retry->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_retry->setToolTip(tr("Put the post back in the queue (Ctrl+R)"));
    connect(m_retry, &QAction::triggered, this, &QueuePage::retryCurrent);
    m_cancel = new QAction(tr("&Cancel publishing…"), this);
    m_cancel->setObjectName(QStringLiteral("cancelAction"));
    m_cancel->setShortcut(QKeySequence::Delete);
    m_cancel->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_cancel->setToolTip(tr("Stop this post; it is not published (Delete)"));
    connect(m_cancel, &QAction::triggered, this, &QueuePage::askToCancelCurrent);
    m_open = new QAction(tr("&Open on the platform"), this);
    m_open->setObjectName(QStringLiteral("openAction"));
    m_open->setToolTip(tr("Open the published post in your browser (Enter)"));
    connect(m_open, &QAction::triggered, this, &QueuePage::openCurrent);
    addActions({m_retry, m_cancel, m_open});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildFilterBar());
    m_stack = new QStackedWidget(this);
    m_empty = new EmptyState(QStringLiteral("queue"), QString(), QString(), m_stack);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(buildContent());
    layout->addWidget(m_stack, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("queueStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    layout->addWidget(m_status);

    connect(m_model, &QAbstractItemModel::modelReset, this, &QueuePage::updateStack);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &QueuePage::updateStack);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &QueuePage::updateStack);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) {
                const int row = currentRow();
                if (row >= from.row() && row <= to.row())
                    updateDetails();
            });
    connect(m_model, &QueueModel::loadFailed, this,
            [this](const QString &message) { showResult(message, true); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &QueuePage::updateDetails);
    connect(m_view, &QTableView::activated, this, [this] {
        if (m_open->isEnabled())
            openCurrent();
    });

    // "Next try at 14:05" turns stale as time passes; the rows re-read their text.
    auto *clock = new QTimer(this);
    clock->setInterval(30000);
    connect(clock, &QTimer::timeout, this, [this] {
        if (isVisible() && m_model->rowCount() > 0)
            Q_EMIT m_model->dataChanged(m_model->index(0, QueueModel::StateColumn),
                                        m_model->index(m_model->rowCount() - 1, QueueModel::StateColumn));
    });
    clock->start();

    updateStack();
}

QWidget *QueuePage::buildFilterBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_filters = new QButtonGroup(bar);
    m_filters->setExclusive(true);
    const auto add = [&](Filter filter, const QString &text, const char *name) {
        auto *button = new QToolButton(bar);
        button->setText(text);
        button->setCheckable(true);
        button->setObjectName(QLatin1String(name));
        button->setAccessibleName(tr("Show: %1").arg(QString(text).remove(QLatin1Char('&'))));
        button->setAutoRaise(true);
        m_filters->addButton(button, static_cast<int>(filter));
        row->addWidget(button);
    };
    add(Filter::All, tr("&All"), "filterAll");
    add(Filter::Active, tr("A&ctive"), "filterActive");
    add(Filter::NeedsAttention, tr("&Needs attention"), "filterNeedsAttention");
    add(Filter::Published, tr("&Published"), "filterPublished");
    m_filters->button(static_cast<int>(Filter::All))->setChecked(true);
    connect(m_filters, &QButtonGroup::idClicked, this,
            [this](int id) { setFilter(static_cast<Filter>(id)); });
    row->addStretch(1);
    return bar;
}

QWidget *QueuePage::buildContent()
{
    auto *content = new QWidget(m_stack);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);

    m_view = new QTableView(content);
    m_view->setObjectName(QStringLiteral("queueView"));
    m_view->setAccessibleName(tr("Publishing queue"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(QueueModel::ProgressColumn, new QueueProgressDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QueueModel::PostColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(QueueModel::AccountColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(QueueModel::StateColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(QueueModel::ProgressColumn, QHeaderView::Interactive);
    m_view->horizontalHeader()->resizeSection(QueueModel::ProgressColumn, 320);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_view->indexAt(pos);
        if (!index.isValid())
            return;
        m_view->setCurrentIndex(index);
        QMenu menu(this);
        menu.addActions({m_retry, m_cancel, m_open});
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    layout->addWidget(m_view, 1);

    m_details = new QLabel(content);
    m_details->setObjectName(QStringLiteral("jobDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setAccessibleName(tr("Selected post"));
    layout->addWidget(m_details);

    auto *buttons = new QHBoxLayout;
    const auto addButton = [&](QAction *action, const char *name) {
        auto *button = new QPushButton(action->text(), content);
        button->setObjectName(QLatin1String(name));
        button->setAccessibleName(QString(action->text()).remove(QLatin1Char('&')).remove(QChar(0x2026)));
        button->setToolTip(action->toolTip());
        button->setEnabled(action->isEnabled());
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        connect(action, &QAction::enabledChanged, button, &QWidget::setEnabled);
        buttons->addWidget(button);
    };
    addButton(m_retry, "retryButton");
    addButton(m_cancel, "cancelButton");
    addButton(m_open, "openButton");
    buttons->addStretch(1);
    layout->addLayout(buttons);
    return content;
}

void QueuePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload(); // Compose may have queued posts meanwhile
}

void QueuePage::setFilter(Filter filter)
{
    m_model->setFilter(filter);
    if (QAbstractButton *button = m_filters->button(static_cast<int>(filter)))
        button->setChecked(true);
    updateStack();
}

void QueuePage::reload()
{
    const int row = currentRow();
    const qint64 selected = row >= 0 ? m_model->entry(row).job.id : 0;
    m_model->reload();
    const int again = selected != 0 ? m_model->rowOf(selected) : -1;
    if (again >= 0)
        m_view->setCurrentIndex(m_model->index(again, 0));
    updateStack();
}

void QueuePage::updateStack()
{
    const bool empty = m_model->rowCount() == 0;
    if (empty) {
        switch (m_model->filter()) {
        case Filter::All:
            m_empty->setTitle(tr("The queue is empty"));
            m_empty->setHint(tr("Posts you publish or schedule in Compose appear here with their progress."));
            break;
        case Filter::Active:
            m_empty->setTitle(tr("Nothing is being published"));
            m_empty->setHint(
                tr("Queued, uploading and processing posts appear here. Choose All to see every post."));
            break;
        case Filter::NeedsAttention:
            m_empty->setTitle(tr("Nothing needs your attention"));
            m_empty->setHint(tr("Posts that failed or wait for you appear here with what to do."));
            break;
        case Filter::Published:
            m_empty->setTitle(tr("Nothing published yet"));
            m_empty->setHint(tr("Published posts appear here with a link to open them on the platform."));
            break;
        }
    }
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_stack->widget(1));
    if (!empty && currentRow() < 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    updateDetails();
}

int QueuePage::currentRow() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void QueuePage::updateDetails()
{
    const int row = currentRow();
    if (row < 0) {
        m_details->clear();
        m_retry->setEnabled(false);
        m_cancel->setEnabled(false);
        m_open->setEnabled(false);
        return;
    }
    const QModelIndex index = m_model->index(row, QueueModel::StateColumn);
    const QString state = index.data(Qt::DisplayRole).toString();
    const QString message = index.data(QueueModel::MessageRole).toString();
    const QString post = m_model->index(row, QueueModel::PostColumn).data().toString();
    m_details->setText(message.isEmpty() ? tr("%1: %2").arg(post, state)
                                         : tr("%1: %2\n%3").arg(post, state, message));
    m_retry->setEnabled(index.data(QueueModel::CanRetryRole).toBool());
    m_cancel->setEnabled(index.data(QueueModel::CanCancelRole).toBool());
    m_open->setEnabled(index.data(QueueModel::UrlRole).toUrl().isValid());
}

void QueuePage::retryCurrent()
{
    const int row = currentRow();
    if (row < 0 || !m_retry->isEnabled())
        return;
    const qint64 jobId = m_model->entry(row).job.id;
    if (Status done = m_services.queue().retry(jobId); !done)
        showResult(done.error().message, true);
    else
        showResult(tr("The post is back in the queue."), false);
}

void QueuePage::askToCancelCurrent()
{
    const int row = currentRow();
    if (row < 0 || !m_cancel->isEnabled() || m_confirm)
        return;
    const qint64 jobId = m_model->entry(row).job.id;
    // Asked without a nested event loop (open(), not exec()): the queue keeps running.
    m_confirm
        = new QMessageBox(QMessageBox::Question, tr("Cancel publishing?"),
                          tr("Stop publishing \"%1\"? Nothing more is uploaded; you can use Retry later.")
                              .arg(m_model->index(row, QueueModel::PostColumn).data().toString()),
                          QMessageBox::Yes | QMessageBox::No, this);
    m_confirm->setObjectName(QStringLiteral("cancelConfirmation"));
    m_confirm->setDefaultButton(QMessageBox::No);
    m_confirm->button(QMessageBox::Yes)->setText(tr("Cancel publishing"));
    m_confirm->button(QMessageBox::No)->setText(tr("Keep it"));
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirm, &QMessageBox::finished, this, [this, jobId](int result) {
        m_confirm = nullptr;
        if (result == QMessageBox::Yes)
            cancelJob(jobId);
    });
    m_confirm->open();
}

void QueuePage::cancelJob(qint64 jobId)
{
    if (Status done = m_services.queue().cancel(jobId); !done)
        showResult(done.error().message, true);
    else
        showResult(tr("Publishing was cancelled; use Retry to queue the post again."), false);
}

void QueuePage::openCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const QUrl url = m_model->index(row, 0).data(QueueModel::UrlRole).toUrl();
    if (url.isValid() && !QDesktopServices::openUrl(url))
        showResult(tr("Could not open %1: no web browser is set up. Copy the address into a browser.")
                       .arg(url.toString()),
                   true);
}

void QueuePage::showResult(const QString &text, bool error)
{
    m_status->setText(text);
    QPalette colours = palette();
    if (error) // an accent that reads on light and dark windows
        colours.setColor(QPalette::WindowText, QColor(0xdc, 0x26, 0x26));
    m_status->setPalette(colours);
    m_status->setVisible(!text.isEmpty());
}

} // namespace travelflow
