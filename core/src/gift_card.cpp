#include "passaparola/gift_card.hpp"

#include <algorithm>

namespace passaparola {
namespace {

std::optional<double> ratio(double numerator, double denominator) {
    if (denominator == 0) return std::nullopt;
    return numerator / denominator;
}

// Everything a campaign costs and returns over all its waves.
struct CampaignBalance {
    double cost;
    double return_;
};

CampaignBalance campaign_balance(const GiftCardInputs& in, const GiftCardWave& wave) {
    return {in.fixed_cost + in.waves * (wave.card_cost + wave.gift_cost + wave.reward_cost),
            in.waves * (wave.purchase_margin + wave.customer_value)};
}

std::optional<double> break_even_friend_conversion(const GiftCardInputs& in, const GiftCardWave& wave) {
    GiftCardInputs without_conversion = in;
    without_conversion.friend_conversion = 0;
    const double c0 = gift_card_net_profit(without_conversion);
    const double slope =
        in.waves * wave.friend_redemptions * (in.new_customer_value - in.referrer_reward * in.reward_cost_ratio);
    if (c0 >= 0) return 0.0;
    if (!(slope > 0)) return std::nullopt;
    const double root = -c0 / slope;
    if (!(root <= 1)) return std::nullopt;
    return root;
}

std::optional<double> max_card_value(const GiftCardInputs& in, const GiftCardWave& wave, double net_profit) {
    const double at_zero_value = net_profit + in.waves * wave.gift_cost;
    if (!(at_zero_value >= 0)) return std::nullopt;
    const double redeemed = in.waves * wave.redemptions();
    if (redeemed == 0) return in.redemption_spend;
    return std::min(in.redemption_spend, at_zero_value / redeemed);
}

}  // namespace

GiftCardWave gift_card_wave(const GiftCardInputs& in) {
    const double spend = in.redemption_spend;
    GiftCardWave w;
    w.cards_sent = in.cards_per_wave;
    w.cards_passed_on = w.cards_sent * in.pass_on_rate;
    w.friend_redemptions = w.cards_passed_on * in.friend_redemption_rate;
    w.self_redemptions = (w.cards_sent - w.cards_passed_on) * in.self_redemption_rate;
    w.unredeemed_cards = w.cards_sent - w.friend_redemptions - w.self_redemptions;
    w.new_customers = w.friend_redemptions * in.friend_conversion;
    w.card_cost = w.cards_sent * in.card_unit_cost;
    w.gift_cost = (w.friend_redemptions + w.self_redemptions) * std::min(spend, in.card_value);
    w.reward_cost = w.new_customers * in.referrer_reward * in.reward_cost_ratio;
    w.purchase_margin = w.friend_redemptions * spend * in.gross_margin +
                        w.self_redemptions * spend * in.gross_margin * (1 - in.cannibalization);
    w.customer_value = w.new_customers * in.new_customer_value;
    return w;
}

double gift_card_net_profit(const GiftCardInputs& inputs) {
    const CampaignBalance balance = campaign_balance(inputs, gift_card_wave(inputs));
    return balance.return_ - balance.cost;
}

GiftCardResult evaluate_gift_card(const GiftCardInputs& in) {
    GiftCardResult result;
    const GiftCardWave& w = result.per_wave = gift_card_wave(in);
    GiftCardTotals& t = result.totals;
    const double waves = in.waves;
    t.cards_sent = waves * w.cards_sent;
    t.cards_passed_on = waves * w.cards_passed_on;
    t.friend_redemptions = waves * w.friend_redemptions;
    t.self_redemptions = waves * w.self_redemptions;
    t.unredeemed_cards = waves * w.unredeemed_cards;
    t.new_customers = waves * w.new_customers;
    t.card_cost = waves * w.card_cost;
    t.gift_cost = waves * w.gift_cost;
    t.reward_cost = waves * w.reward_cost;
    t.purchase_margin = waves * w.purchase_margin;
    t.customer_value = waves * w.customer_value;

    const CampaignBalance balance = campaign_balance(in, w);
    t.fixed_cost = in.fixed_cost;
    t.campaign_cost = balance.cost;
    t.campaign_return = balance.return_;
    t.net_profit = balance.return_ - balance.cost;
    t.roi = ratio(t.net_profit, t.campaign_cost);
    t.cost_per_new_customer = ratio(t.campaign_cost, t.new_customers);
    t.breakage_rate = ratio(w.unredeemed_cards, w.cards_sent);
    t.breakage_value = waves * (w.unredeemed_cards * in.card_value +
                                w.redemptions() * std::max(in.card_value - in.redemption_spend, 0.0));
    t.break_even_friend_conversion = break_even_friend_conversion(in, w);
    t.max_card_value = max_card_value(in, w, t.net_profit);
    return result;
}

}  // namespace passaparola
