// What-if analysis (spec §6): sensitivity, Monte Carlo, their random numbers,
// the validation of `uncertainty`, and the `sensitivity` / `simulate` commands.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <sstream>

#include "../../core/src/random.hpp"
#include "cli.hpp"
#include "passaparola/whatif.hpp"
#include "test_support.hpp"

namespace passaparola::test {
namespace {

Scenario scenario_of(const Json& document) {
    auto scenario = read_scenario(document);
    EXPECT_TRUE(scenario) << scenario.message();
    return scenario ? std::move(scenario).value() : default_scenario(ScenarioKind::program);
}

Json with_uncertainty(Json document, Json uncertainty) {
    document["uncertainty"] = std::move(uncertainty);
    return document;
}

Json range(double low, double likely, double high) { return {{"low", low}, {"likely", likely}, {"high", high}}; }

const SensitivityRow& row_of(const std::vector<SensitivityRow>& rows, std::string_view input) {
    const auto it = std::find_if(rows.begin(), rows.end(), [&](const auto& r) { return r.input == input; });
    if (it == rows.end()) throw std::runtime_error("no sensitivity row for " + std::string(input));
    return *it;
}

std::vector<std::string> inputs_of(const std::vector<SensitivityRow>& rows) {
    std::vector<std::string> names;
    for (const auto& r : rows) names.push_back(r.input);
    return names;
}

Simulation simulated(const Json& document, SimulationOptions options) {
    auto simulation = simulate(scenario_of(document), options);
    EXPECT_TRUE(simulation) << simulation.message();
    return simulation ? std::move(simulation).value() : Simulation{};
}

// ---- Sensitivity -----------------------------------------------------------

TEST(Sensitivity, GiftCardSwingsMatchTheHandComputedOnes) {
    // Defaults per wave: 30 friend and 28 own redemptions, 9 new customers; 4 waves.
    const auto rows = sensitivity(scenario_of(document("gift_card")));
    ASSERT_TRUE(rows) << rows.message();
    const std::pair<const char*, double> swings[] = {
        {"fixed_cost", 240 - 160},
        {"card_unit_cost", 4 * 100 * (1.8 - 1.2)},
        {"new_customer_value", 4 * 9 * (144 - 96)},
        {"referrer_reward", 4 * 9 * (18 - 12)},
        {"reward_cost_ratio", 4 * 9 * 15 * (1 - 0.8)},
        {"friend_conversion", 4 * 30 * (0.36 - 0.24) * (120 - 15)},
        {"cannibalization", 4 * 28 * 40 * 0.5 * (0.6 - 0.4)},
        {"gross_margin", 4 * (30 * 40 + 28 * 40 * 0.5) * (0.6 - 0.4)},
    };
    for (const auto& [input, swing] : swings) EXPECT_TRUE(numbers_agree(swing, row_of(*rows, input).swing)) << input;
    // Costs lower the profit when they rise: the high end gives the lower profit.
    EXPECT_LT(row_of(*rows, "fixed_cost").net_profit_high, row_of(*rows, "fixed_cost").net_profit_low);
    EXPECT_TRUE(numbers_agree(3020 + 40, row_of(*rows, "fixed_cost").net_profit_low));
}

TEST(Sensitivity, ProgramSwingsFollowFromTheTotals) {
    const Json doc = document("program");
    const Json totals = evaluated(doc)["result"]["totals"];
    const double referred = totals["referred_customers"];
    const double gross_profit = totals["incremental_gross_profit"];
    const auto rows = sensitivity(scenario_of(doc));
    ASSERT_TRUE(rows) << rows.message();
    EXPECT_TRUE(numbers_agree(12 * (60 - 40), row_of(*rows, "monthly_cost").swing));
    EXPECT_TRUE(numbers_agree(600 - 400, row_of(*rows, "setup_cost").swing));
    // Rewards change the cost only, never how many customers come.
    EXPECT_TRUE(numbers_agree((18 - 12) * referred, row_of(*rows, "referrer_reward").swing));
    EXPECT_TRUE(numbers_agree((1 - 0.8) * (15 + 15) * referred, row_of(*rows, "reward_cost_ratio").swing));
    // Gross profit is proportional to each of these three (no donation by default).
    for (const char* input : {"average_order_value", "orders_per_month", "gross_margin"}) {
        EXPECT_TRUE(numbers_agree(0.4 * gross_profit, row_of(*rows, input).swing)) << input;
    }
    // They tie, and ties keep the order of the input table; inputs at 0 have no range and are left out.
    const std::vector<std::string> names = inputs_of(*rows);
    EXPECT_EQ(std::vector<std::string>(names.begin(), names.begin() + 3),
              (std::vector<std::string>{"average_order_value", "orders_per_month", "gross_margin"}));
    for (const char* zero : {"donation_share", "alternative_cac", "annual_discount_rate", "market_size"}) {
        EXPECT_EQ(std::count(names.begin(), names.end(), zero), 0) << zero;
    }
    // reward_cost_ratio's 1.2 × 1 is clamped to its range.
    EXPECT_EQ(row_of(*rows, "reward_cost_ratio").high, 1);
    for (std::size_t i = 1; i < rows->size(); ++i) EXPECT_GE((*rows)[i - 1].swing, (*rows)[i].swing * (1 - 1e-9));
}

// Spec §2: the tornado moves the decision profit, the net profit with the
// value after the horizon.
TEST(Sensitivity, ProgramMovesTheDecisionProfit) {
    const Json doc = document("program", {{"tail_months", 24}, {"fee_per_conversion", 2}, {"conversion_lag_months", 1}});
    const auto rows = sensitivity(scenario_of(doc));
    ASSERT_TRUE(rows) << rows.message();
    const double referred = evaluated(doc)["result"]["totals"]["referred_customers"];
    // A fee changes the cost only: (2.4 − 1.6) per referred customer.
    EXPECT_TRUE(numbers_agree(0.8 * referred, row_of(*rows, "fee_per_conversion").swing));
    Json moved = doc;
    moved["inputs"]["average_order_value"] = 64;
    EXPECT_EQ(row_of(*rows, "average_order_value").net_profit_low,
              evaluated(moved)["result"]["totals"]["net_profit_with_tail"].get<double>());
    // The tail lengthens the life that churn shortens: referred churn swings more with it.
    const auto without_tail = sensitivity(scenario_of(document("program", {{"fee_per_conversion", 2}, {"conversion_lag_months", 1}})));
    ASSERT_TRUE(without_tail);
    EXPECT_GT(row_of(*rows, "referred_churn").swing, row_of(*without_tail, "referred_churn").swing);
}

TEST(Sensitivity, UsesTheUncertaintyRangeAndKeepsZeroSwings) {
    Json doc = with_uncertainty(document("program", {{"alternative_cac", 90}}),
                                {{"conversion_rate", {{"low", 0.05}, {"high", 0.3}}}});
    const auto rows = sensitivity(scenario_of(doc));
    ASSERT_TRUE(rows) << rows.message();
    EXPECT_EQ(row_of(*rows, "conversion_rate").low, 0.05);
    EXPECT_EQ(row_of(*rows, "conversion_rate").high, 0.3);
    EXPECT_EQ(rows->front().input, "conversion_rate");  // the widest range moves profit most
    // alternative_cac only feeds cac_savings: a swing of 0 is listed, last.
    EXPECT_EQ(rows->back().input, "alternative_cac");
    EXPECT_EQ(rows->back().swing, 0);
}

TEST(Sensitivity, JsonRowsHaveTheSpecMembers) {
    const auto rows = sensitivity(scenario_of(document("gift_card")));
    ASSERT_TRUE(rows);
    const Json json = sensitivity_json(*rows);
    ASSERT_EQ(json.size(), rows->size());
    std::vector<std::string> members;
    for (const auto& [key, value] : json[0].items()) members.push_back(key);
    EXPECT_EQ(members, (std::vector<std::string>{"input", "low", "high", "net_profit_low", "net_profit_high", "swing"}));
}

// ---- What-if on vcp and bad options -----------------------------------------

TEST(WhatIf, IsRefusedForVcp) {
    const Scenario vcp = default_scenario(ScenarioKind::vcp);
    const auto rows = sensitivity(vcp);
    ASSERT_FALSE(rows);
    EXPECT_EQ(rows.problems().front().path, "kind");
    const auto simulation = simulate(vcp);
    ASSERT_FALSE(simulation);
    EXPECT_EQ(simulation.problems().front().path, "kind");
}

TEST(WhatIf, TrialsOutsideTheirRangeAreRefused) {
    const Scenario program = default_scenario(ScenarioKind::program);
    for (std::uint64_t trials : {std::uint64_t{0}, kMaxTrials + 1}) {
        const auto simulation = simulate(program, {trials, 1, false});
        ASSERT_FALSE(simulation);
        EXPECT_EQ(simulation.problems().front().path, "trials");
    }
}

// ---- Monte Carlo -----------------------------------------------------------

TEST(MonteCarlo, ZeroWidthRangesGiveTheDeterministicResult) {
    const Json doc = with_uncertainty(document("program", {{"horizon_months", 18}}),
                                      {{"conversion_rate", range(0.15, 0.15, 0.15)},
                                       {"average_order_value", range(80, 80, 80)},
                                       {"monthly_churn", range(0.02, 0.02, 0.02)}});
    const Json result = evaluated(doc)["result"];
    const double net = result["totals"]["net_profit"];
    const double roi = result["totals"]["roi"];
    const double referred = result["totals"]["referred_customers"];
    const Simulation s = simulated(doc, {300, 42, true});
    for (const auto& [summary, expected] : {std::pair{&s.net_profit, net}, std::pair{&s.roi, roi},
                                            std::pair{&s.new_customers, referred}}) {
        EXPECT_EQ(summary->n, 300u);
        for (const auto& value : {summary->min, summary->max, summary->p5, summary->p10, summary->p50, summary->p90,
                                  summary->p95}) {
            EXPECT_EQ(*value, expected);
        }
        EXPECT_NEAR(*summary->mean, expected, 1e-12 * std::fabs(expected));
    }
    EXPECT_EQ(s.probability_of_loss, net < 0 ? 1 : 0);
    // One value: every trial lands in the closed last bin.
    EXPECT_EQ(s.histogram.counts.back(), 300u);
    // The desktop's band collapses onto the months' cumulative profit.
    ASSERT_TRUE(s.cumulative_net_band);
    ASSERT_EQ(s.cumulative_net_band->p50.size(), 18u);
    for (std::size_t month = 0; month < 18; ++month) {
        const double cumulative = result["months"][month]["cumulative_net"];
        EXPECT_EQ(s.cumulative_net_band->p10[month], cumulative);
        EXPECT_EQ(s.cumulative_net_band->p90[month], cumulative);
    }
}

// For an input that enters net profit linearly, net = c + k × x, so the mean
// of net profit must be c + k × the PERT mean (a + 4m + b) / 6, within three
// standard errors; PERT's variance is (μ − a)(b − μ) / 7.
void expect_pert_mean(const Json& doc, const std::string& input, double a, double m, double b) {
    const auto net_at = [&](double x) {
        Json moved = doc;
        moved["inputs"][input] = x;
        return evaluated(moved)["result"]["totals"]["net_profit"].get<double>();
    };
    const double c = net_at(0);
    const double k = net_at(1) - c;
    const double mean = (a + 4 * m + b) / 6;
    const std::uint64_t trials = 20'000;
    const double standard_error = std::fabs(k) * std::sqrt((mean - a) * (b - mean) / 7 / trials);
    const Simulation s = simulated(with_uncertainty(doc, {{input, range(a, m, b)}}), {trials, 7, false});
    EXPECT_NEAR(*s.net_profit.mean, c + k * mean, 3 * standard_error) << input;
    EXPECT_GE(*s.net_profit.min, std::min(c + k * a, c + k * b) - 1e-6);
    EXPECT_LE(*s.net_profit.max, std::max(c + k * a, c + k * b) + 1e-6);
}

// Spec §6 trial by trial: trial i draws the uncertain inputs in table order
// from one xoshiro256** stream and evaluates the model on them. The core
// evaluates programs in groups; whatever the grouping (counts that end
// inside a group, the band's trials), every figure must be this one.
void expect_every_trial_is_the_model(const Json& inputs) {
    const ProgramInputs base = std::get<ProgramInputs>(read_scenario(document("program", inputs))->inputs);
    const Json doc = with_uncertainty(document("program", inputs),
                                      {{"monthly_churn", range(0.01, 0.02, 0.05)},
                                       {"conversion_rate", range(0.05, 0.1, 0.4)},
                                       {"average_order_value", range(40, 80, 90)}});
    const std::uint64_t seed = 11;
    for (const std::uint64_t trials : {1u, 3u, 4u, 5u, 9u, 30u}) {
        detail::Xoshiro256StarStar rng(seed);
        const detail::NormalSource normal;
        const detail::PertSampler churn(0.01, 0.02, 0.05), conversion(0.05, 0.1, 0.4), order(40, 80, 90);
        std::vector<double> nets, rois, last_month;
        for (std::uint64_t i = 0; i < trials; ++i) {
            ProgramInputs in = base;
            in.monthly_churn = churn.draw(rng, normal);  // table order: churn, conversion, order value
            in.conversion_rate = conversion.draw(rng, normal);
            in.average_order_value = order.draw(rng, normal);
            const ProgramResult r = evaluate_program(in);
            // Spec §2: the decision profit, and roi is roi_with_tail.
            nets.push_back(r.totals.net_profit_with_tail());
            rois.push_back(*r.totals.roi_with_tail);
            last_month.push_back(r.months.back().cumulative_net);
        }
        const Simulation s = simulated(doc, {trials, seed, true});
        EXPECT_EQ(*s.net_profit.min, *std::min_element(nets.begin(), nets.end())) << trials;
        EXPECT_EQ(*s.net_profit.max, *std::max_element(nets.begin(), nets.end())) << trials;
        EXPECT_EQ(*s.net_profit.mean, std::accumulate(nets.begin(), nets.end(), 0.0) / static_cast<double>(trials))
            << trials;
        EXPECT_EQ(*s.roi.max, *std::max_element(rois.begin(), rois.end())) << trials;
        std::sort(last_month.begin(), last_month.end());
        EXPECT_EQ(s.cumulative_net_band->p50.back(), last_month[nearest_rank(trials, 50) - 1]) << trials;
    }
}

// Spec §6 trial by trial: trial i draws the uncertain inputs in table order
// from one xoshiro256** stream and evaluates the model on them. The core
// evaluates programs in groups; whatever the grouping (counts that end
// inside a group, the band's trials), every figure must be this one.
TEST(MonteCarlo, EveryTrialIsTheModelOnItsOwnDraws) {
    expect_every_trial_is_the_model({{"horizon_months", 9}, {"market_size", 900}});  // the saturating branch too
    // A lag (the ring of past leads in every lane), fees and a tail.
    expect_every_trial_is_the_model(
        {{"horizon_months", 9}, {"conversion_lag_months", 2}, {"fee_per_conversion", 3}, {"tail_months", 60}});
    expect_every_trial_is_the_model({{"horizon_months", 30},
                                     {"conversion_lag_months", 24},
                                     {"market_size", 400},
                                     {"tail_months", 7},
                                     {"annual_discount_rate", 0.1}});
}

// Without a tail a trial's figures are net_profit and roi of the horizon.
TEST(MonteCarlo, WithATailTheOutcomeIsTheDecisionProfit) {
    const Json inputs = {{"tail_months", 60}, {"setup_cost", 3000}};
    const Json doc = with_uncertainty(document("program", inputs), {{"conversion_rate", range(0.15, 0.15, 0.15)}});
    const Json totals = evaluated(doc)["result"]["totals"];
    const Simulation s = simulated(doc, {8, 3, false});
    EXPECT_EQ(*s.net_profit.p50, totals["net_profit_with_tail"].get<double>());
    EXPECT_EQ(*s.roi.p50, totals["roi_with_tail"].get<double>());
    EXPECT_GT(totals["net_profit_with_tail"].get<double>(), totals["net_profit"].get<double>());
    EXPECT_EQ(s.probability_of_loss, totals["net_profit_with_tail"].get<double>() < 0 ? 1 : 0);
}

TEST(MonteCarlo, MeanOfALinearInputMatchesThePertMean) {
    expect_pert_mean(document("gift_card"), "new_customer_value", 60, 90, 300);
    expect_pert_mean(document("program", {{"horizon_months", 24}}), "monthly_cost", 10, 20, 200);
}

TEST(MonteCarlo, SameSeedSameResultOtherSeedOtherResult) {
    const Json doc = with_uncertainty(document("program"), {{"conversion_rate", {{"low", 0.05}, {"high", 0.3}}},
                                                            {"referred_churn", {{"low", 0.01}, {"high", 0.05}}}});
    const Json first = simulation_json(simulated(doc, {2000, 99, false}));
    EXPECT_EQ(first, simulation_json(simulated(doc, {2000, 99, false})));
    EXPECT_NE(first, simulation_json(simulated(doc, {2000, 100, false})));
    // The order of a document's members never changes the draws.
    const Json swapped = with_uncertainty(document("program"), {{"referred_churn", {{"low", 0.01}, {"high", 0.05}}},
                                                                {"conversion_rate", {{"low", 0.05}, {"high", 0.3}}}});
    EXPECT_EQ(first, simulation_json(simulated(swapped, {2000, 99, false})));
}

TEST(MonteCarlo, SimulationJsonHasExactlyTheSpecMembers) {
    const Json doc = with_uncertainty(document("gift_card"), {{"friend_conversion", {{"low", 0.1}, {"high", 0.5}}}});
    const Simulation s = simulated(doc, {1000, 3, false});
    const Json json = simulation_json(s);
    std::vector<std::string> members;
    for (const auto& [key, value] : json.items()) members.push_back(key);
    EXPECT_EQ(members, (std::vector<std::string>{"trials", "seed", "probability_of_loss", "net_profit", "roi",
                                                 "new_customers", "histogram"}));
    EXPECT_EQ(json["roi"]["n"], 1000);
    EXPECT_FALSE(json["net_profit"].contains("n"));
    // The histogram: 41 edges from min to max, 40 counts that add up to the trials.
    const Json& histogram = json["histogram"];
    ASSERT_EQ(histogram["edges"].size(), 41u);
    ASSERT_EQ(histogram["counts"].size(), 40u);
    EXPECT_EQ(histogram["edges"].front(), json["net_profit"]["min"]);
    EXPECT_EQ(histogram["edges"].back(), json["net_profit"]["max"]);
    EXPECT_EQ(std::accumulate(histogram["counts"].begin(), histogram["counts"].end(), std::uint64_t{0},
                              [](std::uint64_t sum, const Json& c) { return sum + c.get<std::uint64_t>(); }),
              1000u);
    EXPECT_TRUE(simulation_extra_json(s).empty());
    // A program names its customers as referred customers.
    EXPECT_TRUE(simulation_json(simulated(document("program"), {10, 1, false})).contains("referred_customers"));
}

TEST(MonteCarlo, RoiLeavesOutTrialsWithoutCost) {
    // A program that costs nothing has no roi in any trial.
    const Json doc = with_uncertainty(
        document("program", {{"referrer_reward", 0}, {"friend_reward", 0}, {"setup_cost", 0}, {"monthly_cost", 0}}),
        {{"conversion_rate", {{"low", 0.05}, {"high", 0.3}}}});
    const Json json = simulation_json(simulated(doc, {500, 1, false}));
    EXPECT_EQ(json["roi"]["n"], 0);
    EXPECT_TRUE(json["roi"]["p50"].is_null());
    EXPECT_TRUE(json["roi"]["mean"].is_null());
}

TEST(MonteCarlo, ProgressReportsAndCancels) {
    const Scenario program = scenario_of(
        with_uncertainty(document("program"), {{"conversion_rate", {{"low", 0.05}, {"high", 0.3}}}}));
    std::vector<double> fractions;
    ASSERT_TRUE(simulate(program, {10'000, 1, false}, [&](double f) {
        fractions.push_back(f);
        return true;
    }));
    ASSERT_GE(fractions.size(), 2u);
    EXPECT_TRUE(std::is_sorted(fractions.begin(), fractions.end()));
    EXPECT_EQ(fractions.back(), 1);
    int calls = 0;
    const auto cancelled = simulate(program, {10'000, 1, false}, [&](double) { return ++calls < 2; });
    ASSERT_FALSE(cancelled);
    EXPECT_TRUE(was_cancelled(cancelled.problems()));
    EXPECT_EQ(calls, 2);
}

TEST(MonteCarlo, EvaluateWhatIfAddsTheRequestedMembers) {
    Json doc = with_uncertainty(document("program", {{"horizon_months", 6}}),
                                {{"advocate_rate", {{"low", 0.01}, {"high", 0.05}}}});
    const auto result = evaluate_whatif(scenario_of(doc), {true, SimulationOptions{200, 5, true}});
    ASSERT_TRUE(result) << result.message();
    const Json& r = (*result)["result"];
    EXPECT_TRUE(r.contains("totals"));
    EXPECT_EQ(r["sensitivity"].front()["input"], "advocate_rate");
    EXPECT_EQ(r["simulation"]["trials"], 200);
    EXPECT_EQ(r["simulation_extra"]["cumulative_net_band"]["p90"].size(), 6u);
    EXPECT_EQ((*result)["uncertainty"]["advocate_rate"]["likely"], 0.03);
}

// ---- Building blocks ---------------------------------------------------------

TEST(NearestRank, IsTheCeilingOfPercentTimesCount) {
    EXPECT_EQ(nearest_rank(5, 5), 1u);  // 0.25 → 1
    EXPECT_EQ(nearest_rank(5, 50), 3u);  // 2.5 → 3
    EXPECT_EQ(nearest_rank(5, 90), 5u);  // 4.5 → 5
    EXPECT_EQ(nearest_rank(100, 5), 5u);  // exactly 5, never 6 by a rounded 0.05
    EXPECT_EQ(nearest_rank(1000, 10), 100u);
    EXPECT_EQ(nearest_rank(1, 95), 1u);
    EXPECT_EQ(nearest_rank(kMaxTrials, 95), 9'500'000u);
}

TEST(NearestRank, SummaryOfASmallKnownSample) {
    std::vector<double> values{35, 15, 50, 40, 20};
    const TrialSummary s = summarize(values);
    EXPECT_EQ(s.n, 5u);
    EXPECT_EQ(*s.min, 15);
    EXPECT_EQ(*s.max, 50);
    EXPECT_EQ(*s.mean, 32);
    EXPECT_EQ(*s.p5, 15);   // rank 1
    EXPECT_EQ(*s.p10, 15);  // rank 1
    EXPECT_EQ(*s.p50, 35);  // rank 3
    EXPECT_EQ(*s.p90, 50);  // rank 5
    EXPECT_EQ(*s.p95, 50);  // rank 5

    std::vector<double> hundred(100);
    std::iota(hundred.begin(), hundred.end(), 1.0);
    std::reverse(hundred.begin(), hundred.end());
    const TrialSummary h = summarize(hundred);
    EXPECT_EQ(*h.p5, 5);
    EXPECT_EQ(*h.p10, 10);
    EXPECT_EQ(*h.p50, 50);
    EXPECT_EQ(*h.p90, 90);
    EXPECT_EQ(*h.p95, 95);

    std::vector<double> none;
    EXPECT_EQ(summarize(none).n, 0u);
    EXPECT_FALSE(summarize(none).p50);
}

TEST(NearestRank, SummaryAgreesWithASortOnAwkwardSamples) {
    // Skewed, repeated and tied values: what a simulation's outcomes look like.
    detail::Xoshiro256StarStar rng(3);
    std::vector<std::vector<double>> samples(4);
    for (int i = 0; i < 30'001; ++i) {
        const double u = rng.uniform();
        samples[0].push_back(std::exp(40 * u));           // nearly all in the lowest bucket
        samples[1].push_back(std::floor(u * 7) - 3);        // seven distinct values
        samples[2].push_back(i % 1000 == 0 ? 1e300 : u);    // one outlier in a thousand
        samples[3].push_back(i < 20'000 ? 5 : -u);          // mostly one value
    }
    for (auto& sample : samples) {
        std::vector<double> sorted = sample;
        std::sort(sorted.begin(), sorted.end());
        const auto nth = [&](unsigned percent) { return sorted[nearest_rank(sorted.size(), percent) - 1]; };
        const TrialSummary s = summarize(sample);
        EXPECT_EQ(*s.min, sorted.front());
        EXPECT_EQ(*s.max, sorted.back());
        EXPECT_EQ(*s.p5, nth(5));
        EXPECT_EQ(*s.p10, nth(10));
        EXPECT_EQ(*s.p50, nth(50));
        EXPECT_EQ(*s.p90, nth(90));
        EXPECT_EQ(*s.p95, nth(95));
    }
}

TEST(Histogram, EqualBinsWithTheLastOneClosed) {
    std::vector<double> values(41);
    std::iota(values.begin(), values.end(), 0.0);  // 0 … 40: one value on every edge
    const Histogram h = make_histogram(values);
    ASSERT_EQ(h.edges.size(), 41u);
    ASSERT_EQ(h.counts.size(), 40u);
    for (std::size_t i = 0; i < 41; ++i) EXPECT_EQ(h.edges[i], static_cast<double>(i));
    for (std::size_t i = 0; i < 39; ++i) EXPECT_EQ(h.counts[i], 1u) << i;
    EXPECT_EQ(h.counts[39], 2u);  // 39 and the maximum 40
}

// ---- Random numbers ----------------------------------------------------------

TEST(Random, Xoshiro256StarStarMatchesTheReferenceImplementation) {
    // First outputs of xoshiro256starstar.c from the state {1, 2, 3, 4}, as
    // published with the Rust rand_xoshiro crate's reference test.
    detail::Xoshiro256StarStar rng(std::array<std::uint64_t, 4>{1, 2, 3, 4});
    const std::uint64_t expected[] = {11520u,
                                      0u,
                                      1509978240u,
                                      1215971899390074240u,
                                      1216172134540287360u,
                                      607988272756665600u,
                                      16172922978634559625u,
                                      8476171486693032832u,
                                      10595114339597558777u,
                                      2904607092377533576u};
    for (const auto value : expected) EXPECT_EQ(rng.next(), value);
}

TEST(Random, SplitMix64MatchesTheReferenceImplementation) {
    // First outputs of splitmix64.c seeded with 1477776061723855037 (rand_xoshiro's reference test).
    detail::SplitMix64 rng(1477776061723855037u);
    const std::uint64_t expected[] = {1985237415132408290u,  2979275885539914483u, 13511426838097143398u,
                                      8488337342461049707u,  15141737807933549159u, 17093170987380407015u,
                                      16389528042912955399u, 13177319091862933652u};
    for (const auto value : expected) EXPECT_EQ(rng.next(), value);
}

TEST(Random, XoshiroIsSeededWithFourSplitMixOutputs) {
    detail::SplitMix64 seeder(2024);
    std::array<std::uint64_t, 4> state{};
    for (auto& word : state) word = seeder.next();
    detail::Xoshiro256StarStar from_seed(2024), from_state(state);
    for (int i = 0; i < 8; ++i) EXPECT_EQ(from_seed.next(), from_state.next());
}

// Moments within five standard errors for 200 000 draws; seeded, so stable.
TEST(Random, NormalsHaveTheStandardNormalShape) {
    detail::Xoshiro256StarStar rng(11);
    const detail::NormalSource normal;
    const int n = 200'000;
    double sum = 0, squares = 0;
    int below_minus_one = 0, beyond_tail = 0;
    for (int i = 0; i < n; ++i) {
        const double z = normal.next(rng);
        sum += z;
        squares += z * z;
        below_minus_one += z < -1;
        beyond_tail += std::fabs(z) > 3.442619855899;  // only the ziggurat's tail draws land here
    }
    EXPECT_NEAR(sum / n, 0, 5 / std::sqrt(n));
    EXPECT_NEAR(squares / n, 1, 5 * std::sqrt(2.0 / n));
    const double p_below = 0.15865525393145707;  // Φ(−1)
    EXPECT_NEAR(below_minus_one / double(n), p_below, 5 * std::sqrt(p_below * (1 - p_below) / n));
    const double p_tail = 5.7629e-4;  // 2 (1 − Φ(3.4426))
    EXPECT_NEAR(beyond_tail, p_tail * n, 5 * std::sqrt(p_tail * n));
}

TEST(Random, GammaAndPertHaveTheirMeans) {
    detail::Xoshiro256StarStar rng(5);
    const detail::NormalSource normal;
    const int n = 100'000;
    for (const double shape : {1.0, 2.5, 5.0}) {
        const detail::GammaSampler gamma(shape);
        double sum = 0;
        for (int i = 0; i < n; ++i) sum += gamma.draw(rng, normal);
        EXPECT_NEAR(sum / n, shape, 5 * std::sqrt(shape / n)) << shape;  // mean and variance are the shape
    }
    const detail::PertSampler pert(2, 3, 10);
    double sum = 0, low = 10, high = 2;
    for (int i = 0; i < n; ++i) {
        const double x = pert.draw(rng, normal);
        sum += x;
        low = std::min(low, x);
        high = std::max(high, x);
    }
    const double mean = (2 + 4 * 3 + 10) / 6.0;
    EXPECT_NEAR(sum / n, mean, 5 * std::sqrt((mean - 2) * (10 - mean) / 7 / n));
    EXPECT_GE(low, 2);
    EXPECT_LE(high, 10);
    EXPECT_EQ(detail::PertSampler(4, 4, 4).draw(rng, normal), 4);
}

// ---- Validation of `uncertainty` ------------------------------------------

TEST(UncertaintyValidation, BadRangesAreRefusedNamingTheInput) {
    const struct {
        const char* kind;
        const char* input;
        Json entry;
    } cases[] = {
        {"program", "conversion_rate", {{"low", 0.3}, {"high", 0.2}}},                  // low > high
        {"program", "conversion_rate", {{"low", 0.2}, {"high", 0.3}}},                  // likely (0.15) below low
        {"program", "conversion_rate", {{"low", 0.1}, {"likely", 0.4}, {"high", 0.3}}},  // likely above high
        {"program", "conversion_rate", {{"low", -0.1}, {"high", 0.3}}},                 // out of range
        {"program", "referred_value_uplift", {{"low", -0.95}, {"high", 0.3}}},          // out of range
        {"gift_card", "card_value", {{"low", 10}, {"high", 2e6}}},                       // out of range
        {"program", "conversion_rate", {{"low", 0.1}}},                                 // high missing
        {"program", "conversion_rate", {{"low", 0.1}, {"high", 0.2}, {"mode", 0.15}}},  // unknown member
        {"program", "conversion_rate", {{"low", 0.1}, {"high", nullptr}}},              // wrong type
        {"program", "horizon_months", {{"low", 6}, {"high", 12}}},                      // integer
        {"gift_card", "waves", {{"low", 2}, {"high", 4}}},                              // integer
        {"program", "referred_refer", {{"low", 0}, {"high", 1}}},                       // boolean
        {"program", "currency", {{"low", 0}, {"high", 1}}},                             // text
        {"program", "conversion", {{"low", 0.1}, {"high", 0.2}}},                       // unknown input
    };
    for (const auto& c : cases) {
        const auto messages = problems_of(with_uncertainty(document(c.kind), {{c.input, c.entry}}));
        ASSERT_FALSE(messages.empty()) << c.input << " " << c.entry.dump();
        const std::string path = std::string("uncertainty.") + c.input;
        for (const auto& m : messages) EXPECT_TRUE(m.starts_with(path)) << m << " for " << c.entry.dump();
    }
    const auto on_vcp = problems_of(with_uncertainty(document("vcp"), Json::object()));
    ASSERT_EQ(on_vcp.size(), 1u);
    EXPECT_TRUE(on_vcp[0].starts_with("uncertainty:")) << on_vcp[0];
}

TEST(UncertaintyValidation, AGoodRangeDefaultsLikelyToTheInput) {
    const Json ok = evaluated(with_uncertainty(document("program", {{"conversion_rate", 0.2}}),
                                               {{"conversion_rate", {{"low", 0.1}, {"high", 0.3}}},
                                                {"gross_margin", range(0.4, 0.4, 0.4)}}));
    EXPECT_EQ(ok["uncertainty"]["conversion_rate"], range(0.1, 0.2, 0.3));
    EXPECT_EQ(ok["uncertainty"]["gross_margin"], range(0.4, 0.4, 0.4));
}

// ---- The commands ----------------------------------------------------------

struct CommandRun {
    int status;
    std::string out, err;
    Json json() const { return Json::parse(out, nullptr, false); }
};

CommandRun run_command(std::vector<std::string> args, const Json& stdin_document) {
    std::istringstream in(stdin_document.dump());
    std::ostringstream out, err;
    const int status = cli::run(args, in, out, err);
    return {status, out.str(), err.str()};
}

const Json& uncertain_program() {
    static const Json doc = with_uncertainty(document("program", {{"horizon_months", 6}}),
                                             {{"conversion_rate", {{"low", 0.05}, {"high", 0.3}}}});
    return doc;
}

TEST(WhatIfCommands, SensitivityPrintsTheResultDocument) {
    const CommandRun r = run_command({"sensitivity", "-"}, uncertain_program());
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.err, "");
    EXPECT_EQ(r.json()["result"]["sensitivity"].front()["input"], "conversion_rate");
    EXPECT_TRUE(r.json()["result"].contains("totals"));
    const CommandRun vcp = run_command({"sensitivity", "-"}, document("vcp"));
    EXPECT_EQ(vcp.status, 2);
    EXPECT_TRUE(vcp.err.starts_with("error: kind:")) << vcp.err;
    EXPECT_EQ(run_command({"sensitivity"}, uncertain_program()).status, 2);
    EXPECT_EQ(run_command({"sensitivity", "-", "-"}, uncertain_program()).status, 2);
}

TEST(WhatIfCommands, SimulateTakesTrialsAndSeed) {
    const CommandRun r = run_command({"simulate", "--trials", "500", "-", "--seed", "18446744073709551615"}, uncertain_program());
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.err, "");  // a short run shows no progress line
    const Json simulation = r.json()["result"]["simulation"];
    EXPECT_EQ(simulation["trials"], 500);
    EXPECT_EQ(simulation["seed"].get<std::uint64_t>(), 18446744073709551615u);
    EXPECT_FALSE(r.json()["result"].contains("simulation_extra"));
    // Defaults: 10 000 trials, seed 1; the same figures as the core computes.
    const CommandRun defaults = run_command({"simulate", "-", "--quiet"}, uncertain_program());
    ASSERT_EQ(defaults.status, 0) << defaults.err;
    EXPECT_EQ(defaults.json()["result"]["simulation"],
              simulation_json(*simulate(scenario_of(uncertain_program()), {10'000, 1, false})));
}

TEST(WhatIfCommands, SimulateRefusesBadOptions) {
    const std::vector<std::vector<std::string>> bad = {
        {"--trials", "0"},        {"--trials", "10000001"}, {"--trials", "1e4"},  {"--trials", "-5"},
        {"--trials", "+5"},       {"--trials", ""},         {"--trials", "12 "},  {"--seed", "-1"},
        {"--seed", "18446744073709551616"},                 {"--seed", "0x10"},   {"--seed", "seven"},
        {"--trials"},             {"--seed"},               {"--bogus"},
    };
    for (const auto& options : bad) {
        std::vector<std::string> args{"simulate", "-"};
        args.insert(args.end(), options.begin(), options.end());
        const CommandRun r = run_command(args, uncertain_program());
        EXPECT_EQ(r.status, 2) << options[0];
        EXPECT_EQ(r.out, "");
        EXPECT_TRUE(r.err.starts_with("error: ")) << r.err;
    }
    EXPECT_EQ(run_command({"simulate"}, uncertain_program()).status, 2);
    EXPECT_EQ(run_command({"simulate", "-", "-"}, uncertain_program()).status, 2);
    const CommandRun vcp = run_command({"simulate", "-"}, document("vcp"));
    EXPECT_EQ(vcp.status, 2);
    EXPECT_TRUE(vcp.err.starts_with("error: kind:")) << vcp.err;
}

}  // namespace
}  // namespace passaparola::test
