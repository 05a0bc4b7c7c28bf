#pragma once

#include "common/endpoint_table.h"
#include "core/expected.h"
#include "core/platform.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>

class QNetworkAccessManager;

namespace travelflow {

class AccountTokens;
class Database;

// What the user asked to publish: one video to some accounts with one caption. `privacy`
// is the generic choice (public, unlisted, friends, private) mapped to each platform.
struct PostRequest
{
    qint64 videoId = 0;
    QList<qint64> accountIds;
    QString caption;
    QString title;
    QStringList tags;
    QString privacy;
    QDateTime at; // invalid = as soon as possible
    QString timeZone; // IANA id the time was chosen in (for display); empty = UTC
    QJsonObject options;
};

// One reason the request cannot be enqueued, for one account.
struct PostProblem
{
    qint64 accountId = 0;
    QString platform;
    QString field;
    QString rule;
    QString message;
};

struct PostComposition
{
    qint64 postId = 0;
    QList<qint64> jobIds; // one per account, in the order asked
    QList<PostProblem> problems; // non-empty = nothing was stored
};

// Turns a request into a post, its targets and one queued job per target, after checking
// every platform's rules (caption limits, privacy choices the creator has on TikTok, the
// schedule). Either every target is valid and all are stored, or nothing is and every
// problem is reported.
class PostComposer : public QObject
{
    Q_OBJECT

public:
    PostComposer(Database &database, AccountTokens &tokens, QNetworkAccessManager *nam,
                 EndpointTable endpoints, QObject *parent = nullptr);

    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    using Done = std::function<void(const Expected<PostComposition> &)>;
    void enqueue(const PostRequest &request, const Done &done);

    static const QStringList &genericPrivacyValues();
    // The platform's value for a generic privacy choice; empty with `problem` filled when
    // the platform (or, on TikTok, this creator) does not offer it.
    static QString mapPrivacy(Platform platform, const QString &generic, const QStringList &tiktokOptions,
                              PostProblem *problem);

private:
    struct Pending;
    void fetchCreatorInfo(const std::shared_ptr<Pending> &pending, int index);
    void finish(const std::shared_ptr<Pending> &pending);

    Database &m_database;
    AccountTokens &m_tokens;
    QNetworkAccessManager *m_nam;
    EndpointTable m_endpoints;
    std::function<QDateTime()> m_clock = [] { return QDateTime::currentDateTimeUtc(); };
};

} // namespace travelflow
