#include "json_text.hpp"

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <vector>

#include "passaparola/scenario.hpp"

namespace passaparola::detail {
namespace {

// The byte ranges of a strict UTF-8 sequence led by `lead` (RFC 3629: no
// overlong forms, no surrogates, nothing above U+10FFFF): its length (0 when
// `lead` cannot start one) and the range of its second byte; the others are
// 0x80..0xBF.
struct Utf8Pattern {
    std::size_t length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
};

Utf8Pattern utf8_pattern(unsigned char lead) {
    if (lead >= 0xC2 && lead <= 0xDF) return {2};
    if (lead >= 0xE0 && lead <= 0xEF) {
        return {3, static_cast<unsigned char>(lead == 0xE0 ? 0xA0 : 0x80),
                static_cast<unsigned char>(lead == 0xED ? 0x9F : 0xBF)};
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
        return {4, static_cast<unsigned char>(lead == 0xF0 ? 0x90 : 0x80),
                static_cast<unsigned char>(lead == 0xF4 ? 0x8F : 0xBF)};
    }
    return {};
}

// How many bytes after text[i] fit the pattern of the sequence it leads.
std::size_t utf8_prefix_length(std::string_view text, std::size_t i) {
    const Utf8Pattern pattern = utf8_pattern(static_cast<unsigned char>(text[i]));
    std::size_t k = 1;
    for (; k < pattern.length && i + k < text.size(); ++k) {
        const auto c = static_cast<unsigned char>(text[i + k]);
        if (k == 1 ? c < pattern.low || c > pattern.high : (c & 0xC0) != 0x80) break;
    }
    return pattern.length == 0 ? 0 : k - 1;
}

void append_utf8(std::string& out, std::uint32_t code_point) {
    if (code_point < 0x80) {
        out += static_cast<char>(code_point);
        return;
    }
    const int continuation_bytes = code_point < 0x800 ? 1 : code_point < 0x10000 ? 2 : 3;
    out += static_cast<char>((0xFF00u >> (continuation_bytes + 1)) | (code_point >> (6 * continuation_bytes)));
    for (int k = continuation_bytes - 1; k >= 0; --k) out += static_cast<char>(0x80 | ((code_point >> (6 * k)) & 0x3F));
}

bool is_digit(int c) { return c >= '0' && c <= '9'; }

// Reads JSON text (RFC 8259, an optional UTF-8 byte order mark in front) into
// the same DOM nlohmann's parser builds: members in document order, a repeated
// key keeping its first place and its last value, whole numbers as unsigned
// (or, when negative, signed) 64-bit integers unless they do not fit, other
// numbers as doubles. Our own reader rather than nlohmann's: it names the path
// of a number beyond double range, stops past the nesting limit, and takes
// about 5 KB less of the widget's gzipped WebAssembly.
class JsonReader {
public:
    explicit JsonReader(std::string_view text) : text_(text) {}

    bool read_document(Json& root) {
        if (peek() == 0xEF) {
            if (text_.substr(0, 3) != "\xEF\xBB\xBF") return syntax_error("a byte order mark that is not UTF-8");
            pos_ = 3;
        }
        if (!value(root)) return false;
        skip_space();
        return pos_ == text_.size() || syntax_error("more text after the document");
    }

    const Problem& problem() const { return problem_; }

private:
    // Where the value being read sits, for messages.
    struct Frame {
        bool is_array;
        std::size_t index = 0;
        const std::string* key = nullptr;
    };

    int peek() const { return pos_ < text_.size() ? static_cast<unsigned char>(text_[pos_]) : -1; }
    bool skip(char c) {
        if (peek() != static_cast<unsigned char>(c)) return false;
        ++pos_;
        return true;
    }
    void skip_space() {
        while (pos_ < text_.size() && std::string_view(" \t\n\r").find(text_[pos_]) != std::string_view::npos) ++pos_;
    }
    void skip_digits() {
        while (is_digit(peek())) ++pos_;
    }

    bool value(Json& out) {
        skip_space();
        switch (peek()) {
            case '{': return object(out);
            case '[': return array(out);
            case '"': {
                std::string text;
                if (!string(text)) return false;
                out = std::move(text);
                return true;
            }
            case 't': return literal("true", true, out);
            case 'f': return literal("false", false, out);
            case 'n': return literal("null", nullptr, out);
            default: return peek() == '-' || is_digit(peek()) ? number(out) : unexpected();
        }
    }

    bool literal(std::string_view word, Json literal_value, Json& out) {
        if (text_.substr(pos_, word.size()) != word) return syntax_error("an invalid literal");
        pos_ += word.size();
        out = std::move(literal_value);
        return true;
    }

    bool open(bool is_array) {
        if (static_cast<int>(frames_.size()) >= kMaxNestingDepth) {
            problem_ = {"document", "must not nest deeper than " + std::to_string(kMaxNestingDepth) + " levels",
                        "deeper nesting", "depth"};
            return false;
        }
        frames_.push_back({is_array});
        ++pos_;
        skip_space();
        return true;
    }

