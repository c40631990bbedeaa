#include "json_text.hpp"

#include <charconv>
#include <cmath>
#include <vector>

#include "passaparola/scenario.hpp"

namespace passaparola::detail {
namespace {

// Builds the DOM like nlohmann's own parser, but keeps the path of the value
// being read (for messages) and stops past the nesting limit.
class LimitedSax {
public:
    explicit LimitedSax(Json& root) : dom_(root, false) {}

    bool null() { return value() && dom_.null(); }
    bool boolean(bool v) { return value() && dom_.boolean(v); }
    bool number_integer(Json::number_integer_t v) { return value() && dom_.number_integer(v); }
    bool number_unsigned(Json::number_unsigned_t v) { return value() && dom_.number_unsigned(v); }
    bool number_float(Json::number_float_t v, const std::string& s) { return value() && dom_.number_float(v, s); }
    bool string(std::string& v) { return value() && dom_.string(v); }
    bool binary(Json::binary_t& v) { return value() && dom_.binary(v); }
    bool start_object(std::size_t n) { return value() && open(false) && dom_.start_object(n); }
    bool key(std::string& k) {
        frames_.back().key = k;
        return dom_.key(k);
    }
    bool end_object() { return close() && dom_.end_object(); }
    bool start_array(std::size_t n) { return value() && open(true) && dom_.start_array(n); }
    bool end_array() { return close() && dom_.end_array(); }

    template <class Exception>
    bool parse_error(std::size_t, const std::string& token, const Exception& error) {
        if (problem_.rule.empty()) {
            const std::string what = error.what();
            if (error.id == 406) {  // a number beyond double range
                value();  // it never reached a callback, so give it its own array index
                problem_ = {path(), "must be a finite number", printable(token)};
            } else {
                const auto start = what.find("] ");
                problem_ = {"document", "must be valid JSON",
                            printable(start == std::string::npos ? what : what.substr(start + 2))};
            }
        }
        return false;
    }

    const Problem& problem() const { return problem_; }

private:
    struct Frame {
        bool is_array;
        long index = -1;
        std::string key;
    };

    // Called before every value: advances the array index the value will get.
    bool value() {
        if (!frames_.empty() && frames_.back().is_array) ++frames_.back().index;
        return true;
    }
    bool open(bool is_array) {
        if (static_cast<int>(frames_.size()) >= kMaxNestingDepth) {
            problem_ = {"document", "must not nest deeper than " + std::to_string(kMaxNestingDepth) + " levels",
                        "deeper nesting"};
            return false;
        }
        frames_.push_back({is_array, -1, {}});
        return true;
    }
    bool close() {
        frames_.pop_back();
        return true;
    }
    std::string path() const {
        std::string text;
        for (const auto& f : frames_) {
            if (f.is_array) {
                text += '[' + std::to_string(f.index < 0 ? 0 : f.index) + ']';
            } else {
                if (!text.empty()) text += '.';
                text += f.key;
            }
        }
        return text.empty() ? "document" : printable(text);
    }

    nlohmann::detail::json_sax_dom_parser<Json> dom_;
    std::vector<Frame> frames_;
    Problem problem_;
};

std::size_t utf8_sequence_length(std::string_view text, std::size_t i) {
    const auto b = static_cast<unsigned char>(text[i]);
    const std::size_t n = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 && b < 0xE0 ? 2 : 0;
    if (n == 0 || b > 0xF4 || i + n > text.size()) return 0;
    for (std::size_t k = 1; k < n; ++k) {
        if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return 0;
    }
    return n;
}

}  // namespace

std::string printable(std::string_view text) {
    constexpr std::size_t kMaxBytes = 120;
    std::string out;
    std::size_t i = 0;
    while (i < text.size() && out.size() < kMaxBytes) {
        const auto b = static_cast<unsigned char>(text[i]);
        if (b >= 0x20 && b < 0x7F) {
            out += text[i++];
        } else if (const std::size_t n = b >= 0x80 ? utf8_sequence_length(text, i) : 0; n > 0) {
            out.append(text.substr(i, n));
            i += n;
        } else {
            out += '?';
            ++i;
        }
    }
    if (i < text.size()) out += "…";
    return out;
}

std::string format_number(double value) {
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15) {
        return std::to_string(static_cast<long long>(value));
    }
    // nlohmann's shortest round-trip text: the same on every platform, and
    // Emscripten 3.1.6's libc++ has no floating-point std::to_chars.
    return Json(value).dump();
}

Outcome<Json> parse_json(std::string_view text) {
    if (text.size() > kMaxDocumentBytes) {
        return std::vector<Problem>{{"document", "must be at most " + std::to_string(kMaxDocumentBytes) + " bytes",
                                     std::to_string(text.size()) + " bytes"}};
    }
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        return std::vector<Problem>{{"document", "must be a JSON object", "an empty text"}};
    }
    Json root;
    LimitedSax sax(root);
    if (!Json::sax_parse(text.begin(), text.end(), &sax)) return std::vector<Problem>{sax.problem()};
    return root;
}

}  // namespace passaparola::detail
