// Spec §1: every validation rule, with the exact message
// "<path>: <rule> (got <value>)", and nothing computed from an invalid document.
#include <gtest/gtest.h>

#include <set>

#include <cmath>

#include "passaparola/inputs.hpp"
#include "test_support.hpp"

namespace passaparola::test {
namespace {

using Messages = std::vector<std::string>;

Messages one(std::string message) { return {std::move(message)}; }

Json with_inputs(std::string_view kind, Json inputs) { return document(kind, std::move(inputs)); }

// A document of `kind` with these inputs, and the one message it must get.
struct Refused {
    std::string kind;
    Json inputs;
    std::string message;
};

void expect_each_refused(const std::vector<Refused>& cases) {
    for (const auto& c : cases)
        EXPECT_EQ(problems_of(with_inputs(c.kind, c.inputs)), one(c.message)) << c.inputs.dump();
}

TEST(ValidationDocument, NeedsSchemaAndKind) {
    EXPECT_EQ(problems_of(R"({"kind":"program"})"), one("schema: is required"));
    EXPECT_EQ(problems_of(R"({"schema":"passaparola/1"})"), one("kind: is required"));
    EXPECT_EQ(problems_of("{}"), (Messages{"schema: is required", "kind: is required"}));
    EXPECT_EQ(problems_of(R"({"schema":"passaparola/2","kind":"program"})"),
              one(R"(schema: must be "passaparola/1" (got "passaparola/2"))"));
    EXPECT_EQ(problems_of(R"({"schema":1,"kind":"program"})"), one(R"(schema: must be "passaparola/1" (got 1))"));
    EXPECT_EQ(problems_of(R"({"schema":"passaparola/1","kind":"loyalty"})"),
              one(R"(kind: must be one of program, gift_card, vcp (got "loyalty"))"));
    EXPECT_EQ(problems_of(R"({"schema":"passaparola/1","kind":null})"),
              one("kind: must be one of program, gift_card, vcp (got null)"));
}

TEST(ValidationDocument, InputsMayBeOmittedButMustBeAnObject) {
    const Json doc = evaluated(R"({"schema":"passaparola/1","kind":"gift_card"})");
    EXPECT_EQ(doc["inputs"]["waves"], 4);
    EXPECT_EQ(problems_of(R"({"schema":"passaparola/1","kind":"program","inputs":[]})"),
              one("inputs: must be an object (got an array)"));
    EXPECT_EQ(problems_of(R"({"schema":"passaparola/1","kind":"vcp","inputs":null})"),
              one("inputs: must be an object (got null)"));
}

TEST(ValidationDocument, IgnoresUnknownTopLevelMembers) {
    const Json doc = evaluated(R"({"schema":"passaparola/1","kind":"program","title":"Bottega","result":{"x":1}})");
    EXPECT_FALSE(doc.contains("title"));
    EXPECT_TRUE(doc["result"].contains("totals"));  // recomputed, never read from the document
}

TEST(ValidationDocument, LastRepeatedMemberCounts) {
    const Json doc = evaluated(
        R"({"schema":"passaparola/1","kind":"vcp","kind":"program","inputs":{"customers":"x","customers":7}})");
    EXPECT_EQ(doc["kind"], "program");
    EXPECT_EQ(doc["inputs"]["customers"], 7);
}

TEST(ValidationUnknownMembers, AreNamedWherever) {
    expect_each_refused({
        {"program", {{"customer", 5}}, "inputs.customer: is not a known field of program inputs"},
        {"gift_card", {{"horizon_months", 5}}, "inputs.horizon_months: is not a known field of gift_card inputs"},
        {"vcp", {{"horizon_months", 12}}, "inputs.horizon_months: is not a known field of vcp inputs"},
        {"vcp",
         {{"contacts", {{{"name", "Anna"}, {"nickname", "Annie"}}}}},
         "inputs.contacts[0].nickname: is not a known field of a contact"},
        {"vcp",
         {{"contacts", {{{"name", "Anna"}}, {{"name", "Bo"}, {"theirs", {{"knows_bussiness", true}}}}}}},
         "inputs.contacts[1].theirs.knows_bussiness: is not a known field of a direction"},
    });
    Json doc = with_inputs("program", Json::object());
    doc["uncertainty"] = {{"conversion_rate", {{"low", 0.1}, {"high", 0.2}, {"mode", 0.15}}}};
    EXPECT_EQ(problems_of(doc), one("uncertainty.conversion_rate.mode: is not a known field of an uncertainty range"));
}

TEST(ValidationTypes, NullIsAWrongTypeNotAnOmission) {
    expect_each_refused({
        {"program", {{"customers", nullptr}}, "inputs.customers: must be a number (got null)"},
        {"program", {{"referred_refer", nullptr}}, "inputs.referred_refer: must be true or false (got null)"},
        {"program", {{"currency", nullptr}}, "inputs.currency: must be a string (got null)"},
        {"vcp", {{"contacts", nullptr}}, "inputs.contacts: must be an array (got null)"},
    });
}

TEST(ValidationTypes, NamesTheWrongType) {
    expect_each_refused({
        {"program", {{"customers", "500"}}, R"(inputs.customers: must be a number (got "500"))"},
        {"program", {{"customers", true}}, "inputs.customers: must be a number (got true)"},
        {"program", {{"horizon_months", Json::array({12})}}, "inputs.horizon_months: must be a number (got an array)"},
        {"program", {{"referred_refer", 1}}, "inputs.referred_refer: must be true or false (got 1)"},
        {"program", {{"referred_refer", "true"}}, R"(inputs.referred_refer: must be true or false (got "true"))"},
        {"gift_card", {{"currency", 978}}, "inputs.currency: must be a string (got 978)"},
        {"program", {{"program_type", Json::object()}}, "inputs.program_type: must be a string (got an object)"},
        {"vcp", {{"contacts", {"Anna"}}}, R"(inputs.contacts[0]: must be an object (got "Anna"))"},
        {"vcp", {{"contacts", {{{"name", 42}}}}}, "inputs.contacts[0].name: must be a string (got 42)"},
        {"vcp",
         {{"contacts", {{{"name", "Anna"}, {"mine", true}}}}},
         "inputs.contacts[0].mine: must be an object (got true)"},
        {"vcp",
         {{"contacts", {{{"name", "Anna"}, {"mine", {{"knows_business", "yes"}}}}}}},
         R"(inputs.contacts[0].mine.knows_business: must be true or false (got "yes"))"},
        {"vcp",
         {{"contacts", {{{"name", "Anna"}, {"traits", "maven"}}}}},
         R"(inputs.contacts[0].traits: must be an array (got "maven"))"},
        {"vcp", {{"contacts", Json::object()}}, "inputs.contacts: must be an array (got an object)"},
    });
}

TEST(ValidationIntegers, AcceptIntegralValuesAndWriteThemBackAsIntegers) {
    const std::string text = R"({"schema":"passaparola/1","kind":"program","inputs":{"horizon_months":12.0}})";
    const Json doc = evaluated(text);
    EXPECT_TRUE(doc["inputs"]["horizon_months"].is_number_integer());
    EXPECT_NE(doc.dump().find(R"("horizon_months":12,)"), std::string::npos);
    EXPECT_EQ(doc["result"]["months"].size(), 12u);
    EXPECT_TRUE(evaluated(R"({"schema":"passaparola/1","kind":"gift_card","inputs":{"waves":3e0}})")["inputs"]["waves"]
                    .is_number_integer());
}

TEST(ValidationIntegers, RefuseFractions) {
    expect_each_refused({
        {"program", {{"horizon_months", 12.5}}, "inputs.horizon_months: must be an integer (got 12.5)"},
        {"gift_card", {{"waves", 2.25}}, "inputs.waves: must be an integer (got 2.25)"},
        {"program", {{"conversion_lag_months", 1.5}}, "inputs.conversion_lag_months: must be an integer (got 1.5)"},
        {"program", {{"tail_months", 0.5}}, "inputs.tail_months: must be an integer (got 0.5)"},
        {"vcp", {{"target_partners", 1.5}}, "inputs.target_partners: must be an integer (got 1.5)"},
    });
}

TEST(ValidationRanges, NameBothEnds) {
    expect_each_refused({
        {"program", {{"conversion_rate", 1.5}}, "inputs.conversion_rate: must be between 0 and 1 (got 1.5)"},
        {"program", {{"monthly_churn", -0.01}}, "inputs.monthly_churn: must be between 0 and 1 (got -0.01)"},
        {"program",
         {{"referred_value_uplift", -0.91}},
         "inputs.referred_value_uplift: must be between -0.9 and 10 (got -0.91)"},
        {"program", {{"customers", 1000000001}}, "inputs.customers: must be between 0 and 1000000000 (got 1000000001)"},
        {"program",
         {{"market_size", 2e12}},
         "inputs.market_size: must be between 0 and 1000000000000 (got 2000000000000)"},
        {"program", {{"horizon_months", 0}}, "inputs.horizon_months: must be between 1 and 120 (got 0)"},
        {"program", {{"horizon_months", 121}}, "inputs.horizon_months: must be between 1 and 120 (got 121)"},
        {"program",
         {{"conversion_lag_months", 25}},
         "inputs.conversion_lag_months: must be between 0 and 24 (got 25)"},
        {"program", {{"tail_months", 601}}, "inputs.tail_months: must be between 0 and 600 (got 601)"},
        {"program",
         {{"fee_per_conversion", -1}},
         "inputs.fee_per_conversion: must be between 0 and 1000000000 (got -1)"},
        {"gift_card", {{"waves", 53}}, "inputs.waves: must be between 1 and 52 (got 53)"},
        {"vcp",
         {{"regular_referrals_per_quarter", 0.05}},
         "inputs.regular_referrals_per_quarter: must be between 0.1 and 1000 (got 0.05)"},
        {"vcp",
         {{"contacts", {{{"name", "Anna"}}, {{"name", "Bo"}, {"theirs", {{"referrals_per_quarter", 1001}}}}}}},
         "inputs.contacts[1].theirs.referrals_per_quarter: must be between 0 and 1000 (got 1001)"},
    });
}

// Every numeric input of every kind, from the metadata: both ends accepted,
// just beyond either refused with a message naming the input.
TEST(ValidationRanges, IncludeBothEndsOfEveryNumericInput) {
    for (auto kind : {ScenarioKind::program, ScenarioKind::gift_card, ScenarioKind::vcp}) {
        const std::string kind_name(to_string(kind));
        for (const auto& info : input_infos(kind)) {
            if (info.kind == InputKind::list || !(info.kind == InputKind::integer || info.is_real_valued())) continue;
            const std::string name(info.name);
            for (double inside : {info.min, info.max}) {
                const Json doc = evaluated(with_inputs(kind_name, {{name, inside}}));
                EXPECT_EQ(doc["inputs"][name], inside) << kind_name << "." << name;
            }
            const double step = info.kind == InputKind::integer ? 1 : std::max(1e-9, (info.max - info.min) * 1e-9);
            for (double outside : {info.min - step, info.max + step}) {
                const auto messages = problems_of(with_inputs(kind_name, {{name, outside}}));
                ASSERT_EQ(messages.size(), 1u) << kind_name << "." << name;
                EXPECT_TRUE(messages[0].starts_with("inputs." + name + ": must be between ")) << messages[0];
            }
        }
    }
}

TEST(ValidationCurrency, IsThreeLettersAToZ) {
    for (const char* code : {"EUR", "USD", "CHF", "XYZ"}) {
        EXPECT_EQ(evaluated(with_inputs("program", {{"currency", code}}))["inputs"]["currency"], code);
    }
    for (const char* code : {"eur", "EURO", "EU", "", "E1R", "ÉUR", "EU "}) {
        EXPECT_EQ(problems_of(with_inputs("gift_card", {{"currency", code}})),
                  one("inputs.currency: must be a currency code of three letters A-Z (got " + Json(code).dump() + ")"));
    }
}

TEST(ValidationChoice, ProgramTypeIsOneOfFour) {
    for (const char* type : {"direct", "implicit", "tangible", "community"}) {
        EXPECT_EQ(evaluated(with_inputs("program", {{"program_type", type}}))["inputs"]["program_type"], type);
    }
    EXPECT_EQ(problems_of(with_inputs("program", {{"program_type", "Direct"}})),
              one(R"(inputs.program_type: must be one of direct, implicit, tangible, community (got "Direct"))"));
}

Json contacts_of(std::size_t count) {
    Json contacts = Json::array();
    for (std::size_t i = 0; i < count; ++i) contacts.push_back({{"name", "c" + std::to_string(i)}});
    return contacts;
}

TEST(ValidationContacts, AtMostFiveHundred) {
    EXPECT_EQ(evaluated(with_inputs("vcp", {{"contacts", contacts_of(500)}}))["result"]["summary"]["contacts"], 500);
    EXPECT_EQ(problems_of(with_inputs("vcp", {{"contacts", contacts_of(501)}})),
              one("inputs.contacts: must hold at most 500 contacts (got 501 contacts)"));
}

TEST(ValidationContacts, NeedAName) {
    EXPECT_EQ(problems_of(with_inputs("vcp", {{"contacts", {{{"traits", {"maven"}}}}}})),
              one("inputs.contacts[0].name: is required"));
}

TEST(ValidationTraits, MustBeKnownAndDistinct) {
    const std::string list =
        "connector, strategic_partner, maven, salesperson, raving_fan, similar_audience, doer, friend_family";
    EXPECT_EQ(problems_of(with_inputs("vcp", {{"contacts", {{{"name", "A"}, {"traits", {"maven", "influencer"}}}}}})),
              one("inputs.contacts[0].traits[1]: must be one of " + list + " (got \"influencer\")"));
    EXPECT_EQ(
        problems_of(with_inputs("vcp", {{"contacts", {{{"name", "A"}, {"traits", {"maven", "doer", "maven"}}}}}})),
        one(R"(inputs.contacts[0].traits[2]: must not repeat a trait (got "maven"))"));
    EXPECT_EQ(problems_of(with_inputs("vcp", {{"contacts", {{{"name", "A"}, {"traits", {3}}}}}})),
              one("inputs.contacts[0].traits[0]: must be one of " + list + " (got 3)"));
}

TEST(ValidationText, NotJsonIsReportedAtDocument) {
    for (const char* text : {"{", "{\"schema\":", "not json", "{\"a\":1,}", "{'schema':'passaparola/1'}"}) {
        const auto messages = problems_of(text);
        ASSERT_EQ(messages.size(), 1u) << text;
        EXPECT_TRUE(messages[0].starts_with("document: must be valid JSON (got ")) << messages[0];
    }
}

TEST(ValidationText, JsonThatIsNotAnObjectIsReportedAtDocument) {
    EXPECT_EQ(problems_of("[1,2]"), one("document: must be a JSON object (got an array)"));
    EXPECT_EQ(problems_of("42"), one("document: must be a JSON object (got 42)"));
    EXPECT_EQ(problems_of("\"program\""), one("document: must be a JSON object (got \"program\")"));
    EXPECT_EQ(problems_of("null"), one("document: must be a JSON object (got null)"));
}

TEST(ValidationText, EmptyTextIsRefused) {
    EXPECT_EQ(problems_of(""), one("document: must be a JSON object (got an empty text)"));
    EXPECT_EQ(problems_of(" \n\t\r "), one("document: must be a JSON object (got an empty text)"));
}

TEST(ValidationText, DeepNestingIsRefusedWithoutRecursion) {
    const std::string deep = std::string(100000, '[') + std::string(100000, ']');
    EXPECT_EQ(problems_of(deep), one("document: must not nest deeper than 64 levels (got deeper nesting)"));
    const std::string deep_inside = R"({"schema":"passaparola/1","kind":"program","x":)" + std::string(100000, '[');
    EXPECT_EQ(problems_of(deep_inside), one("document: must not nest deeper than 64 levels (got deeper nesting)"));
    // 64 levels are fine: the document object and 63 arrays inside an ignored member.
    const auto nested = [](int arrays) {
        return R"({"schema":"passaparola/1","kind":"program","x":)" + std::string(arrays, '[') +
               std::string(arrays, ']') + "}";
    };
    evaluated(nested(63));
    EXPECT_EQ(problems_of(nested(64)), one("document: must not nest deeper than 64 levels (got deeper nesting)"));
}

TEST(ValidationText, NumbersBeyondDoubleAreNamedByPath) {
    EXPECT_EQ(problems_of(R"({"schema":"passaparola/1","kind":"program","inputs":{"customers":1e999}})"),
              one("inputs.customers: must be a finite number (got 1e999)"));
    EXPECT_EQ(problems_of(R"({"schema":"passaparola/1","kind":"program","inputs":{"customers":-1e999}})"),
              one("inputs.customers: must be a finite number (got -1e999)"));
    EXPECT_EQ(problems_of(R"({"schema":"passaparola/1","kind":"vcp","inputs":{"contacts":[{"name":"a"},)"
                          R"({"name":"b","mine":{"referrals_per_quarter":1e400}}]}})"),
              one("inputs.contacts[1].mine.referrals_per_quarter: must be a finite number (got 1e400)"));
    // A number straight inside an array is named by its own index.
    EXPECT_EQ(problems_of(R"({"schema":"passaparola/1","kind":"vcp","inputs":{"contacts":[{"name":"a",)"
                          R"("traits":["maven",1e999]}]}})"),
              one("inputs.contacts[0].traits[1]: must be a finite number (got 1e999)"));
    EXPECT_EQ(problems_of(R"({"schema":"passaparola/1","kind":"vcp","x":[1e999]})"),
              one("x[0]: must be a finite number (got 1e999)"));
    // A huge integer literal is a (finite) float and goes to the range check.
    EXPECT_EQ(problems_of(R"({"schema":"passaparola/1","kind":"program","inputs":{"customers":)" +
                          std::string(30, '9') + "}}")
                  .size(),
              1u);
}

TEST(ValidationText, BinaryGarbageGivesAPrintableMessage) {
    std::string garbage;
    for (int i = 0; i < 256; ++i) garbage += static_cast<char>((i * 37 + 11) & 0xFF);
    for (const std::string& text : {garbage, std::string("\x00\x01\xff\xfe", 4), std::string("{\"a\":\"\xff\"}"),
                                    std::string("\xef\xbb\xbf\xff")}) {
        const auto messages = problems_of(text);
        ASSERT_EQ(messages.size(), 1u);
        EXPECT_TRUE(messages[0].starts_with("document: ")) << messages[0];
        EXPECT_NO_THROW((void)Json(messages[0]).dump()) << "the message must be valid UTF-8";
        for (unsigned char c : messages[0]) EXPECT_TRUE(c >= 0x20) << "no control characters";
    }
}

TEST(ValidationText, LongValuesAreShortenedOnlyWhenCut) {
    const std::string rule = "inputs.contacts[0].name: must have 1 to 80 characters once spaces around it are removed";
    // 120 bytes fit the message whole; 121 are cut to 120 and marked.
    EXPECT_EQ(problems_of(document("vcp", {{"contacts", {{{"name", std::string(120, 'a')}}}}})),
              one(rule + " (got \"" + std::string(120, 'a') + "\")"));
    EXPECT_EQ(problems_of(document("vcp", {{"contacts", {{{"name", std::string(121, 'a')}}}}})),
              one(rule + " (got \"" + std::string(120, 'a') + "…\")"));
}

TEST(ValidationText, OversizedTextIsRefusedBeforeParsing) {
    const std::string big =
        R"({"schema":"passaparola/1","kind":"program","x":")" + std::string(kMaxDocumentBytes, 'a') + "\"}";
    EXPECT_EQ(problems_of(big),
              one("document: must be at most " + std::to_string(kMaxDocumentBytes) + " bytes (got " + std::to_string(big.size()) + " bytes)"));
}

TEST(ValidationReport, EveryProblemAtOnceInDocumentOrder) {
    const auto messages = problems_of(with_inputs("program", {{"customers", -1},
                                                              {"currency", "eur"},
                                                              {"horizon_months", 2.5},
                                                              {"referred_refer", "no"},
                                                              {"conversion_rate", 0.2},
                                                              {"bonus", 1}}));
    EXPECT_EQ(messages, (Messages{"inputs.customers: must be between 0 and 1000000000 (got -1)",
                                  R"(inputs.currency: must be a currency code of three letters A-Z (got "eur"))",
                                  "inputs.horizon_months: must be an integer (got 2.5)",
                                  R"(inputs.referred_refer: must be true or false (got "no"))",
                                  "inputs.bonus: is not a known field of program inputs"}));
    EXPECT_EQ(
        problems_of(R"({"schema":"x","kind":"vcp","inputs":{"target_partners":0,"contacts":[{},{"name":" "}]}})"),
        (Messages{
            R"(schema: must be "passaparola/1" (got "x"))", "inputs.target_partners: must be between 1 and 100 (got 0)",
            "inputs.contacts[0].name: is required",
            R"(inputs.contacts[1].name: must have 1 to 80 characters once spaces around it are removed (got " "))"}));
}

TEST(ValidationReport, AnInvalidDocumentIsNeverEvaluated) {
    const std::string text =
        R"({"schema":"passaparola/1","kind":"program","inputs":{"customers":100,"gross_margin":2}})";
    EXPECT_FALSE(parse_scenario(text));
    const auto result = evaluate_text(text);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.message(), "inputs.gross_margin: must be between 0 and 1 (got 2)");
    // An invalid uncertainty invalidates the whole document, for evaluation too.
    Json doc = with_inputs("program", {{"customers", 100}});
    doc["uncertainty"] = {{"conversion_rate", {{"low", 0.3}, {"high", 0.2}}}};
    EXPECT_EQ(problems_of(doc),
              one("uncertainty.conversion_rate: must have low <= likely <= high (got low 0.3, likely 0.15, high 0.2)"));
}

