// The worked examples of the spec (computed independently of this code) as
// fixtures: each NAME.json evaluates to the `result` in NAME.expected.json.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "test_support.hpp"

namespace passaparola::test {
namespace {

namespace fs = std::filesystem;

const fs::path kExamples = PASSAPAROLA_SPEC_EXAMPLES;

// Scenario documents: every NAME.json that has a NAME.expected.json beside it.
std::vector<std::string> example_names() {
    std::vector<std::string> names;
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(kExamples, error)) {
        const std::string file = entry.path().filename().string();
        const std::string suffix = ".expected.json";
        if (file.size() > suffix.size() && file.ends_with(suffix)) {
            names.push_back(file.substr(0, file.size() - suffix.size()));
        }
    }
    std::sort(names.begin(), names.end());
    return names;
}

class SpecExample : public testing::TestWithParam<std::string> {};

TEST_P(SpecExample, EvaluatesToTheExpectedResult) {
    const std::string name = GetParam();
    const std::string text = read_text_file((kExamples / (name + ".json")).string());
    ASSERT_FALSE(text.empty()) << name << ".json is missing";
    const Json expected = Json::parse(read_text_file((kExamples / (name + ".expected.json")).string()));
    const Json actual = evaluated(text);
    ASSERT_TRUE(actual.contains("result")) << name;
    EXPECT_EQ(json_difference(expected.at("result"), actual["result"]), "") << name;
    EXPECT_EQ(actual["schema"], expected["schema"]);
    EXPECT_EQ(actual["kind"], expected["kind"]);
}

std::string test_name(const testing::TestParamInfo<std::string>& info) {
    std::string name = info.param;
    std::replace_if(
        name.begin(), name.end(), [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); }, '_');
    return name;
}

INSTANTIATE_TEST_SUITE_P(Examples, SpecExample, testing::ValuesIn(example_names()), test_name);
// Without examples the suite above is empty, and GoogleTest itself fails the
// run for an uninstantiated suite; SpecFolder names the folder it searched.

TEST(SpecFolder, HoldsExamplesOfEveryKind) {
    const auto names = example_names();
    ASSERT_FALSE(names.empty()) << "no spec examples at " << kExamples;
    for (std::string kind : {"program", "gift-card", "vcp"}) {
        EXPECT_TRUE(std::any_of(names.begin(), names.end(), [&](const std::string& n) { return n.starts_with(kind); }))
            << "no example of " << kind;
    }
}

// The comparison rule itself, so a lenient checker cannot hide a wrong result.
TEST(SpecComparison, AllowsOnlyTheStatedTolerance) {
    EXPECT_TRUE(numbers_agree(1000, 1000 + 1e-7 + 0.9e-5));
    EXPECT_FALSE(numbers_agree(1000, 1000 + 1e-7 + 1.1e-5));
    EXPECT_TRUE(numbers_agree(0, 0.9e-7));
    EXPECT_FALSE(numbers_agree(0, 1.1e-7));
    EXPECT_NE(json_difference(Json{{"a", nullptr}}, Json{{"a", 0}}), "");
    EXPECT_NE(json_difference(Json{{"a", Json::array({1, 2})}}, Json{{"a", Json::array({1})}}), "");
    EXPECT_NE(json_difference(Json{{"a", 1}}, Json::object()), "");
    EXPECT_EQ(json_difference(Json{{"a", 1}}, Json{{"a", 1.0}, {"b", 2}}), "");
}

}  // namespace
}  // namespace passaparola::test
