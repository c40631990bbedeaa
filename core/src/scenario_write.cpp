// Scenario and result documents as JSON (spec §1–§4); the result members
// come from the tables of result_fields.hpp.
#include <cmath>

#include "input_fields.hpp"
#include "passaparola/scenario.hpp"
#include "result_fields.hpp"

namespace passaparola {
namespace {

using namespace detail;

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