TEST(ValidationReport, OverflowIsReportedAtInputs) {
    // 1e9 customers each bringing 1000 customers a month: about 1e9 × 1001^120 by month 120.
    EXPECT_EQ(problems_of(with_inputs("program", {{"customers", 1e9},
                                                  {"advocate_rate", 1},
                                                  {"referrals_per_advocate", 1000},
                                                  {"conversion_rate", 1},
                                                  {"monthly_churn", 0},
                                                  {"referred_churn", 0},
                                                  {"horizon_months", 120}})),
              one("inputs: make the scenario grow beyond what can be computed"));
}

TEST(ValidationUncertainty, FollowsSectionSix) {
    Json doc = with_inputs("program", Json::object());
    doc["uncertainty"] = {{"horizon_months", {{"low", 6}, {"high", 12}}}};
    EXPECT_EQ(problems_of(doc), one("uncertainty.horizon_months: must name a real-valued input of program"));
    doc["uncertainty"] = {{"conversion_rate", {{"likely", 0.1}}}};
    EXPECT_EQ(problems_of(doc), (Messages{"uncertainty.conversion_rate.low: is required",
                                          "uncertainty.conversion_rate.high: is required"}));
    doc["uncertainty"] = {{"conversion_rate", {{"low", 0.1}, {"high", 1.2}}}};
    EXPECT_EQ(problems_of(doc), one("uncertainty.conversion_rate.high: must be between 0 and 1 (got 1.2)"));
    doc["uncertainty"] = {{"conversion_rate", {{"low", 0.1}, {"high", 0.2}}}};
    const Json ok = evaluated(doc);
    EXPECT_EQ(ok["uncertainty"]["conversion_rate"]["likely"], 0.15);  // the document's value
    Json vcp = with_inputs("vcp", Json::object());
    vcp["uncertainty"] = Json::object();
    EXPECT_EQ(problems_of(vcp), one("uncertainty: is not defined for vcp scenarios"));
}

}  // namespace
}  // namespace passaparola::test

