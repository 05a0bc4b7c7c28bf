#include "interaction_batch_writer.h"

#include "sql_helpers.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace travelflow {

namespace {

// The columns a new row gets, in this order in the staging table and in the INSERT.
const QString kRowColumns = QStringLiteral(
    "account_id, platform, kind, remote_id, remote_parent_id, parent_id, remote_post_id, thread_id, "
    "author_id, author_name, text, created_at, updated_at, fetched_at, lead_label, lead_score, lead_reason, "
    "lead_user_label, state, lead_state, notes, permalink, can_reply, from_owner");
constexpr int kRowValues = 25; // seq + the 24 columns above
// Ids an UPDATE names at most (far below every engine's limit on parameters).
constexpr qsizetype kIdsPerStatement = 500;

QString keyOf(qint64 accountId, const QString &kind, const QString &remoteId)
{
    return QString::number(accountId) + QLatin1Char('\x1f') + kind + QLatin1Char('\x1f') + remoteId;
}

QString keyOf(const Interaction &i)
{
    return keyOf(i.accountId, interactionKindName(i.kind), i.remoteId);
}

void bindRow(QSqlQuery &q, qsizetype seq, const Interaction &i, const QDateTime &now)
{
    const QDateTime fetchedAt = i.fetchedAt.isValid() ? i.fetchedAt : now;
    const QDateTime createdAt = i.createdAt.isValid() ? i.createdAt : fetchedAt;
    const auto userLabel = i.leadUserLabel.value_or(Interaction::LeadLabel::Unknown);
    q.addBindValue(seq);
    q.addBindValue(i.accountId);
    q.addBindValue(platformName(i.platform));
    q.addBindValue(interactionKindName(i.kind));
    q.addBindValue(sql::notNull(i.remoteId));
    q.addBindValue(sql::nullIfEmpty(i.remoteParentId));
    q.addBindValue(i.parentId > 0 ? QVariant(i.parentId) : QVariant());
    q.addBindValue(sql::nullIfEmpty(i.remotePostId));
    q.addBindValue(sql::nullIfEmpty(i.threadId));
    q.addBindValue(sql::notNull(i.authorId));
    q.addBindValue(sql::notNull(i.authorName));
    q.addBindValue(sql::notNull(i.text));
    q.addBindValue(sql::fromDateTime(createdAt));
    q.addBindValue(sql::fromDateTime(i.updatedAt));
    q.addBindValue(sql::fromDateTime(fetchedAt));
    q.addBindValue(leadLabelName(i.leadLabel));
    q.addBindValue(i.leadScore);
    q.addBindValue(sql::notNull(i.leadReason));
    q.addBindValue(userLabel == Interaction::LeadLabel::Unknown ? QVariant()
                                                                : QVariant(leadLabelName(userLabel)));
    q.addBindValue(interactionStateName(i.state));
    q.addBindValue(i.leadState ? QVariant(leadStateName(*i.leadState)) : QVariant());
    q.addBindValue(sql::notNull(i.notes));
    q.addBindValue(sql::notNull(i.permalink));
    q.addBindValue(i.canReply ? 1 : 0);
    q.addBindValue(i.fromOwner ? 1 : 0);
}

QString placeholders(int count)
{
    QString out;
    out.reserve(count * 2 + 2);
    out += QLatin1Char('(');
    for (int k = 0; k < count; ++k)
        out += k == 0 ? QStringLiteral("?") : QStringLiteral(",?");
    out += QLatin1Char(')');
    return out;
}

} // namespace

InteractionBatchWriter::InteractionBatchWriter(const QSqlDatabase &db) : m_db(db) { }

