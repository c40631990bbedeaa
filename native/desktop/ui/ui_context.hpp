#pragma once
// What every panel needs for one frame: the workspace it edits, the language's
// text and numbers, and the theme's colours.
#include <string_view>

#include "theme.hpp"
#include "workspace.hpp"

namespace passaparola::desktop::ui {

struct UiContext {
    Workspace& workspace;
    const i18n::Catalog& text;
    const i18n::NumberFormat& numbers;
    const Palette& palette;

    const char* tr(std::string_view key) const { return text.text(key); }
};

}  // namespace passaparola::desktop::ui
