#pragma once
// Referral-program ROI month by month (spec §2). Rewards go only to the
// customer who brought the new one directly: there are no multi-level chains.
#include <optional>
#include <string>
#include <vector>

namespace passaparola {

struct ProgramInputs {
    std::string currency = "EUR";
    std::string program_type = "direct";
    int horizon_months = 12;
    double customers = 500;
    double monthly_churn = 0.02;
    double advocate_rate = 0.03;
    double referrals_per_advocate = 2;
    double conversion_rate = 0.15;
    double organic_share = 0.2;
    bool referred_refer = true;
    double average_order_value = 80;
    double orders_per_month = 0.5;
    double gross_margin = 0.4;
    double referred_value_uplift = 0.16;
    double referred_churn = 0.016;
    double referrer_reward = 15;
    double friend_reward = 15;
    double reward_cost_ratio = 1;
    double setup_cost = 500;
    double monthly_cost = 50;
    double donation_share = 0;
    double alternative_cac = 0;
    double annual_discount_rate = 0;
    double market_size = 0;
    int conversion_lag_months = 0;
    double fee_per_conversion = 0;
    int tail_months = 0;
};

// One month's figures. `Real` is double; the Monte Carlo trials use a vector
// of doubles, one lane per trial, with the same figures.
template <class Real>
struct BasicProgramMonth {
    int month = 0;
    Real referring_customers{};
    Real leads{};
    Real deciding{};
    Real new_referred{};
    Real new_incremental{};
    Real referred_active{};
    Real revenue{};
    Real incremental_revenue{};
    Real gross_profit{};
    Real reward_cost{};
    Real fee_cost{};
    Real donation_cost{};
    Real fixed_cost{};
    Real program_cost{};
    Real net{};
    Real cumulative_net{};
};
using ProgramMonth = BasicProgramMonth<double>;

// The sums over the months, added in month order. Cheap to compute: no
// allocation, so what-if analysis can call it many thousand times.
struct ProgramSums {
    double referred_customers = 0;
    double incremental_customers = 0;
    double referred_revenue = 0;
    double incremental_revenue = 0;
    double incremental_gross_profit = 0;
    double reward_cost = 0;
    double fee_cost = 0;
    double donation_cost = 0;
    double fixed_cost = 0;
    double program_cost = 0;
    double npv = 0;
    // What the incremental customers still active at the horizon bring in
    // the tail months; tail_npv only where the full evaluation asks for it.
    double tail_gross_profit = 0;
    double tail_npv = 0;
    std::optional<int> payback_month;

    double net_profit() const { return incremental_gross_profit - program_cost; }
    // The decision profit of spec §2: what break-even, the largest reward and
    // every what-if figure are computed from. Equals net_profit without a tail.
    double net_profit_with_tail() const { return net_profit() + tail_gross_profit; }
    double npv_with_tail() const { return npv + tail_npv; }
};

struct ProgramTotals : ProgramSums {
    std::optional<double> roi;
    std::optional<double> roi_with_tail;
    // Undiscounted gross profit of one referred customer over its expected life.
    std::optional<double> referred_customer_value;
    std::optional<double> cost_per_referred_customer;
    std::optional<double> cost_per_incremental_customer;
    double viral_coefficient = 0;
    std::optional<double> cac_savings;
    std::optional<double> break_even_conversion_rate;
    std::optional<double> max_referrer_reward;
};

struct ProgramResult {
    std::vector<ProgramMonth> months;
    ProgramTotals totals;
};

ProgramSums program_sums(const ProgramInputs& inputs);
ProgramResult evaluate_program(const ProgramInputs& inputs);

// The decision profit (net profit with the tail) of the inputs.
double decision_profit(const ProgramInputs& inputs);

// The smallest conversion rate at which the decision profit is ≥ 0; empty when
// even full conversion loses or the search meets a non-finite value.
std::optional<double> break_even_conversion_rate(const ProgramInputs& inputs);
// The largest referrer reward that keeps the decision profit ≥ 0.
std::optional<double> max_referrer_reward(const ProgramInputs& inputs);

}  // namespace passaparola
