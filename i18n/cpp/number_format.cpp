#include "i18n/number_format.hpp"

#include <charconv>
#include <cmath>
#include <map>
#include <utility>

#include <nlohmann/json.hpp>

namespace passaparola::i18n {
namespace detail {
std::string_view number_patterns_text();  // i18n/numbers.json, embedded
}  // namespace detail

namespace {

using Affixes = std::pair<std::string, std::string>;  // before and after the digits

struct Patterns {
    std::string decimal;
    std::string group;
    int minimum_grouping_digits = 1;
    // style ("decimal", "percent") or currency code → positive, negative
    std::map<std::string, std::pair<Affixes, Affixes>, std::less<>> affixes;
    std::map<std::string, std::string, std::less<>> symbols;
};

struct Rules {
    double money_cents_below = 100;
    int fraction_digits_below_10 = 2;
    int fraction_digits_below_100 = 1;
};

struct NumbersFile {
    Rules rules;
    std::map<std::string, Patterns, std::less<>> languages;
};

const NumbersFile& numbers_file() {
    static const NumbersFile file = [] {
        const auto json = nlohmann::json::parse(detail::number_patterns_text());
        NumbersFile out;
        const auto& rules = json.at("rules");
        out.rules = {rules.at("money_cents_below").get<double>(), rules.at("fraction_digits_below_10").get<int>(),
                     rules.at("fraction_digits_below_100").get<int>()};
        for (const auto& [language, p] : json.at("languages").items()) {
            Patterns patterns{p.at("decimal"), p.at("group"), p.at("minimumGroupingDigits"), {}, {}};
            for (const auto& [style, pair] : p.at("affixes").items()) {
                patterns.affixes[style] = {{pair[0][0], pair[0][1]}, {pair[1][0], pair[1][1]}};
            }
            for (const auto& [code, symbol] : p.at("symbols").items()) patterns.symbols[code] = symbol;
            out.languages[language] = std::move(patterns);
        }
        return out;
    }();
    return file;
}

const Patterns& patterns_of(std::string_view language) {
    const auto& languages = numbers_file().languages;
    const auto found = languages.find(language);
    return found != languages.end() ? found->second : languages.at("en");
}

// The digits of |value| × 10^shift as Intl shows them: the shortest decimal
// that reads back as the double, rounded half away from zero to at most
// `maximum` fraction digits, trailing zeros kept down to `minimum`
// (web/widget/number-patterns.js, roundedDigits, does the same).
std::pair<std::string, std::string> rounded_digits(double value, int shift, int minimum, int maximum) {
    char buffer[32];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, std::fabs(value), std::chars_format::scientific).ptr;
    const std::string_view text(buffer, static_cast<std::size_t>(end - buffer));
    const auto e = text.find('e');
    std::string significant;
    for (char c : text.substr(0, e)) {
        if (c != '.') significant += c;
    }
    const int point = std::stoi(std::string(text.substr(e + 1))) + 1 + shift;  // digits before the point
    const int kept = point + maximum;
    std::string digits = significant;
    int scale = point - static_cast<int>(significant.size());  // value = digits × 10^scale
    if (kept < static_cast<int>(significant.size())) {
        digits = kept > 0 ? significant.substr(0, static_cast<std::size_t>(kept)) : "";
        if (kept >= 0 && significant[static_cast<std::size_t>(kept)] >= '5') {
            int i = static_cast<int>(digits.size()) - 1;
            while (i >= 0 && digits[static_cast<std::size_t>(i)] == '9') digits[static_cast<std::size_t>(i--)] = '0';
            if (i < 0) {
                digits.insert(digits.begin(), '1');
            } else {
                ++digits[static_cast<std::size_t>(i)];
            }
        }
        scale = point - kept;
    }
    if (digits.empty()) digits = "0";
    std::string integer = digits;
    std::string fraction;
    if (scale >= 0) {
        integer = digits + std::string(static_cast<std::size_t>(scale), '0');
    } else {
        const std::size_t width = static_cast<std::size_t>(1 - scale);
        const std::string padded = std::string(width > digits.size() ? width - digits.size() : 0, '0') + digits;
        integer = padded.substr(0, padded.size() - static_cast<std::size_t>(-scale));
        fraction = padded.substr(padded.size() - static_cast<std::size_t>(-scale));
    }
    integer.erase(0, std::min(integer.find_first_not_of('0'), integer.size() - 1));
    fraction.erase(fraction.find_last_not_of('0') + 1);
    if (static_cast<int>(fraction.size()) < minimum) fraction.resize(static_cast<std::size_t>(minimum), '0');
    return {integer, fraction};
}

std::string grouped(const std::string& integer, const Patterns& patterns) {
    const int length = static_cast<int>(integer.size());
    if (length - 3 < patterns.minimum_grouping_digits) return integer;
    std::string out;
    for (int i = 0; i < length; ++i) {
        if (i > 0 && (length - i) % 3 == 0) out += patterns.group;
        out += integer[static_cast<std::size_t>(i)];
    }
    return out;
}

struct Style {
    const std::pair<Affixes, Affixes>* affixes = nullptr;
    int shift = 0;
    bool grouping = true;
    std::string_view symbol_for_code = {};  // a currency without patterns: its code replaces the euro's sign
};

std::string formatted(double value, const Patterns& patterns, const Style& style, int minimum, int maximum) {
    if (!std::isfinite(value)) return "\xE2\x80\x94";  // an em dash: no number to show
    const auto [integer, fraction] = rounded_digits(value, style.shift, minimum, maximum);
    // Intl keeps the sign of a negative number rounded to zero, and of −0.
    auto [prefix, suffix] = std::signbit(value) ? style.affixes->second : style.affixes->first;
    if (!style.symbol_for_code.empty()) {
        // A code is letters: CLDR's currency spacing puts a no-break space
        // between it and the digits where the sign would touch them.
        const std::string& sign = patterns.symbols.at("EUR");
        const std::string code(style.symbol_for_code);
        if (const auto at = prefix.find(sign); at != std::string::npos) {
            prefix.replace(at, sign.size(), at + sign.size() == prefix.size() ? code + "\xC2\xA0" : code);
        }
        if (const auto at = suffix.find(sign); at != std::string::npos) {
            suffix.replace(at, sign.size(), at == 0 ? "\xC2\xA0" + code : code);
        }
    }
    std::string out = prefix + (style.grouping ? grouped(integer, patterns) : integer);
    if (!fraction.empty()) out += patterns.decimal + fraction;
    return out + suffix;
}

Style currency_style(const Patterns& patterns, std::string_view currency) {
    const auto found = patterns.affixes.find(currency);
    if (found != patterns.affixes.end()) return {&found->second};
    return {&patterns.affixes.at("EUR"), 0, true, currency};
}

// JavaScript's Math.round: the nearest integer, halves towards +∞ (exact:
// x − ⌊x⌋ loses nothing for a double), and −0 for −0.5 ≤ x < 0, which Intl
// then shows as "-0".
double round_half_up(double x) {
    const double below = std::floor(x);
    const double nearest = x - below >= 0.5 ? below + 1 : below;
    return nearest == 0 ? std::copysign(0.0, x) : nearest;
}

// Fewer digits as numbers grow: 0.25, 12.5, 1 250 (the widget's roundFor).
double rounded_for_figure(double value) {
    const Rules& rules = numbers_file().rules;
    const double magnitude = std::fabs(value);
    const int digits = magnitude >= 100 ? 0 : magnitude >= 10 ? rules.fraction_digits_below_100 : rules.fraction_digits_below_10;
    const double scale = std::pow(10.0, digits);
    return round_half_up(value * scale) / scale;
}

// The most digits a figure shows (the widget's formatters' maximumFractionDigits).
constexpr int kFigureDigits = 2;

}  // namespace

