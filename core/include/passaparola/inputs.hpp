#pragma once
// Input metadata: the one definition of every input's name, kind, range,
// default and unit. Validation, the widget's form and the desktop sliders are
// all built from this table, so a range or default changes in one place only.
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "passaparola/json.hpp"

namespace passaparola {

enum class ScenarioKind { program, gift_card, vcp };

inline constexpr std::string_view kSchema = "passaparola/1";

std::string_view to_string(ScenarioKind kind);
// Empty when the text names no kind.
std::optional<ScenarioKind> scenario_kind_from_string(std::string_view text);

enum class InputKind { rate, money, count, integer, boolean, choice, currency, list, date };
std::string_view to_string(InputKind kind);

struct InputInfo {
    std::string_view name;
    InputKind kind;
    double min = 0;
    double max = 0;
    // Upper end of a comfortable slider; typed values may go up to `max`.
    double slider_max = 0;
    // Catalog key suffix of the unit (`unit.<unit>` in the i18n catalog).
    std::string_view unit;
    std::span<const std::string_view> choices;
    // The default, as it appears in a document.
    Json default_value;

    // Real-valued inputs may carry an uncertainty range (spec §6).
    bool is_real_valued() const {
        return kind == InputKind::rate || kind == InputKind::money || kind == InputKind::count;
    }
};

// Inputs of one kind, in the order of the spec's table.
const std::vector<InputInfo>& input_infos(ScenarioKind kind);
// Null when the kind has no input of that name.
const InputInfo* find_input(ScenarioKind kind, std::string_view name);

// Names of the VCP traits with their weights, and of a direction's fields.
struct TraitInfo {
    std::string_view name;
    int weight;
};
std::span<const TraitInfo> trait_infos();
std::span<const std::string_view> direction_fields();

// Everything above as one JSON document, for faces that build forms from data
// (the widget through WebAssembly, the desktop simulator directly).
Json input_metadata();

}  // namespace passaparola
