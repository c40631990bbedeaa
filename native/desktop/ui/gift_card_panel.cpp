#include <imgui.h>

#include "charts.hpp"
#include "panels.hpp"
#include "widgets.hpp"

namespace passaparola::desktop::ui {
namespace {

using Member = double GiftCardWave::*;

struct Row {
    const char* name;
    Member member;
    bool money;
};

// The members of a wave in the spec's order (§3); totals hold the same × waves.
constexpr Row kWaveRows[] = {
    {"cards_sent", &GiftCardWave::cards_sent, false},
    {"cards_passed_on", &GiftCardWave::cards_passed_on, false},
    {"friend_redemptions", &GiftCardWave::friend_redemptions, false},
    {"self_redemptions", &GiftCardWave::self_redemptions, false},
    {"unredeemed_cards", &GiftCardWave::unredeemed_cards, false},
    {"new_customers", &GiftCardWave::new_customers, false},
    {"card_cost", &GiftCardWave::card_cost, true},
    {"gift_cost", &GiftCardWave::gift_cost, true},
    {"reward_cost", &GiftCardWave::reward_cost, true},
    {"purchase_margin", &GiftCardWave::purchase_margin, true},
    {"customer_value", &GiftCardWave::customer_value, true},
};

void funnel(const UiContext& ui, const char* id, const GiftCardResult& result) {
    const auto& t = result.totals;
    const Step steps[] = {
        {ui.tr("result.gift_card.cards_sent"), t.cards_sent, ui.palette.funnel[0]},
        {ui.tr("result.gift_card.cards_passed_on"), t.cards_passed_on, ui.palette.funnel[1]},
        {ui.tr("result.gift_card.friend_redemptions"), t.friend_redemptions, ui.palette.funnel[2]},
        {ui.tr("result.gift_card.new_customers"), t.new_customers, ui.palette.funnel[3]},
    };
    funnel_chart(ui, id, steps, [&](double v) { return short_number(ui.numbers, v, 1); });
}

void wave_table(const UiContext& ui, const GiftCardResult& result, const std::string& currency) {
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("waves", 3, flags)) return;
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthStretch, 1.6f);
    ImGui::TableSetupColumn(ui.tr("ui.table.per_wave"), ImGuiTableColumnFlags_WidthStretch, 0.9f);
    ImGui::TableSetupColumn(ui.tr("ui.table.total"), ImGuiTableColumnFlags_WidthStretch, 0.9f);
    ImGui::TableHeadersRow();
    for (const auto& row : kWaveRows) {
        const std::string key = std::string("result.gift_card.") + row.name;
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(ui.tr(key));
        tooltip_for_last_item(ui.tr(key + ".help"));
        for (const GiftCardWave* part : {&result.per_wave, static_cast<const GiftCardWave*>(&result.totals)}) {
            ImGui::TableNextColumn();
            const double value = part->*row.member;
            const std::string text = row.money ? ui.numbers.money(value, currency, 2) : short_number(ui.numbers, value, 1);
            ImGui::TextUnformatted(text.c_str());
        }
    }
    ImGui::EndTable();
}

}  // namespace

void draw_gift_card_results(const UiContext& ui, const CalculatorTab& tab) {
    draw_key_figures(ui, tab);
    heading(ui.tr("ui.chart.funnel"));
    if (tab.b) {
        if (ImGui::BeginTable("funnels", 2)) {
            const Document* documents[] = {&tab.a, &*tab.b};
            const char* names[] = {"ui.scenario.a", "ui.scenario.b"};
            for (int i = 0; i < 2; ++i) {
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(ui.tr(names[i]));
                if (const auto* result = documents[i]->evaluation().gift_card()) funnel(ui, names[i], *result);
            }
            ImGui::EndTable();
        }
    } else if (const auto* result = tab.a.evaluation().gift_card()) {
        funnel(ui, "a", *result);
    }
    const Document& edited = edited_document(tab);
    if (const auto* result = edited.evaluation().gift_card()) {
        ImGui::Spacing();
        if (ImGui::CollapsingHeader(ui.tr("ui.results"), ImGuiTreeNodeFlags_DefaultOpen)) {
            wave_table(ui, *result, currency_of(edited));
        }
    }
}

}  // namespace passaparola::desktop::ui
