// Names that are part of the database format and of the CLI's JSON: they must not drift.

#include "core/account.h"
#include "core/interaction.h"
#include "core/platform.h"
#include "core/publish_job.h"
#include "support/test_env.h"

#include <QCoreApplication>
#include <QTest>

using namespace travelflow;

class TestCoreTypes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void platformNamesAreLowercaseAndRoundTrip()
    {
        QCOMPARE(platformName(Platform::TikTok), QStringLiteral("tiktok"));
        QCOMPARE(platformName(Platform::Instagram), QStringLiteral("instagram"));
        QCOMPARE(platformName(Platform::YouTube), QStringLiteral("youtube"));
        QCOMPARE(platformFromName(QStringLiteral(" YouTube ")), Platform::YouTube);
        QVERIFY(!platformFromName(QStringLiteral("vk")));
    }

    void enumNamesRoundTrip()
    {
        for (auto s : {PublishJob::State::Queued, PublishJob::State::Uploading, PublishJob::State::Processing,
                       PublishJob::State::Published, PublishJob::State::Failed,
                       PublishJob::State::NeedsAttention, PublishJob::State::Cancelled})
            QCOMPARE(publishStateFromName(publishStateName(s)), s);
        QCOMPARE(publishStateName(PublishJob::State::NeedsAttention), QStringLiteral("needs_attention"));
        QCOMPARE(accountStatusName(Account::Status::NeedsReconnect), QStringLiteral("needs_reconnect"));
        QCOMPARE(accountStatusFromName(QStringLiteral("connected")), Account::Status::Connected);
        QCOMPARE(interactionKindFromName(QStringLiteral("message")), Interaction::Kind::Message);
        QCOMPARE(interactionStateName(Interaction::State::Archived), QStringLiteral("archived"));
        QCOMPARE(leadLabelFromName(QStringLiteral("not")), Interaction::LeadLabel::Not);
        QCOMPARE(leadStateName(Interaction::LeadState::Contacted), QStringLiteral("contacted"));
        QCOMPARE(replyKindFromName(QStringLiteral("private")), OutgoingReply::Kind::Private);
        QCOMPARE(replyStateName(OutgoingReply::State::Sent), QStringLiteral("sent"));
        QVERIFY(!publishStateFromName(QStringLiteral("Queued"))); // names are exact
        QVERIFY(!leadStateFromName(QString()));
    }
};

TRAVELFLOW_TEST_MAIN(TestCoreTypes, QCoreApplication)
#include "test_core_types.moc"
