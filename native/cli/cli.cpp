#include "cli.hpp"

#include <charconv>
#include <chrono>
#include <fstream>
#include <functional>
#include <iostream>
#include <optional>
#include <span>
#include <sstream>

#include "passaparola/json_text.hpp"
#include "passaparola/presets.hpp"
#include "passaparola/referral_log_import.hpp"
#include "passaparola/scenario.hpp"
#include "passaparola/share_link.hpp"
#include "passaparola/whatif.hpp"

namespace passaparola::cli {
namespace {

struct Streams {
    std::istream& in;
    std::ostream& out;
    std::ostream& err;
};

using Args = std::span<const std::string>;

struct Command {
    std::string_view name;
    std::string_view synopsis;
    std::string_view help;
    int (*run)(Args args, Streams& io);
};

int fail(Streams& io, const std::string& message) {
    std::istringstream lines(message);
    for (std::string line; std::getline(lines, line);) io.err << "error: " << line << '\n';
    return kExitInvalid;
}

int fail(Streams& io, const std::vector<Problem>& problems) {
    for (const auto& p : problems) io.err << "error: " << p.message() << '\n';
    return kExitInvalid;
}

// The text of FILE, or of stdin for "-"; at most one byte past the document
// limit is read, so the core reports the size instead of us buffering a huge file.
std::optional<std::string> read_source(const std::string& source, Streams& io,
                                       std::size_t limit = kMaxDocumentBytes) {
    std::ifstream file;
    std::istream* stream = &io.in;
    if (source != "-") {
        file.open(source, std::ios::binary);
        if (!file) {
            fail(io, source + ": cannot be read");
            return std::nullopt;
        }
        stream = &file;
    }
    std::string text(limit + 1, '\0');
    stream->read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<std::size_t>(stream->gcount()));
    if (stream->bad()) {
        fail(io, source + ": cannot be read");
        return std::nullopt;
    }
    return text;
}

std::optional<Scenario> read_scenario_source(const std::string& source, Streams& io) {
    const auto text = read_source(source, io);
    if (!text) return std::nullopt;
    auto scenario = parse_scenario(*text);
    if (!scenario) {
        fail(io, scenario.problems());
        return std::nullopt;
    }
    return std::move(scenario).value();
}

// --preset NAME [--kind KIND] in either order; KIND defaults to program.
std::optional<Scenario> read_preset_arguments(Args args, const std::string& command, Streams& io) {
    const std::string usage =
        command + " takes one FILE or -, or --preset NAME [--kind KIND] (try: passaparola help " + command + ")";
    std::optional<std::string> name;
    std::string kind_name(to_string(ScenarioKind::program));
    // Options come in pairs: --preset NAME, --kind KIND.
    for (std::size_t i = 0; i < args.size(); i += 2) {
        if (args[i] != "--preset" && args[i] != "--kind") {
            fail(io, usage);
            return std::nullopt;
        }
        if (i + 1 >= args.size()) {
            fail(io, args[i] + (args[i] == "--preset" ? " needs a NAME (see: passaparola presets)" : " needs a KIND"));
            return std::nullopt;
        }
        (args[i] == "--preset" ? name.emplace() : kind_name) = args[i + 1];
    }
    if (!name) {
        fail(io, usage);
        return std::nullopt;
    }
    const auto kind = scenario_kind_from_string(kind_name);
    if (!kind) {
        fail(io, "--kind must be program, gift_card or vcp (got \"" + kind_name + "\")");
        return std::nullopt;
    }
    auto scenario = preset_scenario(*name, *kind);
    if (!scenario) {
        fail(io, scenario.problems());
        return std::nullopt;
    }
    return std::move(scenario).value();
}

void print(Streams& io, const Json& document) { io.out << document.dump(1, ' ', false, Json::error_handler_t::replace) << '\n'; }

int print_result(Streams& io, const Outcome<Json>& result) {
    if (!result) return fail(io, result.problems());
    print(io, *result);
    return kExitOk;
}

int eval_command(Args args, Streams& io) {
    const bool preset = !args.empty() && args[0].starts_with("--");
    if (!preset && args.size() != 1) return fail(io, "eval takes one FILE or -, or --preset NAME (try: passaparola help eval)");
    const auto scenario = preset ? read_preset_arguments(args, "eval", io) : read_scenario_source(args[0], io);
    if (!scenario) return kExitInvalid;
    return print_result(io, evaluate(*scenario));
}

int sensitivity_command(Args args, Streams& io) {
    if (args.size() != 1) return fail(io, "sensitivity takes one FILE or - (try: passaparola help sensitivity)");
    const auto scenario = read_scenario_source(args[0], io);
    if (!scenario) return kExitInvalid;
    return print_result(io, evaluate_whatif(*scenario, {.sensitivity = true, .simulation = std::nullopt}));
}

// A plain decimal integer (digits only) within [min, max].
std::optional<std::uint64_t> parse_integer(const std::string& text, std::uint64_t min, std::uint64_t max) {
    std::uint64_t value = 0;
    const char* end = text.data() + text.size();
    const auto [stop, error] = std::from_chars(text.data(), end, value);
    if (text.empty() || error != std::errc() || stop != end || value < min || value > max) return std::nullopt;
    return value;
}

// One line on stderr, rewritten in place, once a run has taken over a second.
class ProgressLine {
public:
    ProgressLine(std::ostream& err, std::uint64_t trials) : err_(err), trials_(trials) {}
    ~ProgressLine() {
        if (shown_) err_ << '\n';
    }

