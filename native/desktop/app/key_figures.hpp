#pragma once
// The handful of results a consultant compares between scenario A and B, read
// from the core's result documents (never recomputed here).
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "i18n/catalog.hpp"
#include "i18n/number_format.hpp"
#include "passaparola/result_figures.hpp"
#include "passaparola/scenario.hpp"

namespace passaparola::desktop {

// The core's result metadata says which figures these are, their order, units
// and which way is better (passaparola::key_figures).
using KeyFigure = FigureInfo;

// Catalog key of the figure's label: "result.<kind>.<name>".
std::string figure_label_key(ScenarioKind kind, const KeyFigure& figure);

// The figure in a result document; empty when it is null (e.g. no payback).
std::optional<double> figure_value(const Json& result_document, const KeyFigure& figure);

struct FigureComparison {
    const KeyFigure* figure = nullptr;
    std::optional<double> a;
    std::optional<double> b;
    std::optional<double> difference;  // b − a, when both exist
    int verdict = 0;                   // +1 when B is better, -1 when worse, 0 otherwise
};

// Figure by figure; both documents must be of `kind`.
std::vector<FigureComparison> compare_key_figures(ScenarioKind kind, const Json& a, const Json& b);

// A figure as shown to the user in the catalog's language; `currency` is the
// scenario's three-letter code (a VCP's is that of its referral log).
std::string format_figure(const KeyFigure& figure, std::optional<double> value, std::string_view currency,
                          const i18n::Catalog& text, const i18n::NumberFormat& numbers);
// A difference with its sign; percentages differ in percentage points.
std::string format_difference(const KeyFigure& figure, double difference, std::string_view currency,
                              const i18n::Catalog& text, const i18n::NumberFormat& numbers);

}  // namespace passaparola::desktop
