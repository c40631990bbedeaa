#pragma once
// What the user can ask of the simulator, from a menu or a keyboard shortcut.
#include <optional>
#include <string_view>

namespace passaparola::desktop {

enum class Command {
    new_scenario,
    open,
    open_as_b,  // a file or a pasted share link into scenario B, to compare it with A
    save,
    save_as,
    import_log,  // a spreadsheet's referral log (CSV) into the VCP assessment being edited
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

// GLFW reports a printable key by its place on a US keyboard: its key code is
// the character that place types in the US layout ('Z' for the key left of X).
// Shortcuts follow the letter printed on the key instead, as everywhere else
// on the desktop: on a German keyboard Ctrl+Z is the key labelled Z (where a
// US keyboard has Y). `layout_name` is what the user's layout types with the
// key (glfwGetKeyName). When that is not a Latin letter (a Cyrillic or Greek
// layout, a dead key) the US place stays, so Ctrl+Z still undoes there. Other
// keys (arrows, F1 …) are returned as they are.
int key_as_labelled(int key, std::string_view layout_name);

}  // namespace passaparola::desktop
