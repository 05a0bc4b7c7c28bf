#include "inbox_page.h"

#include "inbox/inbox_actions.h"
#include "inbox_filter_bar.h"
#include "inbox_item_delegate.h"
#include "inbox_list_model.h"
#include "inbox_thread_view.h"
#include "services/app_services.h"
#include "storage/database.h"
#include "widgets/empty_state.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace travelflow {

namespace {

// The export dialog's file types: plain CSV, or CSV with a byte-order mark for Excel.
QString plainCsvFilter()
{
    return InboxPage::tr("CSV (*.csv)");
}

QString excelCsvName()
{
    return InboxPage::tr("CSV for Excel");
}

QString excelCsvFilter()
{
    return excelCsvName() + QStringLiteral(" (*.csv)");
}

} // namespace

InboxPage::InboxPage(AppServices &services, QWidget *parent) : QWidget(parent), m_services(services)
{
    m_actions = new InboxActions(services.database(), this);
    m_model = new InboxListModel(services.database().connection(), this);

    auto *layout = new QVBoxLayout(this);

    // Filters, then what the user does to the whole inbox.
    auto *top = new QHBoxLayout;
    m_filters = new InboxFilterBar(this);
    top->addWidget(m_filters, 1);
    m_syncBusy = new QProgressBar(this);
    m_syncBusy->setObjectName(QStringLiteral("syncBusy"));
    m_syncBusy->setAccessibleName(tr("Syncing the inbox"));
    m_syncBusy->setRange(0, 0); // busy, no known end
    m_syncBusy->setMaximumWidth(80);
    m_syncBusy->setTextVisible(false);
    m_syncBusy->hide();
    m_sync = new QPushButton(tr("S&ync now"), this);
    m_sync->setObjectName(QStringLiteral("syncButton"));
    m_sync->setAccessibleName(tr("Sync the inbox now"));
    m_sync->setToolTip(
        tr("Fetch new comments and messages of every connected account and send queued replies"));
    m_export = new QPushButton(tr("&Export leads\u2026"), this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setAccessibleName(tr("Export the leads to a CSV file"));
    m_export->setToolTip(tr("Save the leads as a CSV file. For Excel, choose \u201c%1\u201d as the file "
                            "type so it reads non-English text right.")
                             .arg(excelCsvName()));
    top->addWidget(m_syncBusy);
    top->addWidget(m_sync);
    top->addWidget(m_export);
    layout->addLayout(top);

    m_tiktokNote
        = new QLabel(tr("TikTok's API gives apps no comment text, only counts, so TikTok comments do "
                        "not appear here; answer them in the TikTok app."),
                     this);
    m_tiktokNote->setObjectName(QStringLiteral("tiktokNote"));
    m_tiktokNote->setWordWrap(true);
    m_tiktokNote->setForegroundRole(QPalette::PlaceholderText);
    m_tiktokNote->hide();
    layout->addWidget(m_tiktokNote);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_listStack = new QStackedWidget(left);
    m_list = new QListView(m_listStack);
    m_list->setObjectName(QStringLiteral("inboxList"));
    m_list->setAccessibleName(tr("Comments and messages"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new InboxItemDelegate(m_list));
    // Rows are as tall as what they show and as wide as the view: the text is elided, never
    // scrolled sideways. Word wrap makes the view lay the rows out again when its width
    // changes, since a row's text may then take one line more or less.
    m_list->setUniformItemSizes(false);
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_empty = new EmptyState(QStringLiteral("inbox"), tr("No comments yet"),
                             tr("Connect an account; comments and messages arrive here, potential customers "
                                "marked as leads."),
                             m_listStack);
    m_listStack->addWidget(m_list);
    m_listStack->addWidget(m_empty);
    leftLayout->addWidget(m_listStack, 1);
    m_count = new QLabel(left);
    m_count->setObjectName(QStringLiteral("inboxCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    leftLayout->addWidget(m_count);
    m_thread = new InboxThreadView(services, *m_actions, splitter);
    splitter->addWidget(left);
    splitter->addWidget(m_thread);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("inboxStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    // Keyboard: Ctrl+F searches; on the list, L calls a lead and E archives.
    auto *find = new QShortcut(QKeySequence::Find, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, m_filters, &InboxFilterBar::focusSearch);
    auto *leadKey = new QShortcut(QKeySequence(Qt::Key_L), m_list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(leadKey, &QShortcut::activated, this, &InboxPage::toggleLeadOfCurrent);
    auto *archiveKey = new QShortcut(QKeySequence(Qt::Key_E), m_list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(archiveKey, &QShortcut::activated, this, &InboxPage::archiveCurrent);

    connect(m_filters, &InboxFilterBar::filterChanged, this, &InboxPage::applyFilter);
    connect(m_model, &InboxListModel::loaded, this, &InboxPage::onLoaded);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &InboxPage::onLoaded);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &InboxPage::onCurrentChanged);
    connect(m_actions, &InboxActions::changed, m_model, &InboxListModel::refreshItem);
    connect(m_actions, &InboxActions::newLeadCountChanged, this, [this](int count) {
        m_newLeadCount = count;
        Q_EMIT newLeadCountChanged(count);
    });
    connect(m_thread, &InboxThreadView::leadCallMade, this, [this] {
        if (m_model->filter().leadsOnly)
            reload(); // the item may have left the leads
    });
    connect(m_sync, &QPushButton::clicked, this, &InboxPage::syncNow);
    connect(m_export, &QPushButton::clicked, this, &InboxPage::chooseExportFile);
    connect(&services.inboxSync(), &InboxSync::newLead, m_actions, &InboxActions::refreshNewLeadCount);
    connect(&services.inbox(), &InboxScheduler::accountSynced, this, &InboxPage::onAccountSynced);
    connect(&services.inbox(), &InboxScheduler::roundFinished, this, &InboxPage::onRoundFinished);
    connect(&services.accounts(), &AccountService::connected, this, &InboxPage::loadAccounts);

    loadAccounts();
    applyFilter();
    m_actions->refreshNewLeadCount();
    setSyncBusy(services.inbox().isRunning());
}

InboxPage::~InboxPage() = default;

void InboxPage::loadAccounts()
{
    auto accounts = m_services.accounts().accounts();
    if (!accounts) {
        showStatus(accounts.error().message);
        return;
    }
    m_filters->setAccounts(*accounts);
    const bool tiktok = std::any_of(accounts->cbegin(), accounts->cend(),
                                    [](const Account &a) { return a.platform == Platform::TikTok; });
    m_tiktokNote->setVisible(tiktok);
}

void InboxPage::applyFilter()
{
    const qint64 selected = m_thread->itemId();
    m_model->setFilter(m_filters->filter());
    selectId(selected);
}

void InboxPage::reload()
{
    const qint64 selected = m_thread->itemId();
    m_model->reload();
    selectId(selected);
}

void InboxPage::onLoaded()
{
    if (!m_model->lastError().isEmpty())
        showStatus(m_model->lastError());
    const bool empty = m_model->rowCount() == 0;
    if (empty && m_filters->isFiltering()) {
        m_empty->setTitle(tr("Nothing matches"));
        m_empty->setHint(tr("No comment or message matches these filters. Clear the search or the filters "
                            "to see everything."));
    } else if (empty) {
        m_empty->setTitle(tr("No comments yet"));
        m_empty->setHint(tr("Connect an account in Accounts, then press Sync now: comments and messages "
                            "arrive here, potential customers marked as leads."));
    }
    m_listStack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_list);
    // With nothing at all to read, the conversation pane has nothing to offer either.
    m_thread->setVisible(!empty || m_filters->isFiltering());
    m_count->setText(tr("%n item(s)", nullptr, static_cast<int>(m_model->totalCount())));
    if (empty)
        m_thread->setItem(0);
}

void InboxPage::selectId(qint64 id)
{
    const int row = id > 0 ? m_model->rowOf(id) : -1;
    if (row < 0) {
        m_list->selectionModel()->clearCurrentIndex();
        m_thread->setItem(0);
        return;
    }
    m_list->setCurrentIndex(m_model->index(row));
}

void InboxPage::onCurrentChanged()
{
    const QModelIndex current = m_list->currentIndex();
    const Interaction *item = m_model->item(current.row());
    const qint64 id = current.isValid() && item ? item->id : 0;
    if (id == m_thread->itemId())
        return;
    // Reading an item marks it read (an answered or archived one keeps its state).
    if (item && item->state == Interaction::State::New) {
        if (auto st = m_actions->setState(id, Interaction::State::Read); !st)
            showStatus(st.error().message);
    }
    m_thread->setItem(id);
}

void InboxPage::toggleLeadOfCurrent()
{
    if (m_thread->itemId() != 0)
        m_thread->toggleLead();
}

void InboxPage::archiveCurrent()
{
    const qint64 id = m_thread->itemId();
    if (id == 0)
        return;
    if (auto st = m_actions->setState(id, Interaction::State::Archived); !st)
        return showStatus(st.error().message);
    showStatus(tr("Archived."));
    m_thread->refresh();
}

void InboxPage::syncNow()
{
    m_syncErrors.clear();
    setSyncBusy(true);
    showStatus(tr("Syncing\u2026"));
    m_services.inbox().syncNow();
}

void InboxPage::setSyncBusy(bool busy)
{
    m_syncBusy->setVisible(busy);
    m_sync->setEnabled(!busy);
}

void InboxPage::onAccountSynced(const InboxSyncReport &report)
{
    if (report.error) {
        m_syncErrors.append(
            tr("%1 account %2: %3").arg(report.platform).arg(report.accountId).arg(report.error->message));
    }
}

void InboxPage::onRoundFinished(int added, int leads)
{
    setSyncBusy(false);
    QString text = tr("Synced: %n new item(s)", nullptr, added) + tr(", %n new lead(s).", nullptr, leads);
    if (!m_syncErrors.isEmpty())
        text += QLatin1Char(' ') + m_syncErrors.join(QLatin1Char(' '))
            + tr(" What was fetched is kept; the next sync continues from there.");
    m_syncErrors.clear();
    showStatus(text);
    reload();
    m_actions->refreshNewLeadCount();
}

void InboxPage::chooseExportFile()
{
    if (!m_exportDialog) {
        m_exportDialog
            = new QFileDialog(this, tr("Export leads"),
                              QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), QString());
        m_exportDialog->setObjectName(QStringLiteral("exportDialog"));
        m_exportDialog->setAcceptMode(QFileDialog::AcceptSave);
        m_exportDialog->setDefaultSuffix(QStringLiteral("csv"));
        m_exportDialog->setOption(QFileDialog::DontUseNativeDialog);
        // The file type says how the CSV is written; the dialog keeps the last choice.
        m_exportDialog->setNameFilters({plainCsvFilter(), excelCsvFilter()});
        connect(m_exportDialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
            exportLeadsTo(path, m_exportDialog->selectedNameFilter() == excelCsvFilter());
        });
    }
    m_exportDialog->selectFile(tr("leads.csv"));
    m_exportDialog->open();
}

void InboxPage::exportLeadsTo(const QString &path, bool forExcel)
{
    m_export->setEnabled(false);
    showStatus(tr("Exporting the leads\u2026"));
    m_actions->exportLeads(path, forExcel, [this, path](const Expected<qint64> &rows) {
        m_export->setEnabled(true);
        if (!rows) {
            showStatus(rows.error().message);
            Q_EMIT exportFinished(-1);
            return;
        }
        showStatus(tr("%n lead(s) written to %1.", nullptr, static_cast<int>(*rows))
                       .arg(QDir::toNativeSeparators(path)));
        Q_EMIT exportFinished(*rows);
    });
}

void InboxPage::showStatus(const QString &text)
{
    m_status->setText(text);
}

} // namespace travelflow
