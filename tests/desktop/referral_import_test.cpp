// File → Import referrals (CSV): a spreadsheet's referral log goes into the
// VCP assessment being edited as one undo step, or, with any bad row, nothing
// changes and the error lists every problem in the interface's language.
#include <gtest/gtest.h>

#include <memory>
#include <sstream>

#include "referral_import.hpp"
#include "temp_folder.hpp"
#include "workspace.hpp"

namespace passaparola::desktop {
namespace {

using test::TempFolder;
using test::write_file;

// What Excel or LibreOffice in Italian writes for "CSV UTF-8": a byte order
// mark, semicolons, day-first dates, a decimal comma, CRLF line ends.
const std::string kItalianExport =
    "\xEF\xBB\xBF"
    "Data;Contatto;Direzione;Valore chiuso\r\n"
    "05/01/2026;Bar Sport;dato;1.250,50\r\n"
    "12/02/2026;Anna Rossi;ricevuto;800\r\n"
    "03/03/2026;Bar Sport;ricevuto;0,00\r\n";

// Line 2: no such day. Line 3: no contact, no direction, no amount.
const std::string kBadExport =
    "Data;Contatto;Direzione;Valore chiuso\r\n"
    "31/02/2026;Bar Sport;dato;10\r\n"
    "01/03/2026;;di lato;tanto\r\n"
    "02/03/2026;Bar Sport;ricevuto;5\r\n";

Scenario vcp_with_bar_sport() {
    Scenario scenario = default_scenario(ScenarioKind::vcp);
    auto& inputs = std::get<VcpInputs>(scenario.inputs);
    Contact bar{"Bar Sport", {true, true, false, true, 3}, {true, false, false, false, 0}, {"connector"}};
    inputs.contacts = {bar};
    return scenario;
}

const VcpInputs& inputs_of(const Document& document) { return std::get<VcpInputs>(document.scenario().inputs); }

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

class ReferralImportTest : public testing::Test {
protected:
    // The VCP tab, editing an assessment with one contact.
    Workspace& make(std::string language = "it") {
        Settings settings;
        settings.language = std::move(language);
        workspace = std::make_unique<Workspace>(std::move(settings), std::filesystem::path());
        workspace->select_kind(ScenarioKind::vcp);
        workspace->edit(vcp_with_bar_sport());
        return *workspace;
    }

    std::filesystem::path file(const std::string& name, const std::string& text) {
        const auto path = folder / name;
        write_file(path, text);
        return path;
    }