    bool operator()(double fraction_done) {
        const auto now = Clock::now();
        if (now - start_ < std::chrono::seconds(1)) return true;
        if (shown_ && now - last_ < std::chrono::milliseconds(200) && fraction_done < 1) return true;
        err_ << "\rsimulate: " << static_cast<int>(fraction_done * 100) << "% of " << trials_ << " trials"
             << std::flush;
        shown_ = true;
        last_ = now;
        return true;
    }

private:
    using Clock = std::chrono::steady_clock;
    std::ostream& err_;
    std::uint64_t trials_;
    Clock::time_point start_ = Clock::now();
    Clock::time_point last_{};
    bool shown_ = false;
};

int simulate_command(Args args, Streams& io) {
    constexpr std::string_view usage = "simulate takes one FILE or - (try: passaparola help simulate)";
    std::optional<std::string> source;
    SimulationOptions options;
    bool quiet = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg == "--trials" || arg == "--seed") {
            if (i + 1 >= args.size()) return fail(io, arg + " needs a value");
            const std::string& value = args[++i];
            const bool trials = arg == "--trials";
            const auto number = trials ? parse_integer(value, 1, kMaxTrials) : parse_integer(value, 0, UINT64_MAX);
            if (!number) {
                return fail(io, arg + " must be an integer between " + (trials ? "1 and " + std::to_string(kMaxTrials)
                                                                               : "0 and " + std::to_string(UINT64_MAX)) +
                                    " (got \"" + value + "\")");
            }
            (trials ? options.trials : options.seed) = *number;
        } else if (arg == "--quiet") {
            quiet = true;
        } else if (arg.size() > 1 && arg[0] == '-') {
            return fail(io, "unknown option '" + arg + "' (try: passaparola help simulate)");
        } else if (!source) {
            source = arg;
        } else {
            return fail(io, std::string(usage));
        }
    }
    if (!source) return fail(io, std::string(usage));
    const auto scenario = read_scenario_source(*source, io);
    if (!scenario) return kExitInvalid;
    std::optional<ProgressLine> line;
    if (!quiet) line.emplace(io.err, options.trials);
    const auto result = evaluate_whatif(*scenario, {.sensitivity = false, .simulation = options},
                                        line ? SimulationProgress(std::ref(*line)) : SimulationProgress());
    line.reset();
    return print_result(io, result);
}

// One positional argument (SOURCE) and, optionally, `option VALUE`, in either
// order; empty after reporting bad usage.
struct SourceAndOption {
    std::string source;
    std::optional<std::string> value;
};
std::optional<SourceAndOption> source_and_option(Args args, std::string_view option, const std::string& missing_value,
                                                 const std::string& usage, Streams& io) {
    std::optional<std::string> source;
    std::optional<std::string> value;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == option) {
            if (i + 1 >= args.size()) {
                fail(io, missing_value);
                return std::nullopt;
            }
            value = args[++i];
        } else if (!source) {
            source = args[i];
        } else {
            fail(io, usage);
            return std::nullopt;
        }
    }
    if (!source) {
        fail(io, usage);
        return std::nullopt;
    }
    return SourceAndOption{std::move(*source), std::move(value)};
}

