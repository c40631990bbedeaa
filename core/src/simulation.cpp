// Monte Carlo (spec §6): every trial draws the uncertain inputs from their
// PERT ranges and re-evaluates the model; the outcomes are summarised with
// nearest-rank percentiles and a histogram of net profit.
#include <algorithm>
#include <array>
#include <cmath>
#include <string>

#include "passaparola/whatif.hpp"
#include "random.hpp"
#include "whatif_model.hpp"

namespace passaparola {
namespace {

constexpr std::size_t kHistogramBins = 40;
// Often enough that a cancel is felt at once, rarely enough to cost nothing.
constexpr std::uint64_t kProgressEvery = 4096;

const Problem kCancelled{"simulation", "was cancelled", ""};

std::vector<Problem> overflow_problem() {
    return {{"uncertainty", "makes the scenario grow beyond what can be computed in some trials", ""}};
}

bool finite(const std::optional<double>& x) { return !x || std::isfinite(*x); }

bool finite(const TrialSummary& s) {
    return finite(s.mean) && finite(s.min) && finite(s.max);
}

// The per-month cumulative net profit of the first trials, month by month:
// values[(month − 1) × trials + trial], so each month is one contiguous run.
struct BandRecorder {
    std::uint64_t trials = 0;
    std::size_t months = 0;
    std::vector<double> values;

    // What trial_outcomes hands each month of the group starting at trial `first`.
    auto recorder(std::uint64_t first) {
        return [this, first](const auto& m) {
            for (std::size_t lane = 0; lane < detail::kProgramLanes && first + lane < trials; ++lane) {
                values[static_cast<std::size_t>(m.month - 1) * trials + first + lane] = m.cumulative_net[lane];
            }
        };
    }

    CumulativeNetBand band() {
        CumulativeNetBand band;
        band.trials = trials;
        for (std::size_t month = 0; month < months; ++month) {
            const TrialSummary s = summarize(std::span(values.data() + month * trials, trials));
            band.p10.push_back(*s.p10);
            band.p50.push_back(*s.p50);
            band.p90.push_back(*s.p90);
        }
        return band;
    }
};

template <class Inputs>
struct UncertainInput {
    double Inputs::*member;
    detail::PertSampler sampler;
};

// The trials of one group (see kTrialLanes): draws their inputs, one trial
// after the other, and evaluates them together. A last, partial group
// evaluates its unused lanes too (on the previous draws) and drops them.
template <class Inputs>
struct TrialGroup {
    static constexpr std::size_t lanes = detail::kTrialLanes<Inputs>;
    std::array<Inputs, lanes> inputs;
    std::array<detail::TrialOutcome, lanes> outcomes;

    explicit TrialGroup(const Inputs& base) { inputs.fill(base); }

