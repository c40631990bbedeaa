#pragma once
// What the user can ask of the simulator, from a menu or a keyboard shortcut.
#include <optional>
#include <string_view>

namespace passaparola::desktop {

enum class Command {
    new_scenario,
    open,
    save,
    save_as,
    export_csv,
    export_plan,
    copy_share_link,
    open_share_link,
    undo,
    redo,
    reset_inputs,
    duplicate_as_b,
    close_b,
    quit,
};

// The command of Ctrl+<letter> (letter 'A'–'Z'); Ctrl+Shift+S is Save as and
// Ctrl+Shift+Z is Redo, as in most editors.
std::optional<Command> shortcut_command(char letter, bool ctrl, bool shift);
// "Ctrl+S" and the like, for menus; empty when the command has no shortcut.
std::string_view shortcut_text(Command command);

}  // namespace passaparola::desktop
