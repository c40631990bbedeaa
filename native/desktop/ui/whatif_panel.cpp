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

// The scenario's own decision profit (a program's counts the value after the
// horizon, spec §2): the axis of the tornado.
double net_profit_of(const Evaluation& evaluation) {
    if (const auto* program = evaluation.program()) return program->totals.net_profit_with_tail();
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

// Beside B's (`narrow`), the table leaves out the mean and the figures take only
// the width they need, so the labels wrap at their spaces.
void summary_table(const UiContext& ui, ScenarioKind kind, const Simulation& simulation, const std::string& currency,
                   bool narrow) {
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
    // Short headings; the tooltip spells each one out.
    struct Column {
        const char* heading;
        const char* name;
    };
    const Column columns[] = {{"ui.app.heading.p10", "whatif.p10"},
                              {"ui.app.heading.p50", "whatif.p50"},
                              {"ui.app.heading.p90", "whatif.p90"},
                              {"whatif.mean", "whatif.mean"}};
    const int figures = narrow ? 3 : 4;
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("spread", 1 + figures, flags)) return;
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthStretch, 1.4f);
    for (int i = 0; i < figures; ++i) {
        ImGui::TableSetupColumn(ui.tr(columns[i].heading),
                                narrow ? ImGuiTableColumnFlags_WidthFixed : ImGuiTableColumnFlags_WidthStretch, narrow ? 0.0f : 1.0f);
    }
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (int i = 0; i <= figures; ++i) {
        ImGui::TableSetColumnIndex(i);
        ImGui::TableHeader(ImGui::TableGetColumnName(i));
        if (i == 0) continue;
        const std::string name = columns[i - 1].name;
        tooltip_for_last_item(i < 4 ? ui.tr(name) + std::string(": ") + ui.tr(name + ".help") : ui.tr(name));
    }
    for (const auto& row : rows) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", row.label.c_str());
        const TrialSummary& s = *row.summary;
        const std::optional<double> values[] = {s.p10, s.p50, s.p90, s.mean};
        for (int i = 0; i < figures; ++i) {
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(values[i] ? row.text(*values[i]).c_str() : ui.tr("value.none"));
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

// One document's simulation: progress, the spread of its figures and the histogram.
void outcomes(const UiContext& ui, const Document& document, const WhatIfView& view, bool narrow) {
    const std::string currency = currency_of(document);
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
        summary_table(ui, document.kind(), *view.simulation, currency, narrow);
        heading(ui.tr("whatif.histogram"));
        histogram_chart(ui, "histogram", view.simulation->histogram.edges, view.simulation->histogram.counts,
                        ImGui::GetFontSize() * 9, [&](double v) { return ui.numbers.money(v, currency, 0); });
        ImGui::PopStyleVar();
    }
}

}  // namespace

void draw_whatif(const UiContext& ui, const CalculatorTab& tab, const WhatIfView (&views)[2], SimulationOptions& options) {
    heading(ui.tr("whatif.range_of_outcomes"));
    tooltip_for_last_item(ui.tr("whatif.range_of_outcomes.help"));
    ImGui::TextWrapped("%s", ui.tr("ui.widget.whatif.intro"));
    run_controls(ui, options);
    if (!tab.b) {
        outcomes(ui, tab.a, views[0], false);
    } else if (ImGui::BeginTable("whatif_ab", 2, ImGuiTableFlags_BordersInnerV)) {
        const Document* documents[] = {&tab.a, &*tab.b};
        const char* names[] = {"ui.scenario.a", "ui.scenario.b"};
        for (int slot = 0; slot < 2; ++slot) {
            ImGui::TableNextColumn();
            ImGui::PushID(slot);
            colored_text(slot == 0 ? ui.palette.series_a : ui.palette.series_b, ui.tr(names[slot]));
            outcomes(ui, *documents[slot], views[slot], true);
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    const Document& edited = edited_document(tab);
    tornado(ui, edited, currency_of(edited));
}

}  // namespace passaparola::desktop::ui
