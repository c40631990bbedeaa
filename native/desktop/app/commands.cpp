#include "commands.hpp"

namespace passaparola::desktop {
namespace {

struct Shortcut {
    char letter;
    bool shift;
    Command command;
    std::string_view text;
};

constexpr Shortcut kShortcuts[] = {
    {'N', false, Command::new_scenario, "Ctrl+N"}, {'O', false, Command::open, "Ctrl+O"},
    {'S', false, Command::save, "Ctrl+S"},         {'S', true, Command::save_as, "Ctrl+Shift+S"},
    {'Z', false, Command::undo, "Ctrl+Z"},         {'Y', false, Command::redo, "Ctrl+Y"},
    {'Z', true, Command::redo, "Ctrl+Shift+Z"},    {'Q', false, Command::quit, "Ctrl+Q"},
};

}  // namespace

std::optional<Command> shortcut_command(char letter, bool ctrl, bool shift) {
    if (!ctrl) return std::nullopt;
    for (const auto& shortcut : kShortcuts) {
        if (shortcut.letter == letter && shortcut.shift == shift) return shortcut.command;
    }
    return std::nullopt;
}

std::string_view shortcut_text(Command command) {
    for (const auto& shortcut : kShortcuts) {
        if (shortcut.command == command) return shortcut.text;
    }
    return {};
}

}  // namespace passaparola::desktop
