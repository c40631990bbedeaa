// Any bytes as a scenario document: parse → validate → evaluate → write, and
// the written document must read back to the same scenario.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "passaparola/scenario.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace passaparola;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto scenario = parse_scenario(text);
    if (!scenario) {
        if (scenario.problems().empty()) std::abort();  // a refusal must say why
        return 0;
    }
    if (const auto result = evaluate(*scenario); !result && result.problems().empty()) std::abort();
    const std::string written = write_scenario(*scenario).dump();
    const auto again = parse_scenario(written);
    if (!again || write_scenario(*again).dump() != written) std::abort();
    return 0;
}
