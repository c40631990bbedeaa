// The PNG writer, checked by reading its output back with zlib by hand: chunk
// layout, CRCs, header fields and the pixels after undoing the row filters.
#include <gtest/gtest.h>

#include "png_reader.hpp"
#include "png_writer.hpp"

namespace passaparola::desktop {
namespace {

TEST(PngWriter, WritesDecodablePixels) {
    const int width = 7, height = 5;
    std::vector<std::uint8_t> rgb(width * height * 3);
    for (std::size_t i = 0; i < rgb.size(); ++i) rgb[i] = static_cast<std::uint8_t>(i * 37 + 11);
    const std::string png = encode_png(width, height, rgb);
    const auto chunks = test::png_chunks(png);
    ASSERT_TRUE(chunks.has_value()) << "signature, layout and CRCs";
    ASSERT_EQ(chunks->size(), 3u);
    EXPECT_EQ((*chunks)[0].type, "IHDR");
    EXPECT_EQ((*chunks)[1].type, "IDAT");
    EXPECT_EQ((*chunks)[2].type, "IEND");
    const auto image = test::decode_png(png);
    ASSERT_TRUE(image.has_value());
    EXPECT_EQ(image->width, 7);
    EXPECT_EQ(image->height, 5);
    EXPECT_EQ(image->rgb, rgb);
}

TEST(PngWriter, ACorruptedByteIsCaughtByTheCrc) {
    std::vector<std::uint8_t> rgb(4 * 4 * 3, 200);
    std::string png = encode_png(4, 4, rgb);
    png[20] ^= 1;  // inside IHDR
    EXPECT_FALSE(test::png_chunks(png).has_value());
}

TEST(PngWriter, RefusesMismatchedSizes) {
    std::vector<std::uint8_t> rgb(10);
    EXPECT_EQ(encode_png(2, 2, rgb), "");
    EXPECT_EQ(encode_png(0, 2, rgb), "");
}

}  // namespace
}  // namespace passaparola::desktop
