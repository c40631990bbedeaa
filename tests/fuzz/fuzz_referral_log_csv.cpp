// Any bytes as a spreadsheet's CSV export of referrals: the import either
// refuses with at least one problem, each at a line or at the file, or gives
// contacts that a scenario document holds and reads back unchanged.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "passaparola/referral_log_import.hpp"
#include "passaparola/scenario.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace passaparola;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto imported = import_referral_log(text, default_scenario(ScenarioKind::vcp));
    if (!imported) {
        if (imported.problems().empty()) std::abort();  // a refusal must say why
        for (const auto& p : imported.problems()) {
            if (!(p.path.starts_with("line ") || p.path == "file") || p.code.empty()) std::abort();
        }
        return 0;
    }
    // What was imported is a valid document: it evaluates and reads back the same.
    if (!evaluate(*imported)) std::abort();
    const std::string written = write_scenario(*imported).dump();
    const auto again = parse_scenario(written);
    if (!again || write_scenario(*again).dump() != written) std::abort();
    return 0;
}
