// Scenario and result documents as JSON (spec §1–§4).
//
// Result members are written from tables of {name, member} rather than one
// long initializer list per struct: every `{"key", value}` pair of nlohmann's
// initializer lists is expanded inline, and the tables keep the WebAssembly
// build small. Table order is document order.
#include <cmath>

#include "input_fields.hpp"
#include "passaparola/scenario.hpp"

namespace passaparola {
namespace {

// How each member type appears in a document: doubles stay doubles and
// counts stay integers ("3" rather than "3.0"); a figure that cannot be
// computed (nothing to divide by, never paid back) is null.
Json to_json(double x) { return x; }
Json to_json(int x) { return x; }
Json to_json(const std::optional<double>& x) { return x ? Json(*x) : Json(nullptr); }
Json to_json(const std::optional<int>& x) { return x ? Json(*x) : Json(nullptr); }
Json to_json(const std::string& text) { return text; }
Json to_json(Level level) { return to_string(level); }
Json to_json(NextAction action) { return to_string(action); }
Json to_json(const std::optional<Date>& date) { return date ? Json(to_string(*date)) : Json(nullptr); }

Json to_json(const std::vector<std::string>& texts) {
    Json out = Json::array();
    for (const auto& text : texts) out.push_back(text);
    return out;
}

// Counts of contacts per level, keyed by the level's name.
Json to_json(const std::array<int, 4>& level_counts) {
    Json out = Json::object();
    for (int level = 0; level < 4; ++level) out.emplace(to_string(static_cast<Level>(level)), level_counts[level]);
    return out;
}

template <class Owner>
struct Figure {
    std::string_view name;
    Json (*value)(const Owner&);
};

template <auto member>
Json figure(const auto& owner) {
    return to_json(owner.*member);
}

template <class Owner, std::size_t N>
void write_figures(Json& out, const Figure<Owner> (&figures)[N], const Owner& owner) {
    for (const auto& f : figures) out.emplace(f.name, f.value(owner));
}

template <class Owner, std::size_t N>
Json figures_of(const Figure<Owner> (&figures)[N], const Owner& owner) {
    Json out = Json::object();
    write_figures(out, figures, owner);
    return out;
}

using M = ProgramMonth;
constexpr Figure<M> kMonthFigures[] = {
    {"month", figure<&M::month>},
    {"referring_customers", figure<&M::referring_customers>},
    {"leads", figure<&M::leads>},
    {"deciding", figure<&M::deciding>},
    {"new_referred", figure<&M::new_referred>},
    {"new_incremental", figure<&M::new_incremental>},
    {"referred_active", figure<&M::referred_active>},
    {"revenue", figure<&M::revenue>},
    {"incremental_revenue", figure<&M::incremental_revenue>},
    {"gross_profit", figure<&M::gross_profit>},
    {"reward_cost", figure<&M::reward_cost>},
    {"fee_cost", figure<&M::fee_cost>},
    {"donation_cost", figure<&M::donation_cost>},
    {"fixed_cost", figure<&M::fixed_cost>},
    {"program_cost", figure<&M::program_cost>},
    {"net", figure<&M::net>},
    {"cumulative_net", figure<&M::cumulative_net>},
};

using PT = ProgramTotals;
constexpr Figure<PT> kProgramTotalFigures[] = {
    {"referred_customers", figure<&PT::referred_customers>},
    {"incremental_customers", figure<&PT::incremental_customers>},
    {"referred_revenue", figure<&PT::referred_revenue>},
    {"incremental_revenue", figure<&PT::incremental_revenue>},
    {"incremental_gross_profit", figure<&PT::incremental_gross_profit>},
    {"reward_cost", figure<&PT::reward_cost>},
    {"fee_cost", figure<&PT::fee_cost>},
    {"donation_cost", figure<&PT::donation_cost>},
    {"fixed_cost", figure<&PT::fixed_cost>},
    {"program_cost", figure<&PT::program_cost>},
    {"net_profit", [](const PT& t) { return to_json(t.net_profit()); }},
    {"npv", figure<&PT::npv>},
    {"roi", figure<&PT::roi>},
    {"tail_gross_profit", figure<&PT::tail_gross_profit>},
    {"tail_npv", figure<&PT::tail_npv>},
    {"net_profit_with_tail", [](const PT& t) { return to_json(t.net_profit_with_tail()); }},
    {"npv_with_tail", [](const PT& t) { return to_json(t.npv_with_tail()); }},
    {"roi_with_tail", figure<&PT::roi_with_tail>},
    {"referred_customer_value", figure<&PT::referred_customer_value>},
    {"cost_per_referred_customer", figure<&PT::cost_per_referred_customer>},
    {"cost_per_incremental_customer", figure<&PT::cost_per_incremental_customer>},
    {"payback_month", figure<&PT::payback_month>},
    {"viral_coefficient", figure<&PT::viral_coefficient>},
    {"cac_savings", figure<&PT::cac_savings>},
    {"break_even_conversion_rate", figure<&PT::break_even_conversion_rate>},
    {"max_referrer_reward", figure<&PT::max_referrer_reward>},
};

using W = GiftCardWave;
constexpr Figure<W> kWaveFigures[] = {
    {"cards_sent", figure<&W::cards_sent>},
    {"cards_passed_on", figure<&W::cards_passed_on>},
    {"friend_redemptions", figure<&W::friend_redemptions>},
    {"self_redemptions", figure<&W::self_redemptions>},
    {"unredeemed_cards", figure<&W::unredeemed_cards>},
    {"new_customers", figure<&W::new_customers>},
    {"card_cost", figure<&W::card_cost>},
    {"gift_cost", figure<&W::gift_cost>},
    {"reward_cost", figure<&W::reward_cost>},
    {"purchase_margin", figure<&W::purchase_margin>},
    {"customer_value", figure<&W::customer_value>},
};

// The totals repeat the wave's members (times the waves), then these.
using GT = GiftCardTotals;
constexpr Figure<GT> kGiftCardTotalFigures[] = {
    {"fixed_cost", figure<&GT::fixed_cost>},
    {"campaign_cost", figure<&GT::campaign_cost>},
    {"campaign_return", figure<&GT::campaign_return>},
    {"net_profit", figure<&GT::net_profit>},
    {"roi", figure<&GT::roi>},
    {"cost_per_new_customer", figure<&GT::cost_per_new_customer>},
    {"breakage_rate", figure<&GT::breakage_rate>},
    {"breakage_value", figure<&GT::breakage_value>},
    {"break_even_friend_conversion", figure<&GT::break_even_friend_conversion>},
    {"max_card_value", figure<&GT::max_card_value>},
};

using CA = ContactAssessment;
constexpr Figure<CA> kContactFigures[] = {
    {"name", figure<&CA::name>},
    {"level_mine", figure<&CA::level_mine>},
    {"level_theirs", figure<&CA::level_theirs>},
    {"mutual_level", figure<&CA::mutual_level>},
    {"score", figure<&CA::score>},
    {"referral_potential", figure<&CA::referral_potential>},
    {"next_action", figure<&CA::next_action>},
    {"referrals_given", figure<&CA::referrals_given>},
    {"referrals_received", figure<&CA::referrals_received>},
    {"referral_balance", figure<&CA::referral_balance>},
    {"log_given", figure<&CA::log_given>},
    {"log_received", figure<&CA::log_received>},
    {"closed_value_given", figure<&CA::closed_value_given>},
    {"closed_value_received", figure<&CA::closed_value_received>},
    {"last_referral", figure<&CA::last_referral>},
};

using S = VcpSummary;
constexpr Figure<S> kVcpSummaryFigures[] = {
    {"contacts", figure<&S::contacts>},
    {"level_counts", figure<&S::level_counts>},
    {"profitability_partners", figure<&S::profitability_partners>},
    {"target_partners", figure<&S::target_partners>},
    {"partner_gap", figure<&S::partner_gap>},
    {"portfolio_score", figure<&S::portfolio_score>},
    {"referral_balance", figure<&S::referral_balance>},
    {"invest_next", figure<&S::invest_next>},
    {"as_of", figure<&S::as_of>},
    {"window_days", figure<&S::window_days>},
    {"closed_value_given", figure<&S::closed_value_given>},
    {"closed_value_received", figure<&S::closed_value_received>},
    {"top_sources", figure<&S::top_sources>},
};

using U = UncertainRange;
constexpr Figure<U> kRangeFigures[] = {
    {"low", figure<&U::low>},
    {"likely", figure<&U::likely>},
    {"high", figure<&U::high>},
};

template <class Inputs, std::size_t N>
Json write_fields(const detail::Field<Inputs> (&table)[N], const Inputs& inputs, Defaults defaults) {
    static const Inputs default_inputs{};
    Json out = Json::object();
    for (const auto& f : table) {
        std::visit(
            [&](auto member) {
                if (defaults == Defaults::omit && inputs.*member == default_inputs.*member) return;
                out.emplace(f.name, inputs.*member);
            },
            f.member);
    }
    return out;
}

Json write_log_entry(const LogEntry& e, Defaults defaults) {
    Json out = Json::object();
    out.emplace("date", to_string(e.date));
    out.emplace("direction", to_string(e.direction));
    if (defaults == Defaults::include || e.closed_value != 0) out.emplace("closed_value", e.closed_value);
    return out;
}

Json write_contact(const Contact& c, Defaults defaults) {
    Json out = Json::object();
    out.emplace("name", c.name);
    for (const auto& [name, direction] : {std::pair{"mine", &c.mine}, std::pair{"theirs", &c.theirs}}) {
        Json d = write_fields(detail::kDirectionFields, *direction, defaults);
        if (defaults == Defaults::include || !d.empty()) out.emplace(name, std::move(d));
    }
    if (defaults == Defaults::include || !c.traits.empty()) out.emplace("traits", to_json(c.traits));
    if (defaults == Defaults::include || !c.log.empty()) {
        Json log = Json::array();
        for (const auto& entry : c.log) log.push_back(write_log_entry(entry, defaults));
        out.emplace("log", std::move(log));
    }
    return out;
}

Json write_inputs(const ScenarioInputs& inputs, Defaults defaults) {
    if (const auto* p = std::get_if<ProgramInputs>(&inputs)) return write_fields(detail::kProgramFields, *p, defaults);
    if (const auto* g = std::get_if<GiftCardInputs>(&inputs)) return write_fields(detail::kGiftCardFields, *g, defaults);
    const auto& v = std::get<VcpInputs>(inputs);
    Json out = write_fields(detail::kVcpFields, v, defaults);
    // Kept when the document holds one, never added (spec §4).
    if (v.as_of) out.emplace("as_of", to_string(*v.as_of));
    if (defaults == Defaults::include || !v.contacts.empty()) {
        Json contacts = Json::array();
        for (const auto& c : v.contacts) contacts.push_back(write_contact(c, defaults));
        out.emplace("contacts", std::move(contacts));
    }
    return out;
}

Json program_result(const ProgramInputs& inputs) {
    const ProgramResult r = evaluate_program(inputs);
    Json months = Json::array();
    for (const auto& m : r.months) months.push_back(figures_of(kMonthFigures, m));
    Json result = Json::object();
    result.emplace("totals", figures_of(kProgramTotalFigures, r.totals));
    result.emplace("months", std::move(months));
    return result;
}

Json gift_card_result(const GiftCardInputs& inputs) {
    const GiftCardResult r = evaluate_gift_card(inputs);
    Json totals = figures_of(kWaveFigures, static_cast<const GiftCardWave&>(r.totals));
    write_figures(totals, kGiftCardTotalFigures, r.totals);
    Json result = Json::object();
    result.emplace("per_wave", figures_of(kWaveFigures, r.per_wave));
    result.emplace("totals", std::move(totals));
    return result;
}

Json vcp_result(const VcpInputs& inputs) {
    const VcpResult r = evaluate_vcp(inputs);
    Json contacts = Json::array();
    for (const auto& a : r.contacts) contacts.push_back(figures_of(kContactFigures, a));
    Json result = Json::object();
    result.emplace("contacts", std::move(contacts));
    result.emplace("summary", figures_of(kVcpSummaryFigures, r.summary));
    return result;
}

bool all_finite(const Json& value) {
    if (value.is_number_float()) return std::isfinite(value.get<double>());
    if (value.is_structured()) {
        for (const auto& member : value) {
            if (!all_finite(member)) return false;
        }
    }
    return true;
}

}  // namespace

Json write_scenario(const Scenario& scenario, Defaults defaults) {
    Json document = Json::object();
    document.emplace("schema", kSchema);
    document.emplace("kind", to_string(scenario.kind()));
    document.emplace("inputs", write_inputs(scenario.inputs, defaults));
    if (!scenario.uncertainty.empty()) {
        Json uncertainty = Json::object();
        for (const auto& u : scenario.uncertainty) uncertainty.emplace(u.input, figures_of(kRangeFigures, u));
        document.emplace("uncertainty", std::move(uncertainty));
    }
    return document;
}

Outcome<Json> evaluate(const Scenario& scenario) {
    Json document = write_scenario(scenario);
    Json result;
    switch (scenario.kind()) {
        case ScenarioKind::program: result = program_result(std::get<ProgramInputs>(scenario.inputs)); break;
        case ScenarioKind::gift_card: result = gift_card_result(std::get<GiftCardInputs>(scenario.inputs)); break;
        case ScenarioKind::vcp: result = vcp_result(std::get<VcpInputs>(scenario.inputs)); break;
    }
    if (!all_finite(result)) {
        return std::vector<Problem>{{"inputs", "make the scenario grow beyond what can be computed", "", "overflow"}};
    }
    document.emplace("result", std::move(result));
    return document;
}

Outcome<Json> evaluate_text(std::string_view json_text) {
    auto scenario = parse_scenario(json_text);
    if (!scenario) return scenario.problems();
    return evaluate(*scenario);
}

}  // namespace passaparola
