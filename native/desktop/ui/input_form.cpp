#include "input_form.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "widgets.hpp"

namespace passaparola::desktop::ui {
namespace {

double round_to(double value, int decimals) {
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

bool draw_real(const UiContext& ui, const InputInfo& info, Json& value, std::string_view currency, bool* continuous) {
    const bool percent = info.kind == InputKind::rate;
    const double unit = percent ? 100.0 : 1.0;  // rates are edited in percent
    const double current = value.get<double>();
    double shown = current * unit;
    const double slider_max = std::max(info.slider_max > 0 ? info.slider_max : info.max, current);
    const bool logarithmic = !percent && info.slider_max >= 100 && info.min >= 0;
    bool typed = false;
    if (!display_slider("##value", &shown, info.min * unit, slider_max * unit,
                        input_value_text(ui, info, current, currency), logarithmic, &typed)) {
        return false;
    }
    if (!typed) shown = round_to(shown, display_decimals(info, shown));
    const double next = std::clamp(shown / unit, info.min, info.max);
    if (!std::isfinite(next) || next == current) return false;
    value = next;
    *continuous = true;
    return true;
}

bool draw_integer(const UiContext& ui, const InputInfo& info, Json& value, std::string_view currency,
                  bool* continuous) {
    int current = value.get<int>();
    const int slider_max = std::max(static_cast<int>(info.slider_max > 0 ? info.slider_max : info.max), current);
    int next = current;
    if (!display_slider_int("##value", &next, static_cast<int>(info.min), slider_max,
                            input_value_text(ui, info, current, currency))) {
        return false;
    }
    next = std::clamp(next, static_cast<int>(info.min), static_cast<int>(info.max));
    if (next == current) return false;
    value = next;
    *continuous = true;
    return true;
}

bool draw_choice(const UiContext& ui, const InputInfo& info, Json& value) {
    const std::string current = value.get<std::string>();
    const std::string prefix = "choice." + std::string(info.name) + ".";
    bool changed = false;
    if (ImGui::BeginCombo("##value", ui.tr(prefix + current))) {
        for (auto choice : info.choices) {
            const std::string key = prefix + std::string(choice);
            if (ImGui::Selectable(ui.tr(key), choice == current)) {
                value = std::string(choice);
                changed = choice != current;
            }
            tooltip_for_last_item(ui.tr(key + ".help"));
        }
        ImGui::EndCombo();
    }
    return changed;
}

// Three letters; the document keeps the last valid code while one is typed.
bool draw_currency(Json& value, bool* continuous) {
    char code[4] = {};
    value.get<std::string>().copy(code, 3);
    if (!ImGui::InputText("##value", code, sizeof code, ImGuiInputTextFlags_CharsUppercase |
                                                          ImGuiInputTextFlags_CharsNoBlank)) {
        return false;
    }
    value = std::string(code);
    *continuous = true;
    return true;
}

// YYYY-MM-DD, or empty for none (null); the document keeps the last valid
// date while one is typed.
bool draw_date(const UiContext& ui, Json& value, bool* continuous) {
    char text[11] = {};
    if (value.is_string()) value.get<std::string>().copy(text, 10);
    if (!ImGui::InputTextWithHint("##value", ui.tr("ui.date.hint"), text, sizeof text,
                                  ImGuiInputTextFlags_CharsNoBlank)) {
        return false;
    }
    *continuous = true;
    if (text[0] == '\0') {
        value = nullptr;
        return true;
    }
    if (!parse_iso_date(text)) return false;
    value = std::string(text);
    return true;
}

std::string range_text(const UiContext& ui, const InputInfo& info, std::string_view currency) {
    if (!info.is_real_valued() && info.kind != InputKind::integer) return {};
    return i18n::format(ui.tr("ui.help.range"), {{"min", input_value_text(ui, info, info.min, currency)},
                                                 {"max", input_value_text(ui, info, info.max, currency)}});
}

std::string default_text(const UiContext& ui, const InputInfo& info, std::string_view currency) {
    const Json& value = info.default_value;
    std::string shown;
    if (value.is_number()) {
        shown = input_value_text(ui, info, value.get<double>(), currency);
    } else if (value.is_boolean() || value.is_null()) {
        return {};
    } else if (info.kind == InputKind::choice) {
        shown = ui.tr("choice." + std::string(info.name) + "." + value.get<std::string>());
    } else if (value.is_string()) {
        shown = value.get<std::string>();
    }
    return i18n::format(ui.tr("ui.help.default"), {{"value", shown}});
}

constexpr const char* kBounds[] = {"low", "likely", "high"};

// A new range around the value: ±20 % (as the tornado uses), inside the input's range.
Json default_range(const InputInfo& info, double value) {
    const double a = std::clamp(std::min(0.8 * value, 1.2 * value), info.min, info.max);
    const double b = std::clamp(std::max(0.8 * value, 1.2 * value), info.min, info.max);
    return {{"low", a}, {"likely", std::clamp(value, a, b)}, {"high", b}};
}

// Keeps low ≤ likely ≤ high after one bound moved, by moving the others along.
void keep_order(Json& range, int moved) {
    double low = range["low"].get<double>(), likely = range["likely"].get<double>(), high = range["high"].get<double>();
    if (moved == 0) {
        likely = std::max(likely, low);
        high = std::max(high, likely);
    } else if (moved == 2) {
        likely = std::min(likely, high);
        low = std::min(low, likely);
    } else {
        low = std::min(low, likely);
        high = std::max(high, likely);
    }
    range = {{"low", low}, {"likely", likely}, {"high", high}};
}

// The toggle in the third column; true when it changed `uncertainty`.
bool draw_range_toggle(const UiContext& ui, const InputInfo& info, Json& uncertainty, double value) {
    const std::string name(info.name);
    bool on = uncertainty.contains(name);
    if (!ImGui::Checkbox("##range", &on)) {
        tooltip_for_last_item(ui.tr("ui.whatif.toggle"));
        return false;
    }
    if (on) {
        uncertainty[name] = default_range(info, value);
    } else {
        uncertainty.erase(name);
    }
    return true;
}

// Low, likely and high side by side; returns the bound moved (-1 for none).
int draw_range(const UiContext& ui, const InputInfo& info, Json& range, std::string_view currency, bool* continuous,
               bool* released) {
    const float spacing = ImGui::GetStyle().ItemInnerSpacing.x;
    const float width = (ImGui::GetContentRegionAvail().x - 2 * spacing) / 3;
    int moved = -1;
    for (int i = 0; i < 3; ++i) {
        if (i > 0) ImGui::SameLine(0, spacing);
        ImGui::PushID(i);
        ImGui::SetNextItemWidth(width);
        bool bound_continuous = false;
        if (draw_input_control(ui, info, range[kBounds[i]], currency, &bound_continuous)) {
            moved = i;
            *continuous = bound_continuous;
        }
        if (ImGui::IsItemDeactivated()) *released = true;
        tooltip_for_last_item(std::string(ui.tr(std::string("whatif.") + kBounds[i])) + ": " +
                              ui.tr(std::string("whatif.") + kBounds[i] + ".help"));
        ImGui::PopID();
    }
    if (moved >= 0) keep_order(range, moved);
    return moved;
}

}  // namespace

std::string input_value_text(const UiContext& ui, const InputInfo& info, double value, std::string_view currency) {
    return desktop::input_value_text(info, value, currency, ui.text, ui.numbers);
}

std::string input_tooltip(const UiContext& ui, const InputInfo& info, const char* help, std::string_view currency) {
    std::string text = help;
    for (const std::string& line : {range_text(ui, info, currency), default_text(ui, info, currency)}) {
        if (!line.empty()) text += "\n" + line;
    }
    if (info.is_real_valued() || info.kind == InputKind::integer) text += std::string("\n") + ui.tr("ui.help.type_value");
    return text;
}

bool draw_input_control(const UiContext& ui, const InputInfo& info, Json& value, std::string_view currency,
                        bool* continuous) {
    *continuous = false;
    switch (info.kind) {
        case InputKind::rate:
        case InputKind::money:
        case InputKind::count: return draw_real(ui, info, value, currency, continuous);
        case InputKind::integer: return draw_integer(ui, info, value, currency, continuous);
        case InputKind::boolean: {
            bool checked = value.get<bool>();
            if (!ImGui::Checkbox("##value", &checked)) return false;
            value = checked;
            return true;
        }
        case InputKind::choice: return draw_choice(ui, info, value);
        case InputKind::currency: return draw_currency(value, continuous);
        case InputKind::date: return draw_date(ui, value, continuous);
        case InputKind::list: break;
    }
    return false;
}

FormChange draw_input_form(const UiContext& ui, const Scenario& scenario, bool ranges,
                           const std::map<std::string, std::string, std::less<>>& notes) {
    FormChange change;
    const std::string kind(to_string(scenario.kind()));
    Json document = write_scenario(scenario);
    Json& inputs = document["inputs"];
    if (ranges && !document.contains("uncertainty")) document["uncertainty"] = Json::object();
    const std::string currency = inputs.value("currency", std::string());
    const auto commit = [&](std::string group) {
        if (ranges && document["uncertainty"].empty()) document.erase("uncertainty");
        // A null input is an absent one (an as_of date left empty): the document omits it.
        for (auto it = inputs.begin(); it != inputs.end();) it = it->is_null() ? inputs.erase(it) : std::next(it);
        auto next = read_scenario(document);
        if (!next.ok()) return;
        change.scenario = std::move(next).value();
        change.group = std::move(group);
    };
    if (!ImGui::BeginTable("inputs", ranges ? 3 : 2, ImGuiTableFlags_SizingStretchProp)) return change;
    ImGui::TableSetupColumn("label", ImGuiTableColumnFlags_WidthStretch, 0.48f);
    ImGui::TableSetupColumn("control", ImGuiTableColumnFlags_WidthStretch, 0.52f);
    if (ranges) ImGui::TableSetupColumn("range", ImGuiTableColumnFlags_WidthFixed);
    for (const auto& info : input_infos(scenario.kind())) {
        if (info.kind == InputKind::list) continue;
        const std::string name(info.name);
        const std::string key = "input." + kind + "." + name;
        std::string tooltip = input_tooltip(ui, info, ui.tr(key + ".help"), currency);
        const auto note = notes.find(name);
        if (note != notes.end()) tooltip += "\n\n" + note->second;
        ImGui::PushID(name.c_str());
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        // A value from a preset carries a mark: its source is in the tooltip.
        // A no-break space keeps the preset's mark on the label's last line.
        ImGui::TextWrapped("%s%s", ui.tr(key + ".label"), note != notes.end() ? "\xC2\xA0\xE2\x80\xA2" : "");
        tooltip_for_last_item(tooltip);
        ImGui::TableNextColumn();
        ImGui::SetNextItemWidth(-FLT_MIN);
        Json& value = inputs[name];
        bool continuous = false;
        if (draw_input_control(ui, info, value, currency, &continuous)) commit(continuous ? name : std::string());
        tooltip_for_last_item(tooltip);
        if (ImGui::IsItemDeactivated()) change.released = true;
        if (ranges) {
            ImGui::TableNextColumn();
            Json& uncertainty = document["uncertainty"];
            if (info.is_real_valued() && draw_range_toggle(ui, info, uncertainty, value.get<double>())) commit({});
            if (uncertainty.contains(name)) {
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
                ImGui::TextWrapped("%s", ui.tr("ui.whatif.range"));
                ImGui::PopStyleColor();
                tooltip_for_last_item(ui.tr("ui.whatif.toggle"));
                ImGui::TableNextColumn();
                bool range_continuous = false;
                const int moved = draw_range(ui, info, uncertainty[name], currency, &range_continuous, &change.released);
                if (moved >= 0) commit(range_continuous ? "range." + name + "." + kBounds[moved] : std::string());
                ImGui::TableNextColumn();
            }
        }
        ImGui::PopID();
    }
    ImGui::EndTable();
    return change;
}

}  // namespace passaparola::desktop::ui