    // After a member or element: true with `more` set at a comma, true at the closing bracket.
    bool next(char close, bool& more) {
        skip_space();
        more = skip(',');
        if (more || skip(close)) return true;
        return unexpected();
    }

    bool object(Json& out) {
        out = Json::object();
        if (!open(false)) return false;
        bool more = !skip('}');
        while (more) {
            skip_space();
            if (peek() != '"') return unexpected();
            std::string key;
            if (!string(key)) return false;
            skip_space();
            if (!skip(':')) return unexpected();
            frames_.back().key = &key;
            if (!value(out[key]) || !next('}', more)) return false;
        }
        frames_.pop_back();
        return true;
    }

    bool array(Json& out) {
        out = Json::array();
        if (!open(true)) return false;
        bool more = !skip(']');
        while (more) {
            frames_.back().index = out.size();
            out.emplace_back();
            if (!value(out.back()) || !next(']', more)) return false;
        }
        frames_.pop_back();
        return true;
    }

    // Four hexadecimal digits after "\u", or -1.
    long hex4() {
        if (text_.size() - pos_ < 4) return -1;
        long code = 0;
        for (int k = 0; k < 4; ++k) {
            const char c = text_[pos_++];
            const char lower = static_cast<char>(c | 0x20);
            const int digit = is_digit(c) ? c - '0' : lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
            if (digit < 0) return -1;
            code = code * 16 + digit;
        }
        return code;
    }

    bool escape(std::string& out) {
        const int c = peek();
        if (c >= 0) ++pos_;
        switch (c) {
            case '"': case '\\': case '/': out += static_cast<char>(c); return true;
            case 'b': out += '\b'; return true;
            case 'f': out += '\f'; return true;
            case 'n': out += '\n'; return true;
            case 'r': out += '\r'; return true;
            case 't': out += '\t'; return true;
            case 'u': break;
            default: return syntax_error("a string with an unknown escape");
        }
        long code = hex4();
        if (code >= 0xD800 && code <= 0xDBFF) {
            const long low = skip('\\') && skip('u') ? hex4() : -1;
            if (low < 0xDC00 || low > 0xDFFF) return syntax_error("a string with half a surrogate pair");
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
        } else if (code < 0 || (code >= 0xDC00 && code <= 0xDFFF)) {
            return syntax_error("a string with a bad \\u escape");
        }
        append_utf8(out, static_cast<std::uint32_t>(code));
        return true;
    }

    bool string(std::string& out) {
        ++pos_;  // the opening quote
        while (true) {
            const int c = peek();
            if (c == '"') {
                ++pos_;
                return true;
            }
            if (c < 0) return syntax_error("a string without its closing quote");
            if (c == '\\') {
                ++pos_;
                if (!escape(out)) return false;
            } else if (c < 0x20) {
                return syntax_error("a control character in a string");
            } else if (c < 0x80) {
                out += static_cast<char>(c);
                ++pos_;
            } else if (const std::size_t n = utf8_sequence_length(text_, pos_); n > 0) {
                out.append(text_.substr(pos_, n));
                pos_ += n;
            } else {
                return syntax_error("a string that is not UTF-8");
            }
        }
    }

    bool number(Json& out) {
        const std::size_t start = pos_;
        const bool negative = skip('-');
        if (skip('0')) {
        } else if (is_digit(peek())) {
            skip_digits();
        } else {
            return syntax_error("an invalid number");
        }
        bool whole = true;
        if (skip('.')) {
            if (!is_digit(peek())) return syntax_error("an invalid number");
            skip_digits();
            whole = false;
        }
        if (skip('e') || skip('E')) {
            if (!skip('+')) skip('-');
            if (!is_digit(peek())) return syntax_error("an invalid number");
            skip_digits();
            whole = false;
        }
        const std::string token(text_.substr(start, pos_ - start));
        if (whole) {
            unsigned long long magnitude = 0;
            bool fits = true;
            for (std::size_t i = negative ? 1 : 0; i < token.size() && fits; ++i) {
                const unsigned digit = static_cast<unsigned>(token[i] - '0');
                fits = magnitude <= (ULLONG_MAX - digit) / 10;
                magnitude = magnitude * 10 + digit;
            }
            if (fits && !negative) {
                out = static_cast<Json::number_unsigned_t>(magnitude);
                return true;
            }
            if (fits && magnitude <= 0ull - static_cast<unsigned long long>(LLONG_MIN)) {
                out = static_cast<Json::number_integer_t>(0ull - magnitude);
                return true;
            }
        }
        // Out of 64-bit range, a whole number is read as a double, like nlohmann does.
        const double x = std::strtod(token.c_str(), nullptr);
        if (!std::isfinite(x)) {
            problem_ = {path(), "must be a finite number", printable(token), "finite"};
            return false;
        }
        out = x;
        return true;
    }

    bool unexpected() {
        const int c = peek();
        if (c < 0) return syntax_error("an unexpected end");
        return syntax_error(c >= 0x20 && c < 0x7F ? "an unexpected '" + std::string(1, static_cast<char>(c)) + "'"
                                                  : std::string("an unexpected byte"));
    }

