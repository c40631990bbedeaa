#pragma once
// A referral log kept in a spreadsheet, imported into a VCP assessment.
//
// The text of a CSV export (UTF-8 with or without BOM, CRLF or LF, comma,
// semicolon or tab separated as the header row shows, RFC 4180 quoting).
// The header row names the columns in any order, in English, Italian or
// Finnish: date, contact, direction and, optional, closed value; other columns
// are ignored. Each row is added, in file order, to the log of the first
// contact with the same trimmed name, or to a new contact appended with the
// defaults. When any row is bad nothing is imported: every bad row is
// reported at the path "line N" (the header is line 1) with a code
// "csv.<what>" the faces word in the reader's language.
#include <string_view>

#include "passaparola/outcome.hpp"
#include "passaparola/scenario.hpp"
#include "passaparola/vcp.hpp"

namespace passaparola {

// The size of the largest export accepted (20 000 rows with long names fit).
inline constexpr std::size_t kMaxReferralLogBytes = 4 << 20;

Outcome<VcpInputs> import_referral_log(std::string_view csv_text, VcpInputs into);
// The same into a scenario document, which must be a VCP.
Outcome<Scenario> import_referral_log(std::string_view csv_text, const Scenario& into);

}  // namespace passaparola
