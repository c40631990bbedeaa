#include "passaparola/result_figures.hpp"

#include <vector>

#include "result_fields.hpp"

namespace passaparola {
namespace {

template <class Owner, std::size_t N>
std::vector<FigureInfo> infos_of(const detail::Figure<Owner> (&figures)[N]) {
    std::vector<FigureInfo> infos;
    for (const auto& f : figures) infos.push_back({f.name, f.unit, f.better});
    return infos;
}

const std::vector<FigureInfo>& gift_card_totals() {
    // The totals repeat the wave's members (times the waves), then their own.
    static const std::vector<FigureInfo> totals = [] {
        auto infos = infos_of(detail::kWaveFigures);
        for (const auto& info : infos_of(detail::kGiftCardTotalFigures)) infos.push_back(info);
        return infos;
    }();
    return totals;
}

// The key figures by name, in the order a reader compares them. The figures
// with the value after the horizon are listed even without a tail (they then
// equal the horizon's): an A/B comparison of a scenario with a tail and one
// without must compare the decision profit of both.
constexpr std::string_view kProgramKeyFigures[] = {
    "net_profit", "roi", "net_profit_with_tail", "roi_with_tail", "payback_month", "referred_customers",
    "incremental_customers", "program_cost", "fee_cost", "npv", "npv_with_tail", "tail_gross_profit",
    "cost_per_incremental_customer", "referred_customer_value", "cac_savings", "viral_coefficient",
    "break_even_conversion_rate", "max_referrer_reward",
};
constexpr std::string_view kGiftCardKeyFigures[] = {
    "net_profit", "roi", "new_customers", "campaign_cost", "campaign_return", "cost_per_new_customer",
    "breakage_rate", "breakage_value", "break_even_friend_conversion", "max_card_value",
};
// The business both directions of the referral log brought over the period reviewed.
constexpr std::string_view kVcpKeyFigures[] = {
    "contacts", "profitability_partners", "partner_gap", "portfolio_score", "referral_balance",
    "closed_value_given", "closed_value_received",
};

std::span<const std::string_view> key_figure_names(ScenarioKind kind) {
    switch (kind) {
        case ScenarioKind::program: return kProgramKeyFigures;
        case ScenarioKind::gift_card: return kGiftCardKeyFigures;
        case ScenarioKind::vcp: break;
    }
    return kVcpKeyFigures;
}

std::vector<FigureInfo> key_figures_of(ScenarioKind kind) {
    std::vector<FigureInfo> out;
    const auto headline = result_figures(kind, headline_part(kind));
    for (const auto name : key_figure_names(kind)) {
        for (const auto& info : headline) {
            if (info.name == name) out.push_back(info);
        }
    }
    return out;
}

Json figures_to_json(std::span<const FigureInfo> figures) {
    Json out = Json::array();
    for (const auto& f : figures) {
        Json figure = Json::object();
        figure.emplace("name", f.name);
        figure.emplace("unit", to_string(f.unit));
        figure.emplace("better", f.better);
        out.push_back(std::move(figure));
    }
    return out;
}

constexpr ScenarioKind kKinds[] = {ScenarioKind::program, ScenarioKind::gift_card, ScenarioKind::vcp};

std::span<const std::string_view> parts_of(ScenarioKind kind) {
    static constexpr std::string_view program[] = {"totals", "months"};
    static constexpr std::string_view gift_card[] = {"totals", "per_wave"};
    static constexpr std::string_view vcp[] = {"summary", "contacts"};
    switch (kind) {
        case ScenarioKind::program: return program;
        case ScenarioKind::gift_card: return gift_card;
        case ScenarioKind::vcp: break;
    }
    return vcp;
}

}  // namespace

std::string_view to_string(FigureUnit unit) {
    constexpr std::string_view names[] = {"money", "percent", "count", "integer", "month", "days",
                                          "score", "ratio",   "number", "level",  "date",  "text"};
    return names[static_cast<int>(unit)];
}

std::span<const FigureInfo> result_figures(ScenarioKind kind, std::string_view part) {
    static const auto months = infos_of(detail::kMonthFigures);
    static const auto program_totals = infos_of(detail::kProgramTotalFigures);
    static const auto waves = infos_of(detail::kWaveFigures);
    static const auto contacts = infos_of(detail::kContactFigures);
    static const auto summary = infos_of(detail::kVcpSummaryFigures);
    switch (kind) {
        case ScenarioKind::program:
            if (part == "totals") return program_totals;
            if (part == "months") return months;
            break;
        case ScenarioKind::gift_card:
            if (part == "totals") return gift_card_totals();
            if (part == "per_wave") return waves;
            break;
        case ScenarioKind::vcp:
            if (part == "summary") return summary;
            if (part == "contacts") return contacts;
            break;
    }
    return {};
}

std::string_view headline_part(ScenarioKind kind) { return kind == ScenarioKind::vcp ? "summary" : "totals"; }

std::span<const FigureInfo> key_figures(ScenarioKind kind) {
    static const std::vector<FigureInfo> program = key_figures_of(ScenarioKind::program);
    static const std::vector<FigureInfo> gift_card = key_figures_of(ScenarioKind::gift_card);
    static const std::vector<FigureInfo> vcp = key_figures_of(ScenarioKind::vcp);
    switch (kind) {
        case ScenarioKind::program: return program;
        case ScenarioKind::gift_card: return gift_card;
        case ScenarioKind::vcp: break;
    }
    return vcp;
}

Json result_metadata() {
    Json kinds = Json::object();
    for (const auto kind : kKinds) {
        Json parts = Json::object();
        for (const auto part : parts_of(kind)) parts.emplace(part, figures_to_json(result_figures(kind, part)));
        Json entry = Json::object();
        entry.emplace("headline", headline_part(kind));
        entry.emplace("parts", std::move(parts));
        entry.emplace("key_figures", figures_to_json(key_figures(kind)));
        kinds.emplace(to_string(kind), std::move(entry));
    }
    return kinds;
}

}  // namespace passaparola
