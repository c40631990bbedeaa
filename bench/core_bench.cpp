// Budgets of issue 2: a 120-month program with its break-even solvers, and a
// 500-contact VCP assessment, each under 2 ms. The document path (parse,
// validate, evaluate, write JSON) is timed for reference.
#include <benchmark/benchmark.h>

#include <string>

#include "passaparola/program.hpp"
#include "passaparola/scenario.hpp"
#include "passaparola/vcp.hpp"

namespace {

using namespace passaparola;

// Every month's branch taken: a discount rate (pow each month) and a market
// that saturates.
ProgramInputs program_120_months() {
    ProgramInputs in;
    in.horizon_months = 120;
    in.annual_discount_rate = 0.05;
    in.market_size = 20000;
    return in;
}

// Contacts at every level, with traits, so every branch of the assessment runs.
VcpInputs portfolio_500_contacts() {
    VcpInputs in;
    const std::vector<std::string> trait_cycle = {"connector", "maven", "doer", "raving_fan", "friend_family"};
    for (int i = 0; i < 500; ++i) {
        Contact c;
        c.name = "Contatto " + std::to_string(i);
        c.mine = {i % 2 == 0, i % 3 == 0, i % 5 == 0, i % 4 < 2, static_cast<double>(i % 4)};
        c.theirs = {i % 3 != 1, i % 2 == 1, i % 7 == 0, i % 3 == 0, static_cast<double>(i % 5) * 0.7};
        for (int t = 0; t < i % 4; ++t) c.traits.push_back(trait_cycle[static_cast<std::size_t>((i + t) % 5)]);
        in.contacts.push_back(std::move(c));
    }
    return in;
}

void BM_EvaluateProgram120Months(benchmark::State& state) {
    const ProgramInputs in = program_120_months();
    for (auto _ : state) benchmark::DoNotOptimize(evaluate_program(in));
}
BENCHMARK(BM_EvaluateProgram120Months)->Unit(benchmark::kMicrosecond);

// One pass over the months, to show what the two solvers add.
void BM_ProgramSums120Months(benchmark::State& state) {
    const ProgramInputs in = program_120_months();
    for (auto _ : state) benchmark::DoNotOptimize(program_sums(in));
}
BENCHMARK(BM_ProgramSums120Months)->Unit(benchmark::kMicrosecond);

void BM_EvaluateVcp500Contacts(benchmark::State& state) {
    const VcpInputs in = portfolio_500_contacts();
    for (auto _ : state) benchmark::DoNotOptimize(evaluate_vcp(in));
}
BENCHMARK(BM_EvaluateVcp500Contacts)->Unit(benchmark::kMicrosecond);

void evaluate_document(benchmark::State& state, const std::string& text) {
    for (auto _ : state) {
        auto result = evaluate_text(text);
        if (!result) state.SkipWithError(result.message().c_str());
        benchmark::DoNotOptimize(result);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}

void BM_EvaluateTextDefaultProgram(benchmark::State& state) {
    evaluate_document(state, R"({"schema": "passaparola/1", "kind": "program"})");
}
BENCHMARK(BM_EvaluateTextDefaultProgram)->Unit(benchmark::kMicrosecond);

void BM_EvaluateTextVcp500Contacts(benchmark::State& state) {
    evaluate_document(state, write_scenario(Scenario{portfolio_500_contacts(), {}}).dump());
}
BENCHMARK(BM_EvaluateTextVcp500Contacts)->Unit(benchmark::kMicrosecond);

}  // namespace
