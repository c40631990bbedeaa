// The WebAssembly boundary: plain C functions that take JSON text and return
// JSON text. No embind, so the glue needs no `new Function` and the widget runs
// under a strict Content-Security-Policy.
//
// Every call answers {"ok":true,"value":…} or
// {"ok":false,"errors":[{"path","rule","got","message"}]}. The answer lives in
// one buffer owned here, valid until the next call; pp_output_size() gives its
// length so JS decodes it without scanning for the terminator.
#include <emscripten/emscripten.h>

#include <string>
#include <string_view>

#include "passaparola/inputs.hpp"
#include "passaparola/scenario.hpp"
#include "passaparola/share_link.hpp"

namespace {

using passaparola::Json;
using passaparola::Problem;

std::string output;

const char* answer(const Json& envelope) {
    output = envelope.dump(-1, ' ', false, Json::error_handler_t::replace);
    return output.c_str();
}

const char* ok(Json value) { return answer({{"ok", true}, {"value", std::move(value)}}); }

const char* fail(const std::vector<Problem>& problems) {
    Json errors = Json::array();
    for (const auto& p : problems) {
        errors.push_back({{"path", p.path}, {"rule", p.rule}, {"got", p.got}, {"message", p.message()}});
    }
    return answer({{"ok", false}, {"errors", std::move(errors)}});
}

template <class T, class Then>
const char* settle(const passaparola::Outcome<T>& outcome, Then then) {
    return outcome ? then(*outcome) : fail(outcome.problems());
}

std::string_view text(const char* data, std::size_t size) { return {data, size}; }

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE std::size_t pp_output_size() { return output.size(); }

// Scenario document → result document (what `passaparola eval` prints).
EMSCRIPTEN_KEEPALIVE const char* pp_evaluate(const char* json, std::size_t size) {
    return settle(passaparola::evaluate_text(text(json, size)), [](const Json& result) { return ok(result); });
}

// Scenario document → the same document with every default filled in.
EMSCRIPTEN_KEEPALIVE const char* pp_validate(const char* json, std::size_t size) {
    return settle(passaparola::parse_scenario(text(json, size)),
                  [](const passaparola::Scenario& s) { return ok(passaparola::write_scenario(s)); });
}

EMSCRIPTEN_KEEPALIVE const char* pp_input_metadata() { return ok(passaparola::input_metadata()); }

// Scenario document → share payload (`v1.…` or `z1.…`, the shorter). Only a
// scenario that evaluates gets a link, as in the CLI's `link`.
EMSCRIPTEN_KEEPALIVE const char* pp_encode_share(const char* json, std::size_t size) {
    const auto scenario = passaparola::parse_scenario(text(json, size));
    if (!scenario) return fail(scenario.problems());
    if (const auto result = passaparola::evaluate(*scenario); !result) return fail(result.problems());
    return ok(passaparola::encode_share_payload(*scenario));
}

// Payload, `#s=…` fragment or whole link → scenario document (defaults filled in).
EMSCRIPTEN_KEEPALIVE const char* pp_decode_share(const char* link, std::size_t size) {
    return settle(passaparola::decode_share_payload(text(link, size)),
                  [](const passaparola::Scenario& s) { return ok(passaparola::write_scenario(s)); });
}

}  // extern "C"
