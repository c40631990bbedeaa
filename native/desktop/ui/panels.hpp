#pragma once
// The result side of each calculator tab. Each panel reads the documents of
// its tab (A, and B when there is one) and draws; edits go through the forms.
#include "passaparola/whatif.hpp"
#include "ui_context.hpp"

namespace passaparola::desktop::ui {

// Key figures of A, and with B the B column and the differences B − A.
void draw_key_figures(const UiContext& ui, const CalculatorTab& tab);
// When the core could not compute the document: its problems. True if shown.
bool draw_evaluation_problem(const UiContext& ui, const Document& document);

// What the what-if section has to show for the document being edited.
struct WhatIfView {
    const Simulation* simulation = nullptr;  // the last finished run of this calculator, if any
    const std::vector<Problem>* problems = nullptr;  // or why that run failed
    bool current = false;  // the run is for the inputs shown (not an earlier state)
    bool running = false;
    double progress = 0;
    bool uncertain = false;  // the scenario has ranges to draw from
};

// With a simulation, the cumulative chart shows its P10–P90 band.
void draw_program_results(const UiContext& ui, const CalculatorTab& tab, const Simulation* simulation);
void draw_gift_card_results(const UiContext& ui, const CalculatorTab& tab);
// Range of outcomes (Monte Carlo) and the tornado; `options` are the run's
// trials and seed, edited here. `views` are those of A and B (by Slot); with a
// B both ranges show side by side, and the tornado is the edited document's.
void draw_whatif(const UiContext& ui, const CalculatorTab& tab, const WhatIfView (&views)[2], SimulationOptions& options);
// `selected_contact` follows a click in the contact table.
void draw_vcp_results(const UiContext& ui, const CalculatorTab& tab, int& selected_contact);

// The document's currency code (a VCP's is that of its closed business).
std::string currency_of(const Document& document);
// The document being edited in the tab.
const Document& edited_document(const CalculatorTab& tab);

}  // namespace passaparola::desktop::ui
