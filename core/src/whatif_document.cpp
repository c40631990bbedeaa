// The result document with what-if members (spec §6), so that every face
// gets sensitivity and Monte Carlo from one call.
#include "passaparola/whatif.hpp"

namespace passaparola {

Outcome<Json> evaluate_whatif(const Scenario& scenario, const WhatIfRequest& request,
                              const SimulationProgress& progress) {
    auto document = evaluate(scenario);
    if (!document) return document;
    Json& result = document.value()["result"];
    if (request.sensitivity) {
        const auto rows = sensitivity(scenario);
        if (!rows) return rows.problems();
        result["sensitivity"] = sensitivity_json(*rows);
    }
    if (request.simulation) {
        const auto simulation = simulate(scenario, *request.simulation, progress);
        if (!simulation) return simulation.problems();
        result["simulation"] = simulation_json(*simulation);
        if (Json extra = simulation_extra_json(*simulation); !extra.empty()) result["simulation_extra"] = std::move(extra);
    }
    return document;
}

}  // namespace passaparola
