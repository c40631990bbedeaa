#pragma once
// The whole window of the simulator, drawn with ImGui from the workspace:
// menu, one tab per calculator (inputs left, results right), status line and
// the modal questions. No GL and no window system here: the platform layer
// (main_glfw.cpp) or a test supplies the ImGui frame.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "contact_editor.hpp"
#include "dialogs.hpp"
#include "panels.hpp"
#include "settings.hpp"
#include "simulation_runner.hpp"
#include "workspace.hpp"

namespace passaparola::desktop::ui {

// The workspace's clipboard through ImGui (the platform backend's clipboard).
class ImGuiClipboard : public Clipboard {
public:
    std::string text() const override;
    void set_text(const std::string& text) override;
};

// Keeps ImGui's fonts and style in step with the theme and the scale (the
// monitor's content scale times the user's zoom).
class Appearance {
public:
    // True when the font atlas was rebuilt and the renderer must upload it again.
    // Call outside a frame (before ImGui::NewFrame).
    bool update(Theme theme, float scale);

private:
    std::optional<Theme> theme_;
    float scale_ = 0;
};

inline constexpr float kBaseFontPixels = 16.0f;

class AppUi {
public:
    // `wake` is called from another thread when a background result is ready
    // (the platform posts an empty event so its loop draws it).
    explicit AppUi(Workspace& workspace, std::function<void()> wake = {})
        : ws_(workspace), simulations_{SimulationRunner(wake), SimulationRunner(wake)} {}

    // One frame of the whole window, between ImGui::NewFrame() and ImGui::Render().
    void draw();

    // Ctrl+<letter> from the platform; acted on at the next draw unless a text
    // field is taking the keys (then Ctrl+Z undoes typing there, not the scenario).
    void press_shortcut(char letter, bool ctrl, bool shift);

    // "plan.json* – Passaparola" for the window's title bar.
    std::string window_title() const;

    // Something runs in the background whose progress is on screen: keep drawing.
    bool animating() const { return simulations_[0].busy() || simulations_[1].busy(); }

private:
    struct Shortcut {
        char letter;
        bool ctrl;
        bool shift;
    };

    void run_shortcuts();
    void draw_tabs(const UiContext& ui);
    void draw_calculator(const UiContext& ui, ScenarioKind kind);
    void draw_inputs(const UiContext& ui, ScenarioKind kind);
    void draw_preset_menu(const UiContext& ui, ScenarioKind kind);
    void draw_status_bar(const UiContext& ui);
    void apply(const FormChange& change);
    WhatIfView whatif_view(ScenarioKind kind, Slot slot);

    Workspace& ws_;
    ScenarioKind shown_kind_ = ScenarioKind::program;
    ContactEditor contacts_;
    FileDialog file_dialog_;
    std::vector<Shortcut> shortcuts_;
    // One per scenario (A, B), so both ranges of outcomes show side by side;
    // the trials and the seed are shared, so A and B draw the same random numbers.
    SimulationRunner simulations_[2];
    SimulationOptions whatif_options_;
    // Held for the frame, so the views into them stay valid while drawn.
    std::shared_ptr<const SimulationResult> latest_simulations_[2];
};

}  // namespace passaparola::desktop::ui
