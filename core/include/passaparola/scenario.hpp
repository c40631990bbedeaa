#pragma once
// The scenario document (spec §1): parse → validate → evaluate → write.
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "passaparola/gift_card.hpp"
#include "passaparola/inputs.hpp"
#include "passaparola/json.hpp"
#include "passaparola/outcome.hpp"
#include "passaparola/program.hpp"
#include "passaparola/vcp.hpp"

namespace passaparola {

// Range of an uncertain real-valued input (spec §6): PERT(low, likely, high).
struct UncertainRange {
    std::string input;
    double low = 0;
    double likely = 0;
    double high = 0;
};

// Alternatives in the order of ScenarioKind.
using ScenarioInputs = std::variant<ProgramInputs, GiftCardInputs, VcpInputs>;

struct Scenario {
    ScenarioInputs inputs;
    std::vector<UncertainRange> uncertainty;  // in document order

    ScenarioKind kind() const { return static_cast<ScenarioKind>(inputs.index()); }
};

Scenario default_scenario(ScenarioKind kind);

// Limits that hold for every document, whatever face it comes from.
// 4 MiB holds the largest referral log (20 000 entries) written with indentation.
inline constexpr std::size_t kMaxDocumentBytes = 4 << 20;
inline constexpr int kMaxNestingDepth = 64;

// JSON text → a valid scenario, or every problem found.
Outcome<Scenario> parse_scenario(std::string_view json_text);
Outcome<Scenario> read_scenario(const Json& document);

enum class Defaults { include, omit };
// The document; with Defaults::omit, inputs equal to their default are left out.
Json write_scenario(const Scenario& scenario, Defaults defaults = Defaults::include);

// The result document: schema, kind, inputs with every default filled in,
// uncertainty when present, and `result`. Fails only when valid but extreme
// inputs make the model overflow.
Outcome<Json> evaluate(const Scenario& scenario);
// parse_scenario, then evaluate.
Outcome<Json> evaluate_text(std::string_view json_text);

// Text of a JSON value for messages: short, and never the whole of a large value.
std::string describe_value(const Json& value);

}  // namespace passaparola
