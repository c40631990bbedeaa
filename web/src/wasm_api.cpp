// The WebAssembly boundary: plain C functions that take JSON text and return
// JSON text. No embind, so the glue needs no `new Function` and the widget runs
// under a strict Content-Security-Policy.
//
// Every call answers {"ok":true,"value":…} or
// {"ok":false,"errors":[{"path","rule","got","message"}]}. The answer lives in
// one buffer owned here, valid until the next call; pp_output_size() gives its
// length so JS decodes it without scanning for the terminator. Which functions
// a module exports is chosen at link time (web/CMakeLists.txt), so each module
// carries only the code its functions reach.
#include <cmath>
#include <string>
#include <string_view>

#include "passaparola/inputs.hpp"
#include "passaparola/json_text.hpp"
#include "passaparola/referral_log_import.hpp"
#include "passaparola/result_figures.hpp"
#include "passaparola/scenario.hpp"
#include "passaparola/share_link.hpp"
#include "passaparola/whatif.hpp"

namespace {

using passaparola::Json;
using passaparola::Problem;

std::string output;

std::string text_of(const Json& value) { return passaparola::write_json(value); }

// The envelope is written as text around the value: wrapping the value in a
// Json object would deep-copy it (a 120-month result is thousands of nodes).
const char* ok(const Json& value) {
    output = "{\"ok\":true,\"value\":" + text_of(value) + "}";
    return output.c_str();
}

const char* fail(const std::vector<Problem>& problems) {
    Json errors = Json::array();
    for (const auto& p : problems) {
        Json error = Json::object();
        error.emplace("path", p.path);
        error.emplace("rule", p.rule);
        error.emplace("got", p.got);
        if (!p.code.empty()) error.emplace("code", p.code);
        error.emplace("message", p.message());
        errors.push_back(std::move(error));
    }
    output = "{\"ok\":false,\"errors\":" + text_of(errors) + "}";
    return output.c_str();
}

template <class T, class Then>
const char* settle(const passaparola::Outcome<T>& outcome, Then then) {
    return outcome ? then(*outcome) : fail(outcome.problems());
}

std::string_view text(const char* data, std::size_t size) { return {data, size}; }

}  // namespace

extern "C" {

std::size_t pp_output_size() { return output.size(); }

// Scenario document → result document (what `passaparola eval` prints).
const char* pp_evaluate(const char* json, std::size_t size) {
    return settle(passaparola::evaluate_text(text(json, size)), ok);
}

// Scenario document → the same document with every default filled in.
const char* pp_validate(const char* json, std::size_t size) {
    return settle(passaparola::parse_scenario(text(json, size)),
                  [](const passaparola::Scenario& s) { return ok(passaparola::write_scenario(s)); });
}

const char* pp_input_metadata() { return ok(passaparola::input_metadata()); }

// Each result figure's unit and direction, and each kind's key figures in
// order (result_figures.hpp). Only the build's referral-meta module exports
// it: web/tools/build-site.mjs writes what the widget needs of it into the
// bundle, so the widget formats by the core's units without a call at run time.
const char* pp_result_metadata() { return ok(passaparola::result_metadata()); }

// Scenario document → share payload (`v1.…` or `z1.…`, the shorter). Only a
// scenario that evaluates gets a link, as in the CLI's `link`.
const char* pp_encode_share(const char* json, std::size_t size) {
    const auto scenario = passaparola::parse_scenario(text(json, size));
    if (!scenario) return fail(scenario.problems());
    if (const auto result = passaparola::evaluate(*scenario); !result) return fail(result.problems());
    return settle(passaparola::encode_share_payload(*scenario), ok);
}

// Payload, `#s=…` fragment or whole link → scenario document (defaults filled in).
const char* pp_decode_share(const char* link, std::size_t size) {
    return settle(passaparola::decode_share_payload(text(link, size)),
                  [](const passaparola::Scenario& s) { return ok(passaparola::write_scenario(s)); });
}

// Scenario document → result document with `result.sensitivity` (the CLI's `sensitivity`).
const char* pp_sensitivity(const char* json, std::size_t size) {
    const auto scenario = passaparola::parse_scenario(text(json, size));
    if (!scenario) return fail(scenario.problems());
    return settle(passaparola::evaluate_whatif(*scenario, {.sensitivity = true, .simulation = {}}), ok);
}

// Scenario document → result document with `result.simulation` (the CLI's
// `simulate`). Trials and seed come as doubles because JS numbers are; a seed
// above 2^53 cannot be asked for from the widget, and is not needed there.
const char* pp_simulate(const char* json, std::size_t size, double trials, double seed) {
    const auto scenario = passaparola::parse_scenario(text(json, size));
    if (!scenario) return fail(scenario.problems());
    if (!(seed >= 0 && seed <= 9007199254740992.0 && seed == std::floor(seed))) {
        return fail({{"seed", "must be an integer between 0 and 2^53 here", passaparola::describe_value(seed)}});
    }
    // simulate() itself checks the trials' range and names it.
    const bool whole = trials >= 0 && trials <= 1e15 && trials == std::floor(trials);
    passaparola::SimulationOptions options;
    options.trials = whole ? static_cast<std::uint64_t>(trials) : 0;
    options.seed = static_cast<std::uint64_t>(seed);
    return settle(passaparola::evaluate_whatif(*scenario, {.sensitivity = false, .simulation = options}), ok);
}

// A spreadsheet's CSV export of referrals + a VCP scenario document (empty:
// a new one) → that document with the rows added to its contacts' logs
// (defaults filled in), or every bad row at "line N" (the CLI's `import-log`).
const char* pp_import_referral_log(const char* csv, std::size_t csv_size, const char* json, std::size_t size) {
    auto into = size == 0 ? passaparola::Outcome<passaparola::Scenario>(
                                passaparola::default_scenario(passaparola::ScenarioKind::vcp))
                          : passaparola::parse_scenario(text(json, size));
    if (!into) return fail(into.problems());
    return settle(passaparola::import_referral_log(text(csv, csv_size), *into),
                  [](const passaparola::Scenario& s) { return ok(passaparola::write_scenario(s)); });
}

}  // extern "C"
