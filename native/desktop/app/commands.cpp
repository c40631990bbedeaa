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

int key_as_labelled(int key, std::string_view layout_name) {
    const bool printable = key > ' ' && key < 0x7F;
    if (!printable || layout_name.size() != 1) return key;
    const char typed = layout_name.front();
    if (typed >= 'a' && typed <= 'z') return typed - 'a' + 'A';
    if (typed >= 'A' && typed <= 'Z') return typed;
    return key;
}

std::string_view shortcut_text(Command command) {
    for (const auto& shortcut : kShortcuts) {
        if (shortcut.command == command) return shortcut.text;
    }
    return {};
}

}  // namespace passaparola::desktop
