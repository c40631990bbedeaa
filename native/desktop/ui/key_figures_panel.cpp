#include <imgui.h>

#include "key_figures.hpp"
#include "panels.hpp"
#include "widgets.hpp"

namespace passaparola::desktop::ui {

std::string currency_of(const Document& document) {
    return std::visit(
        [](const auto& inputs) -> std::string {
            if constexpr (requires { inputs.currency; }) {
                return inputs.currency;
            } else {
                return {};
            }
        },
        document.scenario().inputs);
}

const Document& edited_document(const CalculatorTab& tab) {
    return tab.editing == Slot::b && tab.b ? *tab.b : tab.a;
}

bool draw_evaluation_problem(const UiContext& ui, const Document& document) {
    const Evaluation& evaluation = document.evaluation();
    if (evaluation.ok()) return false;
    colored_text(ui.palette.worse, ui.tr("ui.error.not_computed"));
    ImGui::TextWrapped("%s", evaluation.document.message().c_str());
    return true;
}

void draw_key_figures(const UiContext& ui, const CalculatorTab& tab) {
    const ScenarioKind kind = tab.a.kind();
    const Document* b = tab.b ? &*tab.b : nullptr;
    const bool a_ok = tab.a.evaluation().ok();
    const bool b_ok = b && b->evaluation().ok();
    if (!a_ok) draw_evaluation_problem(ui, tab.a);
    if (b && !b_ok) draw_evaluation_problem(ui, *b);
    if (!a_ok && !b_ok) return;
    const Json none = Json::object();
    const Json& a_result = a_ok ? tab.a.evaluation().document.value() : none;
    const Json& b_result = b_ok ? b->evaluation().document.value() : none;
    const auto rows = compare_key_figures(kind, a_result, b_result);
    const std::string currency_a = currency_of(tab.a);
    const std::string currency_b = b ? currency_of(*b) : currency_a;

    const int columns = b ? 4 : 2;
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("key_figures", columns, flags)) return;
    ImGui::TableSetupColumn(ui.tr("ui.scenario.key_figures"), ImGuiTableColumnFlags_WidthStretch, 1.6f);
    ImGui::TableSetupColumn(ui.tr("ui.scenario.a"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    if (b) {
        ImGui::TableSetupColumn(ui.tr("ui.scenario.b"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupColumn(ui.tr("ui.scenario.difference"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    }
    ImGui::TableHeadersRow();
    for (const auto& row : rows) {
        const std::string key = figure_label_key(kind, *row.figure);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", ui.tr(key));
        tooltip_for_last_item(ui.tr(key + ".help"));
        ImGui::TableNextColumn();
        if (a_ok) ImGui::TextUnformatted(format_figure(*row.figure, row.a, currency_a, ui.text, ui.numbers).c_str());
        if (!b) continue;
        ImGui::TableNextColumn();
        if (b_ok) ImGui::TextUnformatted(format_figure(*row.figure, row.b, currency_b, ui.text, ui.numbers).c_str());
        ImGui::TableNextColumn();
        if (row.difference) {
            const std::string text = format_difference(*row.figure, *row.difference, currency_b, ui.text, ui.numbers);
            const ImU32 color = row.verdict > 0   ? ui.palette.better
                                : row.verdict < 0 ? ui.palette.worse
                                                  : ImGui::GetColorU32(ImGuiCol_Text);
            colored_text(color, text);
        } else if (row.verdict != 0) {
            colored_text(row.verdict > 0 ? ui.palette.better : ui.palette.worse, row.verdict > 0 ? "\xE2\x96\xB2" : "\xE2\x96\xBC");
        }
    }
    ImGui::EndTable();
}

}  // namespace passaparola::desktop::ui
