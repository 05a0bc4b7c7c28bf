#pragma once

#include "core/expected.h"
#include "core/interaction.h"
#include "storage/interaction_repository.h"

#include <QDateTime>
#include <QObject>

#include <functional>
#include <optional>

namespace travelflow {

class Database;

// What a user does to an inbox item, for the window and the CLI alike: its state, the lead's
// state, notes, and the "lead" / "not a lead" call that also teaches the profile's lead
// finder. Every change is written at once and announced with changed().
//
// A "new lead" is an item that counts as a lead (the user's label wins over the
// classifier's) whose lead state is new or not set yet: a potential customer nobody has
// contacted, won or lost. The window shows how many there are.
class InboxActions : public QObject
{
    Q_OBJECT

public:
    explicit InboxActions(Database &database, QObject *parent = nullptr);

    Status setState(qint64 id, Interaction::State state);
    Status setLeadState(qint64 id, std::optional<Interaction::LeadState> state);
    Status setNotes(qint64 id, const QString &notes);
    // The user's call: teaches the profile's lead model with the item's text, then stores
    // the label, which from then on overrides the classifier's verdict for this item.
    Status markLead(qint64 id, bool lead);

    // The filter of the new leads (see the class comment).
    static InteractionFilter newLeadsFilter();
    Expected<qint64> newLeadCount();
    // Counts again and emits newLeadCountChanged() when the number moved (e.g. after a sync).
    void refreshNewLeadCount();

    // Why `item` cannot be answered from TravelFlow, or an empty string when it can.
    static QString replyUnavailableReason(const Interaction &item);
    // Why Instagram does not allow a private reply to `item` now (ReplySender checks the
    // same rules when the reply is queued), or an empty string when it does.
    QString privateReplyUnavailableReason(const Interaction &item, const QDateTime &now);

    // Writes every lead to `path` (see LeadExporter) on a worker thread with its own
    // connection, so a big inbox does not freeze the window. `done` runs on this object's
    // thread with the number of rows or the error, unless this object is gone by then.
    void exportLeads(const QString &path, bool withBom, const std::function<void(Expected<qint64>)> &done);

Q_SIGNALS:
    void changed(qint64 interactionId);
    void newLeadCountChanged(int count);

private:
    Status afterChange(qint64 id, const Status &status, bool leadsMayHaveChanged);

    Database &m_database;
    InteractionRepository m_items;
    std::optional<qint64> m_newLeads; // the count last announced
};

} // namespace travelflow
