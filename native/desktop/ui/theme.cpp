#include "theme.hpp"

namespace passaparola::desktop::ui {

const Palette& palette(Theme theme) {
    static const Palette light{
        IM_COL32(31, 119, 180, 255),  IM_COL32(230, 115, 0, 255),   IM_COL32(44, 160, 44, 255),
        IM_COL32(214, 39, 40, 255),   IM_COL32(0, 0, 0, 30),        IM_COL32(70, 70, 70, 255),
        IM_COL32(0, 0, 0, 110),       IM_COL32(120, 40, 160, 255),  IM_COL32(30, 140, 30, 255),
        IM_COL32(200, 30, 30, 255),
        {IM_COL32(160, 160, 160, 255), IM_COL32(100, 150, 215, 255), IM_COL32(240, 170, 40, 255),
         IM_COL32(60, 170, 90, 255)},
        {IM_COL32(90, 140, 200, 255), IM_COL32(80, 160, 190, 255), IM_COL32(70, 170, 150, 255),
         IM_COL32(60, 170, 90, 255)},
    };
    static const Palette dark{
        IM_COL32(90, 170, 240, 255),  IM_COL32(255, 160, 60, 255),  IM_COL32(90, 200, 90, 255),
        IM_COL32(240, 90, 90, 255),   IM_COL32(255, 255, 255, 28),  IM_COL32(200, 200, 200, 255),
        IM_COL32(255, 255, 255, 110), IM_COL32(200, 130, 240, 255), IM_COL32(110, 210, 110, 255),
        IM_COL32(245, 100, 100, 255),
        {IM_COL32(130, 130, 130, 255), IM_COL32(90, 140, 210, 255), IM_COL32(220, 160, 50, 255),
         IM_COL32(70, 180, 100, 255)},
        {IM_COL32(80, 130, 190, 255), IM_COL32(70, 150, 180, 255), IM_COL32(60, 160, 140, 255),
         IM_COL32(70, 180, 100, 255)},
    };
    return theme == Theme::dark ? dark : light;
}

void apply_style(Theme theme, float scale) {
    ImGuiStyle& style = ImGui::GetStyle();
    style = ImGuiStyle();
    if (theme == Theme::dark) {
        ImGui::StyleColorsDark(&style);
    } else {
        ImGui::StyleColorsLight(&style);
        style.Colors[ImGuiCol_WindowBg] = ImVec4(0.95f, 0.95f, 0.94f, 1.0f);
        style.Colors[ImGuiCol_ChildBg] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
        // ImGui's light frames are white: on white panels they would vanish.
        style.Colors[ImGuiCol_FrameBg] = ImVec4(0.89f, 0.91f, 0.94f, 1.0f);
        style.Colors[ImGuiCol_FrameBgHovered] = ImVec4(0.80f, 0.86f, 0.95f, 1.0f);
        style.Colors[ImGuiCol_FrameBgActive] = ImVec4(0.72f, 0.81f, 0.95f, 1.0f);
    }
    // Sliders write their value over the grab: a see-through grab keeps the
    // digits under it legible (ImGui's is nearly opaque blue).
    style.Colors[ImGuiCol_SliderGrab].w = 0.45f;
    style.WindowRounding = 0.0f;
    style.FrameBorderSize = 1.0f;
    style.ChildRounding = 4.0f;
    style.FrameRounding = 3.0f;
    style.GrabRounding = 3.0f;
    style.PopupRounding = 4.0f;
    style.FramePadding = ImVec2(6, 4);
    style.ItemSpacing = ImVec2(8, 6);
    style.CellPadding = ImVec2(6, 3);
    style.ScaleAllSizes(scale);
}

}  // namespace passaparola::desktop::ui
