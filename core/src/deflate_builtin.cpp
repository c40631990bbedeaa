// Raw DEFLATE (RFC 1951) without zlib, for the WebAssembly build where no
// zlib can be downloaded. The encoder uses LZ77 with the fixed Huffman codes
// (short JSON gains little from dynamic tables); the decoder reads every
// block type. Native tests hold both against zlib.
#include <array>
#include <cstdint>

#include "passaparola/share_link.hpp"

namespace passaparola {
namespace {

constexpr std::array<std::uint16_t, 29> kLengthBase = {3,  4,  5,  6,  7,  8,  9,  10, 11,  13,  15,  17,  19,  23, 27,
                                                       31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
constexpr std::array<std::uint8_t, 29> kLengthExtra = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2,
                                                       2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
constexpr std::array<std::uint16_t, 30> kDistanceBase = {1,    2,    3,    4,    5,    7,     9,     13,    17,  25,
                                                         33,   49,   65,   97,   129,  193,   257,   385,   513, 769,
                                                         1025, 1537, 2049, 3073, 4097, 6145,  8193,  12289, 16385, 24577};
constexpr std::array<std::uint8_t, 30> kDistanceExtra = {0, 0, 0, 0, 1, 1, 2, 2,  3,  3,  4,  4,  5,  5,  6,
                                                         6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};

// ---- encoder ----

class BitWriter {
public:
    void bits(std::uint32_t value, int count) {  // least significant bit first
        buffer_ |= value << fill_;
        fill_ += count;
        while (fill_ >= 8) {
            out_ += static_cast<char>(buffer_ & 0xFF);
            buffer_ >>= 8;
            fill_ -= 8;
        }
    }
    void huffman(std::uint32_t code, int length) {  // Huffman codes go most significant bit first
        std::uint32_t reversed = 0;
        for (int i = 0; i < length; ++i) reversed |= ((code >> i) & 1u) << (length - 1 - i);
        bits(reversed, length);
    }
    std::string finish() {
        if (fill_ > 0) bits(0, 8 - fill_);
        return std::move(out_);
    }

private:
    std::string out_;
    std::uint32_t buffer_ = 0;
    int fill_ = 0;
};

void fixed_literal(BitWriter& w, int symbol) {
    if (symbol < 144) w.huffman(0x30 + symbol, 8);
    else if (symbol < 256) w.huffman(0x190 + symbol - 144, 9);
    else if (symbol < 280) w.huffman(symbol - 256, 7);
    else w.huffman(0xC0 + symbol - 280, 8);
}

template <std::size_t N>
int code_index(const std::array<std::uint16_t, N>& base, int value) {
    int i = static_cast<int>(N) - 1;
    while (base[static_cast<std::size_t>(i)] > value) --i;
    return i;
}

}  // namespace

std::string deflate_raw(std::string_view bytes) {
    constexpr int kWindow = 32768;
    constexpr int kMaxMatch = 258;
    constexpr int kHashSize = 1 << 12;
    constexpr int kMaxChain = 64;
    const int n = static_cast<int>(bytes.size());
    const auto at = [&](int i) { return static_cast<unsigned char>(bytes[static_cast<std::size_t>(i)]); };
    std::vector<int> head(kHashSize, -1);
    std::vector<int> previous(bytes.size(), -1);
    const auto hash = [&](int i) { return ((at(i) << 8) ^ (at(i + 1) << 4) ^ at(i + 2)) & (kHashSize - 1); };
    const auto insert = [&](int i) {
        if (i + 2 >= n) return;
        const int h = hash(i);
        previous[static_cast<std::size_t>(i)] = head[static_cast<std::size_t>(h)];
        head[static_cast<std::size_t>(h)] = i;
    };

    BitWriter w;
    w.bits(1, 1);  // final block
    w.bits(1, 2);  // fixed Huffman codes
    for (int i = 0; i < n;) {
        int best_length = 0;
        int best_distance = 0;
        if (i + 2 < n) {
            int candidate = head[static_cast<std::size_t>(hash(i))];
            for (int chain = 0; candidate >= 0 && i - candidate <= kWindow && chain < kMaxChain; ++chain) {
                int length = 0;
                while (length < kMaxMatch && i + length < n && at(candidate + length) == at(i + length)) ++length;
                if (length > best_length) {
                    best_length = length;
                    best_distance = i - candidate;
                }
                candidate = previous[static_cast<std::size_t>(candidate)];
            }
        }
        if (best_length >= 3) {
            const int l = code_index(kLengthBase, best_length);
            fixed_literal(w, 257 + l);
            w.bits(static_cast<std::uint32_t>(best_length - kLengthBase[static_cast<std::size_t>(l)]),
                   kLengthExtra[static_cast<std::size_t>(l)]);
            const int d = code_index(kDistanceBase, best_distance);
            w.huffman(static_cast<std::uint32_t>(d), 5);
            w.bits(static_cast<std::uint32_t>(best_distance - kDistanceBase[static_cast<std::size_t>(d)]),
                   kDistanceExtra[static_cast<std::size_t>(d)]);
            for (int k = 0; k < best_length; ++k) insert(i + k);
            i += best_length;
        } else {
            fixed_literal(w, at(i));
            insert(i);
            ++i;
        }
    }
    fixed_literal(w, 256);
    return w.finish();
}

namespace {

// ---- decoder ----

struct Huffman {
    std::array<std::uint16_t, 16> count{};  // codes of each length
    std::array<std::uint16_t, 288> symbol{};  // symbols ordered by code
};

// False when the lengths over-subscribe the code space (not a valid code).
bool build(Huffman& h, const std::uint8_t* lengths, int n) {
    h.count.fill(0);
    for (int i = 0; i < n; ++i) ++h.count[lengths[i]];
    int left = 1;
    for (int len = 1; len < 16; ++len) {
        left = left * 2 - h.count[static_cast<std::size_t>(len)];
        if (left < 0) return false;
    }
    std::array<std::uint16_t, 16> offset{};
    for (int len = 1; len < 15; ++len) offset[static_cast<std::size_t>(len + 1)] = offset[static_cast<std::size_t>(len)] + h.count[static_cast<std::size_t>(len)];
    for (int i = 0; i < n; ++i) {
        if (lengths[i] != 0) h.symbol[offset[lengths[i]]++] = static_cast<std::uint16_t>(i);
    }
    return true;
}

class Inflater {
public:
    Inflater(std::string_view in, std::size_t max) : in_(in), max_(max) {}

