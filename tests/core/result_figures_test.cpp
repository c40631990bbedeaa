// Result metadata: it names every member of the result documents, in their
// order, so faces that format figures from it cannot drift from the writer.
#include <gtest/gtest.h>

#include "passaparola/result_figures.hpp"
#include "test_support.hpp"

namespace passaparola::test {
namespace {

std::vector<std::string> names_of(std::span<const FigureInfo> figures) {
    std::vector<std::string> names;
    for (const auto& f : figures) names.emplace_back(f.name);
    return names;
}

std::vector<std::string> members_of(const Json& object) {
    std::vector<std::string> names;
    for (const auto& item : object.items()) names.push_back(item.key());
    return names;
}

TEST(ResultFigures, NameEveryMemberOfEveryPartInDocumentOrder) {
    const Json program = evaluated(document("program"));
    EXPECT_EQ(names_of(result_figures(ScenarioKind::program, "totals")), members_of(program["result"]["totals"]));
    EXPECT_EQ(names_of(result_figures(ScenarioKind::program, "months")), members_of(program["result"]["months"][0]));
    const Json gift_card = evaluated(document("gift_card"));
    EXPECT_EQ(names_of(result_figures(ScenarioKind::gift_card, "totals")), members_of(gift_card["result"]["totals"]));
    EXPECT_EQ(names_of(result_figures(ScenarioKind::gift_card, "per_wave")), members_of(gift_card["result"]["per_wave"]));
    const Json vcp = evaluated(document("vcp", {{"contacts", {{{"name", "Anna"}}}}}));
    EXPECT_EQ(names_of(result_figures(ScenarioKind::vcp, "summary")), members_of(vcp["result"]["summary"]));
    EXPECT_EQ(names_of(result_figures(ScenarioKind::vcp, "contacts")), members_of(vcp["result"]["contacts"][0]));
    EXPECT_TRUE(result_figures(ScenarioKind::vcp, "totals").empty());
}

TEST(ResultFigures, KeyFiguresAreNumbersOfTheHeadlinePart) {
    for (const auto kind : {ScenarioKind::program, ScenarioKind::gift_card, ScenarioKind::vcp}) {
        const auto headline = names_of(result_figures(kind, headline_part(kind)));
        ASSERT_FALSE(key_figures(kind).empty());
        for (const auto& f : key_figures(kind)) {
            EXPECT_NE(std::find(headline.begin(), headline.end(), f.name), headline.end()) << f.name;
            EXPECT_LT(static_cast<int>(f.unit), static_cast<int>(FigureUnit::level)) << f.name << " is not a number";
        }
    }
    EXPECT_EQ(key_figures(ScenarioKind::program)[0].name, "net_profit");
}

TEST(ResultFigures, SayTheUnitAndWhichWayIsBetter) {
    const auto find = [](ScenarioKind kind, std::string_view part, std::string_view name) {
        for (const auto& f : result_figures(kind, part)) {
            if (f.name == name) return f;
        }
        ADD_FAILURE() << name;
        return FigureInfo{};
    };
    EXPECT_EQ(find(ScenarioKind::program, "totals", "roi").unit, FigureUnit::percent);
    EXPECT_EQ(find(ScenarioKind::program, "totals", "payback_month").unit, FigureUnit::month);
    EXPECT_EQ(find(ScenarioKind::program, "totals", "payback_month").better, -1);  // sooner is better
    EXPECT_EQ(find(ScenarioKind::program, "months", "cumulative_net").unit, FigureUnit::money);
    EXPECT_EQ(find(ScenarioKind::gift_card, "totals", "cost_per_new_customer").better, -1);
    EXPECT_EQ(find(ScenarioKind::gift_card, "totals", "breakage_rate").better, 0);
    EXPECT_EQ(find(ScenarioKind::vcp, "summary", "as_of").unit, FigureUnit::date);
    EXPECT_EQ(find(ScenarioKind::vcp, "contacts", "closed_value_received").unit, FigureUnit::money);
    const Json metadata = result_metadata();
    EXPECT_EQ(metadata["program"]["headline"], "totals");
    EXPECT_EQ(metadata["vcp"]["key_figures"][1], Json::parse(R"({"name":"profitability_partners","unit":"integer","better":1})"));
    EXPECT_EQ(metadata["gift_card"]["parts"]["per_wave"].size(), 11u);
}

}  // namespace
}  // namespace passaparola::test
