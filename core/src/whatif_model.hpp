#pragma once
// What sensitivity and Monte Carlo need of a model (spec §6): its real-valued
// inputs in table order, and the outcome of one evaluation without JSON,
// allocation or break-even solvers.
#include <array>
#include <string_view>
#include <utility>
#include <vector>

#include "input_fields.hpp"
#include "program_months.hpp"
#include "passaparola/scenario.hpp"

namespace passaparola::detail {

struct TrialOutcome {
    double net_profit;  // a program's decision profit
    double cost;       // the denominator of roi
    double customers;  // referred customers of a program, new customers of a gift card campaign
};

// How many trials are evaluated together (see kProgramLanes).
template <class Inputs>
inline constexpr std::size_t kTrialLanes = 1;
template <>
inline constexpr std::size_t kTrialLanes<ProgramInputs> = kProgramLanes;

// The outcomes of a group of trials; on_month(m) sees a program's months,
// one figure per lane.
template <class OnMonth>
void trial_outcomes(const std::array<ProgramInputs, kProgramLanes>& lanes,
                    std::array<TrialOutcome, kProgramLanes>& outcomes, OnMonth&& on_month) {
    LaneSums sums;
    trial_sums_in_lanes(lanes, sums, on_month);
    for (std::size_t lane = 0; lane < kProgramLanes; ++lane) {
        ProgramSums one;
        one.referred_customers = sums.referred_customers[lane];
        one.incremental_gross_profit = sums.incremental_gross_profit[lane];
        one.program_cost = sums.program_cost[lane];
        one.tail_gross_profit = sums.tail_gross_profit[lane];
        outcomes[lane] = {one.net_profit_with_tail(), one.program_cost, one.referred_customers};
    }
}

// The gift card model is a handful of products: its closed-form break-even
// members cost about as much as the wave itself.
template <std::size_t Lanes, class OnMonth>
void trial_outcomes(const std::array<GiftCardInputs, Lanes>& lanes, std::array<TrialOutcome, Lanes>& outcomes,
                    OnMonth&&) {
    for (std::size_t lane = 0; lane < Lanes; ++lane) {
        const GiftCardTotals totals = evaluate_gift_card(lanes[lane]).totals;
        outcomes[lane] = {totals.net_profit, totals.campaign_cost, totals.new_customers};
    }
}

// The figure what-if analysis moves: a program's decision profit (spec §2).
inline double net_profit(const ProgramInputs& inputs) { return decision_profit(inputs); }
inline double net_profit(const GiftCardInputs& inputs) { return gift_card_net_profit(inputs); }

inline std::span<const Field<ProgramInputs>> fields_of(const ProgramInputs&) { return kProgramFields; }
inline std::span<const Field<GiftCardInputs>> fields_of(const GiftCardInputs&) { return kGiftCardFields; }

// A real-valued input: numeric and not an integer, the only kind that may be uncertain.
template <class Inputs>
struct RealInput {
    const Field<Inputs>* field;
    double Inputs::*member;
};

template <class Inputs>
std::vector<RealInput<Inputs>> real_inputs(const Inputs& inputs) {
    std::vector<RealInput<Inputs>> reals;
    for (const auto& field : fields_of(inputs)) {
        if (const auto* member = std::get_if<double Inputs::*>(&field.member)) reals.push_back({&field, *member});
    }
    return reals;
}

inline const UncertainRange* find_range(const Scenario& scenario, std::string_view input) {
    for (const auto& range : scenario.uncertainty) {
        if (range.input == input) return &range;
    }
    return nullptr;
}

// Calls `analyse(inputs)` with the program or gift card inputs of the
// scenario; a vcp scenario is refused.
template <class Analyse>
auto with_whatif_inputs(const Scenario& scenario, Analyse&& analyse) {
    using Result = decltype(analyse(std::declval<const ProgramInputs&>()));
    if (const auto* program = std::get_if<ProgramInputs>(&scenario.inputs)) return analyse(*program);
    if (const auto* gift_card = std::get_if<GiftCardInputs>(&scenario.inputs)) return analyse(*gift_card);
    return Result(std::vector<Problem>{
        {"kind", "must be program or gift_card: what-if analysis is not defined for vcp", "\"vcp\""}});
}

}  // namespace passaparola::detail
