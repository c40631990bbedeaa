#pragma once
// A PNG file from 8-bit RGB pixels (screenshots of the window), written with
// zlib: signature, IHDR, one IDAT, IEND.
#include <cstdint>
#include <span>
#include <string>

namespace passaparola::desktop {

// `rgb` holds width × height × 3 bytes, rows from top to bottom. Empty when the
// sizes do not match.
std::string encode_png(int width, int height, std::span<const std::uint8_t> rgb);

}  // namespace passaparola::desktop
