#include <imgui.h>

#include "charts.hpp"
#include "panels.hpp"
#include "widgets.hpp"

namespace passaparola::desktop::ui {
namespace {

const char* level_text(const UiContext& ui, Level level) {
    return ui.tr("level." + std::string(to_string(level)));
}

void level_cell(const UiContext& ui, Level level) {
    colored_text(ui.palette.levels[static_cast<int>(level)], level_text(ui, level));
    tooltip_for_last_item(ui.tr("level." + std::string(to_string(level)) + ".help"));
}

void level_distribution(const UiContext& ui, const VcpSummary& summary) {
    heading(ui.tr("ui.chart.levels"));
    std::vector<Step> levels;
    for (auto level : {Level::none, Level::visibility, Level::credibility, Level::profitability}) {
        const int i = static_cast<int>(level);
        levels.push_back({level_text(ui, level), static_cast<double>(summary.level_counts[static_cast<std::size_t>(i)]),
                          ui.palette.levels[i]});
    }
    category_chart(ui, "levels", levels, ImGui::GetFontSize() * 9, [&](double v) { return ui.numbers.number(v, 0); });
}

void invest_next(const UiContext& ui, const VcpSummary& summary) {
    if (summary.invest_next.empty()) return;
    std::string names;
    for (const auto& name : summary.invest_next) names += (names.empty() ? "" : ", ") + name;
    ImGui::TextWrapped("%s: %s", ui.tr("result.vcp.invest_next"), names.c_str());
    tooltip_for_last_item(ui.tr("result.vcp.invest_next.help"));
}

void contact_table(const UiContext& ui, const VcpResult& result, int& selected) {
    heading(ui.tr("result.vcp.contacts"));
    if (result.contacts.empty()) {
        ImGui::TextWrapped("%s", ui.tr("ui.vcp.no_contacts"));
        return;
    }
    // Fixed widths with horizontal scrolling: eight columns never fit a narrow
    // panel, and truncated headers would hide what a column is.
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders | ImGuiTableFlags_ScrollX |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_Resizable;
    const float rows = std::min(static_cast<float>(result.contacts.size()) + 2.5f, 16.0f);
    if (!ImGui::BeginTable("contacts", 8, flags, ImVec2(0, ImGui::GetTextLineHeightWithSpacing() * rows))) return;
    ImGui::TableSetupScrollFreeze(1, 1);
    struct Header {
        const char* label;
        const char* help;
    };
    constexpr Header headers[] = {
        {"contact.name.label", "contact.name.help"},
        {"result.vcp.mutual_level", "result.vcp.mutual_level.help"},
        {"result.vcp.score", "result.vcp.score.help"},
        {"result.vcp.referral_potential", "result.vcp.referral_potential.help"},
        {"result.vcp.next_action", "result.vcp.next_action.help"},
        {"result.vcp.level_mine", "result.vcp.level_mine.help"},
        {"result.vcp.level_theirs", "result.vcp.level_theirs.help"},
        {"result.vcp.referral_balance", "result.vcp.referral_balance.help"},
    };
    for (const auto& header : headers) ImGui::TableSetupColumn(ui.tr(header.label));
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (int i = 0; i < 8; ++i) {
        ImGui::TableSetColumnIndex(i);
        ImGui::TableHeader(ImGui::TableGetColumnName(i));
        tooltip_for_last_item(ui.tr(headers[i].help));
    }
    for (std::size_t i = 0; i < result.contacts.size(); ++i) {
        const auto& contact = result.contacts[i];
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::PushID(static_cast<int>(i));
        if (ImGui::Selectable(contact.name.c_str(), selected == static_cast<int>(i),
                              ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap)) {
            selected = static_cast<int>(i);
        }
        ImGui::PopID();
        ImGui::TableNextColumn();
        level_cell(ui, contact.mutual_level);
        ImGui::TableNextColumn();
        ImGui::Text("%d", contact.score);
        ImGui::TableNextColumn();
        ImGui::Text("%d", contact.referral_potential);
        ImGui::TableNextColumn();
        const std::string action = "action." + std::string(to_string(contact.next_action));
        ImGui::TextUnformatted(ui.tr(action));
        tooltip_for_last_item(ui.tr(action + ".help"));
        ImGui::TableNextColumn();
        level_cell(ui, contact.level_mine);
        ImGui::TableNextColumn();
        level_cell(ui, contact.level_theirs);
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(short_number(ui.numbers, contact.referral_balance, 2).c_str());
    }
    ImGui::EndTable();
}

}  // namespace

void draw_vcp_results(const UiContext& ui, const CalculatorTab& tab, int& selected_contact) {
    draw_key_figures(ui, tab);
    const VcpResult* result = edited_document(tab).evaluation().vcp();
    if (!result) return;
    level_distribution(ui, result->summary);
    invest_next(ui, result->summary);
    contact_table(ui, *result, selected_contact);
}

}  // namespace passaparola::desktop::ui