    // Empty on success; else what went wrong.
    std::string run() {
        bool last = false;
        while (!last) {
            last = bits(1) == 1;
            const int type = bits(2);
            if (failed_) break;
            if (type == 0) stored();
            else if (type == 1) fixed();
            else if (type == 2) dynamic();
            else fail("damaged data (block type 3)");
            if (failed_) break;
        }
        if (failed_) return error_;
        if (position_ < in_.size()) return "extra bytes after the end";
        return {};
    }
    std::string& output() { return out_; }
    bool too_large() const { return too_large_; }

private:
    int bits(int need) {
        std::uint32_t value = bit_buffer_;
        while (bit_count_ < need) {
            if (position_ >= in_.size()) {
                fail("damaged or cut-off data");
                return 0;
            }
            value |= static_cast<std::uint32_t>(static_cast<unsigned char>(in_[position_++])) << bit_count_;
            bit_count_ += 8;
        }
        bit_buffer_ = value >> need;
        bit_count_ -= need;
        return static_cast<int>(value & ((1u << need) - 1));
    }
    void fail(std::string why) {
        if (!failed_) error_ = std::move(why);
        failed_ = true;
    }
    bool emit(char c) {
        if (out_.size() >= max_) {
            too_large_ = true;
            fail("more than the limit once decompressed");
            return false;
        }
        out_ += c;
        return true;
    }
    int decode(const Huffman& h) {
        int code = 0, first = 0, index = 0;
        for (int len = 1; len < 16; ++len) {
            code |= bits(1);
            if (failed_) return -1;
            const int count = h.count[static_cast<std::size_t>(len)];
            if (code - count < first) return h.symbol[static_cast<std::size_t>(index + (code - first))];
            index += count;
            first = (first + count) << 1;
            code <<= 1;
        }
        fail("damaged data (no such code)");
        return -1;
    }
    void stored() {
        bit_buffer_ = 0;
        bit_count_ = 0;
        if (position_ + 4 > in_.size()) return fail("damaged or cut-off data");
        const auto byte = [&](std::size_t i) { return static_cast<unsigned>(static_cast<unsigned char>(in_[i])); };
        const unsigned length = byte(position_) | byte(position_ + 1) << 8;
        const unsigned check = byte(position_ + 2) | byte(position_ + 3) << 8;
        position_ += 4;
        if (length != (~check & 0xFFFF)) return fail("damaged data (stored length)");
        if (position_ + length > in_.size()) return fail("damaged or cut-off data");
        for (unsigned i = 0; i < length; ++i) {
            if (!emit(in_[position_++])) return;
        }
    }
    void codes(const Huffman& literals, const Huffman& distances) {
        for (;;) {
            const int symbol = decode(literals);
            if (failed_ || symbol == 256) return;
            if (symbol < 256) {
                if (!emit(static_cast<char>(symbol))) return;
                continue;
            }
            const int l = symbol - 257;
            if (l >= 29) return fail("damaged data (length code)");
            const int length = kLengthBase[static_cast<std::size_t>(l)] + bits(kLengthExtra[static_cast<std::size_t>(l)]);
            const int d = decode(distances);
            if (failed_) return;
            if (d >= 30) return fail("damaged data (distance code)");
            const std::size_t distance = kDistanceBase[static_cast<std::size_t>(d)] + static_cast<std::size_t>(bits(kDistanceExtra[static_cast<std::size_t>(d)]));
            if (failed_) return;
            if (distance > out_.size()) return fail("damaged data (distance too far back)");
            for (int k = 0; k < length; ++k) {
                if (!emit(out_[out_.size() - distance])) return;
            }
        }
    }
    void fixed() {
        std::uint8_t lengths[288 + 30];
        for (int i = 0; i < 288; ++i) lengths[i] = i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8;
        for (int i = 0; i < 30; ++i) lengths[288 + i] = 5;
        Huffman literals, distances;
        build(literals, lengths, 288);
        build(distances, lengths + 288, 30);
        codes(literals, distances);
    }
    void dynamic() {
        const int literal_count = bits(5) + 257;
        const int distance_count = bits(5) + 1;
        const int code_count = bits(4) + 4;
        if (failed_) return;
        if (literal_count > 286 || distance_count > 30) return fail("damaged data (table sizes)");
        static constexpr std::uint8_t kOrder[19] = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};
        std::uint8_t lengths[320] = {};
        for (int i = 0; i < code_count; ++i) lengths[kOrder[i]] = static_cast<std::uint8_t>(bits(3));
        Huffman code_lengths;
        if (failed_ || !build(code_lengths, lengths, 19)) return fail("damaged data (code lengths)");
        for (int i = 0; i < literal_count + distance_count;) {
            int symbol = decode(code_lengths);
            if (failed_) return;
            if (symbol < 16) {
                lengths[i++] = static_cast<std::uint8_t>(symbol);
                continue;
            }
            std::uint8_t repeated = 0;
            int times = 0;
            if (symbol == 16) {
                if (i == 0) return fail("damaged data (repeat with nothing before)");
                repeated = lengths[i - 1];
                times = 3 + bits(2);
            } else if (symbol == 17) {
                times = 3 + bits(3);
            } else {
                times = 11 + bits(7);
            }
            if (failed_ || i + times > literal_count + distance_count) return fail("damaged data (too many lengths)");
            while (times-- > 0) lengths[i++] = repeated;
        }
        if (lengths[256] == 0) return fail("damaged data (no end-of-block code)");
        Huffman literals, distances;
        if (!build(literals, lengths, literal_count) || !build(distances, lengths + literal_count, distance_count)) {
            return fail("damaged data (code tables)");
        }
        codes(literals, distances);
    }

    std::string_view in_;
    std::size_t max_;
    std::size_t position_ = 0;
    std::uint32_t bit_buffer_ = 0;
    int bit_count_ = 0;
    bool failed_ = false;
    bool too_large_ = false;
    std::string error_;
    std::string out_;
};

}  // namespace

Outcome<std::string> inflate_raw(std::string_view compressed, std::size_t max_bytes) {
    Inflater inflater(compressed, max_bytes);
    const std::string error = inflater.run();
    if (inflater.too_large()) {
        return std::vector<Problem>{{"link", "must hold at most " + std::to_string(max_bytes / 1024) +
                                                 " KiB once decompressed", "more"}};
    }
    if (!error.empty()) return std::vector<Problem>{{"link", "must be raw DEFLATE data", error}};
    return std::move(inflater.output());
}

}  // namespace passaparola