    // "must be valid JSON (got an unexpected ',' at line 3, column 7)".
    bool syntax_error(const std::string& what) {
        const std::string_view before = text_.substr(0, pos_);
        const std::size_t line_start = before.rfind('\n') + 1;  // 0 on the first line
        problem_ = {"document", "must be valid JSON",
                    what + " at line " + std::to_string(1 + std::count(before.begin(), before.end(), '\n')) +
                        ", column " + std::to_string(pos_ - line_start + 1), "json"};
        return false;
    }

    std::string path() const {
        std::string text;
        for (const auto& f : frames_) {
            if (f.is_array) {
                text += '[' + std::to_string(f.index) + ']';
            } else {
                if (!text.empty()) text += '.';
                text += *f.key;
            }
        }
        return text.empty() ? "document" : printable(text);
    }

    std::string_view text_;
    std::size_t pos_ = 0;
    std::vector<Frame> frames_;
    Problem problem_;
};

// Appends a string's JSON text: the escapes nlohmann writes (short ones where
// JSON has them, \u00xx for other control characters), other characters as
// they are, and U+FFFD for each broken UTF-8 sequence with the bytes that fit
// its pattern so far.
void write_string(std::string& out, std::string_view text) {
    out += '"';
    std::size_t i = 0;
    while (i < text.size()) {
        const auto b = static_cast<unsigned char>(text[i]);
        if (b >= 0x80) {
            if (const std::size_t n = utf8_sequence_length(text, i); n > 0) {
                out.append(text.substr(i, n));
                i += n;
            } else {
                out += "\xEF\xBF\xBD";
                i += 1 + utf8_prefix_length(text, i);
            }
            continue;
        }
        ++i;
        if (b == '"' || b == '\\') {
            out += '\\';
            out += static_cast<char>(b);
        } else if (b >= 0x08 && b <= 0x0D && b != 0x0B) {
            out += '\\';
            out += "btn-fr"[b - 0x08];  // the short escapes of 0x08..0x0D (0x0B has none)
        } else if (b < 0x20) {
            out += "\\u00";
            out += "0123456789abcdef"[b >> 4];
            out += "0123456789abcdef"[b & 0xF];
        } else {
            out += static_cast<char>(b);
        }
    }
    out += '"';
}

void write_value(std::string& out, const Json& value) {
    switch (value.type()) {
        case Json::value_t::object: {
            char separator = '{';
            for (const auto& [key, member] : value.items()) {
                out += separator;
                separator = ',';
                write_string(out, key);
                out += ':';
                write_value(out, member);
            }
            out += value.empty() ? "{}" : "}";
            return;
        }
        case Json::value_t::array: {
            char separator = '[';
            for (const auto& element : value) {
                out += separator;
                separator = ',';
                write_value(out, element);
            }
            out += value.empty() ? "[]" : "]";
            return;
        }
        case Json::value_t::string: return write_string(out, value.get_ref<const std::string&>());
        case Json::value_t::boolean: out += value.get<bool>() ? "true" : "false"; return;
        case Json::value_t::number_integer: out += std::to_string(value.get<Json::number_integer_t>()); return;
        case Json::value_t::number_unsigned: out += std::to_string(value.get<Json::number_unsigned_t>()); return;
        case Json::value_t::number_float: {
            const double x = value.get<double>();
            if (!std::isfinite(x)) {
                out += "null";
                return;
            }
            // The project's one use of nlohmann::detail: its shortest round-trip
            // digits are what make this text equal dump()'s (fuzz_json_text),
            // and Emscripten 3.1.6's libc++ has no floating-point std::to_chars.
            char digits[64];
            out.append(digits, nlohmann::detail::to_chars(digits, digits + sizeof digits, x));
            return;
        }
        default: out += "null"; return;  // null (the reader builds no binary or discarded values)
    }
}

}  // namespace

std::size_t utf8_sequence_length(std::string_view text, std::size_t i) {
    const std::size_t length = utf8_pattern(static_cast<unsigned char>(text[i])).length;
    return length > 0 && utf8_prefix_length(text, i) + 1 == length ? length : 0;
}

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
    return write_json(value);
}

}  // namespace passaparola::detail

namespace passaparola {

std::string write_json(const Json& value) {
    std::string out;
    detail::write_value(out, value);
    return out;
}

Outcome<Json> read_json(std::string_view text) {
    if (text.size() > kMaxDocumentBytes) {
        return std::vector<Problem>{{"document", "must be at most " + std::to_string(kMaxDocumentBytes) + " bytes",
                                     std::to_string(text.size()) + " bytes", "size"}};
    }
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        return std::vector<Problem>{{"document", "must be a JSON object", "an empty text", "type"}};
    }
    Json root;
    detail::JsonReader reader(text);
    if (!reader.read_document(root)) return std::vector<Problem>{reader.problem()};
    return root;
}

}  // namespace passaparola
