#pragma once
// The tangible referral campaign (spec §3): a gift card sent a few times a
// year to best customers, to hand to a friend.
#include <optional>
#include <string>

namespace passaparola {

struct GiftCardInputs {
    std::string currency = "EUR";
    int waves = 4;
    double cards_per_wave = 100;
    double card_value = 15;
    double card_unit_cost = 1.5;
    double pass_on_rate = 0.6;
    double friend_redemption_rate = 0.5;
    double self_redemption_rate = 0.7;
    double redemption_spend = 40;
    double gross_margin = 0.5;
    double cannibalization = 0.5;
    double friend_conversion = 0.3;
    double new_customer_value = 120;
    double referrer_reward = 15;
    double reward_cost_ratio = 1;
    double fixed_cost = 200;
};

// One wave; the totals hold the same members multiplied by the waves.
struct GiftCardWave {
    double cards_sent = 0;
    double cards_passed_on = 0;
    double friend_redemptions = 0;
    double self_redemptions = 0;
    double unredeemed_cards = 0;
    double new_customers = 0;
    double card_cost = 0;
    double gift_cost = 0;
    double reward_cost = 0;
    double purchase_margin = 0;
    double customer_value = 0;

    double redemptions() const { return friend_redemptions + self_redemptions; }
};

struct GiftCardTotals : GiftCardWave {
    double fixed_cost = 0;
    double campaign_cost = 0;
    double campaign_return = 0;
    double net_profit = 0;
    std::optional<double> roi;
    std::optional<double> cost_per_new_customer;
    std::optional<double> breakage_rate;
    double breakage_value = 0;
    std::optional<double> break_even_friend_conversion;
    std::optional<double> max_card_value;
};

struct GiftCardResult {
    GiftCardWave per_wave;
    GiftCardTotals totals;
};

GiftCardWave gift_card_wave(const GiftCardInputs& inputs);
// Net profit alone, without the break-even solvers (what-if trials use it).
double gift_card_net_profit(const GiftCardInputs& inputs);
GiftCardResult evaluate_gift_card(const GiftCardInputs& inputs);

}  // namespace passaparola
