#pragma once
// An input's value as the user reads it, shared by the sliders and the printed
// plan: "15,0%", "1.200 €", "12 mesi", "sì", the choice's label.
#include <string>
#include <string_view>

#include "i18n/catalog.hpp"
#include "i18n/number_format.hpp"
#include "passaparola/inputs.hpp"

namespace passaparola::desktop {

// Decimals shown, and kept when a slider is dragged, in display units (percent for rates).
int display_decimals(const InputInfo& info, double value);

// At most `max_decimals`, without trailing zeros: "12", "12,5".
std::string short_number(const i18n::NumberFormat& numbers, double value, int max_decimals);

// A real or integer value with its unit; `currency` is the scenario's code.
std::string input_value_text(const InputInfo& info, double value, std::string_view currency,
                             const i18n::Catalog& text, const i18n::NumberFormat& numbers);

// Any scalar value of a document (numbers, yes/no, a choice, a currency code);
// "—" when it is missing.
std::string input_json_text(const InputInfo& info, const Json& value, std::string_view currency,
                            const i18n::Catalog& text, const i18n::NumberFormat& numbers);

}  // namespace passaparola::desktop
