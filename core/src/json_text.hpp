#pragma once
// Reading JSON text from strangers: size and depth limits, and errors that
// name where they are, without exceptions (the wasm build has none).
#include <string>
#include <string_view>

#include "passaparola/json.hpp"
#include "passaparola/outcome.hpp"

namespace passaparola::detail {

Outcome<Json> parse_json(std::string_view text);

// Compact JSON text, byte for byte what nlohmann's dump() writes, bytes that
// are not UTF-8 replaced by U+FFFD as its error_handler_t::replace does. Our
// own writer: nlohmann's serializer brings shared_ptr and the C++ runtime's
// type information into the widget's WebAssembly.
std::string write_json(const Json& value);

// Shortest text that reads back as the same double, with no exponent for
// whole numbers below 1e15 ("1000000000" rather than "1e+09").
std::string format_number(double value);

// Replaces bytes that are not printable ASCII or valid UTF-8, so a message
// about binary garbage stays printable and JSON-safe.
std::string printable(std::string_view text);

}  // namespace passaparola::detail
