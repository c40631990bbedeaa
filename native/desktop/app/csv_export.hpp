#pragma once
// Tables as CSV for a spreadsheet, in the conventions of the chosen language:
// with a decimal comma (it, fi) the separator is ';', as spreadsheets there
// expect. UTF-8 with a byte order mark, CRLF line ends (RFC 4180).
#include <string>
#include <string_view>

#include "i18n/catalog.hpp"
#include "i18n/number_format.hpp"
#include "passaparola/program.hpp"
#include "passaparola/vcp.hpp"

namespace passaparola::desktop {

char csv_separator(const i18n::NumberFormat& numbers);

// One cell: quoted when it holds the separator, a quote or a line break; text
// that a spreadsheet would run as a formula (=, +, -, @ first) is prefixed with
// an apostrophe, because contact names come from other people.
std::string csv_cell(std::string_view text, char separator);

// The program's months: one row per month, every member of spec §2, with the
// catalog's column names.
std::string program_months_csv(const ProgramResult& result, const i18n::Catalog& text,
                               const i18n::NumberFormat& numbers);

// The VCP contact table: name, the three levels, score, potential, next action,
// referral balance, the referral rates used (typed or from the log), the log's
// counted referrals and closed business of each direction and the last
// referral (YYYY-MM-DD, empty without one).
std::string vcp_contacts_csv(const VcpResult& result, const i18n::Catalog& text, const i18n::NumberFormat& numbers);

}  // namespace passaparola::desktop
