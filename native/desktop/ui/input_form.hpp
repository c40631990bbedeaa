#pragma once
// The inputs of a calculator as a form built from the core's input metadata
// (input_infos): each input's kind, range, slider range, unit and default come
// from there, its label and help from the catalog. Every change goes through
// the core's own validation (read_scenario) before it reaches the document.
#include <map>
#include <optional>
#include <string>

#include "passaparola/inputs.hpp"
#include "ui_context.hpp"

namespace passaparola::desktop::ui {

struct FormChange {
    std::optional<Scenario> scenario;  // the edited scenario, when something changed
    std::string group;                 // undo group: the input being dragged or typed
    bool released = false;             // a drag or typing has ended
};

// Every scalar input of `scenario` (not the VCP contact list). With `ranges`,
// each real-valued input also gets a toggle for an uncertainty range and, when
// on, low / likely / high sliders (spec §6).
// `notes` adds a line to an input's tooltip and marks its label (the source of
// a preset's value).
FormChange draw_input_form(const UiContext& ui, const Scenario& scenario, bool ranges,
                           const std::map<std::string, std::string, std::less<>>& notes = {});

// One input's control, editing `value` (its JSON value in the document).
// Returns true when the value changed; `continuous` is set for drags and
// typing (changes that merge into one undo step).
bool draw_input_control(const UiContext& ui, const InputInfo& info, Json& value, std::string_view currency,
                        bool* continuous);

// The value as the user reads it: "15,0%", "1.200 €", "12 mesi".
std::string input_value_text(const UiContext& ui, const InputInfo& info, double value, std::string_view currency);

// Help, range and default of an input, for its tooltip.
std::string input_tooltip(const UiContext& ui, const InputInfo& info, const char* help, std::string_view currency);

}  // namespace passaparola::desktop::ui
