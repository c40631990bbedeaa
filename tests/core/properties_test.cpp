// Properties over random valid documents. A seeded generator draws every
// input inside its range from the core's own metadata, so a new input or a
// changed range is covered without editing this file.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>

#include "passaparola/inputs.hpp"
#include "passaparola/share_link.hpp"
#include "test_support.hpp"

namespace passaparola::test {
namespace {

#ifdef NDEBUG
constexpr int kDocuments = 300;
#else
// Unoptimised sanitizer builds look for memory errors, not for rare values:
// fewer documents keep them within a minute.
constexpr int kDocuments = 50;
#endif

class DocumentGenerator {
public:
    explicit DocumentGenerator(std::uint64_t seed) : rng_(seed) {}

    Json document(ScenarioKind kind) {
        Json inputs = Json::object();
        for (const auto& info : input_infos(kind)) {
            if (chance(0.15)) continue;  // omitted: the default applies
            inputs[std::string(info.name)] = info.kind == InputKind::list ? contacts() : value(info);
        }
        return test::document(to_string(kind), std::move(inputs));
    }

private:
    bool chance(double p) { return std::bernoulli_distribution(p)(rng_); }
    double uniform(double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(rng_); }
    std::size_t index(std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng_); }

    // The ends of the range often, the comfortable slider range mostly,
    // anywhere in the range sometimes.
    double number(double min, double max, double slider_max) {
        const int pick = std::uniform_int_distribution<int>(0, 9)(rng_);
        if (pick == 0) return min;
        if (pick == 1) return max;
        if (pick <= 6 && slider_max > min) return uniform(min, std::min(slider_max, max));
        if (pick <= 8 && max > 0 && min >= 0) {  // log-uniform: small and large magnitudes alike
            return std::clamp(std::exp(uniform(std::log(std::max(min, 1e-3)), std::log(max))), min, max);
        }
        return uniform(min, max);
    }

    Json value(const InputInfo& info) {
        switch (info.kind) {
            case InputKind::integer:
                return std::uniform_int_distribution<int>(static_cast<int>(info.min), static_cast<int>(info.max))(rng_);
            case InputKind::boolean:
                return chance(0.5);
            case InputKind::choice:
                return info.choices[index(info.choices.size())];
            case InputKind::currency: {
                std::string code;
                for (int i = 0; i < 3; ++i) code += static_cast<char>('A' + index(26));
                return code;
            }
            case InputKind::list:
                return Json::array();
            case InputKind::date:
                return "20" + std::to_string(10 + index(80)) + "-0" + std::to_string(1 + index(9)) + "-1" +
                       std::to_string(index(10));
            case InputKind::rate:
            case InputKind::money:
            case InputKind::count:
                break;
        }
        return number(info.min, info.max, info.slider_max);
    }

    Json direction() {
        Json d = Json::object();
        for (auto field : direction_fields()) {
            if (chance(0.3)) continue;
            d[std::string(field)] = field == "referrals_per_quarter" ? Json(number(0, 1000, 6)) : Json(chance(0.6));
        }
        return d;
    }

    Json contacts() {
        static const std::string names[] = {"Anna",      "Bottega Rossi",    "Kahvila Aalto", "Caffè Perché",
                                            "🍕 Gennaro", "Jyväskylän Sähkö", "Dr. Ørsted",    "李"};
        static const std::string spaces[] = {"", " ", "\t", "\u00A0", "\u3000", "\u2009 "};
        Json list = Json::array();
        const std::size_t count = chance(0.02) ? kMaxContacts : index(25);
        for (std::size_t i = 0; i < count; ++i) {
            Json c = {{"name", spaces[index(6)] + names[index(8)] + spaces[index(6)]}};
            if (chance(0.8)) c["mine"] = direction();
            if (chance(0.8)) c["theirs"] = direction();
            Json traits = Json::array();
            for (const auto& t : trait_infos()) {
                if (chance(0.2)) traits.push_back(t.name);
            }
            std::shuffle(traits.begin(), traits.end(), rng_);
            if (chance(0.8)) c["traits"] = traits;
            list.push_back(std::move(c));
        }
        return list;
    }

