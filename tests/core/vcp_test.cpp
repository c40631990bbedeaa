// Spec §4 by hand: levels, mutual level, score, potential, next action, the
// summary and how names are trimmed.
#include <gtest/gtest.h>

#include "passaparola/vcp.hpp"
#include "test_support.hpp"

namespace passaparola::test {
namespace {

Direction direction(bool business, bool ideal, bool reach, bool trusts, double referrals) {
    return {business, ideal, reach, trusts, referrals};
}

const Direction kNone = direction(false, false, false, false, 0);
const Direction kVisibility = direction(true, false, false, false, 0);
const Direction kCredibility = direction(true, true, true, true, 0);
const Direction kProfitability = direction(true, true, true, true, 2);

TEST(VcpLevel, FollowsKnowledgeThenTrustThenRegularReferrals) {
    EXPECT_EQ(direction_level(kNone, 2), Level::none);
    // Without knowing the business nothing else counts.
    EXPECT_EQ(direction_level(direction(false, true, true, true, 5), 2), Level::none);
    EXPECT_EQ(direction_level(kVisibility, 2), Level::visibility);
    EXPECT_EQ(direction_level(direction(true, true, true, false, 5), 2), Level::visibility);
    EXPECT_EQ(direction_level(direction(true, false, false, true, 1.99), 2), Level::credibility);
    EXPECT_EQ(direction_level(direction(true, false, false, true, 2), 2), Level::profitability);  // ≥ regular
    EXPECT_EQ(direction_level(direction(true, false, false, true, 0.1), 0.1), Level::profitability);
}

TEST(VcpMutualLevel, IsTheLowerSide) {
    // The restaurateur I send clients to who could not say what I do: only visibility.
    const auto a = assess_contact({"Ristorante", kProfitability, kVisibility, {}}, 2);
    EXPECT_EQ(a.level_mine, Level::profitability);
    EXPECT_EQ(a.level_theirs, Level::visibility);
    EXPECT_EQ(a.mutual_level, Level::visibility);
    EXPECT_EQ(assess_contact({"x", kNone, kProfitability, {}}, 2).mutual_level, Level::none);
    EXPECT_EQ(assess_contact({"x", kProfitability, kProfitability, {}}, 2).mutual_level, Level::profitability);
}

TEST(VcpNextAction, ByWhichSideIsBehind) {
    EXPECT_EQ(assess_contact({"x", kProfitability, kProfitability, {}}, 2).next_action, NextAction::maintain);
    // Their level below mine: they must learn about me.
    EXPECT_EQ(assess_contact({"x", kProfitability, kVisibility, {}}, 2).next_action, NextAction::teach);
    EXPECT_EQ(assess_contact({"x", kCredibility, kNone, {}}, 2).next_action, NextAction::teach);
    // Mine below theirs: I must learn about them.
    EXPECT_EQ(assess_contact({"x", kVisibility, kCredibility, {}}, 2).next_action, NextAction::learn);
    EXPECT_EQ(assess_contact({"x", kCredibility, kProfitability, {}}, 2).next_action, NextAction::learn);
    // Trust on both sides: ask each other for referrals.
    EXPECT_EQ(assess_contact({"x", kCredibility, kCredibility, {}}, 2).next_action, NextAction::ask);
    // Level with each other below credibility: deepen.
    EXPECT_EQ(assess_contact({"x", kVisibility, kVisibility, {}}, 2).next_action, NextAction::deepen);
    EXPECT_EQ(assess_contact({"x", kNone, kNone, {}}, 2).next_action, NextAction::deepen);
}

TEST(VcpScore, CountsPointsOutOfSixteen) {
    EXPECT_EQ(assess_contact({"x", kNone, kNone, {}}, 2).score, 0);
    EXPECT_EQ(assess_contact({"x", kProfitability, kProfitability, {}}, 2).score, 100);  // 8 + 8
    // Referrals beyond regular count no more: 3 × min(10 / 2, 1) = 3.
    EXPECT_EQ(assess_contact({"x", direction(true, true, true, true, 10), kProfitability, {}}, 2).score, 100);
    EXPECT_EQ(assess_contact({"x", kVisibility, kNone, {}}, 2).score, 6);         // 100 × 1 / 16 = 6.25
    EXPECT_EQ(assess_contact({"x", kVisibility, kVisibility, {}}, 2).score, 13);  // 12.5 rounds half up
    EXPECT_EQ(assess_contact({"x", kCredibility, kNone, {}}, 2).score, 31);       // 100 × 5 / 16 = 31.25
    // Knowledge 1 + trust 2 + 3 × 1/2 = 4.5 on one side: 100 × 4.5 / 16 = 28.125.
    EXPECT_EQ(assess_contact({"x", direction(true, false, false, true, 1), kNone, {}}, 2).score, 28);
}

TEST(VcpScore, ExactHalvesRoundUpDespiteBinaryError) {
    // 3 × 0.6 = 1.7999999999999998 in doubles on each side, 100 × 3.5999999999999996 / 16 =
    // 22.499999999999996: 22.5 in exact arithmetic, so 23.
    const Direction d = direction(false, false, false, false, 0.6);
    EXPECT_EQ(assess_contact({"x", d, d, {}}, 1).score, 23);
    // 3 × (0.6 + 0.5992) = 3.5976 → 22.485: truly below the half, so 22.
    EXPECT_EQ(assess_contact({"x", d, direction(false, false, false, false, 0.5992), {}}, 1).score, 22);
}

TEST(VcpPotential, SumsTraitWeightsUpToOneHundred) {
    EXPECT_EQ(assess_contact({"x", kNone, kNone, {}}, 2).referral_potential, 0);
    EXPECT_EQ(assess_contact({"x", kNone, kNone, {"connector"}}, 2).referral_potential, 25);
    EXPECT_EQ(assess_contact({"x", kNone, kNone, {"maven", "doer", "friend_family"}}, 2).referral_potential, 40);
    // 25 + 25 + 20 + 20 + 20 = 110 → 100.
    EXPECT_EQ(
        assess_contact({"x", kNone, kNone, {"connector", "strategic_partner", "maven", "salesperson", "raving_fan"}}, 2)
            .referral_potential,
        100);
    int sum = 0;
    for (const auto& t : trait_infos()) sum += t.weight;
    EXPECT_EQ(sum, 25 + 25 + 20 + 20 + 20 + 15 + 15 + 5);
}

TEST(VcpBalance, IsMineMinusTheirs) {
    const auto a = assess_contact(
        {"x", direction(true, false, false, false, 3), direction(true, false, false, false, 4.5), {}}, 2);
    EXPECT_DOUBLE_EQ(a.referral_balance, -1.5);
}

Contact contact(std::string name, Direction mine, Direction theirs, std::vector<std::string> traits = {}) {
    return {std::move(name), mine, theirs, std::move(traits)};
}

TEST(VcpSummary, CountsLevelsPartnersAndGap) {
    VcpInputs in;
    in.target_partners = 3;
    in.contacts = {contact("A", kProfitability, kProfitability), contact("B", kProfitability, kVisibility),
                   contact("C", kNone, kNone), contact("D", kCredibility, kCredibility)};
    const VcpSummary s = evaluate_vcp(in).summary;
    EXPECT_EQ(s.contacts, 4);
    EXPECT_EQ(s.level_counts[0], 1);  // C
    EXPECT_EQ(s.level_counts[1], 1);  // B
    EXPECT_EQ(s.level_counts[2], 1);  // D
    EXPECT_EQ(s.level_counts[3], 1);  // A
    EXPECT_EQ(s.profitability_partners, 1);
    EXPECT_EQ(s.target_partners, 3);
    EXPECT_EQ(s.partner_gap, 2);  // 3 − 1
    // Scores 100, (8 + 1) → 56.25 → 56, 0, (5 + 5) → 62.5 → 63: mean 219 / 4, not rounded.
    ASSERT_TRUE(s.portfolio_score);
    EXPECT_DOUBLE_EQ(*s.portfolio_score, 219.0 / 4);
    EXPECT_DOUBLE_EQ(s.referral_balance, 2);  // A: 2 − 2, B: 2 − 0
}

TEST(VcpSummary, GapIsNeverNegativeAndNoContactsHasNoScore) {
    VcpInputs in;
    in.target_partners = 1;
    in.contacts = {contact("A", kProfitability, kProfitability), contact("B", kProfitability, kProfitability)};
    EXPECT_EQ(evaluate_vcp(in).summary.partner_gap, 0);
    in.contacts.clear();
    const VcpSummary s = evaluate_vcp(in).summary;
    EXPECT_FALSE(s.portfolio_score);
    EXPECT_TRUE(s.invest_next.empty());
    const Json doc = evaluated(document("vcp"));
    EXPECT_TRUE(doc["result"]["summary"]["portfolio_score"].is_null());
    EXPECT_EQ(doc["result"]["summary"]["partner_gap"], 5);
    EXPECT_EQ(doc["result"]["summary"]["level_counts"],
              Json({{"none", 0}, {"visibility", 0}, {"credibility", 0}, {"profitability", 0}}));
}

TEST(VcpInvestNext, RanksPotentialTimesLevelAndKeepsInputOrderOnTies) {
    VcpInputs in;
    in.contacts = {
        contact("none-connector", kNone, kNone, {"connector"}),                  // 25 × 1 = 25
        contact("vis-maven", kVisibility, kVisibility, {"maven"}),               // 20 × 2 = 40
        contact("partner", kProfitability, kProfitability, {"connector"}),       // at profitability: never
        contact("cred-doer", kCredibility, kCredibility, {"doer"}),              // 15 × 3 = 45
        contact("vis-salesperson", kVisibility, kCredibility, {"salesperson"}),  // 20 × 2 = 40, ties vis-maven
    };
    EXPECT_EQ(evaluate_vcp(in).summary.invest_next,
              (std::vector<std::string>{"cred-doer", "vis-maven", "vis-salesperson"}));
}

TEST(VcpInvestNext, ListsContactsWithoutPotentialWhenFewRankHigher) {
    VcpInputs in;
    in.contacts = {contact("zero-a", kCredibility, kCredibility), contact("partner", kProfitability, kProfitability),
                   contact("fan", kNone, kNone, {"raving_fan"}), contact("zero-b", kVisibility, kNone),
                   contact("zero-c", kNone, kNone)};
    // fan 20 × 1; the zeros tie at 0 and keep input order; at most three names.
    EXPECT_EQ(evaluate_vcp(in).summary.invest_next, (std::vector<std::string>{"fan", "zero-a", "zero-b"}));
}

// The trimmed name as stored by a document read.
Json evaluated_names(const std::vector<std::string>& names) {
    Json contacts = Json::array();
    for (const auto& n : names) contacts.push_back({{"name", n}});
    const Json doc = evaluated(document("vcp", {{"contacts", contacts}}));
    Json out = Json::array();
    for (const auto& c : doc["result"]["contacts"]) out.push_back(c["name"]);
    EXPECT_EQ(doc["inputs"]["contacts"].size(), names.size());
    for (std::size_t i = 0; i < names.size() && i < out.size(); ++i) {
        EXPECT_EQ(doc["inputs"]["contacts"][i]["name"], out[i]) << "the echoed input is the trimmed name";
    }
    return out;
}

TEST(VcpNames, TrimEveryUnicodeWhiteSpaceCharacter) {
    // U+0009–U+000D, U+0020, U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000
    const std::vector<std::string> spaces = {"\t",     "\n",     "\v",     "\f",     "\r",     " ",      "\u0085",
                                             "\u00A0", "\u1680", "\u2000", "\u2001", "\u2002", "\u2003", "\u2004",
                                             "\u2005", "\u2006", "\u2007", "\u2008", "\u2009", "\u200A", "\u2028",
                                             "\u2029", "\u202F", "\u205F", "\u3000"};
    for (const auto& space : spaces) {
        EXPECT_EQ(trim_unicode_space(space + "Caffè" + space), "Caffè") << Json(space).dump();
        EXPECT_EQ(trim_unicode_space(space + space + "a" + space + "b" + space), "a" + space + "b")
            << "inner space stays: " << Json(space).dump();
    }
    std::string all;
    for (const auto& space : spaces) all += space;
    EXPECT_EQ(evaluated_names({all + "Pasticceria Dolce Vita" + all}), Json::array({"Pasticceria Dolce Vita"}));
}

TEST(VcpNames, KeepCharactersThatAreNotWhiteSpace) {
    // Zero-width space, word joiner, BOM and Mongolian vowel separator are not White_Space.
    for (const std::string edge : {"\u200B", "\u2060", "\uFEFF", "\u180E"}) {
        EXPECT_EQ(trim_unicode_space(edge + "x" + edge), edge + "x" + edge) << Json(edge).dump();
    }
    EXPECT_EQ(trim_unicode_space("🍕"), "🍕");
    EXPECT_EQ(trim_unicode_space(" Äänekoski "), "Äänekoski");
    EXPECT_EQ(trim_unicode_space("   "), "");
    EXPECT_EQ(trim_unicode_space(""), "");
}

std::string repeat(std::string_view piece, int times) {
    std::string out;
    for (int i = 0; i < times; ++i) out += piece;
    return out;
}

TEST(VcpNames, HoldOneToEightyCodePointsAfterTrimming) {
    // 80 code points of two, three and four bytes each are fine; the spaces around do not count.
    EXPECT_EQ(evaluated_names({repeat("ä", 80), " " + repeat("€", 80) + "\u3000", repeat("🍕", 80), "x"}),
              Json::array({repeat("ä", 80), repeat("€", 80), repeat("🍕", 80), "x"}));
    const std::string rule = "must have 1 to 80 characters once spaces around it are removed";
    EXPECT_EQ(problems_of(document("vcp", {{"contacts", {{{"name", repeat("ä", 81)}}}}})),
              std::vector<std::string>{"inputs.contacts[0].name: " + rule + " (got \"" + repeat("ä", 60) + "…\")"});
    EXPECT_EQ(problems_of(document("vcp", {{"contacts", {{{"name", " \u00A0\t"}}}}})),
              std::vector<std::string>{"inputs.contacts[0].name: " + rule + " (got \" \u00A0?\")"});
    EXPECT_EQ(problems_of(document("vcp", {{"contacts", {{{"name", ""}}}}})),
              std::vector<std::string>{"inputs.contacts[0].name: " + rule + " (got \"\")"});
}

TEST(VcpNames, NeedNotBeUniqueAndStayText) {
    EXPECT_EQ(evaluated_names({"Anna", "Anna", "42", "null"}), Json::array({"Anna", "Anna", "42", "null"}));
}

}  // namespace
}  // namespace passaparola::test
