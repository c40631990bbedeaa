#include "evaluation.hpp"

namespace passaparola::desktop {

Evaluation evaluate_scenario(const Scenario& scenario) {
    Evaluation evaluation{evaluate(scenario), {}, std::nullopt};
    // The typed results only when the core accepted the scenario, so a chart
    // never shows figures the result document refused (overflow).
    if (!evaluation.document.ok()) return evaluation;
    std::visit(
        [&](const auto& inputs) {
            using Inputs = std::decay_t<decltype(inputs)>;
            if constexpr (std::is_same_v<Inputs, ProgramInputs>) {
                evaluation.results = evaluate_program(inputs);
            } else if constexpr (std::is_same_v<Inputs, GiftCardInputs>) {
                evaluation.results = evaluate_gift_card(inputs);
            } else {
                evaluation.results = evaluate_vcp(inputs);
            }
        },
        scenario.inputs);
    if (scenario.kind() != ScenarioKind::vcp) evaluation.sensitivity = passaparola::sensitivity(scenario);
    return evaluation;
}

}  // namespace passaparola::desktop
