// The desktop's figure formats for tests/web/number-format.test.mjs, which
// requires the widget's text for the same values: reads
// {"languages": [...], "currencies": [...], "values": [...]} on stdin and writes
// {lang: {"number": [...], "integer": [...], "percent": [...], "money": {code: [...]}}}.
#include <iostream>
#include <iterator>
#include <string>

#include <nlohmann/json.hpp>

#include "i18n/number_format.hpp"

int main() {
    const std::string input(std::istreambuf_iterator<char>(std::cin), {});
    const auto request = nlohmann::json::parse(input);
    nlohmann::json answer = nlohmann::json::object();
    for (const std::string language : request.at("languages")) {
        const passaparola::i18n::NumberFormat numbers(language);
        nlohmann::json& out = answer[language];
        for (const double value : request.at("values")) {
            out["number"].push_back(numbers.number(value));
            out["integer"].push_back(numbers.integer(value));
            out["percent"].push_back(numbers.percent(value));
            for (const std::string currency : request.at("currencies")) {
                out["money"][currency].push_back(numbers.money(value, currency));
            }
        }
    }
    std::cout << answer.dump() << '\n';
}
