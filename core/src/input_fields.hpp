#pragma once
// The input tables of spec §§2–4, tied to the members of the input structs.
// Internal: faces read the same data through inputs.hpp.
#include <array>
#include <span>
#include <string_view>
#include <variant>

#include "passaparola/gift_card.hpp"
#include "passaparola/inputs.hpp"
#include "passaparola/program.hpp"
#include "passaparola/vcp.hpp"

namespace passaparola::detail {

template <class Inputs>
using Member = std::variant<double Inputs::*, int Inputs::*, bool Inputs::*, std::string Inputs::*>;

template <class Inputs>
struct Field {
    std::string_view name;
    InputKind kind;
    double min;
    double max;
    double slider_max;
    std::string_view unit;
    Member<Inputs> member;
    std::span<const std::string_view> choices = {};
};

inline constexpr std::string_view kProgramTypes[] = {"direct", "implicit", "tangible", "community"};

using P = ProgramInputs;
inline constexpr Field<P> kProgramFields[] = {
    {"currency", InputKind::currency, 0, 0, 0, "", &P::currency},
    {"program_type", InputKind::choice, 0, 0, 0, "", &P::program_type, kProgramTypes},
    {"horizon_months", InputKind::integer, 1, 120, 60, "months", &P::horizon_months},
    {"customers", InputKind::count, 0, 1e9, 10000, "people", &P::customers},
    {"monthly_churn", InputKind::rate, 0, 1, 0.2, "percent", &P::monthly_churn},
    {"advocate_rate", InputKind::rate, 0, 1, 0.3, "percent", &P::advocate_rate},
    {"referrals_per_advocate", InputKind::count, 0, 1000, 10, "per_month", &P::referrals_per_advocate},
    {"conversion_rate", InputKind::rate, 0, 1, 1, "percent", &P::conversion_rate},
    {"organic_share", InputKind::rate, 0, 1, 1, "percent", &P::organic_share},
    {"referred_refer", InputKind::boolean, 0, 0, 0, "", &P::referred_refer},
    {"average_order_value", InputKind::money, 0, 1e9, 1000, "currency", &P::average_order_value},
    {"orders_per_month", InputKind::count, 0, 1000, 10, "per_month", &P::orders_per_month},
    {"gross_margin", InputKind::rate, 0, 1, 1, "percent", &P::gross_margin},
    {"referred_value_uplift", InputKind::rate, -0.9, 10, 1, "percent", &P::referred_value_uplift},
    {"referred_churn", InputKind::rate, 0, 1, 0.2, "percent", &P::referred_churn},
    {"referrer_reward", InputKind::money, 0, 1e9, 200, "currency", &P::referrer_reward},
    {"friend_reward", InputKind::money, 0, 1e9, 200, "currency", &P::friend_reward},
    {"reward_cost_ratio", InputKind::rate, 0, 1, 1, "percent", &P::reward_cost_ratio},
    {"setup_cost", InputKind::money, 0, 1e9, 10000, "currency", &P::setup_cost},
    {"monthly_cost", InputKind::money, 0, 1e9, 2000, "currency", &P::monthly_cost},
    {"donation_share", InputKind::rate, 0, 1, 0.5, "percent", &P::donation_share},
    {"alternative_cac", InputKind::money, 0, 1e9, 500, "currency", &P::alternative_cac},
    {"annual_discount_rate", InputKind::rate, 0, 1, 0.3, "percent", &P::annual_discount_rate},
    {"market_size", InputKind::count, 0, 1e12, 100000, "people", &P::market_size},
    {"conversion_lag_months", InputKind::integer, 0, 24, 12, "months", &P::conversion_lag_months},
    {"fee_per_conversion", InputKind::money, 0, 1e9, 100, "currency", &P::fee_per_conversion},
    {"tail_months", InputKind::integer, 0, 600, 120, "months", &P::tail_months},
};

using G = GiftCardInputs;
inline constexpr Field<G> kGiftCardFields[] = {
    {"currency", InputKind::currency, 0, 0, 0, "", &G::currency},
    {"waves", InputKind::integer, 1, 52, 12, "waves", &G::waves},
    {"cards_per_wave", InputKind::count, 0, 1e7, 2000, "cards", &G::cards_per_wave},
    {"card_value", InputKind::money, 0, 1e6, 200, "currency", &G::card_value},
    {"card_unit_cost", InputKind::money, 0, 1e6, 20, "currency", &G::card_unit_cost},
    {"pass_on_rate", InputKind::rate, 0, 1, 1, "percent", &G::pass_on_rate},
    {"friend_redemption_rate", InputKind::rate, 0, 1, 1, "percent", &G::friend_redemption_rate},
    {"self_redemption_rate", InputKind::rate, 0, 1, 1, "percent", &G::self_redemption_rate},
    {"redemption_spend", InputKind::money, 0, 1e6, 500, "currency", &G::redemption_spend},
    {"gross_margin", InputKind::rate, 0, 1, 1, "percent", &G::gross_margin},
    {"cannibalization", InputKind::rate, 0, 1, 1, "percent", &G::cannibalization},
    {"friend_conversion", InputKind::rate, 0, 1, 1, "percent", &G::friend_conversion},
    {"new_customer_value", InputKind::money, 0, 1e9, 2000, "currency", &G::new_customer_value},
    {"referrer_reward", InputKind::money, 0, 1e9, 200, "currency", &G::referrer_reward},
    {"reward_cost_ratio", InputKind::rate, 0, 1, 1, "percent", &G::reward_cost_ratio},
    {"fixed_cost", InputKind::money, 0, 1e9, 10000, "currency", &G::fixed_cost},
};

using V = VcpInputs;
// `contacts` (a list) and `as_of` (a date without a fixed default) are read by
// hand; these are the scalar inputs.
inline constexpr Field<V> kVcpFields[] = {
    {"target_partners", InputKind::integer, 1, 100, 20, "contacts", &V::target_partners},
    {"regular_referrals_per_quarter", InputKind::count, 0.1, 1000, 20, "per_quarter",
     &V::regular_referrals_per_quarter},
    {"currency", InputKind::currency, 0, 0, 0, "", &V::currency},
    {"window_days", InputKind::integer, 7, 1100, 730, "days", &V::window_days},
};

using D = Direction;
inline constexpr Field<D> kDirectionFields[] = {
    {"knows_business", InputKind::boolean, 0, 0, 0, "", &D::knows_business},
    {"knows_ideal_client", InputKind::boolean, 0, 0, 0, "", &D::knows_ideal_client},
    {"knows_how_to_reach", InputKind::boolean, 0, 0, 0, "", &D::knows_how_to_reach},
    {"trusts_competence", InputKind::boolean, 0, 0, 0, "", &D::trusts_competence},
    {"referrals_per_quarter", InputKind::count, 0, 1000, 20, "per_quarter", &D::referrals_per_quarter},
};

inline constexpr TraitInfo kTraits[] = {
    {"connector", 25}, {"strategic_partner", 25}, {"maven", 20},   {"salesperson", 20},
    {"raving_fan", 20}, {"similar_audience", 15}, {"doer", 15},    {"friend_family", 5},
};

// The real-valued member of `inputs` named `name`, or null (spec §6 moves these).
template <class Inputs, std::size_t N>
double Inputs::*find_real_member(const Field<Inputs> (&fields)[N], std::string_view name) {
    for (const auto& field : fields) {
        if (field.name == name && std::holds_alternative<double Inputs::*>(field.member)) {
            return std::get<double Inputs::*>(field.member);
        }
    }
    return nullptr;
}

}  // namespace passaparola::detail
