// The `passaparola` command line: through cli::run with string streams, and a
// couple of runs of the real binary.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <sys/wait.h>
#include <unistd.h>

#include "cli.hpp"
#include "test_support.hpp"

namespace passaparola::test {
namespace {

namespace fs = std::filesystem;

struct CliRun {
    int status;
    std::string out;
    std::string err;
};

CliRun run_cli(std::vector<std::string> args, const std::string& stdin_text = "") {
    std::istringstream in(stdin_text);
    std::ostringstream out, err;
    const int status = cli::run(args, in, out, err);
    return {status, out.str(), err.str()};
}

// Exit 2, nothing on stdout, and every stderr line an error.
void expect_refused(const CliRun& r, const std::string& must_mention = "") {
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.out, "");
    ASSERT_FALSE(r.err.empty());
    EXPECT_EQ(r.err.back(), '\n');
    std::istringstream lines(r.err);
    for (std::string line; std::getline(lines, line);) EXPECT_TRUE(line.starts_with("error: ")) << line;
    if (!must_mention.empty()) {
        EXPECT_NE(r.err.find(must_mention), std::string::npos) << r.err;
    }
}

Json json_output(const CliRun& r) {
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.err, "");
    return Json::parse(r.out, nullptr, false);
}

// A scratch file removed at the end of the test.
class TempFile {
public:
    explicit TempFile(const std::string& content) {
        // ctest runs each test in a process of its own, two at a time: the
        // process id keeps their files apart.
        path_ = fs::temp_directory_path() /
                ("passaparola-cli-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter_++) + ".json");
        std::ofstream(path_, std::ios::binary) << content;
    }
    ~TempFile() { fs::remove(path_); }
    std::string path() const { return path_.string(); }

private:
    static inline int counter_ = 0;
    fs::path path_;
};

const std::string kProgram =
    R"({"schema":"passaparola/1","kind":"program","inputs":{"customers":800,"currency":"CHF"}})";

TEST(CliEval, PrintsTheResultDocument) {
    const TempFile file(kProgram);
    const Json doc = json_output(run_cli({"eval", file.path()}));
    EXPECT_EQ(doc["kind"], "program");
    EXPECT_EQ(doc["inputs"]["customers"], 800);
    EXPECT_EQ(doc["result"]["months"].size(), 12u);
    EXPECT_EQ(doc, evaluated(kProgram));
}

TEST(CliEval, ReadsStandardInput) {
    const Json doc = json_output(run_cli({"eval", "-"}, R"({"schema":"passaparola/1","kind":"vcp"})"));
    EXPECT_EQ(doc["result"]["summary"]["contacts"], 0);
}

TEST(CliHelp, GoesToStandardOutput) {
    for (const auto& args : std::vector<std::vector<std::string>>{{"--help"},
                                                                  {"-h"},
                                                                  {"help"},
                                                                  {"help", "eval"},
                                                                  {"help", "link"},
                                                                  {"help", "open"},
                                                                  {"eval", "--help"},
                                                                  {"link", "x.json", "--help"}}) {
        const CliRun r = run_cli(args);
        EXPECT_EQ(r.status, 0) << args[0];
        EXPECT_EQ(r.err, "");
        EXPECT_NE(r.out.find("usage"), std::string::npos) << r.out;
    }
    EXPECT_NE(run_cli({"--help"}).out.find("passaparola link FILE|- [--base URL]"), std::string::npos);
    EXPECT_NE(run_cli({"help", "open"}).out.find("usage: passaparola open LINK|PAYLOAD"), std::string::npos);
}

TEST(CliLink, PrintsThePayloadOrALinkThatOpensToTheSameScenario) {
    const TempFile file(kProgram);
    const CliRun payload = run_cli({"link", file.path()});
    ASSERT_EQ(payload.status, 0) << payload.err;
    EXPECT_TRUE(payload.out.starts_with("v1.") || payload.out.starts_with("z1."));
    const CliRun link = run_cli({"link", "-", "--base", "https://esempio.it/calcolatore"}, kProgram);
    ASSERT_EQ(link.status, 0) << link.err;
    EXPECT_EQ(link.out, "https://esempio.it/calcolatore#s=" + payload.out);
    std::string url = link.out;
    url.pop_back();  // the newline
    const Json opened = json_output(run_cli({"open", url}));
    const Json evaluated_doc = evaluated(kProgram);
    EXPECT_EQ(opened["inputs"], evaluated_doc["inputs"]);
    EXPECT_FALSE(opened.contains("result"));
    const Json reopened = json_output(run_cli({"open", payload.out.substr(0, payload.out.size() - 1)}));
    EXPECT_EQ(reopened, opened);
}

// The inputs of the December additions (lag, fee, tail) travel through
// every command: eval echoes them, link and open carry them, and the what-if
// commands move the net profit with the value after the horizon.
TEST(CliProgram, EveryCommandCarriesLagFeeAndTail) {
    const Json doc = document("program", {{"conversion_lag_months", 2}, {"fee_per_conversion", 4}, {"tail_months", 36}});
    const Json result = json_output(run_cli({"eval", "-"}, doc.dump()));
    EXPECT_EQ(result["inputs"]["conversion_lag_months"], 2);
    EXPECT_EQ(result["inputs"]["tail_months"], 36);
    EXPECT_EQ(result["result"]["months"][1]["deciding"], 0);  // month 2: nothing decides before month 3
    const CliRun payload = run_cli({"link", "-"}, doc.dump());
    ASSERT_EQ(payload.status, 0) << payload.err;
    const Json opened = json_output(run_cli({"open", payload.out.substr(0, payload.out.size() - 1)}));
    EXPECT_EQ(opened["inputs"], result["inputs"]);
    const Json sensitivity = json_output(run_cli({"sensitivity", "-"}, doc.dump()));
    bool has_fee_row = false;
    for (const auto& row : sensitivity["result"]["sensitivity"]) has_fee_row = has_fee_row || row["input"] == "fee_per_conversion";
    EXPECT_TRUE(has_fee_row);
    Json uncertain = doc;
    uncertain["uncertainty"] = {{"fee_per_conversion", {{"low", 4}, {"high", 4}}}};
    const Json simulated =
        json_output(run_cli({"simulate", "-", "--trials", "5", "--quiet"}, uncertain.dump()))["result"]["simulation"];
    EXPECT_EQ(simulated["net_profit"]["p50"], result["result"]["totals"]["net_profit_with_tail"]);
    EXPECT_EQ(simulated["roi"]["p50"], result["result"]["totals"]["roi_with_tail"]);
}

TEST(CliImportLog, AddsTheRowsToANewDocumentOrToDocsContactsAndKeepsTheRest) {
    const TempFile csv("\xEF\xBB\xBF"
                       "Data;Contatto;Direzione;Valore chiuso\r\n"
                       "05/03/2026;Studio Rossi;dato;1.250,50\r\n"
                       "6/3/2026;Anna;ricevuto;\r\n");
    const Json fresh = json_output(run_cli({"import-log", csv.path()}));
    EXPECT_EQ(fresh["kind"], "vcp");
    ASSERT_EQ(fresh["inputs"]["contacts"].size(), 2u);
    EXPECT_EQ(fresh["inputs"]["contacts"][0]["log"][0],
              Json::parse(R"({"date":"2026-03-05","direction":"given","closed_value":1250.5})"));

    const std::string doc_text =
        R"({"schema":"passaparola/1","kind":"vcp","note":"kept","inputs":{"target_partners":4,"as_of":"2026-03-31",)"
        R"("contacts":[{"name":"Anna","traits":["maven"]}]}})";
    const TempFile doc(doc_text);
    const Json merged = json_output(run_cli({"import-log", csv.path(), "--into", doc.path()}));
    EXPECT_EQ(merged["note"], "kept");
    EXPECT_EQ(merged["inputs"]["target_partners"], 4);
    EXPECT_EQ(merged["inputs"]["as_of"], "2026-03-31");
    ASSERT_EQ(merged["inputs"]["contacts"].size(), 2u);
    EXPECT_EQ(merged["inputs"]["contacts"][0]["traits"], Json::array({"maven"}));
    EXPECT_EQ(merged["inputs"]["contacts"][0]["log"][0]["direction"], "received");
    EXPECT_EQ(merged["inputs"]["contacts"][1]["name"], "Studio Rossi");
    std::ifstream unchanged(doc.path());
    EXPECT_EQ(std::string(std::istreambuf_iterator<char>(unchanged), {}), doc_text);  // DOC itself is not changed
    // The printed document evaluates.
    EXPECT_EQ(json_output(run_cli({"eval", "-"}, merged.dump()))["result"]["summary"]["closed_value_given"], 1250.5);
}

TEST(CliImportLog, BadRowsGoToStandardErrorWithTheirLinesAndNothingIsPrinted) {
    const CliRun r = run_cli({"import-log", "-"}, "date,contact,direction\n2026-02-30,A,given\n2026-01-01,B,sideways\n");
    expect_refused(r);
    EXPECT_EQ(r.err,
              "error: line 2: date must be a real day from 2000-01-01 to 2100-12-31 (got \"2026-02-30\")\n"
              "error: line 3: direction must be one of given, dato, data, passata, annettu or received, ricevuto, "
              "ricevuta, saatu (got \"sideways\")\n");
    const TempFile program(R"({"schema":"passaparola/1","kind":"program"})");
    expect_refused(run_cli({"import-log", "-", "--into", program.path()}, "date,contact,direction\n"),
                   "kind: must be vcp to import a referral log");
    expect_refused(run_cli({"import-log"}), "import-log takes one CSV");
    expect_refused(run_cli({"import-log", "-", "--into"}), "--into needs a DOC");
    expect_refused(run_cli({"import-log", "-", "--into", "-"}), "only one of CSV and DOC can be -");
}

TEST(CliLink, RefusesAScenarioTooBigForALink) {
    // 500 contacts with names of 80 two-byte letters: about 90 KB of JSON, over the 64 KiB a link holds.
    Json contacts = Json::array();
    for (int i = 0; i < 500; ++i) {
        std::string name;
        for (int k = 0; k < 80; ++k) name += k % 2 ? "é" : "ß";
        contacts.push_back({{"name", name}});
    }
    const CliRun big = run_cli({"link", "-"}, document("vcp", {{"contacts", contacts}}).dump());
    expect_refused(big, "64 KiB");
    const Json fits = evaluated(document("vcp", {{"contacts", contacts}}));
    EXPECT_EQ(fits["result"]["summary"]["contacts"], 500) << "the scenario itself is valid";
}

TEST(CliUsage, BadUsageIsRefused) {
    expect_refused(run_cli({}));
    expect_refused(run_cli({"evaluate", "x.json"}), "unknown command 'evaluate'");
    expect_refused(run_cli({"eval"}), "eval takes one FILE");
    expect_refused(run_cli({"eval", "a.json", "b.json"}), "eval takes one FILE");
    expect_refused(run_cli({"link"}), "link takes one FILE");
    expect_refused(run_cli({"link", "-", "--base"}), "--base needs a URL");
    expect_refused(run_cli({"open"}), "open takes one LINK");
    expect_refused(run_cli({"open", "a", "b"}), "open takes one LINK");
    expect_refused(run_cli({"help", "nothing"}), "unknown command 'nothing'");
}

TEST(CliInput, MissingFileIsRefused) {
    expect_refused(run_cli({"eval", "/nonexistent/scenario.json"}), "/nonexistent/scenario.json: cannot be read");
    expect_refused(run_cli({"link", "/nonexistent/scenario.json"}), "cannot be read");
    expect_refused(run_cli({"eval", fs::temp_directory_path().string()}));
}

TEST(CliInput, EveryKindOfBadInputIsRefused) {
    std::string garbage;
    for (int i = 0; i < 512; ++i) garbage += static_cast<char>((i * 131 + 7) & 0xFF);
    const std::pair<std::string, std::string> cases[] = {
        {"", "document: must be a JSON object (got an empty text)"},
        {"{\"schema\":", "document: must be valid JSON"},
        {std::string(100000, '['), "document: must not nest deeper than 64 levels"},
        {R"({"schema":"passaparola/1","kind":"program","inputs":{"customers":1e999}})",
         "inputs.customers: must be a finite number (got 1e999)"},
        {garbage, "document: "},
        {"[]", "document: must be a JSON object (got an array)"},
        {R"({"schema":"passaparola/1","kind":"program","inputs":{"conversion_rate":1.5,"waves":2}})",
         "inputs.conversion_rate: must be between 0 and 1 (got 1.5)\nerror: inputs.waves: is not a known field of "
         "program inputs\n"},
        {R"({"schema":"passaparola/1","kind":"program","inputs":{"customers":1e9,"advocate_rate":1,)"
         R"("referrals_per_advocate":1000,"conversion_rate":1,"monthly_churn":0,"referred_churn":0,"horizon_months":120}})",
         "inputs: make the scenario grow beyond what can be computed"},
        {std::string(kMaxDocumentBytes + 10, ' '), "document: must be at most " + std::to_string(kMaxDocumentBytes) + " bytes"},
    };
    for (const auto& [text, message] : cases) {
        SCOPED_TRACE(message);
        expect_refused(run_cli({"eval", "-"}, text), message);
        expect_refused(run_cli({"link", "-"}, text), message);
        const TempFile file(text);
        expect_refused(run_cli({"eval", file.path()}), message);
    }
}

TEST(CliInput, BadLinksAreRefused) {
    expect_refused(run_cli({"open", "https://example.com/#s=v1.@@"}), "link: must be base64url text");
    expect_refused(run_cli({"open", "z1.AAAA"}), "link: must be raw DEFLATE data");
    expect_refused(run_cli({"open", "hello"}), "link: must start with v1. or z1.");
    expect_refused(run_cli({"open", ""}), "link: must start with v1. or z1.");
}

// ---- the real binary ----

struct Process {
    int status;
    std::string out;
    std::string err;
};

Process run_binary(const std::string& arguments) {
    const TempFile err_file("");
    const std::string command = std::string("'") + PASSAPAROLA_CLI + "' " + arguments + " 2>'" + err_file.path() + "'";
    Process p{-1, {}, {}};
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) return p;
    char buffer[4096];
    for (std::size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;) p.out.append(buffer, n);
    const int status = pclose(pipe);
    p.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    p.err = read_text_file(err_file.path());
    return p;
}

TEST(CliBinary, EvaluatesAFileAndExitsZero) {
    const TempFile file(kProgram);
    const Process p = run_binary("eval '" + file.path() + "'");
    EXPECT_EQ(p.status, 0) << p.err;
    EXPECT_EQ(p.err, "");
    EXPECT_EQ(Json::parse(p.out), evaluated(kProgram));
}

TEST(CliBinary, RefusesBadInputWithExitTwoAndNothingOnStdout) {
    const TempFile file(std::string(100000, '['));
    const Process p = run_binary("eval '" + file.path() + "'");
    EXPECT_EQ(p.status, 2);
    EXPECT_EQ(p.out, "");
    EXPECT_EQ(p.err, "error: document: must not nest deeper than 64 levels (got deeper nesting)\n");
    const Process none = run_binary("");
    EXPECT_EQ(none.status, 2);
    EXPECT_EQ(none.out, "");
    EXPECT_TRUE(none.err.starts_with("error: ")) << none.err;
}

}  // namespace
}  // namespace passaparola::test
