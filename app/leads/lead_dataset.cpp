#include "lead_dataset.h"

#include <QFile>

namespace travelflow::leads {

double LeadDataset::Scores::precision() const
{
    const int predicted = truePositives + falsePositives;
    return predicted == 0 ? 1.0 : static_cast<double>(truePositives) / predicted;
}

double LeadDataset::Scores::recall() const
{
    const int actual = truePositives + falseNegatives;
    return actual == 0 ? 1.0 : static_cast<double>(truePositives) / actual;
}

double LeadDataset::Scores::f1() const
{
    const double p = precision();
    const double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}

double LeadDataset::Scores::falseLeadRate() const
{
    const int negatives = trueNegatives + falsePositives;
    return negatives == 0 ? 0.0 : static_cast<double>(falsePositives) / negatives;
}

Expected<QList<LabeledText>> LeadDataset::readTsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(Error::Kind::Io, QStringLiteral("dataset_unreadable"),
                           tr("Cannot read %1: %2").arg(path, file.errorString()));
    }
    QList<LabeledText> out;
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        ++lineNumber;
        if (lineNumber == 1 || line.isEmpty())
            continue; // header
        const int tab = static_cast<int>(line.indexOf(QLatin1Char('\t')));
        const QString label = line.left(tab);
        if (tab < 0 || (label != QLatin1String("lead") && label != QLatin1String("not"))) {
            return Error::make(Error::Kind::Validation, QStringLiteral("dataset_invalid"),
                               tr("%1, line %2: expected \"lead\" or \"not\", a tab, then the text.")
                                   .arg(path)
                                   .arg(lineNumber));
        }
        out.append({line.mid(tab + 1), label == QLatin1String("lead")});
    }
    return out;
}

LeadDataset::Scores LeadDataset::evaluate(const LeadClassifier &classifier,
                                          const QList<LabeledText> &examples, QList<LabeledText> *mistakes,
                                          double threshold)
{
    Scores s;
    for (const LabeledText &e : examples) {
        const bool predicted = classifier.score(e.text) >= threshold;
        if (predicted && e.lead)
            ++s.truePositives;
        else if (predicted && !e.lead)
            ++s.falsePositives;
        else if (!predicted && e.lead)
            ++s.falseNegatives;
        else
            ++s.trueNegatives;
        if (mistakes && predicted != e.lead)
            mistakes->append(e);
    }
    return s;
}

} // namespace travelflow::leads
