// The built-in model on data it was not trained on. Prints precision, recall and F1.
//
// Evaluation sets, each written by an author who never saw the training data or the
// classifier:
//  - heldout4_en, heldout4_ru (2026-11-30, third session): THE held-out sets. Written by an
//    independent author who read nothing of the project, sealed while the recall pass
//    below was made, then evaluated once on its commit: ru P 0.992 R 0.975 F1 0.983,
//    en P 0.983 R 0.983 F1 0.983 (false leads 0.6% / 1.1% of their non-leads). Never
//    look at their rows, never tune on them; a model change is judged on them as it is.
//  - heldout3_ru (2026-11-30, second session): the fresh Russian set, evaluated once after
//    train_ru2.tsv: P 0.966, R 0.933, F1 0.949 (the model before that change: 0.932). The
//    bar (0.95) is not met yet; the floor guards what was reached. Never tune on it.
//  - heldout2_*, ordinary2_comments (2026-11-30): evaluated once at 0.908 (ru), 0.953 (en)
//    and 0.8% false leads; then their Russian mistakes were studied by class (not copied)
//    to write train_ru2.tsv and lexicon forms, so they are regression guards now too.
//    The bars (F1 >= 0.95 per language, <= 1% false leads) are judged on a fresh
//    Russian set nobody here has seen.
//  - heldout_*, ordinary_comments (2026-11-29): looked at (aggregates only) several times
//    while the model was developed, so they are regression guards, not evidence.
//  - (2026-11-30, third session: recall pass) the mistakes of heldout3_ru, heldout2_en and heldout_en were
//    studied by class (short forms "+"/"дм"/"цена?", "возьмите меня"/"я в деле", month-only
//    date questions, availability slang, group requests, typos, transliteration, payment
//    terms) and covered by train_recall.tsv, written from scratch, plus lexicon forms and a
//    "date" concept. Measured after: heldout3_ru 0.987, heldout2_ru 0.996, heldout2_en
//    0.996, heldout_en 0.987, heldout_ru 1.000, false leads 0.000 / 0.002. heldout3_ru is a
//    regression guard from here on; only the sealed fresh set is evidence.
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
    void heldOutEnglish()
    {
        const auto s = scores("heldout4_en.tsv");
        QCOMPARE(s.total(), 300);
        QVERIFY2(s.f1() >= 0.98, qPrintable(QString::number(s.f1()))); // measured 0.983 (bar 0.95)
    }

    void heldOutRussian()
    {
        const auto s = scores("heldout4_ru.tsv");
        QCOMPARE(s.total(), 300);
        QVERIFY2(s.f1() >= 0.98, qPrintable(QString::number(s.f1()))); // measured 0.983 (bar 0.95)
    }

    void freshHeldOutEnglish()
    {
        const auto s = scores("heldout2_en.tsv");
        QCOMPARE(s.total(), 300);
        QVERIFY2(s.f1() >= 0.99, qPrintable(QString::number(s.f1()))); // measured 0.996
    }

    void freshestHeldOutRussian()
    {
        const auto s = scores("heldout3_ru.tsv");
        QCOMPARE(s.total(), 300);
        QVERIFY2(s.f1() >= 0.98, qPrintable(QString::number(s.f1()))); // measured 0.987 after study
    }

    void freshHeldOutRussian()
    {
        const auto s = scores("heldout2_ru.tsv");
        QCOMPARE(s.total(), 300);
        QVERIFY2(s.f1() >= 0.99, qPrintable(QString::number(s.f1()))); // measured 0.996 after study
    }

    void freshOrdinaryCommentsRarelyLookLikeLeads()
    {
        const auto s = scores("ordinary2_comments.tsv");
        QCOMPARE(s.total(), 500);
        QVERIFY2(s.falseLeadRate() <= 0.005,
                 qPrintable(QString::number(s.falseLeadRate()))); // measured 0.002 (bar 0.01)
    }

    void earlierSetsDoNotRegress()
    {
        const auto en = scores("heldout_en.tsv");
        const auto ru = scores("heldout_ru.tsv");
        const auto ordinary = scores("ordinary_comments.tsv");
        QVERIFY2(en.f1() >= 0.98, qPrintable(QString::number(en.f1())));
        QVERIFY2(ru.f1() >= 0.995, qPrintable(QString::number(ru.f1())));
        QVERIFY2(ordinary.falseLeadRate() <= 0.005, qPrintable(QString::number(ordinary.falseLeadRate())));
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
