#pragma once
// The result side of each calculator tab. Each panel reads the documents of
// its tab (A, and B when there is one) and draws; edits go through the forms.
#include "ui_context.hpp"

namespace passaparola::desktop::ui {

// Key figures of A, and with B the B column and the differences B − A.
void draw_key_figures(const UiContext& ui, const CalculatorTab& tab);
// When the core could not compute the document: its problems. True if shown.
bool draw_evaluation_problem(const UiContext& ui, const Document& document);

void draw_program_results(const UiContext& ui, const CalculatorTab& tab);
void draw_gift_card_results(const UiContext& ui, const CalculatorTab& tab);
// `selected_contact` follows a click in the contact table.
void draw_vcp_results(const UiContext& ui, const CalculatorTab& tab, int& selected_contact);

// The document's currency code, "" for vcp.
std::string currency_of(const Document& document);
// The document being edited in the tab.
const Document& edited_document(const CalculatorTab& tab);

}  // namespace passaparola::desktop::ui