NumberFormat::NumberFormat(std::string_view language)
    : language_(numbers_file().languages.contains(language) ? language : "en") {}

char NumberFormat::decimal_separator() const { return patterns_of(language_).decimal.front(); }

std::string NumberFormat::money(double value, std::string_view currency) const {
    const Patterns& p = patterns_of(language_);
    const bool cents = std::fabs(value) < numbers_file().rules.money_cents_below && value != std::trunc(value);
    return formatted(value, p, currency_style(p, currency), cents ? 2 : 0, cents ? 2 : 0);
}

// (Rounding keeps a non-finite value non-finite, and formatted() shows it as a dash.)
std::string NumberFormat::percent(double fraction) const {
    const Patterns& p = patterns_of(language_);
    return formatted(rounded_for_figure(fraction * 100) / 100, p, {&p.affixes.at("percent"), 2}, 0, kFigureDigits);
}

std::string NumberFormat::number(double value) const {
    const Patterns& p = patterns_of(language_);
    return formatted(rounded_for_figure(value), p, {&p.affixes.at("decimal")}, 0, kFigureDigits);
}

std::string NumberFormat::integer(double value) const {
    const Patterns& p = patterns_of(language_);
    return formatted(round_half_up(value), p, {&p.affixes.at("decimal")}, 0, kFigureDigits);
}

std::string NumberFormat::number(double value, int decimals) const {
    const Patterns& p = patterns_of(language_);
    return formatted(value, p, {&p.affixes.at("decimal")}, decimals, decimals);
}

std::string NumberFormat::percent(double fraction, int decimals) const {
    const Patterns& p = patterns_of(language_);
    return formatted(fraction, p, {&p.affixes.at("percent"), 2}, decimals, decimals);
}

std::string NumberFormat::money(double value, std::string_view currency, int decimals) const {
    const Patterns& p = patterns_of(language_);
    return formatted(value, p, currency_style(p, currency), decimals, decimals);
}

std::string NumberFormat::plain(double value, int decimals) const {
    const Patterns& p = patterns_of(language_);
    return formatted(value, p, {&p.affixes.at("decimal"), 0, false}, decimals, decimals);
}

}  // namespace passaparola::i18n