    // Not inlined into the loop over groups: a WebAssembly engine swaps in a
    // function's optimised code only for later calls, so a run whose whole
    // loop sat in one call would never leave the baseline code.
    template <class OnMonth>
    [[gnu::noinline]] void run(std::size_t used, std::span<const UncertainInput<Inputs>> uncertain,
                               detail::Xoshiro256StarStar& rng, const detail::NormalSource& normal,
                               OnMonth&& on_month) {
        for (std::size_t lane = 0; lane < used; ++lane) {
            for (const auto& u : uncertain) inputs[lane].*u.member = u.sampler.draw(rng, normal);
        }
        detail::trial_outcomes(inputs, outcomes, on_month);
    }
};

template <class Inputs>
Outcome<Simulation> run_trials(const Scenario& scenario, const Inputs& base, const SimulationOptions& options,
                               const SimulationProgress& progress) {
    // Drawn in table order, so the order of a document's members never changes the figures.
    std::vector<UncertainInput<Inputs>> uncertain;
    for (const auto& [field, member] : detail::real_inputs(base)) {
        if (const UncertainRange* r = detail::find_range(scenario, field->name)) {
            uncertain.push_back({member, detail::PertSampler(r->low, r->likely, r->high)});
        }
    }

    const std::uint64_t trials = options.trials;
    std::vector<double> net_profit(trials);
    std::vector<double> customers(trials);
    std::vector<double> roi;
    roi.reserve(trials);

    std::optional<BandRecorder> band;
    if constexpr (std::is_same_v<Inputs, ProgramInputs>) {
        if (options.cumulative_net_band) {
            band.emplace();
            band->trials = std::min(trials, kMaxBandTrials);
            band->months = static_cast<std::size_t>(base.horizon_months);
            band->values.resize(band->trials * band->months);
        }
    }

    TrialGroup<Inputs> group(base);
    detail::Xoshiro256StarStar rng(options.seed);
    detail::NormalSource normal;
    std::uint64_t losses = 0;
    bool all_finite = true;
    for (std::uint64_t first = 0; first < trials; first += group.lanes) {
        const std::size_t used = static_cast<std::size_t>(std::min<std::uint64_t>(group.lanes, trials - first));
        if (band && first < band->trials) {
            group.run(used, uncertain, rng, normal, band->recorder(first));
        } else {
            group.run(used, uncertain, rng, normal, [](const auto&) {});
        }
        for (std::size_t lane = 0; lane < used; ++lane) {
            const detail::TrialOutcome& outcome = group.outcomes[lane];
            net_profit[first + lane] = outcome.net_profit;
            customers[first + lane] = outcome.customers;
            losses += outcome.net_profit < 0;
            all_finite = all_finite && std::isfinite(outcome.net_profit) && std::isfinite(outcome.customers);
            if (outcome.cost != 0) {
                roi.push_back(outcome.net_profit / outcome.cost);
                all_finite = all_finite && std::isfinite(roi.back());
            }
        }
        const std::uint64_t done = first + used;
        if (progress && (done / kProgressEvery != first / kProgressEvery || done == trials) &&
            !progress(static_cast<double>(done) / static_cast<double>(trials))) {
            return std::vector<Problem>{kCancelled};
        }
    }
    if (!all_finite) return overflow_problem();

    Simulation s;
    s.kind = scenario.kind();
    s.trials = trials;
    s.seed = options.seed;
    s.probability_of_loss = static_cast<double>(losses) / static_cast<double>(trials);
    s.histogram = make_histogram(net_profit);
    s.net_profit = summarize(net_profit);
    s.roi = summarize(roi);
    s.new_customers = summarize(customers);
    if (band) s.cumulative_net_band = band->band();
    if (!finite(s.net_profit) || !finite(s.roi) || !finite(s.new_customers)) return overflow_problem();
    return s;
}

Json nullable(const std::optional<double>& x) { return x ? Json(*x) : Json(nullptr); }

Json summary_json(const TrialSummary& s, bool with_count) {
    Json out = Json::object();
    if (with_count) out["n"] = s.n;
    out["mean"] = nullable(s.mean);
    out["min"] = nullable(s.min);
    out["max"] = nullable(s.max);
    out["p5"] = nullable(s.p5);
    out["p10"] = nullable(s.p10);
    out["p50"] = nullable(s.p50);
    out["p90"] = nullable(s.p90);
    out["p95"] = nullable(s.p95);
    return out;
}

// The values at the sorted `positions` (ascending) of `values`, whose extremes
// are min < max. Sorting would cost n log n, and nth_element mispredicts a
// branch per element; instead the values are counted into equal buckets
// between min and max (bucketing is monotone, so the k-th smallest lies in
// the bucket where the running count passes k), and only the few buckets that
// hold a wanted position are searched.
void order_statistics(std::span<const double> values, double min, double max,
                      std::span<const std::size_t> positions, std::span<double> out) {
    constexpr std::size_t kBuckets = 4096;
    const double scale = kBuckets / (max - min);
    if (!(max > min) || !std::isfinite(scale)) {
        std::vector<double> copy(values.begin(), values.end());
        for (std::size_t i = 0; i < positions.size(); ++i) {
            std::nth_element(copy.begin(), copy.begin() + static_cast<std::ptrdiff_t>(positions[i]), copy.end());
            out[i] = copy[positions[i]];
        }
        return;
    }
    const auto bucket_of = [&](double x) {
        return std::min(kBuckets - 1, static_cast<std::size_t>((x - min) * scale));
    };
    std::vector<std::size_t> counts(kBuckets, 0);
    for (const double x : values) ++counts[bucket_of(x)];

    // Per wanted position: its bucket, and how many values lie in lower buckets.
    std::vector<std::size_t> bucket(positions.size()), below(positions.size());
    std::size_t b = 0, seen = 0;
    for (std::size_t i = 0; i < positions.size(); ++i) {
        while (seen + counts[b] <= positions[i]) seen += counts[b++];
        bucket[i] = b;
        below[i] = seen;
    }
    std::vector<std::vector<double>> members(positions.size());
    std::vector<int> slot(kBuckets, -1);
    for (std::size_t i = positions.size(); i-- > 0;) slot[bucket[i]] = static_cast<int>(i);
    for (std::size_t i = 0; i < positions.size(); ++i) {
        if (slot[bucket[i]] == static_cast<int>(i)) members[i].reserve(counts[bucket[i]]);
    }
    for (const double x : values) {
        if (const int k = slot[bucket_of(x)]; k >= 0) members[static_cast<std::size_t>(k)].push_back(x);
    }
    for (std::size_t i = 0; i < positions.size(); ++i) {
        auto& m = members[static_cast<std::size_t>(slot[bucket[i]])];
        const auto nth = m.begin() + static_cast<std::ptrdiff_t>(positions[i] - below[i]);
        std::nth_element(m.begin(), nth, m.end());
        out[i] = *nth;
    }
}

}  // namespace

std::uint64_t nearest_rank(std::uint64_t n, unsigned percent) {
    // In integers: ⌈percent × n / 100⌉ exactly, never off by a rounding of percent/100.
    const std::uint64_t rank = (std::uint64_t{percent} * n + 99) / 100;
    return std::max<std::uint64_t>(rank, 1);
}

TrialSummary summarize(std::span<double> values) {
    TrialSummary s;
    s.n = values.size();
    if (values.empty()) return s;
    double sum = 0;
    double min = values[0];
    double max = values[0];
    for (const double x : values) {
        sum += x;
        min = std::min(min, x);
        max = std::max(max, x);
    }
    s.mean = sum / static_cast<double>(values.size());
    s.min = min;
    s.max = max;
    const std::size_t n = values.size();
    constexpr unsigned kPercents[] = {5, 10, 50, 90, 95};
    std::array<std::size_t, std::size(kPercents)> positions{};
    for (std::size_t i = 0; i < positions.size(); ++i) positions[i] = nearest_rank(n, kPercents[i]) - 1;
    std::array<double, std::size(kPercents)> at{};
    order_statistics(values, min, max, positions, at);
    s.p5 = at[0];
    s.p10 = at[1];
    s.p50 = at[2];
    s.p90 = at[3];
    s.p95 = at[4];
    return s;
}

Histogram make_histogram(std::span<const double> values) {
    Histogram h;
    h.counts.assign(kHistogramBins, 0);
    if (values.empty()) return h;
    const auto [min_it, max_it] = std::minmax_element(values.begin(), values.end());
    const double min = *min_it;
    const double max = *max_it;
    const double width = (max - min) / kHistogramBins;
    for (std::size_t i = 0; i < kHistogramBins; ++i) h.edges.push_back(min + static_cast<double>(i) * width);
    h.edges.push_back(max);
    if (!(width > 0)) {
        // Every value equals min = max: only the closed last bin holds it.
        h.counts.back() = values.size();
        return h;
    }
    const std::size_t last = kHistogramBins - 1;
    for (const double x : values) {
        auto bin = static_cast<std::size_t>(std::clamp(std::floor((x - min) / width), 0.0, static_cast<double>(last)));
        // The division may round across an edge: settle against the edges as printed.
        while (bin > 0 && x < h.edges[bin]) --bin;
        while (bin < last && x >= h.edges[bin + 1]) ++bin;
        ++h.counts[bin];
    }
    return h;
}

bool was_cancelled(const std::vector<Problem>& problems) {
    return problems.size() == 1 && problems[0].path == kCancelled.path && problems[0].rule == kCancelled.rule;
}

Outcome<Simulation> simulate(const Scenario& scenario, const SimulationOptions& options,
                             const SimulationProgress& progress) {
    if (options.trials < 1 || options.trials > kMaxTrials) {
        return std::vector<Problem>{{"trials", "must be an integer between 1 and " + std::to_string(kMaxTrials),
                                     std::to_string(options.trials), "range"}};
    }
    return detail::with_whatif_inputs(
        scenario, [&](const auto& inputs) { return run_trials(scenario, inputs, options, progress); });
}

Json simulation_json(const Simulation& s) {
    Json histogram{{"edges", s.histogram.edges}, {"counts", s.histogram.counts}};
    Json out{{"trials", s.trials}, {"seed", s.seed}, {"probability_of_loss", s.probability_of_loss}};
    out["net_profit"] = summary_json(s.net_profit, false);
    out["roi"] = summary_json(s.roi, true);
    out[s.kind == ScenarioKind::program ? "referred_customers" : "new_customers"] = summary_json(s.new_customers, false);
    out["histogram"] = std::move(histogram);
    return out;
}

Json simulation_extra_json(const Simulation& s) {
    Json out = Json::object();
    if (const auto& band = s.cumulative_net_band) {
        out["cumulative_net_band"] = {{"trials", band->trials}, {"p10", band->p10}, {"p50", band->p50}, {"p90", band->p90}};
    }
    return out;
}

}  // namespace passaparola
