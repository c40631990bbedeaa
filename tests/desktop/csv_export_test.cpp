// CSV exports: one row per month or contact, the language's separators, and
// cells that a spreadsheet reads back as written.
#include <gtest/gtest.h>

#include <sstream>

#include "csv_export.hpp"

namespace passaparola::desktop {
namespace {

const std::string kBom = "\xEF\xBB\xBF";

std::vector<std::string> lines_of(const std::string& csv) {
    EXPECT_TRUE(csv.starts_with(kBom));
    std::vector<std::string> lines;
    std::istringstream in(csv.substr(kBom.size()));
    for (std::string line; std::getline(in, line);) {
        EXPECT_TRUE(line.ends_with('\r'));
        line.pop_back();
        lines.push_back(line);
    }
    return lines;
}

std::vector<std::string> split(const std::string& line, char separator) {
    std::vector<std::string> cells(1);
    for (char c : line) {
        if (c == separator) {
            cells.emplace_back();
        } else {
            cells.back() += c;
        }
    }
    return cells;
}

TEST(CsvCell, QuotesOnlyWhenNeeded) {
    EXPECT_EQ(csv_cell("Rossi", ';'), "Rossi");
    EXPECT_EQ(csv_cell("Rossi; Bianchi", ';'), "\"Rossi; Bianchi\"");
    EXPECT_EQ(csv_cell("Rossi, Bianchi", ';'), "Rossi, Bianchi");
    EXPECT_EQ(csv_cell("say \"hi\"", ','), "\"say \"\"hi\"\"\"");
    EXPECT_EQ(csv_cell("two\nlines", ','), "\"two\nlines\"");
}

TEST(CsvCell, NeutralisesFormulas) {
    EXPECT_EQ(csv_cell("=HYPERLINK(\"x\")", ','), "\"'=HYPERLINK(\"\"x\"\")\"");
    EXPECT_EQ(csv_cell("+39 333", ';'), "'+39 333");
    EXPECT_EQ(csv_cell("@me", ';'), "'@me");
}

TEST(CsvSeparator, SemicolonWithADecimalComma) {
    EXPECT_EQ(csv_separator(i18n::NumberFormat("it")), ';');
    EXPECT_EQ(csv_separator(i18n::NumberFormat("fi")), ';');
    EXPECT_EQ(csv_separator(i18n::NumberFormat("en")), ',');
}

TEST(ProgramCsv, OneRowPerMonthWithEveryMember) {
    ProgramInputs inputs;
    inputs.horizon_months = 24;
    inputs.conversion_lag_months = 2;
    inputs.fee_per_conversion = 3;
    const ProgramResult result = evaluate_program(inputs);
    const i18n::NumberFormat numbers("it");
    const i18n::Catalog& text = i18n::Catalog::of("it");
    const auto lines = lines_of(program_months_csv(result, text, numbers));
    ASSERT_EQ(lines.size(), 25u);
    const auto header = split(lines[0], ';');
    ASSERT_EQ(header.size(), 17u);
    EXPECT_EQ(header[0], text.text("result.program.month"));
    EXPECT_EQ(header[3], text.text("result.program.deciding"));
    EXPECT_EQ(header[11], text.text("result.program.fee_cost"));
    EXPECT_EQ(header[16], text.text("result.program.cumulative_net"));
    const auto last = split(lines[24], ';');
    ASSERT_EQ(last.size(), 17u);
    EXPECT_EQ(last[0], "24");
    // Month 24 decides on month 22's introductions and pays the fee on its new customers.
    EXPECT_EQ(last[3], numbers.plain(result.months[21].leads, 2));
    EXPECT_EQ(last[11], numbers.plain(result.months.back().new_referred * 3, 2));
    EXPECT_EQ(last[16], numbers.plain(result.months.back().cumulative_net, 2));
    EXPECT_EQ(last[15], numbers.plain(result.months.back().net, 2));
}

TEST(ProgramCsv, EnglishUsesCommasAndPoints) {
    const ProgramResult result = evaluate_program(ProgramInputs{});
    const auto lines = lines_of(program_months_csv(result, i18n::Catalog::of("en"), i18n::NumberFormat("en")));
    const auto first = split(lines[1], ',');
    ASSERT_EQ(first.size(), 17u);
    EXPECT_EQ(first[14], i18n::NumberFormat("en").plain(result.months.front().program_cost, 2));
    EXPECT_NE(first[14].find('.'), std::string::npos);
}

TEST(VcpCsv, ContactsWithLevelsActionsAndAwkwardNames) {
    VcpInputs inputs;
    Contact partner{"Bar Sport; Rossi", {}, {}, {"connector"}};
    partner.mine = {true, true, true, true, 3};
    partner.theirs = {true, true, true, true, 2};
    inputs.contacts = {partner, Contact{"=1+1", {}, {}, {}}};
    const VcpResult result = evaluate_vcp(inputs);
    const auto& it = i18n::Catalog::of("it");
    const std::string csv = vcp_contacts_csv(result, it, i18n::NumberFormat("it"));
    const auto lines = lines_of(csv);
    ASSERT_EQ(lines.size(), 3u);
    EXPECT_TRUE(lines[1].starts_with("\"Bar Sport; Rossi\";")) << lines[1];
    EXPECT_NE(lines[1].find(it.text("level.profitability")), std::string::npos);
    EXPECT_NE(lines[1].find(it.text("action.maintain")), std::string::npos);
    EXPECT_TRUE(lines[1].ends_with(";1,00")) << lines[1];
    EXPECT_TRUE(lines[2].starts_with("'=1+1;")) << lines[2];
    EXPECT_NE(lines[2].find(it.text("level.none")), std::string::npos);
}

}  // namespace
}  // namespace passaparola::desktop
