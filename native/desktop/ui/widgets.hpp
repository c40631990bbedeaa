#pragma once
// Small building blocks shared by the panels.
#include <imgui.h>

#include <string>
#include <string_view>

#include "input_values.hpp"
#include "ui_context.hpp"

namespace passaparola::desktop::ui {

// A tooltip with wrapped text for the last item, when it is hovered.
void tooltip_for_last_item(std::string_view text);

// A heading in the bold face, with a little space above it.
void heading(const char* text);

// A slider over doubles whose value is shown as `display` (localized text)
// instead of ImGui's printf output; Ctrl+click still types a plain number.
// Returns true when the value changed; `typed` says it came from the keyboard.
bool display_slider(const char* id, double* value, double min, double max, const std::string& display,
                    bool logarithmic, bool* typed);
bool display_slider_int(const char* id, int* value, int min, int max, const std::string& display);

// Text in a colour, e.g. a verdict.
void colored_text(ImU32 color, const std::string& text);

// short_number (2, 0,5, 1,25) comes from the app layer, shared with the printed plan.
using desktop::short_number;

}  // namespace passaparola::desktop::ui
