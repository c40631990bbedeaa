#pragma once
// What-if analysis (spec §6) of program and gift_card scenarios: which input
// matters most (sensitivity, drawn as a tornado) and the spread of outcomes
// when inputs are uncertain (Monte Carlo with PERT draws). Not defined for vcp.
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "passaparola/json.hpp"
#include "passaparola/outcome.hpp"
#include "passaparola/scenario.hpp"

namespace passaparola {

// ---- Sensitivity -----------------------------------------------------------

// One bar of the tornado: net profit with only `input` moved to low, then high.
struct SensitivityRow {
    std::string input;
    double low = 0;
    double high = 0;
    double net_profit_low = 0;
    double net_profit_high = 0;
    double swing = 0;  // |net_profit_high − net_profit_low|
};

// Every real-valued input whose low and high differ, largest swing first.
// Fails for vcp, or when moving an input makes the model overflow.
Outcome<std::vector<SensitivityRow>> sensitivity(const Scenario& scenario);
// `result.sensitivity`.
Json sensitivity_json(const std::vector<SensitivityRow>& rows);

// ---- Monte Carlo -----------------------------------------------------------

inline constexpr std::uint64_t kDefaultTrials = 10'000;
inline constexpr std::uint64_t kMaxTrials = 10'000'000;
inline constexpr std::uint64_t kDefaultSeed = 1;
// The cumulative-profit band keeps every month of every trial it uses, so it
// is drawn from the first trials only.
inline constexpr std::uint64_t kMaxBandTrials = 20'000;

// A run keeps three numbers per trial (24 bytes: 240 MB at kMaxTrials).
struct SimulationOptions {
    std::uint64_t trials = kDefaultTrials;  // 1 … kMaxTrials
    std::uint64_t seed = kDefaultSeed;
    // Programs only: also compute the per-month band of cumulative net profit,
    // an extra beyond spec §6 (for the desktop's chart).
    bool cumulative_net_band = false;
};

// One outcome over the trials that counted: mean, extremes and nearest-rank
// percentiles. Everything but `n` is empty when no trial counted.
struct TrialSummary {
    std::uint64_t n = 0;
    std::optional<double> mean, min, max, p5, p10, p50, p90, p95;
};

struct Histogram {
    std::vector<double> edges;          // 41 edges, from min to max
    std::vector<std::uint64_t> counts;  // 40 bins [edge i, edge i+1), the last one closed
};

// Per month (index = month − 1), nearest-rank percentiles of cumulative net profit.
struct CumulativeNetBand {
    std::uint64_t trials = 0;  // the first min(trials, kMaxBandTrials) trials
    std::vector<double> p10, p50, p90;
};

struct Simulation {
    ScenarioKind kind = ScenarioKind::program;
    std::uint64_t trials = 0;
    std::uint64_t seed = 0;
    double probability_of_loss = 0;  // share of trials with net_profit < 0
    TrialSummary net_profit;
    TrialSummary roi;            // trials whose roi is null are left out
    TrialSummary new_customers;  // referred_customers for a program
    Histogram histogram;         // of net_profit
    std::optional<CumulativeNetBand> cumulative_net_band;
};

// Called every few thousand trials with the share done (0 … 1]. Returning
// false cancels the run, which then fails with the problem `simulation: was cancelled`.
using SimulationProgress = std::function<bool(double fraction_done)>;
bool was_cancelled(const std::vector<Problem>& problems);

// Fails for vcp, for trials outside 1 … kMaxTrials, when a trial makes the
// model overflow, or when cancelled.
Outcome<Simulation> simulate(const Scenario& scenario, const SimulationOptions& options = {},
                             const SimulationProgress& progress = {});
// `result.simulation`: exactly the members of spec §6.
Json simulation_json(const Simulation& simulation);
// `result.simulation_extra`: what the desktop asks for beyond spec §6 (an
// empty object when nothing extra was computed).
Json simulation_extra_json(const Simulation& simulation);

// ---- One call for the faces ------------------------------------------------

struct WhatIfRequest {
    bool sensitivity = false;
    std::optional<SimulationOptions> simulation;
};

// The result document of `evaluate`, plus `result.sensitivity` and/or
// `result.simulation` as requested (and `result.simulation_extra` when it has
// anything).
Outcome<Json> evaluate_whatif(const Scenario& scenario, const WhatIfRequest& request,
                              const SimulationProgress& progress = {});

// ---- Building blocks, public so tests can check them on known samples -------

// The 1-based nearest rank of percentile `percent` among n values: ⌈percent/100 × n⌉.
std::uint64_t nearest_rank(std::uint64_t n, unsigned percent);
// The summary of `values`; reorders them.
TrialSummary summarize(std::span<double> values);
// 40 equal bins from the smallest to the largest of `values` (not empty).
Histogram make_histogram(std::span<const double> values);

}  // namespace passaparola
