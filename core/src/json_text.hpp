#pragma once
// The core's own helpers around JSON text (the public reader and writer are
// in passaparola/json_text.hpp).
#include <string>
#include <string_view>

#include "passaparola/json_text.hpp"

namespace passaparola::detail {

// Shortest text that reads back as the same double, with no exponent for
// whole numbers below 1e15 ("1000000000" rather than "1e+09").
std::string format_number(double value);

// The length of the strict UTF-8 sequence (RFC 3629) at text[i] when it is
// not ASCII, or 0 if there is none.
std::size_t utf8_sequence_length(std::string_view text, std::size_t i);

// Replaces bytes that are not printable ASCII or valid UTF-8, so a message
// about binary garbage stays printable and JSON-safe.
std::string printable(std::string_view text);

}  // namespace passaparola::detail
