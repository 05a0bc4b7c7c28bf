// Lead classifier throughput on one core, against a baseline measured in the same run:
// lower-casing the same comments (the least any text pass costs). The goal is at least
// 200,000 short comments per second; the counters print comments/s and the ratio.

#include "leads/lead_classifier.h"

#include <QCoreApplication>
#include <QStringList>

#include <benchmark/benchmark.h>

using travelflow::leads::LeadClassifier;

namespace {

const QStringList &comments()
{
    static const QStringList list = [] {
        const QStringList base{
            QStringLiteral("How much is the 5-day tour for two in June?"),
            QStringLiteral("Сколько стоит тур на двоих в июле?"),
            QStringLiteral("wow this is stunning 😍😍"),
            QStringLiteral("what drone do you use?"),
            QStringLiteral("есть места на майские? нас трое"),
            QStringLiteral("Follow me for free followers!!! 🔥"),
            QStringLiteral("I booked with another agency last year"),
            QStringLiteral("как забронировать? напишите в личку"),
            QStringLiteral("where is this place??"),
            QStringLiteral("сколько стоил твой дрон"),
        };
        QStringList out;
        for (int i = 0; i < 100; ++i)
            out += base;
        return out;
    }();
    return list;
}

void setCounters(benchmark::State &state)
{
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) * comments().size());
    state.counters["comments_per_s"] = benchmark::Counter(
        static_cast<double>(state.iterations()) * comments().size(), benchmark::Counter::kIsRate);
}

void BM_Baseline_ToLower(benchmark::State &state)
{
    for (auto _ : state) {
        for (const QString &c : comments())
            benchmark::DoNotOptimize(c.toLower());
    }
    setCounters(state);
}
BENCHMARK(BM_Baseline_ToLower);

void BM_LeadClassifier_Score(benchmark::State &state)
{
    const LeadClassifier classifier;
    for (auto _ : state) {
        for (const QString &c : comments())
            benchmark::DoNotOptimize(classifier.score(c));
    }
    setCounters(state);
}
BENCHMARK(BM_LeadClassifier_Score);

void BM_LeadClassifier_ClassifyWithReason(benchmark::State &state)
{
    const LeadClassifier classifier;
    for (auto _ : state) {
        for (const QString &c : comments())
            benchmark::DoNotOptimize(classifier.classify(c));
    }
    setCounters(state);
}
BENCHMARK(BM_LeadClassifier_ClassifyWithReason);

// Prints the ratios the goal is stated in, after the usual table.
class RatioReporter : public benchmark::ConsoleReporter
{
public:
    void ReportRuns(const std::vector<Run> &runs) override
    {
        ConsoleReporter::ReportRuns(runs);
        for (const Run &r : runs) {
            const double rate
                = r.counters.count("comments_per_s") ? double(r.counters.at("comments_per_s")) : 0;
            m_rates[r.benchmark_name()] = rate;
        }
    }
    void Finalize() override
    {
        ConsoleReporter::Finalize();
        const double baseline = m_rates["BM_Baseline_ToLower"];
        for (const char *name : {"BM_LeadClassifier_Score", "BM_LeadClassifier_ClassifyWithReason"}) {
            const double rate = m_rates[name];
            std::printf("%s: %.0f comments/s = %.2fx the 200,000/s goal, %.3fx the lower-casing baseline\n",
                        name, rate, rate / 200000.0, baseline > 0 ? rate / baseline : 0.0);
        }
    }

private:
    std::map<std::string, double> m_rates;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // the built-in model is a Qt resource
    benchmark::Initialize(&argc, argv);
    RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    return 0;
}
