// The core's own JSON reader and writer against nlohmann's, on any bytes:
// a text the reader accepts gives the DOM nlohmann parses from it, and the
// writer gives nlohmann's compact dump() for every value — a parsed document,
// the bytes as a string (invalid UTF-8 replaced alike) and the bytes as doubles.
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

#include "passaparola/json_text.hpp"

namespace {

using passaparola::Json;

std::string nlohmann_text(const Json& value) { return value.dump(-1, ' ', false, Json::error_handler_t::replace); }

void require_same_text(const Json& value) {
    if (passaparola::write_json(value) != nlohmann_text(value)) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);

    const auto ours = passaparola::read_json(text);
    const Json theirs = Json::parse(text, nullptr, false);
    if (ours) {
        if (theirs.is_discarded() || *ours != theirs) std::abort();
        require_same_text(*ours);
    } else if (ours.problems().empty()) {
        std::abort();  // a refusal must say why
    }
    if (!theirs.is_discarded()) require_same_text(theirs);

    require_same_text(Json(std::string(text)));
    for (std::size_t at = 0; at + sizeof(double) <= size; at += sizeof(double)) {
        double x;
        std::memcpy(&x, data + at, sizeof x);
        require_same_text(Json(x));
    }
    return 0;
}
