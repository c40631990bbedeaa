#pragma once
// Numbers as each language writes them, from the patterns in i18n/numbers.json
// that the widget formats with too (and checks against Intl.NumberFormat when
// the site is built): 1.234,5 (it), 1 234,5 (fi), 1,234.5 (en); Italian
// groups from five digits (1234 but 12.345), Finnish writes − (U+2212).
// Digits are those of the shortest decimal that reads back as the double,
// rounded half away from zero, as Intl rounds.
#include <string>
#include <string_view>

namespace passaparola::i18n {

class NumberFormat {
public:
    // An unknown language formats as English.
    explicit NumberFormat(std::string_view language);

    std::string_view language() const { return language_; }
    char decimal_separator() const;

    // A figure as every face shows it (the rules of i18n/numbers.json):
    // amounts with cents below 100 unless whole, other numbers with two
    // decimals below 10, one below 100, none above; percent likewise in
    // percentage points.
    std::string money(double value, std::string_view currency) const;
    std::string percent(double fraction) const;
    std::string number(double value) const;
    std::string integer(double value) const;

    // Exactly `decimals` digits after the separator, grouped.
    std::string number(double value, int decimals) const;
    // A fraction as percent: 0.155 → "15,5%" (it), "15,5 %" (fi).
    std::string percent(double fraction, int decimals) const;
    // An amount with the currency's symbol (€, £, …) or its code.
    std::string money(double value, std::string_view currency, int decimals) const;
    // No grouping (for CSV cells): "1234,5" in it and fi, "1234.5" in en.
    std::string plain(double value, int decimals) const;

private:
    std::string language_;
};

}  // namespace passaparola::i18n
