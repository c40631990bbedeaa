#pragma once
// Industry presets (issue 7): starting values for a calculator's inputs, taken
// from published benchmarks where they exist, each value with its source. The
// data is one file, core/data/presets.json, compiled into the core. A face
// shows a preset by its id: the labels are `preset.<id>.label` and
// `preset.<id>.summary` in i18n/<lang>/model.json, and a value's `measured` and
// `assumption` are worded for readers under `preset.<id>.<kind>.<input>` there.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "passaparola/inputs.hpp"
#include "passaparola/json.hpp"
#include "passaparola/outcome.hpp"
#include "passaparola/scenario.hpp"

namespace passaparola {

// Where one preset value comes from. A value from a publication has
// `publication`, `year` and `measured` (what was measured, and how a published
// metric became this input); a value no publication fixes has only
// `assumption`, the reason it is reasonable; a value derived from a published
// figure through a stated extra step has both.
struct ValueSource {
    std::string publication;  // empty for a pure assumption
    std::optional<int> year;  // empty for a pure assumption or an undated web page
    std::string url;          // empty when there is none
    std::string measured;
    std::string assumption;

    bool has_publication() const { return !publication.empty(); }
    bool operator==(const ValueSource&) const = default;
};

struct PresetValue {
    std::string input;  // as named in input_infos(kind)
    Json value;
    ValueSource source;

    bool operator==(const PresetValue&) const = default;
};

struct PresetScenario {
    ScenarioKind kind;
    std::vector<PresetValue> values;  // in the data file's order

    bool operator==(const PresetScenario&) const = default;
};

struct Preset {
    std::string id;                         // stable: faces and saved settings keep it
    std::vector<PresetScenario> scenarios;  // one per calculator it fills

    std::vector<ScenarioKind> kinds() const;
    // Null when the preset does not fill that calculator.
    const PresetScenario* find(ScenarioKind kind) const;
    bool operator==(const Preset&) const = default;
};

// The compiled-in presets, in the data file's order (empty only if the data
// file is broken, which compiled_presets() shows).
const std::vector<Preset>& presets();
// Null when no preset has that id.
const Preset* find_preset(std::string_view id);
// The problem a face reports for an id that names no preset: it lists the ids.
Problem unknown_preset(std::string_view id);

// A preset's scenario for one calculator: its values become the inputs of a
// document read by read_scenario, so a preset meets every rule a user's
// document meets. An unknown id is a problem at `preset`, and a calculator the
// preset does not fill one at `kind`; both list the valid choices.
Outcome<Scenario> preset_scenario(std::string_view id, ScenarioKind kind);

// Every preset with its values and their sources written out in full, for the
// faces' menus and footnotes:
// {"schema": "passaparola-presets/1", "presets": [{"id", "kinds": [...],
//   "scenarios": {kind: {input: {"value", "source": {"publication", "year",
//   "url"?, "measured"}?, "assumption"?}}}}]}; `year` is null for an undated page.
Json presets_json();

// Reads a presets document, in the data file's form (sources may cite
// `references` by `ref`) or in presets_json()'s, and checks every scenario
// against the spec; every problem is reported, each at its path.
Outcome<std::vector<Preset>> read_presets(const Json& document);
Json write_presets(const std::vector<Preset>& presets);

// The compiled-in data file as read by read_presets.
const Outcome<std::vector<Preset>>& compiled_presets();

}  // namespace passaparola
