#pragma once
// The main menu: File, Edit, Scenario, Share and View.
#include "ui_context.hpp"

namespace passaparola::desktop::ui {

void draw_menu_bar(const UiContext& ui);

}  // namespace passaparola::desktop::ui
