// The December additions to spec §2 (conversion lag, fee per conversion,
// value after the horizon) must leave every earlier figure as it was, bit for
// bit, while they stay at their defaults. The program model as it stood
// before them is kept here, and only here, as the reference: random valid
// documents are evaluated by both and compared bit by bit, and documents that
// use none of the new inputs write exactly the documents and links they did
// (share_link_test.cpp checks the links of the examples too).
#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <random>

#include "../../core/src/input_fields.hpp"
#include "passaparola/inputs.hpp"
#include "passaparola/share_link.hpp"
#include "passaparola/whatif.hpp"
#include "test_support.hpp"

namespace passaparola::test {
namespace {

constexpr std::string_view kNewInputs[] = {"conversion_lag_months", "fee_per_conversion", "tail_months"};

struct OldMonth {
    double referring_customers, leads, new_referred, new_incremental, referred_active, revenue, incremental_revenue,
        gross_profit, reward_cost, donation_cost, fixed_cost, program_cost, net, cumulative_net;
};

struct OldProgram {
    std::vector<OldMonth> months;
    double referred_customers = 0, incremental_customers = 0, referred_revenue = 0, incremental_revenue = 0,
           incremental_gross_profit = 0, reward_cost = 0, donation_cost = 0, fixed_cost = 0, program_cost = 0,
           npv = 0;
    int payback_month = 0;
    double net_profit() const { return incremental_gross_profit - program_cost; }
};

// The recurrence and the sums of spec §2 before the additions, operation for operation.
OldProgram old_program(const ProgramInputs& in) {
    const double spend = in.orders_per_month * in.average_order_value * (1 + in.referred_value_uplift);
    const double incremental_share = 1 - in.organic_share;
    const double rewards = in.referrer_reward + in.friend_reward;
    const double discount = 1 + in.annual_discount_rate;
    double base = in.customers, referred = 0, referred_incremental = 0, ever_referred = 0, cumulative = 0;
    OldProgram p;
    for (int t = 1; t <= in.horizon_months; ++t) {
        OldMonth m{};
        m.referring_customers = base + (in.referred_refer ? referred : 0.0);
        m.leads = m.referring_customers * in.advocate_rate * in.referrals_per_advocate;
        if (in.market_size > 0) {
            const double unreached = 1 - ever_referred / in.market_size;
            const double saturation = 0 < unreached ? unreached : 0.0;
            const double left = in.market_size - ever_referred;
            const double room = 0 < left ? left : 0.0;
            const double converted = m.leads * in.conversion_rate * saturation;
            m.new_referred = room < converted ? room : converted;
        } else {
            m.new_referred = m.leads * in.conversion_rate;
        }
        m.new_incremental = m.new_referred * incremental_share;
        m.referred_active = referred + m.new_referred;
        const double incremental_active = referred_incremental + m.new_incremental;
        m.revenue = m.referred_active * spend;
        m.incremental_revenue = incremental_active * spend;
        m.gross_profit = m.incremental_revenue * in.gross_margin;
        m.reward_cost = m.new_referred * rewards * in.reward_cost_ratio;
        m.donation_cost = m.revenue * in.donation_share;
        m.fixed_cost = in.monthly_cost + (t == 1 ? in.setup_cost : 0.0);
        m.program_cost = m.reward_cost + m.donation_cost + m.fixed_cost;
        m.net = m.gross_profit - m.program_cost;
        cumulative += m.net;
        m.cumulative_net = cumulative;
        ever_referred += m.new_referred;
        base *= 1 - in.monthly_churn;
        referred = m.referred_active * (1 - in.referred_churn);
        referred_incremental = incremental_active * (1 - in.referred_churn);

        p.referred_customers += m.new_referred;
        p.incremental_gross_profit += m.gross_profit;
        p.program_cost += m.program_cost;
        p.incremental_customers += m.new_incremental;
        p.referred_revenue += m.revenue;
        p.incremental_revenue += m.incremental_revenue;
        p.reward_cost += m.reward_cost;
        p.donation_cost += m.donation_cost;
        p.fixed_cost += m.fixed_cost;
        p.npv += discount == 1 ? m.net : m.net / std::pow(discount, (t - 1) / 12.0);
        if (p.payback_month == 0 && m.cumulative_net >= 0 && p.program_cost > 0) p.payback_month = t;
        p.months.push_back(m);
    }
    return p;
}

double old_net_at(ProgramInputs in, double conversion_rate) {
    in.conversion_rate = conversion_rate;
    return old_program(in).net_profit();
}

std::optional<double> old_break_even(const ProgramInputs& in) {
    const double at_full = old_net_at(in, 1);
    if (!std::isfinite(at_full) || at_full < 0) return std::nullopt;
    const double at_zero = old_net_at(in, 0);
    if (!std::isfinite(at_zero)) return std::nullopt;
    if (at_zero >= 0) return 0.0;
    double lo = 0, hi = 1;
    while (hi - lo >= 1e-12) {
        const double mid = (lo + hi) / 2;
        const double net = old_net_at(in, mid);
        if (!std::isfinite(net)) return std::nullopt;
        (net >= 0 ? hi : lo) = mid;
    }
    return hi;
}

std::optional<double> old_max_reward(ProgramInputs in) {
    in.referrer_reward = 0;
    const OldProgram p = old_program(in);
    const double net = p.net_profit();
    const double divisor = in.reward_cost_ratio * p.referred_customers;
    if (!(net >= 0) || divisor == 0 || !std::isfinite(net / divisor)) return std::nullopt;
    return net / divisor;
}

std::uint64_t bits(double x) { return std::bit_cast<std::uint64_t>(x); }

#define EXPECT_SAME_BITS(expected, actual) EXPECT_EQ(bits(expected), bits(actual)) << #actual << " " << (actual)

bool all_finite(const OldProgram& p) {
    for (const auto& m : p.months) {
        for (double x : {m.referring_customers, m.leads, m.new_referred, m.new_incremental, m.referred_active,
                         m.revenue, m.incremental_revenue, m.gross_profit, m.reward_cost, m.donation_cost,
                         m.fixed_cost, m.program_cost, m.net, m.cumulative_net}) {
            if (!std::isfinite(x)) return false;
        }
    }
    return std::isfinite(p.npv) && std::isfinite(p.net_profit());
}

// Valid program documents from the input metadata, without the new inputs:
// range ends, the slider range and the whole range, some inputs omitted.
class OldDocuments {
public:
    explicit OldDocuments(std::uint64_t seed) : rng_(seed) {}

