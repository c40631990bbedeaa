#pragma once
// The interface fonts, built into ImGui's atlas (the platform uploads it).
#include <imgui.h>

namespace passaparola::desktop::ui {

struct Fonts {
    ImFont* regular = nullptr;
    ImFont* bold = nullptr;  // headings; the regular font when no bold face exists
    bool from_system = false;
};

// DejaVu Sans from the system when installed (Debian fonts-dejavu-core): it has
// every letter of Italian and Finnish plus €, –, → and ≥. Otherwise ImGui's
// built-in font, which has Latin-1 only (no € or arrows). Clears the atlas.
Fonts load_fonts(ImFontAtlas& atlas, float pixel_size);

// The code points loaded: pairs of first and last, ending with 0.
const ImWchar* glyph_ranges();

}  // namespace passaparola::desktop::ui
