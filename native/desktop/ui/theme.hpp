#pragma once
// Light and dark looks: ImGui's style scaled for the screen, and the colours
// the charts use on top of it.
#include <imgui.h>

#include "settings.hpp"

namespace passaparola::desktop::ui {

struct Palette {
    ImU32 series_a;       // scenario A
    ImU32 series_b;       // scenario B
    ImU32 profit;         // gains
    ImU32 cost;           // costs
    ImU32 grid;
    ImU32 axis_text;
    ImU32 zero_line;
    ImU32 marker;         // payback month
    ImU32 better;         // a difference in B's favour
    ImU32 worse;
    ImU32 levels[4];      // none, visibility, credibility, profitability
    ImU32 funnel[4];      // sent, passed on, redeemed, new customers
};

const Palette& palette(Theme theme);

// Replaces the whole style: colours of the theme, sizes times `scale`.
void apply_style(Theme theme, float scale);

}  // namespace passaparola::desktop::ui
