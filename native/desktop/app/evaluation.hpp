#pragma once
// What the core computes for one scenario, kept with the document so a frame
// never recomputes: the result document (key figures, errors) and the typed
// results the charts and tables read.
#include <variant>

#include "passaparola/scenario.hpp"
#include "passaparola/whatif.hpp"

namespace passaparola::desktop {

struct Evaluation {
    // The core's result document, or why it could not be computed.
    Outcome<Json> document;
    // Empty when `document` failed; else the alternative of the scenario's kind.
    std::variant<std::monostate, ProgramResult, GiftCardResult, VcpResult> results;
    // The tornado (spec §6) of program and gift_card scenarios: cheap enough
    // to compute with every change, unlike the Monte Carlo runs.
    std::optional<Outcome<std::vector<SensitivityRow>>> sensitivity;

    bool ok() const { return document.ok(); }
    const ProgramResult* program() const { return std::get_if<ProgramResult>(&results); }
    const GiftCardResult* gift_card() const { return std::get_if<GiftCardResult>(&results); }
    const VcpResult* vcp() const { return std::get_if<VcpResult>(&results); }
};

Evaluation evaluate_scenario(const Scenario& scenario);

}  // namespace passaparola::desktop
