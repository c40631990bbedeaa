#include "input_values.hpp"

#include <cmath>

namespace passaparola::desktop {

int display_decimals(const InputInfo& info, double value) {
    const double magnitude = std::fabs(value);
    switch (info.kind) {
        case InputKind::rate: return 1;
        case InputKind::money: return magnitude >= 1000 ? 0 : 2;
        case InputKind::count: return magnitude >= 100 ? 0 : (magnitude >= 10 ? 1 : 2);
        default: return 0;
    }
}

std::string short_number(const i18n::NumberFormat& numbers, double value, int max_decimals) {
    std::string text = numbers.number(value, max_decimals);
    const auto mark = text.rfind(numbers.decimal_separator());
    if (max_decimals == 0 || mark == std::string::npos) return text;
    while (text.back() == '0') text.pop_back();
    if (text.size() == mark + 1) text.pop_back();
    return text;
}

std::string input_value_text(const InputInfo& info, double value, std::string_view currency,
                             const i18n::Catalog& text, const i18n::NumberFormat& numbers) {
    if (info.kind == InputKind::rate) return numbers.percent(value, 1);
    if (info.unit == "currency") return numbers.money(value, currency, display_decimals(info, value));
    const std::string number = short_number(numbers, value, display_decimals(info, value));
    if (info.unit.empty()) return number;
    return number + " " + text.text("unit." + std::string(info.unit));
}

std::string input_json_text(const InputInfo& info, const Json& value, std::string_view currency,
                            const i18n::Catalog& text, const i18n::NumberFormat& numbers) {
    if (value.is_null()) return text.text("value.none");
    switch (info.kind) {
        case InputKind::boolean: return text.text(value.get<bool>() ? "ui.widget.yes" : "ui.widget.no");
        case InputKind::choice:
            return text.text("choice." + std::string(info.name) + "." + value.get<std::string>());
        case InputKind::currency:
        case InputKind::date: return value.get<std::string>();
        case InputKind::list: return {};
        default: return input_value_text(info, value.get<double>(), currency, text, numbers);
    }
}

}  // namespace passaparola::desktop
