// Importing a referral log from a spreadsheet's CSV export: the forms that
// Italian, English and Finnish spreadsheets write, and bad rows refused with
// their line numbers and nothing imported.
#include <gtest/gtest.h>

#include "passaparola/referral_log_import.hpp"
#include "test_support.hpp"

namespace passaparola::test {
namespace {

VcpInputs imported(std::string_view csv, VcpInputs into = {}) {
    auto outcome = import_referral_log(csv, std::move(into));
    EXPECT_TRUE(outcome) << outcome.message();
    return outcome ? std::move(outcome).value() : VcpInputs{};
}

std::vector<std::string> refused(std::string_view csv, VcpInputs into = {}) {
    const auto outcome = import_referral_log(csv, std::move(into));
    EXPECT_FALSE(outcome) << "accepted: " << csv;
    std::vector<std::string> messages;
    for (const auto& p : outcome.problems()) messages.push_back(p.message());
    return messages;
}

std::string text(const LogEntry& e) {
    return to_string(e.date) + " " + std::string(to_string(e.direction)) + " " + std::to_string(e.closed_value);
}

TEST(ReferralLogImport, AnItalianExportWithSemicolonsDecimalCommasAndDayFirstDates) {
    // Excel's "CSV UTF-8" in Italian: BOM, CRLF, semicolons, DD/MM/YYYY, 1.250,50.
    const VcpInputs in = imported(
        "\xEF\xBB\xBF"
        "Data;Contatto;Direzione;Valore chiuso;Note\r\n"
        "05/03/2026;Studio Rossi;Dato;1.250,50;prima referenza\r\n"
        "6/3/2026;  Bar \"\"Sport\"\" ;RICEVUTO;;\r\n"
        "07/03/2026;Studio Rossi;ricevuto;300;\r\n"
        ";;;;\r\n");
    ASSERT_EQ(in.contacts.size(), 2u);
    EXPECT_EQ(in.contacts[0].name, "Studio Rossi");
    ASSERT_EQ(in.contacts[0].log.size(), 2u);
    EXPECT_EQ(text(in.contacts[0].log[0]), "2026-03-05 given 1250.500000");
    EXPECT_EQ(text(in.contacts[0].log[1]), "2026-03-07 received 300.000000");
    EXPECT_EQ(in.contacts[1].name, "Bar \"\"Sport\"\"");  // unquoted: the quotes are the name's own
    EXPECT_EQ(text(in.contacts[1].log[0]), "2026-03-06 received 0.000000");
}

TEST(ReferralLogImport, EnglishAndFinnishHeadersInAnyOrderCaseAndSpacing) {
    const VcpInputs en = imported("Direction, Closed Value ,NAME,Date\n"
                                  "given,\"1,250.50\",\"Smith, Jones & Co\",2026-01-31\n"
                                  "Received,1250.5,\"Smith, Jones & Co\",2026-02-01\n");
    ASSERT_EQ(en.contacts.size(), 1u);
    EXPECT_EQ(en.contacts[0].name, "Smith, Jones & Co");
    EXPECT_EQ(text(en.contacts[0].log[0]), "2026-01-31 given 1250.500000");
    EXPECT_EQ(text(en.contacts[0].log[1]), "2026-02-01 received 1250.500000");

    const VcpInputs fi = imported("PÄIVÄMÄÄRÄ;Nimi;Suunta;Kaupan arvo\n"
                                  "1.2.2026;Kiinteistövälittäjä Virtanen;annettu;1 250,50\n"
                                  "28.02.2026;Muuttofirma Oy;Saatu;900\n");
    ASSERT_EQ(fi.contacts.size(), 2u);
    EXPECT_EQ(text(fi.contacts[0].log[0]), "2026-02-01 given 1250.500000");
    EXPECT_EQ(text(fi.contacts[1].log[0]), "2026-02-28 received 900.000000");

    // No value column at all: every entry closed nothing.
    const VcpInputs bare = imported("pvm\tkontakti\tsuunta\n2026-05-05\tA\tsaatu\n");
    EXPECT_EQ(bare.contacts.at(0).log.at(0).closed_value, 0);
}

TEST(ReferralLogImport, AmountsInEitherConventionWithThousandsMarks) {
    const std::pair<const char*, double> cases[] = {
        {"1.250,50", 1250.5}, {"1,250.50", 1250.5}, {"1250.5", 1250.5}, {"1250,5", 1250.5},
        {"1.250", 1250},      {"1,250", 1250},      {"0,250", 0.25},    {"1.250.000", 1250000},
        {"1,250,000.75", 1250000.75}, {"12", 12}, {"0", 0}, {"3 000", 3000},
    };
    for (const auto& [written, value] : cases) {
        const VcpInputs in = imported("date;contact;direction;value\n2026-01-01;A;given;\"" + std::string(written) + "\"\n");
        EXPECT_DOUBLE_EQ(in.contacts.at(0).log.at(0).closed_value, value) << written;
    }
    for (const char* bad : {"1.25.0", "12,50,0", "€ 100", "-5", "1e3", "1,2.3,4", ".5", "5."}) {
        EXPECT_FALSE(import_referral_log("date;contact;direction;value\n2026-01-01;A;given;\"" + std::string(bad) + "\"\n",
                                         VcpInputs{}))
            << bad;
    }
}

TEST(ReferralLogImport, QuotedFieldsHoldSeparatorsQuotesAndLineBreaks) {
    const VcpInputs in = imported("date,contact,direction,value\r\n"
                                  "2026-01-01,\"Rossi \"\"il fabbro\"\", Milano\",given,\"2,5\"\r\n"
                                  "2026-01-02,\"Two\r\nlines\",given,1\r\n"
                                  "2026-01-03,B,given,\n");
    ASSERT_EQ(in.contacts.size(), 3u);
    EXPECT_EQ(in.contacts[0].name, "Rossi \"il fabbro\", Milano");
    EXPECT_EQ(in.contacts[1].name, "Two\r\nlines");
    EXPECT_EQ(in.contacts[0].log[0].closed_value, 2.5);
    // Line numbers count physical lines: the bad row after a two-line field is line 4.
    EXPECT_EQ(refused("date,contact,direction\n2026-01-02,\"Two\nlines\",given\n2026-13-01,B,given\n"),
              (std::vector<std::string>{"line 4: date must be a real day from 2000-01-01 to 2100-12-31 (got \"2026-13-01\")"}));
}

TEST(ReferralLogImport, RowsJoinTheFirstContactOfTheSameTrimmedNameOrANewOne) {
    VcpInputs into;
    into.target_partners = 4;
    into.contacts = {Contact{"Anna", {true, false, false, true, 3}, {}, {"maven"}}, Contact{"Anna", {}, {}, {}},
                     Contact{"Bo", {}, {}, {}}};
    into.contacts[0].log = {LogEntry{parse_iso_date("2025-01-01").value(), ReferralDirection::given, 0}};
    const VcpInputs out = imported("date;contact;direction\n2026-01-01;\xC2\xA0" "Anna ;given\n2026-01-02;Cleo;received\n"
                                   "2026-01-03;Bo;received\n2026-01-04;Cleo;given\n",
                                   into);
    EXPECT_EQ(out.target_partners, 4);
    ASSERT_EQ(out.contacts.size(), 4u);
    EXPECT_EQ(out.contacts[0].log.size(), 2u);  // the first Anna, after her own entry
    EXPECT_EQ(to_string(out.contacts[0].log[1].date), "2026-01-01");
    EXPECT_EQ(out.contacts[0].traits, std::vector<std::string>{"maven"});
    EXPECT_TRUE(out.contacts[1].log.empty());
    EXPECT_EQ(out.contacts[2].log.size(), 1u);
    EXPECT_EQ(out.contacts[3].name, "Cleo");
    EXPECT_EQ(out.contacts[3].log.size(), 2u);
    EXPECT_FALSE(out.contacts[3].mine.knows_business);  // a new contact has the defaults
}

TEST(ReferralLogImport, EveryBadRowIsReportedWithItsLineAndNothingIsImported) {
    EXPECT_EQ(refused("date;contact;direction;value\n"
                      "2026-01-01;Good;given;1\n"
                      "31/02/2024;A;given;1\n"
                      "2026-01-01;;maybe;-5\n"
                      "\n"
                      "yesterday;B;given;x\n"),
              (std::vector<std::string>{
                  "line 3: date must be a real day from 2000-01-01 to 2100-12-31 (got \"31/02/2024\")",
                  "line 4: has no contact name",
                  "line 4: direction must be one of given, dato, data, passata, annettu or received, ricevuto, ricevuta, saatu (got \"maybe\")",
                  "line 4: closed value must be a number such as 1250.50, 1.250,50 or 1,250.50 (got \"-5\")",
                  "line 6: date must be written YYYY-MM-DD, DD/MM/YYYY or DD.MM.YYYY (got \"yesterday\")",
                  "line 6: closed value must be a number such as 1250.50, 1.250,50 or 1,250.50 (got \"x\")",
              }));
    const auto outcome = import_referral_log("date;contact;direction\n1999-12-31;A;given\n", VcpInputs{});
    ASSERT_FALSE(outcome);
    EXPECT_EQ(outcome.problems().at(0).code, "csv.date_day");
}

TEST(ReferralLogImport, HeadersEncodingQuotesAndLimitsAreRefusedClearly) {
    EXPECT_EQ(refused(""), (std::vector<std::string>{"line 1: must be a header row naming the columns date, contact and "
                                                     "direction"}));
    EXPECT_EQ(refused("when;who;value\n2026-01-01;A;1\n"),
              (std::vector<std::string>{"line 1: names no date column (one of date, data, päivämäärä, pvm)",
                                        "line 1: names no contact column (one of contact, name, contatto, nome, kontakti, nimi)",
                                        "line 1: names no direction column (one of direction, direzione, suunta)"}));
    // Windows-1252 "Città": the é/à bytes alone are not UTF-8.
    EXPECT_EQ(refused("date;contact;direction\n2026-01-01;Citt\xE0;given\n"),
              (std::vector<std::string>{"line 2: is not UTF-8 text: export the sheet as CSV UTF-8"}));
    EXPECT_EQ(refused("date;contact;direction\n2026-01-01;\"A;given\n"),
              (std::vector<std::string>{"line 2: has a quoted field that is never closed"}));

    std::string csv = "date;contact;direction\n";
    for (int i = 0; i < 1001; ++i) csv += "2026-01-01;Busy;given\n";
    EXPECT_EQ(refused(csv), (std::vector<std::string>{"line 1002: would give the contact more than 1000 entries (got \"Busy\")"}));

    VcpInputs full;
    for (int i = 0; i < 500; ++i) full.contacts.push_back(Contact{"c" + std::to_string(i), {}, {}, {}});
    EXPECT_EQ(refused("date;contact;direction\n2026-01-01;c7;given\n2026-01-01;new;given\n", full),
              (std::vector<std::string>{"line 3: would make more than 500 contacts (got \"new\")"}));

    const Scenario program = default_scenario(ScenarioKind::program);
    EXPECT_EQ(import_referral_log("date;contact;direction\n", program).message(),
              "kind: must be vcp to import a referral log (got \"program\")");
}

TEST(ReferralLogImport, TwentyThousandRowsImportAndEvaluate) {
    std::string csv = "date;contact;direction;value\n";
    for (int i = 0; i < 20000; ++i) {
        csv += "2026-" + std::string(i % 12 < 9 ? "0" : "") + std::to_string(i % 12 + 1) + "-15;Contact " +
               std::to_string(i % 500) + ";" + (i % 3 ? "given" : "received") + ";1.000,00\n";
    }
    const VcpInputs in = imported(csv);
    EXPECT_EQ(in.contacts.size(), 500u);
    EXPECT_EQ(log_entry_count(in), 20000u);
    Scenario scenario{in, {}};
    const auto result = evaluate(scenario);
    ASSERT_TRUE(result) << result.message();
    EXPECT_EQ((*result)["result"]["summary"]["as_of"], "2026-12-15");
}

}  // namespace
}  // namespace passaparola::test
