#pragma once
// The monthly model of spec §2, one month at a time. Every figure of a
// program comes from MonthStepper::next: the full evaluation, the sums of
// sensitivity and the Monte Carlo trials only differ in what they keep.
//
// `Real` is double for one program, or a vector of doubles (GCC/Clang vector
// extension) for several programs evaluated side by side in Monte Carlo
// trials: the same operations in the same order for every lane, so a lane's
// figures are bit for bit those of the program alone.
#include <array>
#include <cstddef>

#include "passaparola/program.hpp"

namespace passaparola::detail {

// The inputs one month uses, and what of them stays the same from month to
// month (computed once: the compiler cannot hoist it out of the loop, as the
// months it writes might alias the inputs for all it knows).
template <class Real>
struct MonthRates {
    Real customers, advocate_rate, referrals_per_advocate, conversion_rate, market_size, gross_margin,
        reward_cost_ratio, fee_per_conversion, donation_share, monthly_cost, setup_cost;
    Real spend, incremental_share, rewards, base_retention, referred_retention;
    bool referred_refer = true;
    bool any_market_size = false;  // in some lane
    int conversion_lag_months = 0;
};

// MonthRates' real members, for copying them lane by lane.
template <class Real>
constexpr std::array kRealRates{
    &MonthRates<Real>::customers,     &MonthRates<Real>::advocate_rate,     &MonthRates<Real>::referrals_per_advocate,
    &MonthRates<Real>::conversion_rate, &MonthRates<Real>::market_size,    &MonthRates<Real>::gross_margin,
    &MonthRates<Real>::reward_cost_ratio, &MonthRates<Real>::fee_per_conversion,
    &MonthRates<Real>::donation_share, &MonthRates<Real>::monthly_cost, &MonthRates<Real>::setup_cost,    &MonthRates<Real>::spend,             &MonthRates<Real>::incremental_share,
    &MonthRates<Real>::rewards,       &MonthRates<Real>::base_retention,    &MonthRates<Real>::referred_retention};

inline MonthRates<double> month_rates(const ProgramInputs& in) {
    return {in.customers, in.advocate_rate, in.referrals_per_advocate, in.conversion_rate, in.market_size,
            in.gross_margin, in.reward_cost_ratio, in.fee_per_conversion, in.donation_share, in.monthly_cost,
            in.setup_cost, in.orders_per_month * in.average_order_value * (1 + in.referred_value_uplift),
            1 - in.organic_share, in.referrer_reward + in.friend_reward, 1 - in.monthly_churn,
            1 - in.referred_churn, in.referred_refer, in.market_size > 0, in.conversion_lag_months};
}

// The largest conversion lag of spec §2, and so how many months of leads wait
// for their decision at most (plus the month being made).
inline constexpr int kMaxConversionLag = 24;

template <class Real>
class MonthStepper {
public:
    explicit MonthStepper(const MonthRates<Real>& rates) : rates_(rates), base_(rates.customers) {}

    // Month t, called for t = 1, 2, … in order: fills every member of `m`
    // and carries the customers and the cumulative profit on to month t + 1.
    template <class Month>
    void next(int t, Month& m) {
        const MonthRates<Real>& in = rates_;
        const Real none{};
        m.month = t;
        m.referring_customers = base_ + (in.referred_refer ? referred_ : none);
        m.leads = m.referring_customers * in.advocate_rate * in.referrals_per_advocate;
        // The introductions of month t − lag decide now; a ring of the last
        // lag + 1 months' leads holds them (the lanes share the lag). Without
        // a lag the ring hands back the leads just put in.
        const int lag = in.conversion_lag_months;
        past_leads_[static_cast<std::size_t>(t % kLeadRing)] = m.leads;
        m.deciding = t > lag ? past_leads_[static_cast<std::size_t>((t - lag) % kLeadRing)] : none;
        // Without a market size the leads convert freely; with one, the
        // share not yet reached limits them. Both are computed and one kept,
        // lane by lane; the conditionals are std::max's and std::min's own.
        // (No helper functions: GCC warns that a function returning a 32-byte
        // vector has another ABI with AVX than without.)
        if (in.any_market_size) {
            const Real unreached = 1 - ever_referred_ / in.market_size;
            const Real saturation = none < unreached ? unreached : none;
            const Real left = in.market_size - ever_referred_;
            const Real room = none < left ? left : none;
            const Real converted = m.deciding * in.conversion_rate * saturation;
            const Real limited = room < converted ? room : converted;
            m.new_referred = none < in.market_size ? limited : m.deciding * in.conversion_rate;
        } else {
            m.new_referred = m.deciding * in.conversion_rate;  // what the above keeps in every lane, without its division
        }
        m.new_incremental = m.new_referred * in.incremental_share;
        m.referred_active = referred_ + m.new_referred;
        const Real incremental_active = referred_incremental_ + m.new_incremental;
        m.revenue = m.referred_active * in.spend;
        m.incremental_revenue = incremental_active * in.spend;
        m.gross_profit = m.incremental_revenue * in.gross_margin;
        m.reward_cost = m.new_referred * in.rewards * in.reward_cost_ratio;
        m.fee_cost = m.new_referred * in.fee_per_conversion;
        m.donation_cost = m.revenue * in.donation_share;
        m.fixed_cost = in.monthly_cost + (t == 1 ? in.setup_cost : none);
        // A fee of 0 adds an exact 0: without fees the cost keeps its bits.
        m.program_cost = m.reward_cost + m.fee_cost + m.donation_cost + m.fixed_cost;
        m.net = m.gross_profit - m.program_cost;
        cumulative_net_ += m.net;
        m.cumulative_net = cumulative_net_;

        ever_referred_ += m.new_referred;
        base_ *= in.base_retention;
        referred_ = m.referred_active * in.referred_retention;
        referred_incremental_ = incremental_active * in.referred_retention;
    }