namespace passaparola::test {
namespace {

// Faces word a problem by its code, never by its English rule: every problem a
// document can have carries one of the documented codes.
TEST(ValidationCodes, EveryProblemCarriesAStableCode) {
    const std::set<std::string> codes = {"type", "finite", "range", "integer", "currency", "choice", "unknown_field",
                                         "required", "repeat", "date", "name_length", "limit", "order", "schema",
                                         "not_defined", "uncertain_input", "json", "size", "depth"};
    const std::string texts[] = {
        R"({"schema":"passaparola/2","kind":"vcp","inputs":{"target_partners":1.5,"window_days":"x","as_of":"2026-02-30",)"
        R"("regular_referrals_per_quarter":0.01,"currency":"eur","oops":1,"contacts":[{"traits":["maven","maven","x"],)"
        R"("name":" ","mine":{"knows_business":1},"log":[{"date":"2026-01-01","direction":"up"},{}]},7]},"uncertainty":{}})",
        R"({"kind":"program","inputs":{"customers":-1,"program_type":"mlm"},"uncertainty":{"horizon_months":{"low":1,"high":2},)"
        R"("customers":{"low":5,"likely":1,"high":3},"conversion_rate":{"low":0.1}}})",
        R"({"schema":"passaparola/1","kind":"gift_card","inputs":{"waves":1e400}})", "{\"schema\":", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]", "[]",
    };
    std::set<std::string> seen;
    for (const auto& text : texts) {
        const auto outcome = parse_scenario(text);
        ASSERT_FALSE(outcome) << text;
        for (const auto& p : outcome.problems()) {
            EXPECT_TRUE(codes.contains(p.code)) << p.message() << " has code '" << p.code << "'";
            seen.insert(p.code);
        }
    }
    EXPECT_GE(seen.size(), 14u);
}

}  // namespace
}  // namespace passaparola::test
