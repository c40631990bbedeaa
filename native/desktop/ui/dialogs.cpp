#include "dialogs.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "command_line.hpp"
#include "widgets.hpp"

namespace passaparola::desktop::ui {
namespace fs = std::filesystem;
namespace {

constexpr const char* kUnsavedId = "###unsaved";
constexpr const char* kErrorId = "###error";
constexpr const char* kFileId = "###file";

bool key_pressed(ImGuiKey key) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key), false); }

// A modal stays open while `wanted`; ImGui needs OpenPopup once to show it.
bool begin_modal(const char* title, const char* id, bool wanted, ImGuiWindowFlags flags = ImGuiWindowFlags_AlwaysAutoResize) {
    const std::string label = std::string(title) + id;
    if (wanted && !ImGui::IsPopupOpen(label.c_str())) ImGui::OpenPopup(label.c_str());
    if (!ImGui::BeginPopupModal(label.c_str(), nullptr, flags)) return false;
    if (!wanted) {
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return false;
    }
    return true;
}

const char* file_title(Prompt prompt, OpenInto into) {
    switch (prompt) {
        case Prompt::open_path: return into == OpenInto::b ? "ui.dialog.file.open_b_title" : "ui.dialog.file.open_title";
        case Prompt::export_path: return "ui.dialog.file.export_title";
        case Prompt::plan_path: return "ui.dialog.file.export_plan_title";
        case Prompt::import_path: return "import.title";
        default: return "ui.dialog.file.save_title";
    }
}

bool is_file_prompt(Prompt prompt) {
    return prompt == Prompt::open_path || prompt == Prompt::save_path || prompt == Prompt::export_path ||
           prompt == Prompt::plan_path || prompt == Prompt::import_path;
}

}  // namespace

void draw_unsaved_changes_dialog(const UiContext& ui) {
    Workspace& ws = ui.workspace;
    const bool wanted = ws.prompt() == Prompt::unsaved_changes && ws.unsaved_document();
    if (!begin_modal(ui.tr("ui.dialog.unsaved.title"), kUnsavedId, wanted)) return;
    const Document& document = *ws.unsaved_document();
    std::string name = document.display_name(ui.tr("ui.status.untitled"));
    name += " (" + std::string(ui.tr("kind." + std::string(to_string(document.kind())) + ".title")) + ")";
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30);
    ImGui::TextUnformatted(i18n::format(ui.tr("ui.dialog.unsaved.text"), {{"name", name}}).c_str());
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    if (ImGui::Button(ui.tr("ui.file.save")) || key_pressed(ImGuiKey_Enter)) {
        ws.answer_unsaved(UnsavedAnswer::save);
    }
    ImGui::SameLine();
    if (ImGui::Button(ui.tr("ui.dialog.discard"))) ws.answer_unsaved(UnsavedAnswer::discard);
    ImGui::SameLine();
    if (ImGui::Button(ui.tr("ui.dialog.cancel")) || key_pressed(ImGuiKey_Escape)) {
        ws.answer_unsaved(UnsavedAnswer::cancel);
    }
    ImGui::EndPopup();
}

void draw_error_dialog(const UiContext& ui) {
    Workspace& ws = ui.workspace;
    const bool wanted = ws.error().has_value() && ws.prompt() == Prompt::none;
    if (!begin_modal(ui.tr("ui.error.title"), kErrorId, wanted)) return;
    const Notice& notice = *ws.error();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 34);
    ImGui::TextUnformatted(notice.text.c_str());
    ImGui::PopTextWrapPos();
    if (!notice.details.empty()) {
        const float lines = std::min(8.0f, 1.5f + static_cast<float>(std::count(notice.details.begin(),
                                                                                   notice.details.end(), '\n')));
        ImGui::BeginChild("details", ImVec2(ImGui::GetFontSize() * 34, ImGui::GetTextLineHeightWithSpacing() * lines),
                          true, ImGuiWindowFlags_HorizontalScrollbar);
        ImGui::TextUnformatted(notice.details.c_str());
        ImGui::EndChild();
    }
    if (ImGui::Button(ui.tr("ui.dialog.ok")) || key_pressed(ImGuiKey_Enter) || key_pressed(ImGuiKey_Escape)) {
        ws.dismiss_error();
    }
    ImGui::EndPopup();
}

void FileDialog::start(const UiContext& ui, Prompt prompt) {
    shown_ = prompt;
    const fs::path suggested = ui.workspace.suggested_path();
    std::error_code ec;
    folder_ = suggested.has_parent_path() ? suggested.parent_path() : fs::current_path(ec);
    path_ = suggested.has_filename() ? suggested.string() : (folder_ / "").string();
    focus_path_ = true;
    list_folder();
}

