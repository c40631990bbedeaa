#pragma once
// What the presets' reader and writer share: the schema of a presets document
// and the scenario document a preset's values make.
#include <string_view>

#include "passaparola/json.hpp"
#include "passaparola/presets.hpp"

namespace passaparola::detail {

inline constexpr std::string_view kPresetsSchema = "passaparola-presets/1";

// {"schema": "passaparola/1", "kind": …, "inputs": {input: value, …}}
Json preset_document(const PresetScenario& scenario);

}  // namespace passaparola::detail
