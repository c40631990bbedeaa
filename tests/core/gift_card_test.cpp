// Spec §3 by hand: the defaults worked out on paper, then the edge cases of
// the two solvers.
#include <gtest/gtest.h>

#include "passaparola/gift_card.hpp"
#include "test_support.hpp"

namespace passaparola::test {
namespace {

constexpr double kExact = 1e-9;

// Defaults: 4 waves of 100 cards, V = 15, S = 40, m = 0.5.
TEST(GiftCardWave, DefaultsByHand) {
    const GiftCardWave w = gift_card_wave(GiftCardInputs{});
    EXPECT_NEAR(w.cards_sent, 100, kExact);
    EXPECT_NEAR(w.cards_passed_on, 60, kExact);     // 100 × 0.6
    EXPECT_NEAR(w.friend_redemptions, 30, kExact);  // 60 × 0.5
    EXPECT_NEAR(w.self_redemptions, 28, kExact);    // (100 − 60) × 0.7
    EXPECT_NEAR(w.unredeemed_cards, 42, kExact);    // 100 − 30 − 28
    EXPECT_NEAR(w.new_customers, 9, kExact);        // 30 × 0.3
    EXPECT_NEAR(w.card_cost, 150, kExact);          // 100 × 1.5
    EXPECT_NEAR(w.gift_cost, 870, kExact);          // (30 + 28) × min(40, 15)
    EXPECT_NEAR(w.reward_cost, 135, kExact);        // 9 × 15 × 1
    EXPECT_NEAR(w.purchase_margin, 880, kExact);    // 30 × 40 × 0.5 + 28 × 40 × 0.5 × (1 − 0.5) = 600 + 280
    EXPECT_NEAR(w.customer_value, 1080, kExact);    // 9 × 120
}

TEST(GiftCardTotals, DefaultsByHand) {
    const GiftCardTotals t = evaluate_gift_card(GiftCardInputs{}).totals;
    EXPECT_NEAR(t.cards_sent, 400, kExact);  // each per-wave member × 4
    EXPECT_NEAR(t.friend_redemptions, 120, kExact);
    EXPECT_NEAR(t.self_redemptions, 112, kExact);
    EXPECT_NEAR(t.unredeemed_cards, 168, kExact);
    EXPECT_NEAR(t.new_customers, 36, kExact);
    EXPECT_NEAR(t.gift_cost, 3480, kExact);
    EXPECT_NEAR(t.purchase_margin, 3520, kExact);
    EXPECT_NEAR(t.customer_value, 4320, kExact);
    EXPECT_NEAR(t.fixed_cost, 200, kExact);
    EXPECT_NEAR(t.campaign_cost, 4820, kExact);    // 200 + 4 × (150 + 870 + 135)
    EXPECT_NEAR(t.campaign_return, 7840, kExact);  // 4 × (880 + 1080)
    EXPECT_NEAR(t.net_profit, 3020, kExact);       // 7840 − 4820
    ASSERT_TRUE(t.roi && t.cost_per_new_customer && t.breakage_rate);
    EXPECT_NEAR(*t.roi, 3020.0 / 4820, kExact);
    EXPECT_NEAR(*t.cost_per_new_customer, 4820.0 / 36, kExact);
    EXPECT_NEAR(*t.breakage_rate, 0.42, kExact);  // 42 / 100 per wave
    EXPECT_NEAR(t.breakage_value, 2520, kExact);  // 4 × (42 × 15 + 58 × max(15 − 40, 0))
    // c0 (no conversion): cost 200 + 4 × (150 + 870) = 4280, return 4 × 880 = 3520 → −760;
    // k = 4 × 30 × (120 − 15 × 1) = 12600 → root 760 / 12600.
    ASSERT_TRUE(t.break_even_friend_conversion);
    EXPECT_NEAR(*t.break_even_friend_conversion, 760.0 / 12600, kExact);
    // v0 = 3020 + 4 × 870 = 6500; 4 × 58 = 232 redemptions → min(40, 6500 / 232).
    ASSERT_TRUE(t.max_card_value);
    EXPECT_NEAR(*t.max_card_value, 6500.0 / 232, kExact);
}

TEST(GiftCardTotals, SpendBelowCardValueCapsTheGiftAndAddsBreakage) {
    GiftCardInputs in;
    in.redemption_spend = 10;  // S = 10 < V = 15
    const GiftCardResult r = evaluate_gift_card(in);
    EXPECT_NEAR(r.per_wave.gift_cost, 580, kExact);        // 58 × min(10, 15)
    EXPECT_NEAR(r.per_wave.purchase_margin, 220, kExact);  // 30 × 10 × 0.5 + 28 × 10 × 0.5 × 0.5 = 150 + 70
    EXPECT_NEAR(r.totals.campaign_cost, 3660, kExact);     // 200 + 4 × (150 + 580 + 135)
    EXPECT_NEAR(r.totals.campaign_return, 5200, kExact);   // 4 × (220 + 1080)
    EXPECT_NEAR(r.totals.net_profit, 1540, kExact);
    // The unspent part of redeemed cards is breakage too: 4 × (42 × 15 + 58 × (15 − 10)).
    EXPECT_NEAR(r.totals.breakage_value, 3680, kExact);
    // v0 = 1540 + 4 × 580 = 3860; 3860 / 232 = 16.6 > S → the card is worth at most S.
    EXPECT_EQ(r.totals.max_card_value, 10.0);
}

TEST(GiftCardBreakEven, IsZeroWhenProfitableWithoutConversion) {
    GiftCardInputs in;
    in.card_unit_cost = 0;
    in.fixed_cost = 0;  // c0 = 4 × 880 − 4 × 870 = 40 ≥ 0
    EXPECT_EQ(evaluate_gift_card(in).totals.break_even_friend_conversion, 0.0);
}

TEST(GiftCardBreakEven, IsNullWhenANewCustomerIsWorthNoMoreThanTheReward) {
    GiftCardInputs in;
    in.new_customer_value = 15;  // k = 4 × 30 × (15 − 15) = 0, c0 < 0
    EXPECT_FALSE(evaluate_gift_card(in).totals.break_even_friend_conversion);
    in.new_customer_value = 10;  // k < 0
    EXPECT_FALSE(evaluate_gift_card(in).totals.break_even_friend_conversion);
    in = GiftCardInputs{};
    in.pass_on_rate = 0;  // no friend redeems: k = 0
    EXPECT_FALSE(evaluate_gift_card(in).totals.break_even_friend_conversion);
}

TEST(GiftCardBreakEven, IsNullWhenTheRootIsAboveOne) {
    // With fixed cost F: c0 = 4 × 880 − (F + 4 × (150 + 870)) = −560 − F, k = 12600,
    // so the root (560 + F) / 12600 is 1 at F = 12040.
    GiftCardInputs in;
    in.fixed_cost = 12041;
    EXPECT_FALSE(evaluate_gift_card(in).totals.break_even_friend_conversion);
    in.fixed_cost = 12040;  // a root of exactly 1 is kept
    const auto root = evaluate_gift_card(in).totals.break_even_friend_conversion;
    ASSERT_TRUE(root);
    EXPECT_NEAR(*root, 1, kExact);
}

TEST(GiftCardMaxValue, IsSpendWhenNothingIsRedeemed) {
    GiftCardInputs in;
    in.pass_on_rate = 0.5;
    in.friend_redemption_rate = 0;
    in.self_redemption_rate = 0;
    in.card_unit_cost = 0;
    in.fixed_cost = 0;  // net 0, v0 = 0 ≥ 0, no redemption: the face value does not matter
    EXPECT_EQ(evaluate_gift_card(in).totals.max_card_value, 40.0);
}

TEST(GiftCardMaxValue, IsNullWhenLosingAtZeroValue) {
    GiftCardInputs in;
    in.fixed_cost = 1e6;  // v0 = 7840 − (1e6 + 4 × 1155) + 4 × 870 < 0
    EXPECT_FALSE(evaluate_gift_card(in).totals.max_card_value);
}

TEST(GiftCardMaxValue, KeepsTheCampaignAtBreakEven) {
    GiftCardInputs in;
    const auto max = evaluate_gift_card(in).totals.max_card_value;
    ASSERT_TRUE(max);
    in.card_value = *max;
    EXPECT_NEAR(gift_card_net_profit(in), 0, 1e-9);
}

TEST(GiftCardTotals, NoCardsMeansNullRatios) {
    const Json doc = evaluated(document("gift_card", {{"cards_per_wave", 0}, {"fixed_cost", 0}}));
    const Json& t = doc["result"]["totals"];
    EXPECT_TRUE(t["breakage_rate"].is_null());              // 0 / 0 cards
    EXPECT_TRUE(t["roi"].is_null());                        // 0 / 0 cost
    EXPECT_TRUE(t["cost_per_new_customer"].is_null());      // 0 / 0 customers
    EXPECT_TRUE(t["break_even_friend_conversion"] == 0.0);  // c0 = 0 ≥ 0
    EXPECT_EQ(t["max_card_value"], 40.0);                   // no redemptions → S
}

TEST(GiftCardDocument, HoldsPerWaveAndTotals) {
    const Json doc = evaluated(document("gift_card", {{"waves", 2}}));
    const Json& r = doc["result"];
    ASSERT_TRUE(r.contains("per_wave") && r.contains("totals"));
    EXPECT_EQ(r["per_wave"].size(), 11u);
    for (const auto& [key, value] : r["per_wave"].items()) {
        EXPECT_NEAR(r["totals"][key].get<double>(), 2 * value.get<double>(), kExact) << key;
    }
    const std::vector<std::string> added = {"fixed_cost",
                                            "campaign_cost",
                                            "campaign_return",
                                            "net_profit",
                                            "roi",
                                            "cost_per_new_customer",
                                            "breakage_rate",
                                            "breakage_value",
                                            "break_even_friend_conversion",
                                            "max_card_value"};
    for (const auto& key : added) EXPECT_TRUE(r["totals"].contains(key)) << key;
    EXPECT_EQ(r["totals"].size(), 21u);
}

}  // namespace
}  // namespace passaparola::test
