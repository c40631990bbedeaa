#include "menu_bar.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <string>

#include "widgets.hpp"

namespace passaparola::desktop::ui {
namespace {

void command_item(const UiContext& ui, const char* label_key, Command command) {
    const std::string shortcut(shortcut_text(command));
    if (ImGui::MenuItem(ui.tr(label_key), shortcut.empty() ? nullptr : shortcut.c_str(), false,
                        ui.workspace.can_run(command))) {
        ui.workspace.run(command);
    }
}

void file_menu(const UiContext& ui) {
    if (!ImGui::BeginMenu(ui.tr("ui.menu.file"))) return;
    command_item(ui, "ui.file.new", Command::new_scenario);
    command_item(ui, "ui.file.open", Command::open);
    if (ImGui::BeginMenu(ui.tr("ui.file.open_recent"))) {
        const auto recent = ui.workspace.settings().recent_files;  // opening changes the list
        if (recent.empty()) ImGui::TextDisabled("%s", ui.tr("ui.file.no_recent"));
        for (const auto& file : recent) {
            if (ImGui::MenuItem(file.c_str())) ui.workspace.open_path(file);
        }
        ImGui::EndMenu();
    }
    command_item(ui, "ui.file.open_as_b", Command::open_as_b);
    // The shared words name the import; a menu item that opens a dialog ends in "…".
    const std::string import_label = std::string(ui.tr("import.title")) + "\xE2\x80\xA6";
    if (ImGui::MenuItem(import_label.c_str(), nullptr, false, ui.workspace.can_run(Command::import_log))) {
        ui.workspace.run(Command::import_log);
    }
    tooltip_for_last_item(ui.tr("import.help"));
    ImGui::Separator();
    command_item(ui, "ui.file.save", Command::save);
    command_item(ui, "ui.file.save_as", Command::save_as);
    command_item(ui, "ui.file.export_csv", Command::export_csv);
    command_item(ui, "ui.file.export_plan", Command::export_plan);
    ImGui::Separator();
    command_item(ui, "ui.file.quit", Command::quit);
    ImGui::EndMenu();
}

void edit_menu(const UiContext& ui) {
    if (!ImGui::BeginMenu(ui.tr("ui.menu.edit"))) return;
    command_item(ui, "ui.edit.undo", Command::undo);
    command_item(ui, "ui.edit.redo", Command::redo);
    ImGui::Separator();
    command_item(ui, "ui.edit.reset", Command::reset_inputs);
    ImGui::EndMenu();
}

void scenario_menu(const UiContext& ui) {
    if (!ImGui::BeginMenu(ui.tr("ui.menu.scenario"))) return;
    command_item(ui, "ui.scenario.duplicate", Command::duplicate_as_b);
    command_item(ui, "ui.scenario.close_b", Command::close_b);
    ImGui::EndMenu();
}

void share_menu(const UiContext& ui) {
    if (!ImGui::BeginMenu(ui.tr("ui.menu.share"))) return;
    command_item(ui, "ui.share.copy_link", Command::copy_share_link);
    command_item(ui, "ui.share.open_link", Command::open_share_link);
    ImGui::Separator();
    ImGui::TextUnformatted(ui.tr("ui.share.base"));
    tooltip_for_last_item(ui.tr("ui.share.base.help"));
    std::string base = ui.workspace.settings().share_base;
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 24);
    if (ImGui::InputTextWithHint("##share_base", "https://…", &base)) ui.workspace.set_share_base(base);
    tooltip_for_last_item(ui.tr("ui.share.base.help"));
    ImGui::EndMenu();
}

void view_menu(const UiContext& ui) {
    if (!ImGui::BeginMenu(ui.tr("ui.menu.view"))) return;
    Workspace& ws = ui.workspace;
    if (ImGui::BeginMenu(ui.tr("ui.view.language"))) {
        for (auto language : i18n::languages()) {
            const std::string key = "ui.language." + std::string(language);
            if (ImGui::MenuItem(ui.tr(key), nullptr, ws.settings().language == language)) ws.set_language(language);
        }
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(ui.tr("ui.view.theme"))) {
        if (ImGui::MenuItem(ui.tr("ui.view.theme.light"), nullptr, ws.settings().theme == Theme::light)) {
            ws.set_theme(Theme::light);
        }
        if (ImGui::MenuItem(ui.tr("ui.view.theme.dark"), nullptr, ws.settings().theme == Theme::dark)) {
            ws.set_theme(Theme::dark);
        }
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(ui.tr("ui.view.zoom"))) {
        for (float zoom : {0.75f, 1.0f, 1.25f, 1.5f, 1.75f, 2.0f}) {
            const std::string label = ui.numbers.percent(zoom, 0);
            if (ImGui::MenuItem(label.c_str(), nullptr, ws.settings().zoom == zoom)) ws.set_zoom(zoom);
        }
        ImGui::EndMenu();
    }
    ImGui::EndMenu();
}

}  // namespace

void draw_menu_bar(const UiContext& ui) {
    if (!ImGui::BeginMenuBar()) return;
    file_menu(ui);
    edit_menu(ui);
    scenario_menu(ui);
    share_menu(ui);
    view_menu(ui);
    ImGui::EndMenuBar();
}

}  // namespace passaparola::desktop::ui
