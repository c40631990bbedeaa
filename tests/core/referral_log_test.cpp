// Spec §4's referral log by hand: which entries count, the rates they give,
// the assessment date, the limits, dates, and how writers keep the log.
#include <gtest/gtest.h>

#include "passaparola/calendar_date.hpp"
#include "passaparola/share_link.hpp"
#include "passaparola/vcp.hpp"
#include "test_support.hpp"

namespace passaparola::test {
namespace {

Date day(std::string_view text) { return parse_iso_date(text).value(); }

LogEntry entry(std::string_view date, ReferralDirection direction, double value = 0) {
    return {day(date), direction, value};
}

constexpr auto kGiven = ReferralDirection::given;
constexpr auto kReceived = ReferralDirection::received;

TEST(CalendarDate, ReadsRealDaysInTheRangeAndWritesThemBack) {
    for (const char* text : {"2000-01-01", "2024-02-29", "2100-12-31", "2026-11-30", "2099-03-01"}) {
        const auto date = parse_iso_date(text);
        ASSERT_TRUE(date) << text;
        EXPECT_EQ(to_string(*date), text);
    }
    for (const char* text : {"2023-02-29", "2100-02-29", "1999-12-31", "2101-01-01", "2026-13-01", "2026-00-10",
                             "2026-04-31", "2026-4-03", "26-04-03", "2026/04/03", "2026-04-03 ", "", "2026-04-0x"}) {
        EXPECT_FALSE(parse_iso_date(text)) << text;
    }
    EXPECT_EQ(day("2024-03-01").days - day("2024-02-28").days, 2);  // a leap year
    EXPECT_EQ(day("2100-03-01").days - day("2100-02-28").days, 1);  // not one
    EXPECT_EQ(day("2000-01-01").days, 10957);  // days since 1970-01-01
}

TEST(ReferralLog, CountsEntriesInTheWindowUpToTheAssessmentDay) {
    Contact c{"Anna", {true, true, true, true, 9}, {true, true, true, true, 9}, {}};
    // Window of 10 days up to 2026-03-10: 2026-03-01 … 2026-03-10 count.
    c.log = {entry("2026-02-28", kGiven, 1),  entry("2026-03-01", kGiven, 2),  entry("2026-03-10", kReceived, 4),
             entry("2026-03-11", kReceived, 8), entry("2026-03-05", kReceived, 16)};
    const auto a = assess_contact(c, 2, {day("2026-03-10"), 10});
    EXPECT_EQ(a.log_given, 1);
    EXPECT_EQ(a.log_received, 2);
    EXPECT_DOUBLE_EQ(a.closed_value_given, 2);
    EXPECT_DOUBLE_EQ(a.closed_value_received, 20);
    // The typed 9 a quarter is not used once a log exists.
    EXPECT_DOUBLE_EQ(a.referrals_given, 1 * 91.3125 / 10);
    EXPECT_DOUBLE_EQ(a.referrals_received, 2 * 91.3125 / 10);
    EXPECT_DOUBLE_EQ(a.referral_balance, -91.3125 / 10);
    EXPECT_EQ(to_string(a.last_referral.value()), "2026-03-10");
}

TEST(ReferralLog, ALogWithNothingCountedGivesRatesOfZeroAndTypedRatesStayWithoutALog) {
    Contact c{"Anna", {true, true, true, true, 9}, {true, true, true, true, 9}, {}};
    c.log = {entry("2020-01-01", kGiven)};
    const auto a = assess_contact(c, 2, {day("2026-01-01"), 182});
    EXPECT_EQ(a.referrals_given, 0);
    EXPECT_EQ(a.referrals_received, 0);
    EXPECT_EQ(a.mutual_level, Level::credibility);
    EXPECT_EQ(a.next_action, NextAction::ask);
    EXPECT_FALSE(a.last_referral);
    c.log.clear();
    const auto typed = assess_contact(c, 2, {day("2026-01-01"), 182});
    EXPECT_EQ(typed.referrals_given, 9);
    EXPECT_EQ(typed.mutual_level, Level::profitability);
}

TEST(ReferralLog, TheAssessmentDateIsAsOfElseTheLatestEntryOfAnyContact) {
    VcpInputs in;
    EXPECT_FALSE(assessment_date(in));
    in.contacts = {Contact{"A", {}, {}, {}}, Contact{"B", {}, {}, {}}};
    in.contacts[0].log = {entry("2025-05-01", kGiven), entry("2025-01-01", kGiven)};
    in.contacts[1].log = {entry("2025-06-30", kReceived)};
    EXPECT_EQ(to_string(assessment_date(in).value()), "2025-06-30");
    in.as_of = day("2025-05-15");
    EXPECT_EQ(to_string(assessment_date(in).value()), "2025-05-15");
    const VcpSummary s = evaluate_vcp(in).summary;
    EXPECT_EQ(to_string(s.as_of.value()), "2025-05-15");
    EXPECT_EQ(s.window_days, 182);
}

TEST(ReferralLog, TopSourcesAreTheLargestClosedValuesReceivedAboveZeroTiesInInputOrder) {
    VcpInputs in;
    for (const auto& [name, value] : {std::pair{"zero", 0.0}, {"small", 10.0}, {"big", 500.0}, {"tie-1", 100.0},
                                      {"tie-2", 100.0}}) {
        Contact c{name, {}, {}, {}};
        c.log = {entry("2026-01-01", kReceived, value), entry("2026-01-02", kGiven, 1000)};
        in.contacts.push_back(c);
    }
    const VcpSummary s = evaluate_vcp(in).summary;
    EXPECT_EQ(s.top_sources, (std::vector<std::string>{"big", "tie-1", "tie-2"}));
    EXPECT_DOUBLE_EQ(s.closed_value_received, 710);
    EXPECT_DOUBLE_EQ(s.closed_value_given, 5000);
    in.contacts.resize(2);
    EXPECT_EQ(evaluate_vcp(in).summary.top_sources, (std::vector<std::string>{"small"}));
}

TEST(ReferralLogDocument, EveryBadEntryIsNamedWithItsPathAndRule) {
    const Json log = Json::array({
        {{"date", "2023-02-29"}, {"direction", "given"}},
        {{"date", "03/04/2024"}, {"direction", "sent"}, {"closed_value", -1}},
        {{"direction", "received"}, {"note", "x"}},
        {{"date", 20240101}},
    });
    EXPECT_EQ(problems_of(document("vcp", {{"contacts", {{{"name", "A"}, {"log", log}}}}})),
              (std::vector<std::string>{
                  "inputs.contacts[0].log[0].date: must be a date YYYY-MM-DD from 2000-01-01 to 2100-12-31 (got \"2023-02-29\")",
                  "inputs.contacts[0].log[1].date: must be a date YYYY-MM-DD from 2000-01-01 to 2100-12-31 (got \"03/04/2024\")",
                  "inputs.contacts[0].log[1].direction: must be one of given, received (got \"sent\")",
                  "inputs.contacts[0].log[1].closed_value: must be between 0 and 1000000000 (got -1)",
                  "inputs.contacts[0].log[2].note: is not a known field of a log entry",
                  "inputs.contacts[0].log[2].date: is required",
                  "inputs.contacts[0].log[3].date: must be a date YYYY-MM-DD (got 20240101)",
                  "inputs.contacts[0].log[3].direction: is required",
              }));
    EXPECT_EQ(problems_of(document("vcp", {{"as_of", "2026-11-31"}, {"window_days", 6}})),
              (std::vector<std::string>{"inputs.as_of: must be a date YYYY-MM-DD from 2000-01-01 to 2100-12-31 (got \"2026-11-31\")",
                                        "inputs.window_days: must be between 7 and 1100 (got 6)"}));
}

TEST(ReferralLogDocument, LimitsAreAThousandEntriesAContactAndTwentyThousandInAll) {
    const Json one = {{"date", "2026-01-01"}, {"direction", "given"}};
    Json contacts = Json::array();
    contacts.push_back({{"name", "full"}, {"log", Json::array()}});
    for (int i = 0; i < 1000; ++i) contacts[0]["log"].push_back(one);
    EXPECT_EQ(evaluated(document("vcp", {{"contacts", contacts}}))["result"]["contacts"][0]["log_given"], 1000);
    contacts[0]["log"].push_back(one);
    EXPECT_EQ(problems_of(document("vcp", {{"contacts", contacts}})),
              (std::vector<std::string>{"inputs.contacts[0].log: must hold at most 1000 entries (got 1001 entries)"}));
    contacts[0]["log"].erase(contacts[0]["log"].size() - 1);
    for (int c = 1; c < 20; ++c) contacts.push_back({{"name", "c" + std::to_string(c)}, {"log", contacts[0]["log"]}});
    EXPECT_EQ(evaluated(document("vcp", {{"contacts", contacts}}))["result"]["summary"]["contacts"], 20);
    contacts.push_back({{"name", "one more"}, {"log", {one}}});
    EXPECT_EQ(problems_of(document("vcp", {{"contacts", contacts}})),
              (std::vector<std::string>{"inputs.contacts: must hold at most 20000 log entries in all (got 20001 entries)"}));
}

TEST(ReferralLogDocument, WritersKeepAsOfWhenHeldNeverAddItAndOmitDefaults) {
    const Json without = document("vcp", {{"contacts", {{{"name", "A"}, {"log", {{{"date", "2026-01-05"}, {"direction", "given"}}}}}}}});
    const Json result = evaluated(without);
    EXPECT_FALSE(result["inputs"].contains("as_of"));
    EXPECT_EQ(result["inputs"]["window_days"], 182);
    EXPECT_EQ(result["inputs"]["currency"], "EUR");
    EXPECT_EQ(result["inputs"]["contacts"][0]["log"][0]["closed_value"], 0.0);
    EXPECT_EQ(result["result"]["summary"]["as_of"], "2026-01-05");

    Json with = without;
    with["inputs"]["as_of"] = "2026-01-05";  // equal to the latest log date, and still kept
    const auto scenario = read_scenario(with);
    ASSERT_TRUE(scenario);
    const Json compact = write_scenario(*scenario, Defaults::omit);
    EXPECT_EQ(compact["inputs"],
              Json::parse(R"({"as_of":"2026-01-05","contacts":[{"name":"A","log":[{"date":"2026-01-05","direction":"given"}]}]})"));
    // The log travels in a share link and comes back whole.
    const auto payload = encode_share_payload(*scenario);
    ASSERT_TRUE(payload);
    const auto back = decode_share_payload(*payload);
    ASSERT_TRUE(back);
    EXPECT_EQ(write_scenario(*back), write_scenario(*scenario));
}

TEST(ReferralLogDocument, ADocumentWithoutTheNewInputsWritesAsBefore) {
    const Json old = document("vcp", {{"contacts", {{{"name", "A"}, {"mine", {{"knows_business", true}}}}}}});
    const auto scenario = read_scenario(old);
    ASSERT_TRUE(scenario);
    EXPECT_EQ(write_scenario(*scenario, Defaults::omit), old);
}

}  // namespace
}  // namespace passaparola::test
