// The core's own raw-DEFLATE codec (used by the WebAssembly build) held
// against zlib: each must read what the other writes, and garbage must be
// refused without a crash. This executable links the builtin codec instead of
// passaparola_core, whose zlib codec defines the same functions.
#include <gtest/gtest.h>
#include <zlib.h>

#include <random>
#include <string>

#include "passaparola/share_link.hpp"

namespace passaparola {
namespace {

constexpr std::size_t kNoLimit = 64u << 20;

std::string zlib_deflate(std::string_view bytes, int level, int strategy = Z_DEFAULT_STRATEGY) {
    z_stream stream{};
    EXPECT_EQ(deflateInit2(&stream, level, Z_DEFLATED, -15, 9, strategy), Z_OK);
    std::string out(deflateBound(&stream, static_cast<uLong>(bytes.size())) + 16, '\0');
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
    stream.avail_in = static_cast<uInt>(bytes.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    EXPECT_EQ(deflate(&stream, Z_FINISH), Z_STREAM_END);
    out.resize(stream.total_out);
    deflateEnd(&stream);
    return out;
}

struct Inflated {
    bool ok;  // false when zlib refuses the data
    std::string bytes;
};

// zlib's reading, the reference: one call into a buffer of `capacity` bytes.
Inflated zlib_inflate(std::string_view compressed, std::size_t capacity = 16u << 20) {
    z_stream stream{};
    EXPECT_EQ(inflateInit2(&stream, -15), Z_OK);
    std::string out(capacity, '\0');
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
    stream.avail_in = static_cast<uInt>(compressed.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    const bool ended = inflate(&stream, Z_FINISH) == Z_STREAM_END;
    out.resize(stream.total_out);
    const bool whole = ended && stream.avail_in == 0;
    inflateEnd(&stream);
    return {whole, std::move(out)};
}

std::string json_like(std::size_t size, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    static const char* names[] = {"Bottega Rossi", "Kahvila Aalto", "Caffè Perché", "🍕 Gennaro", "Jyväskylä"};
    std::string text = R"({"schema":"passaparola/1","kind":"vcp","inputs":{"contacts":[)";
    while (text.size() < size) {
        text += R"({"name":")" + std::string(names[rng() % 5]) + " " + std::to_string(rng() % 1000) +
                R"(","mine":{"knows_business":)" + (rng() % 2 ? "true" : "false") + R"(,"referrals_per_quarter":)" +
                std::to_string(rng() % 7) + R"(},"traits":["maven"]},)";
    }
    text.resize(size);
    return text;
}

std::string random_bytes(std::size_t size, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::string bytes(size, '\0');
    for (auto& b : bytes) b = static_cast<char>(rng() & 0xFF);
    return bytes;
}

// Inputs that exercise literals, short and long matches, distances up to the
// whole 32 KiB window, and incompressible data.
std::vector<std::string> samples() {
    std::vector<std::string> out = {"",
                                    "a",
                                    "ab",
                                    "aaa",
                                    std::string(258, 'x'),
                                    std::string(259, 'x'),
                                    std::string(100000, 'z'),
                                    json_like(120, 1),
                                    json_like(5000, 2),
                                    json_like(70000, 3),
                                    random_bytes(1, 4),
                                    random_bytes(700, 5),
                                    random_bytes(70000, 6)};
    // A repeat exactly 32768 bytes back.
    std::string window = random_bytes(32768, 7);
    out.push_back(window + window.substr(0, 300));
    return out;
}

TEST(BuiltinDeflate, ZlibInflatesWhatTheBuiltinDeflates) {
    for (const auto& input : samples()) {
        const std::string compressed = deflate_raw(input);
        const Inflated back = zlib_inflate(compressed);
        ASSERT_TRUE(back.ok) << "size " << input.size();
        ASSERT_EQ(back.bytes, input) << "size " << input.size();
        // The builtin reads itself back too.
        const auto own = inflate_raw(compressed, kNoLimit);
        ASSERT_TRUE(own) << own.problems()[0].got;
        ASSERT_EQ(*own, input);
    }
}

TEST(BuiltinDeflate, CompressesRepetitiveJson) {
    const std::string json = json_like(5000, 8);
    EXPECT_LT(deflate_raw(json).size(), json.size() / 2);
}

TEST(BuiltinInflate, ReadsZlibAtEveryLevelAndStrategy) {
    // Level 0 writes stored blocks, level 1 and above dynamic Huffman tables
    // (and fixed ones for short inputs); the strategies force the other kinds.
    const int levels[] = {0, 1, 6, 9};
    const int strategies[] = {Z_DEFAULT_STRATEGY, Z_FIXED, Z_HUFFMAN_ONLY, Z_RLE, Z_FILTERED};
    for (const auto& input : samples()) {
        for (int level : levels) {
            for (int strategy : strategies) {
                const std::string compressed = zlib_deflate(input, level, strategy);
                const auto back = inflate_raw(compressed, kNoLimit);
                ASSERT_TRUE(back) << "size " << input.size() << " level " << level << " strategy " << strategy << ": "
                                  << back.problems()[0].got;
                ASSERT_EQ(*back, input) << "size " << input.size() << " level " << level << " strategy " << strategy;
            }
        }
    }
}

TEST(BuiltinInflate, ReadsStoredBlocksLongerThanOneBlock) {
    const std::string input = random_bytes(200000, 9);  // stored blocks hold at most 65535 bytes
    const auto back = inflate_raw(zlib_deflate(input, 0), kNoLimit);
    ASSERT_TRUE(back);
    EXPECT_EQ(*back, input);
}

TEST(BuiltinInflate, StopsAtTheLimit) {
    const std::string bomb = zlib_deflate(std::string(8 << 20, 'a'), 9);
    const auto refused = inflate_raw(bomb, 65536);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.problems()[0].rule, "must hold at most 64 KiB once decompressed");
    // Half the bomb: inflating in full would report cut-off data, not the limit.
    const auto half = inflate_raw(bomb.substr(0, bomb.size() / 2), 65536);
    ASSERT_FALSE(half);
    EXPECT_EQ(half.problems()[0].rule, "must hold at most 64 KiB once decompressed");
    const std::string exact(65536, 'b');
    EXPECT_TRUE(inflate_raw(zlib_deflate(exact, 9), 65536));
    EXPECT_FALSE(inflate_raw(zlib_deflate(exact + "b", 9), 65536));
}

TEST(BuiltinInflate, RefusesCutOffAndExtendedStreams) {
    for (const auto& input : {json_like(3000, 10), random_bytes(500, 11)}) {
        for (int level : {0, 9}) {
            const std::string compressed = zlib_deflate(input, level);
            for (std::size_t length = 0; length < compressed.size(); ++length) {
                ASSERT_FALSE(inflate_raw(compressed.substr(0, length), kNoLimit)) << "prefix of " << length;
            }
            const auto extended = inflate_raw(compressed + "x", kNoLimit);
            ASSERT_FALSE(extended);
            EXPECT_EQ(extended.problems()[0].got, "extra bytes after the end");
        }
    }
}

TEST(BuiltinInflate, RefusesGarbageWithoutCrashing) {
    std::mt19937_64 rng(12);
    int accepted = 0;
    for (int i = 0; i < 3000; ++i) {
        const std::string garbage = random_bytes(rng() % 300, rng());
        const auto own = inflate_raw(garbage, 1 << 20);
        const Inflated reference = zlib_inflate(garbage, 1 << 20);
        if (own && reference.ok) {
            ++accepted;
            EXPECT_EQ(*own, reference.bytes);
        }
        if (reference.ok) {
            EXPECT_TRUE(own) << "zlib reads it, the builtin must too";
        }
    }
    // Damaged copies of a real stream: flipped bits at every position.
    const std::string compressed = zlib_deflate(json_like(2000, 13), 9);
    for (std::size_t i = 0; i < compressed.size(); ++i) {
        std::string damaged = compressed;
        damaged[i] = static_cast<char>(damaged[i] ^ (1 << (i % 8)));
        const auto own = inflate_raw(damaged, 1 << 20);
        const Inflated reference = zlib_inflate(damaged, 1 << 20);
        if (own && reference.ok) {
            EXPECT_EQ(*own, reference.bytes);
        }
    }
    RecordProperty("random_inputs_both_accepted", accepted);
}

TEST(BuiltinInflate, NamesTheDamage) {
    EXPECT_EQ(inflate_raw("\x07", kNoLimit).problems()[0].got, "damaged data (block type 3)");
    EXPECT_EQ(inflate_raw("", kNoLimit).problems()[0].got, "damaged or cut-off data");
    // A stored block whose length check does not match.
    EXPECT_EQ(inflate_raw(std::string("\x01\x05\x00\x00\x00", 5), kNoLimit).problems()[0].got,
              "damaged data (stored length)");
    // A fixed block that starts with a match of distance 1: nothing before it.
    EXPECT_EQ(inflate_raw(std::string("\x03\x02\x00", 3), kNoLimit).problems()[0].got,
              "damaged data (distance too far back)");
}

}  // namespace
}  // namespace passaparola
