#pragma once
// JSON text in and out, for every face: the reader takes text from strangers
// (size and depth limits, errors that say what and where, no exceptions — the
// wasm build has none); the writer gives compact text.
#include <string>
#include <string_view>

#include "passaparola/json.hpp"
#include "passaparola/outcome.hpp"

namespace passaparola {

// The JSON value of `text`; problems at the path `document` when it is not
// JSON or exceeds the limits of a scenario document.
Outcome<Json> read_json(std::string_view text);

// Compact JSON text, byte for byte what nlohmann's dump() writes, bytes that
// are not UTF-8 replaced by U+FFFD as its error_handler_t::replace does. Our
// own writer: nlohmann's serializer brings shared_ptr and the C++ runtime's
// type information into the widget's WebAssembly.
std::string write_json(const Json& value);

}  // namespace passaparola
