#pragma once
// Reads back the PNG files our writer makes (8-bit RGB, filters None and Up),
// checking every chunk's CRC, so tests can look at pixels.
#include <zlib.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace passaparola::desktop::test {

struct RgbImage {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> rgb;  // rows top to bottom

    std::uint32_t pixel(int x, int y) const {
        const std::size_t at = (static_cast<std::size_t>(y) * static_cast<std::size_t>(width) + static_cast<std::size_t>(x)) * 3;
        return (std::uint32_t{rgb[at]} << 16) | (std::uint32_t{rgb[at + 1]} << 8) | rgb[at + 2];
    }
};

inline std::uint32_t png_u32(const std::string& bytes, std::size_t at) {
    std::uint32_t value = 0;
    for (std::size_t i = 0; i < 4; ++i) value = (value << 8) | static_cast<std::uint8_t>(bytes[at + i]);
    return value;
}

struct PngChunk {
    std::string type;
    std::string data;
};

// Empty when the signature, the layout or a CRC is wrong.
inline std::optional<std::vector<PngChunk>> png_chunks(const std::string& png) {
    if (png.rfind("\x89PNG\r\n\x1a\n", 0) != 0) return std::nullopt;
    std::vector<PngChunk> chunks;
    std::size_t at = 8;
    while (at + 12 <= png.size()) {
        const std::uint32_t length = png_u32(png, at);
        if (at + 12 + length > png.size()) return std::nullopt;
        const std::string typed = png.substr(at + 4, 4 + length);
        const auto crc = crc32(0L, reinterpret_cast<const Bytef*>(typed.data()), static_cast<uInt>(typed.size()));
        if (png_u32(png, at + 8 + length) != crc) return std::nullopt;
        chunks.push_back({typed.substr(0, 4), typed.substr(4)});
        at += 12 + length;
    }
    if (at != png.size()) return std::nullopt;
    return chunks;
}

inline std::optional<RgbImage> decode_png(const std::string& png) {
    const auto chunks = png_chunks(png);
    if (!chunks || chunks->size() < 3 || chunks->front().type != "IHDR") return std::nullopt;
    const std::string& header = chunks->front().data;
    if (header.size() != 13 || header.substr(8) != std::string("\x08\x02\x00\x00\x00", 5)) return std::nullopt;
    RgbImage image{static_cast<int>(png_u32(header, 0)), static_cast<int>(png_u32(header, 4)), {}};
    std::string packed;
    for (const auto& chunk : *chunks) {
        if (chunk.type == "IDAT") packed += chunk.data;
    }
    const std::size_t row = static_cast<std::size_t>(image.width) * 3;
    std::string raw((row + 1) * static_cast<std::size_t>(image.height), '\0');
    uLongf raw_size = static_cast<uLongf>(raw.size());
    if (uncompress(reinterpret_cast<Bytef*>(raw.data()), &raw_size, reinterpret_cast<const Bytef*>(packed.data()),
                   static_cast<uLong>(packed.size())) != Z_OK ||
        raw_size != raw.size()) {
        return std::nullopt;
    }
    image.rgb.reserve(row * static_cast<std::size_t>(image.height));
    for (std::size_t y = 0; y < static_cast<std::size_t>(image.height); ++y) {
        const auto filter = static_cast<std::uint8_t>(raw[y * (row + 1)]);
        if (filter != 0 && filter != 2) return std::nullopt;
        for (std::size_t x = 0; x < row; ++x) {
            auto value = static_cast<std::uint8_t>(raw[y * (row + 1) + 1 + x]);
            if (filter == 2 && y > 0) value = static_cast<std::uint8_t>(value + image.rgb[(y - 1) * row + x]);
            image.rgb.push_back(value);
        }
    }
    return image;
}

}  // namespace passaparola::desktop::test