int import_log_command(Args args, Streams& io) {
    const auto arguments =
        source_and_option(args, "--into", "--into needs a DOC (a VCP scenario document)",
                          "import-log takes one CSV file or -, and optionally --into DOC (try: passaparola help import-log)", io);
    if (!arguments) return kExitInvalid;
    const std::string& csv_source = arguments->source;
    const std::optional<std::string>& into_source = arguments->value;
    if (into_source && *into_source == "-" && csv_source == "-") return fail(io, "only one of CSV and DOC can be -");
    Scenario into = default_scenario(ScenarioKind::vcp);
    Json kept = Json::object();  // DOC's members the scenario does not hold
    if (into_source) {
        const auto text = read_source(*into_source, io);
        if (!text) return kExitInvalid;
        const auto document = read_json(*text);
        if (!document) return fail(io, document.problems());
        auto scenario = read_scenario(*document);
        if (!scenario) return fail(io, scenario.problems());
        into = std::move(scenario).value();
        for (const auto& [name, value] : document->items()) kept[name] = value;
    }
    const auto csv = read_source(csv_source, io, kMaxReferralLogBytes);
    if (!csv) return kExitInvalid;
    const auto imported = import_referral_log(*csv, into);
    if (!imported) return fail(io, imported.problems());
    Json document = write_scenario(*imported);
    for (const auto& [name, value] : kept.items()) {
        if (!document.contains(name)) document[name] = value;
    }
    print(io, document);
    return kExitOk;
}

int link_command(Args args, Streams& io) {
    const auto arguments =
        source_and_option(args, "--base", "--base needs a URL", "link takes one FILE or - (try: passaparola help link)", io);
    if (!arguments) return kExitInvalid;
    const std::optional<std::string>& base = arguments->value;
    const auto scenario = read_scenario_source(arguments->source, io);
    if (!scenario) return kExitInvalid;
    // A link must reopen to a scenario that evaluates, so the same check as eval.
    if (const auto result = evaluate(*scenario); !result) return fail(io, result.problems());
    const auto link = base ? make_share_link(*scenario, *base) : encode_share_payload(*scenario);
    if (!link) return fail(io, link.problems());
    io.out << *link << '\n';
    return kExitOk;
}

int open_command(Args args, Streams& io) {
    if (args.size() != 1) return fail(io, "open takes one LINK or PAYLOAD (try: passaparola help open)");
    const auto scenario = decode_share_payload(args[0]);
    if (!scenario) return fail(io, scenario.problems());
    print(io, write_scenario(*scenario));
    return kExitOk;
}

// A preset as text: each calculator it fills, then each value with its source.
void print_preset(const Preset& preset, std::ostream& out) {
    out << preset.id << '\n';
    for (const auto& scenario : preset.scenarios) {
        out << "  " << to_string(scenario.kind) << '\n';
        for (const auto& v : scenario.values) {
            const ValueSource& s = v.source;
            out << "    " << v.input << " = " << v.value.dump() << '\n';
            if (s.has_publication()) {
                out << "      source: " << s.publication << " (" << (s.year ? std::to_string(*s.year) : "undated") << ")"
                    << (s.url.empty() ? "" : ", " + s.url) << "\n        measured: " << s.measured << '\n';
            }
            if (!s.assumption.empty()) out << "      assumption: " << s.assumption << '\n';
        }
    }
}

int presets_command(Args args, Streams& io) {
    bool json = false;
    std::optional<std::string> name;
    for (const auto& arg : args) {
        if (arg == "--json") {
            json = true;
        } else if (!arg.starts_with("-") && !name) {
            name = arg;
        } else {
            return fail(io, "presets takes [NAME] [--json] (try: passaparola help presets)");
        }
    }
    std::vector<Preset> chosen = presets();
    if (name) {
        const Preset* preset = find_preset(*name);
        if (!preset) return fail(io, {unknown_preset(*name)});
        chosen = {*preset};
    }
    if (json) {
        print(io, write_presets(chosen));
        return kExitOk;
    }
    for (std::size_t i = 0; i < chosen.size(); ++i) {
        if (i > 0) io.out << '\n';
        print_preset(chosen[i], io.out);
    }
    return kExitOk;
}

int help_command(Args args, Streams& io);

