#pragma once
// The monthly model of spec §2, one month at a time. Every figure of a
// program comes from MonthStepper::next: the full evaluation, the sums of
// sensitivity and the Monte Carlo trials only differ in what they keep.
#include <algorithm>
#include <array>
#include <cstddef>

#include "passaparola/program.hpp"

namespace passaparola::detail {

class MonthStepper {
public:
    MonthStepper() = default;
    explicit MonthStepper(const ProgramInputs& in)
        : in_(&in),
          spend_(in.orders_per_month * in.average_order_value * (1 + in.referred_value_uplift)),
          base_(in.customers) {}

    // Month t, called for t = 1, 2, … in order: fills every member of `m`
    // and carries the customers and the cumulative profit on to month t + 1.
    void next(int t, ProgramMonth& m) {
        const ProgramInputs& in = *in_;
        m.month = t;
        m.referring_customers = base_ + (in.referred_refer ? referred_ : 0);
        m.leads = m.referring_customers * in.advocate_rate * in.referrals_per_advocate;
        if (in.market_size > 0) {
            const double saturation = std::max(0.0, 1 - ever_referred_ / in.market_size);
            const double room = std::max(0.0, in.market_size - ever_referred_);
            m.new_referred = std::min(m.leads * in.conversion_rate * saturation, room);
        } else {
            m.new_referred = m.leads * in.conversion_rate;
        }
        m.new_incremental = m.new_referred * (1 - in.organic_share);
        m.referred_active = referred_ + m.new_referred;
        const double incremental_active = referred_incremental_ + m.new_incremental;
        m.revenue = m.referred_active * spend_;
        m.incremental_revenue = incremental_active * spend_;
        m.gross_profit = m.incremental_revenue * in.gross_margin;
        m.reward_cost = m.new_referred * (in.referrer_reward + in.friend_reward) * in.reward_cost_ratio;
        m.donation_cost = m.revenue * in.donation_share;
        m.fixed_cost = in.monthly_cost + (t == 1 ? in.setup_cost : 0);
        m.program_cost = m.reward_cost + m.donation_cost + m.fixed_cost;
        m.net = m.gross_profit - m.program_cost;
        cumulative_net_ += m.net;
        m.cumulative_net = cumulative_net_;

        ever_referred_ += m.new_referred;
        base_ *= 1 - in.monthly_churn;
        referred_ = m.referred_active * (1 - in.referred_churn);
        referred_incremental_ = incremental_active * (1 - in.referred_churn);
    }

private:
    const ProgramInputs* in_ = nullptr;
    double spend_ = 0;
    double base_ = 0;
    double referred_ = 0;
    double referred_incremental_ = 0;
    double ever_referred_ = 0;
    double cumulative_net_ = 0;
};

// The sums a what-if trial reads — net profit, its cost, referred customers —
// apart from the rest, so a trial adds only these (the full evaluation adds
// both, each sum still in month order, so a trial's figures equal its bits).
inline void add_trial_sums(ProgramSums& sums, const ProgramMonth& m) {
    sums.referred_customers += m.new_referred;
    sums.incremental_gross_profit += m.gross_profit;
    sums.program_cost += m.program_cost;
}

inline void add_other_sums(ProgramSums& sums, const ProgramMonth& m) {
    sums.incremental_customers += m.new_incremental;
    sums.referred_revenue += m.revenue;
    sums.incremental_revenue += m.incremental_revenue;
    sums.reward_cost += m.reward_cost;
    sums.donation_cost += m.donation_cost;
    sums.fixed_cost += m.fixed_cost;
}

// Programs evaluated side by side in one loop over the months. A program's
// months form a chain (each needs the customers of the one before) whose
// latency, not the arithmetic, bounds one program; with several independent
// chains in flight the CPU overlaps them (1.5–2× more trials per second).
inline constexpr std::size_t kProgramLanes = 4;

// The trial sums (add_trial_sums) of every lane; the lanes share the horizon
// and differ only in real-valued inputs. on_month(lane, m) sees each month.
template <std::size_t Lanes, class OnMonth>
void trial_sums_in_lanes(const std::array<ProgramInputs, Lanes>& lanes, std::array<ProgramSums, Lanes>& sums,
                         OnMonth&& on_month) {
    std::array<MonthStepper, Lanes> steppers;
    for (std::size_t lane = 0; lane < Lanes; ++lane) {
        steppers[lane] = MonthStepper(lanes[lane]);
        sums[lane] = ProgramSums{};
    }
    const int horizon = lanes[0].horizon_months;
    // Outside the loops: next() sets every member, so clearing it per month
    // would be wasted (a memset call per month in WebAssembly).
    ProgramMonth m;
    for (int t = 1; t <= horizon; ++t) {
        for (std::size_t lane = 0; lane < Lanes; ++lane) {
            steppers[lane].next(t, m);
            add_trial_sums(sums[lane], m);
            on_month(lane, m);
        }
    }
}

}  // namespace passaparola::detail
