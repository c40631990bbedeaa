#include "key_figures.hpp"

#include <cmath>

namespace passaparola::desktop {
namespace {

using F = FigureUnit;

int sign(double x) { return (x > 0) - (x < 0); }

// A month that never comes (no payback) is worse than any month.
int verdict_of(const KeyFigure& figure, const std::optional<double>& a, const std::optional<double>& b) {
    if (a && b) return sign(*b - *a) * figure.better;
    if (figure.unit == F::month && a.has_value() != b.has_value()) return b ? +1 : -1;
    return 0;
}

}  // namespace

std::string figure_label_key(ScenarioKind kind, const KeyFigure& figure) {
    return "result." + std::string(to_string(kind)) + "." + std::string(figure.name);
}

std::optional<double> figure_value(const Json& document, const KeyFigure& figure) {
    const auto result = document.find("result");
    if (result == document.end()) return std::nullopt;
    for (const char* section : {"totals", "summary"}) {
        const auto part = result->find(section);
        if (part == result->end()) continue;
        const auto value = part->find(figure.name);
        if (value != part->end() && value->is_number()) return value->get<double>();
    }
    return std::nullopt;
}

std::vector<FigureComparison> compare_key_figures(ScenarioKind kind, const Json& a, const Json& b) {
    std::vector<FigureComparison> rows;
    for (const auto& figure : key_figures(kind)) {
        FigureComparison row{&figure, figure_value(a, figure), figure_value(b, figure), std::nullopt, 0};
        if (row.a && row.b) row.difference = *row.b - *row.a;
        row.verdict = verdict_of(figure, row.a, row.b);
        rows.push_back(row);
    }
    return rows;
}

std::string format_figure(const KeyFigure& figure, std::optional<double> value, std::string_view currency,
                          const i18n::Catalog& text, const i18n::NumberFormat& numbers) {
    if (!value) return text.text(figure.unit == F::month ? "value.never" : "value.none");
    // The digits every face shows for a figure (i18n/numbers.json's rules).
    switch (figure.unit) {
        case F::money: return numbers.money(*value, currency);
        case F::percent: return numbers.percent(*value);
        case F::integer:
        case F::month:
        case F::days: return numbers.integer(*value);
        default: return numbers.number(*value);
    }
}

std::string format_difference(const KeyFigure& figure, double difference, std::string_view currency,
                               const i18n::Catalog& text, const i18n::NumberFormat& numbers) {
    const std::string sign_text = difference > 0 ? "+" : "";
    if (figure.unit == F::percent) {
        return sign_text + numbers.number(difference * 100, 1) + " " + text.text("ui.unit.percentage_points");
    }
    return sign_text + format_figure(figure, difference, currency, text, numbers);
}

}  // namespace passaparola::desktop
