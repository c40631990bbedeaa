// Sensitivity (spec §6): net profit with one input at a time moved to the low
// and the high end of its range, for the tornado chart.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "passaparola/whatif.hpp"
#include "whatif_model.hpp"

namespace passaparola {
namespace {

// Swings equal to 9 significant digits tie; the key is the swing rounded to
// them, by the C library's correctly rounded conversions (the same on every
// platform, unlike a computation with powers of ten).
double tie_key(double swing) {
    char text[32];
    std::snprintf(text, sizeof text, "%.8e", swing);
    return std::strtod(text, nullptr);
}

template <class Inputs>
Outcome<std::vector<SensitivityRow>> sensitivity_rows(const Scenario& scenario, const Inputs& inputs) {
    std::vector<SensitivityRow> rows;
    std::vector<Problem> problems;
    Inputs moved = inputs;
    for (const auto& [field, member] : detail::real_inputs(inputs)) {
        const std::string name(field->name);
        const double value = inputs.*member;
        double low = std::clamp(std::min(0.8 * value, 1.2 * value), field->min, field->max);
        double high = std::clamp(std::max(0.8 * value, 1.2 * value), field->min, field->max);
        const UncertainRange* range = detail::find_range(scenario, name);
        if (range) {
            low = range->low;
            high = range->high;
        }
        if (low == high) continue;

        moved.*member = low;
        const double net_low = detail::net_profit(moved);
        moved.*member = high;
        const double net_high = detail::net_profit(moved);
        moved.*member = value;
        const double swing = std::fabs(net_high - net_low);
        if (!std::isfinite(swing)) {
            problems.push_back({(range ? "uncertainty." : "inputs.") + name,
                                "moved to its low or high end makes the scenario grow beyond what can be computed",
                                "", "overflow"});
            continue;
        }
        rows.push_back({name, low, high, net_low, net_high, swing});
    }
    if (!problems.empty()) return problems;
    std::vector<std::pair<double, SensitivityRow>> keyed;
    for (auto& row : rows) keyed.emplace_back(tie_key(row.swing), std::move(row));
    std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    for (std::size_t i = 0; i < rows.size(); ++i) rows[i] = std::move(keyed[i].second);
    return rows;
}

}  // namespace

Outcome<std::vector<SensitivityRow>> sensitivity(const Scenario& scenario) {
    return detail::with_whatif_inputs(scenario,
                                      [&](const auto& inputs) { return sensitivity_rows(scenario, inputs); });
}

Json sensitivity_json(const std::vector<SensitivityRow>& rows) {
    Json out = Json::array();
    for (const auto& row : rows) {
        out.push_back({{"input", row.input},
                       {"low", row.low},
                       {"high", row.high},
                       {"net_profit_low", row.net_profit_low},
                       {"net_profit_high", row.net_profit_high},
                       {"swing", row.swing}});
    }
    return out;
}

}  // namespace passaparola
