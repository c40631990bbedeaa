#pragma once
// Program scenarios that differ in one input, for tests of edits and undo.
#include "document.hpp"

namespace passaparola::desktop::test {

inline Scenario program_with_customers(double customers) {
    Scenario scenario = default_scenario(ScenarioKind::program);
    std::get<ProgramInputs>(scenario.inputs).customers = customers;
    return scenario;
}

inline double customers_of(const Document& document) {
    return std::get<ProgramInputs>(document.scenario().inputs).customers;
}

}  // namespace passaparola::desktop::test
