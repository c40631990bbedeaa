#include "key_figures.hpp"

#include <cmath>

namespace passaparola::desktop {
namespace {

using F = FigureFormat;

// The figures with the value after the horizon are listed even without a
// tail (they then equal the horizon's): an A/B comparison of a scenario with
// a tail and one without must compare the decision profit of both.
constexpr KeyFigure kProgramFigures[] = {
    {"net_profit", F::money, +1},
    {"roi", F::percent, +1},
    {"net_profit_with_tail", F::money, +1},
    {"roi_with_tail", F::percent, +1},
    {"payback_month", F::month, -1},
    {"referred_customers", F::count, +1},
    {"incremental_customers", F::count, +1},
    {"program_cost", F::money, -1},
    {"fee_cost", F::money, -1},
    {"npv", F::money, +1},
    {"npv_with_tail", F::money, +1},
    {"tail_gross_profit", F::money, +1},
    {"cost_per_incremental_customer", F::money, -1},
    {"referred_customer_value", F::money, +1},
    {"cac_savings", F::money, +1},
    {"viral_coefficient", F::ratio, +1},
    {"break_even_conversion_rate", F::percent, -1},
    {"max_referrer_reward", F::money, +1},
};

constexpr KeyFigure kGiftCardFigures[] = {
    {"net_profit", F::money, +1},
    {"roi", F::percent, +1},
    {"new_customers", F::count, +1},
    {"campaign_cost", F::money, -1},
    {"campaign_return", F::money, +1},
    {"cost_per_new_customer", F::money, -1},
    {"breakage_rate", F::percent, 0},
    {"breakage_value", F::money, 0},
    {"break_even_friend_conversion", F::percent, -1},
    {"max_card_value", F::money, +1},
};

constexpr KeyFigure kVcpFigures[] = {
    {"contacts", F::integer, 0},
    {"profitability_partners", F::integer, +1},
    {"partner_gap", F::integer, -1},
    {"portfolio_score", F::score, +1},
    {"referral_balance", F::count, 0},
    // From the referral log, in the assessment's currency: the business both
    // directions brought over the period reviewed.
    {"closed_value_given", F::money, +1},
    {"closed_value_received", F::money, +1},
};

int sign(double x) { return (x > 0) - (x < 0); }

// A month that never comes (no payback) is worse than any month.
int verdict_of(const KeyFigure& figure, const std::optional<double>& a, const std::optional<double>& b) {
    if (a && b) return sign(*b - *a) * figure.better;
    if (figure.format == F::month && a.has_value() != b.has_value()) return b ? +1 : -1;
    return 0;
}

}  // namespace

std::span<const KeyFigure> key_figures(ScenarioKind kind) {
    switch (kind) {
        case ScenarioKind::program: return kProgramFigures;
        case ScenarioKind::gift_card: return kGiftCardFigures;
        case ScenarioKind::vcp: break;
    }
    return kVcpFigures;
}

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
    if (!value) return text.text(figure.format == F::month ? "value.never" : "value.none");
    // The digits every face shows for a figure (i18n/numbers.json's rules).
    switch (figure.format) {
        case F::money: return numbers.money(*value, currency);
        case F::percent: return numbers.percent(*value);
        case F::integer:
        case F::month: return numbers.integer(*value);
        case F::count:
        case F::score:
        case F::ratio: return numbers.number(*value);
    }
    return numbers.number(*value);
}

std::string format_difference(const KeyFigure& figure, double difference, std::string_view currency,
                               const i18n::Catalog& text, const i18n::NumberFormat& numbers) {
    const std::string sign_text = difference > 0 ? "+" : "";
    if (figure.format == F::percent) {
        return sign_text + numbers.number(difference * 100, 1) + " " + text.text("ui.unit.percentage_points");
    }
    return sign_text + format_figure(figure, difference, currency, text, numbers);
}

}  // namespace passaparola::desktop
