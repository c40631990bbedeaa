// A/B differences of key figures, read from the core's result documents.
#include <gtest/gtest.h>

#include "evaluation.hpp"
#include "key_figures.hpp"

namespace passaparola::desktop {
namespace {

const KeyFigure& figure_named(ScenarioKind kind, std::string_view name) {
    for (const auto& figure : key_figures(kind)) {
        if (figure.name == name) return figure;
    }
    throw std::logic_error("no such figure");
}

Json result_of(const Scenario& scenario) { return evaluate(scenario).value(); }

TEST(KeyFigures, EveryFigureExistsInTheResultOfItsKind) {
    for (auto kind : {ScenarioKind::program, ScenarioKind::gift_card, ScenarioKind::vcp}) {
        const Json result = result_of(default_scenario(kind));
        const Json& section = result["result"].contains("totals") ? result["result"]["totals"] : result["result"]["summary"];
        for (const auto& figure : key_figures(kind)) {
            EXPECT_TRUE(section.contains(figure.name)) << to_string(kind) << " " << figure.name;
        }
    }
}

TEST(KeyFigures, EveryFigureHasALabelInEveryLanguage) {
    for (auto kind : {ScenarioKind::program, ScenarioKind::gift_card, ScenarioKind::vcp}) {
        for (const auto& figure : key_figures(kind)) {
            for (auto language : i18n::languages()) {
                EXPECT_TRUE(i18n::Catalog::of(language).contains(figure_label_key(kind, figure)))
                    << language << " " << figure_label_key(kind, figure);
            }
        }
    }
}

TEST(KeyFigures, DifferencesAreBMinusAWithAVerdict) {
    const Scenario a = default_scenario(ScenarioKind::program);
    Scenario b = a;
    std::get<ProgramInputs>(b.inputs).conversion_rate = 0.3;
    const Json ra = result_of(a);
    const Json rb = result_of(b);
    const auto rows = compare_key_figures(ScenarioKind::program, ra, rb);
    ASSERT_EQ(rows.size(), key_figures(ScenarioKind::program).size());
    for (const auto& row : rows) {
        if (row.figure->name != "net_profit") continue;
        const double expected = rb["result"]["totals"]["net_profit"].get<double>() -
                                ra["result"]["totals"]["net_profit"].get<double>();
        ASSERT_TRUE(row.difference.has_value());
        EXPECT_DOUBLE_EQ(*row.difference, expected);
        EXPECT_GT(expected, 0);
        EXPECT_EQ(row.verdict, +1);
    }
}

// A scenario with a value after the horizon against one without: the
// figures with the tail differ by the tail, the horizon's own do not, and a
// platform fee counts as a cost that is worse when higher.
TEST(KeyFigures, TheTailAndTheFeeAreComparedToo) {
    const Scenario a = default_scenario(ScenarioKind::program);
    Scenario b = a;
    std::get<ProgramInputs>(b.inputs).tail_months = 48;
    std::get<ProgramInputs>(b.inputs).fee_per_conversion = 5;
    const Json ra = result_of(a);
    const Json rb = result_of(b);
    const double fees = rb["result"]["totals"]["fee_cost"].get<double>();
    const double tail = rb["result"]["totals"]["tail_gross_profit"].get<double>();
    ASSERT_GT(fees, 0);
    ASSERT_GT(tail, fees);
    int seen = 0;
    for (const auto& row : compare_key_figures(ScenarioKind::program, ra, rb)) {
        if (!row.difference) continue;
        if (row.figure->name == "net_profit") {
            EXPECT_NEAR(*row.difference, -fees, 1e-9);
            EXPECT_EQ(row.verdict, -1);
            ++seen;
        } else if (row.figure->name == "net_profit_with_tail") {
            EXPECT_NEAR(*row.difference, tail - fees, 1e-9);
            EXPECT_EQ(row.verdict, +1);
            ++seen;
        } else if (row.figure->name == "fee_cost") {
            EXPECT_NEAR(*row.difference, fees, 1e-9);
            EXPECT_EQ(row.verdict, -1);
            ++seen;
        } else if (row.figure->name == "tail_gross_profit" || row.figure->name == "npv_with_tail" ||
                   row.figure->name == "roi_with_tail") {
            EXPECT_GT(*row.difference, 0) << row.figure->name;
            ++seen;
        }
    }
    EXPECT_EQ(seen, 6);
}

TEST(KeyFigures, LowerCostIsBetter) {
    const Scenario a = default_scenario(ScenarioKind::gift_card);
    Scenario b = a;
    std::get<GiftCardInputs>(b.inputs).fixed_cost = 50;
    for (const auto& row : compare_key_figures(ScenarioKind::gift_card, result_of(a), result_of(b))) {
        if (row.figure->name == "campaign_cost") {
            EXPECT_EQ(row.verdict, +1);
        }
        if (row.figure->name == "breakage_rate") {
            EXPECT_EQ(row.verdict, 0);
        }
    }
}

TEST(KeyFigures, AMissingPaybackIsWorseThanAnyMonth) {
    Scenario a = default_scenario(ScenarioKind::program);
    Scenario b = a;
    std::get<ProgramInputs>(b.inputs).conversion_rate = 0;  // never pays back
    const auto& payback = figure_named(ScenarioKind::program, "payback_month");
    ASSERT_TRUE(figure_value(result_of(a), payback).has_value());
    ASSERT_FALSE(figure_value(result_of(b), payback).has_value());
    for (const auto& row : compare_key_figures(ScenarioKind::program, result_of(a), result_of(b))) {
        if (row.figure == &payback) {
            EXPECT_EQ(row.verdict, -1);
            EXPECT_FALSE(row.difference.has_value());
        }
    }
}

TEST(KeyFigures, FormattedInTheLanguage) {
    const auto& it = i18n::Catalog::of("it");
    const i18n::NumberFormat numbers("it");
    const auto& roi = figure_named(ScenarioKind::program, "roi");
    EXPECT_EQ(format_figure(roi, 0.255, "EUR", it, numbers), "25,5%");
    EXPECT_EQ(format_difference(roi, 0.05, "EUR", it, numbers), "+5,0 p.p.");
    const auto& net = figure_named(ScenarioKind::program, "net_profit");
    EXPECT_EQ(format_figure(net, 12345.6, "EUR", it, numbers), "12.346\xC2\xA0\xE2\x82\xAC");
    EXPECT_EQ(format_difference(net, -20.5, "EUR", it, numbers), "-20,50\xC2\xA0\xE2\x82\xAC");
    const auto& payback = figure_named(ScenarioKind::program, "payback_month");
    EXPECT_EQ(format_figure(payback, std::nullopt, "EUR", it, numbers), it.text("value.never"));
    const auto& score = figure_named(ScenarioKind::vcp, "portfolio_score");
    EXPECT_EQ(format_figure(score, std::nullopt, "", it, numbers), it.text("value.none"));
}

}  // namespace
}  // namespace passaparola::desktop
