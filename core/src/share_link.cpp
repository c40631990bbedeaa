// Share links (spec §5). The JSON is minimal (defaults omitted, no results);
// the reader recomputes everything.
#include "passaparola/share_link.hpp"

#include <array>

#include "passaparola/json_text.hpp"

namespace passaparola {
namespace {

constexpr std::string_view kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
constexpr std::string_view kPlainPrefix = "v1.";
constexpr std::string_view kDeflatedPrefix = "z1.";
// Base64 text that cannot decode to more than the payload limit.
constexpr std::size_t kMaxPayloadChars = (kMaxPayloadDecodedBytes * 4 + 2) / 3;

Outcome<std::string> refuse(std::string code, std::string rule, std::string got = "") {
    return std::vector<Problem>{{"link", std::move(rule), std::move(got), std::move(code)}};
}

std::string_view strip_to_payload(std::string_view text) {
    const auto trim = text.find_first_not_of(" \t\r\n");
    text.remove_prefix(trim == std::string_view::npos ? text.size() : trim);
    while (!text.empty() && std::string_view(" \t\r\n").find(text.back()) != std::string_view::npos) {
        text.remove_suffix(1);
    }
    if (const auto hash = text.find('#'); hash != std::string_view::npos) text.remove_prefix(hash + 1);
    // Other fragment parameters may come before or after `s=`.
    for (std::size_t start = 0; start <= text.size();) {
        const auto end = std::min(text.find('&', start), text.size());
        const auto part = text.substr(start, end - start);
        if (part.substr(0, 2) == "s=") return part.substr(2);
        start = end + 1;
    }
    return text;
}

Outcome<std::string> decoded_json(std::string_view payload) {
    const bool plain = payload.substr(0, 3) == kPlainPrefix;
    const bool deflated = payload.substr(0, 3) == kDeflatedPrefix;
    if (!plain && !deflated) {
        std::string got = payload.empty() ? std::string("nothing") : std::string(payload.substr(0, 12));
        if (!payload.empty()) got.append(payload.size() > 12 ? "…" : "");
        return refuse("link_prefix", "must start with v1. or z1.", got);
    }
    payload.remove_prefix(3);
    if (payload.size() > kMaxPayloadChars) {
        return refuse("link_size", "must hold at most " + std::to_string(kMaxPayloadDecodedBytes / 1024) + " KiB",
                      std::to_string(payload.size()) + " characters");
    }
    auto bytes = base64url_decode(payload);
    if (!bytes || plain) return bytes;
    return inflate_raw(*bytes, kMaxPayloadDecodedBytes);
}

}  // namespace

std::string base64url_encode(std::string_view bytes) {
    std::string out;
    out.reserve((bytes.size() * 4 + 2) / 3);
    std::uint32_t buffer = 0;
    int bits = 0;
    for (const char c : bytes) {
        buffer = (buffer << 8) | static_cast<unsigned char>(c);
        bits += 8;
        while (bits >= 6) {
            bits -= 6;
            out += kAlphabet[(buffer >> bits) & 0x3F];
        }
    }
    if (bits > 0) out += kAlphabet[(buffer << (6 - bits)) & 0x3F];
    return out;
}

Outcome<std::string> base64url_decode(std::string_view text) {
    std::array<int, 256> value{};
    value.fill(-1);
    for (std::size_t i = 0; i < kAlphabet.size(); ++i) value[static_cast<unsigned char>(kAlphabet[i])] = static_cast<int>(i);
    if (text.size() % 4 == 1) return refuse("link_base64", "must be base64url text", "a length of " + std::to_string(text.size()));
    std::string out;
    out.reserve(text.size() * 3 / 4);
    std::uint32_t buffer = 0;
    int bits = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const int v = value[static_cast<unsigned char>(text[i])];
        if (v < 0) return refuse("link_base64", "must be base64url text", "a stray character at position " + std::to_string(i + 1));
        buffer = (buffer << 6) | static_cast<std::uint32_t>(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out += static_cast<char>((buffer >> bits) & 0xFF);
        }
    }
    // RFC 4648: the bits left over must be zero in a canonical encoding.
    if ((buffer & ((1u << bits) - 1)) != 0) return refuse("link_base64", "must be base64url text", "stray bits at the end");
    return out;
}

Outcome<std::string> encode_share_payload(const Scenario& scenario) {
    const std::string json = write_json(write_scenario(scenario, Defaults::omit));
    if (json.size() > kMaxPayloadDecodedBytes) {
        return refuse("link_size", "must hold at most " + std::to_string(kMaxPayloadDecodedBytes / 1024) +
                          " KiB: this scenario is too large to share as a link, save it as a file instead",
                      std::to_string(json.size()) + " bytes");
    }
    std::string plain = std::string(kPlainPrefix) + base64url_encode(json);
    std::string deflated = std::string(kDeflatedPrefix) + base64url_encode(deflate_raw(json));
    return deflated.size() < plain.size() ? deflated : plain;
}

Outcome<std::string> make_share_link(const Scenario& scenario, std::string_view base) {
    auto payload = encode_share_payload(scenario);
    if (!payload) return payload;
    return std::string(base.substr(0, base.find('#'))) + "#s=" + *payload;
}

Outcome<Scenario> decode_share_payload(std::string_view payload_or_link) {
    auto json = decoded_json(strip_to_payload(payload_or_link));
    if (!json) return json.problems();
    if (json->size() > kMaxPayloadDecodedBytes) {
        return refuse("link_size", "must hold at most " + std::to_string(kMaxPayloadDecodedBytes / 1024) + " KiB",
                      std::to_string(json->size()) + " bytes")
            .problems();
    }
    return parse_scenario(*json);
}

}  // namespace passaparola
