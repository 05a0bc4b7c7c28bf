#include "inbox_actions.h"

#include "inbox/lead_exporter.h"
#include "inbox/reply_sender.h"
#include "leads/profile_lead_model.h"
#include "storage/database.h"

#include <QAtomicInteger>
#include <QFutureWatcher>
#include <QSqlDatabase>
#include <QSqlError>
#include <QtConcurrent/QtConcurrentRun>

namespace travelflow {

namespace {

// What the export worker hands back (QFuture wants a default-constructible result).
struct ExportOutcome
{
    qint64 rows = 0;
    std::optional<Error> error;
};

ExportOutcome exportOnOwnConnection(const QString &databaseFile, const QString &path, bool withBom)
{
    static QAtomicInteger<int> counter;
    const QString name = QStringLiteral("travelflow-export-%1").arg(counter.fetchAndAddRelaxed(1));
    ExportOutcome outcome;
    {
        // A connection belongs to the thread that opened it, so the worker opens its own.
        // WAL lets it read while the window keeps writing.
        auto db = Database::openConnection(databaseFile, name);
        if (!db) {
            outcome.error = Error::make(Error::Kind::Storage, QStringLiteral("export.database"),
                                        InboxActions::tr("The leads cannot be read (%1). Try again; if it "
                                                         "keeps failing, restart TravelFlow.")
                                            .arg(db.error().message));
        } else {
            auto rows = LeadExporter::exportCsv(*db, path, withBom);
            if (rows)
                outcome.rows = *rows;
            else
                outcome.error = rows.error();
            db->close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return outcome;
}

} // namespace

InboxActions::InboxActions(Database &database, QObject *parent)
    : QObject(parent), m_database(database), m_items(database.connection())
{ }

Status InboxActions::setState(qint64 id, Interaction::State state)
{
    return afterChange(id, m_items.setState(id, state), false);
}

Status InboxActions::setLeadState(qint64 id, std::optional<Interaction::LeadState> state)
{
    return afterChange(id, m_items.setLeadState(id, state), true);
}

Status InboxActions::setNotes(qint64 id, const QString &notes)
{
    return afterChange(id, m_items.setNotes(id, notes), false);
}

Status InboxActions::markLead(qint64 id, bool lead)
{
    auto item = m_items.get(id);
    if (!item)
        return item.error();
    if (!*item) {
        return Error::make(Error::Kind::NotFound, QStringLiteral("interaction_not_found"),
                           tr("Comment or message %1 is no longer in the inbox. It may have been deleted "
                              "with its account; refresh the inbox.")
                               .arg(id));
    }
    // Loaded fresh each time: corrections are rare, and so it always builds on every
    // earlier one, whoever made it.
    auto profile = leads::ProfileLeadModel::load(m_database.connection());
    if (!profile)
        return profile.error();
    if (auto taught = profile->teach((*item)->text, lead); !taught)
        return taught;
    return afterChange(
        id, m_items.setUserLeadLabel(id, lead ? Interaction::LeadLabel::Lead : Interaction::LeadLabel::Not),
        true);
}

InteractionFilter InboxActions::newLeadsFilter()
{
    InteractionFilter filter;
    filter.leadsOnly = true;
    filter.leadState = Interaction::LeadState::New;
    filter.hideOwn = true;
    return filter;
}

Expected<qint64> InboxActions::newLeadCount()
{
    return m_items.count(newLeadsFilter());
}

void InboxActions::refreshNewLeadCount()
{
    const auto count = newLeadCount();
    if (!count || (m_newLeads && *m_newLeads == *count))
        return;
    m_newLeads = *count;
    Q_EMIT newLeadCountChanged(static_cast<int>(qMin<qint64>(*count, std::numeric_limits<int>::max())));
}

QString InboxActions::replyUnavailableReason(const Interaction &item)
{
    if (item.platform == Platform::TikTok)
        return tr("TikTok's API does not let apps answer comments; answer in the TikTok app.");
    if (item.kind == Interaction::Kind::Message)
        return tr("Private messages are answered in the platform's own app.");
    if (item.fromOwner)
        return tr("This is your own reply.");
    if (!item.canReply)
        return tr("The platform closed replies to this comment.");
    return {};
}

QString InboxActions::privateReplyUnavailableReason(const Interaction &item, const QDateTime &now)
{
    if (item.platform != Platform::Instagram)
        return tr("Only Instagram has private replies to comments.");
    if (QString reason = replyUnavailableReason(item); !reason.isEmpty())
        return reason;
    if (auto refusal = ReplySender::privateReplyRefusal(m_database.connection(), item, now))
        return refusal->message;
    return {};
}

void InboxActions::exportLeads(const QString &path, bool withBom,
                               const std::function<void(Expected<qint64>)> &done)
{
    // The watcher is this object's child: when the page goes away first, nobody is called.
    auto *watcher = new QFutureWatcher<ExportOutcome>(this);
    connect(watcher, &QFutureWatcher<ExportOutcome>::finished, this, [watcher, done] {
        const ExportOutcome outcome = watcher->result();
        watcher->deleteLater();
        if (!done)
            return;
        if (outcome.error)
            done(*outcome.error);
        else
            done(outcome.rows);
    });
    watcher->setFuture(QtConcurrent::run(exportOnOwnConnection, m_database.filePath(), path, withBom));
}

Status InboxActions::afterChange(qint64 id, const Status &status, bool leadsMayHaveChanged)
{
    if (!status)
        return status;
    Q_EMIT changed(id);
    if (leadsMayHaveChanged)
        refreshNewLeadCount();
    return status;
}

} // namespace travelflow
