#pragma once
// The modal questions the workspace raises: unsaved changes, a file name for
// open / save / export, and error notices. Each shows while the workspace's
// state asks for it and hands the answer back to the workspace.
#include <filesystem>
#include <string>
#include <vector>

#include "ui_context.hpp"

namespace passaparola::desktop::ui {

void draw_unsaved_changes_dialog(const UiContext& ui);
void draw_error_dialog(const UiContext& ui);

// A file chooser drawn with ImGui: a path field, the folder's entries and, when
// opening, the recent files.
class FileDialog {
public:
    void draw(const UiContext& ui);

private:
    void start(const UiContext& ui, Prompt prompt);
    void list_folder();
    void accept(const UiContext& ui);

    Prompt shown_ = Prompt::none;
    std::string path_;
    std::filesystem::path folder_;
    std::vector<std::filesystem::path> folders_;
    std::vector<std::filesystem::path> files_;
    bool focus_path_ = false;
};

}  // namespace passaparola::desktop::ui
