#include "interaction_repository.h"

#include "interaction_batch_writer.h"
#include "sql_helpers.h"
#include "transaction.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>

namespace travelflow {

namespace {

const QString kColumns = QStringLiteral(
    "id, account_id, platform, kind, remote_id, remote_parent_id, parent_id, remote_post_id, "
    "thread_id, author_id, author_name, text, created_at, updated_at, fetched_at, lead_label, "
    "lead_score, lead_reason, lead_user_label, state, lead_state, notes, permalink, can_reply, from_owner");

Interaction readInteraction(const QSqlQuery &q)
{
    const auto col = [&q](const char *name) { return q.value(QLatin1String(name)); };
    Interaction i;
    i.id = col("id").toLongLong();
    i.accountId = col("account_id").toLongLong();
    i.platform = platformFromName(col("platform").toString()).value_or(Platform::TikTok);
    i.kind = interactionKindFromName(col("kind").toString()).value_or(Interaction::Kind::Comment);
    i.remoteId = col("remote_id").toString();
    i.remoteParentId = col("remote_parent_id").toString();
    i.parentId = col("parent_id").toLongLong(); // NULL reads as 0 = top level
    i.remotePostId = col("remote_post_id").toString();
    i.threadId = col("thread_id").toString();
    i.authorId = col("author_id").toString();
    i.authorName = col("author_name").toString();
    i.text = col("text").toString();
    i.createdAt = sql::toDateTime(col("created_at"));
    i.updatedAt = sql::toDateTime(col("updated_at"));
    i.fetchedAt = sql::toDateTime(col("fetched_at"));
    i.leadLabel = leadLabelFromName(col("lead_label").toString()).value_or(Interaction::LeadLabel::Unknown);
    i.leadScore = col("lead_score").toDouble();
    i.leadReason = col("lead_reason").toString();
    const QVariant userLabel = col("lead_user_label");
    if (!userLabel.isNull())
        i.leadUserLabel = leadLabelFromName(userLabel.toString());
    i.state = interactionStateFromName(col("state").toString()).value_or(Interaction::State::New);
    const QVariant leadState = col("lead_state");
    if (!leadState.isNull())
        i.leadState = leadStateFromName(leadState.toString());
    i.notes = col("notes").toString();
    i.permalink = col("permalink").toString();
    i.canReply = col("can_reply").toInt() != 0;
    i.fromOwner = col("from_owner").toInt() != 0;
    return i;
}

} // namespace

InteractionRepository::InteractionRepository(const QSqlDatabase &db) : m_db(db) { }

Expected<std::pair<qint64, bool>> InteractionRepository::insertIfNew(const Interaction &interaction)
{
    auto results = insertBatch({interaction});
    if (!results)
        return results.error();
    return results->constFirst();
}

Expected<QList<std::pair<qint64, bool>>>
InteractionRepository::insertBatch(const QList<Interaction> &interactions)
{
    const QString operation = tr("save the comment or message");
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error(operation);
    auto results = InteractionBatchWriter(m_db).write(interactions, operation);
    if (!results)
        return results.error(); // rolls back: a page is stored whole or not at all
    if (!tx.commit())
        return tx.error(operation);
    return *results;
}

Expected<std::optional<Interaction>> InteractionRepository::get(qint64 id)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM interactions WHERE id = ?"));
    q.addBindValue(id);
    if (auto err = sql::exec(q, tr("read the comment or message")))
        return *err;
    if (!q.next())
        return std::optional<Interaction>();
    return std::optional<Interaction>(readInteraction(q));
}

Expected<QList<Interaction>> InteractionRepository::list(qint64 accountId, int limit, int offset)
{
    QString statement = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM interactions");
    if (accountId != 0)
        statement += QStringLiteral(" WHERE account_id = ?");
    statement += QStringLiteral(" ORDER BY created_at DESC, id DESC");
    const bool paged = limit >= 0 || offset > 0;
    if (paged)
        statement += QStringLiteral(" LIMIT ? OFFSET ?");

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(statement);
    if (accountId != 0)
        q.addBindValue(accountId);
    if (paged) {
        q.addBindValue(limit >= 0 ? qint64(limit) : std::numeric_limits<qint64>::max());
        q.addBindValue(qMax(offset, 0));
    }
    if (auto err = sql::exec(q, tr("list the comments and messages")))
        return *err;
    QList<Interaction> result;
    while (q.next())
        result.append(readInteraction(q));
    return result;
}

