#pragma once
// The random numbers of spec §6: xoshiro256** seeded through splitmix64, and
// PERT draws built on Marsaglia–Tsang gamma variates. Only integer arithmetic,
// IEEE operations and a few libm calls (see NormalSource) are used, so native
// and WebAssembly builds draw the same numbers from the same seed.
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>

namespace passaparola::detail {

// Vigna's splitmix64: the generator recommended to fill xoshiro's state.
class SplitMix64 {
public:
    explicit SplitMix64(std::uint64_t seed) : state_(seed) {}

    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9e3779b97f4a7c15);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9;
        z = (z ^ (z >> 27)) * 0x94d049bb133111eb;
        return z ^ (z >> 31);
    }

private:
    std::uint64_t state_;
};

// Blackman and Vigna's xoshiro256**.
class Xoshiro256StarStar {
public:
    explicit Xoshiro256StarStar(std::uint64_t seed) {
        SplitMix64 seeder(seed);
        for (auto& word : s_) word = seeder.next();
    }
    // A raw state, for checking against the reference implementation.
    explicit Xoshiro256StarStar(const std::array<std::uint64_t, 4>& state) : s_(state) {}

    std::uint64_t next() {
        const std::uint64_t result = rotl(s_[1] * 5, 7) * 9;
        const std::uint64_t t = s_[1] << 17;
        s_[2] ^= s_[0];
        s_[3] ^= s_[1];
        s_[1] ^= s_[2];
        s_[0] ^= s_[3];
        s_[2] ^= t;
        s_[3] = rotl(s_[3], 45);
        return result;
    }

    // Uniform in [0, 1) with 53 random bits.
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

    std::array<std::uint64_t, 4> s_{};
};

// Standard normal variates by the ziggurat method of Marsaglia & Tsang (2000)
// with 128 layers, in Doornik's double-precision form (ZIGNOR, 2005): about
// 99 % of draws cost one random word, two products and a comparison. The
// layer tables come from exp, log and sqrt once; a libm that rounds them a
// unit differently moves a comparison by one ulp, which a 53-bit uniform
// meets with probability 2^-53 per draw.
class NormalSource {
public:
    NormalSource() : table_(layers()) {}

    double next(Xoshiro256StarStar& rng) const {
        for (;;) {
            const std::uint64_t bits = rng.next();
            const double u = 2 * (static_cast<double>(bits >> 11) * 0x1.0p-53) - 1;
            const unsigned layer = static_cast<unsigned>(bits & (kLayers - 1));  // bits unused by u
            if (std::fabs(u) < table_.ratio[layer]) return u * table_.x[layer];
            if (layer == 0) return tail(rng, u < 0);
            // A wedge: accept under the density between the layer's two edges.
            const double x = u * table_.x[layer];
            const double f0 = std::exp(-0.5 * (table_.x[layer] * table_.x[layer] - x * x));
            const double f1 = std::exp(-0.5 * (table_.x[layer + 1] * table_.x[layer + 1] - x * x));
            if (f1 + rng.uniform() * (f0 - f1) < 1) return x;
        }
    }

private:
    static constexpr unsigned kLayers = 128;
    static constexpr double kTailStart = 3.442619855899;         // R for 128 layers
    static constexpr double kLayerArea = 9.91256303526217e-3;  // V for 128 layers

    struct Layers {
        double x[kLayers + 1];
        double ratio[kLayers];  // x[i + 1] / x[i]: the share of layer i inside the density
    };

    static const Layers& layers() {
        static const Layers table = [] {
            Layers t{};
            double f = std::exp(-0.5 * kTailStart * kTailStart);
            t.x[0] = kLayerArea / f;  // the base layer, tail included, as a rectangle of equal area
            t.x[1] = kTailStart;
            t.x[kLayers] = 0;
            for (unsigned i = 2; i < kLayers; ++i) {
                t.x[i] = std::sqrt(-2 * std::log(kLayerArea / t.x[i - 1] + f));
                f = std::exp(-0.5 * t.x[i] * t.x[i]);
            }
            for (unsigned i = 0; i < kLayers; ++i) t.ratio[i] = t.x[i + 1] / t.x[i];
            return t;
        }();
        return table;
    }

    // Marsaglia's tail beyond R; uniforms in (0, 1] so that log stays finite.
    static double tail(Xoshiro256StarStar& rng, bool negative) {
        double x, y;
        do {
            x = std::log(1 - rng.uniform()) / kTailStart;
            y = std::log(1 - rng.uniform());
        } while (-2 * y < x * x);
        return negative ? x - kTailStart : kTailStart - x;
    }

    const Layers& table_;
};

// Gamma(shape, 1) for shape ≥ 1 by Marsaglia & Tsang (2000); the constants
// depend on the shape only, so they are computed once per input.
class GammaSampler {
public:
    explicit GammaSampler(double shape) : d_(shape - 1.0 / 3), c_(1 / std::sqrt(9 * d_)) {}

    double draw(Xoshiro256StarStar& rng, const NormalSource& normal) const {
        for (;;) {
            double x, v;
            do {
                x = normal.next(rng);
                v = 1 + c_ * x;
            } while (v <= 0);
            v = v * v * v;
            const double u = rng.uniform();
            const double x2 = x * x;
            if (u < 1 - 0.0331 * x2 * x2) return d_ * v;
            if (std::log(u) < 0.5 * x2 + d_ * (1 - v + std::log(v))) return d_ * v;
        }
    }

private:
    double d_;
    double c_;
};

// PERT(low, likely, high): low + (high − low) × X / (X + Y) with X ~ Gamma(α),
// Y ~ Gamma(β); a zero-width range is its one value and draws nothing. The
// draw is clamped to the range, which rounding could pass by one ulp.
class PertSampler {
public:
    PertSampler(double low, double likely, double high)
        : low_(low),
          high_(high),
          width_(high - low),
          alpha_(width_ > 0 ? 1 + 4 * (likely - low) / width_ : 1),
          beta_(width_ > 0 ? 1 + 4 * (high - likely) / width_ : 1) {}

    double draw(Xoshiro256StarStar& rng, const NormalSource& normal) const {
        if (!(width_ > 0)) return low_;
        const double x = alpha_.draw(rng, normal);
        const double y = beta_.draw(rng, normal);
        return std::min(high_, low_ + width_ * x / (x + y));
    }

private:
    double low_;
    double high_;
    double width_;
    GammaSampler alpha_;
    GammaSampler beta_;
};

}  // namespace passaparola::detail
