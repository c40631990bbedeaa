#include "test_support.hpp"

#include <cmath>
#include <fstream>
#include <sstream>

namespace passaparola::test {

Json document(std::string_view kind, Json inputs) {
    return {{"schema", "passaparola/1"}, {"kind", kind}, {"inputs", std::move(inputs)}};
}

Json evaluated(std::string_view json_text) {
    auto result = evaluate_text(json_text);
    if (!result) {
        ADD_FAILURE() << "refused: " << result.message() << "\ndocument: " << json_text.substr(0, 400);
        return Json();
    }
    return std::move(result).value();
}

std::vector<std::string> problems_of(std::string_view json_text) {
    auto result = evaluate_text(json_text);
    if (result) ADD_FAILURE() << "accepted: " << json_text.substr(0, 400);
    std::vector<std::string> messages;
    for (const auto& problem : result.problems()) messages.push_back(problem.message());
    return messages;
}

bool numbers_agree(double expected, double actual) {
    return std::isfinite(actual) && std::fabs(actual - expected) <= 1e-7 + 1e-8 * std::fabs(expected);
}

std::string json_difference(const Json& expected, const Json& actual, const std::string& path) {
    if (expected.is_object()) {
        if (!actual.is_object()) return path + ": expected an object, got " + actual.dump();
        for (const auto& [key, value] : expected.items()) {
            if (!actual.contains(key)) return path + "." + key + ": missing";
            if (auto d = json_difference(value, actual[key], path + "." + key); !d.empty()) return d;
        }
        return {};
    }
    if (expected.is_array()) {
        if (!actual.is_array() || actual.size() != expected.size()) {
            return path + ": expected a list of " + std::to_string(expected.size());
        }
        for (std::size_t i = 0; i < expected.size(); ++i) {
            if (auto d = json_difference(expected[i], actual[i], path + "[" + std::to_string(i) + "]"); !d.empty()) {
                return d;
            }
        }
        return {};
    }
    if (expected.is_number()) {
        if (!actual.is_number() || !numbers_agree(expected.get<double>(), actual.get<double>())) {
            return path + ": expected " + expected.dump() + ", got " + actual.dump();
        }
        return {};
    }
    if (expected != actual) return path + ": expected " + expected.dump() + ", got " + actual.dump();
    return {};
}

std::string read_text_file(const std::string& path) {
    std::ifstream file(path, std::ios::binary);
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
}

bool all_finite(const Json& value) {
    if (value.is_number_float()) return std::isfinite(value.get<double>());
    if (!value.is_structured()) return true;
    for (const auto& member : value) {
        if (!all_finite(member)) return false;
    }
    return true;
}

}  // namespace passaparola::test
