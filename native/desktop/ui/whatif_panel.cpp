#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <functional>

#include "charts.hpp"
#include "input_form.hpp"
#include "panels.hpp"
#include "widgets.hpp"

namespace passaparola::desktop::ui {
namespace {

constexpr double kMinTrials = 1000;
constexpr double kMaxShownTrials = 1'000'000;  // more is allowed by the core but costs memory for nothing here
constexpr std::size_t kTornadoBars = 8;

// The scenario's own net profit: the axis of the tornado.
double net_profit_of(const Evaluation& evaluation) {
    if (const auto* program = evaluation.program()) return program->totals.net_profit();
    if (const auto* gift_card = evaluation.gift_card()) return gift_card->totals.net_profit;
    return 0;
}

void run_controls(const UiContext& ui, SimulationOptions& options) {
    if (!ImGui::BeginTable("run", 4, ImGuiTableFlags_SizingStretchProp)) return;
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(ui.tr("whatif.trials"));
    tooltip_for_last_item(ui.tr("whatif.trials.help"));
    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-FLT_MIN);
    double trials = static_cast<double>(options.trials);
    bool typed = false;
    if (display_slider("##trials", &trials, kMinTrials, kMaxShownTrials, ui.numbers.number(trials, 0), true, &typed)) {
        options.trials = static_cast<std::uint64_t>(std::clamp(std::round(trials), kMinTrials, kMaxShownTrials));
    }
    tooltip_for_last_item(ui.tr("whatif.trials.help"));
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(ui.tr("whatif.seed"));
    tooltip_for_last_item(ui.tr("whatif.seed.help"));
    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputScalar("##seed", ImGuiDataType_U64, &options.seed);
    tooltip_for_last_item(ui.tr("whatif.seed.help"));
    ImGui::EndTable();
}

void summary_table(const UiContext& ui, ScenarioKind kind, const Simulation& simulation, const std::string& currency) {
    const std::string prefix = "result." + std::string(to_string(kind)) + ".";
    struct Row {
        std::string label;
        const TrialSummary* summary;
        std::function<std::string(double)> text;
    };
    const Row rows[] = {
        {ui.tr(prefix + "net_profit"), &simulation.net_profit, [&](double v) { return ui.numbers.money(v, currency, 0); }},
        {ui.tr(prefix + "roi"), &simulation.roi, [&](double v) { return ui.numbers.percent(v, 1); }},
        {ui.tr(prefix + (kind == ScenarioKind::program ? "referred_customers" : "new_customers")),
         &simulation.new_customers, [&](double v) { return short_number(ui.numbers, v, 1); }},
    };
    const char* columns[] = {"whatif.p10", "whatif.p50", "whatif.p90", "whatif.mean"};
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("spread", 5, flags)) return;
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthStretch, 1.4f);
    for (const char* key : columns) ImGui::TableSetupColumn(ui.tr(key), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (int i = 0; i < 5; ++i) {
        ImGui::TableSetColumnIndex(i);
        ImGui::TableHeader(ImGui::TableGetColumnName(i));
        if (i > 0 && i < 4) tooltip_for_last_item(ui.tr(std::string(columns[i - 1]) + ".help"));
    }
    for (const auto& row : rows) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(row.label.c_str());
        const TrialSummary& s = *row.summary;
        for (const auto& value : {s.p10, s.p50, s.p90, s.mean}) {
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(value ? row.text(*value).c_str() : ui.tr("value.none"));
        }
    }
    ImGui::EndTable();
    const std::string loss = ui.numbers.percent(simulation.probability_of_loss, 1);
    ImGui::Text("%s: %s", ui.tr("whatif.probability_of_loss"), loss.c_str());
    tooltip_for_last_item(ui.tr("whatif.probability_of_loss.help"));
}

void tornado(const UiContext& ui, const Document& document, const std::string& currency) {
    heading(ui.tr("whatif.sensitivity"));
    tooltip_for_last_item(ui.tr("whatif.sensitivity.help"));
    const Evaluation& evaluation = document.evaluation();
    if (!evaluation.sensitivity || !evaluation.ok()) return;
    if (!evaluation.sensitivity->ok()) {
        ImGui::TextWrapped("%s", evaluation.sensitivity->message().c_str());
        return;
    }
    const ScenarioKind kind = document.kind();
    const std::string kind_name(to_string(kind));
    const auto money = [&](double v) { return ui.numbers.money(v, currency, 0); };
    std::vector<TornadoBar> bars;
    for (const auto& row : evaluation.sensitivity->value()) {
        if (bars.size() == kTornadoBars) break;
        const InputInfo* info = find_input(kind, row.input);
        if (!info) continue;
        const std::string tooltip = std::string(ui.tr("whatif.low")) + ": " + input_value_text(ui, *info, row.low, currency) +
                                    " \xE2\x86\x92 " + money(row.net_profit_low) + "\n" + ui.tr("whatif.high") + ": " +
                                    input_value_text(ui, *info, row.high, currency) + " \xE2\x86\x92 " +
                                    money(row.net_profit_high) + "\n" + ui.tr("whatif.swing") + ": " + money(row.swing);
        bars.push_back({ui.tr("input." + kind_name + "." + row.input + ".label"), row.net_profit_low, row.net_profit_high,
                        tooltip});
    }
    const Series keys[] = {{{}, ui.palette.series_a, ui.tr("whatif.low")}, {{}, ui.palette.series_b, ui.tr("whatif.high")}};
    legend(keys);
    tornado_chart(ui, "tornado", net_profit_of(evaluation), bars, money);
}

}  // namespace

void draw_whatif(const UiContext& ui, const CalculatorTab& tab, const WhatIfView& view, SimulationOptions& options) {
    const Document& document = edited_document(tab);
    const std::string currency = currency_of(document);
    heading(ui.tr("whatif.range_of_outcomes"));
    tooltip_for_last_item(ui.tr("whatif.range_of_outcomes.help"));
    ImGui::TextWrapped("%s", ui.tr("ui.widget.whatif.intro"));
    run_controls(ui, options);
    if (view.running) {
        ImGui::ProgressBar(static_cast<float>(view.progress), ImVec2(-FLT_MIN, 0), ui.tr("ui.widget.whatif.running"));
    }
    if (!view.uncertain) {
        ImGui::TextWrapped("%s", ui.tr("ui.widget.whatif.no_ranges"));
    } else if (view.problems) {
        colored_text(ui.palette.worse, ui.tr("ui.error.not_computed"));
        for (const auto& problem : *view.problems) ImGui::TextWrapped("%s", problem.message().c_str());
    } else if (view.simulation) {
        // An earlier run stays visible, faded, until the new one is done.
        ImGui::PushStyleVar(ImGuiStyleVar_Alpha, view.current ? 1.0f : 0.55f);
        summary_table(ui, document.kind(), *view.simulation, currency);
        heading(ui.tr("whatif.histogram"));
        histogram_chart(ui, "histogram", view.simulation->histogram.edges, view.simulation->histogram.counts,
                        ImGui::GetFontSize() * 9, [&](double v) { return ui.numbers.money(v, currency, 0); });
        ImGui::PopStyleVar();
    }
    tornado(ui, document, currency);
}

}  // namespace passaparola::desktop::ui
