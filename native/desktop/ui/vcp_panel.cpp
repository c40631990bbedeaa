#include <imgui.h>

#include <iterator>

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

// "Label: text" with the label's help as tooltip; `key` is a result.vcp.* figure.
void summary_line(const UiContext& ui, const std::string& key, const std::string& text) {
    ImGui::TextWrapped("%s: %s", ui.tr(key), text.c_str());
    tooltip_for_last_item(ui.tr(key + ".help"));
}

void name_list(const UiContext& ui, const std::string& key, const std::vector<std::string>& names) {
    if (names.empty()) return;
    std::string text;
    for (const auto& name : names) text += (text.empty() ? "" : ", ") + name;
    summary_line(ui, key, text);
}

std::string date_text(const UiContext& ui, const std::optional<Date>& date) {
    return date ? to_string(*date) : std::string(ui.tr("value.none"));
}

// What the log adds to the summary: the period the log's figures cover and
// the business closed (the key figures compare the closed business of A and B).
void log_summary(const UiContext& ui, const VcpSummary& summary) {
    summary_line(ui, "result.vcp.as_of", date_text(ui, summary.as_of));
    summary_line(ui, "result.vcp.window_days",
                 ui.numbers.integer(summary.window_days) + " " + ui.tr("unit.days"));
    name_list(ui, "result.vcp.top_sources", summary.top_sources);
}

void contact_table(const UiContext& ui, const VcpResult& result, std::string_view currency, int& selected) {
    heading(ui.tr("result.vcp.contacts"));
    if (result.contacts.empty()) {
        ImGui::TextWrapped("%s", ui.tr("ui.vcp.no_contacts"));
        return;
    }
    // Fixed widths with horizontal scrolling: fifteen columns never fit a
    // narrow panel, and truncated headers would hide what a column is.
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders | ImGuiTableFlags_ScrollX |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_Resizable;
    const float rows = std::min(static_cast<float>(result.contacts.size()) + 2.5f, 16.0f);
    constexpr int kColumns = 15;
    // One table per language: its columns fit that language's headers (ImGui
    // keeps a resizable table's widths, which would cut a longer translation).
    const std::string id = "contacts_" + std::string(ui.text.language());
    if (!ImGui::BeginTable(id.c_str(), kColumns, flags, ImVec2(0, ImGui::GetTextLineHeightWithSpacing() * rows))) return;
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
        {"result.vcp.referrals_given", "result.vcp.referrals_given.help"},
        {"result.vcp.referrals_received", "result.vcp.referrals_received.help"},
        {"result.vcp.log_given", "result.vcp.log_given.help"},
        {"result.vcp.log_received", "result.vcp.log_received.help"},
        {"result.vcp.closed_value_given", "result.vcp.closed_value_given.help"},
        {"result.vcp.closed_value_received", "result.vcp.closed_value_received.help"},
        {"result.vcp.last_referral", "result.vcp.last_referral.help"},
    };
    static_assert(std::size(headers) == kColumns);
    for (const auto& header : headers) ImGui::TableSetupColumn(ui.tr(header.label));
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (int i = 0; i < kColumns; ++i) {
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
        for (double rate : {contact.referrals_given, contact.referrals_received}) {
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(short_number(ui.numbers, rate, 2).c_str());
        }
        for (int count : {contact.log_given, contact.log_received}) {
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(ui.numbers.integer(count).c_str());
        }
        for (double value : {contact.closed_value_given, contact.closed_value_received}) {
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(ui.numbers.money(value, currency).c_str());
        }
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(date_text(ui, contact.last_referral).c_str());
    }
    ImGui::EndTable();
}

}  // namespace

void draw_vcp_results(const UiContext& ui, const CalculatorTab& tab, int& selected_contact) {
    draw_key_figures(ui, tab);
    const Document& document = edited_document(tab);
    const VcpResult* result = document.evaluation().vcp();
    if (!result) return;
    level_distribution(ui, result->summary);
    name_list(ui, "result.vcp.invest_next", result->summary.invest_next);
    log_summary(ui, result->summary);
    contact_table(ui, *result, currency_of(document), selected_contact);
}

}  // namespace passaparola::desktop::ui
