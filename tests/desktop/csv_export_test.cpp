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
    EXPECT_NE(lines[1].find(it.text("action.maintain") + std::string(";1,00;")), std::string::npos) << lines[1];
    EXPECT_TRUE(lines[2].starts_with("'=1+1;")) << lines[2];
    EXPECT_NE(lines[2].find(it.text("level.none")), std::string::npos);
}

TEST(VcpCsv, TheLogsFiguresFollowTheLevels) {
    VcpInputs inputs;
    inputs.window_days = 91;
    Contact logged{"Anna", {true, true, true, true, 0}, {true, true, true, true, 9}, {}};
    const auto day = [](const char* iso) { return *parse_iso_date(iso); };
    logged.log = {{day("2026-01-10"), ReferralDirection::given, 1250.5},
                  {day("2026-02-01"), ReferralDirection::received, 800},
                  {day("2026-03-01"), ReferralDirection::received, 0},
                  {day("2025-06-01"), ReferralDirection::received, 5000}};  // before the period: not counted
    Contact typed{"Bruno", {true, false, false, false, 1.5}, {}, {}};
    inputs.contacts = {logged, typed};
    const VcpResult result = evaluate_vcp(inputs);
    const auto& fi = i18n::Catalog::of("fi");
    const i18n::NumberFormat numbers("fi");
    const auto lines = lines_of(vcp_contacts_csv(result, fi, numbers));
    ASSERT_EQ(lines.size(), 3u);
    const auto header = split(lines[0], ';');
    const std::vector<std::string> tail(header.begin() + 8, header.end());
    EXPECT_EQ(tail, (std::vector<std::string>{fi.text("result.vcp.referrals_given"), fi.text("result.vcp.referrals_received"),
                                              fi.text("result.vcp.log_given"), fi.text("result.vcp.log_received"),
                                              fi.text("result.vcp.closed_value_given"),
                                              fi.text("result.vcp.closed_value_received"),
                                              fi.text("result.vcp.last_referral")}));
    const auto anna = split(lines[1], ';');
    ASSERT_EQ(anna.size(), 15u);
    // Rates from the log: 1 given and 2 received in 91 days, per quarter of 91.3125 days.
    EXPECT_EQ(anna[8], numbers.plain(91.3125 / 91, 2));
    EXPECT_EQ(anna[9], numbers.plain(2 * 91.3125 / 91, 2));
    EXPECT_EQ(anna[10], "1");
    EXPECT_EQ(anna[11], "2");
    EXPECT_EQ(anna[12], "1250,50");
    EXPECT_EQ(anna[13], "800,00");
    EXPECT_EQ(anna[14], "2026-03-01");
    const auto bruno = split(lines[2], ';');
    ASSERT_EQ(bruno.size(), 15u);
    EXPECT_EQ(bruno[8], "1,50") << "typed rates without a log";
    EXPECT_EQ(bruno[10], "0");
    EXPECT_EQ(bruno[12], "0,00");
    EXPECT_EQ(bruno[14], "") << "no referral, no date";
}

}  // namespace
}  // namespace passaparola::desktop
