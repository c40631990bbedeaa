// Any bytes as a share payload (v1. or z1.): decode → evaluate; a scenario
// that decodes must encode to a payload that decodes to the same scenario.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "passaparola/share_link.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace passaparola;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    // Half the inputs go through the deflate path so the fuzzer reaches the
    // decompressor with raw bytes, not only with base64 text.
    std::string payload(text);
    if (size > 0 && data[0] % 2 == 0) payload = "z1." + base64url_encode(text.substr(1));
    const auto scenario = decode_share_payload(payload);
    if (!scenario) {
        if (scenario.problems().empty()) std::abort();
        return 0;
    }
    (void)evaluate(*scenario);
    // Writing back may grow a document past what a link may carry (1 is written
    // 1.0), and the encoder then refuses with a message instead of a link.
    const auto reencoded = encode_share_payload(*scenario);
    if (!reencoded) {
        if (reencoded.problems().empty()) std::abort();
        return 0;
    }
    const auto again = decode_share_payload(*reencoded);
    if (!again || write_scenario(*again).dump() != write_scenario(*scenario).dump()) std::abort();
    return 0;
}
