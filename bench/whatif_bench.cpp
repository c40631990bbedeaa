// What-if budgets (issue 5): 100 000 Monte Carlo trials of a 36-month program
// with 6 uncertain inputs in at most 50 ms native on one core; issue 17: the
// same with 60 months of value after the horizon and a 2-month conversion
// lag. Also the cost of sensitivity, of a gift card run and of the desktop's
// cumulative band.
#include <benchmark/benchmark.h>

#include <string>

#include "passaparola/scenario.hpp"
#include "passaparola/whatif.hpp"

namespace {

using namespace passaparola;

Scenario parse(const char* text) {
    auto scenario = parse_scenario(text);
    if (!scenario) throw std::runtime_error(scenario.message());
    return std::move(scenario).value();
}

// The six uncertain inputs of both program budgets, with the program's inputs.
Scenario program_with_six_uncertain(const std::string& inputs) {
    return parse((R"({"schema": "passaparola/1", "kind": "program", "inputs": )" + inputs + R"(,
        "uncertainty": {
            "customers": {"low": 300, "likely": 500, "high": 800},
            "advocate_rate": {"low": 0.01, "high": 0.06},
            "referrals_per_advocate": {"low": 1, "likely": 2, "high": 4},
            "conversion_rate": {"low": 0.05, "likely": 0.15, "high": 0.3},
            "average_order_value": {"low": 60, "high": 110},
            "referred_churn": {"low": 0.01, "high": 0.03}}})").c_str());
}

const Scenario& program_36_months() {
    static const Scenario scenario = program_with_six_uncertain(R"({"horizon_months": 36})");
    return scenario;
}

const Scenario& program_36_months_tail_and_lag() {
    static const Scenario scenario =
        program_with_six_uncertain(R"({"horizon_months": 36, "tail_months": 60, "conversion_lag_months": 2})");
    return scenario;
}

const Scenario& gift_card_campaign() {
    static const Scenario scenario = parse(R"({"schema": "passaparola/1", "kind": "gift_card",
        "uncertainty": {
            "pass_on_rate": {"low": 0.3, "high": 0.8},
            "friend_redemption_rate": {"low": 0.2, "high": 0.7},
            "self_redemption_rate": {"low": 0.4, "high": 0.9},
            "redemption_spend": {"low": 25, "high": 60},
            "friend_conversion": {"low": 0.1, "high": 0.5},
            "new_customer_value": {"low": 60, "high": 200}}})");
    return scenario;
}

void run(benchmark::State& state, const Scenario& scenario, bool band) {
    const SimulationOptions options{static_cast<std::uint64_t>(state.range(0)), 1, band};
    for (auto _ : state) {
        auto simulation = simulate(scenario, options);
        if (!simulation) state.SkipWithError(simulation.message().c_str());
        benchmark::DoNotOptimize(simulation);
    }
    state.counters["trials/s"] =
        benchmark::Counter(static_cast<double>(state.range(0)), benchmark::Counter::kIsIterationInvariantRate);
}

// The budget: ≤ 50 ms per iteration.
void BM_SimulateProgram36Months6Uncertain(benchmark::State& state) { run(state, program_36_months(), false); }
BENCHMARK(BM_SimulateProgram36Months6Uncertain)->Arg(100'000)->Unit(benchmark::kMillisecond);

// Issue 17's budget: ≤ 50 ms per iteration with the tail and the lag.
void BM_SimulateProgram36MonthsTail60Lag2(benchmark::State& state) {
    run(state, program_36_months_tail_and_lag(), false);
}
BENCHMARK(BM_SimulateProgram36MonthsTail60Lag2)->Arg(100'000)->Unit(benchmark::kMillisecond);

void BM_SimulateProgramWithCumulativeBand(benchmark::State& state) { run(state, program_36_months(), true); }
BENCHMARK(BM_SimulateProgramWithCumulativeBand)->Arg(100'000)->Unit(benchmark::kMillisecond);

void BM_SimulateGiftCard6Uncertain(benchmark::State& state) { run(state, gift_card_campaign(), false); }
BENCHMARK(BM_SimulateGiftCard6Uncertain)->Arg(100'000)->Unit(benchmark::kMillisecond);

void BM_SensitivityProgram36Months(benchmark::State& state) {
    for (auto _ : state) benchmark::DoNotOptimize(sensitivity(program_36_months()));
}
BENCHMARK(BM_SensitivityProgram36Months)->Unit(benchmark::kMicrosecond);

}  // namespace
