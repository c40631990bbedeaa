#pragma once
// Share links (spec §5): `<page>#s=<payload>`, payload `v1.` + base64url of the
// JSON document or `z1.` + base64url of it compressed with raw DEFLATE.
#include <cstddef>
#include <string>
#include <string_view>

#include "passaparola/outcome.hpp"
#include "passaparola/scenario.hpp"

namespace passaparola {

inline constexpr std::size_t kMaxPayloadDecodedBytes = 64 * 1024;

// The shorter of the v1 and z1 payloads of the scenario, defaults omitted,
// results never included. Refused when the document is larger than a link may
// carry (kMaxPayloadDecodedBytes), so no face ever hands out a link that will
// not open.
Outcome<std::string> encode_share_payload(const Scenario& scenario);
// `base` + "#s=" + payload.
Outcome<std::string> make_share_link(const Scenario& scenario, std::string_view base);

// Accepts a bare payload, `s=<payload>`, `#s=<payload>` or a whole link.
Outcome<Scenario> decode_share_payload(std::string_view payload_or_link);

// Building blocks, public so that tests and other faces can check each layer.
std::string base64url_encode(std::string_view bytes);
Outcome<std::string> base64url_decode(std::string_view text);
std::string deflate_raw(std::string_view bytes);
// Fails when the data is not raw DEFLATE or inflates beyond max_bytes; it stops
// as soon as the limit is passed, so a small bomb never expands in full.
Outcome<std::string> inflate_raw(std::string_view compressed, std::size_t max_bytes);

}  // namespace passaparola
