#pragma once
// The problems a reader of hand-written or untrusted JSON collects: every one
// is reported, each at its path, rather than stopping at the first.
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "passaparola/json.hpp"
#include "passaparola/outcome.hpp"
#include "passaparola/scenario.hpp"

namespace passaparola::detail {

// "a, b, c": the values a rule allows, as its message lists them.
inline std::string join_words(std::span<const std::string_view> words) {
    std::string text;
    for (const auto word : words) text += (text.empty() ? "" : ", ") + std::string(word);
    return text;
}

class ProblemList {
public:
    std::vector<Problem> problems;

    // `code` names the rule for faces that word it themselves (Problem::code).
    void fail(std::string path, std::string rule, std::string code, const Json* got = nullptr) {
        problems.push_back(
            {std::move(path), std::move(rule), got ? describe_value(*got) : std::string(), std::move(code)});
    }

    // For data of the project's own (the presets), whose problems no face words.
    void fail(std::string path, std::string rule, const Json* got = nullptr) {
        fail(std::move(path), std::move(rule), std::string(), got);
    }

    bool expect_object(const Json& value, const std::string& path) {
        if (value.is_object()) return true;
        fail(path, "must be an object", "type", &value);
        return false;
    }
};

}  // namespace passaparola::detail
