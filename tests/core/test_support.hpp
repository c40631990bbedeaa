#pragma once
// Helpers shared by the core's tests: building documents, collecting problem
// messages, and comparing numbers the way the spec's checker does.
#include <gtest/gtest.h>

#include <concepts>
#include <string>
#include <string_view>
#include <vector>

#include "passaparola/json.hpp"
#include "passaparola/scenario.hpp"

namespace passaparola::test {

// {"schema": "passaparola/1", "kind": kind, "inputs": inputs}
Json document(std::string_view kind, Json inputs = Json::object());

// The result document; a failed test when the text is refused.
Json evaluated(std::string_view json_text);
// Only for a Json: text must never be turned into a JSON string by mistake.
template <std::same_as<Json> J>
Json evaluated(const J& document) {
    return evaluated(std::string_view(document.dump()));
}

// Every problem message of a refused text; a failed test when it is accepted.
std::vector<std::string> problems_of(std::string_view json_text);
template <std::same_as<Json> J>
std::vector<std::string> problems_of(const J& document) {
    return problems_of(std::string_view(document.dump()));
}

// check_examples.py's rule: |actual − expected| ≤ 1e-7 + 1e-8 |expected|.
bool numbers_agree(double expected, double actual);
// Empty when `actual` holds everything in `expected` (extra members allowed);
// else the path of the first difference and why.
std::string json_difference(const Json& expected, const Json& actual, const std::string& path = "result");

std::string read_text_file(const std::string& path);

// True when no number anywhere in the value is NaN or infinite.
bool all_finite(const Json& value);

}  // namespace passaparola::test
