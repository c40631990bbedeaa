#include "i18n/number_format.hpp"

#include <cmath>
#include <cstdio>

namespace passaparola::i18n {
namespace {

constexpr std::string_view kNoBreakSpace = "\xC2\xA0";

// "%.*f" of |value|, so the caller places the sign itself.
std::string fixed_digits(double value, int decimals) {
    const int size = std::snprintf(nullptr, 0, "%.*f", decimals, std::fabs(value));
    std::string text(static_cast<std::size_t>(size) + 1, '\0');
    std::snprintf(text.data(), text.size(), "%.*f", decimals, std::fabs(value));
    text.pop_back();
    return text;
}

// Negative only when some digit survives the rounding, so -0.001 shows as 0.
bool shows_negative(double value, const std::string& digits) {
    return value < 0 && digits.find_first_not_of("0.") != std::string::npos;
}

std::string localized(double value, int decimals, char decimal, std::string_view group) {
    if (!std::isfinite(value)) return "\xE2\x80\x94";  // an em dash: no number to show
    const std::string digits = fixed_digits(value, decimals);
    const auto point = digits.find('.');
    const std::string_view whole = std::string_view(digits).substr(0, point);
    std::string out = shows_negative(value, digits) ? "-" : "";
    for (std::size_t i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0) out += group;
        out += whole[i];
    }
    if (point != std::string::npos) {
        out += decimal;
        out += digits.substr(point + 1);
    }
    return out;
}

}  // namespace

NumberFormat::NumberFormat(std::string_view language) : language_(language) {
    if (language == "it") {
        decimal_ = ',';
        group_ = ".";
        symbol_first_ = false;
    } else if (language == "fi") {
        decimal_ = ',';
        group_ = kNoBreakSpace;
        percent_gap_ = kNoBreakSpace;
        symbol_first_ = false;
    } else {
        language_ = "en";
    }
}

std::string NumberFormat::number(double value, int decimals) const {
    return localized(value, decimals, decimal_, group_);
}

std::string NumberFormat::percent(double fraction, int decimals) const {
    return localized(fraction * 100, decimals, decimal_, group_) + std::string(percent_gap_) + "%";
}

std::string NumberFormat::money(double value, std::string_view currency, int decimals) const {
    const std::string_view symbol = currency_symbol(currency);
    std::string amount = localized(std::fabs(value), decimals, decimal_, group_);
    const bool negative = value < 0 && localized(value, decimals, decimal_, group_).starts_with('-');
    std::string out = negative ? "-" : "";
    if (symbol_first_) {
        out += symbol;
        if (symbol == currency) out += kNoBreakSpace;  // a code, not a sign: "SEK 12"
        out += amount;
    } else {
        out += amount;
        out += kNoBreakSpace;
        out += symbol;
    }
    return out;
}

std::string NumberFormat::plain(double value, int decimals) const { return localized(value, decimals, decimal_, ""); }

std::string_view currency_symbol(std::string_view code) {
    if (code == "EUR") return "\xE2\x82\xAC";
    if (code == "USD") return "$";
    if (code == "GBP") return "\xC2\xA3";
    if (code == "JPY") return "\xC2\xA5";
    return code;
}

}  // namespace passaparola::i18n
