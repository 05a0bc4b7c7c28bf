// travelflow-train-leads: fits the built-in lead model from labelled TSV files and
// reports how it scores. Developers run it through scripts/train-leads.sh.
//
//   travelflow-train-leads --out MODEL.tsv TRAIN.tsv...      train and write the model
//   travelflow-train-leads --cv 5 TRAIN.tsv...               k-fold cross-validation only
//   travelflow-train-leads --model MODEL.tsv --eval FILE.tsv evaluate a model on a file
//   travelflow-train-leads --model MODEL.tsv --explain TEXT  the features of TEXT and their weights

#include "leads/lead_dataset.h"
#include "leads/lead_features.h"
#include "leads/lead_text.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>

using namespace travelflow::leads;

namespace {

void print(const QString &line)
{
    std::printf("%s\n", line.toUtf8().constData());
}

void report(const QString &name, const LeadDataset::Scores &s)
{
    print(QStringLiteral("%1: n=%2 precision=%3 recall=%4 f1=%5 false-lead-rate=%6")
              .arg(name)
              .arg(s.total())
              .arg(s.precision(), 0, 'f', 3)
              .arg(s.recall(), 0, 'f', 3)
              .arg(s.f1(), 0, 'f', 3)
              .arg(s.falseLeadRate(), 0, 'f', 3));
}

// Each mistake with its label, text, score and the classifier's reason.
void printMistakes(const LeadClassifier &classifier, const QList<LabeledText> &mistakes)
{
    for (const LabeledText &m : mistakes) {
        const LeadVerdict v = classifier.classify(m.text);
        print(QStringLiteral("  %1\t%2\t%3 %4")
                  .arg(m.lead ? QStringLiteral("lead") : QStringLiteral("not"), m.text)
                  .arg(v.score, 0, 'f', 2)
                  .arg(v.reason));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Write the model to FILE."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption cvOption(QStringLiteral("cv"), QStringLiteral("K-fold cross-validation."),
                                      QStringLiteral("K"));
    const QCommandLineOption modelOption(QStringLiteral("model"), QStringLiteral("Evaluate this model."),
                                         QStringLiteral("FILE"));
    const QCommandLineOption evalOption(QStringLiteral("eval"), QStringLiteral("Evaluate on FILE."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption mistakesOption(QStringLiteral("mistakes"), QStringLiteral("List the mistakes."));
    const QCommandLineOption l2Option(QStringLiteral("l2"), QStringLiteral("L2 strength."),
                                      QStringLiteral("X"));
    const QCommandLineOption wordOption(QStringLiteral("word-reg"),
                                        QStringLiteral("Extra L2 factor for words."), QStringLiteral("X"));
    const QCommandLineOption thresholdOption(QStringLiteral("threshold"),
                                             QStringLiteral("Decision threshold."), QStringLiteral("P"));
    const QCommandLineOption epochsOption(QStringLiteral("epochs"), QStringLiteral("Passes."),
                                          QStringLiteral("N"));
    const QCommandLineOption explainOption(QStringLiteral("explain"),
                                           QStringLiteral("Print the features of TEXT and their weights."),
                                           QStringLiteral("TEXT"));
    parser.addOptions({outOption, cvOption, modelOption, evalOption, mistakesOption, l2Option, wordOption,
                       epochsOption, thresholdOption, explainOption});
    parser.addPositionalArgument(QStringLiteral("TRAIN"), QStringLiteral("Training TSV files."));
    parser.process(app);
    const double threshold = parser.isSet(thresholdOption) ? parser.value(thresholdOption).toDouble()
                                                           : LeadClassifier::kThreshold;

    LeadTrainer::Options options;
    if (parser.isSet(l2Option))
        options.l2 = parser.value(l2Option).toDouble();
    if (parser.isSet(wordOption))
        options.wordRegularisation = parser.value(wordOption).toDouble();
    if (parser.isSet(epochsOption))
        options.epochs = parser.value(epochsOption).toInt();

    QList<LabeledText> train;
    for (const QString &path : parser.positionalArguments()) {
        auto data = LeadDataset::readTsv(path);
        if (!data) {
            std::fprintf(stderr, "%s\n", data.error().message.toUtf8().constData());
            return 2;
        }
        train += *data;
    }

    if (parser.isSet(cvOption)) {
        const int k = parser.value(cvOption).toInt();
        LeadDataset::Scores total;
        for (int fold = 0; fold < k; ++fold) {
            QList<LabeledText> fit;
            QList<LabeledText> check;
            for (qsizetype i = 0; i < train.size(); ++i)
                (i % k == fold ? check : fit).append(train[i]);
            const LeadModel model = LeadTrainer::train(fit, options);
            QList<LabeledText> mistakes;
            const auto s = LeadDataset::evaluate(LeadClassifier(model), check, &mistakes, threshold);
            total.truePositives += s.truePositives;
            total.falsePositives += s.falsePositives;
            total.trueNegatives += s.trueNegatives;
            total.falseNegatives += s.falseNegatives;
            if (parser.isSet(mistakesOption))
                printMistakes(LeadClassifier(model), mistakes);
        }
        report(QStringLiteral("cross-validation (%1 folds)").arg(k), total);
    }

    LeadModel model;
    if (parser.isSet(modelOption)) {
        QFile file(parser.value(modelOption));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(file.fileName()));
            return 2;
        }
        auto parsed = LeadModel::fromText(file.readAll());
        if (!parsed)
            return 2;
        model = *parsed;
    } else if (!train.isEmpty()) {
        model = LeadTrainer::train(train, options);
        report(QStringLiteral("training set"), LeadDataset::evaluate(LeadClassifier(model), train));
    }

    if (parser.isSet(outOption)) {
        QFile out(parser.value(outOption));
        if (!out.open(QIODevice::WriteOnly) || out.write(model.toText()) < 0) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(out.fileName()));
            return 1;
        }
        print(QStringLiteral("wrote %1 (%2 features)").arg(out.fileName()).arg(model.weightsByName().size()));
    }
    if (parser.isSet(explainOption)) {
        const QString text = parser.value(explainOption);
        const LeadClassifier classifier(model);
        const LeadVerdict v = classifier.classify(text);
        print(QStringLiteral("%1\t%2 %3").arg(text).arg(v.score, 0, 'f', 2).arg(v.reason));
        print(QStringLiteral("  bias\t%1").arg(model.bias(), 0, 'f', 3));
        for (const QString &name : LeadFeatures::names(LeadText(text)))
            print(QStringLiteral("  %1\t%2").arg(name).arg(model.weight(LeadFeatures::key(name)), 0, 'f', 3));
    }
    if (parser.isSet(evalOption)) {
        auto data = LeadDataset::readTsv(parser.value(evalOption));
        if (!data)
            return 2;
        QList<LabeledText> mistakes;
        report(parser.value(evalOption), LeadDataset::evaluate(LeadClassifier(model), *data, &mistakes));
        if (parser.isSet(mistakesOption))
            printMistakes(LeadClassifier(model), mistakes);
    }
    return 0;
}
