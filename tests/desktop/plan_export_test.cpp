// The printable plan: each calculator in each language carries its inputs,
// key figures and a share link that reopens the scenario, escapes every user
// text, loads nothing and runs nothing; the export through the workspace is
// atomic; and, where Chromium is installed, it prints on one or two A4 pages.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <regex>

#include "file_size_limit.hpp"
#include "input_values.hpp"
#include "key_figures.hpp"
#include "passaparola/share_link.hpp"
#include "plan_export.hpp"
#include "temp_folder.hpp"
#include "workspace.hpp"

namespace passaparola::desktop {
namespace {

namespace fs = std::filesystem;
using test::read_file;
using test::TempFolder;
using test::write_file;

constexpr std::string_view kHostileName = "<img src=x onerror=alert(1)>";
constexpr std::string_view kBase = "https://example.com/calculator?a=1&b=2";
constexpr PlanDate kDate{2026, 3, 7};

Contact contact(std::string name, Direction mine, Direction theirs) { return {std::move(name), mine, theirs, {}}; }

Scenario vcp_scenario() {
    Scenario scenario = default_scenario(ScenarioKind::vcp);
    auto& inputs = std::get<VcpInputs>(scenario.inputs);
    inputs.contacts = {contact("Bar Sport & Figli", {true, true, true, true, 3}, {true, true, true, true, 2}),
                       contact(std::string(kHostileName), {true, false, false, false, 0}, {true, true, false, true, 0}),
                       contact("Äänekoski \"Oy\"", {}, {})};
    return scenario;
}

Scenario scenario_of(ScenarioKind kind) { return kind == ScenarioKind::vcp ? vcp_scenario() : default_scenario(kind); }

struct Plan {
    Scenario scenario;
    Evaluation evaluation;
    std::string html;
};

Plan plan_of(Scenario scenario, std::string_view language) {
    Evaluation evaluation = evaluate_scenario(scenario);
    const auto link = make_share_link(scenario, kBase);
    std::string html = plan_html({evaluation, link, kDate, {}}, i18n::Catalog::of(language), i18n::NumberFormat(language));
    return {std::move(scenario), std::move(evaluation), std::move(html)};
}

std::string unescape(std::string text) {
    for (const auto& [from, to] : {std::pair<std::string, std::string>{"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""},
                                   {"&#39;", "'"}, {"&amp;", "&"}}) {
        for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
            text.replace(at, from.size(), to);
        }
    }
    return text;
}

// The link as printed, or empty when the plan has none.
std::string printed_link(const std::string& html) {
    const std::string open = "<span class=\"plan-url\">";
    const auto start = html.find(open);
    if (start == std::string::npos) return {};
    const auto end = html.find("</span>", start);
    return unescape(html.substr(start + open.size(), end - start - open.size()));
}

class PlanPerKindAndLanguage : public testing::TestWithParam<std::tuple<ScenarioKind, std::string_view>> {};

TEST_P(PlanPerKindAndLanguage, HasInputsKeyFiguresAndAWorkingLink) {
    const auto [kind, language] = GetParam();
    const auto& text = i18n::Catalog::of(language);
    const i18n::NumberFormat numbers(language);
    const Plan plan = plan_of(scenario_of(kind), language);
    ASSERT_TRUE(plan.evaluation.ok());
    const Json& document = plan.evaluation.document.value();
    const std::string& html = plan.html;
    const std::string kind_name(to_string(kind));

    EXPECT_NE(html.find("<html lang=\"" + std::string(language) + "\">"), std::string::npos);
    EXPECT_NE(html.find("<h1>" + html_escape(text.text("kind." + kind_name + ".title")) + "</h1>"), std::string::npos);

    const std::string currency = document.at("inputs").value("currency", "");
    for (const auto& info : input_infos(kind)) {
        if (info.kind == InputKind::list) continue;
        const std::string label_key = "input." + kind_name + "." + std::string(info.name) + ".label";
        ASSERT_TRUE(text.contains(label_key)) << label_key;
        // as_of has no default: absent, it is shown as the date the result used.
        const Json& inputs = document.at("inputs");
        const Json shown = inputs.contains(info.name) ? inputs.at(info.name)
                                                      : document.at("result").at("summary").value(info.name, Json());
        const std::string value = input_json_text(info, shown, currency, text, numbers);
        EXPECT_NE(html.find("<dt>" + html_escape(text.text(label_key)) + "</dt>\n<dd>" + html_escape(value) + "</dd>"),
                  std::string::npos)
            << label_key << " = " << value;
    }
    for (const auto& figure : key_figures(kind)) {
        const std::string label = text.text(figure_label_key(kind, figure));
        const std::string value = format_figure(figure, figure_value(document, figure), currency, text, numbers);
        EXPECT_NE(html.find("<dt>" + html_escape(label) + "</dt>\n<dd>" + html_escape(value) + "</dd>"),
                  std::string::npos)
            << label << " = " << value;
    }

    const std::string link = printed_link(html);
    ASSERT_TRUE(link.starts_with(std::string(kBase) + "#s=")) << link;
    const auto reopened = decode_share_payload(link);
    ASSERT_TRUE(reopened.ok()) << reopened.message();
    EXPECT_EQ(write_scenario(*reopened), write_scenario(plan.scenario));
}

TEST_P(PlanPerKindAndLanguage, IsSelfContainedWithoutScriptsOrButtons) {
    const auto [kind, language] = GetParam();
    const std::string html = plan_of(scenario_of(kind), language).html;
    for (const char* banned : {"<script", "<button", "<input", "<link", "<img", "<iframe", "url(", "@import"}) {
        EXPECT_EQ(html.find(banned), std::string::npos) << banned;
    }
    EXPECT_FALSE(std::regex_search(html, std::regex(R"(<[^>]*\s(src|href)\s*=)"))) << "nothing loaded";
    EXPECT_FALSE(std::regex_search(html, std::regex(R"(<[^>]*\son[a-z]+\s*=)"))) << "no event handler attributes";
    EXPECT_NE(html.find("<style>"), std::string::npos);
    EXPECT_NE(html.find("size: A4"), std::string::npos) << "the widget's print stylesheet is embedded";
}

INSTANTIATE_TEST_SUITE_P(Plans, PlanPerKindAndLanguage,
                         testing::Combine(testing::Values(ScenarioKind::program, ScenarioKind::gift_card,
                                                          ScenarioKind::vcp),
                                          testing::Values("it", "en", "fi")),
                         [](const auto& info) {
                             return std::string(to_string(std::get<0>(info.param))) + "_" +
                                    std::string(std::get<1>(info.param));
                         });

TEST(Plan, ProgramDrawsTheCumulativeChartAndGiftCardsTheFunnel) {
    const auto& text = i18n::Catalog::of("en");
    const Plan program = plan_of(default_scenario(ScenarioKind::program), "en");
    const auto months = program.evaluation.program()->months.size();
    const auto polyline = program.html.find("<polyline class=\"line\" points=\"");
    ASSERT_NE(polyline, std::string::npos);
    const std::string points = program.html.substr(polyline, program.html.find("\"/>", polyline) - polyline);
    EXPECT_EQ(static_cast<std::size_t>(std::count(points.begin(), points.end(), ',')), months) << "one point a month";
    EXPECT_NE(program.html.find(text.text("ui.chart.cumulative")), std::string::npos);

    const Plan cards = plan_of(default_scenario(ScenarioKind::gift_card), "en");
    EXPECT_EQ(cards.html.find("<polyline"), std::string::npos);
    EXPECT_NE(cards.html.find(text.text("ui.chart.funnel")), std::string::npos);
    EXPECT_NE(cards.html.find(html_escape(text.text("result.gift_card.cards_passed_on"))), std::string::npos);
}

TEST(Plan, ContactsAreEscapedAndListedWithTheirLevelAndNextStepInWords) {
    const auto& text = i18n::Catalog::of("it");
    const Plan plan = plan_of(vcp_scenario(), "it");
    EXPECT_EQ(plan.html.find(kHostileName), std::string::npos);
    EXPECT_NE(plan.html.find("&lt;img src=x onerror=alert(1)&gt;"), std::string::npos);
    EXPECT_NE(plan.html.find("Bar Sport &amp; Figli"), std::string::npos);
    EXPECT_NE(plan.html.find("Äänekoski &quot;Oy&quot;"), std::string::npos);
    for (const auto& contact : plan.evaluation.vcp()->contacts) {
        const std::string row = "<tr><th scope=\"row\">" + html_escape(contact.name) + "</th><td>" +
                                html_escape(text.text("level." + std::string(to_string(contact.mutual_level)))) +
                                "</td><td>" +
                                html_escape(text.text("action." + std::string(to_string(contact.next_action)))) +
                                "</td></tr>";
        EXPECT_NE(plan.html.find(row), std::string::npos) << row;
    }
}

TEST(Plan, AVcpWithALogPrintsItsClosedBusinessAndTopSources) {
    Scenario scenario = vcp_scenario();
    auto& inputs = std::get<VcpInputs>(scenario.inputs);
    const auto day = [](const char* iso) { return *parse_iso_date(iso); };
    inputs.contacts[0].log = {{day("2026-02-10"), ReferralDirection::received, 1800},
                              {day("2026-02-20"), ReferralDirection::given, 950.5}};
    inputs.contacts[1].log = {{day("2026-03-01"), ReferralDirection::received, 4200}};
    inputs.contacts[2].log = {{day("2026-03-02"), ReferralDirection::given, 0}};  // received nothing: no source
    for (const std::string language : {"it", "en", "fi"}) {
        const auto& text = i18n::Catalog::of(language);
        const i18n::NumberFormat numbers(language);
        const Plan plan = plan_of(scenario, language);
        const auto& summary = plan.evaluation.vcp()->summary;
        ASSERT_DOUBLE_EQ(summary.closed_value_received, 6000);
        for (const auto& [key, value] : {std::pair{"result.vcp.closed_value_given", 950.5},
                                         std::pair{"result.vcp.closed_value_received", 6000.0}}) {
            const std::string figure = "<dt>" + html_escape(text.text(key)) + "</dt>\n<dd>" +
                                       html_escape(numbers.money(value, "EUR")) + "</dd>";
            EXPECT_NE(plan.html.find(figure), std::string::npos) << language << ": " << figure;
        }
        // Highest first; the hostile name is escaped like everywhere else.
        const std::string sources = "<p class=\"plan-sources\"><strong>" + html_escape(text.text("result.vcp.top_sources")) +
                                    "</strong>: &lt;img src=x onerror=alert(1)&gt;, Bar Sport &amp; Figli</p>";
        EXPECT_NE(plan.html.find(sources), std::string::npos) << language << ": " << sources;
        EXPECT_EQ(plan.html.find("Äänekoski &quot;Oy&quot;</strong>"), std::string::npos);
    }
}

TEST(Plan, AVcpWithoutClosedBusinessNamesNoSources) {
    const Plan plan = plan_of(vcp_scenario(), "en");
    EXPECT_EQ(plan.html.find("plan-sources"), std::string::npos);
}

TEST(Plan, DateAndPresetFollowTheLanguage) {
    const Scenario scenario = default_scenario(ScenarioKind::program);
    const Evaluation evaluation = evaluate_scenario(scenario);
    const auto link = make_share_link(scenario, kBase);
    const std::string italian = plan_html({evaluation, link, kDate, {}}, i18n::Catalog::of("it"), i18n::NumberFormat("it"));
    const std::string finnish = plan_html({evaluation, link, kDate, {}}, i18n::Catalog::of("fi"), i18n::NumberFormat("fi"));
    const std::string english = plan_html({evaluation, link, kDate, {}}, i18n::Catalog::of("en"), i18n::NumberFormat("en"));
    EXPECT_NE(italian.find("Piano del 7 marzo 2026"), std::string::npos);
    EXPECT_NE(finnish.find("Suunnitelma 7. maaliskuuta 2026"), std::string::npos);
    EXPECT_NE(english.find("7 March 2026"), std::string::npos);
    EXPECT_EQ(italian.find(i18n::Catalog::of("it").text("preset.title")), std::string::npos);
}

TEST(Plan, AScenarioTooLargeForALinkPrintsWithoutOneAndSaysSo) {
    Scenario scenario = default_scenario(ScenarioKind::vcp);
    auto& contacts = std::get<VcpInputs>(scenario.inputs).contacts;
    for (std::size_t i = 0; i < kMaxContacts; ++i) {
        contacts.push_back(contact(std::to_string(i) + std::string(70, 'x'), {true, true, true, true, 1}, {}));
    }
    const auto link = make_share_link(scenario, kBase);
    ASSERT_FALSE(link.ok()) << "the scenario must be too large for a link";
    const Evaluation evaluation = evaluate_scenario(scenario);
    const auto& text = i18n::Catalog::of("fi");
    const std::string html = plan_html({evaluation, link, kDate, {}}, text, i18n::NumberFormat("fi"));
    EXPECT_TRUE(printed_link(html).empty());
    EXPECT_EQ(html.find("#s="), std::string::npos);
    EXPECT_NE(html.find(html_escape(text.text("ui.plan.no_link"))), std::string::npos);
}

class PlanExportTest : public testing::Test {
protected:
    Workspace make() { return Workspace(Settings{}, {}); }
    TempFolder folder;
};

TEST_F(PlanExportTest, ExportAsksForAnHtmlPathAndWritesThePlan) {
    Workspace ws = make();
    ws.select_kind(ScenarioKind::gift_card);
    ASSERT_TRUE(ws.can_run(Command::export_plan));
    ws.run(Command::export_plan);
    ASSERT_EQ(ws.prompt(), Prompt::plan_path);
    EXPECT_EQ(ws.suggested_path().filename(), "gift_card-plan.html");
    ws.choose_path(folder / "plan.html");
    EXPECT_EQ(ws.prompt(), Prompt::none);
    EXPECT_FALSE(ws.error().has_value());
    const std::string html = read_file(folder / "plan.html");
    EXPECT_TRUE(html.starts_with("<!DOCTYPE html>"));
    EXPECT_NE(html.find(ws.text().text("kind.gift_card.title")), std::string::npos);
    const auto reopened = decode_share_payload(printed_link(html));
    ASSERT_TRUE(reopened.ok()) << reopened.message();
    EXPECT_EQ(write_scenario(*reopened), write_scenario(ws.active_document().scenario()));
}

TEST_F(PlanExportTest, AFailedExportLeavesThePreviousFileIntactAndSaysWhy) {
    Workspace ws = make();
    write_file(folder / "plan.html", "previous plan");
    ws.run(Command::export_plan);
    {
        test::FileSizeLimit limit(8);
        ws.choose_path(folder / "plan.html");
    }
    ASSERT_TRUE(ws.error().has_value());
    EXPECT_NE(ws.error()->text.find("plan.html"), std::string::npos);
    EXPECT_EQ(read_file(folder / "plan.html"), "previous plan");
}

std::string command_output(const std::string& command) {
    std::string output;
    if (FILE* pipe = ::popen(command.c_str(), "r")) {
        char buffer[4096];
        while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) output.append(buffer, n);
        ::pclose(pipe);
    }
    return output;
}

// Paper has no non-breaking spaces: pdftotext gives plain ones.
std::string plain_spaces(std::string text) {
    text = std::regex_replace(text, std::regex("\xC2\xA0|\xE2\x80\xAF"), " ");
    return text;
}

// Headless Chromium's print to PDF, as a reader's "save as PDF" would do;
// poppler's pdfinfo and pdftotext read the result.
TEST(PlanPrint, PrintsTheKeyFiguresOnOneOrTwoA4Pages) {
    for (const char* tool : {"/usr/bin/chromium", "/usr/bin/pdfinfo", "/usr/bin/pdftotext"}) {
        if (!fs::exists(tool)) GTEST_SKIP() << tool << " is not installed";
    }
    TempFolder folder;
    const auto& text = i18n::Catalog::of("it");
    const i18n::NumberFormat numbers("it");
    for (const auto kind : {ScenarioKind::program, ScenarioKind::gift_card, ScenarioKind::vcp}) {
        const std::string name(to_string(kind));
        const Plan plan = plan_of(scenario_of(kind), "it");
        write_file(folder / (name + ".html"), plan.html);
        const std::string pdf = (folder / (name + ".pdf")).string();
        const std::string command = "/usr/bin/chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer"
                                    " --user-data-dir=" + (folder / "profile").string() +
                                    " --print-to-pdf=" + pdf + " file://" + (folder / (name + ".html")).string() +
                                    " >/dev/null 2>&1";
        ASSERT_EQ(std::system(command.c_str()), 0) << command;
        const std::string info = command_output("/usr/bin/pdfinfo " + pdf);
        std::smatch pages;
        ASSERT_TRUE(std::regex_search(info, pages, std::regex(R"(Pages:\s+(\d+))"))) << info;
        EXPECT_GE(std::stoi(pages[1]), 1) << name;
        EXPECT_LE(std::stoi(pages[1]), 2) << name;
        EXPECT_NE(info.find("(A4)"), std::string::npos) << info;
        // The first key figure as the app formats it, on paper.
        const auto& figure = key_figures(kind).front();
        const Json& document = plan.evaluation.document.value();
        const std::string value = format_figure(figure, figure_value(document, figure),
                                                document.at("inputs").value("currency", ""), text, numbers);
        const std::string printed = plain_spaces(command_output("/usr/bin/pdftotext -layout " + pdf + " -"));
        EXPECT_NE(printed.find(plain_spaces(value)), std::string::npos) << name << ": " << value;
    }
}

}  // namespace
}  // namespace passaparola::desktop
