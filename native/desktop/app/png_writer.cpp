#include "png_writer.hpp"

#include <zlib.h>

#include <vector>

namespace passaparola::desktop {
namespace {

void put_u32(std::string& out, std::uint32_t value) {
    for (int shift = 24; shift >= 0; shift -= 8) out += static_cast<char>((value >> shift) & 0xFF);
}

void put_chunk(std::string& out, const char (&type)[5], const std::string& data) {
    put_u32(out, static_cast<std::uint32_t>(data.size()));
    const std::string typed = std::string(type, 4) + data;
    out += typed;
    const auto crc = crc32(0L, reinterpret_cast<const Bytef*>(typed.data()), static_cast<uInt>(typed.size()));
    put_u32(out, static_cast<std::uint32_t>(crc));
}

}  // namespace

std::string encode_png(int width, int height, std::span<const std::uint8_t> rgb) {
    if (width <= 0 || height <= 0) return {};
    const std::size_t row_bytes = static_cast<std::size_t>(width) * 3;
    if (rgb.size() != row_bytes * static_cast<std::size_t>(height)) return {};

    // Each row starts with its filter type; "Up" (2) suits flat UI colours well.
    std::vector<std::uint8_t> filtered;
    filtered.reserve((row_bytes + 1) * static_cast<std::size_t>(height));
    for (int y = 0; y < height; ++y) {
        const auto* row = rgb.data() + row_bytes * static_cast<std::size_t>(y);
        const auto* above = y > 0 ? row - row_bytes : nullptr;
        filtered.push_back(2);
        for (std::size_t x = 0; x < row_bytes; ++x) {
            filtered.push_back(static_cast<std::uint8_t>(row[x] - (above ? above[x] : 0)));
        }
    }
    uLongf packed_size = compressBound(static_cast<uLong>(filtered.size()));
    std::string packed(packed_size, '\0');
    if (compress2(reinterpret_cast<Bytef*>(packed.data()), &packed_size, filtered.data(),
                  static_cast<uLong>(filtered.size()), 6) != Z_OK) {
        return {};
    }
    packed.resize(packed_size);

    std::string header;
    put_u32(header, static_cast<std::uint32_t>(width));
    put_u32(header, static_cast<std::uint32_t>(height));
    header += '\x08';  // bit depth
    header += '\x02';  // colour type: RGB
    header += std::string(3, '\0');  // compression, filter, interlace

    std::string png = "\x89PNG\r\n\x1a\n";
    put_chunk(png, "IHDR", header);
    put_chunk(png, "IDAT", packed);
    put_chunk(png, "IEND", {});
    return png;
}

}  // namespace passaparola::desktop
