#pragma once

#include "core/expected.h"
#include "core/interaction.h"
#include "storage/interaction_batch_writer.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>
#include <utility>

namespace travelflow {

// Stores the inbox sync's pages on a thread of its own, through its own connection to
// the profile's database (a connection belongs to the thread that opened it; WAL lets the
// window read meanwhile): bulk database work stays off the UI thread, and the sync
// parses the next page while this one is written. Pages are stored one at a time, in the
// order they are handed in.
class InboxPageWriter : public QObject
{
    Q_OBJECT

public:
    using Stored = Expected<QList<std::pair<qint64, bool>>>; // InteractionRepository::insertBatch's
    using Done = std::function<void(const Stored &)>;

    explicit InboxPageWriter(QString databaseFile, QObject *parent = nullptr);
    // Waits for the page being written; pages not started are dropped (each is one
    // transaction, so a page is stored whole or not at all).
    ~InboxPageWriter() override;

    // The error code of a page skipped because an earlier one of its chain failed.
    static constexpr QLatin1StringView kSkippedCode{"inbox.write_skipped"};

    // Pages that must be stored in order or not at all: once one fails, the chain's later
    // pages are skipped (their `done` gets the error kSkippedCode), so that what
    // is stored never has a gap the next sync would not see.
    using Chain = std::shared_ptr<std::atomic_bool>; // set when a page of the chain failed
    static Chain newChain() { return std::make_shared<std::atomic_bool>(false); }

    // Quota a page cost: billed with the page (also when it is skipped or fails, since the
    // platform counted it), so that the window's connection never waits for the writer's.
    struct QuotaSpent
    {
        qint64 accountId = 0;
        QDate day; // the platform's quota day
        int units = 0;
    };

    // Bills `quota` and stores `rows` (prepared by the caller: InteractionBatchWriter::prepare).
    // `done` runs on the thread this writer belongs to, and not at all once `context` (an
    // object of that thread) is gone. When the database cannot be opened at all, nothing
    // is stored or billed and `done` says why.
    void write(InteractionBatchWriter::Batch rows, const QuotaSpent &quota, const Chain &chain,
               QObject *context, Done done);

private:
    class Worker;
    QThread m_thread;
    QPointer<Worker> m_worker;
};

} // namespace travelflow