namespace {

// User text never reaches FTS syntax: each word becomes a quoted prefix term.
QString ftsQuery(const QString &search)
{
    QStringList terms;
    const QStringList words = search.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (QString word : words) {
        word.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        terms.append(QLatin1Char('"') + word + QStringLiteral("\"*"));
    }
    return terms.join(QLatin1Char(' '));
}

QString whereFor(const InteractionFilter &f, QVariantList *values)
{
    QStringList clauses;
    if (f.accountId != 0) {
        clauses.append(QStringLiteral("account_id = ?"));
        values->append(f.accountId);
    }
    if (f.leadsOnly)
        clauses.append(QStringLiteral("COALESCE(lead_user_label, lead_label) = 'lead'"));
    if (f.unreadOnly)
        clauses.append(QStringLiteral("state = 'new'"));
    if (f.platform) {
        clauses.append(QStringLiteral("platform = ?"));
        values->append(platformName(*f.platform));
    }
    if (!f.remotePostId.isEmpty()) {
        clauses.append(QStringLiteral("remote_post_id = ?"));
        values->append(f.remotePostId);
    }
    if (f.leadState) {
        clauses.append(*f.leadState == Interaction::LeadState::New
                           ? QStringLiteral("(lead_state IS NULL OR lead_state = 'new')")
                           : QStringLiteral("lead_state = ?"));
        if (*f.leadState != Interaction::LeadState::New)
            values->append(leadStateName(*f.leadState));
    }
    if (f.hideOwn)
        clauses.append(QStringLiteral("from_owner = 0"));
    if (f.beforeCreatedAt.isValid()) {
        // The list's order is (created_at DESC, id DESC); timestamps are sortable text.
        clauses.append(QStringLiteral("(created_at < ? OR (created_at = ? AND id < ?))"));
        const QVariant at = sql::fromDateTime(f.beforeCreatedAt);
        values->append(at);
        values->append(at);
        values->append(f.beforeId);
    }
    const QString match = ftsQuery(f.search);
    if (!match.isEmpty()) {
        clauses.append(
            QStringLiteral("id IN (SELECT rowid FROM interactions_fts WHERE interactions_fts MATCH ?)"));
        values->append(match);
    }
    return clauses.isEmpty() ? QString() : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
}

} // namespace

Expected<QList<Interaction>> InteractionRepository::find(const InteractionFilter &filter)
{
    QVariantList values;
    QString statement = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM interactions")
        + whereFor(filter, &values) + QStringLiteral(" ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?");
    values.append(filter.limit >= 0 ? qint64(filter.limit) : std::numeric_limits<qint64>::max());
    values.append(qMax(filter.offset, 0));
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(statement);
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (auto err = sql::exec(q, tr("search the inbox")))
        return *err;
    QList<Interaction> result;
    while (q.next())
        result.append(readInteraction(q));
    return result;
}

Expected<qint64> InteractionRepository::count(const InteractionFilter &filter)
{
    QVariantList values;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM interactions") + whereFor(filter, &values));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (auto err = sql::exec(q, tr("count the inbox")))
        return *err;
    return q.next() ? q.value(0).toLongLong() : 0;
}

Expected<QList<Interaction>> InteractionRepository::thread(qint64 rootId)
{
    auto root = get(rootId);
    if (!root)
        return root.error();
    if (!*root)
        return QList<Interaction>();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if ((*root)->kind == Interaction::Kind::Message && !(*root)->threadId.isEmpty()) {
        // A conversation of private messages is held together by its thread id.
        q.prepare(QStringLiteral("SELECT ") + kColumns
                  + QStringLiteral(" FROM interactions WHERE account_id = ? AND kind = 'message' AND "
                                   "thread_id = ? ORDER BY created_at, id"));
        q.addBindValue((*root)->accountId);
        q.addBindValue((*root)->threadId);
    } else {
        q.prepare(QStringLiteral("SELECT ") + kColumns
                  + QStringLiteral(" FROM interactions WHERE id = ? OR parent_id = ? ORDER BY "
                                   "CASE WHEN id = ? THEN 0 ELSE 1 END, created_at, id"));
        q.addBindValue(rootId);
        q.addBindValue(rootId);
        q.addBindValue(rootId);
    }
    if (auto err = sql::exec(q, tr("read the conversation")))
        return *err;
    QList<Interaction> result;
    while (q.next())
        result.append(readInteraction(q));
    return result;
}

