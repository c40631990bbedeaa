#pragma once
// Industry presets (issue 7) in the simulator: filling a calculator's inputs
// from a preset, and telling where a value comes from while it is still the
// preset's.
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "document.hpp"
#include "i18n/catalog.hpp"
#include "passaparola/presets.hpp"

namespace passaparola::desktop {

// The scenario with the inputs the preset fills for its calculator set to the
// preset's values (everything else kept); empty when the preset does not fill
// this calculator. The result passes the core's validation.
std::optional<Scenario> with_preset(const Scenario& scenario, std::string_view preset_id);

// The inputs whose value is still the one of the preset applied to the
// document, each with that value's source.
std::map<std::string, const ValueSource*, std::less<>> preset_sources(const Document& document);
// The same for one input; null when it has none.
const ValueSource* preset_source(const Document& document, std::string_view input);

// The catalog key of the words of the value a preset gives an input:
// "preset.<id>.<kind>.<input>", with ".measured" and ".assumption" after it
// (i18n/<lang>/model.json, the same words the widget shows).
std::string preset_note_key(std::string_view preset_id, ScenarioKind kind, std::string_view input);

// "Source: <publication> (2011). <what was measured>" and/or "Assumption: …",
// for a tooltip: the publication as published, the rest in the catalog's
// language from the keys under `note` (the data's own English where the
// catalogs have no such key).
std::string source_text(const ValueSource& source, std::string_view note, const i18n::Catalog& text);

}  // namespace passaparola::desktop