    std::mt19937_64 rng_;
};

const std::string kOverflow = "inputs: make the scenario grow beyond what can be computed";

// Every generated document is valid; most evaluate, the rest only overflow.
template <class Check>
void for_random_documents(ScenarioKind kind, std::uint64_t seed, Check&& check) {
    DocumentGenerator generator(seed);
    int evaluated_count = 0;
    for (int i = 0; i < kDocuments; ++i) {
        const Json doc = generator.document(kind);
        const auto scenario = read_scenario(doc);
        ASSERT_TRUE(scenario) << scenario.message() << "\n" << doc.dump();
        const auto result = evaluate(*scenario);
        if (!result) {
            ASSERT_EQ(result.message(), kOverflow) << doc.dump();
            continue;
        }
        ++evaluated_count;
        check(*scenario, *result);
        if (testing::Test::HasFatalFailure()) return;
    }
    EXPECT_GT(evaluated_count, kDocuments / 2) << "too few documents evaluated for the property to mean much";
}

TEST(Properties, NoNanOrInfinityInAnyResult) {
    for (auto kind : {ScenarioKind::program, ScenarioKind::gift_card, ScenarioKind::vcp}) {
        for_random_documents(kind, 11 + static_cast<int>(kind), [](const Scenario&, const Json& result) {
            ASSERT_TRUE(all_finite(result)) << result.dump().substr(0, 2000);
        });
    }
}

TEST(Properties, ReferredCustomersNeverDecreaseWhenConversionRises) {
    std::mt19937_64 rng(7);
    for_random_documents(ScenarioKind::program, 21, [&](const Scenario& scenario, const Json&) {
        ProgramInputs in = std::get<ProgramInputs>(scenario.inputs);
        double previous = -1;
        double previous_rate = 0;
        for (double rate : {0.0, 0.01, 0.1, 0.25, 0.5, 0.9, 1.0, in.conversion_rate}) {
            if (rate < previous_rate) continue;
            in.conversion_rate = rate;
            const double referred = program_sums(in).referred_customers;
            if (!std::isfinite(referred)) break;
            ASSERT_GE(referred, previous * (1 - 1e-12)) << "conversion " << rate << " after " << previous_rate << "\n"
                                                        << write_scenario(scenario).dump();
            previous = referred;
            previous_rate = rate;
        }
    });
}

TEST(Properties, ProgramTotalsAreTheSumsOfTheMonthsInOrder) {
    const char* summed[][2] = {{"referred_customers", "new_referred"},
                               {"incremental_customers", "new_incremental"},
                               {"referred_revenue", "revenue"},
                               {"incremental_revenue", "incremental_revenue"},
                               {"incremental_gross_profit", "gross_profit"},
                               {"reward_cost", "reward_cost"},
                               {"donation_cost", "donation_cost"},
                               {"fixed_cost", "fixed_cost"},
                               {"program_cost", "program_cost"}};
    for_random_documents(ScenarioKind::program, 31, [&](const Scenario& scenario, const Json& doc) {
        const Json& months = doc["result"]["months"];
        const Json& totals = doc["result"]["totals"];
        ASSERT_EQ(months.size(), static_cast<std::size_t>(std::get<ProgramInputs>(scenario.inputs).horizon_months));
        for (const auto& [total, member] : summed) {
            double sum = 0;
            for (const auto& m : months) sum += m[member].get<double>();
            ASSERT_EQ(totals[total].get<double>(), sum) << total;
        }
        double cumulative = 0;
        for (const auto& m : months) {
            cumulative += m["net"].get<double>();
            ASSERT_EQ(m["cumulative_net"].get<double>(), cumulative);
        }
        EXPECT_EQ(totals["net_profit"].get<double>(),
                  totals["incremental_gross_profit"].get<double>() - totals["program_cost"].get<double>());
        if (doc["inputs"]["annual_discount_rate"] == 0) {
            EXPECT_EQ(totals["npv"].get<double>(), cumulative);
        }
    });
}

TEST(Properties, GiftCardTotalsAreWavesTimesOneWave) {
    for_random_documents(ScenarioKind::gift_card, 41, [](const Scenario& scenario, const Json& doc) {
        const double waves = std::get<GiftCardInputs>(scenario.inputs).waves;
        const Json& r = doc["result"];
        for (const auto& [member, value] : r["per_wave"].items()) {
            ASSERT_EQ(r["totals"][member].get<double>(), waves * value.get<double>()) << member;
        }
        const Json& w = r["per_wave"];
        // Cards end up redeemed by a friend, by the customer, or not at all.
        EXPECT_NEAR(w["friend_redemptions"].get<double>() + w["self_redemptions"].get<double>() +
                        w["unredeemed_cards"].get<double>(),
                    w["cards_sent"].get<double>(), 1e-9 * std::max(1.0, w["cards_sent"].get<double>()));
    });
}

TEST(Properties, VcpCountsAddUp) {
    for_random_documents(ScenarioKind::vcp, 51, [](const Scenario& scenario, const Json& doc) {
        const auto& in = std::get<VcpInputs>(scenario.inputs);
        const Json& contacts = doc["result"]["contacts"];
        const Json& s = doc["result"]["summary"];
        ASSERT_EQ(contacts.size(), in.contacts.size());
        EXPECT_EQ(s["contacts"], in.contacts.size());
        int counted = 0;
        for (const auto& [level, count] : s["level_counts"].items()) counted += count.get<int>();
        EXPECT_EQ(counted, static_cast<int>(in.contacts.size()));
        EXPECT_EQ(s["profitability_partners"], s["level_counts"]["profitability"]);
        EXPECT_EQ(s["partner_gap"], std::max(in.target_partners - s["profitability_partners"].get<int>(), 0));
        std::size_t below_profitability = 0;
        double balance = 0;
        for (const auto& c : contacts) {
            below_profitability += c["mutual_level"] != "profitability";
            balance += c["referral_balance"].get<double>();
            EXPECT_GE(c["score"], 0);
            EXPECT_LE(c["score"], 100);
            EXPECT_GE(c["referral_potential"], 0);
            EXPECT_LE(c["referral_potential"], 100);
        }
        EXPECT_EQ(s["referral_balance"].get<double>(), balance);
        EXPECT_EQ(s["invest_next"].size(), std::min<std::size_t>(3, below_profitability));
        for (const auto& name : s["invest_next"]) {
            EXPECT_TRUE(std::any_of(contacts.begin(), contacts.end(), [&](const Json& c) {
                return c["name"] == name && c["mutual_level"] != "profitability";
            })) << name;
        }
    });
}

TEST(Properties, ScenariosSurviveDocumentAndShareLinkRoundTrips) {
    for (auto kind : {ScenarioKind::program, ScenarioKind::gift_card, ScenarioKind::vcp}) {
        for_random_documents(kind, 61 + static_cast<int>(kind), [](const Scenario& scenario, const Json&) {
            const Json written = write_scenario(scenario);
            const auto reread = read_scenario(Json::parse(written.dump()));
            ASSERT_TRUE(reread) << reread.message();
            ASSERT_EQ(write_scenario(*reread), written);
            const auto payload = encode_share_payload(scenario);
            // A link carries at most 64 KiB of JSON; a big portfolio gets no link.
            if (write_scenario(scenario, Defaults::omit).dump().size() > kMaxPayloadDecodedBytes) {
                ASSERT_FALSE(payload);
                return;
            }
            ASSERT_TRUE(payload) << payload.message();
            const auto opened = decode_share_payload(*payload);
            ASSERT_TRUE(opened) << opened.message();
            ASSERT_EQ(write_scenario(*opened), written);
        });
    }
}

}  // namespace
}  // namespace passaparola::test
