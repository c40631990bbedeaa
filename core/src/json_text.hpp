#pragma once
// Reading JSON text from strangers: size and depth limits, and errors that
// name where they are, without exceptions (the wasm build has none).
#include <string>
#include <string_view>

#include "passaparola/json.hpp"
#include "passaparola/outcome.hpp"

namespace passaparola::detail {

Outcome<Json> parse_json(std::string_view text);

// Shortest text that reads back as the same double, with no exponent for
// whole numbers below 1e15 ("1000000000" rather than "1e+09").
std::string format_number(double value);

// Replaces bytes that are not printable ASCII or valid UTF-8, so a message
// about binary garbage stays printable and JSON-safe.
std::string printable(std::string_view text);

}  // namespace passaparola::detail