Expected<QHash<QString, QString>> InteractionRepository::postTitles(const QStringList &remotePostIds)
{
    QHash<QString, QString> titles;
    QStringList ids = remotePostIds;
    ids.removeAll(QString());
    ids.removeDuplicates();
    if (ids.isEmpty())
        return titles;
    QStringList marks;
    marks.reserve(ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i)
        marks.append(QStringLiteral("?"));
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT j.remote_post_id, t.title, t.caption FROM publish_jobs j JOIN "
                             "post_targets t ON t.id = j.post_target_id WHERE j.remote_post_id IN (")
              + marks.join(QLatin1Char(',')) + QLatin1Char(')'));
    for (const QString &id : std::as_const(ids))
        q.addBindValue(id);
    if (auto err = sql::exec(q, tr("read the post titles")))
        return *err;
    while (q.next()) {
        const QString title = q.value(1).toString().trimmed();
        titles.insert(q.value(0).toString(), title.isEmpty() ? q.value(2).toString().trimmed() : title);
    }
    return titles;
}

Expected<std::optional<Interaction>>
InteractionRepository::findRemote(qint64 accountId, Interaction::Kind kind, const QString &remoteId)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kColumns
              + QStringLiteral(" FROM interactions WHERE account_id = ? AND kind = ? AND remote_id = ?"));
    q.addBindValue(accountId);
    q.addBindValue(interactionKindName(kind));
    q.addBindValue(remoteId);
    if (auto err = sql::exec(q, tr("read the comment or message")))
        return *err;
    if (!q.next())
        return std::optional<Interaction>();
    return std::optional<Interaction>(readInteraction(q));
}

Expected<qint64> InteractionRepository::countReplies(qint64 accountId, const QString &remoteParentId)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM interactions WHERE account_id = ? AND remote_parent_id = "
                             "? AND kind = 'reply'"));
    q.addBindValue(accountId);
    q.addBindValue(remoteParentId);
    if (auto err = sql::exec(q, tr("count the replies")))
        return *err;
    return q.next() ? q.value(0).toLongLong() : 0;
}

Status InteractionRepository::setState(qint64 id, Interaction::State state)
{
    return update(id, QStringLiteral("state = ?"), {interactionStateName(state)}, tr("save the inbox state"));
}

Status InteractionRepository::setLeadVerdict(qint64 id, Interaction::LeadLabel label, double score,
                                             const QString &reason)
{
    return update(id, QStringLiteral("lead_label = ?, lead_score = ?, lead_reason = ?"),
                  {leadLabelName(label), score, sql::notNull(reason)}, tr("save the lead verdict"));
}

Status InteractionRepository::setUserLeadLabel(qint64 id, std::optional<Interaction::LeadLabel> label)
{
    const bool clear = !label || *label == Interaction::LeadLabel::Unknown;
    return update(id, QStringLiteral("lead_user_label = ?"),
                  {clear ? QVariant() : QVariant(leadLabelName(*label))}, tr("save your lead label"));
}

Status InteractionRepository::setLeadState(qint64 id, std::optional<Interaction::LeadState> state)
{
    return update(id, QStringLiteral("lead_state = ?"),
                  {state ? QVariant(leadStateName(*state)) : QVariant()}, tr("save the lead state"));
}

Status InteractionRepository::setNotes(qint64 id, const QString &notes)
{
    return update(id, QStringLiteral("notes = ?"), {sql::notNull(notes)}, tr("save the notes"));
}

Status InteractionRepository::update(qint64 id, const QString &assignments, const QVariantList &values,
                                     const QString &operation)
{
    // `assignments` is fixed text from this file; values are always bound.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE interactions SET ") + assignments + QStringLiteral(" WHERE id = ?"));
    for (const QVariant &value : values)
        q.addBindValue(value);
    q.addBindValue(id);
    if (auto err = sql::exec(q, operation))
        return *err;
    return checkUpdated(q, id);
}

Status InteractionRepository::checkUpdated(const QSqlQuery &q, qint64 id) const
{
    if (q.numRowsAffected() != 0)
        return {};
    return Error::make(Error::Kind::NotFound, QStringLiteral("interaction_not_found"),
                       tr("Comment or message %1 is no longer in the inbox. It may have been deleted "
                          "with its account; refresh the inbox.")
                           .arg(id));
}

} // namespace travelflow
