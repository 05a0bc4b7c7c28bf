#pragma once

#include <QWidget>

class QFileDialog;
class QLabel;
class QListView;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace travelflow {

class AppServices;
class EmptyState;
class InboxActions;
class InboxFilterBar;
class InboxListModel;
class InboxThreadView;
struct InboxSyncReport;

// The inbox: every comment, reply and message of the connected accounts in one list that
// pages through SQL, filters (leads, unread, platform, account, words), the selected item's
// conversation with a reply box and the lead's triage, "Sync now" and the CSV export of
// the leads (plain or for Excel, chosen as the file type in the save dialog).
class InboxPage : public QWidget
{
    Q_OBJECT

public:
    explicit InboxPage(AppServices &services, QWidget *parent = nullptr);
    ~InboxPage() override;

    // Leads nobody has contacted yet (see InboxActions).
    int newLeadCount() const { return m_newLeadCount; }

    InboxListModel *model() const { return m_model; }

public Q_SLOTS:
    // Reads the list again, keeping the selected item selected when it is still there.
    void reload();
    void syncNow();
    // Writes the leads to `path` in the background; the result shows in the status line.
    // `forExcel` starts the file with a byte-order mark so Excel reads non-English text right.
    void exportLeadsTo(const QString &path, bool forExcel = false);

Q_SIGNALS:
    // The number of leads in state "new" changed.
    void newLeadCountChanged(int count);
    // An export finished (rows written, or -1 after an error shown in the status line).
    void exportFinished(qint64 rows);

private:
    void applyFilter();
    void onLoaded();
    void onCurrentChanged();
    void selectId(qint64 id);
    void archiveCurrent();
    void toggleLeadOfCurrent();
    void chooseExportFile();
    void onAccountSynced(const InboxSyncReport &report);
    void onRoundFinished(int added, int leads);
    void setSyncBusy(bool busy);
    void loadAccounts();
    void showStatus(const QString &text);

    AppServices &m_services;
    InboxActions *m_actions = nullptr;
    InboxListModel *m_model = nullptr;
    InboxFilterBar *m_filters = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QListView *m_list = nullptr;
    EmptyState *m_empty = nullptr;
    InboxThreadView *m_thread = nullptr;
    QPushButton *m_sync = nullptr;
    QProgressBar *m_syncBusy = nullptr;
    QPushButton *m_export = nullptr;
    QFileDialog *m_exportDialog = nullptr;
    QLabel *m_tiktokNote = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_status = nullptr;
    int m_newLeadCount = 0;
    QStringList m_syncErrors; // of the running round
};

} // namespace travelflow
