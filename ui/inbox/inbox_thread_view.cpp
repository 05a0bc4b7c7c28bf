#include "inbox_thread_view.h"

#include "inbox/inbox_actions.h"
#include "inbox_item_delegate.h"
#include "services/app_services.h"
#include "storage/database.h"
#include "storage/interaction_repository.h"
#include "storage/reply_outbox_repository.h"
#include "widgets/empty_state.h"
#include "widgets/platform_style.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace travelflow {

namespace {

constexpr int kReplyStateRole = Qt::UserRole + 1; // outbox state name of a reply not confirmed yet

QString entryText(const QString &who, const QDateTime &when, const QString &text)
{
    const QString time = InboxItemDelegate::relativeTime(when, QDateTime::currentDateTimeUtc());
    return time.isEmpty() ? who + QLatin1Char('\n') + text
                          : QStringLiteral("%1 \u00b7 %2\n%3").arg(who, time, text);
}

QString placeholderHint()
{
    return InboxThreadView::tr("Select a comment or message in the list to read its conversation, answer "
                               "it and sort out leads. On the list, L marks a lead and E archives.");
}

} // namespace

InboxThreadView::InboxThreadView(AppServices &services, InboxActions &actions, QWidget *parent)
    : QWidget(parent), m_services(services), m_actions(actions)
{
    setObjectName(QStringLiteral("threadView"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_pages = new QStackedWidget(this);
    outer->addWidget(m_pages);
    m_placeholder
        = new EmptyState(QStringLiteral("inbox"), tr("No conversation open"), placeholderHint(), m_pages);
    m_placeholder->setObjectName(QStringLiteral("threadEmptyState"));
    m_pages->addWidget(m_placeholder);
    m_content = new QWidget(m_pages);
    m_content->setObjectName(QStringLiteral("threadContent"));
    m_pages->addWidget(m_content);
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);

    m_header = new QLabel(m_content);
    m_header->setObjectName(QStringLiteral("threadHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setOpenExternalLinks(true);
    m_header->setTextInteractionFlags(Qt::TextBrowserInteraction);
    layout->addWidget(m_header);

    m_thread = new QListWidget(m_content);
    m_thread->setObjectName(QStringLiteral("threadList"));
    m_thread->setAccessibleName(tr("Conversation"));
    m_thread->setWordWrap(true);
    m_thread->setAlternatingRowColors(true);
    m_thread->setSelectionMode(QAbstractItemView::NoSelection);
    layout->addWidget(m_thread, 2);

    // The lead: verdict, state, the user's call.
    m_verdict = new QLabel(m_content);
    m_verdict->setObjectName(QStringLiteral("leadVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_verdict);

    auto *leadRow = new QHBoxLayout;
    m_leadState = new QComboBox(m_content);
    m_leadState->setObjectName(QStringLiteral("leadStateCombo"));
    m_leadState->setAccessibleName(tr("Lead state"));
    m_leadState->addItem(tr("New"), static_cast<int>(Interaction::LeadState::New));
    m_leadState->addItem(tr("Contacted"), static_cast<int>(Interaction::LeadState::Contacted));
    m_leadState->addItem(tr("Won"), static_cast<int>(Interaction::LeadState::Won));
    m_leadState->addItem(tr("Lost"), static_cast<int>(Interaction::LeadState::Lost));
    auto *stateLabel = new QLabel(tr("Lead &state:"), m_content);
    stateLabel->setBuddy(m_leadState);
    m_notLead = new QPushButton(tr("&Not a lead"), m_content);
    m_notLead->setObjectName(QStringLiteral("notLeadButton"));
    m_notLead->setToolTip(tr("Take it out of the leads; the lead finder learns from it (L)"));
    m_markLead = new QPushButton(QIcon(QStringLiteral(":/icons/lead.svg")), tr("&Mark as lead"), m_content);
    m_markLead->setObjectName(QStringLiteral("markLeadButton"));
    m_markLead->setToolTip(tr("A potential customer; the lead finder learns from it (L)"));
    leadRow->addWidget(stateLabel);
    leadRow->addWidget(m_leadState);
    leadRow->addStretch(1);
    leadRow->addWidget(m_notLead);
    leadRow->addWidget(m_markLead);
    layout->addLayout(leadRow);

    m_notes = new QPlainTextEdit(m_content);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setPlaceholderText(tr("Notes for yourself (saved as you type)"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);
    m_notes->installEventFilter(this);
    layout->addWidget(m_notes);

    // The reply box.
    m_replyUnavailable = new QLabel(m_content);
    m_replyUnavailable->setObjectName(QStringLiteral("replyUnavailable"));
    m_replyUnavailable->setWordWrap(true);
    m_replyUnavailable->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_replyUnavailable);
    m_reply = new QPlainTextEdit(m_content);
    m_reply->setObjectName(QStringLiteral("replyEdit"));
    m_reply->setAccessibleName(tr("Reply"));
    m_reply->setPlaceholderText(tr("Write a reply (Ctrl+Enter sends)"));
    m_reply->setTabChangesFocus(true);
    m_reply->setMaximumHeight(m_reply->fontMetrics().lineSpacing() * 5 + 12);
    layout->addWidget(m_reply);
    auto *replyRow = new QHBoxLayout;
    m_private = new QCheckBox(tr("Reply &privately (Instagram message)"), m_content);
    m_private->setObjectName(QStringLiteral("privateReplyCheck"));
    m_private->setAccessibleName(tr("Reply privately"));
    m_privateNote = new QLabel(m_content);
    m_privateNote->setObjectName(QStringLiteral("privateReplyNote"));
    m_privateNote->setWordWrap(true);
    m_privateNote->setForegroundRole(QPalette::PlaceholderText);
    m_send = new QPushButton(tr("&Send"), m_content);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setAccessibleName(tr("Send the reply"));
    m_send->setToolTip(tr("Send the reply (Ctrl+Enter)"));
    replyRow->addWidget(m_private);
    replyRow->addWidget(m_privateNote, 1);
    replyRow->addWidget(m_send);
    layout->addLayout(replyRow);

    m_status = new QLabel(m_content);
    m_status->setObjectName(QStringLiteral("replyStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    m_notesTimer.setSingleShot(true);
    m_notesTimer.setInterval(kNotesSaveDelayMs);
    connect(&m_notesTimer, &QTimer::timeout, this, &InboxThreadView::saveNotes);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        m_notesDirty = true;
        m_notesTimer.start();
    });
    connect(m_leadState, &QComboBox::activated, this, [this](int index) {
        if (!m_item)
            return;
        const auto state = static_cast<Interaction::LeadState>(m_leadState->itemData(index).toInt());
        if (auto st = m_actions.setLeadState(m_item->id, state); !st)
            return showError(st.error().message);
        m_item->leadState = state;
    });
    connect(m_notLead, &QPushButton::clicked, this, [this] { markLead(false); });
    connect(m_markLead, &QPushButton::clicked, this, [this] { markLead(true); });
    connect(m_send, &QPushButton::clicked, this, &InboxThreadView::sendReply);
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, m_reply, nullptr, nullptr, Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, &InboxThreadView::sendReply);
    }
    connect(&m_services.replies(), &ReplySender::replyChanged, this, &InboxThreadView::onReplyChanged);
    setItem(0);
}

InboxThreadView::~InboxThreadView()
{
    saveNotes();
}

void InboxThreadView::setItem(qint64 id)
{
    saveNotes();
    m_notesTimer.stop();
    m_status->clear();
    m_item.reset();
    m_placeholder->setHint(placeholderHint());
    if (id > 0) {
        auto item = InteractionRepository(m_services.database().connection()).get(id);
        if (!item)
            m_placeholder->setHint(item.error().message); // the form with its status line is hidden
        else if (*item)
            m_item = **item;
    }
    m_pages->setCurrentWidget(m_item ? m_content : static_cast<QWidget *>(m_placeholder));
    {
        const QSignalBlocker block(m_notes);
        m_notes->setPlainText(m_item ? m_item->notes : QString());
        m_notesDirty = false;
    }
    if (m_reply->property("itemId").toLongLong() != id) {
        m_reply->clear(); // a draft belongs to the item it was written for
        m_reply->setProperty("itemId", id);
    }
    refresh();
}

void InboxThreadView::refresh()
{
    if (m_item) {
        auto item = InteractionRepository(m_services.database().connection()).get(m_item->id);
        if (item && *item) {
            const QString notes = m_item->notes;
            m_item = **item;
            if (m_notesDirty)
                m_item->notes = notes;
        }
    }
    if (!m_item) {
        m_pages->setCurrentWidget(m_placeholder);
        m_header->clear();
        m_thread->clear();
        m_verdict->clear();
        m_replyUnavailable->hide();
        m_private->hide();
        m_privateNote->hide();
        return;
    }
    const Interaction &i = *m_item;
    QString header = tr("<b>%1</b> on %2")
                         .arg((i.authorName.isEmpty() ? tr("Someone") : i.authorName).toHtmlEscaped(),
                              platformDisplayName(i.platform));
    if (!i.permalink.isEmpty()) {
        header
            += QStringLiteral(" \u00b7 <a href=\"%1\">%2</a>")
                   .arg(i.permalink.toHtmlEscaped(), tr("Open on %1").arg(platformDisplayName(i.platform)));
    }
    m_header->setText(header);
    buildThread();
    showVerdict();
    showReplyOptions();
}

void InboxThreadView::buildThread()
{
    m_thread->clear();
    if (!m_item)
        return;
    const QSqlDatabase db = m_services.database().connection();
    const qint64 rootId
        = m_item->kind == Interaction::Kind::Reply && m_item->parentId > 0 ? m_item->parentId : m_item->id;
    auto thread = InteractionRepository(db).thread(rootId);
    if (!thread)
        return showError(thread.error().message);
    ReplyOutboxRepository outbox(db);
    QList<OutgoingReply> unconfirmed;
    for (const Interaction &entry : *thread) {
        const QString who
            = entry.fromOwner ? tr("You") : (entry.authorName.isEmpty() ? tr("Someone") : entry.authorName);
        // Replies are marked with an arrow; a plain list reads well with screen readers.
        auto *row = new QListWidgetItem(entryText(entry.id == rootId ? who : QStringLiteral("\u21b3 ") + who,
                                                  entry.createdAt, entry.text),
                                        m_thread);
        if (entry.id == m_item->id) {
            QFont font = row->font();
            font.setBold(true);
            row->setFont(font);
        }
        if (entry.fromOwner)
            continue;
        if (auto replies = outbox.listForInteraction(entry.id)) {
            for (const OutgoingReply &r : *replies) {
                // A public reply confirmed by the platform is in the thread already.
                if (r.state == OutgoingReply::State::Cancelled
                    || (r.state == OutgoingReply::State::Sent && r.kind == OutgoingReply::Kind::Public))
                    continue;
                unconfirmed.append(r);
            }
        }
    }
    for (const OutgoingReply &r : std::as_const(unconfirmed)) {
        QString who;
        switch (r.state) {
        case OutgoingReply::State::Queued:
        case OutgoingReply::State::Sending:
            who = r.lastErrorText.isEmpty()
                ? tr("You \u00b7 sending\u2026")
                : tr("You \u00b7 not sent yet, trying again (%1)").arg(r.lastErrorText);
            break;
        case OutgoingReply::State::Failed: who = tr("You \u00b7 not sent: %1").arg(r.lastErrorText); break;
        default: who = tr("You \u00b7 private reply, sent"); break;
        }
        auto *row = new QListWidgetItem(who + QLatin1Char('\n') + r.text, m_thread);
        row->setData(kReplyStateRole, replyStateName(r.state));
        row->setForeground(palette().brush(QPalette::PlaceholderText));
    }
    m_thread->scrollToBottom();
}

void InboxThreadView::showVerdict()
{
    const Interaction &i = *m_item;
    const bool userSaid = i.leadUserLabel.has_value();
    const bool lead = i.leadUserLabel.value_or(i.leadLabel) == Interaction::LeadLabel::Lead;
    QString verdict;
    if (lead) {
        verdict = userSaid ? tr("Lead (you marked it).")
                           : tr("Lead, %1% likely: %2").arg(qRound(i.leadScore * 100)).arg(i.leadReason);
    } else {
        verdict = userSaid ? tr("Not a lead (you marked it).") : tr("Not a lead.");
    }
    m_verdict->setText(verdict);
    m_notLead->setVisible(lead);
    m_markLead->setVisible(!lead);
    m_leadState->setEnabled(lead);
    m_leadState->setCurrentIndex(
        m_leadState->findData(static_cast<int>(i.leadState.value_or(Interaction::LeadState::New))));
}

void InboxThreadView::showReplyOptions()
{
    const Interaction &i = *m_item;
    const QString unavailable = InboxActions::replyUnavailableReason(i);
    m_replyUnavailable->setText(unavailable);
    m_replyUnavailable->setVisible(!unavailable.isEmpty());
    m_reply->setEnabled(unavailable.isEmpty());
    m_send->setEnabled(unavailable.isEmpty());
    const QString privateReason = unavailable.isEmpty() && i.platform == Platform::Instagram
        ? m_actions.privateReplyUnavailableReason(i, QDateTime::currentDateTimeUtc())
        : QString();
    const bool privateAllowed
        = unavailable.isEmpty() && i.platform == Platform::Instagram && privateReason.isEmpty();
    m_private->setVisible(privateAllowed);
    if (!privateAllowed)
        m_private->setChecked(false);
    m_privateNote->setText(privateReason);
    m_privateNote->setVisible(!privateReason.isEmpty());
}

void InboxThreadView::saveNotes()
{
    m_notesTimer.stop();
    if (!m_notesDirty || !m_item)
        return;
    m_notesDirty = false;
    const QString notes = m_notes->toPlainText();
    if (auto st = m_actions.setNotes(m_item->id, notes); !st)
        return showError(st.error().message);
    m_item->notes = notes;
}

void InboxThreadView::toggleLead()
{
    if (m_item)
        markLead(m_item->leadUserLabel.value_or(m_item->leadLabel) != Interaction::LeadLabel::Lead);
}

void InboxThreadView::markLead(bool lead)
{
    if (!m_item)
        return;
    const qint64 id = m_item->id;
    if (auto st = m_actions.markLead(id, lead); !st)
        return showError(st.error().message);
    m_status->setText(lead ? tr("Marked as a lead. The lead finder learns from it.")
                           : tr("Marked as not a lead. The lead finder learns from it."));
    refresh();
    Q_EMIT leadCallMade(id);
}

void InboxThreadView::sendReply()
{
    if (!m_item || !m_send->isEnabled())
        return;
    const auto kind = m_private->isVisible() && m_private->isChecked() ? OutgoingReply::Kind::Private
                                                                       : OutgoingReply::Kind::Public;
    auto queued = m_services.replies().enqueue(m_item->id, kind, m_reply->toPlainText());
    if (!queued)
        return showError(queued.error().message);
    m_pendingReplies.insert(*queued);
    m_reply->clear();
    m_private->setChecked(false);
    m_status->setText(tr("Sending\u2026"));
    buildThread();
    showReplyOptions();
    sendDue();
}

void InboxThreadView::sendDue()
{
    if (m_sending) {
        m_sendAgain = true;
        return;
    }
    if (m_services.inbox().isRunning()) {
        // The running round sends due replies first; one more round right after it picks this
        // one up. Two sends at the same time could both take the same reply.
        m_services.inbox().syncNow();
        return;
    }
    m_sending = true;
    QPointer<InboxThreadView> self(this);
    m_services.replies().sendDue([self](int) {
        if (!self)
            return;
        self->m_sending = false;
        if (self->m_sendAgain) {
            self->m_sendAgain = false;
            self->sendDue();
        }
    });
}

void InboxThreadView::onReplyChanged(qint64 replyId, OutgoingReply::State state)
{
    const bool mine = m_pendingReplies.contains(replyId);
    if (mine && (state == OutgoingReply::State::Sent || state == OutgoingReply::State::Failed)) {
        m_pendingReplies.remove(replyId);
        if (state == OutgoingReply::State::Sent) {
            m_status->setText(tr("Sent."));
        } else {
            auto reply = ReplyOutboxRepository(m_services.database().connection()).get(replyId);
            showError(tr("Not sent: %1").arg(reply && *reply ? (*reply)->lastErrorText : QString()));
        }
    }
    if (m_item)
        refresh();
}

void InboxThreadView::showError(const QString &message)
{
    m_status->setText(message);
}

bool InboxThreadView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_notes && event->type() == QEvent::FocusOut)
        saveNotes();
    return QWidget::eventFilter(watched, event);
}

} // namespace travelflow
