#include "passaparola/program.hpp"

#include <algorithm>
#include <cmath>

#include "program_months.hpp"

namespace passaparola {
namespace {

// The months of spec §2 and the tail after them, with their sums; the months
// go to `kept` unless it is null. Only the full evaluation asks for the
// discounted tail (`tail_npv`): the searches and the what-if figures need the
// decision profit alone, without a power per month. One function, not a
// template over what happens to the months: the WebAssembly module then holds
// the loop once.
ProgramSums run_months(const ProgramInputs& in, bool tail_npv, std::vector<ProgramMonth>* kept) {
    const double monthly_discount = 1 + in.annual_discount_rate;
    // pow(1, x) is 1: skipping it changes no bit and keeps what-if trials cheap.
    const auto discounted = [&](double amount, int t) {
        return monthly_discount == 1 ? amount : amount / std::pow(monthly_discount, (t - 1) / 12.0);
    };
    detail::MonthStepper<double> months(detail::month_rates(in));
    // Summed in a local, with the payback month as a plain int, and copied out
    // at the end: the compiler then keeps the sums in registers.
    ProgramSums sums;
    int payback = 0;
    ProgramMonth m;
    for (int t = 1; t <= in.horizon_months; ++t) {
        months.next(t, m);
        detail::add_trial_sums(sums, m);
        detail::add_other_sums(sums, m);
        sums.npv += discounted(m.net, t);
        if (payback == 0 && m.cumulative_net >= 0 && sums.program_cost > 0) payback = t;
        if (kept) kept->push_back(m);
    }
    for (int k = 1; k <= in.tail_months; ++k) {
        double gross_profit = 0;
        months.next_tail(gross_profit);
        sums.tail_gross_profit += gross_profit;
        if (tail_npv) sums.tail_npv += discounted(gross_profit, in.horizon_months + k);
    }
    ProgramSums result = sums;
    if (payback > 0) result.payback_month = payback;
    return result;
}

std::optional<double> ratio(double numerator, double denominator) {
    if (denominator == 0) return std::nullopt;
    return numerator / denominator;
}

std::optional<double> finite_or_empty(std::optional<double> value) {
    if (value && !std::isfinite(*value)) return std::nullopt;
    return value;
}

double profit_at_conversion(ProgramInputs inputs, double conversion_rate) {
    inputs.conversion_rate = conversion_rate;
    return decision_profit(inputs);
}

}  // namespace

ProgramSums program_sums(const ProgramInputs& inputs) {
    return run_months(inputs, false, nullptr);
}

double decision_profit(const ProgramInputs& inputs) { return program_sums(inputs).net_profit_with_tail(); }

std::optional<double> break_even_conversion_rate(const ProgramInputs& inputs) {
    const double at_full = profit_at_conversion(inputs, 1);
    if (!std::isfinite(at_full) || at_full < 0) return std::nullopt;
    const double at_zero = profit_at_conversion(inputs, 0);
    if (!std::isfinite(at_zero)) return std::nullopt;
    if (at_zero >= 0) return 0.0;
    double lo = 0;
    double hi = 1;
    while (hi - lo >= 1e-12) {
        const double mid = (lo + hi) / 2;
        const double net = profit_at_conversion(inputs, mid);
        if (!std::isfinite(net)) return std::nullopt;
        (net >= 0 ? hi : lo) = mid;
    }
    return hi;
}

std::optional<double> max_referrer_reward(const ProgramInputs& inputs) {
    ProgramInputs without_reward = inputs;
    without_reward.referrer_reward = 0;
    const ProgramSums sums = program_sums(without_reward);
    const double net = sums.net_profit_with_tail();
    if (!(net >= 0)) return std::nullopt;
    return finite_or_empty(ratio(net, inputs.reward_cost_ratio * sums.referred_customers));
}

ProgramResult evaluate_program(const ProgramInputs& inputs) {
    ProgramResult result;
    result.months.reserve(static_cast<std::size_t>(std::max(inputs.horizon_months, 0)));
    const ProgramSums sums = run_months(inputs, true, &result.months);
    ProgramTotals& totals = result.totals;
    static_cast<ProgramSums&>(totals) = sums;
    totals.roi = ratio(sums.net_profit(), sums.program_cost);
    totals.roi_with_tail = ratio(sums.net_profit_with_tail(), sums.program_cost);
    const double monthly_gross_profit = detail::month_rates(inputs).spend * inputs.gross_margin;
    totals.referred_customer_value = ratio(monthly_gross_profit, inputs.referred_churn);
    totals.cost_per_referred_customer = ratio(sums.program_cost, sums.referred_customers);
    totals.cost_per_incremental_customer = ratio(sums.program_cost, sums.incremental_customers);
    totals.viral_coefficient = inputs.advocate_rate * inputs.referrals_per_advocate * inputs.conversion_rate;
    if (inputs.alternative_cac != 0 && totals.cost_per_incremental_customer) {
        totals.cac_savings =
            (inputs.alternative_cac - *totals.cost_per_incremental_customer) * sums.incremental_customers;
    }
    totals.break_even_conversion_rate = break_even_conversion_rate(inputs);
    totals.max_referrer_reward = max_referrer_reward(inputs);
    return result;
}

}  // namespace passaparola
