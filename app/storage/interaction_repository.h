#pragma once

#include "core/expected.h"
#include "core/interaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <utility>

class QSqlQuery;

namespace travelflow {

// Which inbox items a view or the CLI wants. Views page with limit/offset.
struct InteractionFilter
{
    qint64 accountId = 0; // 0 = all accounts
    bool leadsOnly = false; // the user's label wins over the classifier's
    bool unreadOnly = false; // state "new"
    QString search; // words, all of which must occur (full-text, prefix match, any case)
    std::optional<Platform> platform; // nullopt = all platforms
    QString remotePostId; // empty = every post
    // Only leads in this state; New also matches a lead nobody has triaged yet (no state).
    std::optional<Interaction::LeadState> leadState;
    bool hideOwn = false; // leave out what the connected account wrote itself (its replies)
    // Keyset paging: only items after this one in the list's order (newest first), so a
    // view fetches its next window without the database counting past the earlier ones.
    QDateTime beforeCreatedAt; // invalid = from the newest
    qint64 beforeId = 0;
    int limit = -1; // < 0 = all
    int offset = 0;
};

// Reads and writes the `interactions` table: the inbox's comments, replies and messages
// with their lead verdicts and the user's triage.
class InteractionRepository
{
    Q_DECLARE_TR_FUNCTIONS(InteractionRepository)

public:
    explicit InteractionRepository(const QSqlDatabase &db);

    // Stores the interaction unless one with the same (account, kind, remote id) exists.
    // Returns the row's id and whether it was inserted now. An existing row is left as
    // it is. An invalid fetchedAt becomes now; an invalid createdAt becomes fetchedAt.
    // Runs its own transaction.
    Expected<std::pair<qint64, bool>> insertIfNew(const Interaction &interaction);
    // The same for a whole page in one transaction (all stored or none); results in order.
    // A reply whose parentId is 0 is linked to its parent by remoteParentId when that is stored.
    Expected<QList<std::pair<qint64, bool>>> insertBatch(const QList<Interaction> &interactions);

    Expected<std::optional<Interaction>> get(qint64 id);

    // Newest first (by created_at, then id). `accountId` 0 = all accounts; `limit` < 0 = all.
    Expected<QList<Interaction>> list(qint64 accountId = 0, int limit = -1, int offset = 0);

    // Newest first, filtered; uses the full-text index for `search`.
    Expected<QList<Interaction>> find(const InteractionFilter &filter);
    Expected<qint64> count(const InteractionFilter &filter);
    // The stored item of an account with this platform id, if any.
    Expected<std::optional<Interaction>> findRemote(qint64 accountId, Interaction::Kind kind,
                                                    const QString &remoteId);

    // A conversation in order, oldest first: the top-level item `rootId` and every item
    // stored as its reply (including the account's own answers).
    Expected<QList<Interaction>> thread(qint64 rootId);

    // What the user knows the posts as (the title, or the caption when there is no title),
    // for the posts TravelFlow published; remote post id -> text. Unknown ids are left out.
    Expected<QHash<QString, QString>> postTitles(const QStringList &remotePostIds);

    // How many replies to the comment `remoteParentId` of the account are stored.
    Expected<qint64> countReplies(qint64 accountId, const QString &remoteParentId);

    Status setState(qint64 id, Interaction::State state);
    // What the classifier said.
    Status setLeadVerdict(qint64 id, Interaction::LeadLabel label, double score, const QString &reason);
    // What the user said; nullopt (or Unknown) clears it so the classifier's verdict counts.
    Status setUserLeadLabel(qint64 id, std::optional<Interaction::LeadLabel> label);
    Status setLeadState(qint64 id, std::optional<Interaction::LeadState> state);
    Status setNotes(qint64 id, const QString &notes);

private:
    Status update(qint64 id, const QString &assignments, const QVariantList &values,
                  const QString &operation);
    Status checkUpdated(const QSqlQuery &q, qint64 id) const;

    QSqlDatabase m_db;
};

} // namespace travelflow
