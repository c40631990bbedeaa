#include "app_ui.hpp"

#include <imgui.h>

#include <cmath>

#include "fonts.hpp"
#include "input_form.hpp"
#include "menu_bar.hpp"
#include "panels.hpp"
#include "preset_sources.hpp"
#include "theme.hpp"
#include "widgets.hpp"

namespace passaparola::desktop::ui {
namespace {

constexpr ScenarioKind kKinds[] = {ScenarioKind::program, ScenarioKind::gift_card, ScenarioKind::vcp};

std::string kind_title(const UiContext& ui, ScenarioKind kind) {
    return std::string(ui.tr("kind." + std::string(to_string(kind)) + ".title"));
}

}  // namespace

std::string ImGuiClipboard::text() const {
    const char* text = ImGui::GetClipboardText();
    return text ? text : "";
}

void ImGuiClipboard::set_text(const std::string& text) { ImGui::SetClipboardText(text.c_str()); }

bool Appearance::update(Theme theme, float scale) {
    const bool rescale = scale != scale_;
    if (!rescale && theme_ == theme) return false;
    apply_style(theme, scale);
    theme_ = theme;
    if (!rescale) return false;
    scale_ = scale;
    load_fonts(*ImGui::GetIO().Fonts, std::round(kBaseFontPixels * scale));
    return true;
}

void AppUi::press_shortcut(char letter, bool ctrl, bool shift) { shortcuts_.push_back({letter, ctrl, shift}); }

void AppUi::run_shortcuts() {
    const bool typing = ImGui::GetIO().WantTextInput;
    for (const auto& key : shortcuts_) {
        const auto command = shortcut_command(key.letter, key.ctrl, key.shift);
        if (!command) continue;
        if (typing && (*command == Command::undo || *command == Command::redo)) continue;
        // Whatever a slider was doing ends here, so the command sees a finished step.
        ws_.end_edit_group();
        ws_.run(*command);
    }
    shortcuts_.clear();
}

std::string AppUi::window_title() const {
    const Document& document = ws_.active_document();
    std::string title = document.display_name(ws_.text().text("ui.status.untitled"));
    if (document.dirty()) title += "*";
    return title + " \xE2\x80\x93 Passaparola";
}

void AppUi::apply(const FormChange& change) {
    if (change.scenario) ws_.edit(*change.scenario, change.group);
    if (change.released) ws_.end_edit_group();
}

void AppUi::draw_preset_menu(const UiContext& ui, ScenarioKind kind) {
    std::vector<const Preset*> offered;
    for (const auto& preset : presets()) {
        if (preset.find(kind)) offered.push_back(&preset);
    }
    if (offered.empty()) return;
    const std::string& applied = ws_.active_document().preset();
    const std::string preview = applied.empty() ? ui.tr("preset.none") : ui.tr("preset." + applied + ".label");
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(ui.tr("preset.title"));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (!ImGui::BeginCombo("##preset", preview.c_str())) return;
    if (ImGui::Selectable(ui.tr("preset.none"), applied.empty())) ws_.active_document().set_preset({});
    for (const Preset* preset : offered) {
        if (ImGui::Selectable(ui.tr("preset." + preset->id + ".label"), applied == preset->id)) ws_.apply_preset(preset->id);
        tooltip_for_last_item(ui.tr("preset." + preset->id + ".summary"));
    }
    ImGui::EndCombo();
}

void AppUi::draw_inputs(const UiContext& ui, ScenarioKind kind) {
    CalculatorTab& tab = ws_.tab(kind);
    if (tab.b) {
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(ui.tr("ui.scenario.editing"));
        for (Slot slot : {Slot::a, Slot::b}) {
            ImGui::SameLine();
            if (ImGui::RadioButton(ui.tr(slot == Slot::a ? "ui.scenario.a" : "ui.scenario.b"), tab.editing == slot)) {
                ws_.select_slot(slot);
            }
        }
        ImGui::SameLine();
        if (ImGui::SmallButton(ui.tr("ui.scenario.close_b"))) ws_.run(Command::close_b);
    } else if (ImGui::Button(ui.tr("ui.scenario.duplicate"))) {
        ws_.run(Command::duplicate_as_b);
    }
    heading(ui.tr("ui.inputs"));
    ImGui::TextWrapped("%s", ui.tr("kind." + std::string(to_string(kind)) + ".summary"));
    ImGui::Spacing();
    draw_preset_menu(ui, kind);
    // The document may change below: draw from a copy of the scenario.
    const Scenario scenario = ws_.active_document().scenario();
    std::map<std::string, std::string, std::less<>> notes;
    const Document& document = ws_.active_document();
    for (const auto& [input, source] : preset_sources(document)) {
        notes[input] = source_text(*source, preset_note_key(document.preset(), document.kind(), input), ui.text);
    }
    apply(draw_input_form(ui, scenario, kind != ScenarioKind::vcp, notes));
    if (kind == ScenarioKind::vcp) apply(contacts_.draw(ui, scenario, ws_.active_document().evaluation().vcp()));
}

WhatIfView AppUi::whatif_view(ScenarioKind kind, Slot slot) {
    WhatIfView view;
    const Document* document = ws_.find({kind, slot});
    if (!document) return view;
    const Scenario& scenario = document->scenario();
    view.uncertain = !scenario.uncertainty.empty();
    SimulationOptions options = whatif_options_;
    options.cumulative_net_band = kind == ScenarioKind::program;
    SimulationRunner& runner = simulations_[static_cast<int>(slot)];
    // Without ranges every trial would give the same figures: nothing to run.
    if (view.uncertain && document->evaluation().ok()) runner.request(scenario, options);
    view.running = runner.busy();
    view.progress = runner.progress();
    auto& latest = latest_simulations_[static_cast<int>(slot)];
    latest = runner.latest();
    if (!latest) return view;
    const auto& outcome = latest->simulation;
    if (outcome.ok() && outcome->kind != kind) return view;  // a run of another calculator
    view.current = latest->key == simulation_key(scenario, options);
    if (outcome.ok()) {
        view.simulation = &outcome.value();
    } else if (view.current) {
        view.problems = &outcome.problems();
    }
    return view;
}

void AppUi::draw_calculator(const UiContext& ui, ScenarioKind kind) {
    const float status = ImGui::GetFrameHeightWithSpacing();
    const ImVec2 available = ImGui::GetContentRegionAvail();
    ImGui::BeginChild("inputs", ImVec2(available.x * 0.38f, available.y - status), true);
    draw_inputs(ui, kind);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("results", ImVec2(0, available.y - status), true);
    const CalculatorTab& tab = ws_.tab(kind);
    heading(ui.tr("ui.results"));
    if (kind == ScenarioKind::vcp) {
        draw_vcp_results(ui, tab, contacts_.selected());
    } else {
        const WhatIfView whatif[] = {whatif_view(kind, Slot::a), whatif_view(kind, Slot::b)};
        if (kind == ScenarioKind::program) {
            draw_program_results(ui, tab, whatif[static_cast<int>(tab.editing)].simulation);
        } else {
            draw_gift_card_results(ui, tab);
        }
        draw_whatif(ui, tab, whatif, whatif_options_);
    }
    ImGui::Spacing();
    if (ImGui::CollapsingHeader(ui.tr("ui.widget.method"))) {
        ImGui::TextWrapped("%s", ui.tr("method." + std::string(to_string(kind))));
    }
    ImGui::EndChild();
}

void AppUi::draw_tabs(const UiContext& ui) {
    // The workspace may switch calculators itself (opening a file of another
    // kind); the tab bar follows, and a click on a tab switches the workspace.
    const ScenarioKind wanted = ws_.active_kind();
    if (!ImGui::BeginTabBar("calculators")) return;
    for (auto kind : kKinds) {
        const ImGuiTabItemFlags flags = kind == wanted && wanted != shown_kind_ ? ImGuiTabItemFlags_SetSelected : 0;
        const std::string label = kind_title(ui, kind) + "###" + std::string(to_string(kind));
        if (!ImGui::BeginTabItem(label.c_str(), nullptr, flags)) continue;
        if (kind != shown_kind_ && wanted == shown_kind_) ws_.select_kind(kind);  // a click
        if (kind == ws_.active_kind()) shown_kind_ = kind;
        // While the tab bar catches up with a switch (one frame), the open tab
        // already shows the new calculator, so no frame is ever empty.
        draw_calculator(ui, ws_.active_kind());
        ImGui::EndTabItem();
    }
    ImGui::EndTabBar();
}

void AppUi::draw_status_bar(const UiContext& ui) {
    const Document& document = ws_.active_document();
    ImGui::Separator();
    std::string text = document.path().empty() ? ui.tr("ui.status.untitled") : document.path().string();
    if (ws_.tab(ws_.active_kind()).b) {
        text += "  \xC2\xB7  " + std::string(ui.tr(ws_.active_ref().slot == Slot::a ? "ui.scenario.a" : "ui.scenario.b"));
    }
    if (document.dirty()) text += "  \xC2\xB7  " + std::string(ui.tr("ui.status.unsaved"));
    if (!ws_.status().empty()) text += "  \xC2\xB7  " + ws_.status();
    ImGui::TextUnformatted(text.c_str());
}

void AppUi::draw() {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_MenuBar |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::Begin("Passaparola", nullptr, flags);
    const UiContext ui{ws_, ws_.text(), ws_.numbers(), palette(ws_.settings().theme)};
    run_shortcuts();
    draw_menu_bar(ui);
    draw_tabs(ui);
    draw_status_bar(ui);
    draw_unsaved_changes_dialog(ui);
    file_dialog_.draw(ui);
    draw_error_dialog(ui);
    ImGui::End();
}

}  // namespace passaparola::desktop::ui