    // A month after the horizon (spec §2, the tail), called after the last
    // next(): the incremental referred customers still active buy; nobody
    // new comes, nothing is paid. Writes the month's gross profit (a
    // parameter, not a return value: see the ABI note in next()).
    void next_tail(Real& gross_profit) {
        gross_profit = referred_incremental_ * rates_.spend * rates_.gross_margin;
        referred_incremental_ *= rates_.referred_retention;
    }

private:
    static constexpr int kLeadRing = kMaxConversionLag + 1;
    MonthRates<Real> rates_;
    std::array<Real, kLeadRing> past_leads_{};
    Real base_;
    Real referred_{};
    Real referred_incremental_{};
    Real ever_referred_{};
    Real cumulative_net_{};
};

// The sums a what-if trial reads — net profit, its cost, referred customers —
// apart from the rest, so a trial adds only these (the full evaluation adds
// both, each sum still in month order, so a trial's figures equal its bits).
template <class Sums, class Month>
void add_trial_sums(Sums& sums, const Month& m) {
    sums.referred_customers += m.new_referred;
    sums.incremental_gross_profit += m.gross_profit;
    sums.program_cost += m.program_cost;
}

// The undiscounted tail of spec §2 into a trial's sums: no allocation, no
// powers, so a Monte Carlo trial with 60 tail months stays cheap.
template <class Sums, class Stepper>
void add_tail_gross_profit(Sums& sums, Stepper& months, int tail_months) {
    decltype(sums.tail_gross_profit) gross_profit{};
    for (int k = 1; k <= tail_months; ++k) {
        months.next_tail(gross_profit);
        sums.tail_gross_profit += gross_profit;
    }
}

inline void add_other_sums(ProgramSums& sums, const ProgramMonth& m) {
    sums.incremental_customers += m.new_incremental;
    sums.referred_revenue += m.revenue;
    sums.incremental_revenue += m.incremental_revenue;
    sums.reward_cost += m.reward_cost;
    sums.fee_cost += m.fee_cost;
    sums.donation_cost += m.donation_cost;
    sums.fixed_cost += m.fixed_cost;
}

// Programs evaluated side by side, one lane each of a vector. A program's
// months form a chain (each needs the customers of the one before) whose
// latency, not the arithmetic, bounds one program; the lanes are independent
// chains in the same instructions (two doubles per SSE2 instruction).
inline constexpr std::size_t kProgramLanes = 4;
using ProgramLanes = double __attribute__((vector_size(kProgramLanes * sizeof(double))));

struct LaneSums {
    ProgramLanes referred_customers{}, incremental_gross_profit{}, program_cost{}, tail_gross_profit{};
};

// The trial sums (add_trial_sums) of every lane; the lanes share the horizon
// the switches, the lag and the tail and differ only in real-valued inputs. on_month(m) sees
// each month, one figure per lane.
template <class OnMonth>
void trial_sums_in_lanes(const std::array<ProgramInputs, kProgramLanes>& lanes, LaneSums& sums, OnMonth&& on_month) {
    MonthRates<ProgramLanes> rates;
    for (std::size_t lane = 0; lane < kProgramLanes; ++lane) {
        const MonthRates<double> one = month_rates(lanes[lane]);
        for (std::size_t i = 0; i < kRealRates<double>.size(); ++i) {
            (rates.*kRealRates<ProgramLanes>[i])[lane] = one.*kRealRates<double>[i];
        }
        rates.any_market_size = rates.any_market_size || one.any_market_size;
    }
    rates.referred_refer = lanes[0].referred_refer;
    rates.conversion_lag_months = lanes[0].conversion_lag_months;
    MonthStepper<ProgramLanes> months(rates);
    sums = LaneSums{};
    BasicProgramMonth<ProgramLanes> m;
    for (int t = 1; t <= lanes[0].horizon_months; ++t) {
        months.next(t, m);
        add_trial_sums(sums, m);
        on_month(m);
    }
    add_tail_gross_profit(sums, months, lanes[0].tail_months);
}

}  // namespace passaparola::detail
