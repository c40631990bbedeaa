// The PNG writer, checked by decoding its output with zlib by hand: chunk
// layout, CRCs, and the pixels after undoing the row filters.
#include <gtest/gtest.h>

#include <zlib.h>

#include "png_writer.hpp"

namespace passaparola::desktop {
namespace {

std::uint32_t u32_at(const std::string& bytes, std::size_t at) {
    std::uint32_t value = 0;
    for (int i = 0; i < 4; ++i) value = (value << 8) | static_cast<std::uint8_t>(bytes[at + i]);
    return value;
}

struct Chunk {
    std::string type;
    std::string data;
};

std::vector<Chunk> chunks_of(const std::string& png) {
    std::vector<Chunk> chunks;
    std::size_t at = 8;
    while (at + 12 <= png.size()) {
        const std::uint32_t length = u32_at(png, at);
        const std::string typed = png.substr(at + 4, 4 + length);
        const auto crc = crc32(0L, reinterpret_cast<const Bytef*>(typed.data()), static_cast<uInt>(typed.size()));
        EXPECT_EQ(u32_at(png, at + 8 + length), crc) << typed.substr(0, 4);
        chunks.push_back({typed.substr(0, 4), typed.substr(4)});
        at += 12 + length;
    }
    EXPECT_EQ(at, png.size());
    return chunks;
}

// Undoes the filters of spec'd types 0 (None) and 2 (Up), the only ones written.
std::vector<std::uint8_t> unfilter(const std::string& raw, int width, int height) {
    const std::size_t row = static_cast<std::size_t>(width) * 3;
    std::vector<std::uint8_t> pixels;
    for (int y = 0; y < height; ++y) {
        const auto type = static_cast<std::uint8_t>(raw[y * (row + 1)]);
        EXPECT_TRUE(type == 0 || type == 2);
        for (std::size_t x = 0; x < row; ++x) {
            auto value = static_cast<std::uint8_t>(raw[y * (row + 1) + 1 + x]);
            if (type == 2 && y > 0) value = static_cast<std::uint8_t>(value + pixels[(y - 1) * row + x]);
            pixels.push_back(value);
        }
    }
    return pixels;
}

TEST(PngWriter, WritesDecodablePixels) {
    const int width = 7, height = 5;
    std::vector<std::uint8_t> rgb(width * height * 3);
    for (std::size_t i = 0; i < rgb.size(); ++i) rgb[i] = static_cast<std::uint8_t>(i * 37 + 11);
    const std::string png = encode_png(width, height, rgb);
    ASSERT_TRUE(png.starts_with("\x89PNG\r\n\x1a\n"));
    const auto chunks = chunks_of(png);
    ASSERT_EQ(chunks.size(), 3u);
    EXPECT_EQ(chunks[0].type, "IHDR");
    EXPECT_EQ(u32_at(chunks[0].data, 0), 7u);
    EXPECT_EQ(u32_at(chunks[0].data, 4), 5u);
    EXPECT_EQ(chunks[0].data.substr(8), std::string("\x08\x02\x00\x00\x00", 5));
    EXPECT_EQ(chunks[1].type, "IDAT");
    EXPECT_EQ(chunks[2].type, "IEND");

    std::string raw(static_cast<std::size_t>(height * (width * 3 + 1)), '\0');
    uLongf raw_size = static_cast<uLongf>(raw.size());
    ASSERT_EQ(uncompress(reinterpret_cast<Bytef*>(raw.data()), &raw_size,
                         reinterpret_cast<const Bytef*>(chunks[1].data.data()), static_cast<uLong>(chunks[1].data.size())),
              Z_OK);
    ASSERT_EQ(raw_size, raw.size());
    EXPECT_EQ(unfilter(raw, width, height), rgb);
}

TEST(PngWriter, RefusesMismatchedSizes) {
    std::vector<std::uint8_t> rgb(10);
    EXPECT_EQ(encode_png(2, 2, rgb), "");
    EXPECT_EQ(encode_png(0, 2, rgb), "");
}

}  // namespace
}  // namespace passaparola::desktop
