#pragma once
// The members of result documents (spec §§2–4), tied to the result structs:
// the writer and the result metadata faces read (result_figures.hpp) both
// come from these tables. Table order is document order. Internal.
//
// Members are written from tables of {name, member} rather than one long
// initializer list per struct: every `{"key", value}` pair of nlohmann's
// initializer lists is expanded inline, and the tables keep the WebAssembly
// build small.
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "passaparola/gift_card.hpp"
#include "passaparola/json.hpp"
#include "passaparola/program.hpp"
#include "passaparola/result_figures.hpp"
#include "passaparola/scenario.hpp"
#include "passaparola/vcp.hpp"

namespace passaparola::detail {

// How each member type appears in a document: doubles stay doubles and
// counts stay integers ("3" rather than "3.0"); a figure that cannot be
// computed (nothing to divide by, never paid back) is null.
inline Json to_json(double x) { return x; }
inline Json to_json(int x) { return x; }
inline Json to_json(const std::optional<double>& x) { return x ? Json(*x) : Json(nullptr); }
inline Json to_json(const std::optional<int>& x) { return x ? Json(*x) : Json(nullptr); }
inline Json to_json(const std::string& text) { return text; }
inline Json to_json(Level level) { return to_string(level); }
inline Json to_json(NextAction action) { return to_string(action); }
inline Json to_json(const std::optional<Date>& date) { return date ? Json(to_string(*date)) : Json(nullptr); }

inline Json to_json(const std::vector<std::string>& texts) {
    Json out = Json::array();
    for (const auto& text : texts) out.push_back(text);
    return out;
}

// Counts of contacts per level, keyed by the level's name.
inline Json to_json(const std::array<int, 4>& level_counts) {
    Json out = Json::object();
    for (int level = 0; level < 4; ++level) out.emplace(to_string(static_cast<Level>(level)), level_counts[level]);
    return out;
}

// One member of a result document: how to write it, and what faces need to
// show it (its unit, and +1 when more is better, -1 when less is, 0 when neither).
template <class Owner>
struct Figure {
    std::string_view name;
    Json (*value)(const Owner&);
    FigureUnit unit;
    int better;
};

template <auto member>
Json figure(const auto& owner) {
    return to_json(owner.*member);
}

template <class Owner, std::size_t N>
inline void write_figures(Json& out, const Figure<Owner> (&figures)[N], const Owner& owner) {
    for (const auto& f : figures) out.emplace(f.name, f.value(owner));
}

template <class Owner, std::size_t N>
Json figures_of(const Figure<Owner> (&figures)[N], const Owner& owner) {
    Json out = Json::object();
    write_figures(out, figures, owner);
    return out;
}

using M = ProgramMonth;
inline constexpr Figure<M> kMonthFigures[] = {
    {"month", figure<&M::month>, FigureUnit::integer, 0},
    {"referring_customers", figure<&M::referring_customers>, FigureUnit::count, 0},
    {"leads", figure<&M::leads>, FigureUnit::count, +1},
    {"deciding", figure<&M::deciding>, FigureUnit::count, +1},
    {"new_referred", figure<&M::new_referred>, FigureUnit::count, +1},
    {"new_incremental", figure<&M::new_incremental>, FigureUnit::count, +1},
    {"referred_active", figure<&M::referred_active>, FigureUnit::count, +1},
    {"revenue", figure<&M::revenue>, FigureUnit::money, +1},
    {"incremental_revenue", figure<&M::incremental_revenue>, FigureUnit::money, +1},
    {"gross_profit", figure<&M::gross_profit>, FigureUnit::money, +1},
    {"reward_cost", figure<&M::reward_cost>, FigureUnit::money, -1},
    {"fee_cost", figure<&M::fee_cost>, FigureUnit::money, -1},
    {"donation_cost", figure<&M::donation_cost>, FigureUnit::money, -1},
    {"fixed_cost", figure<&M::fixed_cost>, FigureUnit::money, -1},
    {"program_cost", figure<&M::program_cost>, FigureUnit::money, -1},
    {"net", figure<&M::net>, FigureUnit::money, +1},
    {"cumulative_net", figure<&M::cumulative_net>, FigureUnit::money, +1},
};

using PT = ProgramTotals;
inline constexpr Figure<PT> kProgramTotalFigures[] = {
    {"referred_customers", figure<&PT::referred_customers>, FigureUnit::count, +1},
    {"incremental_customers", figure<&PT::incremental_customers>, FigureUnit::count, +1},
    {"referred_revenue", figure<&PT::referred_revenue>, FigureUnit::money, +1},
    {"incremental_revenue", figure<&PT::incremental_revenue>, FigureUnit::money, +1},
    {"incremental_gross_profit", figure<&PT::incremental_gross_profit>, FigureUnit::money, +1},
    {"reward_cost", figure<&PT::reward_cost>, FigureUnit::money, -1},
    {"fee_cost", figure<&PT::fee_cost>, FigureUnit::money, -1},
    {"donation_cost", figure<&PT::donation_cost>, FigureUnit::money, -1},
    {"fixed_cost", figure<&PT::fixed_cost>, FigureUnit::money, -1},
    {"program_cost", figure<&PT::program_cost>, FigureUnit::money, -1},
    {"net_profit", [](const PT& t) { return to_json(t.net_profit()); }, FigureUnit::money, +1},
    {"npv", figure<&PT::npv>, FigureUnit::money, +1},
    {"roi", figure<&PT::roi>, FigureUnit::percent, +1},
    {"tail_gross_profit", figure<&PT::tail_gross_profit>, FigureUnit::money, +1},
    {"tail_npv", figure<&PT::tail_npv>, FigureUnit::money, +1},
    {"net_profit_with_tail", [](const PT& t) { return to_json(t.net_profit_with_tail()); }, FigureUnit::money, +1},
    {"npv_with_tail", [](const PT& t) { return to_json(t.npv_with_tail()); }, FigureUnit::money, +1},
    {"roi_with_tail", figure<&PT::roi_with_tail>, FigureUnit::percent, +1},
    {"referred_customer_value", figure<&PT::referred_customer_value>, FigureUnit::money, +1},
    {"cost_per_referred_customer", figure<&PT::cost_per_referred_customer>, FigureUnit::money, -1},
    {"cost_per_incremental_customer", figure<&PT::cost_per_incremental_customer>, FigureUnit::money, -1},
    {"payback_month", figure<&PT::payback_month>, FigureUnit::month, -1},
    {"viral_coefficient", figure<&PT::viral_coefficient>, FigureUnit::ratio, +1},
    {"cac_savings", figure<&PT::cac_savings>, FigureUnit::money, +1},
    {"break_even_conversion_rate", figure<&PT::break_even_conversion_rate>, FigureUnit::percent, -1},
    {"max_referrer_reward", figure<&PT::max_referrer_reward>, FigureUnit::money, +1},
};

using W = GiftCardWave;
inline constexpr Figure<W> kWaveFigures[] = {
    {"cards_sent", figure<&W::cards_sent>, FigureUnit::count, 0},
    {"cards_passed_on", figure<&W::cards_passed_on>, FigureUnit::count, +1},
    {"friend_redemptions", figure<&W::friend_redemptions>, FigureUnit::count, +1},
    {"self_redemptions", figure<&W::self_redemptions>, FigureUnit::count, 0},
    {"unredeemed_cards", figure<&W::unredeemed_cards>, FigureUnit::count, 0},
    {"new_customers", figure<&W::new_customers>, FigureUnit::count, +1},
    {"card_cost", figure<&W::card_cost>, FigureUnit::money, -1},
    {"gift_cost", figure<&W::gift_cost>, FigureUnit::money, -1},
    {"reward_cost", figure<&W::reward_cost>, FigureUnit::money, -1},
    {"purchase_margin", figure<&W::purchase_margin>, FigureUnit::money, +1},
    {"customer_value", figure<&W::customer_value>, FigureUnit::money, +1},
};

// The totals repeat the wave's members (times the waves), then these.
using GT = GiftCardTotals;
inline constexpr Figure<GT> kGiftCardTotalFigures[] = {
    {"fixed_cost", figure<&GT::fixed_cost>, FigureUnit::money, -1},
    {"campaign_cost", figure<&GT::campaign_cost>, FigureUnit::money, -1},
    {"campaign_return", figure<&GT::campaign_return>, FigureUnit::money, +1},
    {"net_profit", figure<&GT::net_profit>, FigureUnit::money, +1},
    {"roi", figure<&GT::roi>, FigureUnit::percent, +1},
    {"cost_per_new_customer", figure<&GT::cost_per_new_customer>, FigureUnit::money, -1},
    {"breakage_rate", figure<&GT::breakage_rate>, FigureUnit::percent, 0},
    {"breakage_value", figure<&GT::breakage_value>, FigureUnit::money, 0},
    {"break_even_friend_conversion", figure<&GT::break_even_friend_conversion>, FigureUnit::percent, -1},
    {"max_card_value", figure<&GT::max_card_value>, FigureUnit::money, +1},
};

using CA = ContactAssessment;
inline constexpr Figure<CA> kContactFigures[] = {
    {"name", figure<&CA::name>, FigureUnit::text, 0},
    {"level_mine", figure<&CA::level_mine>, FigureUnit::level, +1},
    {"level_theirs", figure<&CA::level_theirs>, FigureUnit::level, +1},
    {"mutual_level", figure<&CA::mutual_level>, FigureUnit::level, +1},
    {"score", figure<&CA::score>, FigureUnit::score, +1},
    {"referral_potential", figure<&CA::referral_potential>, FigureUnit::score, +1},
    {"next_action", figure<&CA::next_action>, FigureUnit::text, 0},
    {"referrals_given", figure<&CA::referrals_given>, FigureUnit::count, +1},
    {"referrals_received", figure<&CA::referrals_received>, FigureUnit::count, +1},
    {"referral_balance", figure<&CA::referral_balance>, FigureUnit::count, 0},
    {"log_given", figure<&CA::log_given>, FigureUnit::integer, +1},
    {"log_received", figure<&CA::log_received>, FigureUnit::integer, +1},
    {"closed_value_given", figure<&CA::closed_value_given>, FigureUnit::money, +1},
    {"closed_value_received", figure<&CA::closed_value_received>, FigureUnit::money, +1},
    {"last_referral", figure<&CA::last_referral>, FigureUnit::date, 0},
};

using S = VcpSummary;
inline constexpr Figure<S> kVcpSummaryFigures[] = {
    {"contacts", figure<&S::contacts>, FigureUnit::integer, 0},
    {"level_counts", figure<&S::level_counts>, FigureUnit::text, 0},
    {"profitability_partners", figure<&S::profitability_partners>, FigureUnit::integer, +1},
    {"target_partners", figure<&S::target_partners>, FigureUnit::integer, 0},
    {"partner_gap", figure<&S::partner_gap>, FigureUnit::integer, -1},
    {"portfolio_score", figure<&S::portfolio_score>, FigureUnit::score, +1},
    {"referral_balance", figure<&S::referral_balance>, FigureUnit::count, 0},
    {"invest_next", figure<&S::invest_next>, FigureUnit::text, 0},
    {"as_of", figure<&S::as_of>, FigureUnit::date, 0},
    {"window_days", figure<&S::window_days>, FigureUnit::days, 0},
    {"closed_value_given", figure<&S::closed_value_given>, FigureUnit::money, +1},
    {"closed_value_received", figure<&S::closed_value_received>, FigureUnit::money, +1},
    {"top_sources", figure<&S::top_sources>, FigureUnit::text, 0},
};

using U = UncertainRange;
inline constexpr Figure<U> kRangeFigures[] = {
    {"low", figure<&U::low>, FigureUnit::number, 0},
    {"likely", figure<&U::likely>, FigureUnit::number, 0},
    {"high", figure<&U::high>, FigureUnit::number, 0},
};

}  // namespace passaparola::detail
