// String names of the enums stored in SQLite and printed by the CLI. One table per
// enum; the names are part of the database format and of the CLI's JSON output.

#include "account.h"
#include "interaction.h"
#include "publish_job.h"

#include <array>
#include <utility>

namespace travelflow {
namespace {

template<typename E, std::size_t N>
using NameTable = std::array<std::pair<E, const char *>, N>;

template<typename E, std::size_t N>
QString nameIn(const NameTable<E, N> &table, E value)
{
    for (const auto &[v, name] : table) {
        if (v == value)
            return QLatin1String(name);
    }
    return {};
}

template<typename E, std::size_t N>
std::optional<E> valueIn(const NameTable<E, N> &table, const QString &name)
{
    for (const auto &[v, n] : table) {
        if (name == QLatin1String(n))
            return v;
    }
    return std::nullopt;
}

constexpr NameTable<Account::Status, 3> kAccountStatus{{
    {Account::Status::Connected, "connected"},
    {Account::Status::NeedsReconnect, "needs_reconnect"},
    {Account::Status::Disconnected, "disconnected"},
}};

constexpr NameTable<PublishJob::State, 7> kPublishState{{
    {PublishJob::State::Queued, "queued"},
    {PublishJob::State::Uploading, "uploading"},
    {PublishJob::State::Processing, "processing"},
    {PublishJob::State::Published, "published"},
    {PublishJob::State::Failed, "failed"},
    {PublishJob::State::NeedsAttention, "needs_attention"},
    {PublishJob::State::Cancelled, "cancelled"},
}};

constexpr NameTable<PublishJob::Stage, 5> kPublishStage{{
    {PublishJob::Stage::NotStarted, "not_started"},
    {PublishJob::Stage::Uploading, "uploading"},
    {PublishJob::Stage::Processing, "processing"},
    {PublishJob::Stage::Published, "published"},
    {PublishJob::Stage::Failed, "failed"},
}};

constexpr NameTable<Interaction::Kind, 3> kInteractionKind{{
    {Interaction::Kind::Comment, "comment"},
    {Interaction::Kind::Reply, "reply"},
    {Interaction::Kind::Message, "message"},
}};

constexpr NameTable<Interaction::State, 4> kInteractionState{{
    {Interaction::State::New, "new"},
    {Interaction::State::Read, "read"},
    {Interaction::State::Replied, "replied"},
    {Interaction::State::Archived, "archived"},
}};

constexpr NameTable<Interaction::LeadLabel, 3> kLeadLabel{{
    {Interaction::LeadLabel::Unknown, "unknown"},
    {Interaction::LeadLabel::Lead, "lead"},
    {Interaction::LeadLabel::Not, "not"},
}};

constexpr NameTable<Interaction::LeadState, 4> kLeadState{{
    {Interaction::LeadState::New, "new"},
    {Interaction::LeadState::Contacted, "contacted"},
    {Interaction::LeadState::Won, "won"},
    {Interaction::LeadState::Lost, "lost"},
}};

constexpr NameTable<OutgoingReply::Kind, 2> kReplyKind{{
    {OutgoingReply::Kind::Public, "public"},
    {OutgoingReply::Kind::Private, "private"},
}};

constexpr NameTable<OutgoingReply::State, 5> kReplyState{{
    {OutgoingReply::State::Queued, "queued"},
    {OutgoingReply::State::Sending, "sending"},
    {OutgoingReply::State::Sent, "sent"},
    {OutgoingReply::State::Failed, "failed"},
    {OutgoingReply::State::Cancelled, "cancelled"},
}};

} // namespace

QString accountStatusName(Account::Status s)
{
    return nameIn(kAccountStatus, s);
}
std::optional<Account::Status> accountStatusFromName(const QString &n)
{
    return valueIn(kAccountStatus, n);
}
QString publishStateName(PublishJob::State s)
{
    return nameIn(kPublishState, s);
}
std::optional<PublishJob::State> publishStateFromName(const QString &n)
{
    return valueIn(kPublishState, n);
}
QString publishStageName(PublishJob::Stage s)
{
    return nameIn(kPublishStage, s);
}
std::optional<PublishJob::Stage> publishStageFromName(const QString &n)
{
    return valueIn(kPublishStage, n);
}
QString interactionKindName(Interaction::Kind k)
{
    return nameIn(kInteractionKind, k);
}
std::optional<Interaction::Kind> interactionKindFromName(const QString &n)
{
    return valueIn(kInteractionKind, n);
}
QString interactionStateName(Interaction::State s)
{
    return nameIn(kInteractionState, s);
}
std::optional<Interaction::State> interactionStateFromName(const QString &n)
{
    return valueIn(kInteractionState, n);
}
QString leadLabelName(Interaction::LeadLabel l)
{
    return nameIn(kLeadLabel, l);
}
std::optional<Interaction::LeadLabel> leadLabelFromName(const QString &n)
{
    return valueIn(kLeadLabel, n);
}
QString leadStateName(Interaction::LeadState s)
{
    return nameIn(kLeadState, s);
}
std::optional<Interaction::LeadState> leadStateFromName(const QString &n)
{
    return valueIn(kLeadState, n);
}
QString replyKindName(OutgoingReply::Kind k)
{
    return nameIn(kReplyKind, k);
}
std::optional<OutgoingReply::Kind> replyKindFromName(const QString &n)
{
    return valueIn(kReplyKind, n);
}
QString replyStateName(OutgoingReply::State s)
{
    return nameIn(kReplyState, s);
}
std::optional<OutgoingReply::State> replyStateFromName(const QString &n)
{
    return valueIn(kReplyState, n);
}

} // namespace travelflow
