// The industry presets: the compiled-in data validates against the spec, every
// value says where it comes from, the faces' JSON reads back, and the CLI
// evaluates and lists presets and refuses unknown names.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "cli.hpp"
#include "passaparola/presets.hpp"

namespace passaparola {
namespace {

std::string messages(const std::vector<Problem>& problems) {
    std::string text;
    for (const auto& p : problems) text += p.message() + "\n";
    return text;
}

// The problems of a presets document that must be refused.
std::vector<Problem> refusals(const Json& document) {
    const auto read = read_presets(document);
    EXPECT_FALSE(read.ok()) << document.dump();
    return read.problems();
}

bool mentions(const std::vector<Problem>& problems, std::string_view path, std::string_view rule_part = "") {
    for (const auto& p : problems) {
        if (p.path == path && p.rule.find(rule_part) != std::string::npos) return true;
    }
    return false;
}

// A small valid presets document to break in one place at a time.
Json small_document() {
    return Json::parse(R"({
      "schema": "passaparola-presets/1",
      "references": {"paper": {"publication": "A journal article", "year": 2011}},
      "presets": [{"id": "shop", "scenarios": {"program": {
        "conversion_rate": {"value": 0.1, "source": {"ref": "paper", "measured": "conversions per click"}},
        "customers": {"value": 200, "assumption": "a small shop"}
      }}}]
    })");
}

TEST(Presets, CompiledDataReadsWithoutProblems) {
    EXPECT_TRUE(compiled_presets().ok()) << messages(compiled_presets().problems());
    EXPECT_FALSE(presets().empty());
}

TEST(Presets, CoverTheIndustriesOfTheIssue) {
    for (const char* id : {"retail", "restaurants", "professional_services", "trades", "b2b", "financial_services"}) {
        const Preset* preset = find_preset(id);
        ASSERT_NE(preset, nullptr) << id;
        EXPECT_NE(preset->find(ScenarioKind::program), nullptr) << id;
    }
    std::size_t gift_card_presets = 0;
    for (const auto& preset : presets()) gift_card_presets += preset.find(ScenarioKind::gift_card) != nullptr;
    EXPECT_GE(gift_card_presets, 1u);
}

TEST(Presets, EveryScenarioValidatesAndCarriesTheValuesItSets) {
    for (const auto& preset : presets()) {
        for (const auto& declared : preset.scenarios) {
            SCOPED_TRACE(preset.id + " " + std::string(to_string(declared.kind)));
            const auto scenario = preset_scenario(preset.id, declared.kind);
            ASSERT_TRUE(scenario.ok()) << scenario.message();
            EXPECT_EQ(scenario->kind(), declared.kind);
            const Json inputs = write_scenario(*scenario)["inputs"];
            for (const auto& v : declared.values) {
                ASSERT_TRUE(inputs.contains(v.input)) << v.input;
                EXPECT_EQ(inputs[v.input], v.value) << v.input;
            }
            // A preset is a starting point for the calculators, so it must evaluate.
            EXPECT_TRUE(evaluate(*scenario).ok());
        }
    }
}

TEST(Presets, EveryValueSaysWhereItComesFrom) {
    for (const auto& preset : presets()) {
        for (const auto& scenario : preset.scenarios) {
            for (const auto& v : scenario.values) {
                SCOPED_TRACE(preset.id + "." + std::string(to_string(scenario.kind)) + "." + v.input);
                const ValueSource& s = v.source;
                EXPECT_TRUE(s.has_publication() || !s.assumption.empty());
                if (s.has_publication()) {
                    EXPECT_FALSE(s.measured.empty());
                    // An undated source must at least be findable.
                    EXPECT_TRUE(s.year.has_value() || !s.url.empty());
                } else {
                    EXPECT_TRUE(s.measured.empty() && !s.year && s.url.empty());
                }
            }
        }
    }
}

// The data's own claim that referred customers churn less (Schmitt, Skiera &
// Van den Bulte 2011) must hold in every program preset that sets both.
TEST(Presets, ReferredCustomersChurnLessWhereBothAreSet) {
    for (const auto& preset : presets()) {
        const auto scenario = preset_scenario(preset.id, ScenarioKind::program);
        ASSERT_TRUE(scenario.ok());
        const auto& inputs = std::get<ProgramInputs>(scenario->inputs);
        EXPECT_LT(inputs.referred_churn, inputs.monthly_churn) << preset.id;
    }
}

TEST(Presets, JsonFormReadsBackToTheSamePresets) {
    const Json json = presets_json();
    EXPECT_EQ(json["schema"], "passaparola-presets/1");
    const auto read = read_presets(Json::parse(json.dump()));
    ASSERT_TRUE(read.ok()) << read.message();
    EXPECT_EQ(read.value(), presets());
    EXPECT_EQ(write_presets(read.value()), json);
}

TEST(Presets, JsonFormListsKindsAndWritesSourcesInFull) {
    const Json json = presets_json();
    ASSERT_EQ(json["presets"].size(), presets().size());
    for (std::size_t i = 0; i < presets().size(); ++i) {
        const Preset& preset = presets()[i];
        const Json& entry = json["presets"][i];
        EXPECT_EQ(entry["id"], preset.id);
        ASSERT_EQ(entry["kinds"].size(), preset.kinds().size());
        for (const auto& scenario : preset.scenarios) {
            for (const auto& v : scenario.values) {
                const Json& value = entry["scenarios"][std::string(to_string(scenario.kind))][v.input];
                EXPECT_FALSE(value.contains("source") && value["source"].contains("ref")) << v.input;
                if (v.source.has_publication()) {
                    EXPECT_EQ(value["source"]["publication"], v.source.publication);
                }
            }
        }
    }
}

TEST(Presets, UnknownPresetOrCalculatorListsTheValidChoices) {
    const auto unknown = preset_scenario("pizzeria", ScenarioKind::program);
    ASSERT_FALSE(unknown.ok());
    ASSERT_EQ(unknown.problems().size(), 1u);
    EXPECT_EQ(unknown.problems()[0].path, "preset");
    EXPECT_EQ(unknown.problems()[0].got, "\"pizzeria\"");
    for (const auto& preset : presets()) EXPECT_NE(unknown.message().find(preset.id), std::string::npos) << preset.id;

    const auto not_filled = preset_scenario("b2b", ScenarioKind::vcp);
    ASSERT_FALSE(not_filled.ok());
    EXPECT_EQ(not_filled.problems()[0].path, "kind");
    EXPECT_NE(not_filled.message().find("program"), std::string::npos);
}

TEST(PresetsReader, AcceptsTheSmallDocument) {
    const auto read = read_presets(small_document());
    ASSERT_TRUE(read.ok()) << read.message();
    const PresetValue& sourced = read.value()[0].scenarios[0].values[0];
    EXPECT_EQ(sourced.source.publication, "A journal article");
    EXPECT_EQ(sourced.source.year, 2011);
    EXPECT_EQ(sourced.source.measured, "conversions per click");
}

TEST(PresetsReader, RefusesAValueWithoutSourceOrAssumption) {
    Json document = small_document();
    document["presets"][0]["scenarios"]["program"]["customers"].erase("assumption");
    EXPECT_TRUE(mentions(refusals(document), "presets[0].scenarios.program.customers", "source or an assumption"));
}

TEST(PresetsReader, RefusesEmptyOrIncompleteSources) {
    Json empty_assumption = small_document();
    empty_assumption["presets"][0]["scenarios"]["program"]["customers"]["assumption"] = "";
    EXPECT_TRUE(mentions(refusals(empty_assumption), "presets[0].scenarios.program.customers.assumption"));

    Json no_measured = small_document();
    no_measured["presets"][0]["scenarios"]["program"]["conversion_rate"]["source"].erase("measured");
    EXPECT_TRUE(mentions(refusals(no_measured), "presets[0].scenarios.program.conversion_rate.source.measured"));

    Json unknown_ref = small_document();
    unknown_ref["presets"][0]["scenarios"]["program"]["conversion_rate"]["source"]["ref"] = "blog";
    EXPECT_TRUE(mentions(refusals(unknown_ref), "presets[0].scenarios.program.conversion_rate.source.ref"));

    Json no_year = small_document();
    no_year["references"]["paper"].erase("year");
    EXPECT_TRUE(mentions(refusals(no_year), "references.paper.year"));
}

TEST(PresetsReader, AppliesTheSpecToEveryValue) {
    Json out_of_range = small_document();
    out_of_range["presets"][0]["scenarios"]["program"]["conversion_rate"]["value"] = 1.5;
    EXPECT_TRUE(mentions(refusals(out_of_range), "presets[0].scenarios.program.conversion_rate.value", "between 0 and 1"));

    Json unknown_input = small_document();
    unknown_input["presets"][0]["scenarios"]["program"]["conversion"] = {{"value", 0.1}, {"assumption", "typo"}};
    EXPECT_TRUE(mentions(refusals(unknown_input), "presets[0].scenarios.program.conversion.value", "not a known field"));

    Json wrong_kind = small_document();
    wrong_kind["presets"][0]["scenarios"]["giftcard"] = wrong_kind["presets"][0]["scenarios"]["program"];
    EXPECT_TRUE(mentions(refusals(wrong_kind), "presets[0].scenarios.giftcard"));
}

TEST(PresetsReader, RefusesRepeatedOrMalformedIds) {
    Json repeated = small_document();
    const Json copy = repeated["presets"][0];
    repeated["presets"].push_back(copy);
    EXPECT_TRUE(mentions(refusals(repeated), "presets[1].id", "repeat"));

    Json malformed = small_document();
    malformed["presets"][0]["id"] = "Shop Front";
    EXPECT_TRUE(mentions(refusals(malformed), "presets[0].id"));
}

// Every preset is named in every language the faces speak.
TEST(Presets, HaveLabelsAndSummariesInEveryCatalog) {
    const auto i18n = std::filesystem::path(__FILE__).parent_path() / ".." / ".." / "i18n";
    for (const char* language : {"it", "en", "fi"}) {
        std::ifstream file(i18n / language / "model.json");
        ASSERT_TRUE(file) << language;
        std::stringstream text;
        text << file.rdbuf();
        const Json catalog = Json::parse(text.str(), nullptr, false);
        ASSERT_TRUE(catalog.is_object()) << language;
        for (const auto& preset : presets()) {
            for (const char* part : {".label", ".summary"}) {
                const std::string key = "preset." + preset.id + part;
                ASSERT_TRUE(catalog.contains(key)) << language << " " << key;
                EXPECT_FALSE(catalog[key].get<std::string>().empty()) << language << " " << key;
            }
        }
    }
}

struct CliRun {
    int status;
    std::string out;
    std::string err;
};

CliRun run_cli(std::vector<std::string> args) {
    std::istringstream in;
    std::ostringstream out, err;
    const int status = cli::run(args, in, out, err);
    return {status, out.str(), err.str()};
}

TEST(PresetsCli, EvalOfAPresetIsTheEvaluationOfItsScenario) {
    const CliRun r = run_cli({"eval", "--preset", "restaurants", "--kind", "gift_card"});
    ASSERT_EQ(r.status, 0) << r.err;
    const auto expected = evaluate(preset_scenario("restaurants", ScenarioKind::gift_card).value());
    ASSERT_TRUE(expected.ok());
    EXPECT_EQ(Json::parse(r.out), Json::parse(expected->dump()));
}

TEST(PresetsCli, EvalOfAPresetDefaultsToTheProgramCalculator) {
    const CliRun r = run_cli({"eval", "--kind", "program", "--preset", "trades"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(run_cli({"eval", "--preset", "trades"}).out, r.out);
    EXPECT_EQ(Json::parse(r.out)["kind"], "program");
}

TEST(PresetsCli, RefusesUnknownPresetsKindsAndUsage) {
    const CliRun unknown = run_cli({"eval", "--preset", "pizzeria"});
    EXPECT_EQ(unknown.status, cli::kExitInvalid);
    EXPECT_EQ(unknown.out, "");
    EXPECT_NE(unknown.err.find("pizzeria"), std::string::npos) << unknown.err;
    for (const auto& preset : presets()) EXPECT_NE(unknown.err.find(preset.id), std::string::npos) << preset.id;

    EXPECT_EQ(run_cli({"eval", "--preset", "b2b", "--kind", "gift_card"}).status, cli::kExitInvalid);
    EXPECT_EQ(run_cli({"eval", "--preset", "retail", "--kind", "coupon"}).status, cli::kExitInvalid);
    EXPECT_EQ(run_cli({"eval", "--preset"}).status, cli::kExitInvalid);
    EXPECT_EQ(run_cli({"eval", "--preset", "retail", "extra.json"}).status, cli::kExitInvalid);
    EXPECT_EQ(run_cli({"presets", "pizzeria"}).status, cli::kExitInvalid);
    EXPECT_EQ(run_cli({"presets", "--yaml"}).status, cli::kExitInvalid);
}

TEST(PresetsCli, ListsEveryPresetWithItsSources) {
    const CliRun r = run_cli({"presets"});
    ASSERT_EQ(r.status, 0) << r.err;
    for (const auto& preset : presets()) {
        EXPECT_NE(r.out.find(preset.id + "\n"), std::string::npos) << preset.id;
        for (const auto& scenario : preset.scenarios) {
            for (const auto& v : scenario.values) {
                const std::string& why = v.source.has_publication() ? v.source.measured : v.source.assumption;
                EXPECT_NE(r.out.find(why), std::string::npos) << preset.id << " " << v.input;
            }
        }
    }
}

TEST(PresetsCli, JsonListingIsThePresetsJson) {
    const CliRun all = run_cli({"presets", "--json"});
    ASSERT_EQ(all.status, 0) << all.err;
    EXPECT_EQ(Json::parse(all.out), presets_json());

    const CliRun one = run_cli({"presets", "trades", "--json"});
    ASSERT_EQ(one.status, 0) << one.err;
    const Json listed = Json::parse(one.out);
    ASSERT_EQ(listed["presets"].size(), 1u);
    EXPECT_EQ(listed["presets"][0]["id"], "trades");
}

}  // namespace
}  // namespace passaparola
