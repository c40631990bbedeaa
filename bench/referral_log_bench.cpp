// Budgets of issue 18: a VCP of 500 contacts with 20 000 log entries evaluated
// in at most 5 ms, and a 20 000-row CSV export imported in at most 50 ms. The
// document path (parse, validate, evaluate, write JSON) is timed for reference.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <string>

#include "passaparola/referral_log_import.hpp"
#include "passaparola/scenario.hpp"
#include "passaparola/vcp.hpp"

namespace {

using namespace passaparola;

// A year and a half of referrals, 40 per contact, both directions, most with
// closed business, so every entry is read and about a third fall outside the
// 182-day window.
std::string export_20000_rows() {
    std::string csv = "\xEF\xBB\xBF" "Data;Contatto;Direzione;Valore chiuso;Note\r\n";
    char row[96];
    for (int i = 0; i < 20000; ++i) {
        const int day = 1 + i % 28;
        const int month = 1 + (i / 28) % 12;
        const int year = 2025 + (i / 336) % 2;
        const char* direction = i % 3 ? "dato" : "ricevuto";
        if (i % 4) {
            std::snprintf(row, sizeof row, "%02d/%02d/%d;Contatto %d;%s;%d.%03d,50;\r\n", day, month, year, i % 500,
                          direction, i % 9, 100 + i % 900);
        } else {
            std::snprintf(row, sizeof row, "%02d/%02d/%d;Contatto %d;%s;;\r\n", day, month, year, i % 500, direction);
        }
        csv += row;
    }
    return csv;
}

VcpInputs portfolio_with_log() {
    VcpInputs in;
    for (int i = 0; i < 500; ++i) {
        Contact c;
        c.name = "Contatto " + std::to_string(i);
        c.mine = {true, i % 2 == 0, i % 3 == 0, i % 4 < 3, 0};
        c.theirs = {i % 5 != 0, true, i % 2 == 1, i % 3 != 1, 0};
        in.contacts.push_back(std::move(c));
    }
    auto imported = import_referral_log(export_20000_rows(), std::move(in));
    return imported ? std::move(imported).value() : VcpInputs{};
}

void BM_EvaluateVcp500Contacts20000LogEntries(benchmark::State& state) {
    const VcpInputs in = portfolio_with_log();
    if (log_entry_count(in) != 20000) state.SkipWithError("the log was not built");
    for (auto _ : state) benchmark::DoNotOptimize(evaluate_vcp(in));
}
BENCHMARK(BM_EvaluateVcp500Contacts20000LogEntries)->Unit(benchmark::kMicrosecond);

void BM_EvaluateTextVcp500Contacts20000LogEntries(benchmark::State& state) {
    const std::string text = write_scenario(Scenario{portfolio_with_log(), {}}, Defaults::omit).dump();
    for (auto _ : state) {
        auto result = evaluate_text(text);
        if (!result) state.SkipWithError(result.message().c_str());
        benchmark::DoNotOptimize(result);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_EvaluateTextVcp500Contacts20000LogEntries)->Unit(benchmark::kMillisecond);

void BM_ImportReferralLog20000Rows(benchmark::State& state) {
    const std::string csv = export_20000_rows();
    for (auto _ : state) {
        auto imported = import_referral_log(csv, VcpInputs{});
        if (!imported) state.SkipWithError(imported.message().c_str());
        benchmark::DoNotOptimize(imported);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * csv.size()));
}
BENCHMARK(BM_ImportReferralLog20000Rows)->Unit(benchmark::kMillisecond);

}  // namespace
