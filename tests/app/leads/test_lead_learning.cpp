// Learning from the user, per profile, in a real SQLite file: corrections persist,
// change similar texts, and stay in their own profile.

#include "leads/profile_lead_model.h"
#include "storage/database.h"
#include "storage/lead_feedback_repository.h"
#include "support/test_env.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace travelflow;
using namespace travelflow::leads;

class TestLeadLearning : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void correctionsPersistPerProfile()
    {
        const QString text = QStringLiteral("кто со мной на эльбрус в феврале, я в теме");
        const QString similar = QStringLiteral("кто со мной на эльбрус в марте?");
        QTemporaryDir first;
        QTemporaryDir second;
        double before = 0;
        double similarBefore = 0;
        {
            auto db = Database::open(first.path());
            QVERIFY(db);
            auto profile = ProfileLeadModel::load((*db)->connection());
            QVERIFY(profile);
            before = profile->classifier().score(text);
            similarBefore = profile->classifier().score(similar);
            QVERIFY(before < 0.8);
            QVERIFY(profile->teach(text, true));
            QVERIFY(profile->classifier().score(text) >= 0.8);
            QCOMPARE(*LeadFeedbackRepository((*db)->connection()).feedbackCount(), 1);
        }
        {
            // After a restart the profile still knows.
            auto db = Database::open(first.path());
            QVERIFY(db);
            auto profile = ProfileLeadModel::load((*db)->connection());
            QVERIFY(profile);
            QVERIFY(profile->classifier().score(text) >= 0.8);
            QVERIFY2(profile->classifier().score(similar) > similarBefore,
                     "a similar comment should move the same way");
        }
        {
            // Another profile is untouched.
            auto db = Database::open(second.path());
            QVERIFY(db);
            auto profile = ProfileLeadModel::load((*db)->connection());
            QVERIFY(profile);
            QCOMPARE(profile->classifier().score(text), before);
        }
    }

    void notALeadCorrectionPersists()
    {
        const QString text = QStringLiteral("How much is the tour you did with your parents? just curious");
        QTemporaryDir dir;
        auto db = Database::open(dir.path());
        QVERIFY(db);
        auto profile = ProfileLeadModel::load((*db)->connection());
        QVERIFY(profile);
        QVERIFY(profile->teach(text, false));
        QVERIFY(profile->classifier().score(text) <= 0.2);
        auto reloaded = ProfileLeadModel::load((*db)->connection());
        QVERIFY(reloaded);
        QVERIFY(reloaded->classifier().score(text) <= 0.2);
        QVERIFY(!LeadFeedbackRepository((*db)->connection()).deltas()->isEmpty());
    }
};

TRAVELFLOW_TEST_MAIN(TestLeadLearning, QCoreApplication)
#include "test_lead_learning.moc"
