// The built-in model on data it was not trained on. Prints precision, recall and F1.
//
// Two generations of evaluation sets, each written by an author who never saw the
// training data or the classifier, never used for tuning:
//  - heldout2_*, ordinary2_comments (2026-11-30): the sets the bars are judged on.
//    Bars: F1 >= 0.95 per language, <= 1% false leads on ordinary comments. Met for
//    English (0.953) and ordinary comments (0.8%); Russian is at 0.908, so its floor
//    below guards what was reached until the model gets there.
//  - heldout_*, ordinary_comments (2026-11-29): looked at (aggregates only) several times
//    while the model was developed, so they are regression guards, not evidence.
// Floors are what was measured; tighten them as the model improves, never loosen them.

#include "leads/lead_dataset.h"
#include "leads/lead_trainer.h"
#include "support/test_env.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTest>

using namespace travelflow::leads;

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(TRAVELFLOW_SOURCE_DIR "/tests/data/leads/") + QLatin1String(name);
}

} // namespace

class TestLeadEvaluation : public QObject
{
    Q_OBJECT

    LeadClassifier m_classifier;

    LeadDataset::Scores scores(const char *file)
    {
        const auto data = LeadDataset::readTsv(dataFile(file));
        if (!data)
            qFatal("%s", qPrintable(data.error().message));
        const auto s = LeadDataset::evaluate(m_classifier, *data);
        qInfo("%s: n=%d precision=%.3f recall=%.3f F1=%.3f false-lead rate=%.3f", file, s.total(),
              s.precision(), s.recall(), s.f1(), s.falseLeadRate());
        return s;
    }

private Q_SLOTS:
    void freshHeldOutEnglish()
    {
        const auto s = scores("heldout2_en.tsv");
        QCOMPARE(s.total(), 300);
        QVERIFY2(s.f1() >= 0.95, qPrintable(QString::number(s.f1()))); // the bar
    }

    void freshHeldOutRussian()
    {
        const auto s = scores("heldout2_ru.tsv");
        QCOMPARE(s.total(), 300);
        QVERIFY2(s.f1() >= 0.905, qPrintable(QString::number(s.f1()))); // bar 0.95 not met yet
    }

    void freshOrdinaryCommentsRarelyLookLikeLeads()
    {
        const auto s = scores("ordinary2_comments.tsv");
        QCOMPARE(s.total(), 500);
        QVERIFY2(s.falseLeadRate() <= 0.01,
                 qPrintable(QString::number(s.falseLeadRate()))); // the bar
    }

    void earlierSetsDoNotRegress()
    {
        const auto en = scores("heldout_en.tsv");
        const auto ru = scores("heldout_ru.tsv");
        const auto ordinary = scores("ordinary_comments.tsv");
        QVERIFY2(en.f1() >= 0.945, qPrintable(QString::number(en.f1())));
        QVERIFY2(ru.f1() >= 0.955, qPrintable(QString::number(ru.f1())));
        QVERIFY2(ordinary.falseLeadRate() <= 0.035, qPrintable(QString::number(ordinary.falseLeadRate())));
    }

    void builtInModelIsTheOneTheTrainingDataGives()
    {
        // The committed model must be reproducible from the committed data and code:
        // run scripts/train-leads.sh after changing either.
        QList<LabeledText> train;
        const QDir dir(QStringLiteral(TRAVELFLOW_SOURCE_DIR "/tests/data/leads"));
        const QStringList files = dir.entryList({QStringLiteral("train_*.tsv")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 2);
        for (const QString &file : files) { // the same order as the script's glob
            const auto data = LeadDataset::readTsv(dir.filePath(file));
            QVERIFY(data);
            train += *data;
        }
        QFile committed(QStringLiteral(TRAVELFLOW_SOURCE_DIR "/resources/leads/lead_model.tsv"));
        QVERIFY(committed.open(QIODevice::ReadOnly));
        QVERIFY2(LeadTrainer::train(train).toText() == committed.readAll(),
                 "resources/leads/lead_model.tsv is stale: run scripts/train-leads.sh");
    }
};

TRAVELFLOW_TEST_MAIN(TestLeadEvaluation, QCoreApplication)
#include "test_lead_evaluation.moc"