void FileDialog::list_folder() {
    folders_.clear();
    files_.clear();
    std::error_code ec;
    const bool csv = shown_ == Prompt::export_path || shown_ == Prompt::import_path;
    const std::string wanted = csv ? ".csv" : shown_ == Prompt::plan_path ? ".html" : ".json";
    for (fs::directory_iterator it(folder_, fs::directory_options::skip_permission_denied, ec), end; !ec && it != end;
         it.increment(ec)) {
        const fs::path& path = it->path();
        if (path.filename().string().starts_with('.')) continue;
        std::error_code type_error;
        if (it->is_directory(type_error)) {
            folders_.push_back(path);
        } else if (path.extension() == wanted) {
            files_.push_back(path);
        }
    }
    std::sort(folders_.begin(), folders_.end());
    std::sort(files_.begin(), files_.end());
}

void FileDialog::accept(const UiContext& ui) {
    if (shown_ == Prompt::open_path && looks_like_share_link(path_)) {
        ui.workspace.choose_share_link(path_);
        shown_ = Prompt::none;
        return;
    }
    fs::path path = path_;
    if (path.is_relative()) path = folder_ / path;
    std::error_code ec;
    if (fs::is_directory(path, ec)) {  // a folder typed in the field: go there
        folder_ = path;
        path_ = (folder_ / "").string();
        list_folder();
        return;
    }
    ui.workspace.choose_path(path.lexically_normal());
    shown_ = Prompt::none;
}

void FileDialog::draw(const UiContext& ui) {
    Workspace& ws = ui.workspace;
    const Prompt prompt = ws.prompt();
    const bool wanted = is_file_prompt(prompt);
    if (wanted && shown_ != prompt) start(ui, prompt);
    if (!wanted) shown_ = Prompt::none;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowSize(ImVec2(viewport->WorkSize.x * 0.6f, viewport->WorkSize.y * 0.7f), ImGuiCond_Appearing);
    if (!begin_modal(ui.tr(file_title(prompt, ws.opening_into())), kFileId, wanted, ImGuiWindowFlags_None)) return;

    if (prompt == Prompt::import_path) {
        ImGui::TextWrapped("%s", ui.tr("import.help"));
        ImGui::Spacing();
    }
    // Opening also takes a share link pasted into the field.
    ImGui::TextUnformatted(ui.tr(prompt == Prompt::open_path ? "ui.dialog.file.path_or_link" : "ui.dialog.file.path"));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (focus_path_) {
        ImGui::SetKeyboardFocusHere();
        focus_path_ = false;
    }
    const bool entered = ImGui::InputText("##path", &path_, ImGuiInputTextFlags_EnterReturnsTrue);

    const float buttons = ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y;
    const bool recent = prompt == Prompt::open_path && !ws.settings().recent_files.empty();
    ImGui::BeginChild("entries", ImVec2(recent ? ImGui::GetContentRegionAvail().x * 0.55f : 0, -buttons), true);
    ImGui::TextDisabled("%s: %s", ui.tr("ui.dialog.file.folder"), folder_.string().c_str());
    if (folder_.has_parent_path() && folder_ != folder_.root_path()) {
        if (ImGui::Selectable(("\xE2\x86\x91 " + std::string(ui.tr("ui.dialog.file.up"))).c_str())) {
            folder_ = folder_.parent_path();
            list_folder();
        }
    }
    // Acting on a click waits until the lists are drawn: it may change them.
    fs::path go_to;
    bool chosen = false;
    for (const auto& folder : folders_) {
        if (ImGui::Selectable((folder.filename().string() + "/").c_str())) go_to = folder;
    }
    for (const auto& file : files_) {
        const std::string name = file.filename().string();
        if (ImGui::Selectable(name.c_str(), fs::path(path_).filename() == name, ImGuiSelectableFlags_AllowDoubleClick)) {
            path_ = file.string();
            chosen = ImGui::IsMouseDoubleClicked(0);
        }
    }
    ImGui::EndChild();
    if (!go_to.empty()) {
        folder_ = go_to;
        list_folder();
    }
    if (recent) {
        ImGui::SameLine();
        ImGui::BeginChild("recent", ImVec2(0, -buttons), true);
        ImGui::TextDisabled("%s", ui.tr("ui.dialog.file.recent"));
        for (const auto& file : ws.settings().recent_files) {
            if (ImGui::Selectable(file.c_str(), path_ == file, ImGuiSelectableFlags_AllowDoubleClick)) {
                path_ = file;
                chosen = ImGui::IsMouseDoubleClicked(0);
            }
        }
        ImGui::EndChild();
    }

    const char* ok = prompt == Prompt::open_path     ? "ui.dialog.file.open_button"
                     : prompt == Prompt::import_path ? "ui.file.import_button"
                     : prompt == Prompt::export_path || prompt == Prompt::plan_path ? "ui.dialog.ok"
                                                     : "ui.file.save";
    if (ImGui::Button(ui.tr(ok)) || entered || chosen) accept(ui);
    ImGui::SameLine();
    if (ImGui::Button(ui.tr("ui.dialog.cancel")) || key_pressed(ImGuiKey_Escape)) {
        ws.cancel_prompt();
        shown_ = Prompt::none;
    }
    ImGui::EndPopup();
}

}  // namespace passaparola::desktop::ui
