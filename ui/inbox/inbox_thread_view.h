#pragma once

#include "core/interaction.h"

#include <QSet>
#include <QTimer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace travelflow {

class AppServices;
class EmptyState;
class InboxActions;

// One inbox item in its conversation: the comment and its replies in order, the lead
// verdict with its reason, the lead's state, notes, the lead / not-a-lead call and a reply
// box. Replies go through the app's reply outbox: shown as "sending…" until the platform
// confirms, then as part of the thread. With no item it shows a hint instead of the form.
class InboxThreadView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kNotesSaveDelayMs = 800;

    InboxThreadView(AppServices &services, InboxActions &actions, QWidget *parent = nullptr);
    ~InboxThreadView() override;

    // Shows the item (0 = none). Unsaved notes of the previous item are saved first.
    void setItem(qint64 id);
    qint64 itemId() const { return m_item ? m_item->id : 0; }
    // Reads the item and its thread again.
    void refresh();
    void saveNotes();

public Q_SLOTS:
    void sendReply();
    void toggleLead();

Q_SIGNALS:
    // The user called the item a lead or not a lead (it may leave a leads-only list).
    void leadCallMade(qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildThread();
    void showVerdict();
    void showReplyOptions();
    void markLead(bool lead);
    void sendDue();
    void onReplyChanged(qint64 replyId, OutgoingReply::State state);
    void showError(const QString &message);

    AppServices &m_services;
    InboxActions &m_actions;
    QStackedWidget *m_pages = nullptr;
    EmptyState *m_placeholder = nullptr; // while no item is shown
    QWidget *m_content = nullptr;
    std::optional<Interaction> m_item;
    QSet<qint64> m_pendingReplies; // outbox ids sent from here and not settled yet
    bool m_sending = false;
    bool m_sendAgain = false;
    bool m_notesDirty = false;
    QTimer m_notesTimer;

    QLabel *m_header = nullptr;
    QListWidget *m_thread = nullptr;
    QLabel *m_verdict = nullptr;
    QComboBox *m_leadState = nullptr;
    QPushButton *m_notLead = nullptr;
    QPushButton *m_markLead = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QPlainTextEdit *m_reply = nullptr;
    QCheckBox *m_private = nullptr;
    QLabel *m_privateNote = nullptr;
    QLabel *m_replyUnavailable = nullptr;
    QPushButton *m_send = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace travelflow
