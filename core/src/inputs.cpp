#include "passaparola/inputs.hpp"

#include <array>

#include "input_fields.hpp"

namespace passaparola {
namespace {

template <class Inputs, std::size_t N>
std::vector<InputInfo> infos_of(const detail::Field<Inputs> (&fields)[N]) {
    static const Inputs defaults{};
    std::vector<InputInfo> infos;
    for (const auto& f : fields) {
        InputInfo info{f.name, f.kind, f.min, f.max, f.slider_max, f.unit, f.choices, nullptr};
        std::visit([&](auto member) { info.default_value = defaults.*member; }, f.member);
        infos.push_back(std::move(info));
    }
    return infos;
}

std::vector<InputInfo> vcp_infos() {
    auto infos = infos_of(detail::kVcpFields);
    infos.push_back({"contacts", InputKind::list, 0, static_cast<double>(kMaxContacts), 0, "contacts", {},
                     Json::array()});
    // No fixed default: the latest date of the log stands in (spec §4).
    infos.push_back({"as_of", InputKind::date, 0, 0, 0, "", {}, nullptr});
    return infos;
}

Json info_to_json(const InputInfo& info) {
    Json j = Json::object();
    j.emplace("name", info.name);
    j.emplace("kind", to_string(info.kind));
    if (info.kind != InputKind::boolean && info.kind != InputKind::currency && info.kind != InputKind::choice &&
        info.kind != InputKind::date) {
        j.emplace("min", info.min);
        j.emplace("max", info.max);
        if (info.slider_max > 0) j.emplace("slider_max", info.slider_max);
    }
    if (!info.unit.empty()) j.emplace("unit", info.unit);
    if (!info.choices.empty()) {
        Json choices = Json::array();
        for (const auto choice : info.choices) choices.push_back(choice);
        j.emplace("choices", std::move(choices));
    }
    j.emplace("default", Json(info.default_value));
    j.emplace("uncertain", info.is_real_valued());
    return j;
}

Json infos_to_json(const std::vector<InputInfo>& infos) {
    Json out = Json::array();
    for (const auto& info : infos) out.push_back(info_to_json(info));
    return out;
}

}  // namespace

std::string_view to_string(ScenarioKind kind) {
    constexpr std::string_view names[] = {"program", "gift_card", "vcp"};
    return names[static_cast<int>(kind)];
}

std::optional<ScenarioKind> scenario_kind_from_string(std::string_view text) {
    for (auto kind : {ScenarioKind::program, ScenarioKind::gift_card, ScenarioKind::vcp}) {
        if (to_string(kind) == text) return kind;
    }
    return std::nullopt;
}

std::string_view to_string(InputKind kind) {
    constexpr std::string_view names[] = {"rate",   "money",    "count", "integer", "bool",
                                          "choice", "currency", "list",  "date"};
    return names[static_cast<int>(kind)];
}

const std::vector<InputInfo>& input_infos(ScenarioKind kind) {
    static const std::vector<InputInfo> program = infos_of(detail::kProgramFields);
    static const std::vector<InputInfo> gift_card = infos_of(detail::kGiftCardFields);
    static const std::vector<InputInfo> vcp = vcp_infos();
    switch (kind) {
        case ScenarioKind::program: return program;
        case ScenarioKind::gift_card: return gift_card;
        case ScenarioKind::vcp: break;
    }
    return vcp;
}

const InputInfo* find_input(ScenarioKind kind, std::string_view name) {
    for (const auto& info : input_infos(kind)) {
        if (info.name == name) return &info;
    }
    return nullptr;
}

std::span<const TraitInfo> trait_infos() { return detail::kTraits; }

std::span<const std::string_view> direction_fields() {
    // Derived from the direction table, so a field is named in one place only.
    static constexpr auto names = [] {
        std::array<std::string_view, std::size(detail::kDirectionFields)> out{};
        for (std::size_t i = 0; i < out.size(); ++i) out[i] = detail::kDirectionFields[i].name;
        return out;
    }();
    return names;
}

Json input_metadata() {
    Json kinds = Json::object();
    for (auto kind : {ScenarioKind::program, ScenarioKind::gift_card, ScenarioKind::vcp}) {
        kinds.emplace(to_string(kind), infos_to_json(input_infos(kind)));
    }
    Json traits = Json::array();
    for (const auto& t : detail::kTraits) {
        Json trait = Json::object();
        trait.emplace("name", t.name);
        trait.emplace("weight", t.weight);
        traits.push_back(std::move(trait));
    }
    Json limits = Json::object();
    limits.emplace("contacts", kMaxContacts);
    limits.emplace("name_code_points", kMaxNameCodePoints);
    limits.emplace("log_entries_per_contact", kMaxLogEntriesPerContact);
    limits.emplace("log_entries", kMaxLogEntries);
    Json metadata = Json::object();
    metadata.emplace("schema", kSchema);
    metadata.emplace("kinds", std::move(kinds));
    metadata.emplace("direction", infos_to_json(infos_of(detail::kDirectionFields)));
    metadata.emplace("traits", std::move(traits));
    metadata.emplace("limits", std::move(limits));
    return metadata;
}

}  // namespace passaparola
