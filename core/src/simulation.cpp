// Monte Carlo (spec §6): every trial draws the uncertain inputs from their
// PERT ranges and re-evaluates the model; the outcomes are summarised with
// nearest-rank percentiles and a histogram of net profit.
#include <algorithm>
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

    detail::TrialOutcome record(const ProgramInputs& inputs, std::uint64_t trial) {
        double* column = values.data() + trial;
        const std::uint64_t stride = trials;
        const ProgramSums sums = program_sums(inputs, [column, stride](const ProgramMonth& m) {
            column[static_cast<std::size_t>(m.month - 1) * stride] = m.cumulative_net;
        });
        return {sums.net_profit(), sums.program_cost, sums.referred_customers};
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

    Inputs inputs = base;
    detail::Xoshiro256StarStar rng(options.seed);
    detail::NormalSource normal;
    std::uint64_t losses = 0;
    bool all_finite = true;
    for (std::uint64_t trial = 0; trial < trials; ++trial) {
        for (const auto& u : uncertain) inputs.*u.member = u.sampler.draw(rng, normal);
        detail::TrialOutcome outcome;
        if constexpr (std::is_same_v<Inputs, ProgramInputs>) {
            outcome = band && trial < band->trials ? band->record(inputs, trial) : detail::trial_outcome(inputs);
        } else {
            outcome = detail::trial_outcome(inputs);
        }
        net_profit[trial] = outcome.net_profit;
        customers[trial] = outcome.customers;
        losses += outcome.net_profit < 0;
        all_finite = all_finite && std::isfinite(outcome.net_profit) && std::isfinite(outcome.customers);
        if (outcome.cost != 0) {
            roi.push_back(outcome.net_profit / outcome.cost);
            all_finite = all_finite && std::isfinite(roi.back());
        }
        const std::uint64_t done = trial + 1;
        if (progress && (done % kProgressEvery == 0 || done == trials) &&
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
    // Order statistics by partial sorts: after nth_element, nothing before a
    // position is larger and nothing after it smaller, so the median splits
    // the search for the lower and the upper percentiles.
    const auto position = [&](unsigned percent) {
        return static_cast<std::ptrdiff_t>(nearest_rank(values.size(), percent) - 1);
    };
    const auto select = [&](std::ptrdiff_t from, std::ptrdiff_t at, std::ptrdiff_t to) {
        // A position outside [from, to) is one already selected.
        if (from <= at && at < to) std::nth_element(values.begin() + from, values.begin() + at, values.begin() + to);
        return values[static_cast<std::size_t>(at)];
    };
    const auto n = static_cast<std::ptrdiff_t>(values.size());
    const auto r5 = position(5), r10 = position(10), r50 = position(50), r90 = position(90), r95 = position(95);
    s.p50 = select(0, r50, n);
    s.p10 = select(0, r10, r50);
    s.p5 = select(0, r5, r10);
    s.p90 = select(r50 + 1, r90, n);
    s.p95 = select(r90 + 1, r95, n);
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
                                     std::to_string(options.trials)}};
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
