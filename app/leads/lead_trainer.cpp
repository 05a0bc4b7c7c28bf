#include "lead_trainer.h"

#include "lead_classifier.h"
#include "lead_features.h"
#include "lead_text.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

namespace travelflow::leads {

namespace {

const QString kBias = QStringLiteral("bias");

double sigmoid(double z)
{
    return 1.0 / (1.0 + std::exp(-z));
}

} // namespace

LeadModel LeadTrainer::train(const QList<LabeledText> &examples, const Options &options)
{
    // Features by index, so the loop works on plain vectors.
    QHash<QString, int> index;
    QStringList names{kBias};
    index.insert(kBias, 0);
    std::vector<std::vector<int>> rows;
    std::vector<double> labels;
    for (const LabeledText &e : examples) {
        std::vector<int> row{0};
        for (const QString &name : LeadFeatures::names(LeadText(e.text))) {
            auto it = index.constFind(name);
            if (it == index.cend()) {
                it = index.insert(name, static_cast<int>(names.size()));
                names.append(name);
            }
            row.push_back(*it);
        }
        rows.push_back(std::move(row));
        labels.push_back(e.lead ? 1.0 : 0.0);
    }

    // Words, stems and pairs are many and each seen rarely: they get more regularisation
    // than the concepts, which carry what generalises.
    std::vector<double> l2(static_cast<size_t>(names.size()), 0.0);
    for (qsizetype i = 1; i < names.size(); ++i) {
        const bool wordish = names[i].startsWith(QLatin1String("u:"))
            || names[i].startsWith(QLatin1String("s:")) || names[i].startsWith(QLatin1String("b:"));
        l2[static_cast<size_t>(i)] = wordish ? options.l2 * options.wordRegularisation : options.l2;
    }
    std::vector<double> w(static_cast<size_t>(names.size()), 0.0);
    std::vector<double> g2(w.size(), 1e-8);
    std::vector<size_t> order(rows.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::mt19937 rng(options.seed);
    for (int epoch = 0; epoch < options.epochs; ++epoch) {
        std::shuffle(order.begin(), order.end(), rng);
        for (const size_t r : order) {
            double z = 0;
            for (const int f : rows[r])
                z += w[static_cast<size_t>(f)];
            const double error = sigmoid(z) - labels[r];
            for (const int f : rows[r]) {
                const auto fi = static_cast<size_t>(f);
                const double grad = error + l2[fi] * w[fi] * static_cast<double>(rows.size()) / 10.0;
                g2[fi] += grad * grad;
                w[fi] -= options.learningRate * grad / std::sqrt(g2[fi]);
            }
        }
    }

    LeadModel model;
    for (qsizetype i = 0; i < names.size(); ++i)
        model.setWeight(names[i], w[static_cast<size_t>(i)]);
    return model;
}

QHash<QString, double> LeadTrainer::learnFrom(LeadModel &model, const QString &text, bool lead)
{
    constexpr double kMargin = 0.8; // the corrected text should be clearly on the user's side
    constexpr double kRate = 0.25;
    constexpr int kMaxSteps = 40;
    const QStringList features = LeadFeatures::names(LeadText(text));
    const LeadClassifier classifier(model);
    QHash<QString, double> deltas;
    for (int step = 0; step < kMaxSteps; ++step) {
        const double p = classifier.score(text);
        if ((lead && p >= kMargin) || (!lead && p <= 1.0 - kMargin))
            break;
        const double error = p - (lead ? 1.0 : 0.0);
        // Words and pairs carry the correction, not the bias or the shared concepts, so
        // one correction changes what is like this text, not everything.
        for (const QString &name : features) {
            if (name.startsWith(QLatin1String("c:")) || name.startsWith(QLatin1String("q:")))
                continue;
            const double delta = -kRate * error;
            model.add(name, delta);
            deltas[name] += delta;
        }
    }
    return deltas;
}

} // namespace travelflow::leads
