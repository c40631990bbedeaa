// Scenario and result documents as JSON (spec §1–§4).
#include <cmath>

#include "input_fields.hpp"
#include "passaparola/scenario.hpp"

namespace passaparola {
namespace {

Json nullable(const std::optional<double>& x) { return x ? Json(*x) : Json(nullptr); }
Json nullable(const std::optional<int>& x) { return x ? Json(*x) : Json(nullptr); }

template <class Inputs, std::size_t N>
Json write_fields(const detail::Field<Inputs> (&table)[N], const Inputs& inputs, Defaults defaults) {
    static const Inputs default_inputs{};
    Json out = Json::object();
    for (const auto& f : table) {
        std::visit(
            [&](auto member) {
                if (defaults == Defaults::omit && inputs.*member == default_inputs.*member) return;
                out[std::string(f.name)] = inputs.*member;
            },
            f.member);
    }
    return out;
}

Json write_contact(const Contact& c, Defaults defaults) {
    Json out{{"name", c.name}};
    for (const auto& [name, direction] : {std::pair{"mine", &c.mine}, std::pair{"theirs", &c.theirs}}) {
        Json d = write_fields(detail::kDirectionFields, *direction, defaults);
        if (defaults == Defaults::include || !d.empty()) out[name] = std::move(d);
    }
    if (defaults == Defaults::include || !c.traits.empty()) out["traits"] = c.traits;
    return out;
}

Json write_inputs(const ScenarioInputs& inputs, Defaults defaults) {
    if (const auto* p = std::get_if<ProgramInputs>(&inputs)) return write_fields(detail::kProgramFields, *p, defaults);
    if (const auto* g = std::get_if<GiftCardInputs>(&inputs)) return write_fields(detail::kGiftCardFields, *g, defaults);
    const auto& v = std::get<VcpInputs>(inputs);
    Json out = write_fields(detail::kVcpFields, v, defaults);
    if (defaults == Defaults::include || !v.contacts.empty()) {
        Json contacts = Json::array();
        for (const auto& c : v.contacts) contacts.push_back(write_contact(c, defaults));
        out["contacts"] = std::move(contacts);
    }
    return out;
}

Json program_result(const ProgramInputs& inputs) {
    const ProgramResult r = evaluate_program(inputs);
    const ProgramTotals& t = r.totals;
    Json months = Json::array();
    for (const auto& m : r.months) {
        months.push_back({{"month", m.month},
                          {"referring_customers", m.referring_customers},
                          {"leads", m.leads},
                          {"new_referred", m.new_referred},
                          {"new_incremental", m.new_incremental},
                          {"referred_active", m.referred_active},
                          {"revenue", m.revenue},
                          {"incremental_revenue", m.incremental_revenue},
                          {"gross_profit", m.gross_profit},
                          {"reward_cost", m.reward_cost},
                          {"donation_cost", m.donation_cost},
                          {"fixed_cost", m.fixed_cost},
                          {"program_cost", m.program_cost},
                          {"net", m.net},
                          {"cumulative_net", m.cumulative_net}});
    }
    Json totals{{"referred_customers", t.referred_customers},
                {"incremental_customers", t.incremental_customers},
                {"referred_revenue", t.referred_revenue},
                {"incremental_revenue", t.incremental_revenue},
                {"incremental_gross_profit", t.incremental_gross_profit},
                {"reward_cost", t.reward_cost},
                {"donation_cost", t.donation_cost},
                {"fixed_cost", t.fixed_cost},
                {"program_cost", t.program_cost},
                {"net_profit", t.net_profit()},
                {"npv", t.npv},
                {"roi", nullable(t.roi)},
                {"cost_per_referred_customer", nullable(t.cost_per_referred_customer)},
                {"cost_per_incremental_customer", nullable(t.cost_per_incremental_customer)},
                {"payback_month", nullable(t.payback_month)},
                {"viral_coefficient", t.viral_coefficient},
                {"cac_savings", nullable(t.cac_savings)},
                {"break_even_conversion_rate", nullable(t.break_even_conversion_rate)},
                {"max_referrer_reward", nullable(t.max_referrer_reward)}};
    return {{"totals", std::move(totals)}, {"months", std::move(months)}};
}

Json wave_members(const GiftCardWave& w) {
    return {{"cards_sent", w.cards_sent},
            {"cards_passed_on", w.cards_passed_on},
            {"friend_redemptions", w.friend_redemptions},
            {"self_redemptions", w.self_redemptions},
            {"unredeemed_cards", w.unredeemed_cards},
            {"new_customers", w.new_customers},
            {"card_cost", w.card_cost},
            {"gift_cost", w.gift_cost},
            {"reward_cost", w.reward_cost},
            {"purchase_margin", w.purchase_margin},
            {"customer_value", w.customer_value}};
}

Json gift_card_result(const GiftCardInputs& inputs) {
    const GiftCardResult r = evaluate_gift_card(inputs);
    const GiftCardTotals& t = r.totals;
    Json totals = wave_members(t);
    totals["fixed_cost"] = t.fixed_cost;
    totals["campaign_cost"] = t.campaign_cost;
    totals["campaign_return"] = t.campaign_return;
    totals["net_profit"] = t.net_profit;
    totals["roi"] = nullable(t.roi);
    totals["cost_per_new_customer"] = nullable(t.cost_per_new_customer);
    totals["breakage_rate"] = nullable(t.breakage_rate);
    totals["breakage_value"] = t.breakage_value;
    totals["break_even_friend_conversion"] = nullable(t.break_even_friend_conversion);
    totals["max_card_value"] = nullable(t.max_card_value);
    return {{"per_wave", wave_members(r.per_wave)}, {"totals", std::move(totals)}};
}

Json vcp_result(const VcpInputs& inputs) {
    const VcpResult r = evaluate_vcp(inputs);
    const VcpSummary& s = r.summary;
    Json contacts = Json::array();
    for (const auto& a : r.contacts) {
        contacts.push_back({{"name", a.name},
                            {"level_mine", to_string(a.level_mine)},
                            {"level_theirs", to_string(a.level_theirs)},
                            {"mutual_level", to_string(a.mutual_level)},
                            {"score", a.score},
                            {"referral_potential", a.referral_potential},
                            {"next_action", to_string(a.next_action)},
                            {"referral_balance", a.referral_balance}});
    }
    Json level_counts = Json::object();
    for (int level = 0; level < 4; ++level) {
        level_counts[std::string(to_string(static_cast<Level>(level)))] = s.level_counts[level];
    }
    Json summary{{"contacts", s.contacts},
                 {"level_counts", std::move(level_counts)},
                 {"profitability_partners", s.profitability_partners},
                 {"target_partners", s.target_partners},
                 {"partner_gap", s.partner_gap},
                 {"portfolio_score", nullable(s.portfolio_score)},
                 {"referral_balance", s.referral_balance},
                 {"invest_next", s.invest_next}};
    return {{"contacts", std::move(contacts)}, {"summary", std::move(summary)}};
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
    Json document{{"schema", kSchema}, {"kind", to_string(scenario.kind())},
                  {"inputs", write_inputs(scenario.inputs, defaults)}};
    if (!scenario.uncertainty.empty()) {
        Json uncertainty = Json::object();
        for (const auto& u : scenario.uncertainty) {
            uncertainty[u.input] = {{"low", u.low}, {"likely", u.likely}, {"high", u.high}};
        }
        document["uncertainty"] = std::move(uncertainty);
    }
    return document;
}

Outcome<Json> evaluate(const Scenario& scenario) {
    Json document = write_scenario(scenario);
    document["result"] = std::visit(
        [](const auto& inputs) {
            using Inputs = std::decay_t<decltype(inputs)>;
            if constexpr (std::is_same_v<Inputs, ProgramInputs>) return program_result(inputs);
            else if constexpr (std::is_same_v<Inputs, GiftCardInputs>) return gift_card_result(inputs);
            else return vcp_result(inputs);
        },
        scenario.inputs);
    if (!all_finite(document["result"])) {
        return std::vector<Problem>{{"inputs", "make the scenario grow beyond what can be computed", ""}};
    }
    return document;
}

Outcome<Json> evaluate_text(std::string_view json_text) {
    auto scenario = parse_scenario(json_text);
    if (!scenario) return scenario.problems();
    return evaluate(*scenario);
}

}  // namespace passaparola
