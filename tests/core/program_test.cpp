// Spec §2 by hand: every expected number below is worked out in the comment
// beside it from the spec's formulas, not taken from the code's output.
#include <gtest/gtest.h>

#include <cmath>

#include "passaparola/program.hpp"
#include "passaparola/scenario.hpp"
#include "test_support.hpp"

namespace passaparola::test {
namespace {

constexpr double kExact = 1e-9;

// Round numbers so each month can be followed on paper: spend = 1 × 100 × (1 + 0) = 100.
ProgramInputs three_month_program() {
    ProgramInputs in;
    in.horizon_months = 3;
    in.customers = 1000;
    in.monthly_churn = 0.1;
    in.advocate_rate = 0.1;
    in.referrals_per_advocate = 2;
    in.conversion_rate = 0.5;
    in.organic_share = 0.25;
    in.referred_refer = true;
    in.average_order_value = 100;
    in.orders_per_month = 1;
    in.gross_margin = 0.5;
    in.referred_value_uplift = 0;
    in.referred_churn = 0.5;
    in.referrer_reward = 10;
    in.friend_reward = 10;
    in.reward_cost_ratio = 0.5;
    in.setup_cost = 100;
    in.monthly_cost = 10;
    in.donation_share = 0.1;
    in.alternative_cac = 0;
    in.annual_discount_rate = 0;
    in.market_size = 0;
    return in;
}

// 1000 customers, none lost, 100 leads a month (1000 × 0.1 × 1); referred
// customers stay one month only (referred_churn 1) and bring 10 × 1 = 10 of
// margin each; no rewards. So net(c) = 3 × 100 × c × 10 − setup_cost.
ProgramInputs linear_program() {
    ProgramInputs in;
    in.horizon_months = 3;
    in.customers = 1000;
    in.monthly_churn = 0;
    in.advocate_rate = 0.1;
    in.referrals_per_advocate = 1;
    in.conversion_rate = 0.1;
    in.organic_share = 0;
    in.referred_refer = false;
    in.average_order_value = 10;
    in.orders_per_month = 1;
    in.gross_margin = 1;
    in.referred_value_uplift = 0;
    in.referred_churn = 1;
    in.referrer_reward = 0;
    in.friend_reward = 0;
    in.reward_cost_ratio = 1;
    in.setup_cost = 250;
    in.monthly_cost = 0;
    in.donation_share = 0;
    in.alternative_cac = 0;
    in.annual_discount_rate = 0;
    in.market_size = 0;
    return in;
}

TEST(ProgramMonths, FollowTheSpecMonthByMonth) {
    const ProgramResult r = evaluate_program(three_month_program());
    ASSERT_EQ(r.months.size(), 3u);
    const ProgramMonth& m1 = r.months[0];
    EXPECT_EQ(m1.month, 1);
    EXPECT_NEAR(m1.referring_customers, 1000, kExact);  // B = 1000, R = 0
    EXPECT_NEAR(m1.leads, 200, kExact);                 // 1000 × 0.1 × 2
    EXPECT_NEAR(m1.new_referred, 100, kExact);          // 200 × 0.5
    EXPECT_NEAR(m1.new_incremental, 75, kExact);        // 100 × (1 − 0.25)
    EXPECT_NEAR(m1.referred_active, 100, kExact);       // 0 + 100
    EXPECT_NEAR(m1.revenue, 10000, kExact);             // 100 × 100
    EXPECT_NEAR(m1.incremental_revenue, 7500, kExact);  // 75 × 100
    EXPECT_NEAR(m1.gross_profit, 3750, kExact);         // 7500 × 0.5
    EXPECT_NEAR(m1.reward_cost, 1000, kExact);          // 100 × (10 + 10) × 0.5
    EXPECT_NEAR(m1.donation_cost, 1000, kExact);        // 10000 × 0.1
    EXPECT_NEAR(m1.fixed_cost, 110, kExact);            // 10 + setup 100 in month 1
    EXPECT_NEAR(m1.program_cost, 2110, kExact);         // 1000 + 1000 + 110
    EXPECT_NEAR(m1.net, 1640, kExact);                  // 3750 − 2110
    EXPECT_NEAR(m1.cumulative_net, 1640, kExact);

    // Churn: B = 1000 × 0.9 = 900; R = 100 × 0.5 = 50; RI = 75 × 0.5 = 37.5.
    const ProgramMonth& m2 = r.months[1];
    EXPECT_EQ(m2.month, 2);
    EXPECT_NEAR(m2.referring_customers, 950, kExact);    // 900 + 50 (referred refer too)
    EXPECT_NEAR(m2.leads, 190, kExact);                  // 950 × 0.2
    EXPECT_NEAR(m2.new_referred, 95, kExact);            // 190 × 0.5
    EXPECT_NEAR(m2.new_incremental, 71.25, kExact);      // 95 × 0.75
    EXPECT_NEAR(m2.referred_active, 145, kExact);        // 50 + 95
    EXPECT_NEAR(m2.revenue, 14500, kExact);              // 145 × 100
    EXPECT_NEAR(m2.incremental_revenue, 10875, kExact);  // (37.5 + 71.25) × 100
    EXPECT_NEAR(m2.gross_profit, 5437.5, kExact);        // 10875 × 0.5
    EXPECT_NEAR(m2.reward_cost, 950, kExact);            // 95 × 20 × 0.5
    EXPECT_NEAR(m2.donation_cost, 1450, kExact);         // 14500 × 0.1
    EXPECT_NEAR(m2.fixed_cost, 10, kExact);              // no setup after month 1
    EXPECT_NEAR(m2.program_cost, 2410, kExact);          // 950 + 1450 + 10
    EXPECT_NEAR(m2.net, 3027.5, kExact);                 // 5437.5 − 2410
    EXPECT_NEAR(m2.cumulative_net, 4667.5, kExact);      // 1640 + 3027.5

    // B = 900 × 0.9 = 810; R = 145 × 0.5 = 72.5; RI = 108.75 × 0.5 = 54.375.
    const ProgramMonth& m3 = r.months[2];
    EXPECT_NEAR(m3.referring_customers, 882.5, kExact);     // 810 + 72.5
    EXPECT_NEAR(m3.leads, 176.5, kExact);                   // 882.5 × 0.2
    EXPECT_NEAR(m3.new_referred, 88.25, kExact);            // 176.5 × 0.5
    EXPECT_NEAR(m3.new_incremental, 66.1875, kExact);       // 88.25 × 0.75
    EXPECT_NEAR(m3.referred_active, 160.75, kExact);        // 72.5 + 88.25
    EXPECT_NEAR(m3.revenue, 16075, kExact);                 // 160.75 × 100
    EXPECT_NEAR(m3.incremental_revenue, 12056.25, kExact);  // (54.375 + 66.1875) × 100
    EXPECT_NEAR(m3.gross_profit, 6028.125, kExact);         // 12056.25 × 0.5
    EXPECT_NEAR(m3.reward_cost, 882.5, kExact);             // 88.25 × 10
    EXPECT_NEAR(m3.donation_cost, 1607.5, kExact);          // 16075 × 0.1
    EXPECT_NEAR(m3.program_cost, 2500, kExact);             // 882.5 + 1607.5 + 10
    EXPECT_NEAR(m3.net, 3528.125, kExact);                  // 6028.125 − 2500
    EXPECT_NEAR(m3.cumulative_net, 8195.625, kExact);       // 4667.5 + 3528.125
}

TEST(ProgramTotals, SumTheMonthsAndDeriveTheRatios) {
    const ProgramTotals t = evaluate_program(three_month_program()).totals;
    EXPECT_NEAR(t.referred_customers, 283.25, kExact);           // 100 + 95 + 88.25
    EXPECT_NEAR(t.incremental_customers, 212.4375, kExact);      // 75 + 71.25 + 66.1875
    EXPECT_NEAR(t.referred_revenue, 40575, kExact);              // 10000 + 14500 + 16075
    EXPECT_NEAR(t.incremental_revenue, 30431.25, kExact);        // 7500 + 10875 + 12056.25
    EXPECT_NEAR(t.incremental_gross_profit, 15215.625, kExact);  // 3750 + 5437.5 + 6028.125
    EXPECT_NEAR(t.reward_cost, 2832.5, kExact);                  // 1000 + 950 + 882.5
    EXPECT_NEAR(t.donation_cost, 4057.5, kExact);                // 1000 + 1450 + 1607.5
    EXPECT_NEAR(t.fixed_cost, 130, kExact);                      // 110 + 10 + 10
    EXPECT_NEAR(t.program_cost, 7020, kExact);                   // 2110 + 2410 + 2500
    EXPECT_NEAR(t.net_profit(), 8195.625, kExact);               // 15215.625 − 7020
    EXPECT_NEAR(t.npv, 8195.625, kExact);                        // no discounting at rate 0
    ASSERT_TRUE(t.roi);
    EXPECT_NEAR(*t.roi, 8195.625 / 7020, kExact);
    ASSERT_TRUE(t.cost_per_referred_customer && t.cost_per_incremental_customer);
    EXPECT_NEAR(*t.cost_per_referred_customer, 7020 / 283.25, kExact);
    EXPECT_NEAR(*t.cost_per_incremental_customer, 7020 / 212.4375, kExact);
    EXPECT_EQ(t.payback_month, 1);                  // cumulative 1640 ≥ 0 and cost 2110 > 0 in month 1
    EXPECT_NEAR(t.viral_coefficient, 0.1, kExact);  // 0.1 × 2 × 0.5
    EXPECT_FALSE(t.cac_savings);                    // alternative_cac 0: no comparison
}

TEST(ProgramMonths, SpendIncludesTheReferredUplift) {
    ProgramInputs in = linear_program();  // 10 new customers a month, each for one month
    in.average_order_value = 40;
    in.orders_per_month = 0.5;
    in.referred_value_uplift = 0.25;  // spend = 0.5 × 40 × 1.25 = 25
    in.organic_share = 0.2;
    const ProgramMonth m = evaluate_program(in).months[0];
    EXPECT_NEAR(m.revenue, 250, kExact);              // 10 × 25
    EXPECT_NEAR(m.incremental_revenue, 200, kExact);  // 10 × 0.8 × 25
    in.referred_value_uplift = -0.9;                  // spend = 0.5 × 40 × 0.1 = 2
    EXPECT_NEAR(evaluate_program(in).months[0].revenue, 20, kExact);
}

TEST(ProgramMonths, ReferredCustomersDoNotReferWhenSwitchedOff) {
    ProgramInputs in = three_month_program();
    in.referred_refer = false;
    const ProgramResult r = evaluate_program(in);
    // P = B only: 1000, 900, 810; leads 0.2 P; new referred half the leads.
    EXPECT_NEAR(r.months[0].referring_customers, 1000, kExact);
    EXPECT_NEAR(r.months[1].referring_customers, 900, kExact);
    EXPECT_NEAR(r.months[2].referring_customers, 810, kExact);
    EXPECT_NEAR(r.months[1].leads, 180, kExact);
    EXPECT_NEAR(r.months[2].new_referred, 81, kExact);
    // Referred customers still churn and spend: A3 = (100 × 0.5 + 90) × 0.5 + 81 = 151.
    EXPECT_NEAR(r.months[2].referred_active, 151, kExact);
}

TEST(ProgramMonths, MarketSizeSaturatesNewReferrals) {
    ProgramInputs in = linear_program();
    in.customers = 400;
    in.advocate_rate = 1;
    in.conversion_rate = 1;  // 400 leads, 400 would convert every month
    in.market_size = 500;
    const ProgramResult r = evaluate_program(in);
    EXPECT_NEAR(r.months[0].new_referred, 400, kExact);  // s = 1: min(400, 500 − 0)
    EXPECT_NEAR(r.months[1].new_referred, 80, kExact);   // s = 1 − 400/500 = 0.2: min(80, 100)
    EXPECT_NEAR(r.months[2].new_referred, 16, kExact);   // s = 1 − 480/500 = 0.04: min(16, 20)
    EXPECT_NEAR(r.totals.referred_customers, 496, kExact);
}

TEST(ProgramMonths, MarketSizeCapsNewReferralsAtWhatIsLeft) {
    ProgramInputs in = linear_program();
    in.customers = 1000;
    in.advocate_rate = 1;
    in.conversion_rate = 0.5;  // 1000 leads, 500 would convert
    in.market_size = 300;
    const ProgramResult r = evaluate_program(in);
    EXPECT_NEAR(r.months[0].new_referred, 300, kExact);  // min(500 × 1, 300 − 0)
    EXPECT_NEAR(r.months[1].new_referred, 0, kExact);    // s = max(0, 1 − 300/300) = 0
    EXPECT_NEAR(r.months[2].new_referred, 0, kExact);
    EXPECT_NEAR(r.totals.referred_customers, 300, kExact);
}

TEST(ProgramMonths, MarketSizeZeroMeansNoLimit) {
    ProgramInputs in = linear_program();
    in.advocate_rate = 1;
    in.conversion_rate = 1;
    in.market_size = 0;
    const ProgramResult r = evaluate_program(in);
    for (const auto& m : r.months) EXPECT_NEAR(m.new_referred, 1000, kExact);  // 1000 × 1 × 1 × 1
}

TEST(ProgramMonths, OrganicShareSplitsNewReferred) {
    ProgramInputs in = linear_program();
    in.organic_share = 1;  // all would have come anyway: no incremental customer, no profit
    const ProgramResult r = evaluate_program(in);
    EXPECT_NEAR(r.months[0].new_referred, 10, kExact);  // 1000 × 0.1 × 1 × 0.1
    EXPECT_NEAR(r.months[0].new_incremental, 0, kExact);
    EXPECT_NEAR(r.months[0].revenue, 100, kExact);  // referred revenue still counts: 10 × 10
    EXPECT_NEAR(r.totals.incremental_gross_profit, 0, kExact);
    EXPECT_FALSE(r.totals.cost_per_incremental_customer);  // 250 / 0
    EXPECT_TRUE(r.totals.cost_per_referred_customer);
}

TEST(ProgramTotals, NpvDiscountsEachMonthByTheAnnualRate) {
    ProgramInputs in = linear_program();
    in.customers = 0;  // no referrals: net = −100 every month
    in.setup_cost = 0;
    in.monthly_cost = 100;
    in.horizon_months = 13;
    in.annual_discount_rate = 1;
    // npv = Σ_{t=1..13} −100 / 2^((t−1)/12) = −100 (1 − q^13) / (1 − q) with q = 2^(−1/12)
    const double q = std::pow(2.0, -1.0 / 12);
    const ProgramTotals t = evaluate_program(in).totals;
    EXPECT_NEAR(t.npv, -100 * (1 - std::pow(q, 13)) / (1 - q), 1e-9);
    EXPECT_NEAR(t.net_profit(), -1300, kExact);  // the undiscounted sum
}

TEST(ProgramTotals, NpvOfTheThirteenthMonthIsHalvedAtOneHundredPercent) {
    ProgramInputs in = linear_program();
    in.customers = 0;
    in.setup_cost = 0;
    in.monthly_cost = 100;
    in.annual_discount_rate = 1;
    in.horizon_months = 12;
    const double twelve = evaluate_program(in).totals.npv;
    in.horizon_months = 13;
    // Month 13 is one year after month 1: −100 / (1 + 1)^1 = −50.
    EXPECT_NEAR(evaluate_program(in).totals.npv - twelve, -50, 1e-9);
}

TEST(ProgramTotals, PaybackIsTheFirstMonthTheCumulativeNetTurnsNonNegative) {
    ProgramInputs in = linear_program();
    // Each month 10 new customers × 10 margin = 100; setup 250 in month 1:
    // cumulative −150, −50, +50 → month 3.
    EXPECT_EQ(evaluate_program(in).totals.payback_month, 3);
    // Setup 200: −100, 0 → month 2 (≥ 0 counts).
    in.setup_cost = 200;
    EXPECT_EQ(evaluate_program(in).totals.payback_month, 2);
    // Setup 301: −201, −101, −1 → none within the horizon.
    in.setup_cost = 301;
    EXPECT_FALSE(evaluate_program(in).totals.payback_month);
}

TEST(ProgramTotals, ACostlessProgramHasNoPaybackMonth) {
    ProgramInputs in = linear_program();
    in.setup_cost = 0;  // no cost at all: cumulative net ≥ 0 but the cost sum is never > 0
    const ProgramTotals t = evaluate_program(in).totals;
    EXPECT_NEAR(t.program_cost, 0, kExact);
    EXPECT_FALSE(t.payback_month);
    EXPECT_FALSE(t.roi);  // 300 / 0
    const Json doc = evaluated(
        document("program", {{"setup_cost", 0}, {"monthly_cost", 0}, {"referrer_reward", 0}, {"friend_reward", 0}}));
    EXPECT_TRUE(doc["result"]["totals"]["payback_month"].is_null());
    EXPECT_TRUE(doc["result"]["totals"]["roi"].is_null());
}

TEST(ProgramTotals, PaybackCountsRewardCostsAsCost) {
    ProgramInputs in = linear_program();
    in.setup_cost = 0;
    in.referrer_reward = 1;  // month 1: cost 10 × 1 = 10 > 0, net 100 − 10 = 90 ≥ 0
    EXPECT_EQ(evaluate_program(in).totals.payback_month, 1);
}

TEST(ProgramTotals, CacSavingsCompareWithTheOtherChannel) {
    ProgramInputs in = linear_program();
    in.alternative_cac = 50;
    // 30 incremental customers for 250: (50 − 250/30) × 30 = 1500 − 250 = 1250.
    const ProgramTotals t = evaluate_program(in).totals;
    ASSERT_TRUE(t.cac_savings);
    EXPECT_NEAR(*t.cac_savings, 1250, 1e-9);
    in.organic_share = 1;  // no incremental customer: no cost per one, no savings
    EXPECT_FALSE(evaluate_program(in).totals.cac_savings);
    in = linear_program();
    in.alternative_cac = 0;
    EXPECT_FALSE(evaluate_program(in).totals.cac_savings);
}

TEST(ProgramBreakEven, BisectionMatchesTheClosedFormOfALinearProgram) {
    // net(c) = 3000 c − 250 → c* = 250 / 3000 = 1/12.
    const auto c = break_even_conversion_rate(linear_program());
    ASSERT_TRUE(c);
    EXPECT_NEAR(*c, 1.0 / 12, 2e-12);
    EXPECT_GE(*c, 1.0 / 12 - 1e-15);  // the result is hi: net ≥ 0 there
    ProgramInputs at = linear_program();
    at.conversion_rate = *c;
    EXPECT_GE(program_sums(at).net_profit(), 0);
}

TEST(ProgramBreakEven, WithRewardsTheMarginPerCustomerShrinks) {
    ProgramInputs in = linear_program();
    in.referrer_reward = 2;
    in.friend_reward = 3;
    in.reward_cost_ratio = 0.4;
    // Each customer: 10 margin − (2 + 3) × 0.4 = 8 → net(c) = 3 × 100 × c × 8 − 250 → c* = 250/2400.
    const auto c = break_even_conversion_rate(in);
    ASSERT_TRUE(c);
    EXPECT_NEAR(*c, 250.0 / 2400, 2e-12);
}

TEST(ProgramBreakEven, IsZeroWhenProfitableAtZeroConversion) {
    ProgramInputs in = linear_program();
    in.setup_cost = 0;  // net(0) = 0 ≥ 0, net(1) = 3000 ≥ 0
    EXPECT_EQ(break_even_conversion_rate(in), 0.0);
}

TEST(ProgramBreakEven, IsNullWhenLosingEvenAtFullConversion) {
    ProgramInputs in = linear_program();
    in.setup_cost = 3001;  // net(1) = 3000 − 3001 < 0
    EXPECT_FALSE(break_even_conversion_rate(in));
    in.setup_cost = 3000;  // net(1) = 0: full conversion breaks even exactly
    const auto c = break_even_conversion_rate(in);
    ASSERT_TRUE(c);
    EXPECT_NEAR(*c, 1, 2e-12);
}

TEST(ProgramBreakEven, IsNullWhenLosingAtFullConversionEvenIfFreeAtZero) {
    ProgramInputs in = linear_program();
    in.setup_cost = 0;
    in.referrer_reward = 11;  // each customer loses 10 − 11 = −1: net(0) = 0, net(1) = −300
    EXPECT_FALSE(break_even_conversion_rate(in));
    EXPECT_FALSE(evaluate_program(in).totals.break_even_conversion_rate);
}

TEST(ProgramBreakEven, IsNullWhenFullConversionOverflows) {
    // Nobody converts, so the program itself is finite; at conversion 1 each
    // customer brings 1000 a month: about 1e9 × 1001^120, beyond doubles.
    ProgramInputs in;
    in.customers = 1e9;
    in.advocate_rate = 1;
    in.referrals_per_advocate = 1000;
    in.conversion_rate = 0;
    in.monthly_churn = 0;
    in.referred_churn = 0;
    in.horizon_months = 120;
    const Json doc = evaluated(write_scenario(Scenario{in, {}}));
    EXPECT_TRUE(doc["result"]["totals"]["break_even_conversion_rate"].is_null());
    EXPECT_TRUE(doc["result"]["totals"]["max_referrer_reward"].is_null());  // S0 = 0
    EXPECT_NEAR(doc["result"]["totals"]["net_profit"].get<double>(), -(500 + 120 * 50), kExact);
}

TEST(ProgramMaxReward, IsTheProfitAtZeroRewardPerReferredCustomer) {
    ProgramInputs in = linear_program();
    in.referrer_reward = 7;  // ignored: the maximum is computed at reward 0
    // n0 = 3000 × 0.1 − 250 = 50; S0 = 30 → 50 / (1 × 30) = 5/3.
    auto max = max_referrer_reward(in);
    ASSERT_TRUE(max);
    EXPECT_NEAR(*max, 5.0 / 3, kExact);
    in.reward_cost_ratio = 0.5;  // 50 / (0.5 × 30) = 10/3
    max = max_referrer_reward(in);
    ASSERT_TRUE(max);
    EXPECT_NEAR(*max, 10.0 / 3, kExact);
    // At that reward the program breaks even.
    in.referrer_reward = *max;
    EXPECT_NEAR(program_sums(in).net_profit(), 0, 1e-9);
}

TEST(ProgramMaxReward, OfAZeroCostProgramIsTheWholeMargin) {
    ProgramInputs in = linear_program();
    in.setup_cost = 0;  // n0 = 300, S0 = 30 → 10, the margin of one customer
    const auto max = max_referrer_reward(in);
    ASSERT_TRUE(max);
    EXPECT_NEAR(*max, 10, kExact);
}

TEST(ProgramMaxReward, IsNullWhenLosingOrWithoutDivisor) {
    ProgramInputs in = linear_program();
    in.setup_cost = 301;  // n0 = 300 − 301 < 0
    EXPECT_FALSE(max_referrer_reward(in));
    in = linear_program();
    in.reward_cost_ratio = 0;  // rewards cost nothing: no maximum
    EXPECT_FALSE(max_referrer_reward(in));
    in = linear_program();
    in.customers = 0;  // no customers: S0 = 0
    in.setup_cost = 0;
    EXPECT_FALSE(max_referrer_reward(in));
    EXPECT_FALSE(evaluate_program(in).totals.max_referrer_reward);
}

TEST(ProgramDocument, WritesNullRatiosAndEveryMonthMember) {
    const Json doc = evaluated(document("program", {{"customers", 0}, {"horizon_months", 2}}));
    const Json& totals = doc["result"]["totals"];
    // No customers: nothing referred, so both costs per customer are 0 / 0.
    EXPECT_TRUE(totals["cost_per_referred_customer"].is_null());
    EXPECT_TRUE(totals["cost_per_incremental_customer"].is_null());
    EXPECT_TRUE(totals["break_even_conversion_rate"].is_null());  // −600 at any conversion
    EXPECT_TRUE(totals["max_referrer_reward"].is_null());
    EXPECT_TRUE(totals["cac_savings"].is_null());
    EXPECT_NEAR(totals["program_cost"].get<double>(), 600, kExact);  // 500 setup + 2 × 50
    EXPECT_NEAR(totals["roi"].get<double>(), -1, kExact);            // −600 / 600
    ASSERT_EQ(doc["result"]["months"].size(), 2u);
    const std::vector<std::string> members = {"month",           "referring_customers",
                                              "leads",           "deciding",
                                              "new_referred",    "new_incremental",
                                              "referred_active", "revenue",
                                              "incremental_revenue", "gross_profit",
                                              "reward_cost",     "fee_cost",
                                              "donation_cost",   "fixed_cost",
                                              "program_cost",    "net",
                                              "cumulative_net"};
    std::vector<std::string> written;
    for (const auto& [key, value] : doc["result"]["months"][1].items()) written.push_back(key);
    EXPECT_EQ(written, members);
    EXPECT_EQ(doc["result"]["months"][1]["month"], 2);
}

TEST(ProgramDocument, EchoesEveryInputWithDefaultsFilledIn) {
    const Json doc = evaluated(document("program", {{"customers", 42}}));
    const Json& inputs = doc["inputs"];
    EXPECT_EQ(inputs.size(), input_infos(ScenarioKind::program).size());
    EXPECT_EQ(inputs["customers"], 42);
    EXPECT_EQ(inputs["currency"], "EUR");
    EXPECT_EQ(inputs["horizon_months"], 12);
    EXPECT_EQ(inputs["referred_refer"], true);
    EXPECT_EQ(doc["result"]["months"].size(), 12u);
}


// ---- conversion lag, fee per conversion, value after the horizon -----------

TEST(ProgramLag, IntroductionsDecideLagMonthsLater) {
    ProgramInputs in = three_month_program();
    in.conversion_lag_months = 1;
    const ProgramResult r = evaluate_program(in);
    // Month 1: 200 leads, none decide yet: only the fixed cost 10 + 100.
    EXPECT_NEAR(r.months[0].leads, 200, kExact);
    EXPECT_NEAR(r.months[0].deciding, 0, kExact);
    EXPECT_NEAR(r.months[0].new_referred, 0, kExact);
    EXPECT_NEAR(r.months[0].program_cost, 110, kExact);
    EXPECT_NEAR(r.months[0].net, -110, kExact);
    // Month 2: B = 900, R = 0 → 180 leads; month 1's 200 decide → 100 new, 75 incremental.
    EXPECT_NEAR(r.months[1].leads, 180, kExact);
    EXPECT_NEAR(r.months[1].deciding, 200, kExact);
    EXPECT_NEAR(r.months[1].new_referred, 100, kExact);
    EXPECT_NEAR(r.months[1].gross_profit, 3750, kExact);  // 75 × 100 × 0.5
    EXPECT_NEAR(r.months[1].program_cost, 2010, kExact);  // 1000 rewards + 1000 donation + 10
    EXPECT_NEAR(r.months[1].cumulative_net, 1630, kExact);  // −110 + 1740
    // Month 3: B = 810, R = 50 → 172 leads; month 2's 180 decide → 90 new.
    EXPECT_NEAR(r.months[2].leads, 172, kExact);
    EXPECT_NEAR(r.months[2].deciding, 180, kExact);
    EXPECT_NEAR(r.months[2].new_referred, 90, kExact);
    EXPECT_NEAR(r.months[2].referred_active, 140, kExact);  // 50 + 90
    EXPECT_NEAR(r.months[2].gross_profit, 5250, kExact);   // (37.5 + 67.5) × 100 × 0.5
    EXPECT_NEAR(r.months[2].program_cost, 2310, kExact);   // 900 + 1400 + 10
    // Month 3's 172 introductions decide after the horizon: nothing of them counts.
    EXPECT_NEAR(r.totals.referred_customers, 190, kExact);  // 0 + 100 + 90
    EXPECT_NEAR(r.totals.net_profit(), 4570, kExact);       // −110 + 1740 + 2940
}

TEST(ProgramLag, WithoutLagDecidingIsTheLeads) {
    const ProgramResult r = evaluate_program(three_month_program());
    for (const auto& m : r.months) EXPECT_EQ(m.deciding, m.leads);
}

TEST(ProgramLag, ALagAsLongAsTheHorizonLeavesNothingToDecide) {
    ProgramInputs in = three_month_program();
    in.conversion_lag_months = 3;
    const ProgramTotals t = evaluate_program(in).totals;
    EXPECT_EQ(t.referred_customers, 0);
    EXPECT_NEAR(t.program_cost, 130, kExact);  // the fixed costs alone
    // Twenty-four months, the longest lag: the ring of past leads must not wrap early.
    in.horizon_months = 30;
    in.conversion_lag_months = 24;
    const ProgramResult r = evaluate_program(in);
    for (int t = 1; t <= 24; ++t) EXPECT_EQ(r.months[static_cast<std::size_t>(t - 1)].deciding, 0) << t;
    for (int t = 25; t <= 30; ++t) {
        EXPECT_EQ(r.months[static_cast<std::size_t>(t - 1)].deciding, r.months[static_cast<std::size_t>(t - 25)].leads)
            << t;
    }
}

TEST(ProgramLag, MarketSizeCountsTheCustomersWhoDecided) {
    ProgramInputs in = linear_program();
    in.customers = 400;
    in.advocate_rate = 1;
    in.conversion_rate = 1;  // 400 leads a month
    in.market_size = 500;
    in.conversion_lag_months = 1;
    const ProgramResult r = evaluate_program(in);
    EXPECT_NEAR(r.months[0].new_referred, 0, kExact);   // nobody decides in month 1
    EXPECT_NEAR(r.months[1].new_referred, 400, kExact);  // s = 1 − 0/500: min(400, 500)
    EXPECT_NEAR(r.months[2].new_referred, 80, kExact);   // s = 1 − 400/500 = 0.2: min(80, 100)
}

TEST(ProgramFee, IsPaidOnEveryConversionAndIsProgramCost) {
    ProgramInputs in = three_month_program();
    in.fee_per_conversion = 4;
    const ProgramResult r = evaluate_program(in);
    EXPECT_NEAR(r.months[0].fee_cost, 400, kExact);       // 100 new referred × 4
    EXPECT_NEAR(r.months[0].program_cost, 2510, kExact);  // 1000 + 400 + 1000 + 110
    EXPECT_NEAR(r.months[1].fee_cost, 380, kExact);       // 95 × 4
    EXPECT_NEAR(r.months[2].fee_cost, 353, kExact);       // 88.25 × 4
    EXPECT_NEAR(r.totals.fee_cost, 1133, kExact);         // 283.25 × 4
    EXPECT_NEAR(r.totals.program_cost, 8153, kExact);     // 7020 + 1133
    EXPECT_NEAR(r.totals.net_profit(), 7062.625, kExact);  // 8195.625 − 1133
    // The fee is not a reward: the largest reward still pays it.
    // n0 = 7062.625 + 283.25 × 10 × 0.5 = 8478.875 → 8478.875 / (0.5 × 283.25).
    const auto max = max_referrer_reward(in);
    ASSERT_TRUE(max);
    EXPECT_NEAR(*max, 8478.875 / 141.625, 1e-9);
}

// three_month_program after month 3: RI = (54.375 + 66.1875) × 0.5 = 60.28125
// incremental customers, each bringing 100 × 0.5 = 50 a month and half of
// them staying each month.
TEST(ProgramTail, ValuesTheIncrementalCustomersAfterTheHorizon) {
    ProgramInputs in = three_month_program();
    in.tail_months = 2;
    const ProgramTotals t = evaluate_program(in).totals;
    EXPECT_NEAR(t.tail_gross_profit, 4521.09375, kExact);  // 60.28125 × 50 + 30.140625 × 50
    EXPECT_NEAR(t.tail_npv, 4521.09375, kExact);           // no discounting at rate 0
    EXPECT_NEAR(t.net_profit(), 8195.625, kExact);          // the horizon's figure is unchanged
    EXPECT_NEAR(t.net_profit_with_tail(), 12716.71875, kExact);  // 8195.625 + 4521.09375
    EXPECT_NEAR(t.npv_with_tail(), 12716.71875, kExact);
    ASSERT_TRUE(t.roi_with_tail);
    EXPECT_NEAR(*t.roi_with_tail, 12716.71875 / 7020, kExact);  // the program cost is the horizon's
    EXPECT_NEAR(t.program_cost, 7020, kExact);
}

TEST(ProgramTail, IsDiscountedFromTheMonthAfterTheHorizon) {
    ProgramInputs in = three_month_program();
    in.tail_months = 2;
    in.annual_discount_rate = 1;
    const ProgramTotals t = evaluate_program(in).totals;
    // Months 4 and 5 are discounted by 2^(3/12) and 2^(4/12).
    EXPECT_NEAR(t.tail_npv, 3014.0625 / std::pow(2, 3 / 12.0) + 1507.03125 / std::pow(2, 4 / 12.0), 1e-9);
    EXPECT_NEAR(t.tail_gross_profit, 4521.09375, kExact);  // the undiscounted figure stays
    EXPECT_NEAR(t.npv_with_tail(), t.npv + t.tail_npv, kExact);
}

TEST(ProgramTail, BringsNothingWithoutIncrementalCustomersOrWhenTheyAllLeave) {
    ProgramInputs in = linear_program();  // referred_churn 1: all gone after their month
    in.tail_months = 600;
    EXPECT_EQ(evaluate_program(in).totals.tail_gross_profit, 0);
    in = three_month_program();
    in.tail_months = 600;
    in.organic_share = 1;
    EXPECT_EQ(evaluate_program(in).totals.tail_gross_profit, 0);
}

TEST(ProgramTail, WithoutChurnEveryTailMonthIsTheSame) {
    ProgramInputs in = three_month_program();
    in.referred_churn = 0;
    in.tail_months = 10;
    // Nobody leaves after the horizon either: each tail month brings what the
    // incremental customers of month 3 brought.
    const ProgramResult r = evaluate_program(in);
    const double last_month_gross_profit = r.months.back().gross_profit;
    EXPECT_NEAR(r.totals.tail_gross_profit, 10 * last_month_gross_profit, 1e-9);
    EXPECT_FALSE(r.totals.referred_customer_value);  // one customer's life never ends
}

TEST(ProgramTail, TheDecisionProfitDrivesBreakEvenAndTheLargestReward) {
    ProgramInputs in = three_month_program();
    in.tail_months = 2;
    // n0 = 12716.71875 + 283.25 × 10 × 0.5 = 14132.96875; S0 = 283.25.
    const auto max = max_referrer_reward(in);
    ASSERT_TRUE(max);
    EXPECT_NEAR(*max, 14132.96875 / 141.625, 1e-9);
    in.referrer_reward = *max;
    EXPECT_NEAR(decision_profit(in), 0, 1e-9);
    EXPECT_LT(program_sums(in).net_profit(), 0);  // the horizon alone loses at that reward
    in = three_month_program();
    in.setup_cost = 9000;  // at conversion 0.5 the horizon loses 704.375, the tail turns it round
    const auto without_tail = break_even_conversion_rate(in);
    in.tail_months = 24;
    const auto with_tail = break_even_conversion_rate(in);
    ASSERT_TRUE(without_tail && with_tail);
    EXPECT_LT(*with_tail, *without_tail);  // the value after the horizon lowers the bar
    ProgramInputs at = in;
    at.conversion_rate = *with_tail;
    EXPECT_GE(decision_profit(at), 0);
    at.conversion_rate = *with_tail - 1e-9;
    EXPECT_LT(decision_profit(at), 0);
}

TEST(ProgramTotals, ReferredCustomerValueIsTheMarginOverAnExpectedLife) {
    // spend 100 × margin 0.5 / churn 0.5 = 100
    const ProgramTotals t = evaluate_program(three_month_program()).totals;
    ASSERT_TRUE(t.referred_customer_value);
    EXPECT_NEAR(*t.referred_customer_value, 100, kExact);
    // The defaults: 0.5 × 80 × 1.16 × 0.4 / 0.016 = 18.56 / 0.016 = 1160.
    const Json doc = evaluated(document("program"));
    EXPECT_NEAR(doc["result"]["totals"]["referred_customer_value"].get<double>(), 1160, 1e-9);
    EXPECT_TRUE(evaluated(document("program", {{"referred_churn", 0}}))["result"]["totals"]["referred_customer_value"]
                    .is_null());
}

TEST(ProgramDocument, TheNewInputsTravelAndIntegersStayIntegers) {
    const Json doc =
        evaluated(document("program", {{"conversion_lag_months", 2.0}, {"tail_months", 36}, {"fee_per_conversion", 2.5}}));
    EXPECT_TRUE(doc["inputs"]["conversion_lag_months"].is_number_integer());
    EXPECT_EQ(doc["inputs"]["conversion_lag_months"], 2);
    EXPECT_EQ(doc["inputs"]["tail_months"], 36);
    EXPECT_EQ(doc["inputs"]["fee_per_conversion"], 2.5);
    const Json& totals = doc["result"]["totals"];
    for (const char* member : {"fee_cost", "tail_gross_profit", "tail_npv", "net_profit_with_tail", "npv_with_tail",
                               "roi_with_tail", "referred_customer_value"}) {
        EXPECT_TRUE(totals.contains(member)) << member;
    }
    EXPECT_EQ(totals["net_profit_with_tail"].get<double>(),
              totals["net_profit"].get<double>() + totals["tail_gross_profit"].get<double>());
}

}  // namespace
}  // namespace passaparola::test
