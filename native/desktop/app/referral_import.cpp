#include "referral_import.hpp"

#include <string_view>

namespace passaparola::desktop {

std::string import_problem_text(const Problem& problem, const i18n::Catalog& text) {
    // The codes are "csv.<what>"; the catalog words each as "error.csv.<what>".
    const std::string key = "error." + problem.code;
    // A missing translation falls back to English, and a missing key to the key itself.
    if (problem.code.empty() || std::string_view(text.text(key)) == key) return problem.message();
    const std::string worded = i18n::format(text.text(key), {{"got", problem.got}});
    constexpr std::string_view kLine = "line ";
    if (!problem.path.starts_with(kLine)) return worded;
    return i18n::format(text.text("error.csv.line"),
                        {{"line", std::string_view(problem.path).substr(kLine.size())}, {"problem", worded}});
}

std::vector<std::string> import_problem_lines(const std::vector<Problem>& problems, const i18n::Catalog& text) {
    std::vector<std::string> lines;
    lines.reserve(problems.size());
    for (const auto& problem : problems) lines.push_back(import_problem_text(problem, text));
    return lines;
}

}  // namespace passaparola::desktop
