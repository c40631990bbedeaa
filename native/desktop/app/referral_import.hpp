#pragma once
// The referral log of a spreadsheet (spec §4, core/referral_log_import.hpp)
// as the desktop imports it from File: the problems of a file that does not
// import, worded in the reader's language from their codes, one line each.
#include <string>
#include <vector>

#include "i18n/catalog.hpp"
#include "passaparola/outcome.hpp"

namespace passaparola::desktop {

// "Riga 3: "31/02/2026" non è una data: …" — `error.csv.line` around
// `error.csv.<code>`; a problem of the whole file (no line) is the worded
// problem alone, and one without a worded code keeps the core's message.
std::string import_problem_text(const Problem& problem, const i18n::Catalog& text);
std::vector<std::string> import_problem_lines(const std::vector<Problem>& problems, const i18n::Catalog& text);

}  // namespace passaparola::desktop
