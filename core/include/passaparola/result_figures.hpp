#pragma once
// Result metadata: the one statement of what each figure of a result document
// is (its unit, whether more of it is better) and which figures a reader
// compares first, in what order. The faces format and rank figures from this,
// as inputs.hpp drives their forms, instead of each keeping its own lists.
#include <span>
#include <string_view>

#include "passaparola/inputs.hpp"
#include "passaparola/json.hpp"

namespace passaparola {

// money: in the scenario's currency; percent: a fraction (0.15 = 15 %); count:
// people or things, possibly fractional; integer: a whole count; month: a
// month number of the horizon; days; score: 0–100; ratio: a plain number;
// level, date, text: not numbers.
enum class FigureUnit { money, percent, count, integer, month, days, score, ratio, number, level, date, text };
std::string_view to_string(FigureUnit unit);

struct FigureInfo {
    std::string_view name;
    FigureUnit unit;
    int better;  // +1 when more is better, -1 when less is better, 0 when neither
};

// The members of result.<part>, in document order: program "totals" and
// "months", gift_card "totals" and "per_wave", vcp "summary" and "contacts".
// Empty for a part the kind does not have.
std::span<const FigureInfo> result_figures(ScenarioKind kind, std::string_view part);
// The part holding a kind's headline figures: "totals", or "summary" for vcp.
std::string_view headline_part(ScenarioKind kind);
// The headline figures a reader compares first (A/B, plans), most telling first.
std::span<const FigureInfo> key_figures(ScenarioKind kind);

// All of the above as JSON, for faces that take it as data.
Json result_metadata();

}  // namespace passaparola