    Json next() {
        Json inputs = Json::object();
        for (const auto& info : input_infos(ScenarioKind::program)) {
            if (std::find(std::begin(kNewInputs), std::end(kNewInputs), info.name) != std::end(kNewInputs)) continue;
            if (pick(0, 4) == 0) continue;
            const std::string name(info.name);
            switch (info.kind) {
                case InputKind::integer: inputs[name] = pick(static_cast<int>(info.min), static_cast<int>(info.max)); break;
                case InputKind::boolean: inputs[name] = pick(0, 1) == 1; break;
                case InputKind::choice: inputs[name] = std::string(info.choices[static_cast<std::size_t>(pick(0, 3))]); break;
                case InputKind::currency: inputs[name] = "CHF"; break;
                default: inputs[name] = number(info); break;
            }
        }
        return document("program", std::move(inputs));
    }

private:
    int pick(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }
    double number(const InputInfo& info) {
        const int how = pick(0, 9);
        if (how == 0) return info.min;
        if (how == 1) return info.max;
        const double hi = how <= 8 ? std::min(info.slider_max, info.max) : info.max;
        return std::uniform_real_distribution<double>(info.min, hi)(rng_);
    }
    std::mt19937_64 rng_;
};

ProgramInputs program_inputs_of(const Json& doc) {
    const auto scenario = read_scenario(doc);
    EXPECT_TRUE(scenario) << scenario.message();
    return scenario ? std::get<ProgramInputs>(scenario->inputs) : ProgramInputs{};
}

TEST(ProgramUnchanged, RandomDocumentsKeepEveryFigureBitForBit) {
    OldDocuments documents(20261204);
    int compared = 0;
    for (int n = 0; n < 400; ++n) {
        const Json doc = documents.next();
        const ProgramInputs in = program_inputs_of(doc);
        const OldProgram old = old_program(in);
        if (!all_finite(old)) {
            // Such a scenario was refused before and still is.
            EXPECT_FALSE(evaluate_text(doc.dump())) << doc.dump();
            continue;
        }
        ++compared;
        const ProgramResult now = evaluate_program(in);
        ASSERT_EQ(now.months.size(), old.months.size());
        for (std::size_t i = 0; i < old.months.size(); ++i) {
            const OldMonth& o = old.months[i];
            const ProgramMonth& m = now.months[i];
            EXPECT_SAME_BITS(o.referring_customers, m.referring_customers);
            EXPECT_SAME_BITS(o.leads, m.leads);
            EXPECT_SAME_BITS(o.leads, m.deciding);
            EXPECT_SAME_BITS(o.new_referred, m.new_referred);
            EXPECT_SAME_BITS(o.new_incremental, m.new_incremental);
            EXPECT_SAME_BITS(o.referred_active, m.referred_active);
            EXPECT_SAME_BITS(o.revenue, m.revenue);
            EXPECT_SAME_BITS(o.incremental_revenue, m.incremental_revenue);
            EXPECT_SAME_BITS(o.gross_profit, m.gross_profit);
            EXPECT_SAME_BITS(o.reward_cost, m.reward_cost);
            EXPECT_SAME_BITS(0.0, m.fee_cost);
            EXPECT_SAME_BITS(o.donation_cost, m.donation_cost);
            EXPECT_SAME_BITS(o.fixed_cost, m.fixed_cost);
            EXPECT_SAME_BITS(o.program_cost, m.program_cost);
            EXPECT_SAME_BITS(o.net, m.net);
            EXPECT_SAME_BITS(o.cumulative_net, m.cumulative_net);
        }
        const ProgramTotals& t = now.totals;
        EXPECT_SAME_BITS(old.referred_customers, t.referred_customers);
        EXPECT_SAME_BITS(old.incremental_customers, t.incremental_customers);
        EXPECT_SAME_BITS(old.referred_revenue, t.referred_revenue);
        EXPECT_SAME_BITS(old.incremental_revenue, t.incremental_revenue);
        EXPECT_SAME_BITS(old.incremental_gross_profit, t.incremental_gross_profit);
        EXPECT_SAME_BITS(old.reward_cost, t.reward_cost);
        EXPECT_SAME_BITS(old.donation_cost, t.donation_cost);
        EXPECT_SAME_BITS(old.fixed_cost, t.fixed_cost);
        EXPECT_SAME_BITS(old.program_cost, t.program_cost);
        EXPECT_SAME_BITS(old.npv, t.npv);
        EXPECT_SAME_BITS(old.net_profit(), t.net_profit());
        // With no tail the figures "with the tail" are the horizon's own.
        EXPECT_SAME_BITS(old.net_profit(), t.net_profit_with_tail());
        EXPECT_SAME_BITS(old.npv, t.npv_with_tail());
        EXPECT_SAME_BITS(0.0, t.tail_gross_profit);
        EXPECT_EQ(t.roi.has_value(), old.program_cost != 0);
        EXPECT_EQ(t.roi, t.roi_with_tail);
        EXPECT_EQ(t.payback_month.value_or(0), old.payback_month);
        const auto break_even = old_break_even(in);
        ASSERT_EQ(t.break_even_conversion_rate.has_value(), break_even.has_value()) << doc.dump();
        if (break_even) {
            EXPECT_SAME_BITS(*break_even, *t.break_even_conversion_rate);
        }
        const auto max_reward = old_max_reward(in);
        ASSERT_EQ(t.max_referrer_reward.has_value(), max_reward.has_value()) << doc.dump();
        if (max_reward) {
            EXPECT_SAME_BITS(*max_reward, *t.max_referrer_reward);
        }

        // Sensitivity moves the decision profit, which is the old net profit here.
        const auto scenario = read_scenario(doc);
        const auto rows = sensitivity(*scenario);
        if (!rows) continue;
        for (const auto& row : *rows) {
            ProgramInputs moved = in;
            double ProgramInputs::*member = detail::find_real_member(detail::kProgramFields, row.input);
            ASSERT_NE(member, nullptr) << row.input;
            moved.*member = row.low;
            EXPECT_SAME_BITS(old_program(moved).net_profit(), row.net_profit_low);
            moved.*member = row.high;
            EXPECT_SAME_BITS(old_program(moved).net_profit(), row.net_profit_high);
        }
    }
    EXPECT_GT(compared, 300);  // the comparison is not vacuous
}

// A document that names the new inputs at their defaults computes and writes
// what the same document without them does.
TEST(ProgramUnchanged, ExplicitDefaultsOfTheNewInputsChangeNothing) {
    OldDocuments documents(17);
    for (int n = 0; n < 100; ++n) {
        const Json doc = documents.next();
        Json explicit_doc = doc;
        explicit_doc["inputs"]["conversion_lag_months"] = 0;
        explicit_doc["inputs"]["fee_per_conversion"] = 0;
        explicit_doc["inputs"]["tail_months"] = 0;
        const auto plain = evaluate_text(doc.dump());
        const auto named = evaluate_text(explicit_doc.dump());
        ASSERT_EQ(static_cast<bool>(plain), static_cast<bool>(named));
        if (plain) {
            EXPECT_EQ(plain->dump(), named->dump());
        }
        const auto scenario = read_scenario(explicit_doc);
        ASSERT_TRUE(scenario);
        const Json minimal = write_scenario(*scenario, Defaults::omit);
        for (const auto name : kNewInputs) EXPECT_FALSE(minimal["inputs"].contains(std::string(name)));
        const auto link = encode_share_payload(*scenario);
        const auto old_link = encode_share_payload(*read_scenario(doc));
        ASSERT_EQ(static_cast<bool>(link), static_cast<bool>(old_link));
        if (link) {
            EXPECT_EQ(*link, *old_link);
        }
    }
}

}  // namespace
}  // namespace passaparola::test
