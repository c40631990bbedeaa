#include "preset_sources.hpp"

namespace passaparola::desktop {

std::optional<Scenario> with_preset(const Scenario& scenario, std::string_view preset_id) {
    const Preset* preset = find_preset(preset_id);
    const PresetScenario* values = preset ? preset->find(scenario.kind()) : nullptr;
    if (!values) return std::nullopt;
    Json document = write_scenario(scenario);
    for (const auto& value : values->values) document["inputs"][value.input] = value.value;
    auto next = read_scenario(document);
    if (!next.ok()) return std::nullopt;
    return std::move(next).value();
}

std::map<std::string, const ValueSource*, std::less<>> preset_sources(const Document& document) {
    std::map<std::string, const ValueSource*, std::less<>> sources;
    const Preset* preset = document.preset().empty() ? nullptr : find_preset(document.preset());
    const PresetScenario* values = preset ? preset->find(document.kind()) : nullptr;
    if (!values) return sources;
    const Json inputs = write_scenario(document.scenario())["inputs"];
    for (const auto& value : values->values) {
        if (inputs.contains(value.input) && inputs[value.input] == value.value) sources[value.input] = &value.source;
    }
    return sources;
}

const ValueSource* preset_source(const Document& document, std::string_view input) {
    const auto sources = preset_sources(document);
    const auto found = sources.find(input);
    return found == sources.end() ? nullptr : found->second;
}

std::string preset_note_key(std::string_view preset_id, ScenarioKind kind, std::string_view input) {
    return "preset." + std::string(preset_id) + "." + std::string(to_string(kind)) + "." + std::string(input);
}

namespace {

// The words under `key` in the reader's language, or the data's English.
std::string note_text(const i18n::Catalog& text, const std::string& key, const std::string& english) {
    return i18n::Catalog::of(i18n::kFallbackLanguage).contains(key) ? std::string(text.text(key)) : english;
}

}  // namespace

std::string source_text(const ValueSource& source, std::string_view note, const i18n::Catalog& text) {
    std::string out;
    if (source.has_publication()) {
        out = std::string(text.text("preset.source")) + ": " + source.publication + " (" +
              (source.year ? std::to_string(*source.year) : std::string(text.text("preset.undated"))) + ")";
        if (!source.measured.empty()) out += ". " + note_text(text, std::string(note) + ".measured", source.measured);
        if (!source.url.empty()) out += "\n" + source.url;
    }
    if (!source.assumption.empty()) {
        if (!out.empty()) out += "\n";
        out += std::string(text.text("preset.assumption")) + ": " +
               note_text(text, std::string(note) + ".assumption", source.assumption);
    }
    return out;
}

}  // namespace passaparola::desktop
