#pragma once
// Numbers as each language writes them: 1.234,5 (it), 1 234,5 (fi),
// 1,234.5 (en); percent and currency placement follow CLDR's patterns.
#include <string>
#include <string_view>

namespace passaparola::i18n {

class NumberFormat {
public:
    // An unknown language formats as English.
    explicit NumberFormat(std::string_view language);

    std::string_view language() const { return language_; }
    char decimal_separator() const { return decimal_; }

    // Grouped thousands, `decimals` digits after the separator.
    std::string number(double value, int decimals) const;
    // A fraction as percent: 0.155 → "15,5%" (it), "15,5 %" (fi).
    std::string percent(double fraction, int decimals) const;
    // An amount with the currency's symbol (€, $, £, ¥) or its code.
    std::string money(double value, std::string_view currency, int decimals) const;
    // No grouping (for CSV cells): "1234,5" in it and fi, "1234.5" in en.
    std::string plain(double value, int decimals) const;

private:
    std::string language_;
    char decimal_ = '.';
    std::string_view group_ = ",";
    std::string_view percent_gap_;  // between the number and "%"
    bool symbol_first_ = true;
};

// "€" for EUR, "$" for USD, "£" for GBP, "¥" for JPY; otherwise the code.
std::string_view currency_symbol(std::string_view code);

}  // namespace passaparola::i18n
