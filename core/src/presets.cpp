// The compiled-in industry presets and their scenarios; reading the data file
// is in presets_read.cpp.
#include "passaparola/presets.hpp"

#include <algorithm>

#include "json_text.hpp"
#include "presets_data.hpp"
#include "presets_format.hpp"

namespace passaparola {
namespace {

template <class Items, class Name>
std::string join(const Items& items, Name name) {
    std::string text;
    for (const auto& item : items) text += (text.empty() ? "" : ", ") + std::string(name(item));
    return text;
}

Json source_json(const ValueSource& source) {
    Json j{{"publication", source.publication}, {"year", source.year ? Json(*source.year) : Json(nullptr)}};
    if (!source.url.empty()) j["url"] = source.url;
    j["measured"] = source.measured;
    return j;
}

Json value_json(const PresetValue& value) {
    Json j{{"value", value.value}};
    if (value.source.has_publication()) j["source"] = source_json(value.source);
    if (!value.source.assumption.empty()) j["assumption"] = value.source.assumption;
    return j;
}

}  // namespace

Json detail::preset_document(const PresetScenario& scenario) {
    Json inputs = Json::object();
    for (const auto& v : scenario.values) inputs[v.input] = v.value;
    return {{"schema", kSchema}, {"kind", to_string(scenario.kind)}, {"inputs", std::move(inputs)}};
}

std::vector<ScenarioKind> Preset::kinds() const {
    std::vector<ScenarioKind> kinds;
    for (const auto& s : scenarios) kinds.push_back(s.kind);
    return kinds;
}

const PresetScenario* Preset::find(ScenarioKind kind) const {
    const auto it = std::find_if(scenarios.begin(), scenarios.end(), [&](const auto& s) { return s.kind == kind; });
    return it == scenarios.end() ? nullptr : &*it;
}

const Outcome<std::vector<Preset>>& compiled_presets() {
    static const Outcome<std::vector<Preset>> compiled = [] {
        auto document = read_json(detail::presets_data_text());
        return document ? read_presets(*document) : Outcome<std::vector<Preset>>(document.problems());
    }();
    return compiled;
}

const std::vector<Preset>& presets() {
    static const std::vector<Preset> none;
    return compiled_presets() ? compiled_presets().value() : none;
}

const Preset* find_preset(std::string_view id) {
    const auto& all = presets();
    const auto it = std::find_if(all.begin(), all.end(), [&](const Preset& p) { return p.id == id; });
    return it == all.end() ? nullptr : &*it;
}

Problem unknown_preset(std::string_view id) {
    return {"preset", "must be one of " + join(presets(), [](const Preset& p) { return p.id; }),
            describe_value(Json(std::string(id)))};
}

Outcome<Scenario> preset_scenario(std::string_view id, ScenarioKind kind) {
    const Preset* preset = find_preset(id);
    if (!preset) return std::vector<Problem>{unknown_preset(id)};
    const PresetScenario* scenario = preset->find(kind);
    if (!scenario) {
        return std::vector<Problem>{{"kind",
                                     "must be one that preset " + preset->id + " fills: " +
                                         join(preset->kinds(), [](ScenarioKind k) { return to_string(k); }),
                                     describe_value(Json(to_string(kind)))}};
    }
    return read_scenario(detail::preset_document(*scenario));
}

Json write_presets(const std::vector<Preset>& presets) {
    Json list = Json::array();
    for (const auto& preset : presets) {
        Json kinds = Json::array();
        Json scenarios = Json::object();
        for (const auto& scenario : preset.scenarios) {
            kinds.push_back(to_string(scenario.kind));
            Json values = Json::object();
            for (const auto& v : scenario.values) values[v.input] = value_json(v);
            scenarios[std::string(to_string(scenario.kind))] = std::move(values);
        }
        list.push_back({{"id", preset.id}, {"kinds", std::move(kinds)}, {"scenarios", std::move(scenarios)}});
    }
    return {{"schema", detail::kPresetsSchema}, {"presets", std::move(list)}};
}

Json presets_json() { return write_presets(presets()); }

}  // namespace passaparola