    TempFolder folder;
    std::unique_ptr<Workspace> workspace;
};

TEST_F(ReferralImportTest, TheMenuCommandAsksForAFileOnlyInTheVcpTab) {
    Workspace& ws = make();
    ws.select_kind(ScenarioKind::program);
    EXPECT_FALSE(ws.can_run(Command::import_log));
    ws.run(Command::import_log);
    EXPECT_EQ(ws.prompt(), Prompt::none);
    ws.select_kind(ScenarioKind::vcp);
    ASSERT_TRUE(ws.can_run(Command::import_log));
    ws.run(Command::import_log);
    EXPECT_EQ(ws.prompt(), Prompt::import_path);
    ws.choose_path(file("log.csv", kItalianExport));
    EXPECT_EQ(ws.prompt(), Prompt::none);
    EXPECT_FALSE(ws.error().has_value());
    EXPECT_EQ(log_entry_count(inputs_of(ws.active_document())), 3u);
}

TEST_F(ReferralImportTest, AnItalianSpreadsheetExportImportsIntoTheContactsOfTheSameName) {
    Workspace& ws = make();
    ws.import_log(file("registro.csv", kItalianExport));
    ASSERT_FALSE(ws.error().has_value()) << ws.error()->details;
    const VcpInputs& inputs = inputs_of(ws.active_document());
    ASSERT_EQ(inputs.contacts.size(), 2u);
    const Contact& bar = inputs.contacts[0];
    EXPECT_EQ(bar.name, "Bar Sport");
    EXPECT_EQ(bar.traits, std::vector<std::string>{"connector"}) << "the rest of the contact is kept";
    ASSERT_EQ(bar.log.size(), 2u);
    EXPECT_EQ(bar.log[0].date, parse_iso_date("2026-01-05"));
    EXPECT_EQ(bar.log[0].direction, ReferralDirection::given);
    EXPECT_DOUBLE_EQ(bar.log[0].closed_value, 1250.5);
    EXPECT_EQ(bar.log[1].date, parse_iso_date("2026-03-03"));
    EXPECT_EQ(bar.log[1].direction, ReferralDirection::received);
    const Contact& anna = inputs.contacts[1];
    EXPECT_EQ(anna.name, "Anna Rossi");
    ASSERT_EQ(anna.log.size(), 1u);
    EXPECT_DOUBLE_EQ(anna.log[0].closed_value, 800);
    EXPECT_EQ(ws.status(), i18n::format(ws.text().text("import.done"), {{"rows", "3"}, {"contacts", "1"}}));

    // The results now come from the log.
    const VcpResult* result = ws.active_document().evaluation().vcp();
    ASSERT_NE(result, nullptr);
    EXPECT_EQ(result->summary.as_of, parse_iso_date("2026-03-03"));
    EXPECT_DOUBLE_EQ(result->summary.closed_value_given, 1250.5);
    EXPECT_DOUBLE_EQ(result->summary.closed_value_received, 800);
    EXPECT_EQ(result->summary.top_sources, std::vector<std::string>{"Anna Rossi"});
    EXPECT_EQ(result->contacts[0].log_given, 1);
    EXPECT_EQ(result->contacts[0].log_received, 1);
}

TEST_F(ReferralImportTest, UndoRemovesTheWholeImportAndRedoBringsItBack) {
    Workspace& ws = make();
    const Scenario before = ws.active_document().scenario();
    ws.import_log(file("registro.csv", kItalianExport));
    const Scenario after = ws.active_document().scenario();
    ASSERT_FALSE(same_scenario(before, after));
    EXPECT_TRUE(ws.active_document().dirty());
    ws.run(Command::undo);
    EXPECT_TRUE(same_scenario(ws.active_document().scenario(), before)) << "one undo step";
    ws.run(Command::redo);
    EXPECT_TRUE(same_scenario(ws.active_document().scenario(), after));
}

TEST_F(ReferralImportTest, TheImportGoesIntoScenarioBWhenBIsEdited) {
    Workspace& ws = make();
    ws.run(Command::duplicate_as_b);
    ws.import_log(file("registro.csv", kItalianExport));
    EXPECT_EQ(log_entry_count(inputs_of(*ws.find({ScenarioKind::vcp, Slot::b}))), 3u);
    EXPECT_EQ(log_entry_count(inputs_of(ws.tab(ScenarioKind::vcp).a)), 0u);
}

class BadRowsPerLanguage : public ReferralImportTest, public testing::WithParamInterface<std::string> {};

TEST_P(BadRowsPerLanguage, ChangeNothingAndAreListedOnePerLineInTheInterfaceLanguage) {
    const std::string language = GetParam();
    Workspace& ws = make(language);
    const Scenario before = ws.active_document().scenario();
    const bool could_undo = ws.active_document().can_undo();
    ws.import_log(file("registro.csv", kBadExport));

    EXPECT_TRUE(same_scenario(ws.active_document().scenario(), before));
    EXPECT_EQ(ws.active_document().can_undo(), could_undo) << "no undo step either";
    ASSERT_TRUE(ws.error().has_value());
    const auto& text = i18n::Catalog::of(language);
    EXPECT_EQ(ws.error()->text, text.text("import.failed"));
    const auto line = [&](int number, const char* code, std::string got = {}) {
        return i18n::format(text.text("error.csv.line"),
                            {{"line", std::to_string(number)},
                             {"problem", i18n::format(text.text(std::string("error.csv.") + code), {{"got", got}})}});
    };
    const std::vector<std::string> expected = {
        line(2, "date_day", "\"31/02/2026\""),
        line(3, "contact_missing"),
        line(3, "direction", "\"di lato\""),
        line(3, "value", "\"tanto\""),
    };
    EXPECT_EQ(lines_of(ws.error()->details), expected);
    for (const auto& worded : expected) {
        EXPECT_EQ(worded.find("csv."), std::string::npos) << "worded, not a code: " << worded;
        EXPECT_EQ(worded.find('{'), std::string::npos) << "every placeholder filled: " << worded;
    }
}

INSTANTIATE_TEST_SUITE_P(Languages, BadRowsPerLanguage, testing::Values("it", "en", "fi"));

TEST_F(ReferralImportTest, BadRowsReadAsAConsultantWouldWriteThem) {
    Workspace& ws = make("it");
    ws.import_log(file("registro.csv", kBadExport));
    ASSERT_TRUE(ws.error().has_value());
    const auto lines = lines_of(ws.error()->details);
    ASSERT_FALSE(lines.empty());
    EXPECT_EQ(lines[0], "Riga 2: \"31/02/2026\" non è un giorno tra il 2000-01-01 e il 2100-12-31")
        << "(if the catalog's wording changed, update this line)";
}

TEST_F(ReferralImportTest, AFileThatCannotBeReadChangesNothing) {
    Workspace& ws = make("en");
    const Scenario before = ws.active_document().scenario();
    ws.import_log(folder / "missing.csv");
    EXPECT_TRUE(same_scenario(ws.active_document().scenario(), before));
    ASSERT_TRUE(ws.error().has_value());
    EXPECT_NE(ws.error()->text.find("missing.csv"), std::string::npos);
}

TEST(ImportProblemText, FileProblemsHaveNoLineAndUnknownCodesKeepTheCoreMessage) {
    const auto& fi = i18n::Catalog::of("fi");
    EXPECT_EQ(import_problem_text({"file", "must be at most 4194304 bytes", "5000000 bytes", "csv.size"}, fi),
              fi.text("error.csv.size"));
    const Problem unknown{"line 4", "must be something new", "\"x\"", "csv.not_yet_worded"};
    EXPECT_EQ(import_problem_text(unknown, fi), unknown.message());
    const Problem uncoded{"inputs.contacts", "must be fewer", ""};
    EXPECT_EQ(import_problem_text(uncoded, fi), uncoded.message());
}

}  // namespace
}  // namespace passaparola::desktop