Expected<QList<std::pair<qint64, bool>>> InteractionBatchWriter::write(const QList<Interaction> &interactions,
                                                                       const QString &operation)
{
    if (interactions.isEmpty())
        return QList<std::pair<qint64, bool>>();
    if (auto st = stage(interactions, operation); !st)
        return st.error();

    // The new rows, in the batch's order (the first of two equal keys wins).
    QSqlQuery insert(m_db);
    insert.setForwardOnly(true);
    insert.prepare(QStringLiteral("INSERT INTO interactions (") + kRowColumns + QStringLiteral(") SELECT ")
                   + kRowColumns
                   + QStringLiteral(" FROM interaction_stage WHERE true ORDER BY seq "
                                    "ON CONFLICT (account_id, kind, remote_id) DO NOTHING "
                                    "RETURNING id, account_id, kind, remote_id"));
    if (auto err = sql::exec(insert, operation))
        return *err;
    QHash<QString, qint64> inserted;
    while (insert.next())
        inserted.insert(
            keyOf(insert.value(1).toLongLong(), insert.value(2).toString(), insert.value(3).toString()),
            insert.value(0).toLongLong());
    insert.finish();

    QList<qint64> orphans; // new replies whose parent is known only by its remote id
    QList<std::pair<qint64, bool>> results(interactions.size(), {0, false});
    QSet<QString> claimed;
    bool missing = false;
    for (qsizetype k = 0; k < interactions.size(); ++k) {
        const Interaction &i = interactions.at(k);
        const QString key = keyOf(i);
        const auto it = inserted.constFind(key);
        if (it == inserted.cend()) {
            missing = true;
            continue;
        }
        const bool first = !claimed.contains(key);
        claimed.insert(key);
        results[k] = {*it, first};
        if (first && i.parentId <= 0 && !i.remoteParentId.isEmpty())
            orphans.append(*it);
    }
    if (missing) {
        // Already stored before this batch: those rows' ids, left as they are.
        QSqlQuery find(m_db);
        find.setForwardOnly(true);
        if (!find.exec(QStringLiteral(
                "SELECT s.seq, i.id FROM interaction_stage s JOIN interactions i ON "
                "i.account_id = s.account_id AND i.kind = s.kind AND i.remote_id = s.remote_id")))
            return sql::storageError(operation, find);
        while (find.next()) {
            const qsizetype k = find.value(0).toLongLong();
            if (k >= 0 && k < results.size() && results.at(k).first == 0)
                results[k] = {find.value(1).toLongLong(), false};
        }
        for (const auto &r : std::as_const(results)) {
            if (r.first == 0)
                return Error::make(
                    Error::Kind::Storage, QStringLiteral("storage.interaction_lost"),
                    tr("Could not %1: the item was neither stored nor found. Try the sync again.")
                        .arg(operation));
        }
    }
    if (auto st = linkParents(orphans, operation); !st)
        return st.error();
    QSqlQuery clear(m_db);
    if (!clear.exec(QStringLiteral("DELETE FROM interaction_stage")))
        return sql::storageError(operation, clear);
    return results;
}

Status InteractionBatchWriter::stage(const QList<Interaction> &interactions, const QString &operation)
{
    QSqlQuery q(m_db);
    // Per connection; a rolled-back batch leaves it empty, a committed one empties it.
    if (!q.exec(QStringLiteral(
            "CREATE TEMP TABLE IF NOT EXISTS interaction_stage (seq INTEGER PRIMARY KEY, account_id INTEGER, "
            "platform TEXT, kind TEXT, remote_id TEXT, remote_parent_id TEXT, parent_id INTEGER, "
            "remote_post_id "
            "TEXT, thread_id TEXT, author_id TEXT, author_name TEXT, text TEXT, created_at TEXT, updated_at "
            "TEXT, "
            "fetched_at TEXT, lead_label TEXT, lead_score REAL, lead_reason TEXT, lead_user_label TEXT, "
            "state TEXT, "
            "lead_state TEXT, notes TEXT, permalink TEXT, can_reply INTEGER, from_owner INTEGER)"))
        || !q.exec(QStringLiteral("DELETE FROM interaction_stage")))
        return sql::storageError(operation, q);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO interaction_stage (seq, ") + kRowColumns + QStringLiteral(") VALUES ")
                   + placeholders(kRowValues));
    for (qsizetype k = 0; k < interactions.size(); ++k) {
        bindRow(insert, k, interactions.at(k), now);
        if (auto err = sql::exec(insert, operation))
            return *err;
    }
    return {};
}

Status InteractionBatchWriter::linkParents(const QList<qint64> &ids, const QString &operation)
{
    for (qsizetype from = 0; from < ids.size(); from += kIdsPerStatement) {
        const qsizetype count = std::min(kIdsPerStatement, ids.size() - from);
        QStringList marks(count, QStringLiteral("?"));
        QSqlQuery q(m_db);
        q.prepare(
            QStringLiteral("UPDATE interactions SET parent_id = (SELECT p.id FROM interactions p WHERE "
                           "p.account_id = interactions.account_id AND p.kind IN ('comment', 'reply') AND "
                           "p.remote_id = interactions.remote_parent_id ORDER BY p.id LIMIT 1) WHERE id IN (")
            + marks.join(QLatin1Char(',')) + QStringLiteral(")"));
        for (qsizetype k = from; k < from + count; ++k)
            q.addBindValue(ids.at(k));
        if (auto err = sql::exec(q, operation))
            return *err;
    }
    return {};
}

} // namespace travelflow
