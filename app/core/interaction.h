#pragma once

#include "platform.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace travelflow {

// A comment, a reply or a private message from the audience.
struct Interaction
{
    enum class Kind {
        Comment,
        Reply,
        Message
    };
    enum class State {
        New,
        Read,
        Replied,
        Archived
    };
    enum class LeadLabel {
        Unknown,
        Lead,
        Not
    };
    enum class LeadState {
        New,
        Contacted,
        Won,
        Lost
    };

    qint64 id = 0;
    qint64 accountId = 0;
    Platform platform = Platform::TikTok;
    Kind kind = Kind::Comment;
    QString remoteId;
    QString remoteParentId;
    qint64 parentId = 0; // 0 = top level
    QString remotePostId;
    QString threadId;
    QString authorId;
    QString authorName;
    QString text;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime fetchedAt;
    LeadLabel leadLabel = LeadLabel::Unknown;
    double leadScore = 0;
    QString leadReason;
    std::optional<LeadLabel> leadUserLabel; // what the user said, overrides the classifier
    State state = State::New;
    std::optional<LeadState> leadState;
    QString notes;
    QString permalink; // where the user can open it on the platform
    bool canReply = true;
    bool fromOwner = false; // written by the connected account itself
};

QString interactionKindName(Interaction::Kind kind);
std::optional<Interaction::Kind> interactionKindFromName(const QString &name);
QString interactionStateName(Interaction::State state);
std::optional<Interaction::State> interactionStateFromName(const QString &name);
QString leadLabelName(Interaction::LeadLabel label);
std::optional<Interaction::LeadLabel> leadLabelFromName(const QString &name);
QString leadStateName(Interaction::LeadState state);
std::optional<Interaction::LeadState> leadStateFromName(const QString &name);

// A reply waiting to be sent, or sent. Persisted before sending so it goes out once.
struct OutgoingReply
{
    enum class Kind {
        Public,
        Private
    };
    enum class State {
        Queued,
        Sending,
        Sent,
        Failed,
        Cancelled
    };

    qint64 id = 0;
    qint64 interactionId = 0;
    Kind kind = Kind::Public;
    QString text;
    State state = State::Queued;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString remoteId;
    QString lastErrorCode;
    QString lastErrorText;
    QDateTime createdAt;
    QDateTime updatedAt;
};

QString replyKindName(OutgoingReply::Kind kind);
std::optional<OutgoingReply::Kind> replyKindFromName(const QString &name);
QString replyStateName(OutgoingReply::State state);
std::optional<OutgoingReply::State> replyStateFromName(const QString &name);

// Engagement counters of one published post at one moment. Absent = the platform did
// not report that counter.
struct MetricsSnapshot
{
    qint64 id = 0;
    qint64 publishJobId = 0;
    QDateTime takenAt;
    std::optional<qint64> views;
    std::optional<qint64> likes;
    std::optional<qint64> comments;
    std::optional<qint64> shares;
};

} // namespace travelflow