constexpr Command kCommands[] = {
    {"eval", "eval FILE|-|--preset NAME [--kind KIND]",
     "Validates the scenario document and prints the result document (inputs with\n"
     "every default filled in, and `result`) as JSON.\n"
     "  --preset NAME  evaluate an industry preset instead of a file (list: passaparola presets)\n"
     "  --kind KIND    the preset's calculator: program (default), gift_card or vcp",
     eval_command},
    {"sensitivity", "sensitivity FILE|-",
     "Prints the result document with `result.sensitivity`: net profit with each\n"
     "real-valued input moved alone to the low and the high end of its range (its\n"
     "uncertainty, else 0.8x and 1.2x its value), largest swing first. For a program\n"
     "the net profit includes the value after the horizon (input tail_months).",
     sensitivity_command},
    {"simulate", "simulate FILE|- [--trials N] [--seed S] [--quiet]",
     "Prints the result document with `result.simulation`: a Monte Carlo run that\n"
     "draws every input of `uncertainty` from PERT(low, likely, high). For a program\n"
     "net profit and roi include the value after the horizon (input tail_months).\n"
     "  --trials N  number of trials, 1 to 10000000 (default 10000)\n"
     "  --seed S    seed of the random numbers, 0 to 18446744073709551615 (default 1);\n"
     "              the same seed gives the same figures\n"
     "  --quiet     no progress line on stderr (shown when a run takes over a second)",
     simulate_command},
    {"import-log", "import-log CSV|- [--into DOC]",
     "Adds the referrals of a spreadsheet's CSV export to a VCP assessment and prints\n"
     "the VCP document: to the contacts of DOC (DOC itself is not changed), or to a\n"
     "new document with the defaults. The header row names the columns in any order:\n"
     "date (date, data, päivämäärä, pvm), contact (contact, name, contatto, nome,\n"
     "kontakti, nimi), direction (direction, direzione, suunta: given/dato/annettu or\n"
     "received/ricevuto/saatu) and, optional, closed value (closed value, value,\n"
     "valore, arvo, ...). Separators , ; or tab; dates YYYY-MM-DD, DD/MM/YYYY or\n"
     "DD.MM.YYYY; values 1250.5, 1.250,50 or 1,250.50. A row goes to the first\n"
     "contact of the same name, or to a new contact. When any row is bad nothing is\n"
     "printed and every bad row is reported with its line number.",
     import_log_command},
    {"link", "link FILE|- [--base URL]",
     "Prints a share link for the scenario: URL#s=<payload>, or only the payload\n"
     "without --base. Inputs equal to their defaults are left out.",
     link_command},
    {"open", "open LINK|PAYLOAD",
     "Decodes a share link (or its v1./z1. payload) and prints the scenario\n"
     "document it carries, with every default filled in.",
     open_command},
    {"presets", "presets [NAME] [--json]",
     "Lists the industry presets: the calculators each one fills and every value it\n"
     "sets, with its source (publication, year, what was measured) or the assumption\n"
     "behind it. NAME shows one preset; --json prints the JSON document that the\n"
     "widget and the desktop simulator read.",
     presets_command},
    {"help", "help [COMMAND]", "Shows the usage of a command.", help_command},
};

void print_usage(std::ostream& out) {
    out << "passaparola — referral-marketing calculator (schema " << kSchema << ")\n\n"
        << "usage:\n";
    for (const auto& c : kCommands) out << "  passaparola " << c.synopsis << '\n';
    out << "\nFILE is a scenario document (JSON); - reads it from standard input.\n"
        << "Exit status: 0 on success, 2 on invalid input or usage (messages on stderr).\n";
}

int help_command(Args args, Streams& io) {
    if (args.empty()) {
        print_usage(io.out);
        return kExitOk;
    }
    for (const auto& c : kCommands) {
        if (args[0] == c.name) {
            io.out << "usage: passaparola " << c.synopsis << "\n\n" << c.help << '\n';
            return kExitOk;
        }
    }
    return fail(io, "unknown command '" + args[0] + "' (try: passaparola --help)");
}

}  // namespace

int run(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err) {
    Streams io{in, out, err};
    // Usage errors follow the rule of every error: `error:` lines on stderr.
    if (args.empty()) return fail(io, "a command is needed (try: passaparola --help)");
    if (args[0] == "--help" || args[0] == "-h") return help_command({}, io);
    for (const auto& c : kCommands) {
        if (args[0] == c.name) {
            const Args rest(args.data() + 1, args.size() - 1);
            for (const auto& a : rest) {
                if (a == "--help" || a == "-h") return help_command(Args(&args[0], 1), io);
            }
            return c.run(rest, io);
        }
    }
    return fail(io, "unknown command '" + args[0] + "' (try: passaparola --help)");
}

}  // namespace passaparola::cli
