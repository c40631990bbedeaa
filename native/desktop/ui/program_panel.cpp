#include <imgui.h>

#include <vector>

#include "charts.hpp"
#include "panels.hpp"
#include "widgets.hpp"

namespace passaparola::desktop::ui {
namespace {

using Member = double ProgramMonth::*;

std::vector<double> column(const ProgramResult& result, Member member) {
    std::vector<double> values;
    values.reserve(result.months.size());
    for (const auto& month : result.months) values.push_back(month.*member);
    return values;
}

struct TableColumn {
    const char* name;
    Member member;
    bool money;
};

constexpr TableColumn kMonthColumns[] = {
    {"referring_customers", &ProgramMonth::referring_customers, false},
    {"leads", &ProgramMonth::leads, false},
    {"deciding", &ProgramMonth::deciding, false},
    {"new_referred", &ProgramMonth::new_referred, false},
    {"new_incremental", &ProgramMonth::new_incremental, false},
    {"referred_active", &ProgramMonth::referred_active, false},
    {"revenue", &ProgramMonth::revenue, true},
    {"incremental_revenue", &ProgramMonth::incremental_revenue, true},
    {"gross_profit", &ProgramMonth::gross_profit, true},
    {"reward_cost", &ProgramMonth::reward_cost, true},
    {"fee_cost", &ProgramMonth::fee_cost, true},
    {"donation_cost", &ProgramMonth::donation_cost, true},
    {"fixed_cost", &ProgramMonth::fixed_cost, true},
    {"program_cost", &ProgramMonth::program_cost, true},
    {"net", &ProgramMonth::net, true},
    {"cumulative_net", &ProgramMonth::cumulative_net, true},
};

void month_table(const UiContext& ui, const ProgramResult& result, const std::string& currency) {
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders | ImGuiTableFlags_ScrollX |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingFixedFit;
    const float height = ImGui::GetTextLineHeightWithSpacing() * 14;
    if (!ImGui::BeginTable("months", 1 + static_cast<int>(std::size(kMonthColumns)), flags, ImVec2(0, height))) return;
    ImGui::TableSetupScrollFreeze(1, 1);
    ImGui::TableSetupColumn(ui.tr("result.program.month"));
    for (const auto& c : kMonthColumns) ImGui::TableSetupColumn(ui.tr(std::string("result.program.") + c.name));
    ImGui::TableHeadersRow();
    for (const auto& month : result.months) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::Text("%d", month.month);
        for (const auto& c : kMonthColumns) {
            ImGui::TableNextColumn();
            const double value = month.*c.member;
            const std::string text = c.money ? ui.numbers.money(value, currency, 0) : ui.numbers.number(value, 1);
            ImGui::TextUnformatted(text.c_str());
        }
    }
    ImGui::EndTable();
}

}  // namespace

void draw_program_results(const UiContext& ui, const CalculatorTab& tab, const Simulation* simulation) {
    draw_key_figures(ui, tab);
    const Document& edited = edited_document(tab);
    const std::string currency = currency_of(edited);
    const ValueText money = [&](double v) { return ui.numbers.money(v, currency, 0); };
    const float chart_height = ImGui::GetFontSize() * 14;

    heading(ui.tr("ui.chart.cumulative"));
    // Both scenarios on one chart; the values must outlive the spans of the series.
    std::vector<std::vector<double>> cumulative;
    std::vector<int> slots;
    const Document* documents[] = {&tab.a, tab.b ? &*tab.b : nullptr};
    for (int i = 0; i < 2; ++i) {
        const ProgramResult* shown = documents[i] ? documents[i]->evaluation().program() : nullptr;
        if (!shown) continue;
        cumulative.push_back(column(*shown, &ProgramMonth::cumulative_net));
        slots.push_back(i);
    }
    std::vector<Series> series;
    for (std::size_t k = 0; k < slots.size(); ++k) {
        const bool is_b = slots[k] == 1;
        series.push_back({cumulative[k], is_b ? ui.palette.series_b : ui.palette.series_a,
                          ui.tr(is_b ? "ui.scenario.b" : "ui.scenario.a"), is_b});
    }
    const ProgramResult* result = edited.evaluation().program();
    if (series.empty() || !result) return;
    std::optional<MonthMarker> payback;
    if (result->totals.payback_month) {
        const std::string month = std::to_string(*result->totals.payback_month);
        payback = MonthMarker{*result->totals.payback_month,
                              i18n::format(ui.tr("ui.chart.payback"), {{"month", month}}), ui.palette.marker};
    } else {
        colored_text(ui.palette.worse, ui.tr("ui.chart.no_payback"));
    }
    std::optional<Band> band;
    std::string band_name;
    const CumulativeNetBand* spread = simulation && simulation->cumulative_net_band ? &*simulation->cumulative_net_band : nullptr;
    if (spread && spread->p10.size() == result->months.size()) {
        band_name = i18n::format(ui.tr("ui.whatif.band"), {{"trials", ui.numbers.number(static_cast<double>(spread->trials), 0)}});
        const ImU32 edited_color = tab.b && tab.editing == Slot::b ? ui.palette.series_b : ui.palette.series_a;
        band = Band{spread->p10, spread->p90, (edited_color & 0x00FFFFFFu) | 0x40000000u, band_name.c_str()};
    }
    if (series.size() > 1) legend(series);
    if (band) {
        if (series.size() > 1) ImGui::SameLine(0, ImGui::GetFontSize());
        const Series shade[] = {{{}, band->color, band->name}};
        legend(shade);
    }
    line_chart(ui, "cumulative", series, chart_height, money, payback, band);

    heading(ui.tr("ui.chart.profit_vs_cost"));
    const std::vector<double> profit = column(*result, &ProgramMonth::gross_profit);
    const std::vector<double> cost = column(*result, &ProgramMonth::program_cost);
    const Series bars[] = {{profit, ui.palette.profit, ui.tr("result.program.gross_profit")},
                           {cost, ui.palette.cost, ui.tr("result.program.program_cost")}};
    legend(bars);
    month_bar_chart(ui, "profit_vs_cost", bars, chart_height, money);

    ImGui::Spacing();
    if (ImGui::CollapsingHeader(ui.tr("ui.table.monthly"))) month_table(ui, *result, currency);
}

}  // namespace passaparola::desktop::ui
