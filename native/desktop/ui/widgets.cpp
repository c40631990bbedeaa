#include "widgets.hpp"

#include <imgui_internal.h>

namespace passaparola::desktop::ui {
namespace {

// ImGui prints the value with `format`; a format without a conversion shows
// as literal text, so '%' in our text must be doubled.
std::string literal_format(const std::string& text) {
    std::string format;
    for (char c : text) {
        if (c == '%') format += '%';
        format += c;
    }
    return format;
}

// While ImGui turns a slider into a text field (Ctrl+click, Tab), it reads the
// value through the format: then it must be a plain conversion. The click
// that starts it already uses the format, hence the check of Ctrl and Tab.
bool will_type(ImGuiID id) {
    const ImGuiIO& io = ImGui::GetIO();
    return ImGui::TempInputIsActive(id) || io.KeyCtrl || ImGui::IsKeyDown(ImGui::GetKeyIndex(ImGuiKey_Tab));
}

}  // namespace

void tooltip_for_last_item(std::string_view text) {
    // Not while the item is dragged: the tooltip would cover the value.
    // Disabled items explain themselves too (why a value cannot be changed).
    if (text.empty() || !ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled) || ImGui::IsItemActive()) return;
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28.0f);
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

void heading(const char* text) {
    ImGuiIO& io = ImGui::GetIO();
    ImFont* bold = io.Fonts->Fonts.Size > 1 ? io.Fonts->Fonts[1] : nullptr;
    ImGui::Spacing();
    if (bold) ImGui::PushFont(bold);
    ImGui::TextUnformatted(text);
    if (bold) ImGui::PopFont();
    ImGui::Separator();
}

bool display_slider(const char* id, double* value, double min, double max, const std::string& display,
                    bool logarithmic, bool* typed) {
    const ImGuiID item = ImGui::GetID(id);
    *typed = will_type(item);
    const std::string format = *typed ? std::string("%.6g") : literal_format(display);
    ImGuiSliderFlags flags = ImGuiSliderFlags_NoRoundToFormat;
    if (logarithmic) flags |= ImGuiSliderFlags_Logarithmic;
    return ImGui::SliderScalar(id, ImGuiDataType_Double, value, &min, &max, format.c_str(), flags);
}

bool display_slider_int(const char* id, int* value, int min, int max, const std::string& display) {
    const ImGuiID item = ImGui::GetID(id);
    const std::string format = will_type(item) ? std::string("%d") : literal_format(display);
    return ImGui::SliderInt(id, value, min, max, format.c_str());
}

void colored_text(ImU32 color, const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, color);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopStyleColor();
}

}  // namespace passaparola::desktop::ui
